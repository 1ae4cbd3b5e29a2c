/**
 * The kiosk soak's pass rule over its per-cycle records, and how the records are printed.
 *
 * Warm-up: the first max(2, ⌈10 % of the cycles⌉) cycles (the page's code, fonts, textures, worker
 * pools and caches arrive there). Heap growth compares the median main-thread heap of the first w
 * cycles after warm-up with the median of the last w cycles, w = min(3, ⌊post-warm-up cycles / 2⌋),
 * so the two windows never overlap; growth must stay below 10 %. At least 2 cycles after warm-up are
 * needed to judge (fewer: the heap criterion fails as "too few cycles").
 * Errors: no console error, no page error, no kiosk self-recovery, no page reload, in any cycle.
 * Resets: every visit's idle reset reached the attract loop.
 * Texture memory: the pixels of the game's textures (outside the JS heap, so a texture left behind
 * is invisible to the heap figure) are compared the same way and must also grow < 10 %.
 * DOM nodes and event listeners are compared the same way and reported, not gated; so is, with
 * `--split`, the heap split into compiled code and the rest (from a heap snapshot each cycle).
 */

export interface CycleRecord {
  readonly cycle: number;
  /** Seconds since the soak started, at the end of the cycle. */
  readonly atS: number;
  readonly route: string;
  readonly level: string | null;
  readonly actions: string;
  readonly heapMB: number;
  readonly domNodes: number;
  readonly elements: number;
  readonly listeners: number;
  /** Phaser's textures, and the MB of pixels their sources hold. */
  readonly textures: number;
  readonly textureMB: number;
  /** With `--split`: the JS heap's compiled code and everything else, MB, from a heap snapshot (else null). */
  readonly codeMB: number | null;
  readonly dataMB: number | null;
  readonly errors: number;
  readonly restarts: number;
  readonly reloads: number;
  readonly longTasks: number;
  readonly worstLongTaskMs: number;
  /** The idle reset reached the attract loop. */
  readonly reachedAttract: boolean;
  /** From the visitor's last touch to the attract loop running, ms (null: not reached). */
  readonly resetMs: number | null;
}

export const HEAP_GROWTH_LIMIT = 0.1;

export interface Growth {
  readonly first: number;
  readonly last: number;
  /** (last − first) / first */
  readonly ratio: number;
  /** Cycles in each compared window. */
  readonly window: number;
}

