/**
 * Deterministic elementary functions built from + − × ÷ and comparisons only.
 *
 * IEEE-754 requires + − × ÷ to be correctly rounded, so these give the same bits in every JS
 * engine; `Math.exp`, `Math.log`, `Math.tanh` and `Math.sin` are only "implementation-approximated"
 * by ECMAScript and do differ between engines. `Math.round`/`Math.floor` are exact and allowed.
 *
 * Maximum errors (measured by tests/unit/core/detmath.test.ts against Math.*):
 *   detExp, detLog: relative 1e-14;  tanhApprox: absolute 5e-7;  sinApprox: absolute 1e-7.
 */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;

/** 2^k for integer k in [-1074, 1023], built by exact doubling and halving. */
const POW2 = new Float64Array(1074 + 1024);
(function buildPow2(): void {
  let p = 1;
  for (let k = 0; k <= 1023; k++) {
    POW2[1074 + k] = p;
    p *= 2;
  }
  p = 1;
  for (let k = 0; k >= -1074; k--) {
    POW2[1074 + k] = p;
    p /= 2;
  }
})();

/** e^x. Range reduction x = k·ln2 + r with |r| ≤ ln2/2, then a degree-13 Taylor polynomial. */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Horner form of Σ r^n / n!, n = 0..13.
  let p = 1 / 6227020800;
  p = p * r + 1 / 479001600;
  p = p * r + 1 / 39916800;
  p = p * r + 1 / 3628800;
  p = p * r + 1 / 362880;
  p = p * r + 1 / 40320;
  p = p * r + 1 / 5040;
  p = p * r + 1 / 720;
  p = p * r + 1 / 120;
  p = p * r + 1 / 24;
  p = p * r + 1 / 6;
  p = p * r + 0.5;
  p = p * r + 1;
  p = p * r + 1;
  if (k < -1022) return p * (POW2[1074 + k + 60] as number) * (POW2[1074 - 60] as number);
  return p * (POW2[1074 + k] as number);
}

const SQRT2 = 1.4142135623730951;
const SQRT1_2 = 0.7071067811865476;

/** Natural logarithm. x = m·2^e with m in [√½, √2), then log m = 2·atanh((m−1)/(m+1)) as a series. */
export function detLog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let m = x;
  let e = 0;
  while (m >= 4294967296) {
    m /= 4294967296;
    e += 32;
  }
  while (m < 2.3283064365386963e-10) {
    m *= 4294967296;
    e -= 32;
  }
  while (m >= SQRT2) {
    m /= 2;
    e += 1;
  }
  while (m < SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  // 2·(s + s³/3 + … + s^23/23); |s| ≤ 0.1716 so the next term is below 1e-18.
  let p = 1 / 23;
  p = p * s2 + 1 / 21;
  p = p * s2 + 1 / 19;
  p = p * s2 + 1 / 17;
  p = p * s2 + 1 / 15;
  p = p * s2 + 1 / 13;
  p = p * s2 + 1 / 11;
  p = p * s2 + 1 / 9;
  p = p * s2 + 1 / 7;
  p = p * s2 + 1 / 5;
  p = p * s2 + 1 / 3;
  p = p * s2 + 1;
  return 2 * s * p + e * LN2_HI + e * LN2_LO;
}

// tanh as a 13/6 rational function of x on [−TANH_CLAMP, TANH_CLAMP] (the coefficients of Eigen's
// float tanh), saturating to ±1 outside. Odd numerator P(x²)·x, even denominator Q(x²).
const TANH_CLAMP = 7.90531110763549805;
const A1 = 4.89352455891786e-3;
const A3 = 6.37261928875436e-4;
const A5 = 1.48572235717979e-5;
const A7 = 5.12229709037114e-8;
const A9 = -8.60467152213735e-11;
const A11 = 2.00018790482477e-13;
const A13 = -2.76076847742355e-16;
const B0 = 4.89352518554385e-3;
const B2 = 2.268434632439e-3;
const B4 = 1.18534705686654e-4;
const B6 = 1.19825839466702e-6;

