/**
 * A build of the game with other level files, for browser tests of what the shipped levels cannot
 * show (a broken file). The levels are bundled at build time (src/app/levelsLoader.ts globs
 * `/levels/*.json` under the vite root), so the honest way is a real build from a temporary copy of
 * the repository in which only `levels/` differs: folders are linked, top-level files and the level
 * files are copied, then `change` edits the copied levels. The copy lives in the system's temporary
 * folder and is removed by `remove()`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildGame, startPreview } from './server';

/** Not linked into the copy: built or generated here, or the part that differs. */
const SKIP = new Set(['.git', 'dist', 'levels', 'test-output', '.vite']);

export interface VariantServer {
  readonly url: string;
  /** Stops the server and deletes the copy. */
  readonly remove: () => void;
}

/** Builds and serves a copy of the game whose `levels/` folder `change` edited (given its path). */
export async function serveVariant(change: (levelsDir: string) => void): Promise<VariantServer> {
  const repo = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'weightlings-variant-'));
  try {
    for (const name of readdirSync(repo)) {
      if (SKIP.has(name)) continue;
      const from = join(repo, name);
      if (statSync(from).isDirectory()) symlinkSync(from, join(dir, name), 'dir');
      else cpSync(from, join(dir, name));
    }
    cpSync(join(repo, 'levels'), join(dir, 'levels'), { recursive: true });
    change(join(dir, 'levels'));
    buildGame(dir);
    const server = await startPreview(dir);
    return {
      url: server.url,
      remove: () => {
        server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
