/**
 * The microscope views in real Chromium: the test page (tests/e2e/pages/views.html, playing the
 * game's part) is built with Vite's JS API into a temporary folder and served with `vite preview`
 * on a free port, under a Content-Security-Policy without 'unsafe-eval'. Every view must draw
 * something (pixel variance of its panel), a drag on a weight line must emit gene edits, a tap on a
 * codon must select that gene in the brain too, and the knock-out must set a weight to 0.
 * Screenshots go to test-output/e2e/views-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage, openBrowser, screenshot, type Session } from './browser';
import { serveTestPage, type TestPage } from './testPage';

const VIEWS = ['brain', 'dna', 'landscape', 'fitness', 'loss'] as const;
/**
 * Luminance variance of a panel's content area (title and card edge left out). An empty content
 * area is one flat colour (variance 0); the fixture views measure about 500 to 2,800.
 */
const MIN_VARIANCE = 200;

let testPage: TestPage | null = null;
let url = '';

beforeAll(async () => {
  testPage = await serveTestPage('views.html');
  url = testPage.url;
});

afterAll(async () => {
  await testPage?.close();
});

async function openPage(session: Session, query = ''): Promise<Page> {
  const { page } = session;
  await page.goto(url + query);
  await page.waitForFunction(() => window.viewsPage !== undefined || window.viewsPageError !== undefined, null, {
    timeout: 30_000,
  });
  const failure = await page.evaluate(() => window.viewsPageError ?? null);
  expect(failure).toBeNull();
  // Let the DNA flash fade and a few frames render.
  await page.waitForTimeout(1800);
  return page;
}

