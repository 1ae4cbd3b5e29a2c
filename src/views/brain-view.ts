/**
 * The brain: neurons as discs lit by their live activation, connections as lines whose colour is
 * the weight's sign (blue +, orange −) and whose thickness and opacity grow with |weight|; a bias is
 * a ring around its neuron. Tap a line (or a neuron, for its bias) to select that gene, drag up or
 * down to change it — gene editing — and the view emits the new value; the game changes the genome.
 * Every line and neuron is a reused sprite, so a new snapshot only moves and tints them.
 */
import { Container, Graphics, Rectangle, Sprite, Text, type FederatedPointerEvent } from 'pixi.js';
import { biasNeuron, hitTestBrain, layoutBrain, weightEnds, type BrainLayout } from './brain-geometry';
import { showCount } from './pool';
import { COLOURS, mixColour, signColour } from './palette';
import type { SelectionState } from './selection';
import type { BrainSnapshot } from './snapshots';
import { LINE_BODY } from './textures';
import { View, type ViewContext } from './view';

export interface BrainEvents {
  onSelectWeight(index: number | null): void;
  onEditWeight(index: number, value: number): void;
}

/** |weight| drawn at full thickness and opacity. */
const FULL_WEIGHT = 2;
/** Half-width of the tap target around a line, px: mouse, and finger (both ≥ 24 px wide in all). */
const MOUSE_TOLERANCE = 14;
const TOUCH_TOLERANCE = 22;
/** Vertical movement, px, before a press on a gene turns into a drag that edits it. */
const DRAG_DEAD_ZONE = 6;

