// Heavy work runs in the workers: while Turbo evolves and a training Run goes on, the game's own
// JavaScript stays far from a freeze. This test guards against regressions at 150 ms (a generation or
// a training chunk computed on the main thread would take several hundred) and prints the figures;
// the 50 ms design budget is measured with a longtask observer by `npm run budgets`.
//
// Two figures per phase, from the Long Animation Frames API: the longest frame, and the longest
// stretch of script inside one frame. Headless Chromium with --disable-gpu draws WebGL in software
// (SwiftShader in the GPU process, every frame read back while the page waits: 20–130 ms a frame with
// the workers busy), so there the game draws with Canvas 2D (src/game/softwareWebGL.ts); the test
// checks that it does.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openLevel, state, until } from './inspect';

interface Worst {
  frame: number;
  script: number;
}

function observe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __worst: { frame: number; script: number } };
    w.__worst = { frame: 0, script: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { scripts?: { duration: number }[] })[]) {
        w.__worst.frame = Math.max(w.__worst.frame, e.duration);
        let script = 0;
        for (const s of e.scripts ?? []) script += s.duration;
        w.__worst.script = Math.max(w.__worst.script, script);
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  });
}

const worst = (page: Page): Promise<Worst> => page.evaluate(() => (window as unknown as { __worst: Worst }).__worst);

describe('smooth: the main thread stays free while the worker evolves and trains', () => {
  it('script time per frame during Turbo and a training Run (design budget 50 ms)', async () => {
    const s = await openLevel(inject('baseUrl'), 'forage');
    try {
      // Software WebGL here: both the game and the microscope draw with Canvas 2D.
      for (const canvas of ['#game canvas', '#microscope canvas']) {
        await s.page.locator(canvas).waitFor();
        const kind = await s.page.evaluate((sel) => {
          const c = document.querySelector<HTMLCanvasElement>(sel)!;
          return c.getContext('2d') !== null ? '2d' : 'webgl';
        }, canvas);
        expect(kind, canvas).toBe('2d');
      }
      await s.page.waitForTimeout(1000);
      await observe(s.page);
      await s.page.waitForTimeout(3000);
      const idle = await worst(s.page);
      await observe(s.page);
      const g0 = (await state(s.page)).generation;
      await s.page.getByRole('button', { name: 'Turbo' }).click();
      await s.page.waitForTimeout(5000);
      await s.page.getByRole('button', { name: 'Stop' }).click();
      const turbo = await worst(s.page);
      const generations = (await state(s.page)).generation - g0;
      await s.page.getByRole('button', { name: 'Train', exact: true }).click();
      await until(s.page, (x) => x.mode === 'train');
      await observe(s.page);
      await s.page.getByRole('button', { name: 'Run', exact: true }).click();
      await s.page.waitForTimeout(5000);
      await s.page.getByRole('button', { name: 'Pause' }).click();
      const run = await worst(s.page);
      const steps = (await state(s.page)).step;
      console.log(
        `smooth: idle frame ${idle.frame.toFixed(0)} ms / script ${idle.script.toFixed(0)} ms; ` +
          `turbo ${generations} generations in 5 s, frame ${turbo.frame.toFixed(0)} ms / script ${turbo.script.toFixed(0)} ms; ` +
          `run ${steps} steps in 5 s, frame ${run.frame.toFixed(0)} ms / script ${run.script.toFixed(0)} ms`,
      );
      expect(generations).toBeGreaterThan(5);
      expect(steps).toBeGreaterThan(50);
      expect(turbo.script).toBeLessThan(150);
      expect(run.script).toBeLessThan(150);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
