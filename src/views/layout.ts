/**
 * Where the microscope's panels go. Pure: no pixi, testable in Node. The default layout puts the
 * gene-level views (brain over DNA) in a left column and the population-level views (landscape over
 * the charts) in a right one on a wide screen, and stacks everything on a tall one — as many views as
 * fit at a readable height (see viewsThatFit). A game may pass its own Layout.
 */

export type ViewName = 'brain' | 'dna' | 'landscape' | 'fitness' | 'loss';

export const VIEW_NAMES: readonly ViewName[] = ['brain', 'dna', 'landscape', 'fitness', 'loss'];

export interface PanelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Layout = (
  width: number,
  height: number,
  shown: readonly ViewName[],
) => Partial<Record<ViewName, PanelRect>>;

/** Gap between panels and around the edge, px. */
export const PANEL_GAP = 12;

/** Relative heights when views share a column. */
const WEIGHT: Record<ViewName, number> = { brain: 3, dna: 2, landscape: 3, fitness: 2, loss: 2 };

/** The least height (px) at which a view still reads in a narrow column: a map needs room, a strip little. */
export const MIN_HEIGHT: Record<ViewName, number> = { brain: 110, dna: 70, landscape: 200, fitness: 110, loss: 110 };

/** Which views a short column keeps first: the one each mode is about (the hill, the brain), then the rest. */
const PRIORITY: readonly ViewName[] = ['landscape', 'loss', 'brain', 'dna', 'fitness'];

/**
 * The views that fit a column `height` px tall at their least heights, most telling first, at least one
 * (a phone held sideways: the landscape alone rather than three slivers; the figures stay in the top bar).
 */
export function viewsThatFit(names: readonly ViewName[], height: number): ViewName[] {
  const keep = new Set<ViewName>();
  let used = -PANEL_GAP;
  for (const n of PRIORITY) {
    if (!names.includes(n)) continue;
    const need = MIN_HEIGHT[n] + PANEL_GAP;
    if (keep.size > 0 && used + need > height) continue;
    keep.add(n);
    used += need;
  }
  return names.filter((n) => keep.has(n));
}

function stack(
  names: readonly ViewName[],
  x: number,
  y: number,
  width: number,
  height: number,
  out: Partial<Record<ViewName, PanelRect>>,
): void {
  if (names.length === 0) return;
  const free = height - PANEL_GAP * (names.length - 1);
  let total = 0;
  for (const n of names) total += WEIGHT[n];
  let top = y;
  names.forEach((n, i) => {
    const h = i === names.length - 1 ? y + height - top : Math.floor((free * WEIGHT[n]) / total);
    out[n] = { x, y: top, width, height: h };
    top += h + PANEL_GAP;
  });
}

function row(
  names: readonly ViewName[],
  x: number,
  y: number,
  width: number,
  height: number,
  out: Partial<Record<ViewName, PanelRect>>,
): void {
  const free = width - PANEL_GAP * (names.length - 1);
  let total = 0;
  for (const n of names) total += WEIGHT[n];
  let left = x;
  names.forEach((n, i) => {
    const w = i === names.length - 1 ? x + width - left : Math.floor((free * WEIGHT[n]) / total);
    out[n] = { x: left, y, width: w, height };
    left += w + PANEL_GAP;
  });
}

export const defaultLayout: Layout = (width, height, shown) => {
  const out: Partial<Record<ViewName, PanelRect>> = {};
  const names = VIEW_NAMES.filter((n) => shown.includes(n));
  const innerW = Math.max(0, width - 2 * PANEL_GAP);
  const innerH = Math.max(0, height - 2 * PANEL_GAP);
  if (width < height * 1.1) {
    stack(viewsThatFit(names, innerH), PANEL_GAP, PANEL_GAP, innerW, innerH, out);
    return out;
  }
  const left = names.filter((n) => n === 'brain' || n === 'dna');
  const right = names.filter((n) => n !== 'brain' && n !== 'dna');
  if (left.length === 0 || right.length === 0) {
    // One group on a very wide, short screen (a phone held sideways): side by side, not stacked.
    if (width > height * 1.8 && names.length > 1) {
      row(names, PANEL_GAP, PANEL_GAP, innerW, innerH, out);
    } else {
      stack(names, PANEL_GAP, PANEL_GAP, innerW, innerH, out);
    }
    return out;
  }
  const leftW = Math.floor((innerW - PANEL_GAP) * 0.56);
  const rightW = innerW - PANEL_GAP - leftW;
  stack(left, PANEL_GAP, PANEL_GAP, leftW, innerH, out);
  stack(right, PANEL_GAP + leftW + PANEL_GAP, PANEL_GAP, rightW, innerH, out);
  return out;
};