describe('microscope views', () => {
  it('draws every view, with no console errors under a CSP without unsafe-eval', async () => {
    const session = await openBrowser({ width: 1366, height: 768 });
    try {
      const page = await openPage(session);
      const renderer = await page.evaluate(() => window.viewsPage!.microscope.rendererName);
      expect(['webgl', 'webgpu', 'canvas']).toContain(renderer);
      for (const name of VIEWS) {
        const v = await page.evaluate((n) => window.viewsPage!.variance(n), name);
        expect(v, `${name} panel is blank`).toBeGreaterThan(MIN_VARIANCE);
      }
      await screenshot(page, 'views-1366x768');
      // Destroy and open again (the game does this per level): one canvas, everything still drawn,
      // and no new text styles (a style per Text would fill pixi's text-measure cache with duplicates).
      // The pixi Application is handed on, so no WebGL shader is compiled again: pixi keeps every
      // program's source for good, and a new renderer per level grew a kiosk's heap visit by visit.
      const styles = await page.evaluate(() => window.viewsPage!.textStyles());
      expect(styles).toBeGreaterThan(0);
      const measures = await page.evaluate(() => window.viewsPage!.textMeasures());
      expect(measures).toBeGreaterThan(0);
      await page.evaluate(() => {
        const w = window as unknown as { __compiles: number };
        w.__compiles = 0;
        for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
          const { apply } = Reflect;
          const compile: unknown = Reflect.get(proto, 'compileShader');
          Reflect.set(proto, 'compileShader', function (this: unknown, shader: WebGLShader) {
            w.__compiles++;
            apply(compile as (s: WebGLShader) => void, this, [shader]);
          });
        }
      });
      expect(await page.evaluate(() => window.viewsPage!.reopen())).toBe(1);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.viewsPage!.reopenedOnSameCanvas())).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __compiles: number }).__compiles)).toBe(0);
      expect(await page.evaluate(() => window.viewsPage!.textStyles())).toBe(styles);
      // The cache is emptied when a microscope closes; the next measures its labels again, not its
      // DNA letters (baked once per renderer), so it holds no more than after the first.
      const remeasured = await page.evaluate(() => window.viewsPage!.textMeasures());
      expect(remeasured).toBeGreaterThan(0);
      expect(remeasured).toBeLessThanOrEqual(measures);
      for (const name of VIEWS) {
        expect(
          await page.evaluate((n) => window.viewsPage!.variance(n), name),
          `${name} after reopening`,
        ).toBeGreaterThan(MIN_VARIANCE);
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  // A kiosk keeps the pixi Application between visits (spare-app.ts) and draws nothing with it during
  // the attract loop: what a closed microscope leaves in it stays there all that time, and what grows
  // visit by visit grows all day (the 60-minute soak's heap).
  it('closed, leaves nothing of itself in the kept Application', async () => {
    const session = await openBrowser({ width: 1366, height: 768 });
    try {
      const page = await openPage(session);
      await page.evaluate(() => window.viewsPage!.mutate());
      await page.waitForTimeout(300);
      expect((await page.evaluate(() => window.viewsPage!.leftovers())).measures).toBeGreaterThan(0);
      await page.evaluate(() => window.viewsPage!.close());
      // No released or destroyed object left in the renderer's dictionaries, none listed for the next
      // frame, no measured text (a kiosk shows new numbers all day).
      expect(await page.evaluate(() => window.viewsPage!.leftovers())).toEqual({
        deadEntries: 0,
        pendingUpdates: 0,
        measures: 0,
      });
      expect(await page.evaluate(() => window.viewsPage!.closedViewsAlive())).toBeGreaterThan(100);
      await collectGarbage(session);
      expect(await page.evaluate(() => window.viewsPage!.closedViewsAlive())).toBe(0);
      // And the next microscope draws as the first did.
      await page.evaluate(() => window.viewsPage!.open());
      await page.waitForTimeout(1800);
      for (const name of VIEWS) {
        expect(await page.evaluate((n) => window.viewsPage!.variance(n), name), name).toBeGreaterThan(MIN_VARIANCE);
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('lays out at kiosk, tablet and phone sizes, and shows one mode at a time', async () => {
    const session = await openBrowser({ width: 1920, height: 1080 });
    try {
      const page = await openPage(session);
      await screenshot(page, 'views-1920x1080');
      await page.evaluate(() => window.viewsPage!.show(['brain', 'dna', 'loss', 'landscape']));
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => window.viewsPage!.microscope.panelRect('fitness'))).toBeNull();
      expect(await page.evaluate(() => window.viewsPage!.variance('loss'))).toBeGreaterThan(MIN_VARIANCE);
      await screenshot(page, 'views-train-mode-1920x1080');
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForTimeout(300);
      for (const name of ['brain', 'dna', 'loss', 'landscape'] as const) {
        const r = await page.evaluate((n) => window.viewsPage!.microscope.panelRect(n), name);
        expect(r!.x + r!.width).toBeLessThanOrEqual(1024);
        expect(r!.y + r!.height).toBeLessThanOrEqual(768);
      }
      await screenshot(page, 'views-train-mode-1024x768');
      await page.setViewportSize({ width: 844, height: 390 });
      await page.evaluate(() => window.viewsPage!.show(['brain', 'dna']));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.viewsPage!.variance('brain'))).toBeGreaterThan(MIN_VARIANCE);
      await screenshot(page, 'views-brain-dna-phone-844x390');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('drags a weight line to edit the gene, selects it in the DNA, and knocks it out', async () => {
    const session = await openBrowser({ width: 1366, height: 768 });
    try {
      const page = await openPage(session);
      // A connection from hidden layer 1 to hidden layer 2: genome index wOffset[1] + j·16 + i.
      const index = 3 * 16 + 16 + 5 * 16 + 9;
      const before = await page.evaluate((i) => window.viewsPage!.genome()[i]!, index);
      const p = (await page.evaluate((i) => window.viewsPage!.microscope.genePoint(i), index))!;
      expect(p).not.toBeNull();
      await page.mouse.move(p.x, p.y);
      await page.mouse.down();
      for (let k = 1; k <= 6; k++) await page.mouse.move(p.x, p.y - 10 * k);
      await screenshot(page, 'views-brain-dragging');
      await page.mouse.up();
      const state = await page.evaluate(() => ({
        edits: window.viewsPage!.edits,
        selections: window.viewsPage!.selections,
        selected: window.viewsPage!.microscope.getSelected(),
      }));
      expect(state.selected).toBe(index);
      expect(state.selections).toEqual([index]);
      expect(state.edits.length).toBeGreaterThan(2);
      expect(state.edits.every((e) => e.index === index)).toBe(true);
      const last = state.edits[state.edits.length - 1]!.value;
      expect(last).toBeGreaterThan(before);
      expect(await page.evaluate((i) => window.viewsPage!.genome()[i]!, index)).toBeCloseTo(last, 5);

      await page.evaluate(() => window.viewsPage!.microscope.knockOut());
      expect(await page.evaluate((i) => window.viewsPage!.genome()[i]!, index)).toBe(0);
      await page.waitForTimeout(100);
      await screenshot(page, 'views-brain-knocked-out');

      // Tapping empty space in the brain clears the selection.
      const brain = (await page.evaluate(() => window.viewsPage!.microscope.panelRect('brain')))!;
      await page.mouse.click(brain.x + 20, brain.y + brain.height - 20);
      expect(await page.evaluate(() => window.viewsPage!.microscope.getSelected())).toBeNull();
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a tap on a codon selects that gene in the brain', async () => {
    const session = await openBrowser({ width: 1366, height: 768, touch: true });
    try {
      const page = await openPage(session);
      const dna = (await page.evaluate(() => window.viewsPage!.microscope.panelRect('dna')))!;
      await page.touchscreen.tap(dna.x + dna.width / 2, dna.y + 60);
      const selected = await page.evaluate(() => window.viewsPage!.microscope.getSelected());
      expect(selected).not.toBeNull();
      expect(await page.evaluate(() => window.viewsPage!.selections)).toEqual([selected]);
      await page.waitForTimeout(100);
      await screenshot(page, 'views-codon-selected');
      await page.evaluate(() => window.viewsPage!.mutate());
      await page.waitForTimeout(60);
      await screenshot(page, 'views-dna-flash');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a finger tap 11 px beside a thin line still selects it (a target at least 24 px wide)', async () => {
    const session = await openBrowser({ width: 1366, height: 768, touch: true });
    try {
      const page = await openPage(session, '?layers=2,3,2');
      // Gene 0 is W_0[0][0], the top line from input 0 to hidden neuron 0; gene 6 is that neuron's bias.
      const onLine = (await page.evaluate(() => window.viewsPage!.microscope.genePoint(0)))!;
      const neuron = (await page.evaluate(() => window.viewsPage!.microscope.genePoint(6)))!;
      const dx = neuron.x - onLine.x;
      const dy = neuron.y - onLine.y;
      const len = Math.hypot(dx, dy);
      // The unit normal pointing up, away from the other lines, which all run below this one.
      let nx = -dy / len;
      let ny = dx / len;
      if (ny > 0) [nx, ny] = [-nx, -ny];
      await page.touchscreen.tap(onLine.x + 11 * nx, onLine.y + 11 * ny);
      expect(await page.evaluate(() => window.viewsPage!.microscope.getSelected())).toBe(0);
      // A tap selects; only a drag edits.
      expect(await page.evaluate(() => window.viewsPage!.edits.length)).toBe(0);
      await page.touchscreen.tap(onLine.x + 40 * nx, onLine.y + 40 * ny);
      expect(await page.evaluate(() => window.viewsPage!.microscope.getSelected())).toBeNull();
      await page.touchscreen.tap(neuron.x, neuron.y);
      expect(await page.evaluate(() => window.viewsPage!.microscope.getSelected())).toBe(6);
      await page.waitForTimeout(100);
      // pixi keeps a record per pointer id and every touch has a new id: lifted, none is left.
      expect(await page.evaluate(() => window.viewsPage!.pointerRecords())).toBe(0);
      await screenshot(page, 'views-small-brain-bias-selected');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('draws with the Canvas 2D renderer when WebGL is not there', async () => {
    const session = await openBrowser({ width: 1366, height: 768 });
    try {
      const page = await openPage(session, '?renderer=canvas');
      expect(await page.evaluate(() => window.viewsPage!.microscope.rendererName)).toBe('canvas');
      for (const name of VIEWS) {
        expect(await page.evaluate((n) => window.viewsPage!.variance(n), name), name).toBeGreaterThan(MIN_VARIANCE);
      }
      await screenshot(page, 'views-canvas2d');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
