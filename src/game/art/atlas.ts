/**
 * Many creature portraits in ONE texture, one frame each. A scene full of creatures then draws from
 * a single texture (one batch, and no risk of running out of texture units on small GPUs).
 */
import type * as Phaser from 'phaser';
import { cpuCanvas } from './canvas';
import { drawCreature, type BodyShape, type Skin } from './creature';

export class PortraitAtlas {
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly cols: number;
  private readonly scratch: HTMLCanvasElement;
  private dirty = false;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly key: string,
    /** Frame size in pixels. */
    readonly size: number,
    /** How many frames it holds. */
    readonly capacity: number,
  ) {
    this.cols = Math.ceil(Math.sqrt(capacity));
    const rows = Math.ceil(capacity / this.cols);
    if (scene.textures.exists(key)) scene.textures.remove(key);
    const t = scene.textures.addCanvas(key, cpuCanvas(this.cols * size, rows * size).canvas);
    if (!t) throw new Error(`could not make the texture ${key}`);
    this.texture = t;
    this.scratch = cpuCanvas(size, size).canvas;
    for (let i = 0; i < capacity; i++) {
      this.texture.add(String(i), 0, (i % this.cols) * size, Math.floor(i / this.cols) * size, size, size);
    }
  }

  /** Draws a creature into frame `slot`; returns the frame name. Call flush() before the next render. */
  drawCreature(slot: number, shape: BodyShape, skin: Skin): string {
    return this.drawCanvas(slot, drawCreature(shape, skin, this.size, this.scratch));
  }

  /** Draws any canvas, scaled to the frame, into frame `slot`. */
  drawCanvas(slot: number, source: HTMLCanvasElement): string {
    const ctx = this.texture.getContext();
    const x = (slot % this.cols) * this.size;
    const y = Math.floor(slot / this.cols) * this.size;
    ctx.clearRect(x, y, this.size, this.size);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(source, x, y, this.size, this.size);
    this.dirty = true;
    return String(slot);
  }

  /** Uploads what was drawn since the last flush. */
  flush(): void {
    if (!this.dirty) return;
    this.texture.refresh();
    this.dirty = false;
  }

  destroy(): void {
    if (this.scene.textures.exists(this.key)) this.scene.textures.remove(this.key);
  }
}
