/**
 * The DNA strip: the genome written as bases A, C, G, T (Okabe–Ito colours plus their letters),
 * k bases a codon, one codon per weight, wrapping in rows. Bases changed by the last mutation or
 * training step flash and fade. Tapping a codon selects that gene (shared with the brain view,
 * which highlights the same connection); the selected codon wears a cream outline.
 */
import { Container, Graphics, Rectangle, Sprite, type FederatedPointerEvent } from 'pixi.js';
import { encodeGenome } from '../core/dna';
import { basePosition, codonAt, codonWidth, layoutDna, type DnaLayout } from './dna-layout';
import { BASE_COLOURS, BASE_LETTER_COLOUR, COLOURS } from './palette';
import type { SelectionState } from './selection';
import type { DnaSnapshot } from './snapshots';
import { showCount, View, type ViewContext } from './view';

/** How long a changed base flashes, ms. */
const FLASH_MS = 1400;
/** Letters are drawn on cells at least this big, px. */
const LETTER_MIN_CELL = 16;
/** At most this many flashes are drawn at once (a whole new genome just flashes its first ones). */
const MAX_FLASHES = 512;

export class DnaView extends View<DnaSnapshot> {
  private readonly tiles = new Container();
  private readonly letters = new Container();
  private readonly flashes = new Container();
  private readonly outline = new Graphics();
  /** When cells are too small for letters, the selected codon is shown enlarged, with its letters. */
  private readonly loupe = new Container();
  private readonly loupeBack = new Graphics();
  private readonly loupeTiles = new Container();
  private readonly loupeLetters = new Container();
  private layout: DnaLayout | null = null;
  private genome = new Float64Array(0);
  private bases = new Uint8Array(0);
  private previous = new Uint8Array(0);
  private k = 3;
  private flashList = new Int32Array(MAX_FLASHES);
  private flashCount = 0;
  private flashAt = -Infinity;
  private seenSelection = -1;
  private readonly corner = { x: 0, y: 0 };

  constructor(
    private readonly selection: SelectionState,
    private readonly onSelectWeight: (index: number | null) => void,
  ) {
    super();
  }

  protected build(_ctx: ViewContext): void {
    this.loupe.addChild(this.loupeBack, this.loupeTiles, this.loupeLetters);
    this.content.addChild(this.tiles, this.letters, this.flashes, this.outline, this.loupe);
    this.content.eventMode = 'static';
    this.content.cursor = 'pointer';
    this.content.on('pointertap', (e) => this.onTap(e));
  }

  override update(snapshot: DnaSnapshot): void {
    super.update(snapshot);
    const n = snapshot.genome.length;
    const k = snapshot.codec.k;
    const sameShape = this.bases.length === n * k && this.k === k;
    if (this.genome.length !== n) this.genome = new Float64Array(n);
    for (let i = 0; i < n; i++) this.genome[i] = snapshot.genome[i] as number;
    if (this.bases.length !== n * k) {
      this.bases = new Uint8Array(n * k);
      this.previous = new Uint8Array(n * k);
    } else {
      this.previous.set(this.bases);
    }
    this.k = k;
    encodeGenome(this.genome, 0, n, snapshot.codec, this.bases, 0);
    if (snapshot.changed !== undefined) {
      this.flashCount = 0;
      for (let i = 0; i < snapshot.changed.length && this.flashCount < MAX_FLASHES; i++) {
        this.flashList[this.flashCount++] = snapshot.changed[i] as number;
      }
      this.flashAt = snapshot.changedAt ?? performance.now();
    } else if (sameShape) {
      let count = 0;
      for (let b = 0; b < this.bases.length && count < MAX_FLASHES; b++) {
        if (this.bases[b] !== this.previous[b]) this.flashList[count++] = b;
      }
      if (count > 0) {
        this.flashCount = count;
        this.flashAt = performance.now();
      }
    }
  }

  protected redraw(nowMs: number): void {
    const { width, height } = this.area;
    this.content.hitArea = new Rectangle(0, 0, width, height);
    const weights = this.genome.length;
    if (weights === 0) return;
    const selected = this.selection.index;
    this.seenSelection = this.selection.version;
    const layout = layoutDna(weights, this.k, width, height, 9, 30, selected ?? -1);
    this.layout = layout;
    this.drawBases(layout);
    this.drawFlashes(layout, nowMs);
    this.drawOutline(layout, selected);
    this.drawLoupe(layout, selected);
  }

  private drawBases(layout: DnaLayout): void {
    const tex = this.ctx!.textures;
    const first = layout.firstRow * layout.codonsPerRow * layout.k;
    const last = Math.min(this.bases.length, (layout.firstRow + layout.visibleRows) * layout.codonsPerRow * layout.k);
    const count = Math.max(0, last - first);
    const showLetters = layout.cell >= LETTER_MIN_CELL;
    showCount(this.tiles, count, () => new Sprite(tex.tile));
    showCount(this.letters, showLetters ? count : 0, () => new Sprite({ texture: tex.letters[0], anchor: 0.5 }));
    const c = this.corner;
    const size = layout.cell;
    for (let i = 0; i < count; i++) {
      const b = first + i;
      basePosition(layout, b, c);
      const base = this.bases[b] as number;
      const tile = this.tiles.children[i] as Sprite;
      tile.position.set(c.x, c.y);
      tile.width = tile.height = size;
      tile.tint = BASE_COLOURS[base] as number;
      if (showLetters) {
        const letter = this.letters.children[i] as Sprite;
        letter.texture = tex.letters[base]!;
        letter.tint = BASE_LETTER_COLOUR;
        letter.position.set(c.x + size / 2, c.y + size / 2 + size * 0.03);
        const s = (size * 0.72) / letter.texture.height;
        letter.scale.set(s);
      }
    }
  }

