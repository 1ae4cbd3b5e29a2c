/**
 * Breeds the forager "New world" starts from, and prints its share code (the level's start.code):
 * `npm run levels:ancestor`. Natural selection in the level's first world (the open forest: level 3's
 * world and settings, 600 ticks) from a random first generation, then a few polish rounds on the DNA
 * grid: a share code holds 3 bases a weight (64 levels), and the fittest creature rounded to that grid
 * can lose much of its skill (16 → 5 pellets here), so each round breeds from the rounded creature and
 * keeps the better rounded one. Deterministic: a unit test breeds it again and finds the level's code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeShareCode } from '../src/core/codec/sharecode';
import { DEFAULT_CODEC, quantiseGenome } from '../src/core/dna';
import type { EvolutionConfig } from '../src/core/evolution/config';
import { Evolution } from '../src/core/evolution/evolution';
import { createTaskEvaluator, type PopulationEvaluator } from '../src/core/evolution/inheritance';
import { LineageStore } from '../src/core/evolution/lineage';
import { levelEvolutionConfig } from '../src/core/levels/autoplay';
import { parseLevel } from '../src/core/levels/schema';
import type { Level } from '../src/core/levels/types';
import { levelWorlds } from '../src/core/levels/worlds';

export const NEW_WORLD_FILE = fileURLToPath(new URL('../levels/10-new-world.json', import.meta.url));

/** How the ancestor was bred (level 3's population of 16 and seed 12, for longer). */
export const NEW_WORLD_BREEDING = {
  populationSize: 16,
  seed: 12,
  generations: 120,
  polishRounds: 6,
  polishGenerations: 5,
} as const;

function rounded(genome: Float32Array): Float32Array {
  const out = new Float32Array(genome.length);
  quantiseGenome(genome, DEFAULT_CODEC, out);
  return out;
}

function bestAfter(evo: Evolution, evaluator: PopulationEvaluator, generations: number): Float32Array {
  evo.evaluate(evaluator);
  for (let g = 0; g < generations; g++) evo.step(evaluator);
  return evo.best().genome;
}

/** The ancestor, on the DNA grid, bred in the level's first world. */
export function breedNewWorldAncestor(level: Level): Float32Array {
  const worlds = levelWorlds(level);
  const cfg = levelEvolutionConfig(level, true);
  if (!worlds.ok || !cfg.ok) throw new Error('New world: the level does not build');
  const world = worlds.value.first;
  const b = NEW_WORLD_BREEDING;
  const config: EvolutionConfig = { ...cfg.value, populationSize: b.populationSize, seed: b.seed };
  const evaluator = createTaskEvaluator(world, {
    seed: config.evaluationSeed,
    inheritance: 'darwinian',
    lifetime: null,
  });
  if (!evaluator.ok) throw new Error(evaluator.error.message);
  const fitness = (g: Float32Array): number => world.fitness(g, 0, worlds.value.seed);
  let best = bestAfter(new Evolution(world.network, config), evaluator.value, b.generations);
  for (let r = 0; r < b.polishRounds; r++) {
    const start = rounded(best);
    const polish = { ...config, seed: b.seed + 1000 + r };
    const evo = Evolution.fromCreature(world.network, polish, start, -1, new LineageStore());
    const candidate = rounded(bestAfter(evo, evaluator.value, b.polishGenerations));
    best = fitness(candidate) >= fitness(start) ? candidate : start;
  }
  return rounded(best);
}

export function readNewWorldLevel(): Level {
  const parsed = parseLevel(JSON.parse(readFileSync(NEW_WORLD_FILE, 'utf8')), 'levels/10-new-world.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const level = readNewWorldLevel();
  const genome = breedNewWorldAncestor(level);
  const code = encodeShareCode({
    spec: level.spec,
    genome,
    codec: DEFAULT_CODEC,
    name: 'Old-forest forager',
    task: 'forage',
  });
  if (!code.ok) throw new Error(code.error.message);
  console.log(code.value);
}
