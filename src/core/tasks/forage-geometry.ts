/**
 * Small deterministic geometry for the forage arena: the rays' angular offsets, heading rotation
 * without Math.sin/cos, and an atan2 for the phenotype's heading. + − × ÷ and Math.sqrt only
 * (all correctly rounded in IEEE-754), so results are the same bits in every JS engine.
 *
 * Mirror exactness. Every formula here is written so that negating x inputs negates x outputs
 * exactly (round-to-nearest is symmetric under negation): the ray angles are θ_k = (k − (n−1)/2)·step,
 * so θ_{n−1−k} = −θ_k bit for bit; cos is computed as √(1 − sin²), even in the angle.
 */
import { sinApprox } from '../detmath';

const HALF_PI = Math.PI / 2;

/**
 * Angular offsets of `count` rays evenly across `fov` radians, ascending: writes sin θ_k into sinOut
 * and cos θ_k into cosOut, and θ_k into thetaOut. One ray looks straight ahead; a full circle
 * (fov ≥ 2π) spreads the rays 2π/count apart so that none is doubled.
 */
export function rayOffsets(
  count: number,
  fov: number,
  thetaOut: Float64Array,
  sinOut: Float64Array,
  cosOut: Float64Array,
): void {
  const full = fov >= 2 * Math.PI - 1e-9;
  const step = count <= 1 ? 0 : full ? (2 * Math.PI) / count : fov / (count - 1);
  const mid = (count - 1) / 2;
  for (let k = 0; k < count; k++) {
    const theta = (k - mid) * step;
    thetaOut[k] = theta;
    sinOut[k] = sinOfAngle(theta);
    cosOut[k] = cosOfAngle(theta);
  }
}

/** sin θ for |θ| ≤ π, odd by construction (sin(−θ) is exactly −sin θ). */
export function sinOfAngle(theta: number): number {
  return theta < 0 ? -sinApprox(-theta) : sinApprox(theta);
}

/**
 * cos θ for |θ| ≤ π, even by construction (it only looks at |θ|): √(1 − sin²θ) near 0 (exactly 1 at
 * θ = 0), sin(π/2 − |θ|) farther out where the square root would cancel digits; |error| < 1e-10.
 */
export function cosOfAngle(theta: number): number {
  const a = theta < 0 ? -theta : theta;
  if (a <= Math.PI / 4) {
    const s = sinApprox(a);
    return Math.sqrt(1 - s * s);
  }
  return sinApprox(HALF_PI - a);
}

/** atan(x) for x in [−1, 1]: two half-angle reductions, then the odd Taylor series (|error| < 1e-12). */
function atanUnit(x: number): number {
  // atan(x) = 2·atan(x / (1 + √(1 + x²))); twice brings |x| ≤ tan(π/16) ≈ 0.199.
  let t = x / (1 + Math.sqrt(1 + x * x));
  t = t / (1 + Math.sqrt(1 + t * t));
  const t2 = t * t;
  let p = -1 / 19;
  p = p * t2 + 1 / 17;
  p = p * t2 - 1 / 15;
  p = p * t2 + 1 / 13;
  p = p * t2 - 1 / 11;
  p = p * t2 + 1 / 9;
  p = p * t2 - 1 / 7;
  p = p * t2 + 1 / 5;
  p = p * t2 - 1 / 3;
  p = p * t2 + 1;
  return 4 * t * p;
}

/** The angle of (x, y) in (−π, π], deterministic (for display: the phenotype's heading). */
export function detAtan2(y: number, x: number): number {
  if (x === 0 && y === 0) return 0;
  const ax = x < 0 ? -x : x;
  const ay = y < 0 ? -y : y;
  // Angle of (ax, ay) in [0, π/2].
  const a = ay <= ax ? atanUnit(ay / ax) : HALF_PI - atanUnit(ax / ay);
  const quadrant = x < 0 ? Math.PI - a : a;
  return y < 0 ? -quadrant : quadrant;
}

// sinApprox's polynomial (detmath.ts), for |x| ≤ π/2 where its range reduction is the identity.
export const SIN_3 = -1 / 6;
export const SIN_5 = 1 / 120;
export const SIN_7 = -1 / 5040;
export const SIN_9 = 1 / 362880;
export const SIN_11 = -1 / 39916800;
export const SIN_13 = 1 / 6227020800;

/**
 * sin x for |x| ≤ π/2: the same bits as sinApprox there (a test checks it), without its range
 * reduction, small enough for V8 to inline into the per-tick turn.
 */
export function sinSmall(x: number): number {
  const x2 = x * x;
  let p = SIN_13;
  p = p * x2 + SIN_11;
  p = p * x2 + SIN_9;
  p = p * x2 + SIN_7;
  p = p * x2 + SIN_5;
  p = p * x2 + SIN_3;
  return x + x * x2 * p;
}
