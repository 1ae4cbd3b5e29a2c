/**
 * Determinism (issue 7 §1): the table of tests/e2e/pages/determinism-cases.ts — fitness of seeded
 * creatures in every task, whole evolution runs (every inheritance mode, both mutation kinds,
 * crossover) and training runs (four optimisers, a frozen layer, an explosion) — computed here in
 * Node and in Chromium by the game's worker pool (two module Web Workers), its trainer worker and
 * the page's main thread. Every figure is compared as the hex of its IEEE-754 bits.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBrowser } from './browser';
import { EVOLUTION_CASES, FITNESS_CASES, TRAINING_CASES } from './pages/determinism-cases';
import { computeHere } from './pages/determinism-compute';
import { serveTestPage, type TestPage } from './testPage';

let testPage: TestPage | null = null;

beforeAll(async () => {
  testPage = await serveTestPage('determinism.html');
});

afterAll(async () => {
  await testPage?.close();
});

it('Node and Chromium (worker pool, trainer worker, main thread) give the same bits for every case', async () => {
  const node = computeHere();
  const figures = Object.keys(node).length;
  expect(figures).toBeGreaterThan(200);
  // The table really spans what it claims (so a shrunk table fails here, not silently).
  expect(new Set(FITNESS_CASES.map((c) => c.config.kind))).toEqual(new Set(['pattern', 'forage', 'sort']));
  expect(new Set(FITNESS_CASES.flatMap((c) => c.spec.activations))).toEqual(
    new Set(['sin', 'tanh', 'relu', 'sigmoid', 'linear']),
  );
  expect(new Set(EVOLUTION_CASES.map((c) => c.evolution.inheritance ?? 'darwinian'))).toEqual(
    new Set(['darwinian', 'lamarckian', 'baldwinian']),
  );
  expect(new Set(TRAINING_CASES.map((c) => c.trainer.optimizer.kind))).toEqual(
    new Set(['sgd', 'momentum', 'nesterov', 'adam']),
  );
  expect(Object.entries(node).some(([k, v]) => k.endsWith('/status') && v.startsWith('diverged'))).toBe(true);

  const session = await openBrowser();
  try {
    const { page } = session;
    await page.goto(testPage!.url);
    await page.waitForFunction(() => window.determinismPage !== undefined, null, { timeout: 30_000 });
    const workers = await page.evaluate(() => window.determinismPage!.inWorkers(2));
    const mainThread = await page.evaluate(() => window.determinismPage!.onMainThread());
    // Pool and trainer worker report every figure Node does.
    expect(Object.keys(workers).sort()).toEqual(Object.keys(node).sort());
    expect(workers).toEqual(node);
    expect(mainThread).toEqual(node);
    expect(session.errors).toEqual([]);
    console.log(`determinism: ${figures} figures equal to the bit in Node, Chromium workers and main thread`);
  } finally {
    await session.close();
  }
});
