/**
 * A test page from tests/e2e/pages (one that plays the game's part for a single subsystem), built
 * with Vite's JS API into a temporary folder and served with `vite preview` on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { freePort } from './server';

const PAGES = resolve('tests/e2e/pages');

export interface TestPage {
  readonly url: string;
  close(): Promise<void>;
}

/** Builds and serves `html` (e.g. 'views.html'); `close` stops the server and removes the build. */
export async function serveTestPage(html: string): Promise<TestPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'weightlings-page-'));
  await build({
    configFile: false,
    root: PAGES,
    base: './',
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(PAGES, html) } },
  });
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: PAGES,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return {
    url: `http://127.0.0.1:${port}/${html}`,
    close: async () => {
      await new Promise<void>((done) => server.httpServer.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
