/**
 * A view's panel: a soft rounded card slightly lighter than the page, with an optional title in
 * cream. Redrawn only on resize or a new title. The view draws its content inside `contentRect`.
 */
import { Container, Graphics, Text } from 'pixi.js';
import { COLOURS } from './palette';
import { setLook, sharedTextStyle, type TextLook } from './text-style';

export interface ContentRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const RADIUS = 16;
const PAD = 12;

export class PanelFrame {
  readonly root = new Container();
  private readonly card = new Graphics();
  private readonly title: Text;
  readonly contentRect: ContentRect = { x: 0, y: 0, width: 0, height: 0 };

  constructor(private readonly fontFamily: string) {
    this.title = new Text({
      text: '',
      style: sharedTextStyle(this.look(18)),
    });
    this.title.position.set(PAD + 4, PAD - 2);
    this.root.addChild(this.card, this.title);
  }

  private look(fontSize: number): TextLook {
    return { fontFamily: this.fontFamily, fontSize, fontWeight: '700', fill: COLOURS.cream, letterSpacing: 0.5 };
  }

  setTitle(text: string): void {
    if (this.title.text !== text) this.title.text = text;
    this.title.visible = text.length > 0;
  }

  /** Title font size in px, scaled with the panel so it reads on a projector and fits on a phone. */
  layout(width: number, height: number): ContentRect {
    const fontSize = Math.round(Math.max(13, Math.min(20, Math.min(width, height * 2) / 22)));
    setLook(this.title, this.look(fontSize));
    this.card
      .clear()
      .roundRect(0.5, 0.5, width - 1, height - 1, RADIUS)
      .fill(COLOURS.panel)
      .stroke({ width: 1.5, color: COLOURS.panelEdge });
    const top = this.title.visible ? PAD + fontSize * 1.4 : PAD;
    const r = this.contentRect;
    r.x = PAD;
    r.y = top;
    r.width = Math.max(0, width - 2 * PAD);
    r.height = Math.max(0, height - top - PAD);
    return r;
  }
}
