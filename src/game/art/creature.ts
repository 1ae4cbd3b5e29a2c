/**
 * Creature portraits. A creature's look is its phenotype: for the pattern task the skin IS the
 * picture its network paints; for other tasks the body colour comes from the genome. Drawn with
 * the 2-D canvas API (shape clipped to the skin) into a Phaser canvas texture.
 */
import type * as Phaser from 'phaser';
import { cpuCanvas } from './canvas';

export type BodyShape = 'moth' | 'blob' | 'taster';

export interface Skin {
  readonly width: number;
  readonly height: number;
  /** 1 (grey) or 3 (RGB) */
  readonly channels: number;
  /** Row-major width × height × channels, values in [0, 1]. */
  readonly pixels: ArrayLike<number>;
}

/** A flat skin of one colour (r, g, b in [0, 1]). */
export function solidSkin(r: number, g: number, b: number): Skin {
  return { width: 1, height: 1, channels: 3, pixels: [r, g, b] };
}

/** The CSS colour of a one-pixel skin, rounded as skinCanvas rounds it. */
function solidColour(skin: Skin): string {
  const ch = (c: number): number =>
    Math.round(255 * Math.min(1, Math.max(0, skin.pixels[skin.channels === 3 ? c : 0] ?? 0)));
  return `rgb(${ch(0)}, ${ch(1)}, ${ch(2)})`;
}

function skinCanvas(skin: Skin): HTMLCanvasElement {
  const { canvas: c, ctx } = cpuCanvas(skin.width, skin.height);
  if (!ctx) return c;
  const img = ctx.createImageData(skin.width, skin.height);
  const n = skin.width * skin.height;
  for (let i = 0; i < n; i++) {
    for (let ch = 0; ch < 3; ch++) {
      const v = skin.pixels[i * skin.channels + (skin.channels === 3 ? ch : 0)] ?? 0;
      img.data[i * 4 + ch] = Math.round(255 * Math.min(1, Math.max(0, v)));
    }
    img.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

/** One closed ellipse sub-path (moveTo first, so sub-paths are not joined by stray edges). */
function oval(ctx: CanvasRenderingContext2D, x: number, y: number, rx: number, ry: number, rot: number): void {
  ctx.moveTo(x + rx * Math.cos(rot), y + rx * Math.sin(rot));
  ctx.ellipse(x, y, rx, ry, rot, 0, Math.PI * 2);
  ctx.closePath();
}

function bodyPath(ctx: CanvasRenderingContext2D, shape: BodyShape, s: number): void {
  ctx.beginPath();
  if (shape === 'moth') {
    // Two pairs of rounded wings around a slim body, seen from above.
    const c = s / 2;
    oval(ctx, c - s * 0.22, c - s * 0.1, s * 0.26, s * 0.3, -0.5);
    oval(ctx, c + s * 0.22, c - s * 0.1, s * 0.26, s * 0.3, 0.5);
    oval(ctx, c - s * 0.16, c + s * 0.22, s * 0.17, s * 0.2, 0.4);
    oval(ctx, c + s * 0.16, c + s * 0.22, s * 0.17, s * 0.2, -0.4);
  } else if (shape === 'taster') {
    oval(ctx, s / 2, s * 0.55, s * 0.42, s * 0.36, 0);
  } else {
    oval(ctx, s / 2, s / 2, s * 0.42, s * 0.4, 0);
  }
}

function eyes(ctx: CanvasRenderingContext2D, shape: BodyShape, s: number): void {
  const y = shape === 'moth' ? s * 0.2 : s * 0.4;
  const dx = shape === 'moth' ? s * 0.06 : s * 0.13;
  const r = shape === 'moth' ? s * 0.05 : s * 0.1;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.arc(s / 2 + side * dx, y, r, 0, Math.PI * 2);
    ctx.fillStyle = '#fdf6e3';
    ctx.fill();
    ctx.beginPath();
    ctx.arc(s / 2 + side * dx, y - r * 0.25, r * 0.5, 0, Math.PI * 2);
    ctx.fillStyle = '#14213d';
    ctx.fill();
  }
}

/** Draws the creature into a canvas of size × size pixels (a new one unless `into` is given). */
export function drawCreature(shape: BodyShape, skin: Skin, size: number, into?: HTMLCanvasElement): HTMLCanvasElement {
  const canvas = into ?? cpuCanvas(size, size).canvas;
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return canvas;
  ctx.clearRect(0, 0, size, size);
  if (skin.width * skin.height === 1) {
    // One colour (forage, sort: a whole population each generation): a plain fill, no skin canvas.
    bodyPath(ctx, shape, size);
    ctx.fillStyle = solidColour(skin);
    ctx.fill();
  } else {
    ctx.save();
    bodyPath(ctx, shape, size);
    ctx.clip();
    ctx.imageSmoothingEnabled = skin.width > 1;
    ctx.drawImage(skinCanvas(skin), 0, 0, size, size);
    ctx.restore();
  }
  bodyPath(ctx, shape, size);
  ctx.lineWidth = Math.max(2, size * 0.03);
  ctx.strokeStyle = 'rgba(20, 33, 61, 0.85)';
  ctx.stroke();
  if (shape === 'moth') {
    ctx.beginPath();
    oval(ctx, size / 2, size * 0.45, size * 0.05, size * 0.3, 0);
    ctx.fillStyle = '#3d2c1e';
    ctx.fill();
    ctx.strokeStyle = '#3d2c1e';
    ctx.lineWidth = Math.max(1.5, size * 0.015);
    for (const side of [-1, 1]) {
      ctx.beginPath();
      ctx.moveTo(size / 2, size * 0.18);
      ctx.quadraticCurveTo(size / 2 + side * size * 0.08, size * 0.04, size / 2 + side * size * 0.16, size * 0.06);
      ctx.stroke();
    }
  }
  eyes(ctx, shape, size);
  return canvas;
}

/**
 * A Phaser canvas texture holding the creature portrait. An existing texture of that key is
 * redrawn in place, so images that show it keep a valid texture.
 */
export function creatureTexture(scene: Phaser.Scene, key: string, shape: BodyShape, skin: Skin, size: number): string {
  const existing = scene.textures.exists(key) ? scene.textures.get(key) : null;
  if (existing && 'refresh' in existing && 'getCanvas' in existing) {
    const ct = existing as Phaser.Textures.CanvasTexture;
    if (ct.width === size && ct.height === size) {
      drawCreature(shape, skin, size, ct.getCanvas());
      ct.refresh();
      return key;
    }
  }
  if (existing) scene.textures.remove(key);
  const ct = scene.textures.createCanvas(key, size, size);
  if (ct) {
    drawCreature(shape, skin, size, ct.getCanvas());
    ct.refresh();
  }
  return key;
}
