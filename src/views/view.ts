/**
 * The lifecycle every microscope view follows (create-pixi's AppScreen idea): prepare once when the
 * renderer is ready, show / hide, update with a plain snapshot (never engine state), resize to its
 * panel, and redraw at most once a frame when the game clock calls the microscope's render().
 * A view owns its display objects and reuses them from frame to frame.
 */
import { Container } from 'pixi.js';
import { PanelFrame, type ContentRect } from './panel-frame';
import type { SharedTextures } from './textures';

export interface ViewContext {
  readonly textures: SharedTextures;
  readonly fontFamily: string;
}

export abstract class View<S> {
  /** Everything the view draws; the microscope positions it in its panel. */
  readonly root = new Container();
  protected width = 0;
  protected height = 0;
  protected ctx: ViewContext | null = null;
  /** Set by update/resize/selection; cleared by the one redraw in tick(). */
  protected dirty = true;
  protected snapshot: S | null = null;
  /** The card behind the view and its title. */
  protected panel: PanelFrame | null = null;
  /** The view's own drawing, placed at the panel's content rectangle. */
  protected readonly content = new Container();
  private title = '';
  private frameDirty = true;

  prepare(ctx: ViewContext): void {
    this.ctx = ctx;
    this.root.visible = false;
    this.panel = new PanelFrame(ctx.fontFamily);
    this.panel.setTitle(this.title);
    this.root.addChild(this.panel.root, this.content);
    this.build(ctx);
  }

  setTitle(title: string): void {
    this.title = title;
    this.panel?.setTitle(title);
    this.frameDirty = true;
    this.dirty = true;
  }

  /** The content area in the view's own coordinates (valid during redraw). */
  protected get area(): ContentRect {
    return this.panel?.contentRect ?? { x: 0, y: 0, width: 0, height: 0 };
  }

  show(): void {
    this.root.visible = true;
    this.dirty = true;
  }

  hide(): void {
    this.root.visible = false;
  }

  get shown(): boolean {
    return this.root.visible;
  }

  update(snapshot: S): void {
    this.snapshot = snapshot;
    this.dirty = true;
  }

  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = Math.max(0, width);
    this.height = Math.max(0, height);
    this.frameDirty = true;
    this.dirty = true;
  }

  /** Called by the microscope once per rendered frame; `nowMs` is the game clock (performance.now() time base). */
  /** Returns true when something was redrawn (so the frame must be rendered). */
  tick(nowMs: number): boolean {
    if (!this.root.visible || this.ctx === null || this.width <= 0 || this.height <= 0) return false;
    let drew = false;
    if (this.frameDirty && this.panel) {
      this.frameDirty = false;
      const r = this.panel.layout(this.width, this.height);
      this.content.position.set(r.x, r.y);
      drew = true;
    }
    if (this.dirty || this.animating(nowMs)) {
      this.dirty = false;
      this.redraw(nowMs);
      drew = true;
    }
    return drew;
  }

  destroy(): void {
    this.root.destroy({ children: true });
    this.ctx = null;
  }

  /** Creates the view's display objects, once. */
  protected abstract build(ctx: ViewContext): void;
  /** Brings the display objects up to date with the snapshot and size. */
  protected abstract redraw(nowMs: number): void;
  /** True while something fades or moves on its own and needs a redraw each frame. */
  protected animating(_nowMs: number): boolean {
    return false;
  }
}

/** Pools: makes `parent` show exactly its first `count` children, creating the missing ones once with `make`. */
export function showCount<T extends Container>(parent: Container, count: number, make: () => T): void {
  while (parent.children.length < count) parent.addChild(make());
  for (let i = 0; i < parent.children.length; i++) (parent.children[i] as Container).visible = i < count;
}
