/**
 * Test page for determinism (issue 7 §1): the table of determinism-cases.ts computed by the game's
 * own worker pool (module Web Workers, two of them, so pieces are split) and trainer worker, and
 * once more on this page's main thread. `window.determinismPage` returns each as a Bits record.
 */
import { createGenome } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { EnginePool } from '../../../src/worker/engine-pool';
import { evaluatePending, evolveGeneration } from '../../../src/worker/generation';
import { browserPortFactory } from '../../../src/worker/port';
import { browserTrainerWorker, openRemoteTrainer } from '../../../src/worker/trainer-client';
import { EVOLUTION_CASES, FITNESS_CASES, TRAINING_CASES } from './determinism-cases';
import {
  buildCaseTask,
  caseGenomes,
  computeHere,
  evolutionBits,
  f64Hex,
  newEvolution,
  runBits,
  totalSteps,
  type Bits,
} from './determinism-compute';

function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Every case through the worker pool (fitness, evolution, the train job) and the trainer worker. */
async function inWorkers(workers: number): Promise<Bits> {
  const out: Bits = {};
  const pool = new EnginePool(browserPortFactory(), workers);
  try {
    for (const c of FITNESS_CASES) {
      const task = buildCaseTask(c.config, c.spec);
      must(await pool.setTask(c.config, c.spec));
      const genomes = caseGenomes(task, c);
      for (const seed of c.seeds) {
        const fitness = must(await pool.evaluate(genomes, c.creatures, seed));
        fitness.forEach((f, i) => (out[`${c.name}/seed ${seed}/creature ${i}`] = f64Hex(f)));
      }
    }
    for (const c of EVOLUTION_CASES) {
      const task = buildCaseTask(c.config, c.spec);
      must(await pool.setTask(c.config, c.spec));
      const evolution = newEvolution(task, c);
      must(await evaluatePending(evolution, pool));
      for (let g = 0; g < c.generations; g++) must(await evolveGeneration(evolution, pool));
      evolutionBits(c.name, evolution, out);
    }
    for (const c of TRAINING_CASES) {
      const task = buildCaseTask(c.config, c.spec);
      const genome = createGenome(task.network, new Rng(c.genomeSeed));
      must(await pool.setTask(c.config, c.spec));
      runBits(
        `${c.name}/one run`,
        must(await pool.train(genome, c.trainer, totalSteps(c), { dataSeed: c.dataSeed })),
        out,
      );
      const trainer = must(
        await openRemoteTrainer(browserTrainerWorker, c.config, c.spec, genome, c.trainer, { dataSeed: c.dataSeed }),
      );
      try {
        for (const [r, steps] of c.runs.entries()) runBits(`${c.name}/run ${r}`, must(await trainer.run(steps)), out);
      } finally {
        trainer.close();
      }
    }
  } finally {
    pool.close();
  }
  return out;
}

declare global {
  interface Window {
    determinismPage?: { inWorkers: typeof inWorkers; onMainThread: () => Bits };
  }
}

window.determinismPage = { inWorkers, onMainThread: computeHere };
