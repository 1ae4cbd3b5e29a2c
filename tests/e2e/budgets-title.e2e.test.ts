/**
 * The title screen comes before the game engine (issue 7 §6): it is the DOM overlay alone, so it is
 * interactive before Phaser and the play screen (lazily loaded) have arrived, and a tap made then
 * is carried out when they have. `npm run budgets` measures the same load in figures.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { loadFigures } from './budgets-measure';
import { state } from './inspect';

describe('title first', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s.close();
  });

  it('works before the game module has arrived, and a tap then opens the level map', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldScripts = 0;
    // Hold back every script the page does not name (its entry and module preloads): Phaser, the play
    // screen and the workers, all loaded later by dynamic import.
    const html = await (await fetch(inject('baseUrl'))).text();
    const named = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]));
    await s.page.route(/\/assets\/[^/]+\.js$/, async (route) => {
      if (named.has(new URL(route.request().url()).pathname.slice(1))) return route.continue();
      heldScripts++;
      await held;
      await route.continue();
    });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    const play = s.page.getByRole('button', { name: 'Play' });
    await play.waitFor({ timeout: 30_000 });
    await screenshot(s.page, 'title-before-game');
    expect(heldScripts).toBeGreaterThan(0);
    expect((await state(s.page)).scene).toBe('boot');
    await play.click();
    await s.page.getByText('Loading…').waitFor();
    release();
    await s.page.getByRole('heading', { name: 'Choose a world' }).waitFor({ timeout: 30_000 });
    expect((await state(s.page)).scene).toBe('levelmap');
    expect(s.errors).toEqual([]);
  });

  it('loads at most 400 kB of gzipped script before the title is interactive, within 3 s', async () => {
    const figures = await loadFigures(inject('baseUrl'), 'dist');
    console.log(
      `title first: interactive after ${figures.titleInteractiveMs.toFixed(0)} ms, ` +
        `${(figures.firstLoadGzipBytes / 1000).toFixed(1)} kB of script (gzip): ` +
        figures.scripts.map((x) => x.path).join(', '),
    );
    expect(figures.scripts.length).toBeGreaterThan(0);
    expect(figures.firstLoadGzipBytes).toBeLessThanOrEqual(400_000);
    expect(figures.titleInteractiveMs).toBeLessThanOrEqual(3000);
  });
});
