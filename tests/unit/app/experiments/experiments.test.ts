// The level experiments on a play session in Node (the same engine calls the worker pool answers).
import { describe, expect, it } from 'vitest';
import { LAB_LEVELS } from '../../../../src/app/play/labLevels';
import { findLevel } from '../../../../src/app/play/levels';
import { LocalEngine } from '../../../../src/app/play/localEngine';
import { DnaEditExperiment } from '../../../../src/app/play/experiments/dnaEdit';
import { ForgetExperiment } from '../../../../src/app/play/experiments/forget';
import { RaceRun } from '../../../../src/app/play/experiments/raceRun';
import {
  experimentsOpen,
  LAB_EXPERIMENTS,
  type ExperimentHost,
  type ExperimentSetup,
} from '../../../../src/app/play/experiments/setup';
import { sessionCodec, SqueezeExperiment } from '../../../../src/app/play/experiments/squeeze';
import { PlaySession } from '../../../../src/app/play/session';
import { quantiseWeight } from '../../../../src/core/dna';
import { codecFor } from '../../../../src/core/experiments/compression';
import type { TaskConfig } from '../../../../src/core/tasks/registry';

async function hostFor(id: string): Promise<ExperimentHost & { edits: number[] }> {
  const s = await PlaySession.create(findLevel(id, LAB_LEVELS)!, new LocalEngine());
  if (!(s instanceof PlaySession)) throw new Error(s.message);
  let selected: number | null = null;
  const edits: number[] = [];
  const host = {
    session: s,
    edits,
    focus: () => {
      if (s.mode === 'train') return s.trainee;
      const best = s.evo.best();
      const p = s.evo.population.indexOf(best.id);
      return { id: best.id, genome: s.evo.population.genome(p) };
    },
    selectedGene: () => selected,
    selectGene: (i: number) => (selected = i),
    editGene: (i: number, v: number) => {
      edits.push(i);
      void s.editWeight(host.focus()!.id, i, v);
    },
  };
  return host;
}

describe('which experiments a setup opens', () => {
  it('the Lab: squeeze, edit, tally, freeze, inheritance; a race only with a second world', () => {
    expect(experimentsOpen(LAB_EXPERIMENTS)).toEqual(['squeeze', 'dnaEdit', 'tally', 'forget', 'inheritance']);
    const world = LAB_LEVELS[0]!.task;
    const race: ExperimentSetup = {
      controls: ['sideBySide', 'secondTaskSwitch'],
      switches: {},
      raceBudget: 5,
      raceSteps: 50,
    };
    expect(experimentsOpen(race)).toEqual([]);
    expect(experimentsOpen({ ...race, secondTask: world })).toEqual(['race']);
    expect(experimentsOpen({ ...race, controls: ['secondTaskSwitch'], secondTask: world })).toEqual(['forget']);
  });
});

describe('squeeze', () => {
  it('squeezes every creature to k bases, mutates bases at k, and goes back up from the unsqueezed genomes', async () => {
    const host = await hostFor('lab-pattern-bark');
    const s = host.session;
    const before = s.bestFitness;
    const genomes = s.evo.population.genomes.slice();
    const sq = new SqueezeExperiment(host);
    expect(sq.genomeBytes).toBe(98.25);
    void sq.setK(2);
    await sq.setK(1);
    expect(sessionCodec(host)).toEqual(codecFor(1));
    expect(s.evolutionConfig.mutation.kind).toBe('bases');
    for (let i = 0; i < genomes.length; i += 17) {
      expect(s.evo.population.genomes[i]).toBe(Math.fround(quantiseWeight(genomes[i]!, codecFor(1))));
    }
    expect(s.bestFitness).not.toBe(before);
    expect(sq.genomeBytes).toBe(32.75);
    const curve = sq.curve()!;
    expect(curve.byK).toHaveLength(4);
    await sq.setK(4);
    for (let i = 0; i < genomes.length; i += 17) {
      expect(s.evo.population.genomes[i]).toBe(Math.fround(quantiseWeight(genomes[i]!, codecFor(4))));
    }
    await s.nextGeneration(true);
    expect(s.generation).toBe(1);
    s.close();
  });
});

describe('base edit and tally', () => {
  it('a tap changes one base of the focused creature and counts it; random tries leave it as it is', async () => {
    const host = await hostFor('lab-pattern-bark');
    const s = host.session;
    const edit = new DnaEditExperiment(host);
    edit.sync();
    const codon = edit.codon()!;
    expect(codon).toHaveLength(3);
    const kind = edit.setBase(0, (codon[0]! + 2) & 3);
    expect(kind).not.toBeNull();
    expect(host.edits).toEqual([0]);
    expect(edit.tally.count()).toBe(1);
    expect(edit.setBase(1, codon[1]!)).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    const focus = host.focus()!.genome.slice();
    expect(edit.tryRandom(30)).toBe(30);
    expect(edit.tally.count()).toBe(31);
    expect(host.focus()!.genome).toEqual(focus);
    host.selectGene(5);
    edit.sync();
    expect(edit.gene).toBe(5);
    edit.moveGene(-6);
    expect(edit.gene).toBe(s.net.paramCount - 1);
    s.close();
  });
});

describe('two tasks', () => {
  it('learning task B makes A fall; the trace records both; freezing reaches the trainer', async () => {
    const host = await hostFor('lab-sort-linear');
    const s = host.session;
    const b: TaskConfig = {
      ...(s.level.task as TaskConfig & { kind: 'sort' }),
      rule: { kind: 'linear', weights: [-1, 0.6], bias: -0.1 },
    };
    const forget = new ForgetExperiment(host, {
      controls: ['freezeLayers', 'rehearse'],
      secondTask: b,
      switches: {},
      raceBudget: 5,
      raceSteps: 50,
    });
    expect(forget.hasSecondTask).toBe(true);
    await s.switchToTrain();
    for (let k = 0; k < 20; k++) await s.trainSteps(10);
    forget.observe();
    const learnedA = forget.trace.lastA;
    await forget.learnFrom('B');
    for (let k = 0; k < 20; k++) {
      await s.trainSteps(10);
      forget.observe();
    }
    expect(forget.trace.lastB).toBeGreaterThan(forget.trace.fitnessB[0]!);
    expect(forget.trace.lastA).toBeLessThan(learnedA);
    await forget.toggleFrozen(0);
    expect(s.trainerConfig.frozenLayers).toEqual([0]);
    s.close();
  });
});

describe('races on a session', () => {
  it('the inheritance race runs in slices to the budget', async () => {
    const host = await hostFor('lab-sort-ellipse');
    const run = new RaceRun(host, { ...LAB_EXPERIMENTS, raceBudget: 4 }, 'inheritance', () => undefined);
    const built = run.build();
    expect(built.ok).toBe(true);
    run.race = built.ok ? built.value : null;
    let slices = 0;
    while (run.slice()) slices++;
    expect(run.race!.done).toBe(true);
    expect(run.race!.lines.map((l) => l.best.length)).toEqual([5, 5, 5]);
    expect(slices).toBeGreaterThan(0);
    host.session.close();
  });
});
