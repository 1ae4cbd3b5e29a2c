// Security in real Chromium (issue 7 §5): the built page ships a Content-Security-Policy without
// 'unsafe-eval' and without inline scripts; a journey through title, map, play (evolve and train)
// and the microscope raises no CSP violation and asks nothing of any origin but the game's own.
// (A creature named `<img src=x onerror=alert(1)>` showing as text is in share.e2e.test.ts.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { until } from './inspect';

describe('security', () => {
  let s: Session;
  const requests: string[] = [];
  beforeAll(async () => {
    s = await openBrowser();
    s.context.on('request', (r) => requests.push(r.url()));
    await s.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });
  afterAll(async () => {
    await s.close();
  });

  it('the served page: a CSP meta with no unsafe-eval, and no inline script', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
  });

  it('a journey raises no CSP violation and requests only the game origin', async () => {
    const base = inject('baseUrl');
    const { page } = s;
    await page.goto(`${base}?inspect`);
    await page.getByRole('button', { name: 'Lab', exact: true }).click({ timeout: 30_000 });
    await page.locator('#level-lab-forage-open').click();
    await page.getByRole('button', { name: 'Next generation' }).click({ timeout: 30_000 });
    await until(page, (x) => x.generation >= 1 && x.bestFitness !== null);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await until(page, (x) => x.step >= 1);
    await page.locator('#microscope canvas').waitFor();
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    const origin = new URL(base).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