export interface Verdict {
  readonly pass: boolean;
  /** Each criterion that failed, in words. */
  readonly failures: readonly string[];
  readonly warmup: number;
  readonly heap: Growth | null;
  readonly domNodes: Growth | null;
  readonly listeners: Growth | null;
  readonly textureMB: Growth | null;
  readonly codeMB: Growth | null;
  readonly dataMB: Growth | null;
  readonly errors: number;
  readonly resetsReached: number;
  readonly worstLongTaskMs: number;
  readonly longTasks: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function warmupCycles(cycles: number): number {
  return Math.max(2, Math.ceil(cycles * 0.1));
}

/** Growth of a figure between the first and last windows after warm-up, or null with too few cycles. */
export function growth(values: readonly number[], warmup: number): Growth | null {
  const post = values.slice(warmup);
  const window = Math.min(3, Math.floor(post.length / 2));
  if (window < 1) return null;
  const first = median(post.slice(0, window));
  const last = median(post.slice(post.length - window));
  return { first, last, ratio: first > 0 ? (last - first) / first : 0, window };
}

export function judge(records: readonly CycleRecord[]): Verdict {
  const warmup = warmupCycles(records.length);
  const heap = growth(
    records.map((r) => r.heapMB),
    warmup,
  );
  const errors = records.reduce((s, r) => s + r.errors + r.restarts + r.reloads, 0);
  const resetsReached = records.filter((r) => r.reachedAttract).length;
  const failures: string[] = [];
  if (records.length === 0) failures.push('no cycle completed');
  if (heap === null) {
    failures.push(`heap: too few cycles to judge (${records.length}; needs warm-up ${warmup} + 2)`);
  } else if (!(heap.ratio < HEAP_GROWTH_LIMIT)) {
    failures.push(grewTooMuch('heap', heap));
  }
  const textureMB = growth(
    records.map((r) => r.textureMB),
    warmup,
  );
  if (textureMB !== null && !(textureMB.ratio < HEAP_GROWTH_LIMIT))
    failures.push(grewTooMuch('texture memory', textureMB));
  if (errors > 0) failures.push(`errors: ${errors} (console/page errors, kiosk recoveries, reloads; must be 0)`);
  if (resetsReached < records.length) {
    failures.push(`resets: ${records.length - resetsReached} of ${records.length} did not reach the attract loop`);
  }
  return {
    pass: failures.length === 0,
    failures,
    warmup,
    heap,
    domNodes: growth(
      records.map((r) => r.domNodes),
      warmup,
    ),
    listeners: growth(
      records.map((r) => r.listeners),
      warmup,
    ),
    textureMB,
    codeMB: split(records, (r) => r.codeMB, warmup),
    dataMB: split(records, (r) => r.dataMB, warmup),
    errors,
    resetsReached,
    worstLongTaskMs: records.reduce((m, r) => Math.max(m, r.worstLongTaskMs), 0),
    longTasks: records.reduce((s, r) => s + r.longTasks, 0),
  };
}

function grewTooMuch(what: string, g: Growth): string {
  return `${what} grew ${pct(g.ratio)} after warm-up (${g.first.toFixed(1)} → ${g.last.toFixed(1)} MB; limit < 10 %)`;
}

function split(
  records: readonly CycleRecord[],
  pick: (r: CycleRecord) => number | null,
  warmup: number,
): Growth | null {
  const values = records.map(pick);
  return values.every((v) => v !== null) ? growth(values, warmup) : null;
}

export function pct(ratio: number): string {
  return `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;
}

const COLUMNS: readonly [string, number, (r: CycleRecord) => string][] = [
  ['cycle', 5, (r) => String(r.cycle)],
  ['at s', 6, (r) => String(r.atS)],
  ['heap MB', 8, (r) => r.heapMB.toFixed(2)],
  ['nodes', 6, (r) => String(r.domNodes)],
  ['elems', 6, (r) => String(r.elements)],
  ['lstnrs', 6, (r) => String(r.listeners)],
  ['tex', 4, (r) => String(r.textures)],
  ['tex MB', 6, (r) => r.textureMB.toFixed(1)],
  ['code', 5, (r) => r.codeMB?.toFixed(2) ?? '—'],
  ['data', 5, (r) => r.dataMB?.toFixed(2) ?? '—'],
  ['err', 4, (r) => String(r.errors + r.restarts + r.reloads)],
  ['long', 5, (r) => String(r.longTasks)],
  ['worst', 6, (r) => `${r.worstLongTaskMs}`],
  ['attract', 7, (r) => (r.reachedAttract ? 'yes' : 'NO')],
  ['reset s', 7, (r) => (r.resetMs === null ? '—' : (r.resetMs / 1000).toFixed(1))],
  ['visit', 0, (r) => `${r.level ?? '?'}: ${r.actions}`],
];

export function tableHeader(): string {
  return COLUMNS.map(([name, w]) => name.padStart(w)).join('  ');
}

export function tableRow(r: CycleRecord): string {
  return COLUMNS.map(([, w, f]) => f(r).padStart(w)).join('  ');
}

const CSV_FIELDS: readonly (keyof CycleRecord)[] = [
  'cycle',
  'atS',
  'route',
  'level',
  'actions',
  'heapMB',
  'domNodes',
  'elements',
  'listeners',
  'textures',
  'textureMB',
  'codeMB',
  'dataMB',
  'errors',
  'restarts',
  'reloads',
  'longTasks',
  'worstLongTaskMs',
  'reachedAttract',
  'resetMs',
];

export function csvHeader(): string {
  return CSV_FIELDS.join(',');
}

export function csvRow(r: CycleRecord): string {
  return CSV_FIELDS.map((f) => {
    const v = r[f];
    const s = v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}
