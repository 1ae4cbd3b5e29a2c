/**
 * The microscope's palette. Colour-blind safe by construction: the sign of a weight is blue
 * (positive) or orange (negative), never red/green; the four DNA bases use Okabe–Ito colours
 * and always carry their letter as well. Colours are 0xRRGGBB numbers (what pixi tints take).
 */

export const COLOURS = {
  /** Deep navy page background. */
  background: 0x14213d,
  /** A panel sits a little lighter than the page. */
  panel: 0x1b2b4f,
  panelEdge: 0x2c4170,
  /** Grid lines and axes, low contrast. */
  grid: 0x33497a,
  /** Main text and highlights. */
  cream: 0xfdf6e3,
  /** Secondary text. */
  creamDim: 0xc9c2ad,
  /** Positive weight / activation. */
  positive: 0x3b82f6,
  /** Negative weight / activation. */
  negative: 0xf59e0b,
  /** A neuron at rest (activation 0). */
  neuronRest: 0x2a3b63,
  /** Chart series: the best, the mean, the loss. */
  best: 0x60a5fa,
  mean: 0xe9dfc4,
  loss: 0xf59e0b,
  /** Marks an explosion (non-finite or off-scale loss). */
  warning: 0xf43f5e,
  /** Evolution path and training path on the landscape. */
  evolutionPath: 0xfdf6e3,
  trainingPath: 0xf472b6,
} as const;

/** Base colours indexed by base value 0…3 = A, C, G, T (Okabe–Ito: sky blue, orange, bluish green, reddish purple). */
export const BASE_COLOURS: readonly number[] = [0x56b4e9, 0xe69f00, 0x009e73, 0xcc79a7];

/** Text drawn on a base tile: dark enough on every base colour. */
export const BASE_LETTER_COLOUR = 0x14213d;

export const DEFAULT_FONT_FAMILY = 'Nunito, "Trebuchet MS", system-ui, sans-serif';

/** Linear blend of two 0xRRGGBB colours, t in [0, 1] (clamped). */
export function mixColour(from: number, to: number, t: number): number {
  const u = t < 0 ? 0 : t > 1 ? 1 : t;
  const r = ((from >> 16) & 255) + (((to >> 16) & 255) - ((from >> 16) & 255)) * u;
  const g = ((from >> 8) & 255) + (((to >> 8) & 255) - ((from >> 8) & 255)) * u;
  const b = (from & 255) + ((to & 255) - (from & 255)) * u;
  return (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b);
}

/** Colour of a signed quantity: blue when ≥ 0, orange when < 0. */
export function signColour(value: number): number {
  return value < 0 ? COLOURS.negative : COLOURS.positive;
}
