/**
 * The brain: neurons as discs lit by their live activation, connections as lines whose colour is
 * the weight's sign (blue +, orange −) and whose thickness and opacity grow with |weight|; a bias is
 * a ring around its neuron. Tap a line (or a neuron, for its bias) to select that gene, drag up or
 * down to change it — gene editing — and the view emits the new value; the game changes the genome.
 * Every line and neuron is a reused sprite, so a new snapshot only moves and tints them.
 */
import { Container, Rectangle, Sprite, Text, type FederatedPointerEvent } from 'pixi.js';
import { biasNeuron, hitTestBrain, layoutBrain, weightEnds, type BrainLayout } from './brain-geometry';
import { biasIndexOf, countWeights, FULL_WEIGHT, GeneHighlight, maxLineThickness, styleLine } from './brain-sprites';
import { COLOURS, mixColour, signColour } from './palette';
import { setLook, sharedTextStyle } from './text-style';
import type { SelectionState } from './selection';
import type { BrainSnapshot } from './snapshots';
import { showCount, View, type ViewContext } from './view';

export interface BrainEvents {
  onSelectWeight(index: number | null): void;
  onEditWeight(index: number, value: number): void;
}

/** Half-width of the tap target around a line, px: mouse, and finger (both ≥ 24 px wide in all). */
const MOUSE_TOLERANCE = 14;
const TOUCH_TOLERANCE = 22;
/** Vertical movement, px, before a press on a gene turns into a drag that edits it. */
const DRAG_DEAD_ZONE = 6;
/** Shades of a lit neuron (its activation rounded to 1/32): enough for the eye, few enough to cache. */
const LIT_SHADES = 32;

export class BrainView extends View<BrainSnapshot> {
  private readonly lines = new Container();
  private readonly glows = new Container();
  private readonly rings = new Container();
  private readonly cores = new Container();
  private readonly labels = new Container();
  private highlight!: GeneHighlight;
  private layout: BrainLayout | null = null;
  private layoutKey = '';
  private genome = new Float64Array(0);
  private activations = new Float64Array(0);
  private hasActivations = false;
  /** A press on a gene; it becomes an edit only once the pointer has moved DRAG_DEAD_ZONE px up or down. */
  private drag: { index: number; startY: number; startValue: number; value: number; editing: boolean } | null = null;
  private seenSelection = -1;
  /** Lines are re-styled only when a weight, the layout or the drag changed (activations alone do not). */
  private linesDirty = true;
  private inputNames: readonly string[] = [];
  private outputNames: readonly string[] = [];

  constructor(
    private readonly selection: SelectionState,
    private readonly events: BrainEvents,
    /** Edits are clamped to [−weightRange, weightRange] (the DNA codec's range). */
    private readonly weightRange: number,
  ) {
    super();
  }

  protected build(ctx: ViewContext): void {
    this.highlight = new GeneHighlight(ctx.textures, ctx.fontFamily);
    this.content.addChild(
      this.lines,
      this.glows,
      this.highlight.line,
      this.rings,
      this.cores,
      this.labels,
      this.highlight.pill,
    );
    this.content.eventMode = 'static';
    this.content.cursor = 'pointer';
    this.content.on('pointerdown', (e) => this.onDown(e));
    this.content.on('globalpointermove', (e) => this.onMove(e));
    this.content.on('pointerup', () => this.endDrag());
    this.content.on('pointerupoutside', () => this.endDrag());
  }

  /** The language's decimal separator, for the selected gene's value. */
  setDecimal(decimal: string): void {
    this.highlight.decimal = decimal;
    this.dirty = true;
  }

  setNeuronNames(inputs: readonly string[] = [], outputs: readonly string[] = []): void {
    this.inputNames = inputs;
    this.outputNames = outputs;
    this.layoutKey = '';
    this.dirty = true;
  }

  /** Copies the snapshot (engine scratch arrays may be reused by the next forward pass). */
  override update(snapshot: BrainSnapshot): void {
    super.update(snapshot);
    if (this.genome.length !== snapshot.genome.length) {
      this.genome = new Float64Array(snapshot.genome.length);
      this.linesDirty = true;
    }
    for (let i = 0; i < snapshot.genome.length; i++) {
      const w = snapshot.genome[i] as number;
      if (!Object.is(this.genome[i], w)) {
        this.genome[i] = w;
        this.linesDirty = true;
      }
    }
    const acts = snapshot.activations;
    this.hasActivations = acts !== null;
    if (acts !== null) {
      if (this.activations.length !== acts.length) this.activations = new Float64Array(acts.length);
      for (let i = 0; i < acts.length; i++) this.activations[i] = acts[i] as number;
    }
  }

  /** The weight the player is dragging shows its dragged value until the game's next snapshot. */
  private weightAt(index: number): number {
    if (this.drag !== null && this.drag.index === index) return this.drag.value;
    return this.genome[index] ?? 0;
  }

