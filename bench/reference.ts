/**
 * The reference every engine figure is compared with, measured in the same run: the straightforward
 * loop on Float32Array weights and activations that anyone would write first — per layer, per output
 * j: s = b[j]; for i: s += W[j*nIn+i]*x[i]; y[j] = tanh(s) — backprop the textbook way in the same
 * style, and mutation as copy + Box–Muller Gaussian per weight.
 */

export class RefNet {
  readonly sizes: number[];
  readonly W: Float32Array[];
  readonly b: Float32Array[];
  /** Activations per layer, inputs first. */
  readonly act: Float32Array[];
  readonly delta: Float32Array[];
  readonly gW: Float32Array[];
  readonly gb: Float32Array[];

  constructor(sizes: number[], seed = 1) {
    this.sizes = sizes;
    let s = seed;
    const rnd = (): number => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647 - 0.5;
    };
    this.W = [];
    this.b = [];
    this.gW = [];
    this.gb = [];
    this.act = sizes.map((n) => new Float32Array(n));
    this.delta = sizes.map((n) => new Float32Array(n));
    for (let l = 0; l + 1 < sizes.length; l++) {
      const w = new Float32Array(sizes[l]! * sizes[l + 1]!);
      for (let i = 0; i < w.length; i++) w[i] = rnd();
      this.W.push(w);
      this.b.push(new Float32Array(sizes[l + 1]!));
      this.gW.push(new Float32Array(w.length));
      this.gb.push(new Float32Array(sizes[l + 1]!));
    }
  }

  forward(x: Float32Array): Float32Array {
    this.act[0]!.set(x);
    for (let l = 0; l + 1 < this.sizes.length; l++) {
      const nIn = this.sizes[l]!;
      const nOut = this.sizes[l + 1]!;
      const W = this.W[l]!;
      const b = this.b[l]!;
      const xin = this.act[l]!;
      const y = this.act[l + 1]!;
      for (let j = 0; j < nOut; j++) {
        let s = b[j]!;
        for (let i = 0; i < nIn; i++) s += W[j * nIn + i]! * xin[i]!;
        y[j] = Math.tanh(s);
      }
    }
    return this.act[this.sizes.length - 1]!;
  }

  /** One SGD step on MSE over a batch (inputs row-major), the textbook way. */
  sgdStep(inputs: Float32Array, targets: Float32Array, n: number, lr: number): void {
    const L = this.sizes.length - 1;
    for (let l = 0; l < L; l++) {
      this.gW[l]!.fill(0);
      this.gb[l]!.fill(0);
    }
    const nIn0 = this.sizes[0]!;
    const nOutL = this.sizes[L]!;
    for (let s = 0; s < n; s++) {
      const y = this.forward(inputs.subarray(s * nIn0, (s + 1) * nIn0));
      const dL = this.delta[L]!;
      for (let j = 0; j < nOutL; j++) {
        const e = y[j]! - targets[s * nOutL + j]!;
        dL[j] = ((2 * e) / (n * nOutL)) * (1 - y[j]! * y[j]!);
      }
      for (let l = L - 1; l >= 0; l--) {
        const nIn = this.sizes[l]!;
        const nOut = this.sizes[l + 1]!;
        const W = this.W[l]!;
        const d = this.delta[l + 1]!;
        const a = this.act[l]!;
        for (let j = 0; j < nOut; j++) {
          this.gb[l]![j]! += d[j]!;
          for (let i = 0; i < nIn; i++) this.gW[l]![j * nIn + i]! += d[j]! * a[i]!;
        }
        if (l > 0) {
          const dPrev = this.delta[l]!;
          for (let i = 0; i < nIn; i++) {
            let s2 = 0;
            for (let j = 0; j < nOut; j++) s2 += W[j * nIn + i]! * d[j]!;
            dPrev[i] = s2 * (1 - a[i]! * a[i]!);
          }
        }
      }
    }
    for (let l = 0; l < L; l++) {
      const W = this.W[l]!;
      const gW = this.gW[l]!;
      for (let i = 0; i < W.length; i++) W[i]! -= lr * gW[i]!;
      const b = this.b[l]!;
      const gb = this.gb[l]!;
      for (let j = 0; j < b.length; j++) b[j]! -= lr * gb[j]!;
    }
  }
}

/** Reference mutation: copy the genome and add size·N(0,1) to every weight, Box–Muller with Math.random. */
export function refMutate(src: Float32Array, dst: Float32Array, size: number): void {
  dst.set(src);
  for (let i = 0; i < dst.length; i++) {
    const u1 = 1 - Math.random();
    const u2 = Math.random();
    dst[i]! += size * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}

/**
 * Reference population forward: `count` flat genomes (same layout as the engine: per layer W[out][in]
 * then b[out]) back to back, one input each, the straightforward loop with Math.tanh.
 */
export function refForwardPopulation(
  sizes: number[],
  genomes: Float32Array,
  count: number,
  inputs: Float32Array,
  outputs: Float32Array,
  scratchA: Float32Array,
  scratchB: Float32Array,
): void {
  let P = 0;
  for (let l = 0; l + 1 < sizes.length; l++) P += sizes[l + 1]! * (sizes[l]! + 1);
  const nIn0 = sizes[0]!;
  const nOutL = sizes[sizes.length - 1]!;
  for (let p = 0; p < count; p++) {
    let x = scratchA;
    let y = scratchB;
    for (let i = 0; i < nIn0; i++) x[i] = inputs[p * nIn0 + i]!;
    let off = p * P;
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const bOff = off + nIn * nOut;
      for (let j = 0; j < nOut; j++) {
        let s = genomes[bOff + j]!;
        for (let i = 0; i < nIn; i++) s += genomes[off + j * nIn + i]! * x[i]!;
        y[j] = Math.tanh(s);
      }
      off = bOff + nOut;
      const t = x;
      x = y;
      y = t;
    }
    for (let j = 0; j < nOutL; j++) outputs[p * nOutL + j] = x[j]!;
  }
}
