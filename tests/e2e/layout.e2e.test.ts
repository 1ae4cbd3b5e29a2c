// The play screen at the sizes it is used at: a kiosk (1920×1080), a laptop (1366×768 — the journey),
// a tablet (1024×768) and a phone held sideways (844×390). Every control stays on screen, with a
// touch target of at least 48 px (reachable by scrolling on a phone), and the arena is drawn.
// Screenshots are saved. (The screens around play: layout-screens.e2e.test.ts.)
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot } from './browser';
import { auditLayout } from './layoutAudit';
import { canvasVariance } from './pixels';

// The arena's least size at each (CSS px): a 4:3 tablet held sideways keeps the microscope beside it.
const SIZES = [
  { name: 'kiosk', width: 1920, height: 1080, arena: { width: 1000, height: 700 } },
  { name: 'tablet', width: 1024, height: 768, arena: { width: 600, height: 440 } },
  { name: 'phone', width: 844, height: 390, arena: { width: 320, height: 300 } },
];

describe('layouts', () => {
  for (const size of SIZES) {
    it(`play screen at ${size.width}×${size.height} (${size.name})`, async () => {
      const s = await openBrowser({ width: size.width, height: size.height, touch: true });
      try {
        // The foragers' world, opened by its address (the map holds the campaign and the Lab).
        await s.page.goto(`${inject('baseUrl')}?inspect&level=forage`);
        await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
        await s.page.waitForTimeout(1200);
        for (const mode of ['evolve', 'train'] as const) {
          if (mode === 'train') {
            await s.page.getByRole('button', { name: 'Train', exact: true }).click();
            await s.page.getByRole('button', { name: 'Step', exact: true }).waitFor();
            await s.page.waitForTimeout(1200);
          }
          await screenshot(s.page, `layout-${size.name}-${mode}`);
          const offscreen = await s.page.evaluate(() => {
            const bad: string[] = [];
            for (const node of document.querySelectorAll('button, input, select')) {
              // A control in a scrolling column counts as on screen when scrolling brings it there.
              node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
              const r = node.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
                bad.push(`${node.id || node.textContent || node.tagName} off screen`);
              }
              if (node.tagName === 'BUTTON' && r.height < 47.5)
                bad.push(`${node.id || node.textContent} is ${r.height}px tall`);
            }
            return bad;
          });
          expect(offscreen).toEqual([]);
          const audit = await auditLayout(s.page);
          expect(audit.problems).toEqual([]);
          expect(audit.arena.width, 'arena width').toBeGreaterThanOrEqual(size.arena.width);
          expect(audit.arena.height, 'arena height').toBeGreaterThanOrEqual(size.arena.height);
          expect(await canvasVariance(s.page, '#game canvas')).toBeGreaterThan(50);
        }
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});
