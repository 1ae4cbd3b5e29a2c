/**
 * Viridis, computed in code: a perceptually uniform colour map whose lightness rises steadily
 * from dark purple (low) to yellow (high), readable by people with any common colour-vision
 * deficiency and in greyscale. Eleven anchor colours of matplotlib's viridis at t = 0, 0.1, … 1,
 * interpolated linearly in sRGB (the anchors are close enough that the error is invisible).
 */

const VIRIDIS_ANCHORS: readonly number[] = [
  0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
];

/** Viridis colour of t in [0, 1] (clamped; NaN gives the low end) as 0xRRGGBB. */
export function viridis(t: number): number {
  const u = t > 0 ? (t < 1 ? t : 1) : 0;
  const x = u * (VIRIDIS_ANCHORS.length - 1);
  const i = Math.min(Math.floor(x), VIRIDIS_ANCHORS.length - 2);
  const f = x - i;
  const a = VIRIDIS_ANCHORS[i] as number;
  const b = VIRIDIS_ANCHORS[i + 1] as number;
  const r = ((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f;
  const g = ((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f;
  const bl = (a & 255) * (1 - f) + (b & 255) * f;
  return (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(bl);
}

/** Smallest and largest finite value of a grid; [0, 1] when it has none or is flat. */
export function finiteRange(values: ArrayLike<number>): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v === v && v !== Infinity && v !== -Infinity) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return { lo: 0, hi: 1 };
  if (lo === hi) return { lo: lo - 0.5, hi: hi + 0.5 };
  return { lo, hi };
}

/**
 * Writes an RGBA image (4 bytes a pixel) of an nx × ny grid through viridis: `lo` is dark, `hi`
 * bright; with `lowIsBright` (a loss grid) the other way round. The grid is row-major with row 0 at
 * the bottom (b = −span); the image is top-down, so its first pixel row is the grid's last row.
 * Non-finite cells are drawn dark grey so a diverged region is visible and never bright.
 */
export function paintColourMap(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  lo: number,
  hi: number,
  lowIsBright: boolean,
  out: Uint8Array,
): void {
  const scale = hi > lo ? 1 / (hi - lo) : 0;
  for (let row = 0; row < ny; row++) {
    for (let col = 0; col < nx; col++) {
      const v = values[row * nx + col] as number;
      const o = ((ny - 1 - row) * nx + col) * 4;
      if (v !== v || v === Infinity || v === -Infinity) {
        out[o] = 40;
        out[o + 1] = 40;
        out[o + 2] = 48;
      } else {
        let t = (v - lo) * scale;
        if (lowIsBright) t = 1 - t;
        const c = viridis(t);
        out[o] = (c >> 16) & 255;
        out[o + 1] = (c >> 8) & 255;
        out[o + 2] = c & 255;
      }
      out[o + 3] = 255;
    }
  }
}
