/**
 * The browser measurements behind `npm run budgets` (scripts/budgets.ts), each in a fresh headless
 * Chromium on the served build:
 *
 *   loadFigures       navigation → the title's Play button present, enabled and visible (an init
 *                     script watches the DOM), then the first tap → the level map; and every script
 *                     fetched before the title was interactive (page, workers), with its gzip size.
 *   smoothFigures     during Turbo evolution and a training Run: the longtask observer's worst task
 *                     and count, and the Long Animation Frames' worst frame and worst script time.
 *   frameRateFigures  frames per second of the Play scene (idle and during Turbo), and of an empty
 *                     Phaser scene on a test page of the same size, in the same run; and the empty
 *                     scene's longest task, beside the game's.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { openBrowser, type Session } from './browser';
import { state, until } from './inspect';

export interface ScriptFetch {
  readonly path: string;
  readonly gzipBytes: number;
}

export interface LoadFigures {
  /** Navigation start → the Play button is present, enabled and visible. */
  readonly titleInteractiveMs: number;
  /** Tap on Play at that moment → the level map's first world button is visible. */
  readonly tapToMapMs: number;
  /** Scripts fetched (page and workers) before the title was interactive. */
  readonly scripts: readonly ScriptFetch[];
  readonly firstLoadGzipBytes: number;
}

/** gzip size (level 9, as Vite reports it) of a file of the build. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const WATCH_TITLE = (): void => {
  const w = window as unknown as { __titleAt?: number };
  const check = (): void => {
    if (w.__titleAt !== undefined) return;
    const play = document.getElementById('play') as HTMLButtonElement | null;
    if (play && !play.disabled && play.getClientRects().length > 0) w.__titleAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
};

/**
 * A fresh browser whose pages know esbuild's `__name` helper: under tsx (scripts/budgets.ts) the
 * functions this file hands to the page are compiled with names kept, and call it.
 */
async function freshBrowser(): Promise<Session> {
  const s = await openBrowser();
  await s.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  return s;
}

/** As tests/e2e/inspect.ts `openLevel`: the title, Lab or Play, the world `levelId`, its first generation shown. */
async function openPlay(baseUrl: string, levelId: string): Promise<Session> {
  const s = await freshBrowser();
  await s.page.goto(`${baseUrl}?inspect`);
  await s.page
    .getByRole('button', { name: levelId.startsWith('lab-') ? 'Lab' : 'Play', exact: true })
    .click({ timeout: 30_000 });
  await s.page.locator(`#level-${levelId}`).click();
  await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
  return s;
}

export async function loadFigures(baseUrl: string, distDir: string): Promise<LoadFigures> {
  const s = await freshBrowser();
  try {
    const fetched: Request[] = [];
    s.context.on('request', (r) => {
      if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) fetched.push(r);
    });
    await s.page.addInitScript(WATCH_TITLE);
    await s.page.goto(baseUrl);
    await s.page.waitForFunction(() => (window as unknown as { __titleAt?: number }).__titleAt !== undefined, null, {
      timeout: 30_000,
      polling: 10,
    });
    const tapped = Date.now();
    await s.page.locator('#play').click();
    await s.page.locator('.level-button').first().waitFor({ state: 'visible', timeout: 30_000 });
    const tapToMapMs = Date.now() - tapped;
    const { at, origin } = await s.page.evaluate(() => ({
      at: (window as unknown as { __titleAt: number }).__titleAt,
      origin: performance.timeOrigin,
    }));
    const interactiveEpoch = origin + at;
    const seen = new Set<string>();
    const scripts: ScriptFetch[] = [];
    for (const f of fetched) {
      // The browser's own wall-clock start of the request (ms since 1970), like timeOrigin.
      const url = f.url();
      if (f.timing().startTime > interactiveEpoch || seen.has(url)) continue;
      seen.add(url);
      const path = new URL(url).pathname.replace(/^\//, '');
      const file = join(distDir, path);
      scripts.push({ path, gzipBytes: existsSync(file) ? gzipSize(file) : 0 });
    }
    return {
      titleInteractiveMs: at,
      tapToMapMs,
      scripts,
      firstLoadGzipBytes: scripts.reduce((a, b) => a + b.gzipBytes, 0),
    };
  } finally {
    await s.close();
  }
}

