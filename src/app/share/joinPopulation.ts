/**
 * A creature from outside joins a living population: it takes the slot of the least fit creature
 * (a fitness that is not a number counts as least fit), is recorded in the lineage as born by
 * 'import' with no parents, and waits to be evaluated like any newborn.
 */
import type { Evolution } from '../../core/evolution/evolution';
import { NO_PARENT } from '../../core/evolution/population';

/** Returns the newcomer's id. `genome` must have the network's parameter count. */
export function joinPopulation(evo: Evolution, genome: Float32Array): number {
  const pop = evo.population;
  let worst = 0;
  for (let p = 1; p < pop.count; p++) {
    if (!((pop.fitness[p] as number) >= (pop.fitness[worst] as number))) worst = p;
  }
  const id = evo.lineage.add(NO_PARENT, NO_PARENT, 'import', evo.generation);
  pop.setGenome(worst, genome);
  pop.setBirth(worst, id, NO_PARENT, NO_PARENT, evo.generation, 'import');
  return id;
}
