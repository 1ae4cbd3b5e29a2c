/**
 * `npm run soak -- --minutes N`: the museum kiosk soak (issue 7 §2). Drives the built game in kiosk
 * mode in Debian Chromium (1366×768 unless --size, touch) with short idle times, cycle after cycle:
 *
 *   attract loop showing → a visitor taps in and plays (scripts/soak/visitor.ts, real touch events)
 *   → stops touching → "Still there?" → idle reset → the attract loop is back (checked through ?inspect)
 *   → forced GC → JS heap, DOM nodes, event listeners, long tasks and errors of the cycle recorded.
 *
 * Pass (scripts/soak/verdict.ts): after warm-up (the first max(2, ⌈10 %⌉) cycles) the median heap of
 * the last up-to-3 cycles is < 10 % above the median of the first up-to-3 post-warm-up cycles; 0 console
 * or page errors, 0 kiosk self-recoveries and reloads; every idle reset reaches the attract loop; every
 * visit could be played. Exits 1 naming each failed criterion.
 *
 *   npm run soak -- --minutes 3            build the game, soak 3 minutes (npm test passes --no-build)
 *   npm run soak -- --minutes 480          a museum day
 *   --seed N       the visitors' choices (default 1; the same seed, the same visits)
 *   --idle S --reset S   kiosk idle warning / reset in seconds (default 6 / 12)
 *   --size WxH     the screen (default 1366x768: software rendering on a shared CI stays light; a kiosk is 1920x1080)
 *   --no-build     soak the build already in dist/
 *   --json         print one JSON object (the summary) as the last line
 *   --trace        print every tap and every change of the kiosk's phase and scene (to see a failure)
 *   --renderer R   webgl or canvas: what the game draws with (default: its own choice, Canvas 2D under
 *                  this software WebGL; `--renderer webgl` soaks the path a kiosk with a GPU takes)
 *   --snapshots    write a main-thread heap snapshot after warm-up and after the last cycle, to compare
 *                  with `npx tsx scripts/heap-diff.ts A.heapsnapshot B.heapsnapshot` (what grew)
 *   --split        every cycle, also split the JS heap into compiled code and the rest (the page's data)
 *                  from a heap snapshot (reported, not gated; a few seconds a cycle)
 *
 * Every cycle is appended to test-output/soak/soak-<start time>.csv as it ends; the summary and all
 * cycles go to the .json beside it.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InspectState } from '../src/app/inspect';
import { Rng } from '../src/core/rng';
import { openBrowser } from '../tests/e2e/browser';
import { buildGame, startPreview } from '../tests/e2e/server';
import { PageProbe, type LongTasks, type PageFigures } from './soak/probe';
import {
  csvHeader,
  csvRow,
  judge,
  pct,
  warmupCycles,
  tableHeader,
  tableRow,
  type CycleRecord,
  type Growth,
} from './soak/verdict';
import { planVisit } from './soak/plan';
import { Visitor, type VisitLog } from './soak/visitor';

const OUT_DIR = 'test-output/soak';
/** After the attract loop is back, this long before measuring (its first frames and demo start). */
const SETTLE_MS = 1500;

