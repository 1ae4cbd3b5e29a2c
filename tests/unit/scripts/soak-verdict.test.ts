// The kiosk soak's pass rule (scripts/soak/verdict.ts): warm-up, the heap windows, errors and resets.
import { describe, expect, it } from 'vitest';
import { planVisit } from '../../../scripts/soak/plan';
import {
  csvHeader,
  csvRow,
  growth,
  judge,
  median,
  warmupCycles,
  type CycleRecord,
} from '../../../scripts/soak/verdict';
import { Rng } from '../../../src/core/rng';

function cycle(n: number, heapMB: number, patch: Partial<CycleRecord> = {}): CycleRecord {
  return {
    cycle: n,
    atS: n * 30,
    route: 'start',
    level: 'pattern',
    actions: 'next, turbo',
    heapMB,
    domNodes: 140,
    elements: 59,
    listeners: 106,
    textures: 5,
    textureMB: 1.8,
    codeMB: null,
    dataMB: null,
    errors: 0,
    restarts: 0,
    reloads: 0,
    longTasks: 3,
    worstLongTaskMs: 80,
    reachedAttract: true,
    resetMs: 10_400,
    ...patch,
  };
}

const flat = (heaps: number[]): CycleRecord[] => heaps.map((h, i) => cycle(i + 1, h));

describe('soak verdict', () => {
  it('warm-up is the first 2 cycles, or the first 10 % of a long run', () => {
    expect(warmupCycles(5)).toBe(2);
    expect(warmupCycles(20)).toBe(2);
    expect(warmupCycles(120)).toBe(12);
  });

  it('compares the median of the first and last 3 post-warm-up cycles, never overlapping', () => {
    const g = growth([50, 40, 10, 11, 10, 99, 12, 12, 11], 2)!;
    expect(g.window).toBe(3);
    expect(g.first).toBe(10);
    expect(g.last).toBe(12);
    expect(growth([50, 40, 10, 11, 12], 2)).toMatchObject({ window: 1, first: 10, last: 12 });
    expect(growth([50, 40, 10], 2)).toBeNull();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('passes a flat heap after a big warm-up, fails 10 % growth and names the criterion', () => {
    expect(judge(flat([5, 9, 12, 12.1, 11.9, 12, 12.2, 12.1])).pass).toBe(true);
    const leak = judge(flat([5, 9, 12, 12, 12, 13, 13.3, 13.4]));
    expect(leak.pass).toBe(false);
    expect(leak.failures.join()).toMatch(/^heap grew \+10\.8 %/);
    expect(judge(flat([5, 9, 12])).failures.join()).toMatch(/too few cycles/);
  });

  it('texture memory (outside the JS heap) must not grow 10 % after warm-up either', () => {
    const heaps = [5, 9, 12, 12, 12, 12, 12, 12];
    const tex = (mb: number[]): CycleRecord[] =>
      heaps.map((h, i) => cycle(i + 1, h, { textureMB: mb[i]!, textures: Math.round(mb[i]! / 0.7) }));
    expect(judge(tex([1, 1.8, 1.8, 1.8, 1.9, 1.8, 1.8, 1.8])).pass).toBe(true);
    const left = judge(tex([1, 1.8, 1.8, 2.5, 3.2, 3.9, 4.6, 5.3]));
    expect(left.failures).toEqual([
      expect.stringMatching(/^texture memory grew \+84\.0 % after warm-up \(2\.5 → 4\.6 MB/),
    ]);
  });

  it('the heap split into compiled code and data is reported when every cycle has it', () => {
    const split = flat([5, 9, 12, 12, 12, 12, 12, 12]).map((r, i) => ({ ...r, codeMB: 6 + i * 0.1, dataMB: 6 }));
    const v = judge(split);
    expect(v.pass).toBe(true);
    expect(v.codeMB).toMatchObject({ first: 6.3, last: 6.6 });
    expect(v.dataMB).toMatchObject({ first: 6, last: 6, ratio: 0 });
    expect(judge(flat([5, 9, 12, 12, 12])).codeMB).toBeNull();
  });

  it('any error, recovery or reload fails; so does a reset that did not reach the attract loop', () => {
    const base = flat([12, 12, 12, 12, 12, 12]);
    const withError = base.map((r) => (r.cycle === 4 ? { ...r, errors: 1 } : r));
    expect(judge(withError).failures).toEqual([expect.stringMatching(/^errors: 1/)]);
    const withReload = base.map((r) => (r.cycle === 5 ? { ...r, reloads: 1, restarts: 1 } : r));
    expect(judge(withReload).errors).toBe(2);
    const stuck = base.map((r) => (r.cycle === 6 ? { ...r, reachedAttract: false, resetMs: null } : r));
    expect(judge(stuck).failures).toEqual(['resets: 1 of 6 did not reach the attract loop']);
  });

  it('CSV rows quote what needs it', () => {
    expect(csvHeader().split(',')).toHaveLength(20);
    expect(csvRow(cycle(1, 12.5))).toContain(',"next, turbo",12.5,');
  });

  it('the visits are the same for the same seed, and pauses stay well under the idle warning', () => {
    const a = planVisit(new Rng(7), 5000);
    expect(planVisit(new Rng(7), 5000)).toEqual(a);
    for (let seed = 0; seed < 200; seed++) {
      const plan = planVisit(new Rng(seed), 5000);
      expect(plan.steps.length).toBeGreaterThanOrEqual(3);
      for (const step of plan.steps) {
        expect(step.pauseMs).toBeLessThanOrEqual(1500);
        if (step.kind === 'turbo' || step.kind === 'run') expect(step.ms).toBeLessThanOrEqual(2500);
      }
    }
  });
});
