// A bad level file in a real build: the map names the file and the field, the other levels still
// load and play. The game bundles its levels at build time, so this file builds a copy of the game
// whose levels/05-mind-the-step.json has a wrong value (budget.steps: "many"), and serves it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot } from './browser';
import { until } from './inspect';
import { serveVariant, type VariantServer } from './variantBuild';

const BROKEN = '05-mind-the-step.json';
let variant: VariantServer | null = null;

beforeAll(async () => {
  variant = await serveVariant((levels) => {
    const path = join(levels, BROKEN);
    const text = readFileSync(path, 'utf8');
    const broken = text.replace('"steps": 600', '"steps": "many"');
    if (broken === text) throw new Error(`${BROKEN} changed: no "steps": 600 to break`);
    writeFileSync(path, broken);
  });
}, 120_000);

afterAll(() => variant?.remove());

describe('a bad level file', () => {
  it('is named on the map with its field; the other 12 levels load, and the levels around it play', async () => {
    const s = await openBrowser({ width: 1366, height: 768 });
    try {
      const { page } = s;
      await page.goto(`${variant?.url ?? ''}?inspect`);
      await page.getByRole('button', { name: 'Play' }).click({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Choose a world' }).waitFor();

      // The message: visible, naming the file and the field.
      const problems = page.locator('#level-problems');
      await problems.waitFor();
      expect(await problems.isVisible()).toBe(true);
      expect(await problems.getAttribute('role')).toBe('alert');
      const message = (await problems.locator('li').allTextContents()).join('\n');
      expect(message).toBe('levels/05-mind-the-step.json: the field budget.steps is missing or has a wrong value.');
      // Seen, not only in the page: once the passing notices (e.g. "ready offline") are dismissed,
      // nothing covers the message.
      await page.waitForTimeout(1500);
      for (const ok of await page.locator('.notice-banner .notice-dismiss').all()) await ok.click();
      const covered = await problems.locator('li').evaluate((li) => {
        const r = li.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + Math.min(40, r.width / 2), r.top + r.height / 2);
        return top !== null && li.closest('#level-problems')?.contains(top) !== true;
      });
      expect(covered).toBe(false);
      await screenshot(page, 'bad-level-map');

      // The other levels: all on the map, the broken one not.
      expect(await page.locator('.level-button:not(.lab-button)').count()).toBe(12);
      expect(await page.locator('#level-mind-the-step').count()).toBe(0);
      expect(await page.locator('#level-hello-weightling').isEnabled()).toBe(true);

      // Level 1 plays: its card, then a generation bred.
      await page.locator('#level-hello-weightling').click();
      await page.getByRole('dialog', { name: 'Hello, weightling' }).waitFor();
      await page.keyboard.press('Enter');
      await until(page, (st) => st.card === null && st.bestFitness !== null);
      await page.getByRole('button', { name: 'Natural selection' }).click();
      await until(page, (st) => st.levelId === 'hello-weightling' && st.generation >= 1);

      // The level after the broken one opens (teacher link) and trains.
      await page.goto(`${variant?.url ?? ''}?inspect&teacher&level=two-climbers-one-hill`);
      await page.getByRole('dialog', { name: 'Two climbers, one hill' }).waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await until(page, (st) => st.levelId === 'two-climbers-one-hill' && st.card === null && st.bestFitness !== null);
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await until(page, (st) => st.step >= 1);
      await screenshot(page, 'bad-level-next-level-trains');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
