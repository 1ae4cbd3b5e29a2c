/**
 * How the determinism table (determinism-cases.ts) is computed on the thread that calls, and how
 * each figure is written: the hex of its IEEE-754 bits, so "equal" means equal to the bit.
 */
import { Evolution } from '../../../src/core/evolution/evolution';
import { validateEvolutionConfig } from '../../../src/core/evolution/config';
import { createTaskEvaluator } from '../../../src/core/evolution/inheritance';
import { createGenome, type NetworkSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import type { Task } from '../../../src/core/tasks/task';
import { runAndReport, Trainer } from '../../../src/core/training/trainer';
import {
  EVOLUTION_CASES,
  FITNESS_CASES,
  TRAINING_CASES,
  type EvolutionCase,
  type FitnessCase,
  type TrainingCase,
} from './determinism-cases';

/** Figures by name ("forage-walls/seed 3/creature 2": "40221c…"), hex of their bits. */
export type Bits = Record<string, string>;

/** Hex of a float64's bits (big-endian). */
export function f64Hex(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Hex of every float32's bits, one after the other. */
export function f32Hex(a: Float32Array): string {
  const view = new DataView(new ArrayBuffer(4));
  let out = '';
  for (const x of a) {
    view.setFloat32(0, x);
    out += view.getUint32(0).toString(16).padStart(8, '0');
  }
  return out;
}

export function buildCaseTask(config: TaskConfig, spec: NetworkSpec): Task {
  const r = createTask(config, spec);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The creatures of a fitness case, back to back. */
export function caseGenomes(task: Task, c: FitnessCase): Float32Array {
  const P = task.network.paramCount;
  const out = new Float32Array(c.creatures * P);
  for (let i = 0; i < c.creatures; i++) out.set(createGenome(task.network, new Rng(c.genomeSeed + i), c.gain), i * P);
  return out;
}

export function newEvolution(task: Task, c: EvolutionCase): Evolution {
  const config = validateEvolutionConfig(c.evolution);
  if (!config.ok) throw new Error(config.error.message);
  return new Evolution(task.network, config.value);
}

/** What a finished evolution case reports: every generation's figures and the last population. */
export function evolutionBits(name: string, evolution: Evolution, out: Bits): void {
  for (const s of evolution.history) {
    const g = `${name}/generation ${s.generation}`;
    out[`${g}/best`] = f64Hex(s.best);
    out[`${g}/mean`] = f64Hex(s.mean);
    out[`${g}/diversity`] = f64Hex(s.diversity);
    out[`${g}/tally`] = `${s.neutral} ${s.harmful} ${s.helpful}`;
  }
  const pop = evolution.population;
  for (let p = 0; p < pop.count; p++) {
    out[`${name}/creature ${p}/fitness`] = f64Hex(pop.fitness[p] as number);
    out[`${name}/creature ${p}/genome`] = f32Hex(pop.genome(p));
  }
}

/** A training case's runs as one (the pool's train job starts a fresh trainer each time). */
export function totalSteps(c: TrainingCase): number {
  return c.runs.reduce((a, b) => a + b, 0);
}

/** What a training run reports. */
export function runBits(
  key: string,
  run: { genome: Float32Array; losses: Float64Array; gradNorms: Float64Array; status: string },
  out: Bits,
): void {
  out[`${key}/status`] = `${run.status} after ${run.losses.length}`;
  out[`${key}/losses`] = Array.from(run.losses, f64Hex).join(' ');
  out[`${key}/gradNorms`] = Array.from(run.gradNorms, f64Hex).join(' ');
  out[`${key}/genome`] = f32Hex(run.genome);
}

/** Every case computed on this thread with the engine alone (no worker). */
export function computeHere(): Bits {
  const out: Bits = {};
  for (const c of FITNESS_CASES) {
    const task = buildCaseTask(c.config, c.spec);
    const genomes = caseGenomes(task, c);
    const P = task.network.paramCount;
    for (const seed of c.seeds) {
      for (let i = 0; i < c.creatures; i++) {
        out[`${c.name}/seed ${seed}/creature ${i}`] = f64Hex(task.fitness(genomes, i * P, seed));
      }
    }
  }
  for (const c of EVOLUTION_CASES) {
    const task = buildCaseTask(c.config, c.spec);
    const evolution = newEvolution(task, c);
    const { evaluationSeed, inheritance, lifetime } = evolution.config;
    const evaluator = createTaskEvaluator(task, { seed: evaluationSeed, inheritance, lifetime });
    if (!evaluator.ok) throw new Error(evaluator.error.message);
    evolution.run(evaluator.value, c.generations);
    evolutionBits(c.name, evolution, out);
  }
  for (const c of TRAINING_CASES) {
    const task = buildCaseTask(c.config, c.spec);
    const data = task.trainingSet(c.dataSeed);
    if (data === null || task.lossKind === null) throw new Error(`${c.name}: no training set`);
    const genome = createGenome(task.network, new Rng(c.genomeSeed));
    const trainer = new Trainer(task.network, task.lossKind, data, genome, c.trainer);
    c.runs.forEach((steps, r) => runBits(`${c.name}/run ${r}`, runAndReport(trainer, steps), out));
    const whole = new Trainer(task.network, task.lossKind, data, genome, c.trainer);
    runBits(`${c.name}/one run`, runAndReport(whole, totalSteps(c)), out);
  }
  return out;
}
