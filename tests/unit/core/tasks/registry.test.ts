import { describe, expect, test } from 'vitest';
import { createForageTask } from '../../../../src/core/tasks/forage';
import { BENCH_FORAGE_CONFIG, BENCH_FORAGE_SPEC } from '../../../../src/core/tasks/forage-config';
import { createPatternTask } from '../../../../src/core/tasks/pattern';
import { createTask, type TaskConfig } from '../../../../src/core/tasks/registry';
import { createGenome, Network, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { SORT_RULES, SORT_SPEC, sortConfig, sortTask } from './sortFixtures';

const PATTERN = {
  kind: 'pattern',
  target: { type: 'shape', name: 'ring' },
  resolution: 8,
  colour: 'grey',
  inputs: 'xy',
} as const satisfies TaskConfig;
const PATTERN_SPEC: NetworkSpec = { layers: [2, 6, 1], activations: ['tanh', 'sigmoid'] };

describe('createTask', () => {
  test('builds each task from its kind, scoring genomes exactly as the task’s own factory', () => {
    const genome = createGenome(new Network(PATTERN_SPEC), new Rng(1));
    const viaRegistry = createTask(PATTERN, PATTERN_SPEC);
    const direct = createPatternTask(PATTERN, PATTERN_SPEC);
    if (!viaRegistry.ok || !direct.ok) throw new Error('pattern task not built');
    expect(viaRegistry.value.kind).toBe('pattern');
    expect(viaRegistry.value.fitness(genome, 0, 3)).toBe(direct.value.fitness(genome, 0, 3));

    const sort = createTask({ kind: 'sort', ...sortConfig(SORT_RULES.circle) }, SORT_SPEC);
    if (!sort.ok) throw new Error(sort.error.message);
    const sortGenome = createGenome(new Network(SORT_SPEC), new Rng(2));
    expect(sort.value.kind).toBe('sort');
    expect(sort.value.fitness(sortGenome, 0, 5)).toBe(sortTask(SORT_RULES.circle).fitness(sortGenome, 0, 5));

    const forageSpec: NetworkSpec = {
      layers: [...BENCH_FORAGE_SPEC.layers],
      activations: [...BENCH_FORAGE_SPEC.activations],
    };
    const small = { ...BENCH_FORAGE_CONFIG, ticks: 50 };
    const forage = createTask({ kind: 'forage', ...small }, forageSpec);
    const forageDirect = createForageTask(small, forageSpec);
    if (!forage.ok || !forageDirect.ok) throw new Error('forage task not built');
    const forageGenome = createGenome(new Network(forageSpec), new Rng(3));
    expect(forage.value.kind).toBe('forage');
    expect(forage.value.fitness(forageGenome, 0, 7)).toBe(forageDirect.value.fitness(forageGenome, 0, 7));
  });

  test('a wrong kind, a wrong config or a malformed one is an error value, never a throw', () => {
    const cases: unknown[] = [
      { kind: 'juggle' },
      null,
      'pattern',
      { ...PATTERN, resolution: 1000 },
      { kind: 'sort' },
      { kind: 'forage' },
      { kind: 'forage', ...BENCH_FORAGE_CONFIG, ticks: -1 },
      { kind: 'sort', ...sortConfig(SORT_RULES.linear), features: 'hue' },
    ];
    for (const config of cases) {
      const r = createTask(config as TaskConfig, PATTERN_SPEC);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(typeof r.error.message).toBe('string');
    }
    expect(createTask({ kind: 'juggle' } as unknown as TaskConfig, PATTERN_SPEC)).toMatchObject({
      ok: false,
      error: { code: 'unknown-task' },
    });
    // The network must fit the task.
    expect(createTask(PATTERN, { layers: [3, 4, 1], activations: ['tanh', 'sigmoid'] }).ok).toBe(false);
  });
});
