/**
 * Axis scales for the charts: "nice" linear ticks (1, 2, 5 × 10^k), decade ticks for a log axis,
 * and short tick labels. Pure functions: no pixi, testable in Node.
 */

export interface Ticks {
  /** Axis domain after rounding out to whole steps. */
  readonly lo: number;
  readonly hi: number;
  /** Tick positions in data units, lo … hi inclusive. */
  readonly values: number[];
}

/** The 1-2-5 step that cuts `span` into at most `maxTicks` − 1 intervals. */
export function niceStep(span: number, maxTicks: number): number {
  const raw = span / Math.max(1, maxTicks - 1);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nice * mag;
}

/** Linear ticks covering [lo, hi], at most `maxTicks` of them (3 when lo < 0 < hi), the domain rounded out to whole steps. */
export function linearTicks(lo: number, hi: number, maxTicks: number): Ticks {
  let a = lo;
  let b = hi;
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    a = 0;
    b = 1;
  }
  if (a === b) {
    const pad = a === 0 ? 1 : Math.abs(a) * 0.1;
    a -= pad;
    b += pad;
  }
  // A domain across 0 rounded out to whole steps has at least 3 ticks (−s, 0, s).
  const budget = Math.max(maxTicks, a < 0 && b > 0 ? 3 : 2);
  let step = niceStep(b - a, budget);
  let first = Math.floor(a / step) * step;
  let last = Math.ceil(b / step) * step;
  // Rounding out can add an interval: widen the step until the count fits.
  for (let guard = 0; Math.round((last - first) / step) + 1 > budget && guard < 64; guard++) {
    step = niceStep(step * budget, budget);
    first = Math.floor(a / step) * step;
    last = Math.ceil(b / step) * step;
  }
  const values: number[] = [];
  const n = Math.round((last - first) / step);
  for (let i = 0; i <= n; i++) values.push(roundTo(first + i * step, step));
  // floor(a / step) · step can round one ulp past the data when the span is near the float
  // resolution of the values (1e-6 around 2.5e5): the domain still covers every point.
  return { lo: Math.min(first, a), hi: Math.max(last, b), values };
}

/**
 * Ticks for an index axis (steps, generations) over exactly [0, last]: whole-number 1-2-5 steps,
 * the domain not rounded out (so the line reaches the right edge), at most `maxTicks`.
 */
export function indexTicks(last: number, maxTicks: number): Ticks {
  const hi = Math.max(1, last);
  // The smallest whole 1-2-5 step whose ticks 0, step, 2·step … ≤ hi fit the budget.
  let step = 1;
  for (let k = 0; Math.floor(hi / step) + 1 > maxTicks; k++)
    step = [1, 2, 5][(k + 1) % 3]! * 10 ** Math.floor((k + 1) / 3);
  const values: number[] = [];
  for (let v = 0; v <= hi + 1e-9; v += step) values.push(v);
  return { lo: 0, hi, values };
}

/** Decade ticks 10^k covering [lo, hi] (both > 0); at most `maxTicks`, skipping decades if needed. */
export function logTicks(lo: number, hi: number, maxTicks: number): Ticks {
  const a = Math.floor(Math.log10(lo > 0 && Number.isFinite(lo) ? lo : 1e-3));
  let b = Math.ceil(Math.log10(hi > 0 && Number.isFinite(hi) ? hi : 1));
  if (b <= a) b = a + 1;
  const every = Math.max(1, Math.ceil((b - a + 1) / maxTicks));
  const values: number[] = [];
  for (let k = a; k <= b; k += every) values.push(10 ** k);
  return { lo: 10 ** a, hi: 10 ** b, values };
}

/** Removes float noise such as 0.30000000000000004 by rounding to the step's decimals. */
function roundTo(v: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(Math.min(decimals, 12)));
}

/** A short tick label: 0, 12, 0.25, 1.5k, 2M, 1e-4, 1e+9; `decimal` is the language's separator ("0,25"). */
export function formatTick(v: number, decimal = '.'): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e9 || a < 1e-3) return v.toExponential(0).replace('e+', 'e');
  if (a >= 1e6) return `${trim(v / 1e6)}M`.replace('.', decimal);
  if (a >= 1e4) return `${trim(v / 1e3)}k`.replace('.', decimal);
  return trim(v).replace('.', decimal);
}

function trim(v: number): string {
  return String(Number(v.toPrecision(3)));
}

/**
 * Which tick labels to write so that none overlaps the last one written: each tick's position along
 * the axis (px, in drawing order) and its label's extent along that axis (px), with `gap` px between.
 */
export function legibleTicks(positions: readonly number[], extents: readonly number[], gap: number): boolean[] {
  const out: boolean[] = [];
  let last = -Infinity;
  let lastHalf = 0;
  positions.forEach((p, i) => {
    const half = (extents[i] ?? 0) / 2;
    const room = Math.abs(p - last) >= lastHalf + half + gap;
    out.push(room);
    if (room) {
      last = p;
      lastHalf = half;
    }
  });
  return out;
}
