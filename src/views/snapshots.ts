/**
 * What the game hands the microscope: plain data copied or viewed from engine state. The views only
 * read these; they never hold on to engine objects or change them. Every user-facing word comes in
 * through `MicroscopeLabels`, already translated.
 */
import type { DnaCodec } from '../core/dna';

export interface BrainSnapshot {
  /** Neuron counts per layer, inputs first (NetworkSpec.layers). */
  readonly layers: readonly number[];
  /** The genome, laid out as documented at the top of src/core/network.ts. */
  readonly genome: ArrayLike<number>;
  /** Activation of every neuron after the last forward pass (Network.a layout, inputs first); null: at rest. */
  readonly activations: ArrayLike<number> | null;
}

export interface DnaSnapshot {
  /** The genome; the strip writes it as bases with `codec` (src/core/dna.ts). */
  readonly genome: ArrayLike<number>;
  readonly codec: DnaCodec;
  /**
   * Base indices (genome index · k + position in codon) changed by the last mutation or training
   * step, and when (ms, performance.now() time base). Without them the strip finds the changed
   * bases itself by comparing with the previous genome.
   */
  readonly changed?: ArrayLike<number>;
  readonly changedAt?: number;
}

export interface LandscapeSnapshot {
  /** Grid side: values has n × n cells, row-major, row r ↔ b, column c ↔ a (r = 0 at b = −span). */
  readonly n: number;
  readonly values: ArrayLike<number>;
  /** The slice covers a, b ∈ [−span, span]. */
  readonly span: number;
  /** True for a loss grid (low is good and drawn bright); false for fitness (high is bright). */
  readonly lowIsBright?: boolean;
  /** Best creature per generation projected on the slice: a0, b0, a1, b1, … */
  readonly evolutionPath: ArrayLike<number>;
  /** Training steps projected on the slice: a0, b0, a1, b1, … ; the ball sits on the last point. */
  readonly trainingPath: ArrayLike<number>;
}

export interface FitnessChartSnapshot {
  /** Best and mean fitness per generation, generation 0 first. */
  readonly best: ArrayLike<number>;
  readonly mean: ArrayLike<number>;
}

export interface LossChartSnapshot {
  /** Loss per step, step 0 first. NaN/∞ (an explosion) is drawn as a spike to the top. */
  readonly loss: ArrayLike<number>;
  /** Steps at which training exploded (marked even when the stored loss is finite). */
  readonly explodedAt?: ArrayLike<number>;
}

export interface ChartLabels {
  readonly title: string;
  readonly xAxis: string;
  /** One legend name per series, in the order the chart draws them. */
  readonly series: readonly string[];
  /** The language's decimal separator for tick labels ("," in German and Spanish); default ".". */
  readonly decimal?: string;
}

export interface MicroscopeLabels {
  readonly brain: {
    readonly title: string;
    readonly inputs?: readonly string[];
    readonly outputs?: readonly string[];
    /** The language's decimal separator for a gene's value; default ".". */
    readonly decimal?: string;
  };
  readonly dna: { readonly title: string };
  readonly landscape: { readonly title: string; readonly evolution: string; readonly training: string };
  readonly fitness: ChartLabels;
  readonly loss: ChartLabels;
}
