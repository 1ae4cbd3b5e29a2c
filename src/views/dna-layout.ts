/**
 * Where the DNA strip puts each base, and which codon a tap hits. Pure: no pixi, testable in Node.
 *
 * Bases are square cells, k to a codon (one weight), codons separated by a wider gap and wrapped in
 * rows. The cell size is the largest in [minCell, maxCell] at which the whole genome fits; when even
 * minCell does not fit, the strip shows `visibleRows` rows starting at `firstRow` (scrolled so the
 * selected codon is in view).
 */

export interface DnaLayout {
  /** Side of a base cell, px. */
  readonly cell: number;
  /** Gap between bases of one codon, between codons, and between rows, px. */
  readonly baseGap: number;
  readonly codonGap: number;
  readonly rowGap: number;
  readonly k: number;
  readonly weights: number;
  readonly codonsPerRow: number;
  readonly rows: number;
  readonly visibleRows: number;
  readonly firstRow: number;
  /** Left offset that centres the rows in the panel, px. */
  readonly left: number;
}

function metrics(cell: number): { baseGap: number; codonGap: number; rowGap: number } {
  return {
    baseGap: Math.max(1, Math.round(cell * 0.08)),
    codonGap: Math.max(3, Math.round(cell * 0.45)),
    rowGap: Math.max(3, Math.round(cell * 0.35)),
  };
}

export function codonWidth(cell: number, k: number): number {
  const m = metrics(cell);
  return k * cell + (k - 1) * m.baseGap;
}

export function layoutDna(
  weights: number,
  k: number,
  width: number,
  height: number,
  minCell = 9,
  maxCell = 30,
  scrollToWeight = -1,
): DnaLayout {
  let cell = maxCell;
  for (; cell > minCell; cell--) {
    const m = metrics(cell);
    const perRow = Math.max(1, Math.floor((width + m.codonGap) / (codonWidth(cell, k) + m.codonGap)));
    const rows = Math.ceil(weights / perRow);
    if (rows * (cell + m.rowGap) - m.rowGap <= height) break;
  }
  const m = metrics(cell);
  const stride = codonWidth(cell, k) + m.codonGap;
  const codonsPerRow = Math.max(1, Math.floor((width + m.codonGap) / stride));
  const rows = Math.max(1, Math.ceil(weights / codonsPerRow));
  const visibleRows = Math.max(1, Math.min(rows, Math.floor((height + m.rowGap) / (cell + m.rowGap))));
  let firstRow = 0;
  if (visibleRows < rows && scrollToWeight >= 0) {
    const row = Math.floor(scrollToWeight / codonsPerRow);
    firstRow = Math.max(0, Math.min(rows - visibleRows, row - Math.floor(visibleRows / 2)));
  }
  const usedWidth = Math.min(weights, codonsPerRow) * stride - m.codonGap;
  const left = Math.max(0, Math.floor((width - usedWidth) / 2));
  return { cell, ...m, k, weights, codonsPerRow, rows, visibleRows, firstRow, left };
}

/** Top-left corner of base `base` (genome index · k + position), or null when scrolled out of view. */
export function basePosition(layout: DnaLayout, base: number, out: { x: number; y: number }): boolean {
  const w = Math.floor(base / layout.k);
  const pos = base - w * layout.k;
  const row = Math.floor(w / layout.codonsPerRow) - layout.firstRow;
  if (w >= layout.weights || row < 0 || row >= layout.visibleRows) return false;
  const col = w % layout.codonsPerRow;
  out.x =
    layout.left + col * (codonWidth(layout.cell, layout.k) + layout.codonGap) + pos * (layout.cell + layout.baseGap);
  out.y = row * (layout.cell + layout.rowGap);
  return true;
}

/** Genome index of the codon under (px, py), or −1. Taps in a gap go to the nearest codon in the row. */
export function codonAt(layout: DnaLayout, px: number, py: number): number {
  const rowH = layout.cell + layout.rowGap;
  const row = Math.floor((py + layout.rowGap / 2) / rowH);
  if (py < -layout.rowGap || row < 0 || row >= layout.visibleRows) return -1;
  const stride = codonWidth(layout.cell, layout.k) + layout.codonGap;
  const col = Math.floor((px - layout.left + layout.codonGap / 2) / stride);
  if (col < 0 || col >= layout.codonsPerRow) return -1;
  const w = (row + layout.firstRow) * layout.codonsPerRow + col;
  return w < layout.weights ? w : -1;
}
