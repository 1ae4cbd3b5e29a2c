/**
 * Debian Chromium driven by playwright-core. Where the tests look for the browser: $CHROME_PATH,
 * then /usr/bin/chromium. Each test gets a persistent context in a fresh temporary profile.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const OUTPUT_DIR = 'test-output/e2e';

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. On Debian: apt-get install -y chromium (or set CHROME_PATH).`);
  }
  return path;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(opts: { width?: number; height?: number; touch?: boolean } = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'weightlings-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 },
    hasTouch: opts.touch ?? false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (e: Error) => errors.push(`pageerror: ${e.message}`));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Forces full garbage collections in the page and lets the finalisation callbacks that follow run
 * (they run after a collection, as tasks of their own), so a FinalizationRegistry count is current.
 */
export async function collectGarbage(session: Session): Promise<void> {
  const cdp = await session.context.newCDPSession(session.page);
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await session.page.waitForTimeout(200);
  }
  await cdp.detach();
}
