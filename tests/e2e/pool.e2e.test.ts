/**
 * The engine's worker pool in real Chromium: module Web Workers built by Vite from
 * src/worker/worker.ts, under a CSP without 'unsafe-eval'. Results must equal the main thread's to
 * the bit with 1 and 2 workers; cancelling must resolve as a value and leave the pool working. The
 * benchmark jobs are timed too and written to test-output/e2e/pool-timings.json (reported, not
 * asserted: the machine is shared).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OUTPUT_DIR, openBrowser } from './browser';
import { serveTestPage, type TestPage } from './testPage';

let testPage: TestPage | null = null;
let url = '';

beforeAll(async () => {
  testPage = await serveTestPage('pool.html');
  url = testPage.url;
});

afterAll(async () => {
  await testPage?.close();
});

it('Web Worker pools give the main thread’s results to the bit, cancel as a value, and are timed', async () => {
  const session = await openBrowser();
  try {
    const { page } = session;
    await page.goto(url);
    await page.waitForFunction(() => window.poolPage !== undefined, null, { timeout: 30_000 });
    const checks = await page.evaluate(() => window.poolPage!.check());
    expect(checks).toEqual({
      landscape_1: true,
      forage_1: true,
      cancel_1: true,
      after_cancel_1: true,
      landscape_2: true,
      forage_2: true,
      cancel_2: true,
      after_cancel_2: true,
    });
    const timings = await page.evaluate(() => window.poolPage!.timings());
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(join(OUTPUT_DIR, 'pool-timings.json'), JSON.stringify(timings, null, 2));
    console.log('browser pool timings', timings);
    expect(timings.workers).toBeGreaterThanOrEqual(1);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});
