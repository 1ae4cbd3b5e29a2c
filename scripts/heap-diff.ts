/**
 * `npx tsx scripts/heap-diff.ts before.heapsnapshot after.heapsnapshot [--top N]`: what grew between two
 * heap snapshots of the same page (e.g. the soak's `--snapshots`), grouped by node type and constructor
 * or string name: count and self size before and after, largest growth first. A leak shows as a group
 * whose count climbs with the cycles.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

interface Group {
  count: number;
  bytes: number;
}

function groups(file: string): Map<string, Group> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out = new Map<string, Group>();
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const type = types[snap.nodes[i + typeAt]!] ?? '?';
    let name = snap.strings[snap.nodes[i + nameAt]!] ?? '?';
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '(strings)';
    if (type === 'number') name = '(numbers)';
    if (name.length > 80) name = `${name.slice(0, 77)}…`;
    const key = `${type}: ${name}`;
    const g = out.get(key) ?? { count: 0, bytes: 0 };
    g.count++;
    g.bytes += snap.nodes[i + sizeAt]!;
    out.set(key, g);
  }
  return out;
}

const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (!a || !b) {
  console.error('usage: npx tsx scripts/heap-diff.ts before.heapsnapshot after.heapsnapshot [--top N]');
  process.exit(2);
}
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 40;
const before = groups(a);
const after = groups(b);
const keys = new Set([...before.keys(), ...after.keys()]);
const none: Group = { count: 0, bytes: 0 };
const rows = [...keys].map((k) => {
  const x = before.get(k) ?? none;
  const y = after.get(k) ?? none;
  return { k, x, y, dBytes: y.bytes - x.bytes, dCount: y.count - x.count };
});
const total = (m: Map<string, Group>): number => [...m.values()].reduce((s, g) => s + g.bytes, 0);
console.log(`self size: ${(total(before) / 1048576).toFixed(2)} → ${(total(after) / 1048576).toFixed(2)} MB`);
console.log('Δ bytes    Δ count   count before → after   group');
for (const r of rows.sort((p, q) => q.dBytes - p.dBytes).slice(0, top)) {
  console.log(
    `${String(r.dBytes).padStart(9)} ${String(r.dCount).padStart(9)}   ${String(r.x.count).padStart(7)} → ${String(r.y.count).padEnd(7)}   ${r.k}`,
  );
}