  private drawFlashes(layout: DnaLayout, nowMs: number): void {
    const t = (nowMs - this.flashAt) / FLASH_MS;
    const live = t >= 0 && t < 1 ? this.flashCount : 0;
    showCount(this.flashes, live, () => new Sprite({ texture: this.ctx!.textures.tile, anchor: 0.5 }));
    if (live === 0) return;
    const alpha = 0.9 * (1 - t) * (1 - t);
    const grow_ = 1 + 0.45 * Math.sin(Math.min(1, t * 2) * Math.PI);
    const c = this.corner;
    for (let i = 0; i < live; i++) {
      const s = this.flashes.children[i] as Sprite;
      if (!basePosition(layout, this.flashList[i] as number, c)) {
        s.visible = false;
        continue;
      }
      s.position.set(c.x + layout.cell / 2, c.y + layout.cell / 2);
      s.width = s.height = layout.cell * grow_;
      s.tint = COLOURS.cream;
      s.alpha = alpha;
    }
  }

  private drawOutline(layout: DnaLayout, selected: number | null): void {
    this.outline.clear();
    if (selected === null || selected >= layout.weights) return;
    const c = this.corner;
    if (!basePosition(layout, selected * layout.k, c)) return;
    const pad = Math.max(3, layout.cell * 0.18);
    this.outline
      .roundRect(c.x - pad, c.y - pad, codonWidth(layout.cell, layout.k) + 2 * pad, layout.cell + 2 * pad, pad + 4)
      .stroke({ width: Math.max(2.5, layout.cell * 0.12), color: COLOURS.cream });
  }

  private drawLoupe(layout: DnaLayout, selected: number | null): void {
    const c = this.corner;
    this.loupe.visible =
      selected !== null &&
      selected < layout.weights &&
      layout.cell < LETTER_MIN_CELL &&
      basePosition(layout, selected * layout.k, c);
    if (!this.loupe.visible || selected === null) return;
    const tex = this.ctx!.textures;
    const k = layout.k;
    const cell = 26;
    const gap = 3;
    const pad = 6;
    const w = k * cell + (k - 1) * gap + 2 * pad;
    const h = cell + 2 * pad;
    showCount(this.loupeTiles, k, () => new Sprite(tex.tile));
    showCount(this.loupeLetters, k, () => new Sprite({ texture: tex.letters[0], anchor: 0.5 }));
    for (let i = 0; i < k; i++) {
      const base = this.bases[selected * k + i] as number;
      const tile = this.loupeTiles.children[i] as Sprite;
      tile.position.set(pad + i * (cell + gap), pad);
      tile.width = tile.height = cell;
      tile.tint = BASE_COLOURS[base] as number;
      const letter = this.loupeLetters.children[i] as Sprite;
      letter.texture = tex.letters[base]!;
      letter.tint = BASE_LETTER_COLOUR;
      letter.position.set(pad + i * (cell + gap) + cell / 2, pad + cell / 2 + 1);
      letter.scale.set((cell * 0.72) / letter.texture.height);
    }
    // Above the codon, or below it on the top row; kept inside the panel.
    const cx = c.x + codonWidth(layout.cell, k) / 2;
    const above = c.y - h - 10 >= 0;
    const x = Math.max(0, Math.min(this.area.width - w, cx - w / 2));
    const y = above ? c.y - h - 10 : c.y + layout.cell + 10;
    this.loupe.position.set(x, y);
    const tipX = cx - x;
    const tipY = above ? h + 7 : -7;
    this.loupeBack
      .clear()
      .roundRect(0, 0, w, h, 10)
      .fill(COLOURS.background)
      .stroke({ width: 2.5, color: COLOURS.cream })
      .poly([tipX - 7, above ? h : 0, tipX + 7, above ? h : 0, tipX, tipY], true)
      .fill(COLOURS.cream);
  }

  private onTap(e: FederatedPointerEvent): void {
    if (this.layout === null) return;
    const p = this.content.toLocal(e.global);
    const w = codonAt(this.layout, p.x, p.y);
    if (w < 0) return;
    if (this.selection.set(w)) this.onSelectWeight(w);
    this.dirty = true;
  }

  protected override animating(nowMs: number): boolean {
    if (this.selection.version !== this.seenSelection) return true;
    const t = nowMs - this.flashAt;
    // One more frame after the end clears the last flash.
    return this.flashCount > 0 && t >= 0 && t < FLASH_MS + 50;
  }
}
