/**
 * The landscape: a slice of weight space (src/core/landscape.ts) as a viridis colour map with
 * contour lines, and on it the two ways a creature climbs — the evolution path (best creature per
 * generation, cream dots joined) and the training path (a ball rolling, with a fading trail).
 * Coordinates (a, b) ∈ [−span, span]; a to the right, b up.
 */
import { BufferImageSource, Container, Graphics, Sprite, Text, Texture } from 'pixi.js';
import { finiteRange, paintColourMap } from './colormap';
import { contourLevels, marchingSquares } from './contours';
import { COLOURS } from './palette';
import { sharedTextStyle } from './text-style';
import type { LandscapeSnapshot } from './snapshots';
import { View, type ViewContext } from './view';

const CONTOUR_LEVELS = 7;
/** Points of a path drawn at most (the most recent ones). */
const MAX_PATH_POINTS = 600;

export class LandscapeView extends View<LandscapeSnapshot> {
  private readonly map = new Sprite();
  private readonly contours = new Graphics();
  private readonly paths = new Graphics();
  private readonly ballGlow = new Sprite();
  private readonly ball = new Sprite();
  private readonly legend = new Container();
  private readonly legendMarks = new Graphics();
  private legendEvolution!: Text;
  private legendTraining!: Text;
  private source: BufferImageSource | null = null;
  private pixels = new Uint8Array(0);
  private values = new Float64Array(0);
  private n = 0;
  private segments = new Float32Array(0);
  private segmentCount = 0;
  private mapDirty = true;
  /** Where the contours were last drawn (left, top, side, n), to redraw them only when that changes. */
  private contoursPlaced = '';
  private lowIsBright = false;
  private labels = { evolution: '', training: '' };

  protected build(ctx: ViewContext): void {
    this.ball.texture = ctx.textures.disc;
    this.ball.anchor.set(0.5);
    this.ballGlow.texture = ctx.textures.glow;
    this.ballGlow.anchor.set(0.5);
    const style = sharedTextStyle({ fontFamily: ctx.fontFamily, fontSize: 15, fill: COLOURS.creamDim });
    this.legendEvolution = new Text({ text: '', style });
    this.legendTraining = new Text({ text: '', style });
    this.legend.addChild(this.legendMarks, this.legendEvolution, this.legendTraining);
    this.content.addChild(this.map, this.contours, this.paths, this.ballGlow, this.ball, this.legend);
  }

  setLegend(evolution: string, training: string): void {
    this.labels = { evolution, training };
    this.dirty = true;
  }

  /** Copies the grid; the colour map and contours are recomputed only when its values change. */
  override update(snapshot: LandscapeSnapshot): void {
    super.update(snapshot);
    const cells = snapshot.n * snapshot.n;
    let changed = snapshot.n !== this.n || this.values.length !== cells;
    if (changed) this.values = new Float64Array(cells);
    for (let i = 0; i < cells; i++) {
      const v = snapshot.values[i] as number;
      if (!changed && !Object.is(this.values[i], v)) changed = true;
      this.values[i] = v;
    }
    const lowIsBright = snapshot.lowIsBright === true;
    if (lowIsBright !== this.lowIsBright) changed = true;
    this.lowIsBright = lowIsBright;
    if (changed) this.mapDirty = true;
    this.n = snapshot.n;
  }

  protected redraw(): void {
    const snap = this.snapshot;
    const n = this.n;
    if (snap === null || n < 2) return;
    const { width, height } = this.area;
    const legendH = this.labels.evolution || this.labels.training ? 28 : 0;
    const side = Math.max(1, Math.floor(Math.min(width, height - legendH)));
    const left = Math.floor((width - side) / 2);
    const top = Math.floor((height - legendH - side) / 2);
    const mapChanged = this.mapDirty;
    if (this.mapDirty) {
      this.mapDirty = false;
      this.paintMap(n);
    }
    this.map.position.set(left, top);
    this.map.width = side;
    this.map.height = side;
    // The contours change with the map or the panel, not with the paths (redrawn at every step of a Run).
    const placed = `${left} ${top} ${side} ${n}`;
    if (mapChanged || placed !== this.contoursPlaced) {
      this.contoursPlaced = placed;
      this.drawContours(left, top, side, n);
    }
    this.drawPaths(snap, left, top, side, n);
    this.drawLegend(top + side + 8, width);
  }

  private paintMap(n: number): void {
    const { lo, hi } = finiteRange(this.values);
    if (this.source === null || this.source.width !== n || this.source.height !== n) {
      this.source?.destroy();
      this.pixels = new Uint8Array(n * n * 4);
      this.source = new BufferImageSource({
        resource: this.pixels,
        width: n,
        height: n,
        format: 'rgba8unorm',
        scaleMode: 'linear',
        alphaMode: 'no-premultiply-alpha',
      });
      this.map.texture = new Texture({ source: this.source });
    }
    paintColourMap(this.values, n, n, lo, hi, this.lowIsBright, this.pixels);
    this.source.update();
    const levels = contourLevels(lo, hi, CONTOUR_LEVELS);
    const capacity = levels.length * 2 * (n - 1) * (n - 1);
    if (this.segments.length < capacity * 4) this.segments = new Float32Array(capacity * 4);
    let count = 0;
    for (const level of levels) count = marchingSquares(this.values, n, n, level, this.segments, count);
    this.segmentCount = count;
  }

