// A new player's first seconds: the game boots through the preloader to the title, with no console
// errors, a canvas that is not blank, and a menu that works by keyboard and pointer.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { until } from './inspect';
import { canvasVariance } from './pixels';

describe('boot', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s.close();
  });

  it('reaches the title screen with no console errors and a drawn canvas', async () => {
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    // The title's DOM comes first; the game's Title scene follows when Phaser has loaded.
    await until(s.page, (x) => x.scene === 'title');
    await s.page.waitForTimeout(500);
    expect(await canvasVariance(s.page, '#game canvas')).toBeGreaterThan(20);
    await screenshot(s.page, 'title');
    expect(s.errors).toEqual([]);
  });

  it('opens the level map and the settings dialog, and switches language at run time', async () => {
    await s.page.getByRole('button', { name: 'Play' }).click();
    await s.page.getByRole('heading', { name: 'Choose a world' }).waitFor();
    await screenshot(s.page, 'level-map');
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByRole('dialog').waitFor();
    await s.page.getByRole('button', { name: 'Deutsch' }).click();
    await s.page.getByRole('heading', { name: 'Wähle eine Welt' }).waitFor();
    await screenshot(s.page, 'settings-de');
    await s.page.keyboard.press('Escape');
    expect(await s.page.getByRole('dialog').count()).toBe(0);
    await s.page.getByRole('button', { name: 'Einstellungen' }).click();
    await s.page.getByRole('button', { name: 'English' }).click();
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('heading', { name: 'Choose a world' }).waitFor();
    expect(s.errors).toEqual([]);
  });
});
