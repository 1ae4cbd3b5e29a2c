// A closed level leaves nothing of itself behind: after Back, no play session (its population, its
// history, its trainer) is left for the garbage collector to keep. The 60-minute kiosk soak found one
// kept by the last button the visitor touched: Phaser and pixi each remember the element of the last
// pointer event, and the removed button's click listener still reached the whole session.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { collectGarbage, openBrowser, type Session } from './browser';
import { breedThenStep, openLevel, until } from './inspect';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

async function sessionsAlive(session: Session): Promise<number> {
  await collectGarbage(session);
  return session.page.evaluate(() =>
    (window as unknown as { weightlings: { alive(kind: string): number } }).weightlings.alive('session'),
  );
}

describe('a closed level', () => {
  for (const world of ['pattern', 'forage', 'lab-sort-linear']) {
    it(`${world}: after Back, no play session is left alive`, async () => {
      s = await openLevel(inject('baseUrl'), world);
      const { page } = s;
      expect(await sessionsAlive(s)).toBe(1);
      await breedThenStep(page);
      await page.getByRole('button', { name: 'Back' }).click();
      await until(page, (x) => x.scene === 'levelmap');
      expect(await sessionsAlive(s)).toBe(0);
      expect(s.errors).toEqual([]);
    });
  }

  it('kiosk: after the idle reset, no session of the visit is left alive', async () => {
    s = await openBrowser({ width: 1366, height: 768, touch: true });
    const { page } = s;
    await page.goto(`${inject('baseUrl')}?kiosk&inspect&idle=3&reset=6`);
    await until(page, (x) => x.kiosk === 'attract' && x.scene === 'attract', 60_000);
    await page.locator('#kiosk-touch').tap({ force: true });
    await until(page, (x) => x.scene === 'play' && x.kiosk === 'playing');
    await page.locator('#next-generation').tap();
    await until(page, (x) => x.generation >= 1);
    await until(page, (x) => x.kiosk === 'attract' && x.kioskResets === 1, 30_000);
    expect(await sessionsAlive(s)).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