  private drawContours(left: number, top: number, side: number, n: number): void {
    const g = this.contours.clear();
    const s = side / n;
    const seg = this.segments;
    for (let i = 0; i < this.segmentCount; i++) {
      const o = i * 4;
      // Grid unit c is the centre of texel c: pixel left + (c + 0.5)·side/n. Row r is drawn upside down.
      g.moveTo(left + ((seg[o] as number) + 0.5) * s, top + side - ((seg[o + 1] as number) + 0.5) * s);
      g.lineTo(left + ((seg[o + 2] as number) + 0.5) * s, top + side - ((seg[o + 3] as number) + 0.5) * s);
    }
    if (this.segmentCount > 0) g.stroke({ width: 1.2, color: COLOURS.cream, alpha: 0.35 });
    g.roundRect(left, top, side, side, 6).stroke({ width: 2, color: COLOURS.panelEdge });
  }

  private drawPaths(snap: LandscapeSnapshot, left: number, top: number, side: number, n: number): void {
    const span = snap.span > 0 ? snap.span : 1;
    const s = side / n;
    const px = (a: number): number => left + (((a + span) / (2 * span)) * (n - 1) + 0.5) * s;
    const py = (b: number): number => top + side - (((b + span) / (2 * span)) * (n - 1) + 0.5) * s;
    const g = this.paths.clear();
    const dot = Math.max(3, side / 90);
    // Evolution: cream dots joined by a line, the newest bigger.
    const evo = snap.evolutionPath;
    const evoCount = evo.length >> 1;
    const evoFirst = Math.max(0, evoCount - MAX_PATH_POINTS);
    for (let i = evoFirst; i < evoCount; i++) {
      const x = clamp(px(evo[2 * i] as number), left, left + side);
      const y = clamp(py(evo[2 * i + 1] as number), top, top + side);
      if (i === evoFirst) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    if (evoCount > 1)
      g.stroke({
        width: Math.max(2.5, side / 160),
        color: COLOURS.evolutionPath,
        alpha: 0.85,
        join: 'round',
        cap: 'round',
      });
    for (let i = evoFirst; i < evoCount; i++) {
      const x = clamp(px(evo[2 * i] as number), left, left + side);
      const y = clamp(py(evo[2 * i + 1] as number), top, top + side);
      g.circle(x, y, i === evoCount - 1 ? dot * 1.6 : dot).fill(COLOURS.evolutionPath);
    }
    if (evoCount > 0) g.stroke({ width: 1.5, color: COLOURS.background, alpha: 0.8 });
    // Training: a trail that fades towards its start, and the ball on its last point.
    const trail = Math.max(3.5, side / 100);
    const tr = snap.trainingPath;
    const trCount = tr.length >> 1;
    const trFirst = Math.max(0, trCount - MAX_PATH_POINTS);
    for (let i = trFirst + 1; i < trCount; i++) {
      const age = (trCount - 1 - i) / Math.max(1, trCount - 1 - trFirst);
      g.moveTo(
        clamp(px(tr[2 * i - 2] as number), left, left + side),
        clamp(py(tr[2 * i - 1] as number), top, top + side),
      )
        .lineTo(clamp(px(tr[2 * i] as number), left, left + side), clamp(py(tr[2 * i + 1] as number), top, top + side))
        .stroke({ width: trail, color: COLOURS.trainingPath, alpha: 0.25 + 0.75 * (1 - age), cap: 'round' });
    }
    this.ball.visible = this.ballGlow.visible = trCount > 0;
    if (trCount > 0) {
      const bx = clamp(px(tr[2 * trCount - 2] as number), left, left + side);
      const by = clamp(py(tr[2 * trCount - 1] as number), top, top + side);
      const r = Math.max(7, side / 32);
      this.ball.position.set(bx, by);
      this.ball.width = this.ball.height = r * 2;
      this.ball.tint = COLOURS.trainingPath;
      this.ballGlow.position.set(bx, by);
      this.ballGlow.width = this.ballGlow.height = r * 4.5;
      this.ballGlow.tint = COLOURS.cream;
      this.ballGlow.alpha = 0.55;
      g.circle(bx, by, r + 1.5).stroke({ width: 2.5, color: COLOURS.cream });
    }
  }

  /** The legend under the map, centred in the panel; scaled down when the panel is narrower than it. */
  private drawLegend(y: number, width: number): void {
    const { evolution, training } = this.labels;
    this.legend.visible = evolution.length > 0 || training.length > 0;
    if (!this.legend.visible) return;
    if (this.legendEvolution.text !== evolution) this.legendEvolution.text = evolution;
    if (this.legendTraining.text !== training) this.legendTraining.text = training;
    const g = this.legendMarks.clear();
    const cy = 10;
    let x = 4;
    g.moveTo(x, cy)
      .lineTo(x + 22, cy)
      .stroke({ width: 2.5, color: COLOURS.evolutionPath });
    g.circle(x + 11, cy, 4).fill(COLOURS.evolutionPath);
    this.legendEvolution.position.set(x + 30, cy - this.legendEvolution.height / 2);
    x += 30 + this.legendEvolution.width + 22;
    g.circle(x + 8, cy, 7)
      .fill(COLOURS.trainingPath)
      .stroke({ width: 2, color: COLOURS.cream });
    this.legendTraining.position.set(x + 22, cy - this.legendTraining.height / 2);
    const total = x + 22 + this.legendTraining.width;
    const scale = total > width ? width / total : 1;
    this.legend.scale.set(scale);
    this.legend.position.set(Math.max(0, (width - total * scale) / 2), y);
  }

  override destroy(): void {
    this.map.texture = Texture.EMPTY;
    this.source?.destroy();
    this.source = null;
    super.destroy();
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
