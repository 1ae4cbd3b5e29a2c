// Visiting worlds again and again leaves no texture behind. A texture holds its pixels outside the JS
// heap, so the soak's heap figure cannot see one left over: the 60-minute kiosk soak on Canvas 2D
// found 200 of them (Phaser's TileSprite, the pattern world's bark, kept a full-size canvas texture
// per visit), ~340 MB. Each visit here evolves a generation and takes a training step, then goes Back.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { TextureFigures } from '../../src/app/inspect';
import { openBrowser, type Session } from './browser';
import { breedThenStep, until } from './inspect';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const WORLDS = ['lab-pattern-bark', 'lab-sort-linear', 'lab-forage-open'];

async function textures(session: Session): Promise<TextureFigures> {
  return session.page.evaluate(() =>
    (window as unknown as { weightlings: { textures(): TextureFigures } }).weightlings.textures(),
  );
}

async function visit(session: Session, levelId: string, open: boolean): Promise<void> {
  const { page } = session;
  if (open) {
    await page.locator(`#level-${levelId}`).click();
    await page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
  }
  await breedThenStep(page);
  await page.getByRole('button', { name: 'Back' }).click();
  await until(page, (x) => x.scene === 'levelmap');
}

describe('textures across visits', () => {
  for (const renderer of ['canvas', 'webgl']) {
    it(`${renderer}: after three rounds of visits to each world, the textures are those before the first`, async () => {
      s = await openBrowser({ width: 1366, height: 768 });
      await s.page.goto(`${inject('baseUrl')}?inspect&renderer=${renderer}`);
      await s.page.getByRole('button', { name: 'Lab', exact: true }).click({ timeout: 30_000 });
      await s.page.locator(`#level-${WORLDS[0]!}`).waitFor();
      await s.page.waitForTimeout(300);
      const before = await textures(s);
      const rounds: TextureFigures[] = [];
      for (let round = 0; round < 3; round++) {
        for (const id of WORLDS) await visit(s, id, true);
        await s.page.waitForTimeout(300);
        rounds.push(await textures(s));
      }
      expect(before.count).toBeGreaterThan(0);
      expect(rounds).toEqual([before, before, before]);
      expect(s.errors).toEqual([]);
    });
  }
});
