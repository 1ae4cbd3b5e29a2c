// The campaign as a new player meets it, in real Chromium: the map (level 1 open, the rest locked,
// then the Lab), level 1's lesson card, playing until the first star (the win moment), the closing
// card, the next level unlocked — and after a reload the stars are still there. Then the map and a
// card on a phone held sideways: every button on screen and big enough to tap. And "New world": the race
// alone earns no star; the player's own generations of natural selection in the new world earn them.
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot } from './browser';
import { until } from './inspect';

const FIRST = 'hello-weightling';
const SECOND = 'you-are-the-bird';

describe('campaign', () => {
  it('map → lesson card → play to a star → closing card → next level open → stars kept after a reload', async () => {
    const s = await openBrowser({ width: 1366, height: 768 });
    try {
      const { page } = s;
      await page.goto(`${inject('baseUrl')}?inspect`);
      await page.getByRole('button', { name: 'Play' }).click({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Choose a world' }).waitFor();
      expect(await page.locator('.level-button:not(.lab-button)').count()).toBe(13);
      await page.locator('#level-lab').waitFor();
      expect(await page.locator(`#level-${FIRST}`).isEnabled()).toBe(true);
      expect(await page.locator(`#level-${SECOND}`).isDisabled()).toBe(true);
      expect(await page.locator(`#level-${SECOND}`).textContent()).toContain('Locked');
      await screenshot(page, 'campaign-map');

      // The lesson card: the idea, big, and one key to start.
      await page.locator(`#level-${FIRST}`).click();
      const card = page.getByRole('dialog', { name: 'Hello, weightling' });
      await card.waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('card-start');
      await until(page, (st) => st.scene === 'play' && st.card === 'lesson-card' && st.bestFitness !== null);
      await page.waitForTimeout(600);
      await screenshot(page, 'campaign-lesson-card');
      await page.keyboard.press('Enter');
      await until(page, (st) => st.card === null);

      // Only what level 1 opens: evolution (no mode switch), natural selection and Turbo; the goal on screen.
      expect(await page.getByRole('button', { name: 'Train', exact: true }).count()).toBe(0);
      expect(await page.locator('#mutation-rate').count()).toBe(0);
      expect(await page.locator('#goal-meter').getAttribute('aria-valuetext')).toMatch(/^Fitness .* Next star at/);

      // Evolve until the first star: the win moment, then the closing card.
      await page.getByRole('button', { name: 'Turbo' }).click();
      await until(page, (st) => st.stars >= 1, 45_000);
      await page.locator('.celebration').waitFor();
      await screenshot(page, 'campaign-win');
      await until(page, (st) => st.card === 'closing-card' && st.status === 'idle');
      const closing = page.getByRole('dialog', { name: 'What you found out' });
      await closing.getByRole('img', { name: /of 3 stars/ }).waitFor();
      await screenshot(page, 'campaign-closing-card');
      const earned = (await until(page, () => true)).stars;

      // Next level: its lesson card; back to the map, where level 2 is now open.
      await closing.getByRole('button', { name: 'Next level' }).click();
      await page.getByRole('dialog', { name: 'You are the bird' }).waitFor({ timeout: 30_000 });
      await until(page, (st) => st.levelId === SECOND);
      await page.getByRole('button', { name: 'Map' }).click();
      await page.getByRole('heading', { name: 'Choose a world' }).waitFor();
      expect(await page.locator(`#level-${SECOND}`).isEnabled()).toBe(true);

      await page.reload();
      await page.getByRole('button', { name: 'Play' }).click({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Choose a world' }).waitFor();
      expect(await page.locator(`#level-${FIRST}`).textContent()).toContain(`${earned} of 3 stars`);
      expect(await page.locator(`#level-${SECOND}`).isEnabled()).toBe(true);
      expect(await page.locator('#level-lab').isEnabled()).toBe(true);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('on a phone held sideways (844×390) the map and the lesson card fit, every button ≥ 48 px', async () => {
    const s = await openBrowser({ width: 844, height: 390, touch: true });
    try {
      const { page } = s;
      await page.goto(`${inject('baseUrl')}?inspect`);
      await page.getByRole('button', { name: 'Play' }).click({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Choose a world' }).waitFor();
      await screenshot(page, 'campaign-map-phone');
      const offscreen = (): Promise<string[]> =>
        page.evaluate(() => {
          const bad: string[] = [];
          for (const node of document.querySelectorAll('button')) {
            node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const r = node.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
              bad.push(`${node.id || node.textContent} off screen`);
            if (r.height < 47.5 || r.width < 47.5)
              bad.push(`${node.id || node.textContent} is ${r.width}×${r.height}px`);
          }
          return bad;
        });
      expect(await offscreen()).toEqual([]);
      await page.locator(`#level-${FIRST}`).click();
      await page.getByRole('dialog', { name: 'Hello, weightling' }).waitFor();
      await until(page, (st) => st.bestFitness !== null);
      await page.waitForTimeout(600);
      await screenshot(page, 'campaign-lesson-card-phone');
      const inCard = await page.evaluate(() => {
        const bad: string[] = [];
        for (const node of document.querySelectorAll('#lesson-card button')) {
          node.scrollIntoView({ block: 'nearest' });
          const r = node.getBoundingClientRect();
          if (r.top < -1 || r.bottom > innerHeight + 1 || r.height < 47.5) bad.push(node.id);
        }
        return bad;
      });
      expect(inCard).toEqual([]);
      await page.getByRole('button', { name: 'Start' }).tap();
      await until(page, (st) => st.card === null);
      await page.waitForTimeout(800);
      await screenshot(page, 'campaign-play-phone');
      expect(await offscreen()).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
  it('New world: the race alone earns no star; the player’s own generations in the new forest do', async () => {
    const s = await openBrowser({ width: 1366, height: 768 });
    try {
      const { page } = s;
      // The fitness the goal meter shows (the creature on screen, measured where the stars are).
      const meterFitness = async (): Promise<number> => {
        for (let tries = 0; ; tries++) {
          const text = (await page.locator('#goal-meter').getAttribute('aria-valuetext')) ?? '';
          const value = Number(/^Fitness ([-−]?\d+(?:\.\d+)?)/.exec(text)?.[1]?.replace('−', '-') ?? NaN);
          if (Number.isFinite(value) || tries > 50) return value;
          await page.waitForTimeout(100);
        }
      };
      await page.goto(`${inject('baseUrl')}?inspect&teacher&level=new-world`);
      await page.getByRole('dialog', { name: 'New world' }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(600);
      await screenshot(page, 'campaign-new-world-card');
      await page.keyboard.press('Enter');
      const arrived = await until(page, (st) => st.levelId === 'new-world' && st.mode === 'evolve' && st.card === null);
      // It arrives as the evolved forager: in the walled forest its first generation earns no star.
      expect(await meterFitness()).toBeLessThan(16);
      expect((await until(page, () => true)).stars).toBe(0);

      // The race runs by itself to the end of its budget; its carried-over line is not the player's.
      await page.getByRole('button', { name: 'Start the race' }).click();
      await page.getByRole('button', { name: 'Race again' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('#exp-race').textContent()).toContain('Round 8 of 8');
      await page.waitForTimeout(300);
      await screenshot(page, 'campaign-new-world-race');
      const afterRace = await until(page, () => true);
      expect(afterRace.stars).toBe(0);
      expect(afterRace.generation).toBe(arrived.generation);

      // Natural selection, one generation a press, fine-tunes it to the first star within the budget.
      const natural = page.getByRole('button', { name: 'Natural selection', exact: true });
      for (let i = 0; i < 8 && (await until(page, () => true)).stars < 1; i++) {
        await natural.click();
        await page.waitForTimeout(300);
      }
      const won = await until(page, (st) => st.stars >= 1 && st.generation > arrived.generation, 10_000);
      expect(won.generation - arrived.generation).toBeLessThanOrEqual(8);
      expect(await meterFitness()).toBeGreaterThanOrEqual(16);
      await until(page, (st) => st.card === 'closing-card', 10_000);
      await screenshot(page, 'campaign-new-world-closing');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
