/** One engine benchmark row in its own process (see engineRows in engine.ts): prints its JSON. */
import { ENGINE_ROWS } from './engine';

const name = process.argv[2] ?? '';
const row = ENGINE_ROWS[name];
if (!row) throw new Error(`no engine row "${name}"`);
console.log(JSON.stringify(await row()));
