/**
 * Faults survived (issue 7 §3), in real Chromium, in the forage world:
 *   - a pool worker crashes while Turbo runs: it is replaced, its piece retried, the player is told
 *     (a calm notice, 'workers.poolRestarted'; a kiosk says nothing and recovers), generations go on;
 *   - the trainer worker crashes during a Run: the player is told ('error.worker'), the creature
 *     and what it has learned so far are kept, and Run trains again (a new trainer worker);
 *   - the WebGL context of the game canvas and of the microscope canvas is lost and restored
 *     (WEBGL_lose_context): play continues and both canvases draw again (with ?renderer=webgl, the
 *     path a machine with a GPU takes; without a GPU the game draws with Canvas 2D).
 * A crash is an uncaught error thrown inside the worker (what a bug or an out-of-memory abort
 * looks like to the page). Storage switched off, storage full and a corrupt save are the browser
 * tests of saves.e2e.test.ts.
 */
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { screenshot, type Session } from './browser';
import { openLevel, state, until } from './inspect';
import { canvasVariance } from './pixels';
import { PNG } from './png';

/** Brightness variance of the top third of the microscope (the brain panel in evolve mode). */
async function brainPanelVariance(page: Page): Promise<number> {
  const box = await page.locator('#microscope canvas').boundingBox();
  if (!box) return 0;
  const clip = { x: box.x + 20, y: box.y + 50, width: box.width - 40, height: box.height * 0.3 - 50 };
  const img = PNG.decode(await page.screenshot({ clip }));
  let sum = 0;
  let sum2 = 0;
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) {
    const v = 0.299 * img.rgba[i * 4]! + 0.587 * img.rgba[i * 4 + 1]! + 0.114 * img.rgba[i * 4 + 2]!;
    sum += v;
    sum2 += v * v;
  }
  return sum2 / n - (sum / n) ** 2;
}

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const CRASH = 'crashed on purpose by the faults test';

/** Throws an uncaught error inside the worker, outside any handler. */
async function crash(worker: Worker): Promise<void> {
  await worker.evaluate((message) => {
    setTimeout(() => {
      throw new Error(message);
    }, 0);
  }, CRASH);
}

function workersLike(page: Page, pattern: RegExp): Worker[] {
  return page.workers().filter((w) => pattern.test(new URL(w.url()).pathname));
}

/** Console errors other than the crash the test caused itself. */
const otherErrors = (session: Session): string[] => session.errors.filter((e) => !e.includes(CRASH));

describe('faults survived', () => {
  it('a pool worker crashes during Turbo: it is replaced, the player is told, the generations go on', async () => {
    s = await openLevel(inject('baseUrl'), 'forage');
    const { page } = s;
    const poolWorkers = workersLike(page, /\/worker-[^/]*\.js$/);
    expect(poolWorkers.length).toBeGreaterThan(0);
    const notice = page.locator('[data-notice="workers.poolRestarted"]');
    expect(await notice.count()).toBe(0);
    await page.getByRole('button', { name: 'Turbo' }).click();
    const g0 = (await until(page, (x) => x.generation >= 2)).generation;
    await crash(poolWorkers[0]!);
    // A calm notice in the polite live region (not an alert), in the player's language.
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('stopped and was restarted. Nothing was lost');
    expect(await page.locator('#notices').getAttribute('aria-live')).toBe('polite');
    expect(await notice.evaluate((n) => n.classList.contains('info'))).toBe(true);
    await screenshot(page, 'fault-pool-crash');
    const after = await until(page, (x) => x.generation >= g0 + 4, 60_000);
    await page.getByRole('button', { name: 'Stop' }).click();
    expect(after.bestFitness).not.toBeNull();
    // A replacement worker was started in the crashed one's place.
    expect(workersLike(page, /\/worker-[^/]*\.js$/).length).toBe(poolWorkers.length);
    await page.getByRole('button', { name: 'Next generation' }).click();
    await until(page, (x) => x.generation > after.generation);
    expect(otherErrors(s)).toEqual([]);
  });

  it('the trainer worker crashes during a Run: the player is told, nothing learned is lost, Run trains again', async () => {
    s = await openLevel(inject('baseUrl'), 'forage');
    const { page } = s;
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(page, (x) => x.mode === 'train');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await until(page, (x) => x.step >= 20);
    const trainers = workersLike(page, /\/trainer-worker-[^/]*\.js$/);
    expect(trainers.length).toBe(1);
    await crash(trainers[0]!);
    const notice = page.getByRole('alert').filter({ hasText: 'The helper that does the thinking stopped' });
    await notice.waitFor({ timeout: 30_000 });
    await screenshot(page, 'fault-trainer-crash');
    const told = await until(page, (x) => x.status !== 'running');
    expect(told.step).toBeGreaterThanOrEqual(20);
    expect(told.loss).not.toBeNull();
    // Run again: training carries on from where it was, in a new worker.
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await run.click();
    const again = await until(page, (x) => x.step >= told.step + 20, 60_000);
    expect(again.creatureId).toBe(told.creatureId);
    // Stop the Run (it may have stopped by itself: a new trainer measures its explosion reference anew).
    if (await page.getByRole('button', { name: 'Pause' }).isVisible()) {
      await page.getByRole('button', { name: 'Pause' }).click();
    }
    expect(workersLike(page, /\/trainer-worker-[^/]*\.js$/).length).toBe(1);
    expect(otherErrors(s)).toEqual([]);
  });

  it('WebGL contexts lost and restored (game and microscope): play continues and both canvases draw', async () => {
    // WebGL asked for: headless Chromium draws with Canvas 2D by default (WebGL is software there).
    s = await openLevel(inject('baseUrl'), 'forage', undefined, 'renderer=webgl');
    const { page } = s;
    const canvases = ['#game canvas', '#microscope canvas'];
    await page.locator('#microscope canvas').waitFor();
    await page.waitForTimeout(1000);
    const brainBefore = await brainPanelVariance(page);
    expect(brainBefore).toBeGreaterThan(20);
    const lose = (selector: string): Promise<boolean> =>
      page.evaluate((sel) => {
        const canvas = document.querySelector<HTMLCanvasElement>(sel);
        const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
        const ext = gl?.getExtension('WEBGL_lose_context');
        if (!ext) return false;
        (window as unknown as { __restore?: Record<string, () => void> }).__restore ??= {};
        (window as unknown as { __restore: Record<string, () => void> }).__restore[sel] = () => ext.restoreContext();
        ext.loseContext();
        return true;
      }, selector);
    for (const c of canvases) expect(await lose(c)).toBe(true);
    // Lost: the game still answers (the workers do the work, the DOM shows it).
    const g0 = (await state(page)).generation;
    await page.getByRole('button', { name: 'Next generation' }).click();
    await until(page, (x) => x.generation > g0);
    await page.evaluate((sels) => {
      const r = (window as unknown as { __restore: Record<string, () => void> }).__restore;
      for (const sel of sels) r[sel]?.();
    }, canvases);
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Next generation' }).click();
    await until(page, (x) => x.generation > g0 + 1);
    await page.waitForTimeout(1000);
    await screenshot(page, 'fault-webgl-restored');
    for (const c of canvases) expect(await canvasVariance(page, c)).toBeGreaterThan(20);
    // The brain is drawn again, not just the panels' frames.
    expect(await brainPanelVariance(page)).toBeGreaterThan(brainBefore * 0.5);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(page, (x) => x.mode === 'train');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await until(page, (x) => x.step >= 1);
    expect(s.errors).toEqual([]);
  });
});
