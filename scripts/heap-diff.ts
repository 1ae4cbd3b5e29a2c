/**
 * `npx tsx scripts/heap-diff.ts before.heapsnapshot after.heapsnapshot [--top N] [--retainers GROUP] [--totals]`:
 * what a page kept between two heap snapshots (e.g. the soak's `--snapshots`).
 *
 * Lists the objects allocated after `before` and still alive in `after`, grouped by node type and
 * constructor (strings and numbers as one group each), largest first. `--retainers "object:Float32Array"`
 * prints, for the newest few objects of that group, the chain of references holding them back to an
 * object that was already alive in `before` — the listener, cache or global that leaks them.
 * `--totals` first prints each snapshot's bytes by kind (compiled code, objects, arrays, strings, …)
 * and the change: whether a growth is the page's data or the engine's compiled code.
 */
import { bytesByKind, jsHeapSplit, loadSnapshot } from './heap-snapshot';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (files.length !== 2) {
  console.error(
    'usage: npx tsx scripts/heap-diff.ts before.heapsnapshot after.heapsnapshot [--top N] [--retainers GROUP] [--totals]',
  );
  process.exit(2);
}
const before = loadSnapshot(files[0]!);
let lastOld = 0;
for (let i = 0; i < before.count; i++) lastOld = Math.max(lastOld, before.id(i));
const after = loadSnapshot(files[1]!);
const isNew = (i: number): boolean => after.id(i) > lastOld;

const pct = (x: number, y: number): string => `${y >= x ? '+' : ''}${(((y - x) / x) * 100).toFixed(1)} %`;

if (args.includes('--totals')) {
  const [a, b] = [bytesByKind(before), bytesByKind(after)];
  const mb = (n: number): string => (n / 1048576).toFixed(3).padStart(8);
  console.log('  before MB   after MB   change   kind');
  for (const kind of [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (b.get(y) ?? 0) - (b.get(x) ?? 0))) {
    const [x, y] = [a.get(kind) ?? 0, b.get(kind) ?? 0];
    console.log(`  ${mb(x)}   ${mb(y)}  ${mb(y - x)}   ${kind}`);
  }
  const [sa, sb] = [jsHeapSplit(a), jsHeapSplit(b)];
  const [ha, hb] = [sa.onHeap, sb.onHeap];
  console.log(`  ${mb(ha)}   ${mb(hb)}  ${mb(hb - ha)}   on the JS heap (${pct(ha, hb)})`);
  const [da, db] = [ha - sa.code, hb - sb.code];
  console.log(`  ${mb(da)}   ${mb(db)}  ${mb(db - da)}   on the JS heap, compiled code aside (${pct(da, db)})\n`);
}

const groups = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let i = 0; i < after.count; i++) {
  if (!isNew(i)) continue;
  const g = groups.get(after.group(i)) ?? { count: 0, bytes: 0 };
  g.count++;
  g.bytes += after.size(i);
  total += after.size(i);
  groups.set(after.group(i), g);
}
console.log(`allocated after the first snapshot and alive in the second: ${(total / 1048576).toFixed(2)} MB`);
console.log('    bytes   count   group');
for (const [name, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(opt('top') ?? 40))) {
  console.log(`${String(g.bytes).padStart(9)} ${String(g.count).padStart(7)}   ${name}`);
}

const wanted = opt('retainers');
if (wanted !== undefined) {
  // One retainer per object, preferring one that was alive before (the end of a leak's chain).
  const by = new Int32Array(after.count).fill(-1);
  const via: string[] = [];
  for (const [from, name, to] of after.edges()) {
    if (by[to] === -1 || (isNew(by[to]!) && !isNew(from))) {
      by[to] = from;
      via[to] = name;
    }
  }
  let shown = 0;
  for (let i = after.count - 1; i >= 0 && shown < 5; i--) {
    if (!isNew(i) || after.group(i) !== wanted) continue;
    shown++;
    console.log(`\n${wanted} @${after.id(i)}`);
    for (let cur = i, depth = 0; by[cur]! >= 0 && depth < 14; depth++) {
      const from = by[cur]!;
      console.log(`  <- .${via[cur]} of ${after.group(from)}${isNew(from) ? '' : '  (alive before)'}`);
      if (!isNew(from)) break;
      cur = from;
    }
  }
}
