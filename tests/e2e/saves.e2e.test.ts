// Faults of the player's storage, in real Chromium: storage switched off, storage full, a corrupt
// save. Each time the game still plays, and the player is told in a polite notice; a corrupt save
// is kept aside (backup key) before the game starts fresh.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { until } from './inspect';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

async function playOneGeneration(session: Session): Promise<void> {
  const { page } = session;
  await page.getByRole('button', { name: 'Lab', exact: true }).click({ timeout: 30_000 });
  await page.locator('#level-lab-forage-open').click();
  await page.getByRole('button', { name: 'Next generation' }).click({ timeout: 30_000 });
  await until(page, (st) => st.generation >= 1);
}

describe('storage faults', () => {
  it('storage switched off: a notice says progress will not be kept, and the game plays', async () => {
    s = await openBrowser();
    await s.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    const notice = s.page.locator('#notices [data-notice="notice.storageOff"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('progress will not be kept');
    expect(await s.page.locator('#notices').getAttribute('aria-live')).toBe('polite');
    await screenshot(s.page, 'notice-storage-off');
    await playOneGeneration(s);
    // Dismissible, by keyboard too.
    await notice.getByRole('button', { name: 'OK' }).focus();
    await s.page.keyboard.press('Enter');
    expect(await notice.count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('storage full: a refused write is told once, and the game plays on', async () => {
    s = await openBrowser();
    await s.context.addInitScript(() => {
      const proto = Storage.prototype;
      const setItem = Object.getOwnPropertyDescriptor(proto, 'setItem')!.value as (k: string, v: string) => void;
      proto.setItem = function (this: Storage, key: string, value: string): void {
        if (key === 'weightlings.probe') return setItem.call(this, key, value);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    expect(await s.page.locator('#notices [data-notice="notice.storageFull"]').count()).toBe(0);
    await s.page.getByRole('button', { name: 'Settings' }).click();
    await s.page.getByRole('button', { name: 'Less motion' }).click();
    await s.page.getByRole('button', { name: 'Less motion' }).click();
    const notice = s.page.locator('#notices [data-notice="notice.storageFull"]');
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    await screenshot(s.page, 'notice-storage-full');
    await s.page.keyboard.press('Escape');
    await playOneGeneration(s);
    expect(s.errors).toEqual([]);
  });

  it('corrupt save: kept aside as a backup, the game starts fresh, the player is told', async () => {
    s = await openBrowser();
    const base = inject('baseUrl');
    await s.page.goto(`${base}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    const garbage = '{"language":"de","volume":0.3,"mut';
    await s.page.evaluate((g) => localStorage.setItem('weightlings.settings', g), garbage);
    await s.page.reload();
    const notice = s.page.locator('#notices [data-notice="save:settings"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('A copy was kept aside');
    const stored = await s.page.evaluate(() => ({
      save: localStorage.getItem('weightlings.settings'),
      backup: localStorage.getItem('weightlings.settings.backup.1'),
    }));
    expect(stored).toEqual({ save: null, backup: garbage });
    await screenshot(s.page, 'notice-corrupt-save');
    // Told once: the next visit is quiet, and the backup is still there.
    await s.page.goto(`${base}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    expect(await s.page.locator('#notices [data-notice="save:settings"]').count()).toBe(0);
    expect(await s.page.evaluate(() => localStorage.getItem('weightlings.settings.backup.1'))).toBe(garbage);
    expect(s.errors).toEqual([]);
  });
});
