// A new player's journey through the moth world, in real Chromium: be the bird for three
// generations, train the survivor, hand it back to evolution, edit a gene, and push the learning
// rate until it explodes — shown and recovered. Zero console errors throughout; screenshots saved.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type Session } from './browser';
import { canvasVariance, sameImage } from './pixels';

interface State {
  scene: string;
  levelId: string | null;
  mode: 'evolve' | 'train' | null;
  generation: number;
  bestFitness: number | null;
  step: number;
  loss: number | null;
  status: string;
  creatureId: number | null;
}

type Query = 'creatureIds' | 'creaturePoint' | 'genePoint' | 'familyLine' | 'state';

/** Calls window.weightlings[name](arg) in the page (the `?inspect` API). */
function api<T>(page: Page, name: Query, arg = 0): Promise<T> {
  return page.evaluate(
    ([n, a]) => (window as unknown as { weightlings: Record<string, (x: number) => unknown> }).weightlings[n]!(a) as T,
    [name, arg] as const,
  );
}

const state = (page: Page): Promise<State> => api<State>(page, 'state');
const creatureIds = (page: Page): Promise<number[]> => api<number[]>(page, 'creatureIds');
const point = (page: Page, name: 'creaturePoint' | 'genePoint', a: number): Promise<{ x: number; y: number } | null> =>
  api(page, name, a);
const family = (page: Page, id: number): Promise<{ id: number; event: string }[]> => api(page, 'familyLine', id);

async function until(page: Page, test: (s: State) => boolean, timeout = 30_000): Promise<State> {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await state(page);
    if (test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out; last state ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

describe('journey: one creature, two modes', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 1366, height: 768 });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('you are the bird: three generations by tapping moths', async () => {
    await s.page.getByRole('button', { name: 'Play' }).click();
    await s.page.locator('#level-pattern').click();
    await until(s.page, (st) => st.scene === 'play' && st.bestFitness !== null);
    await s.page.waitForTimeout(800);
    await screenshot(s.page, 'play-moths-evolve');
    expect(await canvasVariance(s.page, '#game canvas')).toBeGreaterThan(50);
    expect(await canvasVariance(s.page, '#microscope canvas')).toBeGreaterThan(20);
    for (let g = 1; g <= 3; g++) {
      await s.page.waitForTimeout(400); // the moths flutter in
      const ids = await creatureIds(s.page);
      for (const id of ids.slice(0, 4)) {
        const p = await point(s.page, 'creaturePoint', id);
        expect(p).not.toBeNull();
        await s.page.mouse.click(p!.x, p!.y);
      }
      await s.page.getByText('4 chosen').waitFor();
      await s.page.getByRole('button', { name: 'Next generation' }).click();
      await until(s.page, (st) => st.generation === g);
      // The eaten moths are gone and left no young: every newborn's parent is a survivor.
      const next = await creatureIds(s.page);
      for (const id of next) {
        expect(ids.slice(0, 4)).not.toContain(id);
        if (ids.includes(id)) continue;
        const line = await family(s.page, id);
        expect(ids.slice(4)).toContain(line[1]?.id ?? -1);
      }
    }
    expect(s.errors).toEqual([]);
  });

  it('switches to training: 50 steps, the loss falls', async () => {
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    const first = await until(s.page, (st) => st.step === 1 && st.loss !== null);
    for (let k = 1; k < 50; k++) await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    const last = await until(s.page, (st) => st.step >= 50);
    expect(last.loss!).toBeLessThan(first.loss!);
    await s.page.waitForTimeout(500);
    await screenshot(s.page, 'play-moths-train');
    expect(s.errors).toEqual([]);
  });

  it('switches back: the new population descends from the trained creature', async () => {
    await s.page.getByRole('button', { name: 'Evolve', exact: true }).click();
    await until(s.page, (x) => x.mode === 'evolve');
    const ids = await creatureIds(s.page);
    for (const id of ids) {
      const events = (await family(s.page, id)).map((r) => r.event);
      expect(events).toContain('training');
    }
    expect(s.errors).toEqual([]);
  });

  it('gene editing: drag a weight in the brain view and the creature changes', async () => {
    await s.page.waitForTimeout(500);
    const before = await s.page.locator('#game canvas').screenshot();
    const focus = (await state(s.page)).creatureId!;
    const p = await point(s.page, 'genePoint', 0);
    expect(p).not.toBeNull();
    await s.page.mouse.move(p!.x, p!.y);
    await s.page.mouse.down();
    for (let k = 1; k <= 8; k++) await s.page.mouse.move(p!.x, p!.y - 12 * k);
    await s.page.mouse.up();
    const edited = await until(s.page, (st) => st.creatureId !== focus);
    const events = (await family(s.page, edited.creatureId!)).map((r) => r.event);
    expect(events[0]).toBe('edit');
    await s.page.waitForTimeout(600);
    const after = await s.page.locator('#game canvas').screenshot();
    expect(sameImage(before, after)).toBe(false);
    await screenshot(s.page, 'play-gene-edit');
    expect(s.errors).toEqual([]);
  });

  it('maximum learning rate: the explosion is shown and the last good creature comes back', async () => {
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    await s.page.locator('#learning-rate').focus();
    await s.page.keyboard.press('End');
    for (let k = 0; k < 40; k++) {
      await s.page.getByRole('button', { name: 'Step', exact: true }).click();
      if ((await state(s.page)).status === 'diverged') break;
    }
    const st = await until(s.page, (x) => x.status === 'diverged');
    expect(st.loss === null || Number.isFinite(st.loss)).toBe(true);
    await s.page.getByRole('alert').waitFor();
    await screenshot(s.page, 'play-explosion');
    // Lower the rate again: training goes on from the restored creature.
    await s.page.locator('#learning-rate').focus();
    await s.page.keyboard.press('Home');
    await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    await until(s.page, (x) => x.status === 'idle');
    expect(s.errors).toEqual([]);
  });
});

