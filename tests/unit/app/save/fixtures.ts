/** Stores, creatures and damaged blobs for the save tests: a store that can be made full, real share codes. */
import fc from 'fast-check';
import { encodeShareCode } from '../../../../src/core/codec/sharecode';
import { quantiseGenome } from '../../../../src/core/dna';
import { Network, createGenome } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import type { TaskKind } from '../../../../src/core/tasks/task';
import type { KeyValueStore } from '../../../../src/app/storage';

/** A memory store whose writes can be refused (a full disk) and whose contents can be inspected. */
export class TestStore implements KeyValueStore {
  readonly persistent = true;
  readonly map = new Map<string, string>();
  /** Writes beyond this many characters in all are refused, like a full localStorage. */
  capacity = Infinity;
  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string): boolean {
    const used = this.used() - (this.map.get(key)?.length ?? 0) + value.length;
    if (used > this.capacity) return false;
    this.map.set(key, value);
    return true;
  }
  remove(key: string): void {
    this.map.delete(key);
  }
  used(): number {
    let n = 0;
    for (const v of this.map.values()) n += v.length;
    return n;
  }
  snapshot(): Map<string, string> {
    return new Map(this.map);
  }
}

/** A real share code for a small creature. */
export function shareCode(seed: number, task: TaskKind = 'pattern', name = `c${seed}`): string {
  const spec = { layers: [3, 4, 1], activations: ['tanh', 'sigmoid'] as const };
  const net = new Network(spec);
  const genome = createGenome(net, new Rng(seed), 1);
  const codec = { k: 3, range: 4 };
  const q = new Float32Array(genome.length);
  quantiseGenome(genome, codec, q);
  const code = encodeShareCode({ spec, genome: q, codec, name, task });
  if (!code.ok) throw new Error(code.error.message);
  return code.value;
}

/** A damaged copy of a valid blob: cut, a character changed, inserted or removed, or a field replaced. */
export function damagedBlob(valid: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: valid.length });
  return fc.oneof(
    at.map((i) => valid.slice(0, i)),
    fc.tuple(at, fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1)),
    fc.tuple(at, fc.string({ minLength: 1, maxLength: 8 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
    fc.tuple(at, fc.nat({ max: 20 })).map(([i, n]) => valid.slice(0, i) + valid.slice(i + n)),
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc
      .record({
        version: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.jsonValue()),
        data: fc.jsonValue({ maxDepth: 4 }),
      })
      .map((o) => JSON.stringify(o)),
    fc.tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })).map(([path, value]) => {
      const o = JSON.parse(valid) as { data: Record<string, unknown> };
      o.data[path] = value;
      return JSON.stringify(o);
    }),
  );
}
