/**
 * A small SVG line chart for the experiment cards: a few series on one set of axes (rounds or steps
 * across, fitness up), each a coloured line with its name in the legend. Built with createElementNS and
 * attributes only (no markup from strings); its accessible name summarises the last values. Until a
 * series has a value the chart is not drawn: a prompt says what to do to fill it (setEmptyText).
 */
const SVG = 'http://www.w3.org/2000/svg';

export interface ChartSeries {
  readonly name: string;
  /** CSS class giving the line its colour (.series-0 … .series-3). */
  readonly colour: number;
  readonly values: readonly number[];
  /** Drawn dashed (e.g. a "you had" reference). */
  readonly dashed?: boolean;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class LineChart {
  readonly root: HTMLElement;
  private readonly plot: SVGSVGElement;
  private readonly legend: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly width = 260;
  private readonly height = 110;

  constructor(
    private readonly title: string,
    private readonly formatValue: (v: number) => string,
    /** Fixed y range, or null to fit the data. */
    private readonly yRange: readonly [number, number] | null = null,
  ) {
    this.root = document.createElement('figure');
    this.root.className = 'exp-chart';
    this.plot = svg('svg', { viewBox: `0 0 ${this.width} ${this.height}`, role: 'img', preserveAspectRatio: 'none' });
    this.legend = document.createElement('figcaption');
    this.empty = document.createElement('p');
    this.empty.className = 'exp-chart-empty';
    this.root.append(this.plot, this.empty, this.legend);
    this.update([]);
  }

  /** The prompt shown instead of an empty chart (what fills it: "Press Race…"). */
  setEmptyText(text: string): void {
    if (this.empty.textContent !== text) this.empty.textContent = text;
  }

  update(series: readonly ChartSeries[]): void {
    const W = this.width;
    const H = this.height;
    const pad = 4;
    let lo = Infinity;
    let hi = -Infinity;
    let n = 1;
    let longest = 0;
    for (const s of series) {
      n = Math.max(n, s.values.length);
      let finite = 0;
      for (const v of s.values) {
        if (!Number.isFinite(v)) continue;
        longest = Math.max(longest, ++finite);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    // No line yet (a line needs two points): the prompt instead of an empty box.
    const drawn = longest >= 2;
    this.plot.style.display = drawn ? '' : 'none';
    this.empty.hidden = drawn;
    if (this.yRange) [lo, hi] = this.yRange;
    if (!(hi > lo)) {
      lo = Number.isFinite(lo) ? lo - 0.5 : 0;
      hi = lo + 1;
    }
    const x = (i: number): number => pad + (n <= 1 ? 0 : (i / (n - 1)) * (W - 2 * pad));
    const y = (v: number): number => H - pad - ((v - lo) / (hi - lo)) * (H - 2 * pad);
    while (this.plot.firstChild) this.plot.removeChild(this.plot.firstChild);
    this.plot.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'exp-chart-back', rx: 8 }));
    for (const s of series) {
      const points: string[] = [];
      s.values.forEach((v, i) => {
        if (Number.isFinite(v)) points.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      });
      if (points.length === 0) continue;
      if (points.length === 1) points.push(points[0] as string);
      this.plot.append(
        svg('polyline', {
          points: points.join(' '),
          class: `exp-line series-${s.colour}${s.dashed ? ' dashed' : ''}`,
          fill: 'none',
          'vector-effect': 'non-scaling-stroke',
        }),
      );
    }
    const summary = series
      .map((s) => `${s.name}: ${this.formatValue(s.values[s.values.length - 1] ?? NaN)}`)
      .join(', ');
    this.plot.setAttribute('aria-label', summary ? `${this.title}. ${summary}` : this.title);
    while (this.legend.firstChild) this.legend.removeChild(this.legend.firstChild);
    for (const s of series) {
      const item = document.createElement('span');
      item.className = `exp-legend series-${s.colour}`;
      item.textContent = `${s.name} ${this.formatValue(s.values[s.values.length - 1] ?? NaN)}`;
      this.legend.append(item);
    }
  }
}
