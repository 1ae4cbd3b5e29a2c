/**
 * Seeded randomness for the engine: xoshiro128** on 32-bit integers (bit-exact in every JS
 * engine, since it uses only integer operations and Math.imul), plus a ziggurat normal sampler
 * whose tables and tail tests use the deterministic exp/log of `detmath.ts`.
 *
 * Every engine function that needs randomness takes an `Rng` as a parameter; the global random
 * generator of Math is never used in src/core (lint enforces it). The state is four uint32 words and can be saved and
 * restored, so any run can be replayed from its seed.
 */
import { detExp, detLog } from './detmath';

export type RngState = readonly [number, number, number, number];

/** 2^-32: turns a uint32 into [0, 1). */
const INV_2_32 = 1 / 4294967296;

export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  constructor(seed: number) {
    this.reseed(seed);
  }

  /** Seeds the four words with splitmix32 from one 32-bit seed (any number; it is taken mod 2^32). */
  reseed(seed: number): void {
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  getState(): RngState {
    return [this.s0, this.s1, this.s2, this.s3];
  }

  setState(state: RngState): void {
    this.s0 = state[0] >>> 0;
    this.s1 = state[1] >>> 0;
    this.s2 = state[2] >>> 0;
    this.s3 = state[3] >>> 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  static fromState(state: RngState): Rng {
    const r = new Rng(0);
    r.setState(state);
    return r;
  }

  /** A new generator whose stream is independent of this one's (seeded from this one's output). */
  fork(): Rng {
    return new Rng(this.u32() ^ Math.imul(this.u32(), 0x27d4eb2d));
  }

  /** The next uint32 (xoshiro128**). */
  u32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2;
    const s3 = this.s3;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    this.s1 = (s1 ^ n2) >>> 0;
    this.s0 = (s0 ^ n3) >>> 0;
    this.s2 = (n2 ^ t) >>> 0;
    this.s3 = ((n3 << 11) | (n3 >>> 21)) >>> 0;
    return result;
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  uniform(): number {
    return this.u32() * INV_2_32;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Uniform integer in [0, n), n ≥ 1, unbiased (rejection on the top of the uint32 range). */
  int(n: number): number {
    const limit = 4294967296 - (4294967296 % n);
    let x = this.u32();
    while (x >= limit) x = this.u32();
    return x % n;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** One element of a non-empty array. */
  choice<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('choice from an empty array');
    return items[this.int(items.length)] as T;
  }

  /** Fisher–Yates shuffle in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }

  /**
   * Standard normal N(0, 1) by the ziggurat method (Marsaglia & Tsang 2000, 128 layers): one
   * uint32 and a table lookup for ~98.8 % of samples; exp/log only in the rare wedge and tail.
   */
  normal(): number {
    // Kept tiny so the JIT inlines it: a double returned from a call that is not inlined is boxed
    // on the heap, and hot mutation loops must not allocate.
    const hz = this.u32() | 0;
    const iz = hz & 127;
    if ((hz < 0 ? -hz : hz) < (KN[iz] as number)) return hz * (WN[iz] as number);
    this.normalSlow(hz, iz);
    return SLOW_OUT[0] as number;
  }

  /**
   * The ziggurat's rare path (the base strip's tail, or the wedge of a layer, then retry). Writes its
   * sample into SLOW_OUT rather than returning it, so that not even this path boxes a double.
   */
  private normalSlow(hz: number, iz: number): void {
    for (;;) {
      const x = hz * (WN[iz] as number);
      if (iz === 0) {
        let xt: number;
        let yt: number;
        do {
          xt = -detLog(1 - this.uniform()) / ZIG_R;
          yt = -detLog(1 - this.uniform());
        } while (yt + yt < xt * xt);
        SLOW_OUT[0] = hz > 0 ? ZIG_R + xt : -ZIG_R - xt;
        return;
      }
      const f0 = FN[iz] as number;
      const f1 = FN[iz - 1] as number;
      if (f0 + this.uniform() * (f1 - f0) < detExp(-0.5 * x * x)) {
        SLOW_OUT[0] = x;
        return;
      }
      hz = this.u32() | 0;
      iz = hz & 127;
      if ((hz < 0 ? -hz : hz) < (KN[iz] as number)) {
        SLOW_OUT[0] = hz * (WN[iz] as number);
        return;
      }
    }
  }
}

/** The ziggurat's right edge for 128 layers. */
const ZIG_R = 3.442619855899;
const KN = new Int32Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
const SLOW_OUT = new Float64Array(1);

(function buildZigguratTables(): void {
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = ZIG_R;
  let tn = dn;
  const q = vn / detExp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * m1);
  KN[1] = 0;
  WN[0] = q / m1;
  WN[127] = dn / m1;
  FN[0] = 1;
  FN[127] = detExp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = detSqrt(-2 * detLog(vn / dn + detExp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    FN[i] = detExp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
})();

/** Square root by Newton's method (only + − × ÷), for the table build; exact to a few ulp. */
function detSqrt(v: number): number {
  if (v <= 0) return 0;
  let x = v > 1 ? v : 1;
  for (let i = 0; i < 60; i++) {
    const nx = 0.5 * (x + v / x);
    if (nx === x) break;
    x = nx;
  }
  return x;
}
