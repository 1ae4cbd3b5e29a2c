// Offline, in real Chromium: load the game once, let the service worker precache it and take
// control, cut the network, reload, and play a generation — everything comes from the precache.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { until } from './inspect';

describe('offline', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s.close();
  });

  it('installs: a manifest with icons, a service worker that controls the page', async () => {
    const base = inject('baseUrl');
    await s.page.goto(`${base}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    const manifest = await s.page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      return (await (await fetch(link.href)).json()) as { name: string; display: string; icons: { sizes: string }[] };
    });
    expect(manifest).toMatchObject({ name: 'Weightlings', display: 'standalone' });
    expect(manifest!.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    // clientsClaim: the first visit's page is controlled once the precache is complete.
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await s.page.locator('#notices [data-notice="notice.offlineReady"]').waitFor({ timeout: 10_000 });
  });

  it('reloads and plays a generation with the network cut', async () => {
    const failed: string[] = [];
    s.page.on('requestfailed', (r) => failed.push(r.url()));
    await s.context.setOffline(true);
    await s.page.reload();
    // The network really is cut: what is not precached cannot be fetched (asked from a second tab).
    const probe = await s.context.newPage();
    const reachable = await probe.evaluate(
      (url) =>
        fetch(url).then(
          () => true,
          () => false,
        ),
      `${inject('baseUrl')}not-precached.txt`,
    );
    await probe.close();
    expect(reachable).toBe(false);
    await s.page.getByRole('button', { name: 'Lab', exact: true }).click({ timeout: 30_000 });
    await s.page.locator('#level-lab-forage-open').click();
    await s.page.getByRole('button', { name: 'Next generation' }).click({ timeout: 30_000 });
    const st = await until(s.page, (x) => x.generation >= 1 && x.bestFitness !== null);
    expect(st.bestFitness).not.toBeNull();
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    await until(s.page, (x) => x.step >= 1);
    await screenshot(s.page, 'offline-play');
    expect(failed).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.setOffline(false);
  });
});
