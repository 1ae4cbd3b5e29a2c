/**
 * A line chart over steps or generations (x = index in the series): fitness per generation (best
 * and mean) or loss per step. Axes with a few ticks, a legend, and — for the loss — a log scale on
 * which a training explosion shows as a spike: non-finite or off-scale values shoot to the top edge
 * with a warning band, never silently dropped. All words come from the caller's labels.
 */
import { Container, Graphics, Text } from 'pixi.js';
import { formatTick, indexTicks, legibleTicks, linearTicks, logTicks, type Ticks } from './chart-scale';
import { COLOURS } from './palette';
import { setLook, sharedTextStyle, type TextLook } from './text-style';
import type { ChartLabels } from './snapshots';
import { showCount, View } from './view';

export interface ChartSeriesSnapshot {
  /** One array per series, index = step or generation. */
  readonly series: readonly ArrayLike<number>[];
  /** Indices to flag with a warning band (training explosions). */
  readonly marks?: ArrayLike<number>;
}

export interface ChartStyle {
  readonly scale: 'linear' | 'log';
  /** Colour and line width of each series, in order. */
  readonly colours: readonly number[];
  readonly widths: readonly number[];
}

/** On a log axis the top of the domain is at most this many times its bottom; above it is a spike. */
const LOG_DECADES_SHOWN = 6;

export class ChartView extends View<ChartSeriesSnapshot> {
  private readonly grid = new Graphics();
  private readonly bands = new Graphics();
  private readonly lines = new Graphics();
  private readonly tickTexts = new Container();
  private readonly legendTexts = new Container();
  private readonly legendMarks = new Graphics();
  private xName!: Text;
  private labels: ChartLabels = { title: '', xAxis: '', series: [] };

  constructor(private readonly style: ChartStyle) {
    super();
  }

  protected build(): void {
    this.xName = new Text({ text: '', style: sharedTextStyle(this.look(14, COLOURS.creamDim)) });
    this.xName.anchor.set(1, 0);
    this.content.addChild(
      this.grid,
      this.bands,
      this.lines,
      this.tickTexts,
      this.legendMarks,
      this.legendTexts,
      this.xName,
    );
  }

  setLabels(labels: ChartLabels): void {
    this.labels = labels;
    this.setTitle(labels.title);
  }

  protected redraw(): void {
    const snap = this.snapshot;
    const { width, height } = this.area;
    const fontSize = Math.round(Math.max(12, Math.min(15, height / 14)));
    const legendH = fontSize + 10;
    const plot = { x: fontSize * 3.2, y: legendH, w: 0, h: 0 };
    plot.w = Math.max(10, width - plot.x - 6);
    plot.h = Math.max(10, height - plot.y - fontSize * 2.6);
    const series = snap?.series ?? [];
    let count = 0;
    for (const s of series) count = Math.max(count, s.length);
    const xT = indexTicks(Math.max(1, count - 1), Math.max(2, Math.min(7, Math.floor(plot.w / 70))));
    const yT = this.yTicks(series, Math.max(2, Math.min(6, Math.floor(plot.h / (fontSize * 1.6)) + 1)));
    const log = this.style.scale === 'log';
    const yOf = (v: number): number => {
      const t = log
        ? (Math.log10(v) - Math.log10(yT.lo)) / (Math.log10(yT.hi) - Math.log10(yT.lo))
        : (v - yT.lo) / (yT.hi - yT.lo);
      return plot.y + plot.h * (1 - t);
    };
    const xOf = (i: number): number => plot.x + (plot.w * (i - xT.lo)) / (xT.hi - xT.lo);
    this.drawAxes(plot, xT, yT, xOf, yOf, fontSize);
    this.drawSeries(series, plot, yT, xOf, yOf);
    this.drawMarks(snap?.marks, plot, yT, xOf);
    this.drawLegend(width, fontSize);
  }

