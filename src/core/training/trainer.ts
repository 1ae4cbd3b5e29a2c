/**
 * The steerable trainer: gradient descent on ONE creature's genome, one step at a time or running,
 * with every knob the player may turn between steps (learning rate, optimiser, batch size, weight
 * decay, clipping, frozen layers, which examples).
 *
 * A step:
 *   1. a mini-batch: `batchSize` examples, walking a seeded shuffle of the dataset (reshuffled when
 *      used up); batchSize 0 or ≥ count means the whole dataset, in order;
 *   2. loss and g = dLoss/dGenome on that batch (loss.ts), at the genome before the step;
 *   3. g += weightDecay·w (L2 decay); g = 0 on frozen layers' weights and biases;
 *      (an untaught output's weights — NaN targets, loss.ts — get loss gradient 0, so with no decay
 *      neither momentum nor Adam moves them; decay alone would shrink them unless their layer is frozen)
 *      gradNorm = ‖g‖₂ (reported, before clipping); if clipNorm > 0 and ‖g‖ > clipNorm, g ← g·clipNorm/‖g‖;
 *   4. the optimiser's update (optimizers.ts).
 *
 * Divergence: the step is refused, status becomes 'diverged' and the genome is restored to the last
 * good genome (the last one whose batch loss was measured sane) when
 *   - the loss or the gradient norm is NaN/∞, or the loss > lossCap, or
 *   - the loss > explosionFactor × the reference loss (the first loss measured after a reset, at
 *     least explosionFloor), or
 *   - the update leaves a weight NaN/∞ or beyond ±weightLimit.
 * So a genome with NaN never leaves the trainer. A diverged trainer stays put until `resume()` or `reset()`.
 */
import { isFiniteGenome, type Network, type Weights } from '../network';
import { allExamples, lossAndGradient, lossValue, type Dataset, type LossKind, type Selection } from '../loss';
import { Rng } from '../rng';
import { applyUpdate, OptimizerState, type OptimizerSettings } from './optimizers';

export interface TrainerConfig {
  readonly optimizer: OptimizerSettings;
  /** Examples per step; 0 (or ≥ the dataset's count) = the whole dataset. */
  readonly batchSize: number;
  /** L2 weight decay coefficient λ: adds λ·w to the gradient. Default 0. */
  readonly weightDecay?: number;
  /** Largest gradient norm a step uses (0 = no clipping). Default 0. */
  readonly clipNorm?: number;
  /** Weight-layer indices (0 = first) whose weights and biases do not learn. */
  readonly frozenLayers?: readonly number[];
  /** Seeds the mini-batch shuffle. */
  readonly seed: number;
  /** Divergence when the loss exceeds this multiple of the reference loss. Default 1e3. */
  readonly explosionFactor?: number;
  /**
   * The reference loss counts as at least this (default 0.01), so a run that starts from a near-perfect
   * genome (loss ≈ 0) does not take its next ordinary batch for an explosion.
   */
  readonly explosionFloor?: number;
  /** Divergence when the loss exceeds this. Default 1e6. */
  readonly lossCap?: number;
  /**
   * Divergence when a weight leaves ±weightLimit. Default 1e3 (250× the DNA range): a bounded loss such
   * as cross-entropy cannot explode — its saturating sigmoid just sticks — so runaway weights are how
   * a far too large step shows there.
   */
  readonly weightLimit?: number;
}

export type TrainerStatus = 'ready' | 'diverged';
export type DivergenceReason = 'non-finite-loss' | 'loss-exploded' | 'non-finite-gradient' | 'weights-exploded';

export interface StepReport {
  readonly step: number;
  /** Mean loss on the step's batch, at the genome before the step. */
  readonly loss: number;
  /** ‖dLoss/dGenome‖₂ of the step (with decay, frozen weights zeroed, before clipping). */
  readonly gradNorm: number;
  readonly status: TrainerStatus;
}

export class Trainer {
  readonly net: Network;
  readonly lossKind: LossKind;
  /** The creature being trained (a copy of what came in). Always finite. */
  readonly genome: Float32Array;
  /** The last genome whose loss was measured sane: where a diverging run is put back. */
  readonly lastGood: Float32Array;
  private config: TrainerConfig;
  private data: Dataset;
  private readonly grad: Float64Array;
  /** 1 for weights of frozen layers. */
  private readonly frozen: Uint8Array;
  private readonly state: OptimizerState;
  private readonly rng: Rng;
  private order: Int32Array;
  private cursor = 0;
  private batch: Int32Array;
  private selection: Selection;
  status: TrainerStatus = 'ready';
  divergence: DivergenceReason | null = null;
  /** Steps taken since the last reset (refused steps not counted). */
  steps = 0;
  /** Loss and gradient norm of the last step. */
  lastLoss = NaN;
  lastGradNorm = NaN;
  /** Lowest batch loss seen since the reset, and the reference loss for explosion (the first one). */
  bestLoss = Infinity;
  referenceLoss = NaN;

