import { describe, expect, it } from 'vitest';
import { renderPatternTarget } from '../../../../src/core/tasks/patternGrid';
import { FONT_LETTERS, shapeValue } from '../../../../src/core/tasks/patternShapes';
import { fbm, latticeHash, TEXTURE_NAMES, valueNoise } from '../../../../src/core/tasks/textures';

function stats(px: Float32Array): { mean: number; variance: number; min: number; max: number } {
  let s = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of px) {
    s += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = s / px.length;
  let q = 0;
  for (const v of px) q += (v - mean) ** 2;
  return { mean, variance: q / px.length, min, max };
}

describe('value noise', () => {
  it('equals the lattice value at lattice points and stays in [0, 1]', () => {
    expect(valueNoise(3, -2, 5)).toBe(latticeHash(3, -2, 5) / 4294967296);
    for (let i = 0; i < 500; i++) {
      const x = i * 0.173 - 40;
      const y = i * 0.311 - 70;
      const v = fbm(x, y, 9, 4);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('is continuous (small steps, small changes)', () => {
    for (let i = 0; i < 200; i++) {
      const x = i * 0.0371;
      expect(Math.abs(valueNoise(x + 1e-6, 0.4, 2) - valueNoise(x, 0.4, 2))).toBeLessThan(1e-5);
    }
  });
});

describe('camouflage textures', () => {
  it.each(TEXTURE_NAMES)('%s: deterministic, seeded, in [0, 1], not flat', (name) => {
    const a = renderPatternTarget({ type: 'texture', name, seed: 1 }, 32, 'grey');
    const b = renderPatternTarget({ type: 'texture', name, seed: 1 }, 32, 'grey');
    const c = renderPatternTarget({ type: 'texture', name, seed: 2 }, 32, 'grey');
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const s = stats(a);
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.max).toBeLessThanOrEqual(1);
    expect(s.variance).toBeGreaterThan(0.005);
    const rgb = stats(renderPatternTarget({ type: 'texture', name, seed: 1 }, 32, 'rgb'));
    expect(rgb.min).toBeGreaterThanOrEqual(0);
    expect(rgb.max).toBeLessThanOrEqual(1);
  });

  it('known answers: pixel sums of the 16×16 grey textures, seed 1 (pins the generators)', () => {
    const sums = TEXTURE_NAMES.map((name) => {
      let s = 0;
      for (const v of renderPatternTarget({ type: 'texture', name, seed: 1 }, 16, 'grey')) s += v;
      return Number(s.toFixed(6));
    });
    expect(sums).toEqual(KNOWN_SUMS);
  });
});

const KNOWN_SUMS = [172.47815, 125.329966, 125.940995];

describe('shapes', () => {
  it('ring: empty centre, ink on the circle of radius 0.55', () => {
    expect(shapeValue('ring', '', 0, 0)).toBe(0);
    expect(shapeValue('ring', '', 0.55, 0)).toBe(1);
    expect(shapeValue('ring', '', 0, -0.55)).toBe(1);
    expect(shapeValue('ring', '', 0.95, 0.95)).toBe(0);
  });

  it('stripes: values in [0, 1], both ink and paper, constant along the anti-diagonal', () => {
    const px = renderPatternTarget({ type: 'shape', name: 'stripes' }, 32, 'grey');
    const s = stats(px);
    expect([s.min, s.max]).toEqual([0, 1]);
    expect(shapeValue('stripes', '', 0.3, -0.1)).toBeCloseTo(shapeValue('stripes', '', 0.1, 0.1), 12);
  });

  it('letters: every glyph is 5 × 7, has ink, and A has its crossbar', () => {
    expect(FONT_LETTERS).toEqual(expect.arrayContaining(['A', 'W', 'S']));
    for (const letter of FONT_LETTERS) {
      const px = renderPatternTarget({ type: 'shape', name: 'letter', letter }, 16, 'grey');
      expect(stats(px).mean).toBeGreaterThan(0.1);
    }
    // A's crossbar: row 3 of the glyph (y from −0.125 to 0.125), all five cells inked.
    for (const x of [-0.5, -0.25, 0, 0.25, 0.5]) expect(shapeValue('letter', 'A', x, 0)).toBe(1);
    expect(shapeValue('letter', 'A', 0, -0.5)).toBe(0); // the hole above the bar
    expect(shapeValue('letter', 'A', 0.9, 0)).toBe(0); // outside the glyph
  });
});
