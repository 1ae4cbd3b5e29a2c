import { describe, expect, it } from 'vitest';
import {
  detExp,
  detLog,
  sinApprox,
  sinApproxDerivative,
  tanhApprox,
  tanhApproxDerivative,
} from '../../../src/core/detmath';

function grid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
}

describe('deterministic elementary functions', () => {
  it('detExp is within 1e-14 relative of Math.exp', () => {
    for (const x of grid(-700, 700, 20011)) {
      const e = Math.exp(x);
      expect(Math.abs(detExp(x) - e) / e).toBeLessThan(1e-14);
    }
    expect(detExp(0)).toBe(1);
    expect(detExp(800)).toBe(Infinity);
    expect(detExp(-800)).toBe(0);
  });

  it('detLog is within 1e-14 of Math.log', () => {
    for (const x of [...grid(1e-6, 10, 20011), 1e-300, 1e300, 12345.678, 0.5, 2]) {
      expect(Math.abs(detLog(x) - Math.log(x))).toBeLessThan(1e-14 * Math.max(1, Math.abs(Math.log(x))));
    }
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
  });

  it('tanhApprox is within 5e-7 of Math.tanh everywhere and exactly odd', () => {
    let worst = 0;
    for (const x of grid(-12, 12, 240001)) {
      worst = Math.max(worst, Math.abs(tanhApprox(x) - Math.tanh(x)));
      expect(tanhApprox(-x)).toBe(-tanhApprox(x));
    }
    expect(worst).toBeLessThan(5e-7);
    expect(tanhApprox(0)).toBe(0);
    expect(tanhApprox(50)).toBe(1);
  });

  it('sinApprox is within 1e-9 of Math.sin for |x| ≤ 1000', () => {
    let worst = 0;
    for (const x of grid(-1000, 1000, 400001)) worst = Math.max(worst, Math.abs(sinApprox(x) - Math.sin(x)));
    expect(worst).toBeLessThan(1e-9);
  });

  it('derivatives are the derivatives of the functions computed (central differences)', () => {
    const h = 1e-6;
    for (const x of grid(-7.5, 7.5, 3001)) {
      const nT = (tanhApprox(x + h) - tanhApprox(x - h)) / (2 * h);
      expect(Math.abs(tanhApproxDerivative(x) - nT)).toBeLessThan(1e-8);
      const nS = (sinApprox(x + h) - sinApprox(x - h)) / (2 * h);
      expect(Math.abs(sinApproxDerivative(x) - nS)).toBeLessThan(1e-8);
    }
    expect(tanhApproxDerivative(20)).toBe(0);
  });
});