  constructor(net: Network, lossKind: LossKind, data: Dataset, genome: Weights, config: TrainerConfig) {
    this.net = net;
    this.lossKind = lossKind;
    this.genome = new Float32Array(net.paramCount);
    this.lastGood = new Float32Array(net.paramCount);
    this.grad = new Float64Array(net.paramCount);
    this.frozen = new Uint8Array(net.paramCount);
    this.state = new OptimizerState(net.paramCount);
    this.config = config;
    this.rng = new Rng(config.seed);
    this.data = data;
    this.order = new Int32Array(0);
    this.batch = new Int32Array(0);
    this.selection = allExamples(data);
    this.applyFrozen();
    this.setDataset(data);
    this.reset(genome);
  }

  get settings(): TrainerConfig {
    return this.config;
  }

  get dataset(): Dataset {
    return this.data;
  }

  /** Starts over from a genome (copied from genome[off…]): optimiser memory, batch order and status reset. */
  reset(genome: Weights, off = 0): void {
    for (let i = 0; i < this.genome.length; i++) this.genome[i] = genome[off + i] as number;
    if (!isFiniteGenome(this.genome)) throw new RangeError('a trainer starts from a finite genome');
    this.lastGood.set(this.genome);
    this.state.reset();
    this.rng.reseed(this.config.seed);
    this.shuffleOrder();
    this.status = 'ready';
    this.divergence = null;
    this.steps = 0;
    this.lastLoss = NaN;
    this.lastGradNorm = NaN;
    this.bestLoss = Infinity;
    this.referenceLoss = NaN;
  }

  /** Turns knobs between steps. A change of optimiser kind clears its memory; a new seed reseeds batching. */
  configure(patch: Partial<TrainerConfig>): void {
    const before = this.config;
    this.config = { ...before, ...patch };
    if (patch.optimizer && patch.optimizer.kind !== before.optimizer.kind) this.state.reset();
    if (patch.frozenLayers) this.applyFrozen();
    if (patch.batchSize !== undefined) this.setDataset(this.data);
    if (patch.seed !== undefined) {
      this.rng.reseed(patch.seed);
      this.shuffleOrder();
    }
  }

  /**
   * Learns from other examples from now on (teacher set, demonstrations, a subset, a rehearsal mix).
   * The reference loss for explosions is measured again on the new examples.
   */
  setDataset(data: Dataset): void {
    if (data.count > 0 && data.inputs.length < data.count * this.net.inputSize) {
      throw new RangeError('dataset inputs do not match the network');
    }
    this.data = data;
    this.referenceLoss = NaN;
    const b = this.config.batchSize;
    if (b <= 0 || b >= data.count) {
      this.selection = allExamples(data);
      return;
    }
    if (this.order.length !== data.count) this.order = Int32Array.from({ length: data.count }, (_, i) => i);
    if (this.batch.length !== b) this.batch = new Int32Array(b);
    this.selection = { indices: this.batch, count: b };
    this.shuffleOrder();
  }

  /** Lets a diverged trainer go on from its restored genome (e.g. after the player lowered the rate). */
  resume(): void {
    this.status = 'ready';
    this.divergence = null;
    this.referenceLoss = NaN;
  }

  /** One step; see the file header. Returns the step's figures (status 'diverged' if it was refused). */
  step(): StepReport {
    this.advance();
    return { step: this.steps, loss: this.lastLoss, gradNorm: this.lastGradNorm, status: this.status };
  }

  /**
   * Up to n steps, stopping early on divergence; losses[k] and gradNorms[k] receive step k's figures
   * when given. Returns the number of steps taken.
   */
  run(n: number, losses: Float64Array | null = null, gradNorms: Float64Array | null = null): number {
    let k = 0;
    for (; k < n; k++) {
      if (!this.advance()) break;
      if (losses) losses[k] = this.lastLoss;
      if (gradNorms) gradNorms[k] = this.lastGradNorm;
    }
    return k;
  }

  /** Mean loss of the current genome over the whole dataset. */
  fullLoss(): number {
    return lossValue(this.net, this.genome, this.data, allExamples(this.data), this.lossKind);
  }

