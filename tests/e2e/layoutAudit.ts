/**
 * Layout checks run in the page: where the arena is, and every visible control (button, input, select)
 * outside it — on screen once scrolled into view, not over the arena, and (buttons) at least 48 px tall.
 * Notice banners (`.notices`: offline ready, saves) float over the top on purpose and may cover the arena.
 */
import type { Page } from 'playwright-core';

export interface LayoutAudit {
  /** The arena canvas's size in CSS px. */
  readonly arena: { width: number; height: number };
  /** What is wrong, one line each (empty: nothing). */
  readonly problems: string[];
  /** A name for each control that was visible (checked) in this state. */
  readonly seen: string[];
  /** A name for each control in the page outside the arena that takes up room (shown or not). */
  readonly all: string[];
}

/** `checkArena: false` where the canvas fills the page by design (title, dialogs over it). */
export async function auditLayout(page: Page, { checkArena = true } = {}): Promise<LayoutAudit> {
  return page.evaluate((checkArena) => {
    const canvas = document.querySelector('#game canvas');
    const a = canvas ? canvas.getBoundingClientRect() : new DOMRect();
    const problems: string[] = [];
    const seen: string[] = [];
    const all: string[] = [];
    const nameOf = (n: Element, i: number): string =>
      `${n.tagName.toLowerCase()}#${n.id || n.getAttribute('aria-label') || n.textContent?.trim() || i}`;
    const nodes = [...document.querySelectorAll('button, input, select')].filter((n) => !n.closest('#game'));
    nodes.forEach((node, i) => {
      const name = nameOf(node, i);
      const box = node.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return;
      all.push(name);
      if (!node.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
      seen.push(name);
      // A control in a scrolling column counts as on screen when scrolling brings it there.
      node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = node.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
        problems.push(`${name} off screen`);
      }
      const overlap =
        Math.min(r.right, a.right) - Math.max(r.left, a.left) > 1 &&
        Math.min(r.bottom, a.bottom) - Math.max(r.top, a.top) > 1;
      if (checkArena && overlap && !node.closest('.notices')) problems.push(`${name} over the arena`);
      if (node.tagName === 'BUTTON' && r.height < 47.5) problems.push(`${name} is ${r.height}px tall`);
      if (node.tagName === 'BUTTON' && r.width < 47.5) problems.push(`${name} is ${r.width}px wide`);
      // A button squeezed narrower than its words (a crowded top bar) spills them onto its neighbours.
      if (node.tagName === 'BUTTON' && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${name}: its words overflow (${node.scrollWidth} > ${node.clientWidth} px)`);
      }
    });
    return { arena: { width: a.width, height: a.height }, problems, seen, all };
  }, checkArena);
}
