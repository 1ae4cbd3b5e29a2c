import { describe, expect, it } from 'vitest';
import { basePosition, codonAt, codonWidth, layoutDna } from '../../../src/views/dna-layout';

describe('DNA strip layout', () => {
  it('fits a whole 3-16-16-1 genome (353 codons) in a laptop panel, inside its bounds', () => {
    const layout = layoutDna(353, 3, 700, 250);
    expect(layout.visibleRows).toBe(layout.rows);
    const p = { x: 0, y: 0 };
    for (let b = 0; b < 353 * 3; b++) {
      expect(basePosition(layout, b, p)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + layout.cell).toBeLessThanOrEqual(700);
      expect(p.y + layout.cell).toBeLessThanOrEqual(250);
    }
  });

  it('uses the biggest cells that fit', () => {
    const small = layoutDna(10, 3, 800, 400);
    expect(small.cell).toBe(30);
    const big = layoutDna(353, 3, 700, 250);
    const bigger = layoutDna(353, 3, 700, 250, 9, big.cell + 1);
    expect(bigger.cell).toBe(big.cell);
  });

  it('maps a tap on any base back to its codon', () => {
    for (const k of [1, 2, 3, 4]) {
      const weights = 61;
      const layout = layoutDna(weights, k, 520, 300);
      const p = { x: 0, y: 0 };
      for (let w = 0; w < weights; w++) {
        for (let i = 0; i < k; i++) {
          expect(basePosition(layout, w * k + i, p)).toBe(true);
          expect(codonAt(layout, p.x + layout.cell / 2, p.y + layout.cell / 2)).toBe(w);
        }
      }
      expect(codonAt(layout, -50, 5)).toBe(-1);
    }
  });

  it('codons in a row never overlap', () => {
    const layout = layoutDna(200, 3, 640, 400);
    const a = { x: 0, y: 0 };
    const b = { x: 0, y: 0 };
    basePosition(layout, 0, a);
    basePosition(layout, 3, b);
    expect(b.x).toBeGreaterThanOrEqual(a.x + codonWidth(layout.cell, 3) + layout.codonGap);
  });

  it('scrolls a genome too big for the panel so the selected codon is in view', () => {
    const weights = 4000;
    const layout = layoutDna(weights, 3, 400, 120, 9, 30, 3500);
    expect(layout.visibleRows).toBeLessThan(layout.rows);
    const p = { x: 0, y: 0 };
    expect(basePosition(layout, 3500 * 3, p)).toBe(true);
    expect(basePosition(layout, 0, p)).toBe(false);
    expect(codonAt(layout, p.x + 1, p.y + 1)).toBe(3500);
  });
});