  /**
   * The manual nudge: genome += amount·direction (a genome-shaped vector, e.g. a direction of the
   * landscape plane); frozen weights stay. Refused like a step (diverged, restored) if it makes the
   * genome non-finite or past the weight limit. Returns the full-dataset loss afterwards (NaN if refused).
   */
  nudge(direction: Weights, amount: number): number {
    if (this.status === 'diverged') return NaN;
    this.lastGood.set(this.genome);
    for (let i = 0; i < this.genome.length; i++) {
      if (this.frozen[i] === 0) this.genome[i] = (this.genome[i] as number) + amount * (direction[i] as number);
    }
    if (!this.weightsSane()) {
      this.diverge('weights-exploded');
      return NaN;
    }
    return this.fullLoss();
  }

  /** One step; false if the trainer is (or just became) diverged. */
  private advance(): boolean {
    if (this.status === 'diverged') return false;
    const cfg = this.config;
    this.nextBatch();
    const n = this.genome.length;
    const loss = lossAndGradient(this.net, this.genome, this.data, this.selection, this.lossKind, this.grad);
    this.lastLoss = loss;
    if (loss - loss !== 0) return this.diverge('non-finite-loss');
    if (Number.isNaN(this.referenceLoss)) this.referenceLoss = loss;
    const reference = Math.max(this.referenceLoss, cfg.explosionFloor ?? 0.01);
    if (loss > (cfg.lossCap ?? 1e6) || loss > (cfg.explosionFactor ?? 1e3) * reference) {
      return this.diverge('loss-exploded');
    }
    this.lastGood.set(this.genome);
    if (loss < this.bestLoss) this.bestLoss = loss;
    const decay = cfg.weightDecay ?? 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const g = this.frozen[i] === 0 ? (this.grad[i] as number) + decay * (this.genome[i] as number) : 0;
      this.grad[i] = g;
      sq += g * g;
    }
    const norm = Math.sqrt(sq);
    this.lastGradNorm = norm;
    if (norm - norm !== 0) return this.diverge('non-finite-gradient');
    const clip = cfg.clipNorm ?? 0;
    if (clip > 0 && norm > clip) {
      const s = clip / norm;
      for (let i = 0; i < n; i++) this.grad[i] = (this.grad[i] as number) * s;
    }
    applyUpdate(cfg.optimizer, this.state, this.genome, this.grad, this.frozen);
    if (!this.weightsSane()) return this.diverge('weights-exploded');
    this.steps++;
    return true;
  }

  private weightsSane(): boolean {
    const limit = this.config.weightLimit ?? 1e3;
    for (let i = 0; i < this.genome.length; i++) {
      const v = this.genome[i] as number;
      if (!(v <= limit && v >= -limit)) return false;
    }
    return true;
  }

  private diverge(reason: DivergenceReason): false {
    this.genome.set(this.lastGood);
    this.status = 'diverged';
    this.divergence = reason;
    return false;
  }

  private nextBatch(): void {
    const idx = this.selection.indices;
    if (!idx) return;
    const b = this.selection.count;
    if (this.cursor + b > this.order.length) this.shuffleOrder();
    for (let k = 0; k < b; k++) idx[k] = this.order[this.cursor + k] as number;
    this.cursor += b;
  }

  private shuffleOrder(): void {
    const o = this.order;
    for (let i = 0; i < o.length; i++) o[i] = i;
    for (let i = o.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      const t = o[i] as number;
      o[i] = o[j] as number;
      o[j] = t;
    }
    this.cursor = 0;
  }

  private applyFrozen(): void {
    this.frozen.fill(0);
    const net = this.net;
    for (const l of this.config.frozenLayers ?? []) {
      if (!Number.isInteger(l) || l < 0 || l >= net.depth) continue;
      const start = net.wOffset[l] as number;
      const end = (net.bOffset[l] as number) + (net.sizes[l + 1] as number);
      this.frozen.fill(1, start, end);
    }
  }
}

/** A run's figures: the genome after it (always finite) and each step's loss and gradient norm. */
export interface RunReport {
  readonly genome: Float32Array;
  /** Steps taken: fewer than asked when the run diverged; losses and gradNorms have this length. */
  readonly steps: number;
  readonly losses: Float64Array;
  readonly gradNorms: Float64Array;
  readonly status: TrainerStatus;
  readonly divergence: DivergenceReason | null;
}

/** Runs the trainer for up to `steps` steps and reports them in fresh (transferable) arrays. */
export function runAndReport(trainer: Trainer, steps: number): RunReport {
  const losses = new Float64Array(steps);
  const gradNorms = new Float64Array(steps);
  const taken = trainer.run(steps, losses, gradNorms);
  return {
    genome: trainer.genome.slice(),
    steps: taken,
    losses: taken === steps ? losses : losses.slice(0, taken),
    gradNorms: taken === steps ? gradNorms : gradNorms.slice(0, taken),
    status: trainer.status,
    divergence: trainer.divergence,
  };
}
