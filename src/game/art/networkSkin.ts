/**
 * A skin painted by a network: every pixel's position (x, y, r) goes through the genome and comes
 * out as a colour. This is the pattern task's phenotype, computed here for decorative creatures.
 */
import { forwardBatch } from '../../core/forward';
import { Network, createGenome, type NetworkSpec } from '../../core/network';
import { Rng } from '../../core/rng';
import type { Skin } from './creature';

export const SKIN_SPEC: NetworkSpec = { layers: [3, 12, 12, 3], activations: ['sin', 'sin', 'sigmoid'] };

export function networkSkin(net: Network, genome: Float32Array, size: number): Skin {
  const inputs = new Float32Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = (2 * x) / (size - 1) - 1;
      const v = (2 * y) / (size - 1) - 1;
      const i = (y * size + x) * 3;
      inputs[i] = u;
      inputs[i + 1] = v;
      inputs[i + 2] = Math.sqrt(u * u + v * v);
    }
  }
  const pixels = new Float32Array(size * size * net.outputSize);
  forwardBatch(net, genome, inputs, size * size, pixels);
  return { width: size, height: size, channels: net.outputSize, pixels };
}

/** A random creature's skin, from a seed. */
export function randomSkin(seed: number, size = 32): Skin {
  const net = new Network(SKIN_SPEC);
  const genome = createGenome(net, new Rng(seed), 2.5);
  return networkSkin(net, genome, size);
}
