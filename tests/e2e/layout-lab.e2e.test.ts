// The Lab world at the sizes it is used at: an experiments column beside the arena on a large screen;
// on a tablet or a phone the experiments and the microscope share one side column behind two tabs,
// and the arena keeps its room. One page, resized from size to size (the layout follows a resize
// without a reload). Screenshots are saved.
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot } from './browser';
import { auditLayout } from './layoutAudit';
import { crampedPanels, emptyCharts, panels } from './layoutLooks';
import { canvasVariance } from './pixels';

const LAB_SIZES = [
  { name: 'kiosk', width: 1920, height: 1080, arena: { width: 800, height: 700 }, tabs: false },
  { name: 'laptop', width: 1366, height: 768, arena: { width: 600, height: 440 }, tabs: false },
  { name: 'tablet', width: 1024, height: 768, arena: { width: 600, height: 440 }, tabs: true },
  { name: 'phone', width: 844, height: 390, arena: { width: 340, height: 300 }, tabs: true },
];

describe('the Lab layout', () => {
  it('at 1920×1080, 1366×768, 1024×768 and 844×390: arena size, controls beside it, every control reachable', async () => {
    const s = await openBrowser({ width: 1920, height: 1080, touch: true });
    try {
      await s.page.goto(`${inject('baseUrl')}?inspect&level=lab-forage-open`);
      await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
      await s.page.locator('#microscope canvas').waitFor({ timeout: 30_000 });
      for (const mode of ['evolve', 'train'] as const) {
        if (mode === 'train') {
          await s.page.getByRole('button', { name: 'Train', exact: true }).click();
          await s.page.getByRole('button', { name: 'Step', exact: true }).waitFor();
        }
        for (const size of mode === 'evolve' ? LAB_SIZES : [...LAB_SIZES].reverse()) {
          await s.page.setViewportSize({ width: size.width, height: size.height });
          await s.page.waitForTimeout(500);
          const experimentsTab = s.page.getByRole('button', { name: 'Experiments', exact: true });
          const microscopeTab = s.page.getByRole('button', { name: 'Microscope', exact: true });
          expect(await experimentsTab.isVisible()).toBe(size.tabs);
          const panes = size.tabs ? [experimentsTab, microscopeTab] : [null];
          const seen = new Set<string>();
          let all: string[] = [];
          for (const tab of panes) {
            await tab?.click();
            if (tab) expect(await tab.getAttribute('aria-pressed')).toBe('true');
            await s.page.waitForTimeout(300);
            await screenshot(s.page, `layout-lab-${size.name}-${mode}${tab ? `-${await tab.textContent()}` : ''}`);
            const audit = await auditLayout(s.page);
            expect(audit.problems, `${size.name} ${mode}`).toEqual([]);
            expect(audit.arena.width, `${size.name} arena width`).toBeGreaterThanOrEqual(size.arena.width);
            expect(audit.arena.height, `${size.name} arena height`).toBeGreaterThanOrEqual(size.arena.height);
            // The microscope's views each at a readable height (a short pane shows fewer, not slivers),
            // the one the mode is about always among them; no experiment chart is an empty box.
            if (tab !== experimentsTab) {
              expect(await crampedPanels(s.page), `${size.name} ${mode}`).toEqual([]);
              const shown = Object.keys(await panels(s.page));
              expect(shown, `${size.name} ${mode}`).toContain(mode === 'train' ? 'landscape' : 'brain');
              const map = (await panels(s.page)).landscape;
              if (mode === 'train') expect(map!.width, `${size.name} landscape`).toBeGreaterThanOrEqual(200);
            }
            if (tab !== microscopeTab) expect(await emptyCharts(s.page), `${size.name} ${mode}`).toEqual([]);
            for (const name of audit.seen) seen.add(name);
            all = audit.all;
          }
          // Every control is shown by one of the tabs (none hides behind another pane for good).
          expect(all.filter((name) => !seen.has(name))).toEqual([]);
          expect(all.some((name) => name.includes('exp-'))).toBe(true);
          expect(await canvasVariance(s.page, '#game canvas')).toBeGreaterThan(50);
        }
      }
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