function option(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`--${name} needs a positive number, not ${argv[i + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return v;
}

const flags = new Set(process.argv.slice(2));
const minutes = option('minutes', 3);
const seed = Math.floor(option('seed', 1));
const idleS = option('idle', 6);
const resetS = option('reset', 12);
const size = /^(\d+)x(\d+)$/.exec(process.argv[process.argv.indexOf('--size') + 1] ?? '') ?? [, '1366', '768'];
const viewport = { width: Number(size[1]), height: Number(size[2]) };
const json = flags.has('--json');
const rendererAt = process.argv.indexOf('--renderer');
const renderer = rendererAt > 0 ? process.argv[rendererAt + 1] : undefined;
if (renderer !== undefined && renderer !== 'webgl' && renderer !== 'canvas') {
  console.error(`--renderer needs webgl or canvas, not ${renderer}`);
  process.exit(2);
}

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

const t0 = Date.now();
const elapsed = (): string => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
/** The kiosk's attract loop is (back) on screen, after a reload too; its state. */
async function backAtAttract(visitor: Visitor): Promise<InspectState> {
  for (let attempt = 0; ; attempt++) {
    try {
      await visitor.page.waitForFunction(() => 'weightlings' in window, null, { timeout: 60_000 });
      return await visitor.until((s) => s.kiosk === 'attract' && s.scene === 'attract', 60_000, 'the attract loop');
    } catch (e) {
      if (attempt >= 2) throw e;
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function growthJson(g: Growth | null, unit: number): object | null {
  return (
    g && { first: g.first / unit, last: g.last / unit, growthPercent: +(g.ratio * 100).toFixed(2), window: g.window }
  );
}

async function main(): Promise<number> {
  if (!flags.has('--no-build') || !existsSync('dist/index.html')) buildGame();
  mkdirSync(OUT_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const base = join(OUT_DIR, `soak-${stamp}`);
  writeFileSync(`${base}.csv`, `${csvHeader()}\n`);
  const server = await startPreview();
  const session = await openBrowser({ ...viewport, touch: true });
  const records: CycleRecord[] = [];
  const visitProblems: string[] = [];
  const errorLog: string[] = [];
  const kioskLog: string[] = [];
  const started = Date.now();
  try {
    const { page, context } = session;
    const probe = await PageProbe.attach(context, page);
    const master = new Rng(seed);
    const url = `${server.url}?kiosk&inspect&idle=${idleS}&reset=${resetS}${renderer ? `&renderer=${renderer}` : ''}`;
    await page.goto(url);
    await page.waitForFunction(() => 'weightlings' in window, null, { timeout: 60_000 });
    // --trace: every tap and every change of the kiosk's phase or scene, with the time.
    const trace = flags.has('--trace') ? (what: string): void => console.log(`  ${elapsed()} ${what}`) : undefined;
    if (trace) {
      let last = '';
      const watch = setInterval(() => {
        void page
          .evaluate(() =>
            (window as unknown as { weightlings?: { state(): { kiosk: string; scene: string } } }).weightlings?.state(),
          )
          .then((s) => {
            const now = s ? `${s.kiosk} / ${s.scene}` : 'no state';
            if (now !== last) trace(`state ${(last = now)}`);
          })
          .catch(() => undefined);
      }, 100);
      watch.unref();
    }
    const boot = new Visitor(page, probe.cdp, master.fork());
    await boot.until((s) => s.kiosk === 'attract' && s.scene === 'attract', 60_000, 'the attract loop at start');
    await probe.takeLongTasks();
    console.log(
      `kiosk soak: ${minutes} min, seed ${seed}, ${viewport.width}×${viewport.height}, idle ${idleS} s / reset ${resetS} s, ${url}, commit ${commit()}`,
    );
    console.log(tableHeader());
    let cycle = 0;
    while (Date.now() - started < minutes * 60_000) {
      cycle++;
      const cycleRng = master.fork();
      // The first 2 cycles (the shortest warm-up) are tours: every route and kind of step once.
      const plan = planVisit(cycleRng, idleS * 1000, cycle <= warmupCycles(0) ? cycle - 1 : null);
      const visitor = new Visitor(page, probe.cdp, cycleRng.fork(), trace);
      const problem = (e: unknown): void => {
        const line = `cycle ${cycle}: ${e instanceof Error ? e.message.split('\n')[0]! : String(e)}`;
        visitProblems.push(line);
        console.log(`      ! ${line.slice(0, 200)}`);
      };
      const before = {
        errors: probe.errors.length,
        kiosk: probe.kioskLog.length,
        reloads: probe.reloads,
        state: await backAtAttract(visitor),
      };
      let log: VisitLog | null = null;
      try {
        log = await visitor.visit(plan);
      } catch (e) {
        problem(e);
      }
      let away: Awaited<ReturnType<Visitor['walkAway']>>;
      try {
        away = await visitor.walkAway(plan, (resetS + 25) * 1000);
      } catch (e) {
        // The page navigated away under the visitor (the kiosk reloaded itself): wait for it to come back.
        problem(e);
        away = { reached: false, resetMs: null, keptPlaying: false, state: await backAtAttract(visitor) };
      }
      await sleep(SETTLE_MS);
      const measure = async (): Promise<[LongTasks, PageFigures]> => {
        const long = await probe.takeLongTasks();
        const fig = await probe.figures();
        await probe.takeLongTasks(); // the forced GC's own pause is not the game's
        return [long, fig];
      };
      const [long, fig] = await measure().catch(async () => {
        await backAtAttract(visitor);
        return measure();
      });
      const heapSplit = flags.has('--split') ? await probe.heapSplit() : null;
      if (heapSplit) await probe.takeLongTasks(); // the snapshot's pause is not the game's
      const newErrors = probe.errors.slice(before.errors);
      errorLog.push(...newErrors.map((e) => `cycle ${cycle}: ${e}`));
      kioskLog.push(...probe.kioskLog.slice(before.kiosk).map((e) => `cycle ${cycle}: ${e}`));
      const reloaded = probe.reloads > before.reloads;
      const reachedByReset = !reloaded && away.reached && away.state.kioskResets > before.state.kioskResets;
      const record: CycleRecord = {
        cycle,
        atS: Math.round((Date.now() - started) / 1000),
        route: plan.route,
        level: log?.level ?? null,
        actions: log ? [...log.done, ...(away.keptPlaying ? ['keep-playing'] : [])].join(' ') : 'FAILED',
        heapMB: +(fig.heapBytes / 1048576).toFixed(3),
        domNodes: fig.domNodes,
        elements: fig.attachedElements,
        listeners: fig.listeners,
        textures: fig.textures,
        textureMB: +(fig.textureBytes / 1048576).toFixed(3),
        codeMB: heapSplit && +(heapSplit.codeBytes / 1048576).toFixed(3),
        dataMB: heapSplit && +(heapSplit.dataBytes / 1048576).toFixed(3),
        errors: newErrors.length,
        // A reload starts the page's counts afresh.
        restarts: reloaded ? away.state.kioskRestarts : away.state.kioskRestarts - before.state.kioskRestarts,
        reloads: probe.reloads - before.reloads,
        longTasks: long.count,
        worstLongTaskMs: long.worstMs,
        reachedAttract: reachedByReset,
        resetMs: reachedByReset ? away.resetMs : null,
      };
      records.push(record);
      console.log(tableRow(record));
      // What went wrong in this cycle, at once (a long run's summary comes hours later).
      const said = [...newErrors, ...probe.kioskLog.slice(before.kiosk), ...(reloaded ? ['the page reloaded'] : [])];
      for (const line of said) console.log(`      ! ${line.split('\n')[0]!.slice(0, 200)}`);
      appendFileSync(`${base}.csv`, `${csvRow(record)}\n`);
      if (flags.has('--snapshots') && (cycle === warmupCycles(0) + 1 || Date.now() - started >= minutes * 60_000)) {
        const file = `${base}-cycle${cycle}.heapsnapshot`;
        await probe.heapSnapshot(file);
        await probe.takeLongTasks();
        console.log(`      heap snapshot: ${file}`);
      }
    }
  } finally {
    await session.close().catch(() => undefined);
    server.stop();
  }
  const verdict = judge(records);
  const failures = [...verdict.failures];
  if (visitProblems.length > 0)
    failures.push(`visits: ${visitProblems.length} could not be played (the game did not answer)`);
  const pass = failures.length === 0;
  const summary = {
    pass,
    failures,
    minutes,
    seed,
    commit: commit(),
    cycles: records.length,
    warmupCycles: verdict.warmup,
    heapMB: growthJson(verdict.heap, 1),
    heapMBFirstCycle: records[0]?.heapMB ?? null,
    heapMBLastCycle: records.at(-1)?.heapMB ?? null,
    domNodes: growthJson(verdict.domNodes, 1),
    domNodesFirstCycle: records[0]?.domNodes ?? null,
    domNodesLastCycle: records.at(-1)?.domNodes ?? null,
    listeners: growthJson(verdict.listeners, 1),
    textureMB: growthJson(verdict.textureMB, 1),
    codeMB: growthJson(verdict.codeMB, 1),
    dataMB: growthJson(verdict.dataMB, 1),
    texturesFirstCycle: records[0]?.textures ?? null,
    texturesLastCycle: records.at(-1)?.textures ?? null,
    errors: verdict.errors,
    resetsReachedAttract: `${verdict.resetsReached}/${records.length}`,
    longTasks: verdict.longTasks,
    worstLongTaskMs: verdict.worstLongTaskMs,
    medianResetS: median(records.flatMap((r) => (r.resetMs === null ? [] : [r.resetMs / 1000]))),
    report: { csv: `${base}.csv`, json: `${base}.json` },
  };
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ ...summary, errorLog, kioskLog, visitProblems, records }, null, 2)}\n`,
  );
  printSummary(summary, verdict.heap, [...errorLog, ...kioskLog], visitProblems);
  if (json) console.log(JSON.stringify(summary));
  return pass ? 0 : 1;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return +s[s.length >> 1]!.toFixed(2);
}