  protected redraw(): void {
    const snap = this.snapshot;
    const { width, height } = this.area;
    this.content.hitArea = new Rectangle(0, 0, width, height);
    if (snap === null || snap.layers.length < 2) return;
    const key = `${snap.layers.join(',')}|${width}|${height}`;
    if (key !== this.layoutKey || this.layout === null) {
      this.layoutKey = key;
      this.layout = layoutBrain(snap.layers, width, height, this.labelPad());
      this.ensureSprites(this.layout);
      this.placeLabels(this.layout);
      this.linesDirty = true;
    }
    if (this.linesDirty || this.drag !== null) {
      this.linesDirty = false;
      this.drawLines(this.layout);
    }
    this.drawNeurons(this.layout);
    this.drawSelection(this.layout);
  }

  private labelPad(): number {
    let longest = 0;
    for (const s of this.inputNames) longest = Math.max(longest, s.length);
    for (const s of this.outputNames) longest = Math.max(longest, s.length);
    return longest > 0 ? 32 + longest * 10 : 28;
  }

  private ensureSprites(layout: BrainLayout): void {
    const tex = this.ctx!.textures;
    const neurons = layout.x.length;
    const weights = countWeights(layout);
    showCount(this.lines, weights, () => new Sprite({ texture: tex.line, anchor: { x: 0, y: 0.5 } }));
    showCount(this.glows, neurons, () => new Sprite({ texture: tex.glow, anchor: 0.5 }));
    showCount(this.rings, neurons, () => new Sprite({ texture: tex.ring, anchor: 0.5 }));
    showCount(this.cores, neurons, () => new Sprite({ texture: tex.disc, anchor: 0.5 }));
    const r = layout.radius;
    for (let k = 0; k < neurons; k++) {
      const x = layout.x[k] as number;
      const y = layout.y[k] as number;
      const glow = this.glows.children[k] as Sprite;
      glow.position.set(x, y);
      glow.width = glow.height = r * 3.4;
      const ring = this.rings.children[k] as Sprite;
      ring.position.set(x, y);
      ring.width = ring.height = r * 2 + Math.max(6, r * 0.7);
      ring.visible = k >= (layout.nOffset[1] as number);
      const core = this.cores.children[k] as Sprite;
      core.position.set(x, y);
      core.width = core.height = r * 2;
    }
  }

  private drawLines(layout: BrainLayout): void {
    const maxThick = maxLineThickness(layout);
    let s = 0;
    for (let l = 0; l + 1 < layout.sizes.length; l++) {
      const start = layout.wOffset[l] as number;
      const end = layout.bOffset[l] as number;
      for (let index = start; index < end; index++) {
        styleLine(this.lines.children[s++] as Sprite, layout, index, this.weightAt(index), maxThick);
      }
    }
  }

  private drawNeurons(layout: BrainLayout): void {
    const neurons = layout.x.length;
    const firstBiased = layout.nOffset[1] as number;
    for (let k = 0; k < neurons; k++) {
      const a = this.hasActivations ? (this.activations[k] ?? 0) : 0;
      const lit = Number.isFinite(a) ? Math.min(1, Math.abs(a)) : 1;
      const colour = signColour(a);
      const core = this.cores.children[k] as Sprite;
      // The tint in steps: pixi's Canvas 2D renderer keeps a tinted copy of the texture per colour for
      // the texture's lifetime, so a continuous shade would add one per new activation value.
      const shade = Math.round(lit * LIT_SHADES) / LIT_SHADES;
      core.tint = mixColour(COLOURS.neuronRest, mixColour(colour, COLOURS.cream, 0.25), shade);
      const glow = this.glows.children[k] as Sprite;
      glow.tint = colour;
      glow.alpha = lit * 0.7;
      if (k >= firstBiased) {
        const b = this.weightAt(biasIndexOf(layout, k));
        const ring = this.rings.children[k] as Sprite;
        ring.tint = b === 0 ? COLOURS.grid : signColour(b);
        ring.alpha = b === 0 ? 0.6 : 0.3 + 0.7 * Math.min(1, Math.abs(b) / FULL_WEIGHT);
      }
    }
  }

  private drawSelection(layout: BrainLayout): void {
    this.seenSelection = this.selection.version;
    const index = this.selection.index;
    this.highlight.draw(layout, index, index === null ? 0 : this.weightAt(index), this.area.width);
  }

