// The palette stays readable for colour-blind players: every pair of colours that carries a
// meaning (sign of a weight, best vs mean, the two paths on the landscape) stays far apart when
// simulated for protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1).
import { describe, expect, it } from 'vitest';
import { BASE_COLOURS, COLOURS } from '../../../src/views/palette';

type Rgb = readonly [number, number, number];
const MACHADO: Readonly<Record<string, readonly Rgb[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linear(hex: number): Rgb {
  return [toLinear(((hex >> 16) & 255) / 255), toLinear(((hex >> 8) & 255) / 255), toLinear((hex & 255) / 255)];
}

function simulate(rgb: Rgb, m: readonly Rgb[]): Rgb {
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return [0, 1, 2].map((i) => clamp(m[i]![0] * rgb[0] + m[i]![1] * rgb[1] + m[i]![2] * rgb[2])) as unknown as Rgb;
}

/** CIE L*a*b* of a linear sRGB colour (D65). */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function distance(a: number, b: number, vision: readonly Rgb[] | null): number {
  const p = lab(vision ? simulate(linear(a), vision) : linear(a));
  const q = lab(vision ? simulate(linear(b), vision) : linear(b));
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const PAIRS: readonly [string, number, number][] = [
  ['positive vs negative weight', COLOURS.positive, COLOURS.negative],
  ['best vs mean (fitness chart)', COLOURS.best, COLOURS.mean],
  ['evolution vs training path', COLOURS.evolutionPath, COLOURS.trainingPath],
  ['loss vs explosion warning', COLOURS.loss, COLOURS.warning],
  ['best vs explosion warning', COLOURS.best, COLOURS.warning],
];

describe('colour-blind-safe palette', () => {
  it.each(PAIRS)('%s stays apart in every kind of colour blindness', (_name, a, b) => {
    for (const [kind, m] of Object.entries(MACHADO)) expect(distance(a, b, m), kind).toBeGreaterThan(20);
  });

  it('every meaningful colour stands out from the panel behind it', () => {
    for (const c of [COLOURS.positive, COLOURS.negative, COLOURS.best, COLOURS.mean, COLOURS.loss, COLOURS.cream])
      for (const m of [null, ...Object.values(MACHADO)]) expect(distance(c, COLOURS.panel, m)).toBeGreaterThan(25);
  });

  it('the four bases differ from each other (they carry their letter as well)', () => {
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++)
        for (const m of Object.values(MACHADO))
          expect(distance(BASE_COLOURS[i]!, BASE_COLOURS[j]!, m)).toBeGreaterThan(8);
  });
});
