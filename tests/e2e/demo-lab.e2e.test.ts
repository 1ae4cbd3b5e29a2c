// "Show it yourself" (the player's demonstrations become training examples) and the Lab.
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot } from './browser';
import { openLevel, until } from './inspect';

describe('show it yourself, and the Lab', () => {
  it('the player steers a forager with the arrow keys; its examples grow and it learns from them', async () => {
    const s = await openLevel(inject('baseUrl'), 'lab-forage-open');
    try {
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
