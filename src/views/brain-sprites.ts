/**
 * How the brain view draws genes with reused sprites: a connection is a stretched, rotated, tinted
 * line sprite (colour = sign, thickness and opacity = |weight|), and the selected gene wears a cream
 * halo and a pill with its value. Helpers only: the BrainView owns the sprites.
 */
import { Container, Graphics, Sprite, Text } from 'pixi.js';
import { biasNeuron, weightEnds, type BrainLayout } from './brain-geometry';
import { COLOURS, signColour } from './palette';
import { sharedTextStyle } from './text-style';
import { LINE_BODY, type SharedTextures } from './textures';

/** |weight| drawn at full thickness and opacity. */
export const FULL_WEIGHT = 2;

/** Thickest line, px, for a layout (thinner when neurons are small). */
export function maxLineThickness(layout: BrainLayout): number {
  return Math.max(2.5, Math.min(9, layout.radius * 0.5));
}

export function countWeights(layout: BrainLayout): number {
  let n = 0;
  for (let l = 0; l + 1 < layout.sizes.length; l++) n += (layout.sizes[l] as number) * (layout.sizes[l + 1] as number);
  return n;
}

export function biasIndexOf(layout: BrainLayout, neuron: number): number {
  for (let l = 1; l < layout.sizes.length; l++) {
    const start = layout.nOffset[l] as number;
    if (neuron >= start && neuron < start + (layout.sizes[l] as number))
      return (layout.bOffset[l - 1] as number) + neuron - start;
  }
  return -1;
}

export function setSegment(s: Sprite, layout: BrainLayout, from: number, to: number, thickness: number): void {
  const x0 = layout.x[from] as number;
  const y0 = layout.y[from] as number;
  const dx = (layout.x[to] as number) - x0;
  const dy = (layout.y[to] as number) - y0;
  s.position.set(x0, y0);
  s.rotation = Math.atan2(dy, dx);
  s.width = Math.sqrt(dx * dx + dy * dy);
  s.height = thickness / LINE_BODY;
}

export function styleLine(s: Sprite, layout: BrainLayout, index: number, w: number, maxThick: number): void {
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

/** The selected gene: a halo under its line (or around its neuron, for a bias) and a value pill. */
export class GeneHighlight {
  /** Goes between the lines and the neurons. */
  readonly line = new Container();
  /** Goes on top of everything. */
  readonly pill = new Container();
  private readonly halo: Sprite;
  private readonly topLine: Sprite;
  private readonly back = new Graphics();
  private readonly text: Text;
  /** The language's decimal separator. */
  decimal = '.';

  constructor(
    private readonly textures: SharedTextures,
    fontFamily: string,
  ) {
    this.halo = new Sprite({ texture: textures.line, anchor: { x: 0, y: 0.5 } });
    this.topLine = new Sprite({ texture: textures.line, anchor: { x: 0, y: 0.5 } });
    this.text = new Text({
      text: '',
      style: sharedTextStyle({ fontFamily, fontSize: 17, fontWeight: '800', fill: COLOURS.cream }),
      anchor: { x: 0.5, y: 0.5 },
    });
    this.line.addChild(this.halo, this.topLine);
    this.pill.addChild(this.back, this.text);
  }

  /** Shows gene `index` (null: nothing) with its current value, the pill kept inside `areaWidth`. */
  draw(layout: BrainLayout, index: number | null, value: number, areaWidth: number): void {
    this.halo.visible = this.topLine.visible = this.pill.visible = false;
    if (index === null || index >= layout.paramCount) return;
    const ends = weightEnds(layout, index);
    let px: number;
    let py: number;
    if (ends !== null) {
      styleLine(this.topLine, layout, index, value, maxLineThickness(layout));
      this.topLine.alpha = 1;
      this.halo.texture = this.textures.line;
      this.halo.anchor.set(0, 0.5);
      setSegment(this.halo, layout, ends.from, ends.to, this.topLine.height * LINE_BODY + 12);
      this.halo.tint = COLOURS.cream;
      this.halo.alpha = 0.5;
      this.halo.visible = this.topLine.visible = true;
      px = ((layout.x[ends.from] as number) + (layout.x[ends.to] as number)) / 2;
      py = ((layout.y[ends.from] as number) + (layout.y[ends.to] as number)) / 2 - 10;
    } else {
      const k = biasNeuron(layout, index);
      if (k < 0) return;
      this.halo.texture = this.textures.ring;
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
    // The gene's value in a dark pill edged in its sign colour, with the language's decimal separator.
    const text = `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2).replace('.', this.decimal)}`;
    if (this.text.text !== text) this.text.text = text;
    const w = this.text.width + 18;
    const h = this.text.height + 6;
    this.back
      .clear()
      .roundRect(-w / 2, -h / 2, w, h, h / 2)
      .fill({ color: COLOURS.background, alpha: 0.92 })
      .stroke({ width: 2, color: value === 0 ? COLOURS.grid : signColour(value) });
    this.pill.position.set(Math.max(w / 2, Math.min(areaWidth - w / 2, px)), Math.max(h / 2, py - h / 2 - 4));
    this.pill.visible = true;
  }
}
