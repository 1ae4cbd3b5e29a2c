/**
 * The trainer worker's handlers, driven directly in Node: a trainer opened once keeps its memory
 * between runs (3 × 10 steps = one local Trainer.run(30), to the bit), every knob and reset lands
 * as on a local trainer, a far too large step is reported as a divergence with a finite genome, and
 * every malformed message gets an error value.
 */
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/loss';
import { createGenome, isFiniteGenome, type NetworkSpec } from '../../../src/core/network';
import { Rng } from '../../../src/core/rng';
import { createTask, type TaskConfig } from '../../../src/core/tasks/registry';
import type { Task } from '../../../src/core/tasks/task';
import { Trainer, type TrainerConfig } from '../../../src/core/training/trainer';
import { TrainerHandlers } from '../../../src/worker/trainer-handlers';
import { trainerTransferOf, type TrainedReply, type TrainerReply } from '../../../src/worker/trainer-protocol';

const CONFIG: TaskConfig = {
  kind: 'pattern',
  target: { type: 'texture', name: 'bark', seed: 7 },
  resolution: 8,
  colour: 'rgb',
  inputs: 'xyr',
};
const SPEC: NetworkSpec = { layers: [3, 8, 8, 3], activations: ['sin', 'sin', 'sigmoid'] };
const MOMENTUM: TrainerConfig = {
  optimizer: { kind: 'momentum', learningRate: 0.3, momentum: 0.9 },
  batchSize: 16,
  seed: 5,
  explosionFactor: 4,
};
const ADAM: TrainerConfig = { optimizer: { kind: 'adam', learningRate: 0.02 }, batchSize: 16, seed: 9 };

function task(): Task {
  const t = createTask(CONFIG, SPEC);
  if (!t.ok) throw new Error(t.error.message);
  return t.value;
}

function genome(seed: number): Float32Array {
  return createGenome(task().network, new Rng(seed));
}

/** A local trainer on the task's set for data seed 0 (what `source: {}` means). */
function localTrainer(g: Float32Array, config: TrainerConfig): Trainer {
  const t = task();
  return new Trainer(t.network, t.lossKind!, t.trainingSet(0)!, g, config);
}

let nextId = 1;
function open(h: TrainerHandlers, g: Float32Array, config: TrainerConfig, source: object = {}): TrainerReply {
  return h.receive({
    type: 'open',
    id: nextId++,
    taskConfig: CONFIG,
    spec: SPEC,
    genome: g.slice(),
    trainerConfig: config,
    source,
  });
}

function run(h: TrainerHandlers, steps: number): TrainedReply {
  const reply = h.receive({ type: 'run', id: nextId++, steps });
  if (reply.type !== 'trained') throw new Error(`expected trained, got ${JSON.stringify(reply)}`);
  return reply;
}

const send = (h: TrainerHandlers, message: object): TrainerReply => h.receive({ id: nextId++, ...message });

