import { describe, expect, it } from 'vitest';
import { defaultLayout, MIN_HEIGHT, VIEW_NAMES, type PanelRect, type ViewName } from '../../../src/views/layout';

const SIZES = [
  [1920, 1080],
  [1366, 768],
  [1024, 768],
  [844, 390],
  [390, 844],
] as const;
const MODES: ViewName[][] = [
  [...VIEW_NAMES],
  ['brain', 'dna', 'fitness', 'landscape'],
  ['brain', 'dna', 'loss', 'landscape'],
  ['brain'],
  ['landscape', 'loss'],
];

function overlap(a: PanelRect, b: PanelRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('default layout', () => {
  it('gives each shown view a panel inside the canvas, none overlapping, and nothing to hidden views', () => {
    for (const [w, h] of SIZES) {
      for (const shown of MODES) {
        const rects = defaultLayout(w, h, shown);
        const placed = VIEW_NAMES.filter((n) => rects[n] !== undefined);
        expect(placed.sort()).toEqual([...shown].sort());
        for (const n of placed) {
          const r = rects[n]!;
          expect(r.x).toBeGreaterThanOrEqual(0);
          expect(r.y).toBeGreaterThanOrEqual(0);
          expect(r.x + r.width).toBeLessThanOrEqual(w);
          expect(r.y + r.height).toBeLessThanOrEqual(h);
          expect(r.width).toBeGreaterThan(50);
          expect(r.height).toBeGreaterThan(40);
          for (const m of placed) if (m !== n) expect(overlap(r, rects[m]!)).toBe(false);
        }
      }
    }
  });

  it('puts the gene views left of the population views on a wide screen', () => {
    const r = defaultLayout(1366, 768, VIEW_NAMES);
    expect(r.brain!.x).toBeLessThan(r.landscape!.x);
    expect(r.dna!.y).toBeGreaterThan(r.brain!.y);
  });

  it('in a short side column (a phone held sideways) shows the views that fit at a readable height, not slivers', () => {
    // The microscope pane beside a phone's arena: about 253×262 CSS px (Lab, under its tabs) or 253×318.
    for (const [w, h] of [
      [253, 262],
      [253, 318],
    ] as const) {
      const train = defaultLayout(w, h, ['brain', 'landscape', 'loss']);
      expect(Object.keys(train)).toEqual(['landscape']);
      expect(train.landscape!.height).toBeGreaterThanOrEqual(MIN_HEIGHT.landscape);
      const evolve = defaultLayout(w, h, ['brain', 'dna', 'fitness']);
      expect(Object.keys(evolve).sort()).toEqual(['brain', 'dna']);
      for (const [name, r] of Object.entries(evolve)) {
        expect(r.height, name).toBeGreaterThanOrEqual(MIN_HEIGHT[name as ViewName]);
      }
    }
    // A taller column (a 4:3 tablet's) keeps all three.
    const tablet = defaultLayout(368, 636, ['brain', 'landscape', 'loss']);
    expect(Object.keys(tablet).sort()).toEqual(['brain', 'landscape', 'loss']);
    for (const [name, r] of Object.entries(tablet)) {
      expect(r.height, name).toBeGreaterThanOrEqual(MIN_HEIGHT[name as ViewName]);
    }
  });
});
