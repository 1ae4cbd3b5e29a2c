/**
 * The few textures every view draws with, made once per renderer from vector shapes and shared:
 * sprites tinted and stretched from these are cheap to update every frame (no re-tessellation),
 * unlike redrawing Graphics. All are white so a sprite's tint gives its colour.
 */
import { Graphics, Text, type Renderer, type Texture } from 'pixi.js';
import { sharedTextStyle } from './text-style';

export interface SharedTextures {
  /** Filled disc, 64 px across: neurons, the training ball. */
  readonly disc: Texture;
  /** Ring, 64 px across: biases, selection halos. */
  readonly ring: Texture;
  /** Soft round glow, 64 px across: lit neurons. */
  readonly glow: Texture;
  /**
   * A horizontal bar 16 px tall whose top and bottom rows fade, so a stretched and rotated sprite
   * reads as an antialiased line even without MSAA. Anchor it at (0, 0.5); `LINE_BODY` of its
   * height is the opaque body.
   */
  readonly line: Texture;
  /** Rounded square tile, 32 px: DNA bases. */
  readonly tile: Texture;
  /** Letters A, C, G, T (white, bold), indexed by base value. */
  readonly letters: readonly Texture[];
  destroy(): void;
}

/** Fraction of the line texture's height that is opaque body (the rest is the soft edge). */
export const LINE_BODY = 12 / 16;

interface Baked {
  readonly fontFamily: string;
  /** The font had loaded when the letters were baked (else they were baked in a fallback face). */
  readonly fontReady: boolean;
  readonly textures: SharedTextures;
}

/**
 * The textures baked for each renderer. A renderer outlives its microscope (spare-app.ts hands it
 * to the next level), so they are baked once, not per level: new textures per visit left a key
 * per texture in pixi's batcher for good, and drew the shapes again on every kiosk visit.
 */
const baked = new WeakMap<Renderer, Baked>();

const fontReady = (fontFamily: string): boolean =>
  typeof document === 'undefined' || !('fonts' in document) || document.fonts.check(`800 48px ${fontFamily}`);

/** The shared textures of `renderer`, baked on first use (again if the font has loaded since). */
export function sharedTexturesOf(renderer: Renderer, fontFamily: string): SharedTextures {
  const b = baked.get(renderer);
  const ready = fontReady(fontFamily);
  if (b && b.fontFamily === fontFamily && (b.fontReady || !ready)) return b.textures;
  b?.textures.destroy();
  const textures = makeSharedTextures(renderer, fontFamily);
  baked.set(renderer, { fontFamily, fontReady: ready, textures });
  return textures;
}

/** Destroys the textures baked for `renderer` (before the renderer itself goes). */
export function forgetSharedTextures(renderer: Renderer): void {
  baked.get(renderer)?.textures.destroy();
  baked.delete(renderer);
}

function makeSharedTextures(renderer: Renderer, fontFamily: string): SharedTextures {
  const made: Texture[] = [];
  const bake = (g: Graphics | Text): Texture => {
    const t = renderer.generateTexture({ target: g, resolution: 2, antialias: true });
    g.destroy();
    made.push(t);
    return t;
  };
  const disc = bake(new Graphics().circle(32, 32, 31).fill(0xffffff));
  const ring = bake(new Graphics().circle(32, 32, 27).stroke({ width: 6, color: 0xffffff }));
  const glowShape = new Graphics();
  for (let i = 0; i < 8; i++) glowShape.circle(32, 32, 32 - i * 3).fill({ color: 0xffffff, alpha: 0.12 });
  const glow = bake(glowShape);
  const line = bake(
    new Graphics()
      .rect(0, 0, 8, 2)
      .fill({ color: 0xffffff, alpha: 0.35 })
      .rect(0, 2, 8, 12)
      .fill(0xffffff)
      .rect(0, 14, 8, 2)
      .fill({ color: 0xffffff, alpha: 0.35 }),
  );
  const tile = bake(new Graphics().roundRect(0, 0, 32, 32, 8).fill(0xffffff));
  const letters = ['A', 'C', 'G', 'T'].map((ch) =>
    bake(
      new Text({ text: ch, style: sharedTextStyle({ fontFamily, fontSize: 48, fontWeight: '800', fill: 0xffffff }) }),
    ),
  );
  return {
    disc,
    ring,
    glow,
    line,
    tile,
    letters,
    destroy: () => {
      for (const t of made) t.destroy(true);
    },
  };
}
