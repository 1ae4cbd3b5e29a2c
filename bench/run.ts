/**
 * `npm run bench`: engine benchmarks, each beside a reference measured in the same run.
 * Prints a table; with --json, one JSON object as the last line of stdout.
 *
 * Each benchmark file returns rows by name; rows of the same name are merged field by field, later
 * files adding to (or replacing fields of) earlier ones — e.g. bench/pool.ts adds the worker-pool
 * `ms` to the single-thread rows of bench/forage.ts and bench/landscape.ts.
 */
import { engineRows } from './engine';
import { forageRows } from './forage';
import { landscapeRows } from './landscape';
import { poolRows } from './pool';
import { trainingRows } from './training';

const json = process.argv.includes('--json');
const rows: Record<string, Record<string, unknown>> = {};
function merge(part: Record<string, object>): void {
  for (const [name, row] of Object.entries(part)) rows[name] = { ...rows[name], ...row };
}
merge(engineRows());
merge(await landscapeRows());
merge(await forageRows());
merge(await poolRows());
merge(await trainingRows());

for (const [name, row] of Object.entries(rows)) {
  const r = row as Record<string, number>;
  const cells = Object.entries(r)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toPrecision(4)}`)
    .join('  ');
  console.log(`${name.padEnd(26)} ${cells}`);
}
if (json) console.log(JSON.stringify(rows));
