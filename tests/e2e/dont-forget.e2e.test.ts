// Level 11 "Don't forget" in real Chromium, in train mode: the creature knows the old valley (task A).
// Learning task B with nothing frozen loses A; with layer 1 (the layer both heads read) frozen, A keeps
// its exact fitness while B is learned and the level is won. The plate shows both valleys, each side
// read from its own head. Screenshots before, after plain learning, and after learning with the freeze.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type Session } from './browser';
import { until } from './inspect';

async function fitness(page: Page, which: 'a' | 'b'): Promise<number> {
  const text = (await page.locator(`#exp-fitness-${which}`).textContent()) ?? '';
  return Number(/(-|−)?\d+(\.\d+)?$/.exec(text)?.[0]?.replace('−', '-') ?? NaN);
}

async function openLevel(): Promise<Session> {
  const s = await openBrowser({ width: 1366, height: 768 });
  await s.page.goto(`${inject('baseUrl')}?inspect&teacher&level=dont-forget`);
  await s.page.getByRole('dialog', { name: "Don't forget" }).waitFor({ timeout: 30_000 });
  // The goal says task A must be kept, not only the stars' fitness in task B.
  expect(await s.page.locator('#lesson-card .goal-line').textContent()).toBe(
    'Goal: task B 0.45 for ★, 0.48 for ★★, 0.5 for ★★★, while task A stays at 0.47 or more',
  );
  await s.page.keyboard.press('Enter');
  await until(s.page, (st) => st.levelId === 'dont-forget' && st.mode === 'train' && st.card === null);
  await s.page.locator('#exp-forget').waitFor();
  return s;
}

/**
 * Learns from task B with Run until at least `steps` steps, then pauses. The first win pauses a Run
 * and, after its celebration, opens the closing card: it is closed (Escape = keep going) and the Run
 * goes on. The card can open at any moment, so a click on Run that it blocks is simply tried again.
 */
async function learnB(page: Page, steps: number): Promise<void> {
  await page.locator('#exp-learn-b').click();
  expect(await page.locator('#exp-learn-b').getAttribute('aria-pressed')).toBe('true');
  const run = page.locator('#train-run');
  for (let round = 0; round < 40; round++) {
    const st = await until(page, () => true);
    if (st.card === 'closing-card') {
      await page.keyboard.press('Escape');
      await until(page, (x) => x.card === null);
      continue;
    }
    if (st.step >= steps) break;
    if ((await run.textContent()) === 'Run') {
      const started = await run.click({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (!started) continue;
    }
    // Pause in the page as soon as the step count is reached; stop waiting if the Run stops by itself.
    await page.evaluate(async (n) => {
      const api = (window as unknown as { weightlings: { state(): { step: number } } }).weightlings;
      const button = document.querySelector<HTMLButtonElement>('#train-run');
      const end = Date.now() + 20_000;
      while (api.state().step < n && button?.textContent !== 'Run' && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 2));
      }
      if (button?.textContent !== 'Run') button?.click();
    }, steps);
    await page.waitForTimeout(300);
  }
  expect(await run.textContent()).toBe('Run');
  expect((await until(page, () => true)).step).toBeGreaterThanOrEqual(steps);
}

/**
 * Clears the plate for a screenshot: waits out a win celebration, closes the closing card it opens
 * and the "ready to play offline" note.
 */
async function clearView(page: Page): Promise<void> {
  await page.waitForTimeout(3000);
  if ((await until(page, () => true)).card === 'closing-card') {
    await page.keyboard.press('Escape');
    await until(page, (x) => x.card === null);
  }
  const ok = page.getByRole('button', { name: 'OK', exact: true });
  // The note also leaves by itself: it may be gone between the check and the click.
  if (await ok.isVisible()) await ok.click({ timeout: 2_000 }).catch(() => undefined);
  await ok.waitFor({ state: 'hidden', timeout: 10_000 });
  await page.waitForTimeout(300);
}

describe("Don't forget (level 11)", () => {
  it('plain learning of task B loses task A; no star', async () => {
    const s = await openLevel();
    try {
      const { page } = s;
      // A freeze toggle for each layer: layer 1 is the shared one.
      expect(await page.getByRole('button', { name: 'Freeze layer 1' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Freeze layer 2' }).isVisible()).toBe(true);
      const a0 = await fitness(page, 'a');
      expect(a0).toBeGreaterThanOrEqual(0.5);
      expect(await fitness(page, 'b')).toBeLessThan(0);
      await clearView(page);
      await screenshot(page, 'dont-forget-start');
      await learnB(page, 300);
      expect(await fitness(page, 'a')).toBeLessThanOrEqual(0.15);
      expect(await fitness(page, 'b')).toBeGreaterThanOrEqual(0.45);
      expect((await until(page, () => true)).stars).toBe(0);
      // The bars start at 0 (no skill): forgotten task A shows nearly empty, learned B about half.
      const barA = await page
        .locator('#exp-forget .exp-bar-fill.series-0')
        .evaluate((e) => parseFloat((e as HTMLElement).style.width));
      const barB = await page
        .locator('#exp-forget .exp-bar-fill.series-1')
        .evaluate((e) => parseFloat((e as HTMLElement).style.width));
      expect(barA).toBeLessThanOrEqual(15);
      expect(barB).toBeGreaterThanOrEqual(45);
      // The chart of both tasks is drawn: A falls while B climbs.
      expect(await page.locator('#exp-forget polyline').count()).toBe(2);
      await clearView(page);
      await screenshot(page, 'dont-forget-plain');
      await page.locator('#exp-forget').screenshot({ path: 'test-output/e2e/dont-forget-plain-card.png' });
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('with the shared layer frozen, task A stays exactly as it was and task B wins the level', async () => {
    const s = await openLevel();
    try {
      const { page } = s;
      const a0 = await fitness(page, 'a');
      await page.locator('#exp-freeze-0').click();
      expect(await page.locator('#exp-freeze-0').getAttribute('aria-pressed')).toBe('true');
      await learnB(page, 300);
      expect(await fitness(page, 'a')).toBe(a0);
      expect(await fitness(page, 'b')).toBeGreaterThanOrEqual(0.45);
      expect((await until(page, () => true)).stars).toBeGreaterThanOrEqual(1);
      await clearView(page);
      await screenshot(page, 'dont-forget-frozen');
      await page.locator('#exp-forget').screenshot({ path: 'test-output/e2e/dont-forget-frozen-card.png' });
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