describe('smooth: the main thread stays free while the worker evolves and trains', () => {
  it('longest main-thread task during Turbo and a training Run (longtask observer)', async () => {
    const s = await openBrowser({ width: 1366, height: 768 });
    try {
      await s.page.goto(`${inject('baseUrl')}?inspect`);
      await s.page.getByRole('button', { name: 'Play' }).click({ timeout: 30_000 });
      await s.page.locator('#level-forage').click();
      await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
      await s.page.waitForTimeout(1000);
      const observe = (): Promise<void> =>
        s.page.evaluate(() => {
          const w = window as unknown as { __longest: number; __tasks: number };
          w.__longest = 0;
          w.__tasks = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              w.__longest = Math.max(w.__longest, e.duration);
              w.__tasks++;
            }
          }).observe({ type: 'longtask', buffered: false });
        });
      const longest = (): Promise<number> =>
        s.page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      await observe();
      await s.page.waitForTimeout(3000);
      const idleLongest = await longest();
      await observe();
      const g0 = (await state(s.page)).generation;
      await s.page.getByRole('button', { name: 'Turbo' }).click();
      await s.page.waitForTimeout(5000);
      await s.page.getByRole('button', { name: 'Stop' }).click();
      const turbo = await state(s.page);
      const turboLongest = await longest();
      await s.page.getByRole('button', { name: 'Train', exact: true }).click();
      await until(s.page, (x) => x.mode === 'train');
      await observe();
      await s.page.getByRole('button', { name: 'Run', exact: true }).click();
      await s.page.waitForTimeout(5000);
      await s.page.getByRole('button', { name: 'Pause' }).click();
      const run = await state(s.page);
      const runLongest = await longest();
      console.log(
        `smooth: idle longest task ${idleLongest.toFixed(0)} ms; turbo ${turbo.generation - g0} generations in 5 s, longest task ${turboLongest.toFixed(0)} ms; ` +
          `run ${run.step} steps in 5 s, longest task ${runLongest.toFixed(0)} ms (headless software rendering)`,
      );
      expect(turbo.generation - g0).toBeGreaterThan(5);
      expect(run.step).toBeGreaterThan(50);
      // Software WebGL in headless Chromium on a shared 2-core machine is slow; the budget (50 ms)
      // is checked by the performance budgets of issue 7. Here: no task anywhere near a freeze.
      expect(turboLongest).toBeLessThan(250);
      expect(runLongest).toBeLessThan(250);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('show it yourself, and the Lab', () => {
  it('the player steers a forager with the arrow keys; its examples grow and it learns from them', async () => {
    const s = await openBrowser({ width: 1366, height: 768 });
    try {
      await s.page.goto(`${inject('baseUrl')}?inspect`);
      await s.page.getByRole('button', { name: 'Play' }).click({ timeout: 30_000 });
      await s.page.locator('#level-forage').click();
      await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
      await s.page.getByRole('button', { name: 'Train', exact: true }).click();
      await s.page.getByRole('button', { name: 'Show it yourself' }).click();
      await s.page.locator('#game canvas').click({ position: { x: 5, y: 5 } });
      await s.page.keyboard.down('ArrowUp');
      await s.page.keyboard.down('ArrowLeft');
      await s.page.waitForTimeout(2500);
      await s.page.keyboard.up('ArrowLeft');
      await s.page.keyboard.up('ArrowUp');
      const text = await s.page.locator('#demo-count').textContent();
      const count = Number((text ?? '').replace(/[^0-9]/g, ''));
      expect(count).toBeGreaterThan(30);
      for (let k = 0; k < 10; k++) await s.page.getByRole('button', { name: 'Step', exact: true }).click();
      await until(s.page, (x) => x.step >= 10);
      await screenshot(s.page, 'play-show-it-yourself');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the Lab lists every world and plays one', async () => {
    const s = await openBrowser({ width: 1366, height: 768 });
    try {
      await s.page.goto(`${inject('baseUrl')}?inspect`);
      await s.page.getByRole('button', { name: 'Lab' }).click({ timeout: 30_000 });
      await s.page.getByRole('heading', { name: 'Lab: every world, every control' }).waitFor();
      expect(await s.page.locator('.level-button').count()).toBe(12);
      await screenshot(s.page, 'lab-map');
      await s.page.locator('#level-lab-pattern-ring').click();
      await until(s.page, (x) => x.scene === 'play' && x.levelId === 'lab-pattern-ring' && x.bestFitness !== null);
      await s.page.getByRole('heading', { name: 'Skin: a ring' }).waitFor();
      await s.page.waitForTimeout(800);
      await screenshot(s.page, 'lab-ring');
      await s.page.getByRole('button', { name: 'Back' }).click();
      await s.page.getByRole('heading', { name: 'Lab: every world, every control' }).waitFor();
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
