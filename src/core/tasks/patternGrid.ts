/**
 * The pixel grid of a pattern picture: the network inputs of every pixel and the target colours.
 *
 * A picture of `res` × `res` pixels is row-major, row 0 at the top. Pixel (col, row) is sampled at
 * its centre, x = (2·col + 1)/res − 1 and y = (2·row + 1)/res − 1, both in (−1, 1) (y grows
 * downwards), and r = √(x² + y²) is its distance from the centre. Inputs and targets are rounded
 * to float32 (the precision of a training Dataset), so the task's fitness and a loss computed on its
 * training set see exactly the same numbers.
 */
import { shapeColour, shapeValue } from './patternShapes';
import type { PatternColour, PatternInputs, PatternTarget } from './patternConfig';
import { paletteColour, textureValue } from './textures';

/** A picture for the views: width × height × channels values in [0, 1], row-major. */
export interface PatternImage {
  readonly width: number;
  readonly height: number;
  /** 1 = grey, 3 = RGB. */
  readonly channels: number;
  readonly pixels: Float32Array;
}

/** Centre coordinate in (−1, 1) of pixel index i of n along one axis. */
export function pixelCentre(i: number, n: number): number {
  return (2 * i + 1) / n - 1;
}

/** Network inputs of every pixel: res² × (2 or 3) values (x, y[, r]), float32. */
export function patternInputGrid(res: number, inputs: PatternInputs): Float32Array {
  const nIn = inputs === 'xyr' ? 3 : 2;
  const grid = new Float32Array(res * res * nIn);
  for (let row = 0; row < res; row++) {
    const y = pixelCentre(row, res);
    for (let col = 0; col < res; col++) {
      const x = pixelCentre(col, res);
      const o = (row * res + col) * nIn;
      grid[o] = x;
      grid[o + 1] = y;
      if (nIn === 3) grid[o + 2] = Math.sqrt(x * x + y * y);
    }
  }
  return grid;
}

/** The target picture's colours at `res` × `res`: res² × (1 or 3) values in [0, 1], float32. */
export function renderPatternTarget(target: PatternTarget, res: number, colour: PatternColour): Float32Array {
  const channels = colour === 'rgb' ? 3 : 1;
  const out = new Float32Array(res * res * channels);
  const rgb = new Float64Array(3);
  for (let row = 0; row < res; row++) {
    const y = pixelCentre(row, res);
    for (let col = 0; col < res; col++) {
      const x = pixelCentre(col, res);
      const p = row * res + col;
      const v =
        target.type === 'texture'
          ? textureValue(target.name, x, y, target.seed)
          : shapeValue(target.name, target.letter ?? 'A', x, y);
      if (channels === 1) {
        out[p] = v;
        continue;
      }
      if (target.type === 'texture') paletteColour(target.name, v, rgb, 0);
      else shapeColour(v, rgb, 0);
      out[3 * p] = rgb[0] as number;
      out[3 * p + 1] = rgb[1] as number;
      out[3 * p + 2] = rgb[2] as number;
    }
  }
  return out;
}

/** The target as an image for the views (background, or the shape to draw). */
export function patternTargetImage(target: PatternTarget, res: number, colour: PatternColour): PatternImage {
  return {
    width: res,
    height: res,
    channels: colour === 'rgb' ? 3 : 1,
    pixels: renderPatternTarget(target, res, colour),
  };
}
