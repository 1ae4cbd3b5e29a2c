/** Engine benchmark rows of issue 2: network forward, population forward, SGD, mutation. */
import { forward, forwardPopulation } from '../src/core/forward';
import { lossGradientInto, type Dataset } from '../src/core/loss';
import { mutateGaussianAll } from '../src/core/mutation';
import { Network, createGenome, type NetworkSpec } from '../src/core/network';
import { Rng } from '../src/core/rng';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measure } from './harness';
import { RefNet, refForwardPopulation, refMutate } from './reference';

export interface Row {
  ops: number;
  ref: number;
  ratio: number;
  gcs?: number;
}

function spec(layers: number[]): NetworkSpec {
  return { layers, activations: layers.slice(1).map(() => 'tanh' as const) };
}

function randomInputs(rng: Rng, n: number): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = rng.range(-1, 1);
  return x;
}

async function compare(ours: () => void, ref: () => void): Promise<Row> {
  // Interleave three rounds and keep each side's best: both sides get the same warm-up and the
  // same share of machine noise (the JIT settles a hot loop only after its first round).
  let ops = 0;
  let refOps = 0;
  let gcs = 0;
  for (let round = 0; round < 3; round++) {
    const a = await measure(ours);
    const r = await measure(ref);
    ops = Math.max(ops, a.ops);
    refOps = Math.max(refOps, r.ops);
    if (round > 0) gcs += a.gcs;
  }
  return { ops, ref: refOps, ratio: ops / refOps, gcs };
}

async function forwardRow(layers: number[]): Promise<Row> {
  const rng = new Rng(1);
  const net = new Network(spec(layers));
  const g = createGenome(net, rng);
  const x = randomInputs(rng, layers[0]!);
  const out = new Float32Array(net.outputSize);
  const ref = new RefNet(layers);
  return compare(
    () => forward(net, g, x, out),
    () => ref.forward(x),
  );
}

async function populationRow(): Promise<Row> {
  const layers = [8, 16, 4];
  const rng = new Rng(2);
  const net = new Network(spec(layers));
  const count = 256;
  const genomes = new Float32Array(count * net.paramCount);
  for (let i = 0; i < genomes.length; i++) genomes[i] = rng.normal() * 0.5;
  const inputs = randomInputs(rng, count * 8);
  const outputs = new Float32Array(count * 4);
  const refOut = new Float32Array(count * 4);
  const sa = new Float32Array(64);
  const sb = new Float32Array(64);
  return compare(
    () => forwardPopulation(net, genomes, count, inputs, outputs),
    () => refForwardPopulation(layers, genomes, count, inputs, refOut, sa, sb),
  );
}

async function sgdRow(batch: number): Promise<Row> {
  const layers = [8, 16, 4];
  const rng = new Rng(3);
  const net = new Network(spec(layers));
  const g = createGenome(net, rng);
  const grad = new Float32Array(net.paramCount);
  const data: Dataset = { inputs: randomInputs(rng, batch * 8), targets: randomInputs(rng, batch * 4), count: batch };
  const sel = { indices: null, count: batch };
  const lr = 1e-3;
  const ref = new RefNet(layers);
  return compare(
    () => {
      lossGradientInto(net, g, data, sel, 'mse', grad);
      for (let i = 0; i < g.length; i++) g[i] = (g[i] as number) - lr * (grad[i] as number);
    },
    () => ref.sgdStep(data.inputs, data.targets, batch, lr),
  );
}

async function mutateRow(): Promise<Row> {
  const net = new Network(spec([8, 16, 4]));
  const rng = new Rng(4);
  const src = createGenome(net, rng);
  const dst = new Float32Array(src.length);
  const ref = new Float32Array(src.length);
  return compare(
    () => {
      dst.set(src);
      mutateGaussianAll(dst, 0, dst.length, 0.1, rng);
    },
    () => refMutate(src, ref, 0.1),
  );
}

export const ENGINE_ROWS: Record<string, () => Promise<Row>> = {
  forward_8_16_4: () => forwardRow([8, 16, 4]),
  forward_16_32_32_4: () => forwardRow([16, 32, 32, 4]),
  population256_8_16_4: () => populationRow(),
  sgd_8_16_4: () => sgdRow(1),
  sgd_batch32_8_16_4: () => sgdRow(32),
  mutate_8_16_4: () => mutateRow(),
};

/**
 * Every engine row, each measured in a fresh Node process (bench/engineRow.ts): what the JIT learnt
 * from one row's shapes and types cannot speed up or slow down the next row — ours or the reference.
 */
export function engineRows(): Record<string, Row> {
  const out: Record<string, Row> = {};
  for (const name of Object.keys(ENGINE_ROWS)) {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(new URL('./engineRow.ts', import.meta.url)), name],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`benchmark row ${name} failed: ${r.stderr}`);
    const lines = r.stdout.trim().split('\n');
    out[name] = JSON.parse(lines[lines.length - 1] as string) as Row;
  }
  return out;
}
