/**
 * `npm run budgets`: the performance budgets of issue 7 §6 measured on the built game, each beside
 * its limit; exits 1 when a gated budget is missed. `npm test` runs it after the browser tests.
 *
 *   npm run budgets                       build, then measure everything
 *   npm run budgets -- --no-build         measure the build already in dist/
 *   npm run budgets -- --no-bench         skip the engine benchmark (about 1–2 minutes)
 *   npm run budgets -- --json             also print one JSON object as the last line
 *
 * Gated: first-load JavaScript ≤ 400 KB gzip (every script the page and its workers fetched before
 * the title screen was interactive); navigation → interactive title ≤ 3 s (median of three loads);
 * the longest main-thread task (longtask observer) during Turbo and during a training Run in the
 * Lab's foragers ≤ 50 ms (median over three play sessions; each session and the worst are printed);
 * the engine benchmark's ratio targets (issues 2 and 3). Reported only: the precache size (when the
 * build has a service worker), the benchmark's absolute times, and the Play scene's frame rate
 * divided by an empty Phaser scene's in the same run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  frameRateFigures,
  gzipSize,
  loadFigures,
  smoothFigures,
  type LoadFigures,
  type SmoothFigures,
} from '../tests/e2e/budgets-measure';
import { buildGame, startPreview } from '../tests/e2e/server';
import { precacheBytes } from './budgets/precache';
import { serveTestPage } from '../tests/e2e/testPage';

const DIST = 'dist';
/** Play sessions measured for the longest-task budget (its median is gated). */
const SMOOTH_SESSIONS = 3;
const args = new Set(process.argv.slice(2));

interface Line {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The limit and which side of it passes; absent = reported only. */
  readonly limit?: { readonly max?: number; readonly min?: number };
}

const lines: Line[] = [];
const add = (name: string, value: number, unit: string, limit?: Line['limit']): void => {
  lines.push(limit === undefined ? { name, value, unit } : { name, value, unit, limit });
};
const passes = (l: Line): boolean =>
  l.limit === undefined ||
  (Number.isFinite(l.value) &&
    (l.limit.max === undefined || l.value <= l.limit.max) &&
    (l.limit.min === undefined || l.value >= l.limit.min));

