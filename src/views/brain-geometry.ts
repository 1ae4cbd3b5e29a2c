/**
 * Where the brain view puts things, and what a tap hits. Pure: no pixi, testable in Node.
 *
 * Layers are columns left to right (inputs first), neurons spread top to bottom in each column.
 * Genome indices follow the layout documented at the top of src/core/network.ts:
 *   W_l[j][i] at wOffset[l] + j·n_l + i  (connection from neuron i of layer l to neuron j of layer l+1)
 *   b_l[j]    at bOffset[l] + j          (bias of neuron j of layer l+1)
 */

export interface BrainLayout {
  readonly sizes: readonly number[];
  /** Start of W_l and b_l in the genome, per weight layer l. */
  readonly wOffset: Int32Array;
  readonly bOffset: Int32Array;
  /** Start of layer l's neurons in neuron-indexed arrays (Network.a layout). */
  readonly nOffset: Int32Array;
  readonly paramCount: number;
  /** Neuron centres in panel pixels, neuron-indexed. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** Neuron radius, px. */
  readonly radius: number;
}

/** Genome offsets of a layer-size list, as src/core/network.ts lays them out. */
export function genomeOffsets(sizes: readonly number[]): {
  wOffset: Int32Array;
  bOffset: Int32Array;
  nOffset: Int32Array;
  paramCount: number;
  neuronCount: number;
} {
  const L = Math.max(0, sizes.length - 1);
  const wOffset = new Int32Array(L);
  const bOffset = new Int32Array(L);
  const nOffset = new Int32Array(L + 1);
  let p = 0;
  let n = 0;
  for (let l = 0; l <= L; l++) {
    nOffset[l] = n;
    n += sizes[l] as number;
    if (l < L) {
      wOffset[l] = p;
      p += (sizes[l] as number) * (sizes[l + 1] as number);
      bOffset[l] = p;
      p += sizes[l + 1] as number;
    }
  }
  return { wOffset, bOffset, nOffset, paramCount: p, neuronCount: n };
}

/** Lays the network out in a width × height panel, leaving `padX` px free left and right for labels. */
export function layoutBrain(sizes: readonly number[], width: number, height: number, padX = 24): BrainLayout {
  const { wOffset, bOffset, nOffset, paramCount, neuronCount } = genomeOffsets(sizes);
  const x = new Float32Array(neuronCount);
  const y = new Float32Array(neuronCount);
  const columns = sizes.length;
  let widest = 1;
  for (const n of sizes) widest = Math.max(widest, n);
  const padY = height < 260 ? 8 : 16;
  const usableH = Math.max(1, height - 2 * padY);
  const rowGap = usableH / widest;
  const colGap = columns > 1 ? (width - 2 * padX) / (columns - 1) : 0;
  const radius = Math.max(4, Math.min(22, rowGap * 0.36, colGap > 0 ? colGap * 0.16 : 22));
  // Columns with few neurons spread a little wider than the densest one, but stay compact.
  for (let l = 0; l < columns; l++) {
    const n = sizes[l] as number;
    const gap = Math.min(usableH / n, Math.max(rowGap * 2.2, radius * 5, 30));
    const top = height / 2 - (gap * (n - 1)) / 2;
    const cx = columns > 1 ? padX + colGap * l : width / 2;
    for (let j = 0; j < n; j++) {
      const k = (nOffset[l] as number) + j;
      x[k] = cx;
      y[k] = top + gap * j;
    }
  }
  return { sizes: [...sizes], wOffset, bOffset, nOffset, paramCount, x, y, radius };
}

/** Distance from point (px, py) to the segment (x0, y0)–(x1, y1), px. */
export function distanceToSegment(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const ex = px - (x0 + t * dx);
  const ey = py - (y0 + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

/** The end points (neuron indices) of weight genome index `index`, or null for a bias. */
export function weightEnds(layout: BrainLayout, index: number): { from: number; to: number } | null {
  const { sizes, wOffset, bOffset, nOffset } = layout;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const w = wOffset[l] as number;
    if (index >= w && index < (bOffset[l] as number)) {
      const nIn = sizes[l] as number;
      const r = index - w;
      return { from: (nOffset[l] as number) + (r % nIn), to: (nOffset[l + 1] as number) + Math.floor(r / nIn) };
    }
  }
  return null;
}

/** The neuron whose bias genome index is `index`, or −1 when it is not a bias. */
export function biasNeuron(layout: BrainLayout, index: number): number {
  const { sizes, bOffset, nOffset } = layout;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const b = bOffset[l] as number;
    if (index >= b && index < b + (sizes[l + 1] as number)) return (nOffset[l + 1] as number) + index - b;
  }
  return -1;
}

/**
 * The genome index a tap at (px, py) means, or −1: a neuron's bias when the tap is on a non-input
 * neuron, else the nearest connection within `tolerance` px of its line (so a finger-sized tolerance
 * of 12 px each side gives a 24 px wide target however thin the line is drawn).
 */
export function hitTestBrain(layout: BrainLayout, px: number, py: number, tolerance: number): number {
  const { sizes, wOffset, bOffset, nOffset, x, y, radius } = layout;
  const onNeuron = radius + 3;
  for (let l = 1; l < sizes.length; l++) {
    for (let j = 0; j < (sizes[l] as number); j++) {
      const k = (nOffset[l] as number) + j;
      const dx = px - (x[k] as number);
      const dy = py - (y[k] as number);
      if (dx * dx + dy * dy <= onNeuron * onNeuron) return (bOffset[l - 1] as number) + j;
    }
  }
  let best = -1;
  let bestD = tolerance;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l] as number;
    const nOut = sizes[l + 1] as number;
    const a0 = nOffset[l] as number;
    const b0 = nOffset[l + 1] as number;
    // Cheap reject: the tap must lie between (or near) the two columns.
    const left = x[a0] as number;
    const right = x[b0] as number;
    if (px < left - tolerance || px > right + tolerance) continue;
    for (let j = 0; j < nOut; j++) {
      for (let i = 0; i < nIn; i++) {
        const d = distanceToSegment(
          px,
          py,
          x[a0 + i] as number,
          y[a0 + i] as number,
          x[b0 + j] as number,
          y[b0 + j] as number,
        );
        if (d <= bestD) {
          bestD = d;
          best = (wOffset[l] as number) + j * nIn + i;
        }
      }
    }
  }
  return best;
}
