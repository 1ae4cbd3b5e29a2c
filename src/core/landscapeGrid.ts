/**
 * Evaluating a landscape slice (landscape.ts) on its n × n grid, for any Task: cell = row·n + col
 * stands for the genome origin + a·d1 + b·d2 with a = gridCoordinate(col), b = gridCoordinate(row)
 * (row 0 at b = −span), and gets that genome's fitness (and, where the task has one, its loss).
 *
 * Chunked and cancellable: `sliceCells` evaluates any range of cells, so a worker pool can split a grid
 * by rows or cells and report progress between chunks. A cell's value depends only on the slice, the
 * task config, the seed and the cell — never on which other cells were evaluated with it or in which
 * order — so any split gives the same bits as the whole grid. The cell genome is built in float64
 * (origin + a·d1 + b·d2, not rounded to float32); at the centre cell it is the origin exactly, so the
 * centre's fitness is task.fitness(origin) to the bit.
 */
import { slicePoint, gridCoordinate, type LandscapeSlice } from './landscape';
import { allExamples, lossValue, type Dataset } from './loss';
import type { Weights } from './network';
import type { Task } from './tasks/task';

/** A task that can give its loss directly, with fitness = 1 − loss in the same pass (the pattern task). */
interface DirectLoss {
  loss(genome: Weights, gOff: number, seed: number): number;
}

function directLoss(task: Task): DirectLoss | null {
  const t = task as Task & Partial<DirectLoss>;
  return task.lossKind === 'mse' && task.kind === 'pattern' && typeof t.loss === 'function' ? (t as DirectLoss) : null;
}

export interface SliceCellsOptions {
  /** The seed every cell's fitness is evaluated with (default 0). */
  readonly seed?: number;
  /** Checked before every cell; when it returns true the call stops early. */
  readonly isCancelled?: () => boolean;
}

/**
 * Evaluates cells [cellStart, cellEnd) of the slice: fitnessOut[k] and, if lossOut is given and the
 * task has a loss, lossOut[k] for cell = cellStart + k (lossOut is filled with NaN where the task has
 * none). Returns the number of cells done (fewer than asked only if cancelled). Allocates one scratch
 * genome (and the training set, for a loss) per call, nothing per cell.
 */
export function sliceCells(
  task: Task,
  slice: LandscapeSlice,
  cellStart: number,
  cellEnd: number,
  fitnessOut: Float64Array,
  lossOut: Float64Array | null = null,
  options: SliceCellsOptions = {},
): number {
  const seed = options.seed ?? 0;
  const isCancelled = options.isCancelled;
  const n = slice.n;
  const genome = new Float64Array(slice.origin.length);
  const direct = lossOut ? directLoss(task) : null;
  const data: Dataset | null = lossOut && !direct && task.lossKind ? task.trainingSet(seed) : null;
  const end = Math.min(cellEnd, n * n);
  let k = 0;
  for (let cell = Math.max(0, cellStart); cell < end; cell++, k++) {
    if (isCancelled && isCancelled()) break;
    const a = gridCoordinate(slice, cell % n);
    const b = gridCoordinate(slice, Math.floor(cell / n));
    slicePoint(slice, a, b, genome);
    if (direct && lossOut) {
      const loss = direct.loss(genome, 0, seed);
      lossOut[k] = loss;
      fitnessOut[k] = 1 - loss;
      continue;
    }
    fitnessOut[k] = task.fitness(genome, 0, seed);
    if (lossOut) {
      lossOut[k] =
        data && task.lossKind ? lossValue(task.network, genome, data, allExamples(data), task.lossKind) : NaN;
    }
  }
  return k;
}

export interface SliceGrid {
  /** n × n fitness values, cell = row·n + col. */
  readonly fitness: Float64Array;
  /** n × n loss values, or null when the task has no loss or none was asked for. */
  readonly loss: Float64Array | null;
}

/** The whole grid in one call (the single-thread convenience; workers call sliceCells on parts). */
export function sliceGrid(task: Task, slice: LandscapeSlice, withLoss = false, seed = 0): SliceGrid {
  const cells = slice.n * slice.n;
  const fitness = new Float64Array(cells);
  const loss = withLoss && task.lossKind ? new Float64Array(cells) : null;
  sliceCells(task, slice, 0, cells, fitness, loss, { seed });
  return { fitness, loss };
}
