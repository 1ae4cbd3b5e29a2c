// Accessibility of the screens a11y.e2e.test.ts does not reach: the kiosk's attract screen and its
// "Still there?" countdown, the share and bring-in dialogs, and the level experiments panel. axe-core
// finds no serious or critical violation on any of them.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { openBrowser, type Session } from './browser';
import { until } from './inspect';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe('accessibility of dialogs and kiosk screens (axe-core)', () => {
  it('kiosk: attract screen and the "Still there?" countdown', async () => {
    s = await openBrowser({ width: 1920, height: 1080, touch: true });
    const { page } = s;
    await page.goto(`${inject('baseUrl')}?kiosk&inspect&idle=3&reset=60`);
    await page.waitForFunction(() => 'weightlings' in window, null, { timeout: 30_000 });
    await until(page, (x) => x.kiosk === 'attract', 30_000);
    await page.locator('#kiosk-touch').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#kiosk-touch').click({ force: true });
    await until(page, (x) => x.kiosk === 'warning', 30_000);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('share and bring-in dialogs, and the experiments panel of a Lab world', async () => {
    s = await openBrowser();
    const { page } = s;
    await page.goto(`${inject('baseUrl')}?inspect`);
    await page.getByRole('button', { name: 'Lab', exact: true }).click({ timeout: 30_000 });
    await page.locator('#level-lab-pattern-bark').click();
    await page.locator('#experiments').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#share').click();
    await page.locator('#share-code').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#share-dialog-close').click();
    await page.locator('#bring-in').click();
    await page.locator('#import-code').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