  private yTicks(series: readonly ArrayLike<number>[], maxTicks: number): Ticks {
    let lo = Infinity;
    let hi = -Infinity;
    const log = this.style.scale === 'log';
    for (const s of series) {
      for (let i = 0; i < s.length; i++) {
        const v = s[i] as number;
        if (!Number.isFinite(v) || (log && v <= 0)) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    if (lo > hi) return log ? logTicks(0.01, 1, maxTicks) : linearTicks(0, 1, maxTicks);
    if (log) return logTicks(lo, Math.min(hi, lo * 10 ** LOG_DECADES_SHOWN), maxTicks);
    return linearTicks(Math.min(lo, 0), hi, maxTicks);
  }

  private drawAxes(
    plot: { x: number; y: number; w: number; h: number },
    xT: Ticks,
    yT: Ticks,
    xOf: (i: number) => number,
    yOf: (v: number) => number,
    fontSize: number,
  ): void {
    const g = this.grid.clear();
    const texts = xT.values.length + yT.values.length;
    showCount(
      this.tickTexts,
      texts,
      () => new Text({ text: '', style: sharedTextStyle(this.look(fontSize, COLOURS.creamDim)) }),
    );
    let t = 0;
    // A label that would touch the one before it (a short or narrow panel) is left out; its tick stays.
    const yRoom = legibleTicks(
      yT.values.map(yOf),
      yT.values.map(() => fontSize * 1.2),
      2,
    );
    yT.values.forEach((v, i) => {
      const y = yOf(v);
      g.moveTo(plot.x, y).lineTo(plot.x + plot.w, y);
      this.placeText(t++, yRoom[i] ? formatTick(v, this.labels.decimal) : '', plot.x - 8, y, 1, 0.5, fontSize);
    });
    g.stroke({ width: 1, color: COLOURS.grid, alpha: 0.8 });
    const xTexts = xT.values.map((v) => formatTick(v, this.labels.decimal));
    const xRoom = legibleTicks(
      xT.values.map(xOf),
      xTexts.map((s) => s.length * fontSize * 0.62),
      6,
    );
    xT.values.forEach((v, i) => {
      const x = xOf(v);
      g.moveTo(x, plot.y + plot.h).lineTo(x, plot.y + plot.h + 5);
      this.placeText(t++, xRoom[i] ? (xTexts[i] ?? '') : '', x, plot.y + plot.h + 7, 0.5, 0, fontSize);
    });
    g.moveTo(plot.x, plot.y)
      .lineTo(plot.x, plot.y + plot.h)
      .lineTo(plot.x + plot.w, plot.y + plot.h);
    g.stroke({ width: 1.5, color: COLOURS.creamDim, alpha: 0.7 });
    if (this.xName.text !== this.labels.xAxis) this.xName.text = this.labels.xAxis;
    setLook(this.xName, this.look(fontSize, COLOURS.creamDim));
    this.xName.position.set(plot.x + plot.w, plot.y + plot.h + fontSize + 9);
  }

  private look(fontSize: number, fill: number): TextLook {
    return { fontFamily: this.ctx!.fontFamily, fontSize, fill };
  }

  private placeText(i: number, text: string, x: number, y: number, ax: number, ay: number, fontSize: number): void {
    const t = this.tickTexts.children[i] as Text;
    if (t.text !== text) t.text = text;
    setLook(t, this.look(fontSize, COLOURS.creamDim));
    t.anchor.set(ax, ay);
    t.position.set(x, y);
  }

  private drawSeries(
    series: readonly ArrayLike<number>[],
    plot: { x: number; y: number; w: number; h: number },
    yT: Ticks,
    xOf: (i: number) => number,
    yOf: (v: number) => number,
  ): void {
    const g = this.lines.clear();
    const log = this.style.scale === 'log';
    const top = plot.y;
    const bottom = plot.y + plot.h;
    // Draw the first series last, on top (the best fitness over the mean).
    for (let s = series.length - 1; s >= 0; s--) {
      const data = series[s] as ArrayLike<number>;
      const colour = this.style.colours[s] ?? COLOURS.cream;
      const width = this.style.widths[s] ?? 2.5;
      let pen = false;
      let drawn = 0;
      // Long runs: one min–max pair per pixel column (an envelope), so a one-step spike still shows.
      const perColumn = Math.max(1, Math.floor(data.length / Math.max(1, plot.w)));
      for (let i0 = 0; i0 < data.length; i0 += perColumn) {
        const i1 = Math.min(data.length, i0 + perColumn);
        let lo = Infinity;
        let hi = -Infinity;
        let off = false;
        for (let i = i0; i < i1; i++) {
          const v = data[i] as number;
          if (!Number.isFinite(v) || v > yT.hi) off = true;
          else {
            if (v < lo) lo = v;
            if (v > hi) hi = v;
          }
        }
        const x = xOf(i0);
        if (off) {
          // A spike: up to the top edge, then the line breaks until the values come back.
          if (pen) g.lineTo(x, top).stroke({ width, color: colour, join: 'round', cap: 'round' });
          g.moveTo(x, bottom).lineTo(x, top).stroke({ width: 3, color: COLOURS.warning });
          g.poly([x - 7, top - 2, x + 7, top - 2, x, top + 9], true).fill(COLOURS.warning);
          pen = false;
          continue;
        }
        const yHi = Math.max(top, Math.min(bottom, yOf(log && hi <= 0 ? yT.lo : hi)));
        const yLo = Math.max(top, Math.min(bottom, yOf(log && lo <= 0 ? yT.lo : lo)));
        if (!pen) g.moveTo(x, yLo);
        else g.lineTo(x, yLo);
        if (yHi !== yLo) g.lineTo(x, yHi);
        pen = true;
        drawn++;
      }
      if (drawn === 1) g.circle(xOf(0), yOf(data[0] as number), width + 1).fill(colour);
      if (pen) g.stroke({ width, color: colour, join: 'round', cap: 'round' });
    }
  }

  private drawMarks(
    marks: ArrayLike<number> | undefined,
    plot: { x: number; y: number; w: number; h: number },
    yT: Ticks,
    xOf: (i: number) => number,
  ): void {
    const g = this.bands.clear();
    if (marks === undefined || marks.length === 0) return;
    const band = Math.max(6, plot.w / Math.max(1, yT.values.length * 20));
    for (let m = 0; m < marks.length; m++) {
      const i = marks[m] as number;
      if (!(i >= 0)) continue;
      const x = Math.max(plot.x, Math.min(plot.x + plot.w, xOf(i)));
      g.roundRect(x - band / 2, plot.y, band, plot.h, band / 2).fill({ color: COLOURS.warning, alpha: 0.3 });
    }
  }

  private drawLegend(width: number, fontSize: number): void {
    const names = this.labels.series;
    showCount(
      this.legendTexts,
      names.length,
      () => new Text({ text: '', style: sharedTextStyle(this.look(fontSize, COLOURS.cream)) }),
    );
    const g = this.legendMarks.clear();
    let x = width;
    for (let i = names.length - 1; i >= 0; i--) {
      const t = this.legendTexts.children[i] as Text;
      const name = names[i] as string;
      if (t.text !== name) t.text = name;
      setLook(t, this.look(fontSize, COLOURS.cream));
      x -= t.width;
      t.position.set(x, 0);
      x -= 26;
      g.roundRect(x, fontSize / 2 - 1, 18, 5, 2.5).fill(this.style.colours[i] ?? COLOURS.cream);
      x -= 16;
    }
  }
}