function printSummary(
  s: { pass: boolean; failures: string[]; cycles: number; warmupCycles: number } & Record<string, unknown>,
  heap: Growth | null,
  errorLog: string[],
  visitProblems: string[],
): void {
  console.log('');
  console.log(`cycles: ${s.cycles} (warm-up: the first ${s.warmupCycles})`);
  if (heap) {
    console.log(
      `heap after warm-up: ${heap.first.toFixed(2)} → ${heap.last.toFixed(2)} MB (${pct(heap.ratio)}; medians of ${heap.window} cycles; limit < 10 %)`,
    );
  }
  const split = [s.codeMB, s.dataMB] as ({ first: number; last: number; growthPercent: number } | null)[];
  if (split[0] && split[1]) {
    const [code, data] = split;
    console.log(
      `JS heap split after warm-up: compiled code ${code.first.toFixed(2)} → ${code.last.toFixed(2)} MB (${code.growthPercent} %), the rest ${data.first.toFixed(2)} → ${data.last.toFixed(2)} MB (${data.growthPercent} %)`,
    );
  }
  console.log(`DOM nodes: ${String(s.domNodesFirstCycle)} → ${String(s.domNodesLastCycle)} (first → last cycle)`);
  console.log(
    `textures: ${String(s.texturesFirstCycle)} → ${String(s.texturesLastCycle)} (first → last cycle); pixels after warm-up: ${JSON.stringify(s.textureMB)}`,
  );
  console.log(
    `errors: ${String(s.errors)}; resets reached attract: ${String(s.resetsReachedAttract)}; long tasks: ${String(s.longTasks)}, worst ${String(s.worstLongTaskMs)} ms`,
  );
  for (const line of [...errorLog, ...visitProblems].slice(0, 20)) console.log(`  ${line}`);
  const report = s.report as { csv: string; json: string };
  console.log(`report: ${report.csv}, ${report.json}`);
  console.log(s.pass ? 'soak: PASS' : `soak: FAIL — ${s.failures.join('; ')}`);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`soak: FAIL — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
