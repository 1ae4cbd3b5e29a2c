// Switching language at run time, in real Chromium: the title, the level map and the play screen
// (both modes, the figures and the live region) change language in place — no reload — and
// numbers take the language's decimal separator.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { until } from './inspect';

async function chooseLanguage(s: Session, settingsName: string, language: string): Promise<void> {
  await s.page.getByRole('button', { name: settingsName }).click();
  await s.page.getByRole('dialog').getByRole('button', { name: language }).click();
  await s.page.keyboard.press('Escape');
  expect(await s.page.getByRole('dialog').count()).toBe(0);
}

describe('language switch at run time', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    // A mark that a reload would wipe.
    await s.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  });
  afterAll(async () => {
    await s.close();
  });

  it('title and level map', async () => {
    await chooseLanguage(s, 'Settings', 'Deutsch');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await s.page.getByText('Das Gehirn eines Wesens ist seine DNA.').waitFor();
    await s.page.getByRole('button', { name: 'Labor' }).waitFor();
    await s.page.getByRole('button', { name: 'Spielen' }).click();
    await s.page.getByRole('heading', { name: 'Wähle eine Welt' }).waitFor();
    // A campaign level's title comes from its level file, in the language chosen.
    await s.page.getByRole('button', { name: /Hallo, Weightling/ }).waitFor();
    await screenshot(s.page, 'language-map-de');
    await s.page.getByRole('button', { name: 'Zurück' }).click();
    await s.page.getByRole('button', { name: 'Labor' }).click();
    await s.page
      .getByRole('button', { name: /Sammler/ })
      .first()
      .waitFor();
  });

  it('play screen, evolve: controls, figures and the live region', async () => {
    await s.page.locator('#level-lab-forage-open').click();
    await s.page.getByRole('button', { name: 'Nächste Generation' }).click({ timeout: 30_000 });
    await until(s.page, (st) => st.generation >= 1);
    await s.page.locator('#live', { hasText: /^Generation 1: beste Fitness/ }).waitFor();
    const best = await s.page.locator('#stat-b').textContent();
    expect(best).toMatch(/^Beste Fitness -?[\d.]+(,\d+)?$/);

    await chooseLanguage(s, 'Einstellungen', 'Español');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await s.page.getByRole('button', { name: 'Siguiente generación' }).click();
    await until(s.page, (st) => st.generation >= 2);
    await s.page.locator('#live', { hasText: /^Generación 2: mejor aptitud/ }).waitFor();
    expect(await s.page.locator('#stat-b').textContent()).toMatch(/^Mejor aptitud /);
    await screenshot(s.page, 'language-play-es');
  });

  it('play screen, train', async () => {
    await s.page.getByRole('button', { name: 'Entrenar', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    await s.page.getByRole('button', { name: 'Paso', exact: true }).click();
    await until(s.page, (st) => st.step >= 1);
    await s.page.locator('#live', { hasText: /^Paso 1: error/ }).waitFor();
    await chooseLanguage(s, 'Ajustes', 'English');
    await s.page.getByRole('button', { name: 'Step', exact: true }).waitFor();
    await s.page.getByRole('button', { name: 'Evolve', exact: true }).waitFor();
    expect(await s.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(s.errors).toEqual([]);
  });
});