/** tanh(x) from + − × ÷ only; |error| < 5e-7 everywhere. */
export function tanhApprox(x: number): number {
  if (x > TANH_CLAMP) return 1;
  if (x < -TANH_CLAMP) return -1;
  const x2 = x * x;
  let p = A13;
  p = p * x2 + A11;
  p = p * x2 + A9;
  p = p * x2 + A7;
  p = p * x2 + A5;
  p = p * x2 + A3;
  p = p * x2 + A1;
  let q = B6;
  q = q * x2 + B4;
  q = q * x2 + B2;
  q = q * x2 + B0;
  return (x * p) / q;
}

/**
 * d/dx of `tanhApprox` — the derivative of the function actually computed (0 where it saturates),
 * so gradient checks agree to rounding, not just to the approximation error.
 */
export function tanhApproxDerivative(x: number): number {
  if (x > TANH_CLAMP || x < -TANH_CLAMP) return 0;
  const x2 = x * x;
  let p = A13;
  p = p * x2 + A11;
  p = p * x2 + A9;
  p = p * x2 + A7;
  p = p * x2 + A5;
  p = p * x2 + A3;
  p = p * x2 + A1;
  // dp/d(x²)
  let dp = 6 * A13;
  dp = dp * x2 + 5 * A11;
  dp = dp * x2 + 4 * A9;
  dp = dp * x2 + 3 * A7;
  dp = dp * x2 + 2 * A5;
  dp = dp * x2 + A3;
  let q = B6;
  q = q * x2 + B4;
  q = q * x2 + B2;
  q = q * x2 + B0;
  let dq = 3 * B6;
  dq = dq * x2 + 2 * B4;
  dq = dq * x2 + B2;
  // f = x·p/q;  f' = (p + 2x²·p')/q − x·p·2x·q'/q²
  const num = p + 2 * x2 * dp;
  return num / q - (2 * x2 * p * dq) / (q * q);
}

const TWO_PI_HI = 6.283185307179586232;
const TWO_PI_LO = 2.44929359829470635445e-16;
const INV_TWO_PI = 0.15915494309189533577;
const PI = 3.141592653589793116;
const HALF_PI = 1.570796326794896558;

/**
 * Reduces x to t in [−π/2, π/2] with sin(x) = sin(t); returns t and sets `reducedSign` to the
 * sign of dt/dx (+1 or −1). Module-level scratch so the hot path allocates nothing.
 */
let reducedSign = 1;
function reduceForSin(x: number): number {
  const k = Math.round(x * INV_TWO_PI);
  let r = x - k * TWO_PI_HI - k * TWO_PI_LO;
  reducedSign = 1;
  if (r > HALF_PI) {
    r = PI - r;
    reducedSign = -1;
  } else if (r < -HALF_PI) {
    r = -PI - r;
    reducedSign = -1;
  }
  return r;
}

// sin t ≈ t − t³/3! + … + t^13/13! on [−π/2, π/2]: |error| < 6e-11 (the next term, (π/2)^15/15!).
const S3 = -1 / 6;
const S5 = 1 / 120;
const S7 = -1 / 5040;
const S9 = 1 / 362880;
const S11 = -1 / 39916800;
const S13 = 1 / 6227020800;

/** sin(x) from + − × ÷ only, exact to 1e-10 for |x| < 1e6 (the range reduction loses bits beyond). */
export function sinApprox(x: number): number {
  const t = reduceForSin(x);
  const t2 = t * t;
  let p = S13;
  p = p * t2 + S11;
  p = p * t2 + S9;
  p = p * t2 + S7;
  p = p * t2 + S5;
  p = p * t2 + S3;
  return t + t * t2 * p;
}

/** d/dx of `sinApprox`: the derivative of the reduced polynomial, times dt/dx. */
export function sinApproxDerivative(x: number): number {
  const t = reduceForSin(x);
  const t2 = t * t;
  let p = 13 * S13;
  p = p * t2 + 11 * S11;
  p = p * t2 + 9 * S9;
  p = p * t2 + 7 * S7;
  p = p * t2 + 5 * S5;
  p = p * t2 + 3 * S3;
  return reducedSign * (1 + t2 * p);
}