export interface PhaseFigures {
  /** Worst task of the longtask observer (ms) and how many tasks over 50 ms. */
  readonly longestTask: number;
  readonly longTasks: number;
  /** Worst Long Animation Frame (ms) and worst script time inside one frame (ms). */
  readonly worstFrame: number;
  readonly worstScript: number;
  /** Generations (Turbo) or steps (Run) done in the phase. */
  readonly work: number;
}

export interface SmoothFigures {
  readonly idle: PhaseFigures;
  readonly turbo: PhaseFigures;
  readonly run: PhaseFigures;
}

interface Watch {
  longestTask: number;
  longTasks: number;
  worstFrame: number;
  worstScript: number;
}

/** Starts (or restarts) counting long tasks and long animation frames in the page. */
function watch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __watch: Watch; __observers?: PerformanceObserver[] };
    for (const o of w.__observers ?? []) o.disconnect();
    w.__watch = { longestTask: 0, longTasks: 0, worstFrame: 0, worstScript: 0 };
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__watch.longTasks++;
        w.__watch.longestTask = Math.max(w.__watch.longestTask, e.duration);
      }
    });
    tasks.observe({ type: 'longtask', buffered: false });
    const frames = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { scripts?: { duration: number }[] })[]) {
        w.__watch.worstFrame = Math.max(w.__watch.worstFrame, e.duration);
        let script = 0;
        for (const x of e.scripts ?? []) script += x.duration;
        w.__watch.worstScript = Math.max(w.__watch.worstScript, script);
      }
    });
    frames.observe({ type: 'long-animation-frame', buffered: false });
    w.__observers = [tasks, frames];
  });
}

const read = (page: Page): Promise<Watch> => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

/** The forage world (the heaviest): 3 s idle, `seconds` of Turbo, then `seconds` of a training Run. */
export async function smoothFigures(baseUrl: string, seconds = 5): Promise<SmoothFigures> {
  const s = await openPlay(baseUrl, 'lab-forage-open');
  try {
    const { page } = s;
    await page.waitForTimeout(1000);
    await watch(page);
    await page.waitForTimeout(3000);
    const idle = { ...(await read(page)), work: 0 };
    const g0 = (await state(page)).generation;
    await watch(page);
    await page.getByRole('button', { name: 'Turbo' }).click();
    await page.waitForTimeout(seconds * 1000);
    await page.getByRole('button', { name: 'Stop' }).click();
    const turbo = { ...(await read(page)), work: (await state(page)).generation - g0 };
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(page, (x) => x.mode === 'train');
    await page.waitForTimeout(500);
    const s0 = (await state(page)).step;
    await watch(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForTimeout(seconds * 1000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const run = { ...(await read(page)), work: (await state(page)).step - s0 };
    if (s.errors.length > 0) throw new Error(`errors in the page: ${s.errors.join(' | ')}`);
    return { idle, turbo, run };
  } finally {
    await s.close();
  }
}

/** Frames counted with requestAnimationFrame over `ms`, per second. */
export function countFrames(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number): void => {
          frames++;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

export interface FrameRateFigures {
  readonly emptyFps: number;
  /** Longest task (longtask observer) while the empty Phaser scene draws, to compare with the game's. */
  readonly emptyLongestTask: number;
  readonly playIdleFps: number;
  readonly playTurboFps: number;
}

/** Play scene (forage world) idle and during Turbo, and the empty Phaser scene page, same size. */
export async function frameRateFigures(baseUrl: string, emptySceneUrl: string, ms = 3000): Promise<FrameRateFigures> {
  const empty = await freshBrowser();
  let emptyFps = 0;
  let emptyLongestTask = 0;
  try {
    await empty.page.goto(emptySceneUrl);
    await empty.page.waitForFunction(() => (window as unknown as { emptyReady?: boolean }).emptyReady === true);
    await empty.page.waitForTimeout(500);
    await watch(empty.page);
    emptyFps = await countFrames(empty.page, ms);
    emptyLongestTask = (await read(empty.page)).longestTask;
  } finally {
    await empty.close();
  }
  const s = await openPlay(baseUrl, 'lab-forage-open');
  try {
    await s.page.waitForTimeout(1000);
    const playIdleFps = await countFrames(s.page, ms);
    await s.page.getByRole('button', { name: 'Turbo' }).click();
    await s.page.waitForTimeout(500);
    const playTurboFps = await countFrames(s.page, ms);
    await s.page.getByRole('button', { name: 'Stop' }).click();
    return { emptyFps, emptyLongestTask, playIdleFps, playTurboFps };
  } finally {
    await s.close();
  }
}
