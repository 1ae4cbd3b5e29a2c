/**
 * Seeded procedural camouflage textures — bark, sand, leaves — the backgrounds a pattern creature
 * learns to blend into. Built from + − × ÷, Math.floor, Math.sqrt and integer hashing only, so a
 * texture is the same bits in every JS engine.
 *
 * A texture is a function of position (x, y) in [−1, 1]² (y grows downwards, like image rows)
 * giving an intensity v in [0, 1]; grey pictures use v, RGB pictures map v through the texture's
 * palette (a piecewise-linear ramp of colours). Because it is a function of position, the same
 * texture sampled at 16×16 and at 32×32 is the same picture at two resolutions.
 *
 * Noise: value noise (a random value at every integer lattice point, hashed from the seed, blended
 * with the smoothstep fade 3t² − 2t³) and fBm (a sum of octaves, frequency ×2 and amplitude ×½ each),
 * normalised to [0, 1]. Leaves use cellular (Worley) noise: jittered feature points, one per cell.
 */
import { sinApprox } from '../detmath';

export type TextureName = 'bark' | 'sand' | 'leaves';
export const TEXTURE_NAMES: readonly TextureName[] = ['bark', 'sand', 'leaves'];

/** A uint32 hash of a lattice point and a seed (integer operations only: exact everywhere). */
export function latticeHash(ix: number, iy: number, seed: number): number {
  let h = Math.imul(ix | 0, 0x27d4eb2d) ^ Math.imul(iy | 0, 0x165667b1) ^ Math.imul(seed | 0, 0x9e3779b9);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The lattice value at (ix, iy), uniform in [0, 1). */
function latticeValue(ix: number, iy: number, seed: number): number {
  return latticeHash(ix, iy, seed) / 4294967296;
}

/** Value noise at (x, y) in lattice units, in [0, 1]. */
export function valueNoise(x: number, y: number, seed: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const tx = x - x0;
  const ty = y - y0;
  const sx = tx * tx * (3 - 2 * tx);
  const sy = ty * ty * (3 - 2 * ty);
  const v00 = latticeValue(x0, y0, seed);
  const v10 = latticeValue(x0 + 1, y0, seed);
  const v01 = latticeValue(x0, y0 + 1, seed);
  const v11 = latticeValue(x0 + 1, y0 + 1, seed);
  const top = v00 + (v10 - v00) * sx;
  const bottom = v01 + (v11 - v01) * sx;
  return top + (bottom - top) * sy;
}

/** Fractional Brownian motion: `octaves` octaves of value noise, normalised to [0, 1]. */
export function fbm(x: number, y: number, seed: number, octaves: number): number {
  let sum = 0;
  let amplitude = 1;
  let norm = 0;
  let f = 1;
  for (let o = 0; o < octaves; o++) {
    sum += amplitude * valueNoise(x * f, y * f, seed + o * 1013);
    norm += amplitude;
    amplitude *= 0.5;
    f *= 2;
  }
  return sum / norm;
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Bark: vertical fissures (ridged, vertically stretched fBm) over a fine grain. */
function bark(x: number, y: number, seed: number): number {
  const warp = 0.35 * fbm(2 * x, 2 * y, seed + 7, 2);
  const n = fbm(5 * x + warp * 3, 0.9 * y, seed, 4);
  const ridge = 1 - Math.abs(2 * n - 1);
  const grain = fbm(14 * x, 5 * y, seed + 31, 2);
  return clamp01(1.25 * ridge * ridge - 0.15 + 0.3 * (grain - 0.5));
}

/** Sand: soft dunes, wind ripples (a sine bent by noise) and grain. */
function sand(x: number, y: number, seed: number): number {
  const dunes = fbm(1.5 * x, 1.5 * y, seed, 3);
  const bend = fbm(1.2 * x + 5, 1.2 * y, seed + 11, 2);
  const ripples = sinApprox(10 * y + 2.5 * x + 6 * bend);
  const grain = valueNoise(24 * x + 100, 24 * y, seed + 23);
  return clamp01(0.2 + 0.6 * dunes + 0.12 * ripples + 0.18 * (grain - 0.5));
}

/** Worley cells per unit length in the leaves texture. */
const LEAF_CELLS = 2.5;

/** Leaves: a cell per leaf with its own shade, dark gaps where two leaves meet. */
function leaves(x: number, y: number, seed: number): number {
  const px = x * LEAF_CELLS;
  const py = y * LEAF_CELLS;
  const cx = Math.floor(px);
  const cy = Math.floor(py);
  let d1 = 1e9;
  let d2 = 1e9;
  let shade = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const ix = cx + dx;
      const iy = cy + dy;
      const h = latticeHash(ix, iy, seed);
      // Feature point jittered inside its cell (two 11-bit fractions of the hash).
      const fx = ix + 0.1 + 0.8 * ((h & 2047) / 2048);
      const fy = iy + 0.1 + 0.8 * (((h >>> 11) & 2047) / 2048);
      const ex = px - fx;
      const ey = py - fy;
      const d = ex * ex + ey * ey;
      if (d < d1) {
        d2 = d1;
        d1 = d;
        shade = (h >>> 22) / 1024;
      } else if (d < d2) {
        d2 = d;
      }
    }
  }
  const gap = Math.sqrt(d2) - Math.sqrt(d1);
  const edge = clamp01(gap / 0.18);
  const vein = fbm(6 * x, 6 * y, seed + 3, 2);
  return clamp01((0.3 + 0.55 * shade + 0.15 * (vein - 0.5)) * (0.25 + 0.75 * edge));
}

/** The texture's intensity at (x, y), in [0, 1]. */
export function textureValue(name: TextureName, x: number, y: number, seed: number): number {
  switch (name) {
    case 'bark':
      return bark(x, y, seed);
    case 'sand':
      return sand(x, y, seed);
    default:
      return leaves(x, y, seed);
  }
}

/** Palettes: colour stops (r, g, b) from intensity 0 to 1, evenly spaced. */
const PALETTES: Readonly<Record<TextureName, readonly number[]>> = {
  bark: [0.16, 0.1, 0.06, 0.38, 0.26, 0.16, 0.62, 0.5, 0.38],
  sand: [0.55, 0.43, 0.26, 0.82, 0.7, 0.48, 0.97, 0.9, 0.72],
  leaves: [0.04, 0.12, 0.04, 0.18, 0.42, 0.12, 0.62, 0.8, 0.3],
};

/** Writes the palette colour of intensity v to out[off…off+3). */
export function paletteColour(name: TextureName, v: number, out: Float32Array | Float64Array, off: number): void {
  const stops = PALETTES[name];
  const segments = stops.length / 3 - 1;
  const t = clamp01(v) * segments;
  const k = Math.min(segments - 1, Math.floor(t));
  const f = t - k;
  for (let c = 0; c < 3; c++) {
    const lo = stops[3 * k + c] as number;
    const hi = stops[3 * (k + 1) + c] as number;
    out[off + c] = lo + (hi - lo) * f;
  }
}
