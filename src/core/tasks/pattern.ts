/**
 * The pattern task: the network maps a pixel's position — x, y in [−1, 1] (and optionally r, the
 * distance from the centre) — to a colour (grey or RGB). The creature's skin is that picture.
 *
 *   fitness = 1 − MSE,  MSE = 1/(n·k) Σ_pixels Σ_channels (y − t)²
 * over the n = resolution² pixel centres and k channels, t the target colour (a camouflage texture
 * or a shape). With a sigmoid output layer (the intended design) colours and targets are in [0, 1],
 * so MSE ∈ [0, 1] and fitness ∈ [0, 1]; with any other output activation the raw outputs are used
 * (fitness can then fall below 0; fitnessRange says so) and only the displayed skin is clamped.
 *
 * Training: lossKind 'mse' on `trainingSet` = every pixel's inputs → its target colour (float32,
 * the same numbers fitness uses), so the loss training lowers IS the MSE, summed in the same order:
 * `lossValue` gives the same bits as `loss()`, 1 − loss = fitness exactly, and
 * dLoss/dGenome = −dFitness/dGenome (tests/unit/core/tasks/pattern.test.ts checks all three).
 * Fitness runs every pixel through the genome layer by layer (patternForward.ts), the same bits as
 * forwardAt. The seed argument is unused: the target's own seed is part of the config.
 */
import { ACT_SIGMOID } from '../activations';
import type { Dataset } from '../loss';
import { Network, validateSpec, type NetworkSpec, type Weights } from '../network';
import { err, ok, type Result } from '../result';
import type { Evaluation, Phenotype, Task } from './task';
import { specFits } from './task';
import {
  patternChannelCount,
  patternInputCount,
  validatePatternConfig,
  type PatternConfig,
  type PatternConfigError,
} from './patternConfig';
import { meanSquaredError, PatternBatch } from './patternForward';
import { patternInputGrid, patternTargetImage, renderPatternTarget, type PatternImage } from './patternGrid';
import { imageContrast } from './patternVisibility';

export type { PatternConfig } from './patternConfig';
export type { PatternImage } from './patternGrid';
export { patternTargetImage } from './patternGrid';

/** Largest skin a view can ask for, in pixels per side. */
export const MAX_SKIN_RESOLUTION = 512;
/** Display resolutions whose buffers are kept between calls. */
const MAX_DISPLAY_GRIDS = 4;

export type PatternTaskError =
  | PatternConfigError
  | { readonly code: 'bad-network' | 'network-mismatch'; readonly field: 'network'; readonly message: string };

/** One resolution's inputs and forward buffers (the task's own, or a display resolution). */
interface PixelGrid {
  readonly res: number;
  /** res² × inputSize, float32 values held in float64 for the hot loop. */
  readonly inputs: Float64Array;
  readonly batch: PatternBatch;
}

export class PatternTask implements Task {
  readonly kind = 'pattern' as const;
  readonly lossKind = 'mse' as const;
  readonly config: PatternConfig;
  readonly network: Network;
  readonly fitnessRange: readonly [number, number];
  readonly resolution: number;
  /** 1 = grey, 3 = RGB. */
  readonly channels: number;
  readonly pixelCount: number;
  /** Target colours at the task's resolution: pixelCount × channels, float32, row-major. */
  readonly targets: Float32Array;
  /** True when the output layer is sigmoid (colours already in [0, 1]). */
  readonly boundedOutput: boolean;
  private readonly grid: PixelGrid;
  private readonly displayGrids = new Map<number, PixelGrid>();

  /** Use createPatternTask (it checks config and spec); this constructor trusts them. */
  constructor(config: PatternConfig, spec: NetworkSpec) {
    this.config = config;
    this.network = new Network(spec);
    this.resolution = config.resolution;
    this.channels = patternChannelCount(config);
    this.pixelCount = config.resolution * config.resolution;
    this.boundedOutput = this.network.acts[this.network.depth - 1] === ACT_SIGMOID;
    this.fitnessRange = this.boundedOutput ? [0, 1] : [-Infinity, 1];
    this.targets = renderPatternTarget(config.target, config.resolution, config.colour);
    this.grid = this.makeGrid(config.resolution);
  }

