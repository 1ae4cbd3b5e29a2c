// Leaving a world tidies up after it: Back from each task's world (after some play, and with the sort
// world's "glitch" shake possibly running) reaches the level map with no page error, and the play
// screen's controls are gone. The kiosk soak found the sort world throwing here: its arena reset the
// camera after Phaser had already taken the scene's cameras down, which ended the rest of the clean-up
// (and made a kiosk restart itself after every visit to a sort world).
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Session } from './browser';
import { breedThenStep, openLevel, until } from './inspect';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe('leaving a world', () => {
  for (const world of ['sort', 'pattern', 'forage']) {
    it(`Back from the ${world} world: no error, the play screen is gone`, async () => {
      s = await openLevel(inject('baseUrl'), world);
      const { page } = s;
      await breedThenStep(page);
      await page.getByRole('button', { name: 'Back' }).click();
      await until(page, (x) => x.scene === 'levelmap');
      await page.waitForTimeout(500);
      expect(await page.locator('#next-generation, #train-step, #mode-train').count()).toBe(0);
      expect(s.errors).toEqual([]);
    });
  }
});