/** The bytes of a typed array: equal bytes = equal bits (NaN payloads and −0 included). */
const bits = (a: Float32Array | Float64Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function concat(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('TrainerHandlers keeps one trainer between runs', () => {
  for (const config of [MOMENTUM, ADAM]) {
    test(`3 runs of 10 steps = one local run of 30, to the bit (${config.optimizer.kind})`, () => {
      const g0 = genome(3);
      const h = new TrainerHandlers();
      const opened = open(h, g0, config);
      expect(opened.type).toBe('ok');
      const chunks = [run(h, 10), run(h, 10), run(h, 10)];
      const local = localTrainer(g0, config);
      const losses = new Float64Array(30);
      const gradNorms = new Float64Array(30);
      expect(local.run(30, losses, gradNorms)).toBe(30);
      for (const c of chunks) expect(c).toMatchObject({ steps: 10, status: 'ready', divergence: null });
      expect(bits(concat(chunks.map((c) => c.losses)))).toEqual(bits(losses));
      expect(bits(concat(chunks.map((c) => c.gradNorms)))).toEqual(bits(gradNorms));
      expect(bits(chunks[2]!.genome)).toEqual(bits(local.genome));
      // The memory matters: three fresh trainers (the pool's stateless 'train') would not give this run.
      let g = g0;
      const fresh: Float64Array[] = [];
      for (let k = 0; k < 3; k++) {
        const t = localTrainer(g, config);
        const l = new Float64Array(10);
        t.run(10, l);
        fresh.push(l);
        g = t.genome.slice();
      }
      expect(bits(concat(fresh))).not.toEqual(bits(losses));
    });
  }

  test('configure between runs lands as on a local trainer (rate, optimiser, batch size, frozen layer)', () => {
    const g0 = genome(4);
    const h = new TrainerHandlers();
    open(h, g0, MOMENTUM);
    const local = localTrainer(g0, MOMENTUM);
    const patches: Partial<TrainerConfig>[] = [
      { optimizer: { kind: 'momentum', learningRate: 0.05, momentum: 0.5 } },
      { optimizer: { kind: 'adam', learningRate: 0.01 }, batchSize: 8 },
      { frozenLayers: [0], seed: 2 },
    ];
    for (const patch of patches) {
      run(h, 5);
      local.run(5);
      expect(send(h, { type: 'configure', patch })).toEqual({ type: 'ok', id: nextId - 1 });
      local.configure(patch);
    }
    const last = run(h, 7);
    const losses = new Float64Array(7);
    local.run(7, losses);
    expect(bits(last.losses)).toEqual(bits(losses));
    expect(bits(last.genome)).toEqual(bits(local.genome));
  });

  test('reset starts over from the edited genome, memory cleared', () => {
    const h = new TrainerHandlers();
    open(h, genome(5), ADAM);
    run(h, 12);
    const edited = genome(6);
    edited[0] = 1.5;
    expect(send(h, { type: 'reset', genome: edited.slice() }).type).toBe('ok');
    const after = run(h, 10);
    const local = localTrainer(edited, ADAM);
    const losses = new Float64Array(10);
    local.run(10, losses);
    expect(bits(after.losses)).toEqual(bits(losses));
    expect(bits(after.genome)).toEqual(bits(local.genome));
  });

  test('setSource: learns from given examples, or the task set of another seed', () => {
    const g0 = genome(7);
    const h = new TrainerHandlers();
    open(h, g0, MOMENTUM);
    const t = task();
    const full = t.trainingSet(0)!;
    const few: Dataset = { inputs: full.inputs.slice(0, 20 * 3), targets: full.targets.slice(0, 20 * 3), count: 20 };
    expect(send(h, { type: 'setSource', source: { data: few } }).type).toBe('ok');
    const local = localTrainer(g0, MOMENTUM);
    local.setDataset(few);
    const a = run(h, 6);
    const la = new Float64Array(6);
    local.run(6, la);
    expect(bits(a.losses)).toEqual(bits(la));
    expect(send(h, { type: 'setSource', source: { dataSeed: 3 } }).type).toBe('ok');
    local.setDataset(t.trainingSet(3)!);
    const b = run(h, 6);
    const lb = new Float64Array(6);
    local.run(6, lb);
    expect(bits(b.losses)).toEqual(bits(lb));
    expect(bits(b.genome)).toEqual(bits(local.genome));
  });

  test('a far too large learning rate: diverged, the genome finite, resume goes on after a lower rate', () => {
    const g0 = genome(8);
    const h = new TrainerHandlers();
    open(h, g0, MOMENTUM);
    const before = run(h, 3);
    send(h, { type: 'configure', patch: { optimizer: { kind: 'sgd', learningRate: 1e4 } } });
    const boom = run(h, 20);
    expect(boom.status).toBe('diverged');
    expect(boom.divergence).not.toBeNull();
    expect(boom.steps).toBeLessThan(20);
    expect(boom.losses.length).toBe(boom.steps);
    expect(isFiniteGenome(boom.genome)).toBe(true);
    for (const w of boom.genome) expect(Math.abs(w)).toBeLessThan(1e3);
    if (boom.steps === 0) expect(bits(boom.genome)).toEqual(bits(before.genome));
    // A diverged trainer stays put until resumed.
    expect(run(h, 5)).toMatchObject({ steps: 0, status: 'diverged' });
    send(h, { type: 'configure', patch: { optimizer: { kind: 'sgd', learningRate: 0.01 } } });
    expect(send(h, { type: 'resume' }).type).toBe('ok');
    const after = run(h, 5);
    expect(after).toMatchObject({ steps: 5, status: 'ready', divergence: null });
    expect(isFiniteGenome(after.genome)).toBe(true);
  });

  test('a trained reply owns its buffers: three distinct ones to transfer (none for an empty run)', () => {
    const h = new TrainerHandlers();
    open(h, genome(9), MOMENTUM);
    const reply = run(h, 4);
    const transfer = trainerTransferOf(reply);
    expect(transfer).toHaveLength(3);
    expect(new Set(transfer).size).toBe(3);
    expect(transfer).toContain(reply.genome.buffer);
    expect(trainerTransferOf(run(h, 0))).toHaveLength(1);
  });
});

describe('TrainerHandlers answers bad messages with error values', () => {
  const code = (reply: TrainerReply): string => (reply.type === 'error' ? reply.error.code : `no error: ${reply.type}`);

  test('malformed messages and requests before open', () => {
    const h = new TrainerHandlers();
    expect(h.receive(null)).toMatchObject({ type: 'error', id: -1, error: { code: 'bad-request' } });
    expect(h.receive('run')).toMatchObject({ type: 'error', id: -1 });
    expect(code(h.receive({ type: 'run', steps: 3 }))).toBe('bad-request');
    expect(h.receive({ type: 'dance', id: 42 })).toMatchObject({ id: 42, error: { code: 'bad-request' } });
    expect(code(send(h, { type: 'run', steps: 3 }))).toBe('no-trainer');
    expect(code(send(h, { type: 'resume' }))).toBe('no-trainer');
    expect(code(send(h, { type: 'open', spec: SPEC }))).toBe('bad-request');
    expect(code(send(h, { type: 'reset', genome: [1, 2, 3] }))).toBe('bad-request');
  });

  test('open refuses a bad task, a genome of the wrong size or with NaN, a bad config, no examples', () => {
    const h = new TrainerHandlers();
    const g = genome(10);
    const bad = (patch: object): string =>
      code(
        send(h, {
          type: 'open',
          taskConfig: CONFIG,
          spec: SPEC,
          genome: g.slice(),
          trainerConfig: MOMENTUM,
          source: {},
          ...patch,
        }),
      );
    expect(bad({ taskConfig: { kind: 'chess' } })).toBe('bad-task');
    expect(bad({ spec: { layers: [3, 0, 3], activations: ['tanh', 'sigmoid'] } })).toBe('bad-task');
    expect(bad({ genome: g.slice(1) })).toBe('bad-request');
    const nan = g.slice();
    nan[3] = NaN;
    expect(bad({ genome: nan })).toBe('bad-request');
    expect(bad({ trainerConfig: { ...MOMENTUM, optimizer: { kind: 'rmsprop', learningRate: 0.1 } } })).toBe(
      'bad-request',
    );
    expect(bad({ trainerConfig: { ...MOMENTUM, optimizer: { kind: 'sgd', learningRate: NaN } } })).toBe('bad-request');
    expect(bad({ trainerConfig: { ...MOMENTUM, batchSize: 2.5 } })).toBe('bad-request');
    const empty: Dataset = { inputs: new Float32Array(0), targets: new Float32Array(0), count: 0 };
    expect(bad({ source: { data: empty } })).toBe('no-data');
    const short: Dataset = { inputs: new Float32Array(5), targets: new Float32Array(6), count: 2 };
    expect(bad({ source: { data: short } })).toBe('bad-request');
    // After all those refusals there is still no trainer; a good open works.
    expect(code(send(h, { type: 'run', steps: 1 }))).toBe('no-trainer');
    expect(bad({}).startsWith('no error')).toBe(true);
  });

  test('a task without a loss is not trainable; an exception inside the engine is a failed value', () => {
    const real = task();
    const lossless = Object.assign(Object.create(real) as Task, { lossKind: null });
    const h = new TrainerHandlers(() => ({ ok: true, value: lossless }));
    expect(code(open(h, genome(11), MOMENTUM))).toBe('not-trainable');
    const throwing = Object.assign(Object.create(real) as Task, {
      trainingSet: () => {
        throw new Error('teacher fell over');
      },
    });
    const h2 = new TrainerHandlers(() => ({ ok: true, value: throwing }));
    expect(open(h2, genome(11), MOMENTUM)).toMatchObject({ type: 'error', error: { code: 'failed' } });
  });

  test('an open trainer refuses bad runs, patches, genomes and sources, and is unharmed by them', () => {
    const g0 = genome(12);
    const h = new TrainerHandlers();
    open(h, g0, MOMENTUM);
    run(h, 4);
    expect(code(send(h, { type: 'run', steps: -1 }))).toBe('bad-request');
    expect(code(send(h, { type: 'run', steps: 1.5 }))).toBe('bad-request');
    expect(code(send(h, { type: 'run', steps: 1e9 }))).toBe('bad-request');
    expect(code(send(h, { type: 'configure', patch: { batchSize: -4 } }))).toBe('bad-request');
    expect(code(send(h, { type: 'configure', patch: { frozenLayers: ['first'] } }))).toBe('bad-request');
    expect(code(send(h, { type: 'reset', genome: new Float32Array(3) }))).toBe('bad-request');
    expect(code(send(h, { type: 'reset', genome: g0.map(() => Infinity) }))).toBe('bad-request');
    expect(code(send(h, { type: 'setSource', source: { data: { inputs: [1], targets: [1], count: 1 } } }))).toBe(
      'bad-request',
    );
    expect(code(send(h, { type: 'setSource', source: 7 }))).toBe('bad-request');
    const rest = run(h, 6);
    const local = localTrainer(g0, MOMENTUM);
    local.run(4);
    const losses = new Float64Array(6);
    local.run(6, losses);
    expect(bits(rest.losses)).toEqual(bits(losses));
    expect(bits(rest.genome)).toEqual(bits(local.genome));
  });
});
