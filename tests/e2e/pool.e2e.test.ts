/**
 * The engine's worker pool in real Chromium: module Web Workers built by Vite from
 * src/worker/worker.ts, under a CSP without 'unsafe-eval'. Results must equal the main thread's to
 * the bit with 1 and 2 workers; cancelling must resolve as a value and leave the pool working. The
 * benchmark jobs are timed too and written to test-output/e2e/pool-timings.json (reported, not
 * asserted: the machine is shared).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OUTPUT_DIR, openBrowser } from './browser';
import { freePort } from './server';

const PAGES = resolve('tests/e2e/pages');
let outDir = '';
let server: PreviewServer | null = null;
let url = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'weightlings-pool-'));
  await build({
    configFile: false,
    root: PAGES,
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(PAGES, 'pool.html') } },
  });
  const port = await freePort();
  server = await preview({
    configFile: false,
    root: PAGES,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  url = `http://127.0.0.1:${port}/pool.html`;
});

afterAll(async () => {
  if (server) await new Promise<void>((done) => server!.httpServer.close(() => done()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
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
