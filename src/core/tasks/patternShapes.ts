/**
 * Shape targets of the pattern task — a ring, diagonal stripes, a letter — as functions of position
 * (x, y) in [−1, 1]² (y grows downwards, like image rows) giving ink coverage in [0, 1]. Grey pictures
 * use the coverage; RGB pictures blend from paper to ink colour. Soft edges (a linear ramp about one
 * 32-pixel wide) keep the target smooth enough for a small network to approach.
 *
 * Letters come from a tiny 5×7 bitmap font drawn over x ∈ [−0.625, 0.625], y ∈ [−0.875, 0.875]
 * (each font cell 0.25 × 0.25, so cell edges fall between pixel centres at 8, 16, 32 and 64 pixels).
 */
import { sinApprox } from '../detmath';

export type ShapeName = 'ring' | 'stripes' | 'letter';
export const SHAPE_NAMES: readonly ShapeName[] = ['ring', 'stripes', 'letter'];

/** 5 × 7 glyphs, one string of 7 rows of 5 cells each ('#' = ink), top row first. */
const FONT: Readonly<Record<string, string>> = {
  A: '.###.' + '#...#' + '#...#' + '#####' + '#...#' + '#...#' + '#...#',
  C: '.####' + '#....' + '#....' + '#....' + '#....' + '#....' + '.####',
  E: '#####' + '#....' + '#....' + '####.' + '#....' + '#....' + '#####',
  H: '#...#' + '#...#' + '#...#' + '#####' + '#...#' + '#...#' + '#...#',
  L: '#....' + '#....' + '#....' + '#....' + '#....' + '#....' + '#####',
  O: '.###.' + '#...#' + '#...#' + '#...#' + '#...#' + '#...#' + '.###.',
  S: '.####' + '#....' + '#....' + '.###.' + '....#' + '....#' + '####.',
  T: '#####' + '..#..' + '..#..' + '..#..' + '..#..' + '..#..' + '..#..',
  W: '#...#' + '#...#' + '#...#' + '#.#.#' + '#.#.#' + '##.##' + '#...#',
  X: '#...#' + '#...#' + '.#.#.' + '..#..' + '.#.#.' + '#...#' + '#...#',
};

/** The letters the font can draw. */
export const FONT_LETTERS: readonly string[] = Object.keys(FONT);

const GLYPH_W = 5;
const GLYPH_H = 7;
const CELL = 0.25;
const GLYPH_LEFT = -0.625;
const GLYPH_TOP = -0.875;

/** Ring: radius and half thickness (in the [−1, 1] square), and its edge ramp width. */
const RING_RADIUS = 0.55;
const RING_HALF_WIDTH = 0.17;
const EDGE = 0.06;
/** Stripes: periods along the diagonal across the square, and the steepness of their edges. */
const STRIPE_PERIODS = 2.5;
const STRIPE_STEEPNESS = 2;

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** True when the font has a glyph for `letter` (one character, upper case). */
export function hasGlyph(letter: string): boolean {
  return Object.prototype.hasOwnProperty.call(FONT, letter);
}

/** 1 where the glyph has ink at font cell (col, row), else 0; 0 outside the glyph. */
function glyphCell(glyph: string, col: number, row: number): number {
  if (col < 0 || col >= GLYPH_W || row < 0 || row >= GLYPH_H) return 0;
  return glyph.charCodeAt(row * GLYPH_W + col) === 35 ? 1 : 0;
}

/** Ink coverage of the shape at (x, y), in [0, 1]. `letter` is used by the 'letter' shape only. */
export function shapeValue(name: ShapeName, letter: string, x: number, y: number): number {
  if (name === 'ring') {
    const r = Math.sqrt(x * x + y * y);
    return clamp01((RING_HALF_WIDTH - Math.abs(r - RING_RADIUS)) / EDGE + 0.5);
  }
  if (name === 'stripes') {
    // u runs along the diagonal; sin(π·u·periods) changes sign 2·periods times across it.
    const u = (x + y) * 0.7071067811865476;
    return clamp01(0.5 + STRIPE_STEEPNESS * sinApprox(3.141592653589793 * STRIPE_PERIODS * u));
  }
  const glyph = FONT[letter] ?? FONT.A ?? '';
  const col = Math.floor((x - GLYPH_LEFT) / CELL);
  const row = Math.floor((y - GLYPH_TOP) / CELL);
  return glyphCell(glyph, col, row);
}

/** Paper and ink colours of RGB shape targets. */
const PAPER = [0.92, 0.88, 0.76];
const INK = [0.5, 0.12, 0.1];

/** Writes the RGB colour of ink coverage v (paper → ink) to out[off…off+3). */
export function shapeColour(v: number, out: Float32Array | Float64Array, off: number): void {
  for (let c = 0; c < 3; c++) {
    const p = PAPER[c] as number;
    out[off + c] = p + ((INK[c] as number) - p) * v;
  }
}