  private makeGrid(res: number): PixelGrid {
    const inputs = Float64Array.from(patternInputGrid(res, this.config.inputs));
    return { res, inputs, batch: new PatternBatch(this.network, res * res) };
  }

  /** Inputs of every pixel at the task's resolution (pixelCount × inputSize). Read only. */
  get inputGrid(): Float64Array {
    return this.grid.inputs;
  }

  /** 1 − MSE to the target (see top). No allocation. */
  fitness(genome: Weights, gOff: number, seed: number): number {
    return 1 - this.loss(genome, gOff, seed);
  }

  /** The MSE to the target: the same bits as `lossValue` on `trainingSet`, and fitness = 1 − loss. */
  loss(genome: Weights, gOff: number, _seed: number): number {
    const out = this.grid.batch.run(genome, gOff, this.grid.inputs);
    return meanSquaredError(out, this.targets, this.pixelCount, this.channels);
  }

  evaluate(genome: Weights, seed: number): Evaluation {
    const fitness = this.fitness(genome, 0, seed);
    return { fitness, details: { mse: 1 - fitness } };
  }

  phenotype(genome: Weights, _seed: number): Phenotype {
    return { kind: 'pattern', ...this.skin(genome, this.resolution) };
  }

  /**
   * The creature's skin at any resolution (e.g. large for the microscope, small for sprites):
   * colours clamped to [0, 1] for display; resolution is clamped to 1…MAX_SKIN_RESOLUTION. Allocates
   * the returned pixels; the inputs and buffers of a few display resolutions are cached.
   */
  skin(genome: Weights, resolution: number, gOff = 0): PatternImage {
    const res = Math.max(1, Math.min(MAX_SKIN_RESOLUTION, Math.floor(resolution) || 1));
    let grid = res === this.resolution ? this.grid : this.displayGrids.get(res);
    if (!grid) {
      if (this.displayGrids.size >= MAX_DISPLAY_GRIDS) this.displayGrids.clear();
      grid = this.makeGrid(res);
      this.displayGrids.set(res, grid);
    }
    const out = grid.batch.run(genome, gOff, grid.inputs);
    const pixels = new Float32Array(out.length);
    for (let i = 0; i < out.length; i++) {
      const v = out[i] as number;
      pixels[i] = v > 0 ? (v < 1 ? v : 1) : 0; // NaN → 0
    }
    return { width: res, height: res, channels: this.channels, pixels };
  }

  /** The target picture (the background to blend into, or the shape to draw) at any resolution. */
  targetImage(res = this.resolution): PatternImage {
    return patternTargetImage(this.config.target, res, this.config.colour);
  }

  /** Every pixel's inputs → its target colour (fresh copies each call). */
  trainingSet(_seed: number): Dataset {
    return {
      inputs: patternInputGrid(this.resolution, this.config.inputs),
      targets: this.targets.slice(),
      count: this.pixelCount,
    };
  }

  /**
   * How visible the creature is on a background, for the "you are the bird" game: the mean squared
   * contrast between its skin (at the task's resolution, clamped to [0, 1]) and the patch of the
   * background it covers, its top-left pixel at (x0, y0); see `imageContrast`. In [0, 1]:
   * 0 = perfectly hidden, 1 = black on white everywhere.
   */
  visibility(genome: Weights, background: PatternImage, x0 = 0, y0 = 0): number {
    return imageContrast(this.skin(genome, this.resolution), background, x0, y0);
  }
}

/** Builds a pattern task from a plain-JSON config and a network spec, checking that they fit. */
export function createPatternTask(config: unknown, spec: NetworkSpec): Result<PatternTask, PatternTaskError> {
  const checked = validatePatternConfig(config);
  if (!checked.ok) return checked;
  const specOk = validateSpec(spec);
  if (!specOk.ok) return err({ code: 'bad-network', field: 'network', message: specOk.error.message });
  const nIn = patternInputCount(checked.value);
  const nOut = patternChannelCount(checked.value);
  if (!specFits(spec, nIn, nOut)) {
    return err({
      code: 'network-mismatch',
      field: 'network',
      message: `a ${checked.value.inputs} ${checked.value.colour} pattern needs ${nIn} inputs and ${nOut} outputs, not ${spec.layers[0]} and ${spec.layers[spec.layers.length - 1]}`,
    });
  }
  return ok(new PatternTask(checked.value, spec));
}
