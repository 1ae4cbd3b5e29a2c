/**
 * A V8 heap snapshot (`.heapsnapshot`, as DevTools and the soak write it) read for what it holds:
 * nodes by group (type and constructor), by kind (compiled code, objects, …) and their references.
 */
import { readFileSync } from 'node:fs';

export interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export class Heap {
  readonly count: number;
  private readonly firstEdge: Int32Array;
  private readonly nf: string[];
  private readonly ef: string[];
  /** Offset of each node field within a node's record. */
  private readonly at: Record<'id' | 'self_size' | 'type' | 'name', number>;

  constructor(private readonly s: RawSnapshot) {
    this.nf = s.snapshot.meta.node_fields;
    this.ef = s.snapshot.meta.edge_fields;
    this.count = s.nodes.length / this.nf.length;
    this.firstEdge = new Int32Array(this.count + 1);
    const ec = this.nf.indexOf('edge_count');
    for (let i = 0, e = 0; i < this.count; i++) {
      this.firstEdge[i] = e;
      e += s.nodes[i * this.nf.length + ec]! * this.ef.length;
    }
    this.firstEdge[this.count] = s.edges.length;
    const at = (f: string): number => this.nf.indexOf(f);
    this.at = { id: at('id'), self_size: at('self_size'), type: at('type'), name: at('name') };
  }

  private field(i: number, name: keyof Heap['at']): number {
    return this.s.nodes[i * this.nf.length + this.at[name]]!;
  }

  id(i: number): number {
    return this.field(i, 'id');
  }

  size(i: number): number {
    return this.field(i, 'self_size');
  }

  /** The node's type: object, array, string, code, native, … */
  kind(i: number): string {
    const type = this.s.snapshot.meta.node_types[0][this.field(i, 'type')] ?? '?';
    if (type.endsWith('string')) return 'string';
    if (type !== 'native') return type;
    // V8's own structures are on the JS heap; buffers and the browser's objects are outside it.
    const name = this.s.strings[this.field(i, 'name')] ?? '';
    return name.startsWith('system /') && !/BufferData|ExternalStringData/.test(name)
      ? 'native (V8 heap)'
      : 'native (outside the JS heap)';
  }

  group(i: number): string {
    const type = this.s.snapshot.meta.node_types[0][this.field(i, 'type')] ?? '?';
    if (type.endsWith('string')) return 'string';
    if (type === 'number') return 'number';
    return `${type}:${(this.s.strings[this.field(i, 'name')] ?? '').slice(0, 60)}`;
  }

  /** Each strong edge as (from, name, to). */
  *edges(): Generator<[number, string, number]> {
    const types = this.s.snapshot.meta.edge_types[0];
    const [t, n, to] = ['type', 'name_or_index', 'to_node'].map((f) => this.ef.indexOf(f)) as [number, number, number];
    for (let i = 0; i < this.count; i++) {
      for (let e = this.firstEdge[i]!; e < this.firstEdge[i + 1]!; e += this.ef.length) {
        const type = types[this.s.edges[e + t]!];
        if (type === 'weak') continue;
        const raw = this.s.edges[e + n]!;
        const name = type === 'element' || type === 'hidden' ? `[${raw}]` : (this.s.strings[raw] ?? '?');
        yield [i, name, this.s.edges[e + to]! / this.nf.length];
      }
    }
  }
}

export function loadSnapshot(file: string): Heap {
  return parseSnapshot(readFileSync(file, 'utf8'));
}

export function parseSnapshot(text: string): Heap {
  return new Heap(JSON.parse(text) as RawSnapshot);
}

/** Bytes by kind (`Heap.kind`). */
export function bytesByKind(h: Heap): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < h.count; i++) {
    const kind = h.kind(i);
    m.set(kind, (m.get(kind) ?? 0) + h.size(i));
  }
  return m;
}

/** What lies on the JS heap, and how much of it is compiled code (bytecode and machine code), bytes. */
export function jsHeapSplit(byKind: Map<string, number>): { onHeap: number; code: number } {
  const onHeap = [...byKind].reduce((s, [kind, v]) => (kind.includes('outside') ? s : s + v), 0);
  return { onHeap, code: byKind.get('code') ?? 0 };
}
