// The budgets report how much a first visit downloads to play offline: the files of the service
// worker's precache manifest. vite-plugin-pwa writes it unminified ("url": "…"); it reported
// "0 files" while the regular expression expected the minified form (url:"…").
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheBytes, precacheUrls } from '../../../scripts/budgets/precache';

const PRETTY = `workbox.precacheAndRoute([{
    "url": "index.html",
    "revision": "616f0ef60109992a3ab18fd4a59500db"
  }, {
    "url": "assets/index-CFnUpKkW.js",
    "revision": null
  }, {
    "url": "icons/maskable-512.png",
    "revision": "5c855e663"
  }], {});`;

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('precache manifest', () => {
  it('reads the URLs written pretty or minified, each once', () => {
    expect(precacheUrls(PRETTY)).toEqual(['index.html', 'assets/index-CFnUpKkW.js', 'icons/maskable-512.png']);
    expect(
      precacheUrls('e.precacheAndRoute([{url:"a.js",revision:null},{url:"b.css",revision:"1"},{url:"a.js"}])'),
    ).toEqual(['a.js', 'b.css']);
  });

  it('adds up the bytes of the listed files in the build and names any that is missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'precache-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'sw.js'), PRETTY);
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'assets', 'index-CFnUpKkW.js'), 'y'.repeat(250));
    expect(precacheBytes(dir)).toEqual({ files: 3, bytes: 350, missing: ['icons/maskable-512.png'] });
  });

  it('is null for a build without a service worker', () => {
    dir = mkdtempSync(join(tmpdir(), 'precache-'));
    expect(precacheBytes(dir)).toBeNull();
  });
});
