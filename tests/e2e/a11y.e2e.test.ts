// Accessibility, in real Chromium: axe-core runs on every screen — title, level map, play
// (evolve), play (train), the settings dialog — and finds no serious or critical violation.
// axe is evaluated through the test driver (the page's CSP allows no injected script tag).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { seriousViolations } from './axe';
import { until } from './inspect';

describe('accessibility (axe-core)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('title', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('keyboard focus is visible on every control of the title', async () => {
    // From the top of the page, Tab through the controls (a notice's OK may be among them; past the last
    // one focus returns to the page itself, which is no control and is skipped).
    await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    for (let i = 0; i < 8 && !['Play', 'Lab', 'Settings'].every((n) => seen.includes(n)); i++) {
      await s.page.keyboard.press('Tab');
      const focus = await s.page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const style = getComputedStyle(a);
        return {
          control: a !== document.body,
          name: a.getAttribute('aria-label') ?? a.textContent,
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      if (!focus.control) continue;
      seen.push(focus.name ?? '');
      expect(focus.outline, focus.name ?? '').toBe('solid');
      expect(parseFloat(focus.width)).toBeGreaterThanOrEqual(3);
    }
    expect(seen).toEqual(expect.arrayContaining(['Play', 'Lab', 'Settings']));
  });

  it('less motion: the system preference and the setting both stop transitions; text size grows', async () => {
    const transition = (): Promise<string> =>
      s.page.evaluate(() => getComputedStyle(document.querySelector('#play')!).transitionDuration);
    expect(await transition()).not.toBe('0s');
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await transition()).toBe('0s');
    await s.page.emulateMedia({ reducedMotion: 'no-preference' });
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Less motion' }).click();
    expect(await transition()).toBe('0s');
    await s.page.getByRole('button', { name: 'Less motion' }).click();
    expect(await transition()).not.toBe('0s');
    const fontSize = (): Promise<number> =>
      s.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await fontSize();
    await s.page.locator('#settings-text').focus();
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowRight');
    expect(await fontSize()).toBeCloseTo(before * 1.3, 1);
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowLeft');
    expect(await fontSize()).toBeCloseTo(before, 1);
    await s.page.keyboard.press('Escape');
  });

  it('settings dialog', async () => {
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByRole('dialog').waitFor();
    expect(await seriousViolations(s.page)).toEqual([]);
    await s.page.keyboard.press('Escape');
  });

  it('level map', async () => {
    await s.page.getByRole('button', { name: 'Play' }).click();
    await s.page.locator('#level-hello-weightling').waitFor();
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('lesson card', async () => {
    await s.page.locator('#level-hello-weightling').click();
    await s.page.getByRole('dialog', { name: 'Hello, weightling' }).waitFor({ timeout: 30_000 });
    expect(await seriousViolations(s.page)).toEqual([]);
    // Back through the map to the Lab's foragers: every mode and control open.
    await s.page.getByRole('button', { name: 'Map' }).click();
    await s.page.getByRole('button', { name: 'Back' }).click();
    await s.page.getByRole('button', { name: 'Lab', exact: true }).click();
    await s.page.locator('#level-lab-forage-open').waitFor();
  });

  it('play, evolve', async () => {
    await s.page.locator('#level-lab-forage-open').click();
    await s.page.getByRole('button', { name: 'Next generation' }).click({ timeout: 30_000 });
    await until(s.page, (st) => st.generation >= 1);
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('play, train', async () => {
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
