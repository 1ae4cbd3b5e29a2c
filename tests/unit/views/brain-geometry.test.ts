import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Network } from '../../../src/core/network';
import {
  biasNeuron,
  distanceToSegment,
  genomeOffsets,
  hitTestBrain,
  layoutBrain,
  weightEnds,
} from '../../../src/views/brain-geometry';

const SHAPES = [
  [3, 16, 16, 1],
  [2, 3, 2],
  [5, 8, 2],
  [1, 1],
];

describe('brain geometry', () => {
  it('derives the same genome offsets as the engine', () => {
    for (const layers of SHAPES) {
      const net = new Network({ layers, activations: layers.slice(1).map(() => 'tanh' as const) });
      const g = genomeOffsets(layers);
      expect(Array.from(g.wOffset)).toEqual(Array.from(net.wOffset));
      expect(Array.from(g.bOffset)).toEqual(Array.from(net.bOffset));
      expect(Array.from(g.nOffset)).toEqual(Array.from(net.nOffset));
      expect(g.paramCount).toBe(net.paramCount);
    }
  });

  it('maps every gene to the connection or bias the engine says it is', () => {
    for (const layers of SHAPES) {
      const net = new Network({ layers, activations: layers.slice(1).map(() => 'tanh' as const) });
      const layout = layoutBrain(layers, 600, 400);
      for (let index = 0; index < net.paramCount; index++) {
        const where = net.locate(index);
        if (where.kind === 'weight') {
          expect(weightEnds(layout, index)).toEqual({
            from: net.nOffset[where.layer]! + where.in,
            to: net.nOffset[where.layer + 1]! + where.out,
          });
          expect(biasNeuron(layout, index)).toBe(-1);
        } else {
          expect(weightEnds(layout, index)).toBeNull();
          expect(biasNeuron(layout, index)).toBe(net.nOffset[where.layer + 1]! + where.out);
        }
      }
    }
  });

  it('keeps every neuron inside the panel, columns left to right', () => {
    for (const layers of SHAPES) {
      for (const [w, h] of [
        [900, 500],
        [320, 200],
      ] as const) {
        const layout = layoutBrain(layers, w, h);
        for (let k = 0; k < layout.x.length; k++) {
          expect(layout.x[k]! - layout.radius).toBeGreaterThanOrEqual(0);
          expect(layout.x[k]! + layout.radius).toBeLessThanOrEqual(w);
          expect(layout.y[k]! - layout.radius).toBeGreaterThanOrEqual(0);
          expect(layout.y[k]! + layout.radius).toBeLessThanOrEqual(h);
        }
        for (let l = 0; l + 1 < layers.length; l++) {
          expect(layout.x[layout.nOffset[l + 1]!]!).toBeGreaterThan(layout.x[layout.nOffset[l]!]!);
        }
      }
    }
  });

  it('a tap selects the nearest line within the tolerance, like a brute-force search', () => {
    const layers = [3, 6, 4, 2];
    const layout = layoutBrain(layers, 500, 320);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 320, noNaN: true }),
        (px, py) => {
          const hit = hitTestBrain(layout, px, py, 12);
          // Taps on a non-input neuron mean its bias.
          let onNeuron = -1;
          for (let k = layout.nOffset[1]!; k < layout.x.length; k++) {
            if (Math.hypot(px - layout.x[k]!, py - layout.y[k]!) <= layout.radius + 3) onNeuron = k;
          }
          if (onNeuron >= 0) {
            expect(biasNeuron(layout, hit)).toBe(onNeuron);
            return;
          }
          let best = Infinity;
          for (let index = 0; index < layout.paramCount; index++) {
            const e = weightEnds(layout, index);
            if (e === null) continue;
            const d = distanceToSegment(px, py, layout.x[e.from]!, layout.y[e.from]!, layout.x[e.to]!, layout.y[e.to]!);
            best = Math.min(best, d);
          }
          if (best > 12) {
            expect(hit).toBe(-1);
          } else {
            const e = weightEnds(layout, hit)!;
            const d = distanceToSegment(px, py, layout.x[e.from]!, layout.y[e.from]!, layout.x[e.to]!, layout.y[e.to]!);
            expect(d).toBeCloseTo(best, 9);
          }
        },
      ),
    );
  });

  it('a tap 11 px beside a lone line hits it with the finger tolerance, not at 13 px with 12', () => {
    const layout = layoutBrain([1, 1], 400, 200);
    const y = layout.y[0]!;
    const x = (layout.x[0]! + layout.x[1]!) / 2;
    expect(hitTestBrain(layout, x, y - 11, 12)).toBe(0);
    expect(hitTestBrain(layout, x, y + 11, 12)).toBe(0);
    expect(hitTestBrain(layout, x, y - 13, 12)).toBe(-1);
    // On the output neuron: its bias (gene 1). On the input neuron (no bias): the line it starts.
    expect(hitTestBrain(layout, layout.x[1]!, y, 12)).toBe(1);
    expect(hitTestBrain(layout, layout.x[0]!, y, 12)).toBe(0);
  });

  it('measures distance to a segment, clamped at its ends', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(-4, 3, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2, 12);
  });
});
