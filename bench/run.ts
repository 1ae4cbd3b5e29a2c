/**
 * `npm run bench`: engine benchmarks, each beside a reference measured in the same run.
 * Prints a table; with --json, one JSON object as the last line of stdout.
 */
import { engineRows } from './engine';
import { landscapeRows } from './landscape';

const json = process.argv.includes('--json');
const rows: Record<string, unknown> = { ...(await engineRows()), ...(await landscapeRows()) };

for (const [name, row] of Object.entries(rows)) {
  const r = row as Record<string, number>;
  const cells = Object.entries(r)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toPrecision(4)}`)
    .join('  ');
  console.log(`${name.padEnd(26)} ${cells}`);
}
if (json) console.log(JSON.stringify(rows));