export class BrainView extends View<BrainSnapshot> {
  private readonly lines = new Container();
  private readonly glows = new Container();
  private readonly rings = new Container();
  private readonly cores = new Container();
  private readonly chosen = new Container();
  private readonly labels = new Container();
  private halo!: Sprite;
  private topLine!: Sprite;
  private valueText!: Text;
  private readonly valuePill = new Container();
  private readonly valueBack = new Graphics();
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
    this.halo = new Sprite({ texture: ctx.textures.line, anchor: { x: 0, y: 0.5 } });
    this.topLine = new Sprite({ texture: ctx.textures.line, anchor: { x: 0, y: 0.5 } });
    this.valueText = new Text({
      text: '',
      style: { fontFamily: ctx.fontFamily, fontSize: 17, fontWeight: '800', fill: COLOURS.cream },
      anchor: { x: 0.5, y: 0.5 },
    });
    this.valuePill.addChild(this.valueBack, this.valueText);
    this.chosen.addChild(this.halo, this.topLine);
    this.content.addChild(this.lines, this.glows, this.chosen, this.rings, this.cores, this.labels, this.valuePill);
    this.content.eventMode = 'static';
    this.content.cursor = 'pointer';
    this.content.on('pointerdown', (e) => this.onDown(e));
    this.content.on('globalpointermove', (e) => this.onMove(e));
    this.content.on('pointerup', () => this.endDrag());
    this.content.on('pointerupoutside', () => this.endDrag());
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
    const maxThick = Math.max(2.5, Math.min(9, layout.radius * 0.5));
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
      core.tint = mixColour(COLOURS.neuronRest, mixColour(colour, COLOURS.cream, 0.25), lit);
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
    const index = this.selection.index;
    this.seenSelection = this.selection.version;
    this.halo.visible = this.topLine.visible = this.valuePill.visible = false;
    if (index === null || index >= layout.paramCount) return;
    const value = this.weightAt(index);
    const ends = weightEnds(layout, index);
    let px: number;
    let py: number;
    if (ends !== null) {
      const maxThick = Math.max(2.5, Math.min(9, layout.radius * 0.5));
      styleLine(this.topLine, layout, index, value, maxThick);
      this.topLine.alpha = 1;
      setSegment(this.halo, layout, ends.from, ends.to, this.topLine.height + 12);
      this.halo.texture = this.ctx!.textures.line;
      this.halo.tint = COLOURS.cream;
      this.halo.alpha = 0.5;
      this.halo.visible = this.topLine.visible = true;
      px = ((layout.x[ends.from] as number) + (layout.x[ends.to] as number)) / 2;
      py = ((layout.y[ends.from] as number) + (layout.y[ends.to] as number)) / 2 - 10;
    } else {
      const k = biasNeuron(layout, index);
      if (k < 0) return;
      this.halo.texture = this.ctx!.textures.ring;
      this.halo.anchor.set(0.5);
      this.halo.rotation = 0;
      this.halo.position.set(layout.x[k], layout.y[k]);
      this.halo.width = this.halo.height = layout.radius * 2 + 22;
      this.halo.tint = COLOURS.cream;
      this.halo.alpha = 0.9;
      this.halo.visible = true;
      px = layout.x[k] as number;
      py = (layout.y[k] as number) - layout.radius - 12;
    }
    if (ends !== null) this.halo.anchor.set(0, 0.5);
    // The gene's value in a dark pill edged in its sign colour (digits need no translation).
    const text = `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;
    if (this.valueText.text !== text) this.valueText.text = text;
    const w = this.valueText.width + 18;
    const h = this.valueText.height + 6;
    this.valueBack
      .clear()
      .roundRect(-w / 2, -h / 2, w, h, h / 2)
      .fill({ color: COLOURS.background, alpha: 0.92 })
      .stroke({ width: 2, color: value === 0 ? COLOURS.grid : signColour(value) });
    this.valuePill.position.set(
      Math.max(w / 2, Math.min(this.area.width - w / 2, px)),
      Math.max(h / 2, py - h / 2 - 4),
    );
    this.valuePill.visible = true;
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
          style: { fontFamily: this.ctx!.fontFamily, fontSize, fontWeight: '700', fill: COLOURS.cream },
        }),
    );
    names.forEach((n, i) => {
      const t = this.labels.children[i] as Text;
      if (t.text !== n.text) t.text = n.text;
      t.style.fontSize = fontSize;
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

function countWeights(layout: BrainLayout): number {
  let n = 0;
  for (let l = 0; l + 1 < layout.sizes.length; l++) n += (layout.sizes[l] as number) * (layout.sizes[l + 1] as number);
  return n;
}

function biasIndexOf(layout: BrainLayout, neuron: number): number {
  for (let l = 1; l < layout.sizes.length; l++) {
    const start = layout.nOffset[l] as number;
    if (neuron >= start && neuron < start + (layout.sizes[l] as number))
      return (layout.bOffset[l - 1] as number) + neuron - start;
  }
  return -1;
}

function setSegment(s: Sprite, layout: BrainLayout, from: number, to: number, thickness: number): void {
  const x0 = layout.x[from] as number;
  const y0 = layout.y[from] as number;
  const dx = (layout.x[to] as number) - x0;
  const dy = (layout.y[to] as number) - y0;
  s.position.set(x0, y0);
  s.rotation = Math.atan2(dy, dx);
  s.width = Math.sqrt(dx * dx + dy * dy);
  s.height = thickness / LINE_BODY;
}

function styleLine(s: Sprite, layout: BrainLayout, index: number, w: number, maxThick: number): void {
  const ends = weightEnds(layout, index);
  if (ends === null) return;
  const t = Math.min(1, Math.abs(w) / FULL_WEIGHT);
  if (w === 0 || !Number.isFinite(w)) {
    setSegment(s, layout, ends.from, ends.to, 1);
    s.tint = COLOURS.grid;
    s.alpha = 0.55;
    return;
  }
  setSegment(s, layout, ends.from, ends.to, 1 + (maxThick - 1) * Math.sqrt(t));
  s.tint = signColour(w);
  s.alpha = 0.22 + 0.7 * t;
}
