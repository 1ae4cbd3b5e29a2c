// Visiting worlds again and again leaves no texture behind. A texture holds its pixels outside the JS
// heap, so the soak's heap figure cannot see one left over: the 60-minute kiosk soak on Canvas 2D
// found 200 of them (Phaser's TileSprite, the pattern world's bark, kept a full-size canvas texture
// per visit), ~340 MB. Each visit here evolves a generation and takes a training step, then goes Back.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { TextureFigures } from '../../src/app/inspect';
import type { Session } from './browser';
import { breedThenStep, openLevel, until } from './inspect';

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
    it(`${renderer}: the third round of visits to each world leaves as many textures as the first`, async () => {
      s = await openLevel(inject('baseUrl'), WORLDS[0]!, undefined, `renderer=${renderer}`);
      const rounds: TextureFigures[] = [];
      for (let round = 0; round < 3; round++) {
        for (const [i, id] of WORLDS.entries()) await visit(s, id, round > 0 || i > 0);
        await s.page.waitForTimeout(300);
        rounds.push(await textures(s));
      }
      expect(rounds[0]!.count).toBeGreaterThan(0);
      expect(rounds[2]).toEqual(rounds[0]);
      expect(rounds[1]).toEqual(rounds[0]);
      expect(s.errors).toEqual([]);
    });
  }
});
