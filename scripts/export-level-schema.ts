/**
 * Writes levels/level.schema.json, the JSON Schema of a level file (from the valibot schema the game
 * checks levels with), so editors can check a level while it is written. `npm run levels:schema`.
 * Checks the schema cannot say (stars ascending, card words, the network fitting the world) are
 * only in the game's parseLevel; a unit test fails when the committed file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';
import { levelSchema } from '../src/core/levels/schema';

export const LEVEL_SCHEMA_FILE = fileURLToPath(new URL('../levels/level.schema.json', import.meta.url));

/** The JSON Schema text, formatted by Prettier as committed. */
export async function levelJsonSchemaText(): Promise<string> {
  const schema = {
    ...toJsonSchema(levelSchema, { errorMode: 'ignore' }),
    title: 'Weightlings level',
    description: 'One campaign level of Weightlings (src/core/levels/types.ts explains every field).',
  };
  const options = (await resolveConfig(LEVEL_SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(schema), { ...options, parser: 'json' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LEVEL_SCHEMA_FILE, await levelJsonSchemaText());
  console.log(`wrote ${LEVEL_SCHEMA_FILE}`);
}