/** Scripts the built index.html names (entry and module preloads), gzip bytes. */
function staticFirstLoad(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  return files.reduce((sum, f) => sum + gzipSize(join(DIST, f)), 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Engine benchmark targets (issue 2 §4, issue 3 §8): [row, field, limit]. */
const BENCH_TARGETS: readonly [string, string, Line['limit']][] = [
  ['forward_8_16_4', 'ratio', { min: 2.0 }],
  ['population256_8_16_4', 'ratio', { min: 2.0 }],
  ['forward_16_32_32_4', 'ratio', { min: 1.4 }],
  ['sgd_8_16_4', 'ratio', { min: 1.3 }],
  ['sgd_batch32_8_16_4', 'ratio', { min: 1.3 }],
  ['mutate_8_16_4', 'ratio', { min: 1.5 }],
  ['forward_8_16_4', 'gcs', { max: 0 }],
  ['forward_16_32_32_4', 'gcs', { max: 0 }],
  ['sgd_8_16_4', 'gcs', { max: 0 }],
  ['sgd_batch32_8_16_4', 'gcs', { max: 0 }],
  ['forage_gen_200x1000', 'tick_over_forward', { max: 3 }],
  ['forage_gen_200x1000', 'same_bits', { min: 1 }],
  ['landscape_41x41_pattern', 'same_bits', { min: 1 }],
];
/** Absolute times: reported beside their targets, not gated (the machine is shared). */
const BENCH_REPORTED: readonly [string, string, number][] = [
  ['forage_gen_200x1000', 'ms', 100],
  ['landscape_41x41_pattern', 'ms', 300],
  ['landscape_41x41_pattern', 'preview_ms', 60],
];

function runBench(): Record<string, Record<string, number>> {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/run.ts', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error('the engine benchmark failed');
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, Record<string, number>>;
}

async function measureBrowser(): Promise<void> {
  const server = await startPreview();
  const empty = await serveTestPage('empty-phaser.html');
  try {
    add('first-load JS, index.html entry + preloads (gzip)', staticFirstLoad() / 1000, 'kB');
    const loads: LoadFigures[] = [];
    for (let i = 0; i < 3; i++) loads.push(await loadFigures(server.url, DIST));
    const first = loads[0] as LoadFigures;
    add('first-load JS fetched before the title is interactive (gzip)', first.firstLoadGzipBytes / 1000, 'kB', {
      max: 400,
    });
    for (const s of first.scripts) console.log(`  ${(s.gzipBytes / 1000).toFixed(1).padStart(7)} kB  ${s.path}`);
    add('navigation → interactive title (median of 3)', median(loads.map((l) => l.titleInteractiveMs)), 'ms', {
      max: 3000,
    });
    add('tap on Play → level map shown (median of 3)', median(loads.map((l) => l.tapToMapMs)), 'ms');
    // Three sessions, each 5 s of Turbo then 5 s of a Run: the median of their longest tasks is gated,
    // so one scheduler hiccup of a shared machine is not taken for the game; all three are printed.
    const smooth: SmoothFigures[] = [];
    for (let i = 0; i < SMOOTH_SESSIONS; i++) smooth.push(await smoothFigures(server.url));
    const each = (pick: (f: SmoothFigures) => number): string => smooth.map((f) => pick(f).toFixed(0)).join(' / ');
    const worst = (pick: (f: SmoothFigures) => number): number => Math.max(...smooth.map(pick));
    add(
      'idle play: longest task (worst of 3)',
      worst((f) => f.idle.longestTask),
      'ms',
    );
    for (const [phase, label, work] of [
      ['turbo', 'Turbo', 'generations in 5 s'],
      ['run', 'Run', 'training steps in 5 s'],
    ] as const) {
      const longest = (f: SmoothFigures): number => f[phase].longestTask;
      add(
        `${label}: longest task, median of 3 (longtask observer; ${each(longest)} ms)`,
        median(smooth.map(longest)),
        'ms',
        {
          max: 50,
        },
      );
      add(`${label}: longest task, worst of 3`, worst(longest), 'ms');
      add(
        `${label}: tasks over 50 ms (3 sessions)`,
        smooth.reduce((n, f) => n + f[phase].longTasks, 0),
        '',
      );
      add(
        `${label}: worst animation frame (LoAF)`,
        worst((f) => f[phase].worstFrame),
        'ms',
      );
      add(
        `${label}: worst script time in one frame (LoAF)`,
        worst((f) => f[phase].worstScript),
        'ms',
      );
      add(`${label}: ${work} (median)`, median(smooth.map((f) => f[phase].work)), '');
    }
    const fps = await frameRateFigures(server.url, empty.url);
    add('empty Phaser scene', fps.emptyFps, 'fps');
    add('empty Phaser scene: longest task (same run)', fps.emptyLongestTask, 'ms');
    add('Play scene idle / empty scene', fps.playIdleFps / fps.emptyFps, '×');
    add('Play scene during Turbo / empty scene', fps.playTurboFps / fps.emptyFps, '×');
  } finally {
    await empty.close();
    server.stop();
  }
}

if (!args.has('--no-build')) buildGame();
const precache = precacheBytes(DIST);
if (!precache) console.log('precache: the build has no service worker (dist/sw.js)');
else add(`precache (${precache.files} files)`, precache.bytes / 1000, 'kB');
if (precache?.missing.length) console.log(`precache: listed but not in the build: ${precache.missing.join(', ')}`);
await measureBrowser();
if (!args.has('--no-bench')) {
  const bench = runBench();
  for (const [row, field, limit] of BENCH_TARGETS) add(`bench ${row}.${field}`, bench[row]?.[field] ?? NaN, '', limit);
  for (const [row, field, target] of BENCH_REPORTED) {
    add(`bench ${row}.${field} (target ${target}, not gated)`, bench[row]?.[field] ?? NaN, 'ms');
  }
}

let failed = 0;
for (const l of lines) {
  const ok = passes(l);
  if (!ok) failed++;
  const limit = l.limit === undefined ? '' : l.limit.max !== undefined ? `≤ ${l.limit.max}` : `≥ ${l.limit.min}`;
  const value = Number.isInteger(l.value) ? String(l.value) : l.value.toFixed(l.value < 10 ? 2 : 0);
  const mark = l.limit === undefined ? '  ' : ok ? 'ok' : 'NO';
  console.log(`${mark} ${l.name.padEnd(62)} ${`${value} ${l.unit}`.padStart(12)}  ${limit}`);
}
console.log(failed === 0 ? 'budgets: all met' : `budgets: ${failed} missed`);
if (args.has('--json')) console.log(JSON.stringify(lines.map((l) => ({ ...l, ok: passes(l) }))));
process.exit(failed === 0 ? 0 : 1);
