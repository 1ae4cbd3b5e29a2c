/**
 * What a player sees, checked in the page (for the layout tests): the microscope's panels each at a
 * readable height, and no empty experiment chart box (a chart shows a line, or a prompt saying what
 * fills it).
 */
import type { Page } from 'playwright-core';
import { MIN_HEIGHT, type ViewName } from '../../src/views/layout';

type Rect = { x: number; y: number; width: number; height: number };

/** The microscope's panels on screen (page px), by view name. */
export function panels(page: Page): Promise<Record<string, Rect>> {
  return page.evaluate(() =>
    (window as unknown as { weightlings: { panels(): Record<string, Rect> } }).weightlings.panels(),
  );
}

/** Problems with the microscope's panels: one shorter than its view's least readable height. */
export async function crampedPanels(page: Page): Promise<string[]> {
  const shown = await panels(page);
  return Object.entries(shown)
    .filter(([name, r]) => r.height < MIN_HEIGHT[name as ViewName] - 0.5)
    .map(([name, r]) => `${name} panel ${Math.round(r.width)}×${Math.round(r.height)}`);
}

/** Experiment charts on screen that are an empty box: no line of two points and no prompt. */
export function emptyCharts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const fig of document.querySelectorAll<HTMLElement>('.exp-chart')) {
      if (!fig.checkVisibility()) continue;
      const svg = fig.querySelector('svg');
      const prompt = fig.querySelector<HTMLElement>('.exp-chart-empty');
      const svgShown = svg !== null && svg.checkVisibility();
      const line = [...fig.querySelectorAll('polyline')].some(
        (p) => new Set((p.getAttribute('points') ?? '').trim().split(/\s+/)).size >= 2,
      );
      const promptShown = prompt !== null && prompt.checkVisibility() && (prompt.textContent ?? '').trim() !== '';
      const card = fig.closest('section')?.id ?? '?';
      if (svgShown && !line) bad.push(`${card}: an empty chart box`);
      if (!svgShown && !promptShown) bad.push(`${card}: neither a chart nor a prompt`);
    }
    return bad;
  });
}