  private placeLabels(layout: BrainLayout): void {
    const names: { text: string; x: number; y: number; anchor: number }[] = [];
    const last = layout.sizes.length - 1;
    const pad = layout.radius + 8;
    this.inputNames.forEach((text, j) => {
      if (j < (layout.sizes[0] as number))
        names.push({ text, x: (layout.x[j] as number) - pad, y: layout.y[j] as number, anchor: 1 });
    });
    this.outputNames.forEach((text, j) => {
      const k = (layout.nOffset[last] as number) + j;
      if (j < (layout.sizes[last] as number))
        names.push({ text, x: (layout.x[k] as number) + pad, y: layout.y[k] as number, anchor: 0 });
    });
    const fontSize = Math.round(Math.max(14, Math.min(18, layout.radius * 1.3)));
    showCount(
      this.labels,
      names.length,
      () =>
        new Text({
          text: '',
          style: sharedTextStyle({
            fontFamily: this.ctx!.fontFamily,
            fontSize,
            fontWeight: '700',
            fill: COLOURS.cream,
          }),
        }),
    );
    names.forEach((n, i) => {
      const t = this.labels.children[i] as Text;
      if (t.text !== n.text) t.text = n.text;
      setLook(t, { fontFamily: this.ctx!.fontFamily, fontSize, fontWeight: '700', fill: COLOURS.cream });
      t.anchor.set(n.anchor, 0.5);
      t.position.set(n.x, n.y);
    });
  }

  private onDown(e: FederatedPointerEvent): void {
    if (this.layout === null) return;
    const p = this.content.toLocal(e.global);
    const tolerance = e.pointerType === 'touch' ? TOUCH_TOLERANCE : MOUSE_TOLERANCE;
    const index = hitTestBrain(this.layout, p.x, p.y, tolerance);
    if (index < 0) {
      if (this.selection.set(null)) this.events.onSelectWeight(null);
      this.dirty = true;
      return;
    }
    if (this.selection.set(index)) this.events.onSelectWeight(index);
    const value = this.weightAt(index);
    this.drag = { index, startY: e.global.y, startValue: value, value, editing: false };
    this.dirty = true;
  }

  private onMove(e: FederatedPointerEvent): void {
    const d = this.drag;
    if (d === null) return;
    if (!d.editing) {
      // A finger that wobbles while tapping must not edit the gene.
      if (Math.abs(e.global.y - d.startY) < DRAG_DEAD_ZONE) return;
      d.editing = true;
      d.startY = e.global.y;
    }
    const pxPerUnit = Math.max(30, this.area.height / 5);
    const raw = d.startValue + (d.startY - e.global.y) / pxPerUnit;
    const value = Math.max(-this.weightRange, Math.min(this.weightRange, raw));
    if (Math.abs(value - d.value) < 1e-4) return;
    d.value = value;
    this.dirty = true;
    this.events.onEditWeight(d.index, value);
  }

  private endDrag(): void {
    if (this.drag === null) return;
    // Keep showing the dragged value until the game sends the edited genome.
    const { index, value, editing } = this.drag;
    this.drag = null;
    if (editing && index < this.genome.length) this.genome[index] = value;
    this.linesDirty = true;
    this.dirty = true;
  }

  /**
   * Canvas position of a point that selects gene `index` when tapped: on a weight's line, as near
   * its middle as possible where no other line is nearer (lines cross in the middle of a dense
   * layer), or a bias's neuron centre. Null when not drawn. For DOM overlays and tests.
   */
  genePoint(index: number): { x: number; y: number } | null {
    const layout = this.layout;
    if (layout === null || index < 0 || index >= layout.paramCount) return null;
    const ends = weightEnds(layout, index);
    let x: number;
    let y: number;
    if (ends !== null) {
      const x0 = layout.x[ends.from] as number;
      const y0 = layout.y[ends.from] as number;
      const x1 = layout.x[ends.to] as number;
      const y1 = layout.y[ends.to] as number;
      x = (x0 + x1) / 2;
      y = (y0 + y1) / 2;
      for (let step = 0; step <= 8; step++) {
        const t = 0.5 + (step % 2 === 0 ? 1 : -1) * Math.ceil(step / 2) * 0.05;
        const cx = x0 + (x1 - x0) * t;
        const cy = y0 + (y1 - y0) * t;
        if (hitTestBrain(layout, cx, cy, MOUSE_TOLERANCE) === index) {
          x = cx;
          y = cy;
          break;
        }
      }
    } else {
      const k = biasNeuron(layout, index);
      if (k < 0) return null;
      x = layout.x[k] as number;
      y = layout.y[k] as number;
    }
    const p = this.content.toGlobal({ x, y });
    return { x: p.x, y: p.y };
  }

  /** Sets the selected gene to 0 (a knock-out), through the same edit event as a drag. */
  knockOut(): void {
    const index = this.selection.index;
    if (index === null || index >= this.genome.length) return;
    this.genome[index] = 0;
    this.linesDirty = true;
    this.dirty = true;
    this.events.onEditWeight(index, 0);
  }

  protected override animating(): boolean {
    return this.selection.version !== this.seenSelection;
  }
}
