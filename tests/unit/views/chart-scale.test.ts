import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTick, indexTicks, legibleTicks, linearTicks, logTicks, niceStep } from '../../../src/views/chart-scale';

describe('chart scales', () => {
  it('picks 1-2-5 steps', () => {
    expect(niceStep(10, 6)).toBe(2);
    expect(niceStep(1, 3)).toBe(0.5);
    expect(niceStep(100, 3)).toBe(50);
    expect(niceStep(0.07, 8)).toBe(0.01);
  });

  it('linear ticks cover the data, evenly, within the tick budget', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 8 }),
        (lo, span, maxTicks) => {
          const hi = lo + span;
          const t = linearTicks(lo, hi, maxTicks);
          // Covers [lo, hi] up to float rounding (1e-9 of the span).
          expect(t.lo).toBeLessThanOrEqual(lo + span * 1e-9);
          expect(t.hi).toBeGreaterThanOrEqual(hi - span * 1e-9);
          expect(t.values.length).toBeLessThanOrEqual(lo < 0 && hi > 0 ? Math.max(3, maxTicks) : maxTicks);
          expect(t.values.length).toBeGreaterThanOrEqual(2);
          const step = t.values[1]! - t.values[0]!;
          for (let i = 2; i < t.values.length; i++) {
            expect(t.values[i]! - t.values[i - 1]!).toBeCloseTo(step, 6);
          }
        },
      ),
    );
  });

  it('the domain covers data whose span is near the float resolution of its values', () => {
    // Found by the property above (seed −345040199): floor(lo / step) · step rounded one ulp past lo.
    const lo = 245159.71874999997;
    const t = linearTicks(lo, lo + 1e-6, 7);
    expect(t.lo).toBeLessThanOrEqual(lo);
    expect(t.hi).toBeGreaterThanOrEqual(lo + 1e-6);
  });

  it('gives clean tick values for fitness in [0, 1]', () => {
    expect(linearTicks(0, 0.93, 6).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(0, 0.93, 3).values).toEqual([0, 0.5, 1]);
  });

  it('index ticks are whole numbers inside [0, last]', () => {
    expect(indexTicks(109, 6).values).toEqual([0, 20, 40, 60, 80, 100]);
    expect(indexTicks(3, 7).values).toEqual([0, 1, 2, 3]);
    expect(indexTicks(0, 5)).toEqual({ lo: 0, hi: 1, values: [0, 1] });
  });

  it('log ticks are decades around the data, thinned to the budget', () => {
    expect(logTicks(0.02, 50, 6).values).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(logTicks(0.02, 50, 3).values).toEqual([0.01, 1, 100]);
    expect(logTicks(0.5, 0.5, 4)).toMatchObject({ lo: 0.1, hi: 1 });
  });

  it('formats ticks short and without locale', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(0.25)).toBe('0.25');
    expect(formatTick(12)).toBe('12');
    expect(formatTick(15000)).toBe('15k');
    expect(formatTick(2_000_000)).toBe('2M');
    expect(formatTick(0.0001)).toBe('1e-4');
    expect(formatTick(1e12)).toBe('1e12');
  });
});

describe('legibleTicks', () => {
  it('leaves out a label that would touch the last one written (a short panel), in either direction', () => {
    // y labels 14 px tall on a 20 px plot: only the first and last have room.
    expect(legibleTicks([40, 30, 20], [14, 14, 14], 2)).toEqual([true, false, true]);
    expect(legibleTicks([20, 30, 40], [14, 14, 14], 2)).toEqual([true, false, true]);
    // Enough room: every label.
    expect(legibleTicks([100, 70, 40, 10], [14, 14, 14, 14], 2)).toEqual([true, true, true, true]);
  });

  it('never writes two labels that overlap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true })), {
          maxLength: 12,
        }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (ticks, gap) => {
          const sorted = [...ticks].sort((a, b) => a[0] - b[0]);
          const keep = legibleTicks(
            sorted.map((t) => t[0]),
            sorted.map((t) => t[1]),
            gap,
          );
          const written = sorted.filter((_, i) => keep[i]);
          for (let i = 1; i < written.length; i++) {
            const [a, wa] = written[i - 1]!;
            const [b, wb] = written[i]!;
            expect(b - a).toBeGreaterThanOrEqual(wa / 2 + wb / 2 + gap - 1e-9);
          }
        },
      ),
    );
  });
});
