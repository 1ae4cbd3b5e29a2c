/**
 * What the service worker precaches: the URLs of the workbox manifest in a built `sw.js`, and the
 * bytes of those files in the build (the download a first visit makes to play offline afterwards).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The URLs listed in a workbox `precacheAndRoute([...])` manifest, minified (`url:"…"`) or not (`"url": "…"`). */
export function precacheUrls(swText: string): string[] {
  return [...new Set([...swText.matchAll(/["']?\burl["']?\s*:\s*"([^"]+)"/g)].map((m) => m[1] as string))];
}

/** Files and bytes the service worker in `dist` precaches, or null when the build has none. */
export function precacheBytes(dist: string): { files: number; bytes: number; missing: string[] } | null {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return null;
  const urls = precacheUrls(readFileSync(sw, 'utf8'));
  let bytes = 0;
  const missing: string[] = [];
  for (const u of urls) {
    const file = join(dist, u.replace(/^\.?\//, ''));
    if (existsSync(file)) bytes += statSync(file).size;
    else missing.push(u);
  }
  return { files: urls.length, bytes, missing };
}
