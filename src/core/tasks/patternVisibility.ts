/**
 * Visibility of a creature's skin on a background, for the "you are the bird" game (the player eats
 * the moths they can see, so the well-camouflaged survive).
 *
 *   visibility = 1/(m·C) Σ_pixels Σ_channels (skin − background)²
 *
 * the mean squared contrast over the m skin pixels that lie on the background, the skin's top-left
 * pixel placed at background pixel (x0, y0). Both pictures' values are clamped to [0, 1], so
 * visibility ∈ [0, 1]: 0 = perfectly hidden, 1 = black on white everywhere. A grey picture compared
 * with an RGB one counts its grey in each of the C = 3 channels. Skin pixels off the background do
 * not count; a skin wholly off the background has visibility 0 (nothing to see it against).
 */
import type { PatternImage } from './patternGrid';

function clamp01(v: number): number {
  return v > 0 ? (v < 1 ? v : 1) : 0; // NaN → 0
}

/** Mean squared contrast of `skin` placed at (x0, y0) on `background` (see top). */
export function imageContrast(skin: PatternImage, background: PatternImage, x0: number, y0: number): number {
  const c = Math.max(skin.channels, background.channels);
  const sStep = skin.channels === 1 ? 0 : 1;
  const bStep = background.channels === 1 ? 0 : 1;
  let total = 0;
  let count = 0;
  for (let row = 0; row < skin.height; row++) {
    const by = y0 + row;
    if (by < 0 || by >= background.height) continue;
    for (let col = 0; col < skin.width; col++) {
      const bx = x0 + col;
      if (bx < 0 || bx >= background.width) continue;
      const s = (row * skin.width + col) * skin.channels;
      const b = (by * background.width + bx) * background.channels;
      for (let k = 0; k < c; k++) {
        const e = clamp01(skin.pixels[s + k * sStep] as number) - clamp01(background.pixels[b + k * bStep] as number);
        total += e * e;
      }
      count += c;
    }
  }
  return count > 0 ? total / count : 0;
}
