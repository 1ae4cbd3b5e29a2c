/**
 * One pixi TextStyle per look (font, size, weight, colour), shared by every Text that looks so.
 *
 * pixi measures text once per (text, style key) and keeps the measurement in a cache of 1,000
 * entries; a style's key is its id plus a change counter. A style per Text, or a style whose size
 * is changed in place, makes new keys for the same words on every new microscope (each kiosk visit)
 * and after every resize, so the cache fills up with duplicates over hours. Shared, never-changed
 * styles keep the keys few: the same tick label "0.5" in the same look is measured once per page.
 *
 * A shared style must not be changed: set `text.style = sharedTextStyle({…})` for another look, and
 * never destroy a Text with `destroy(true)` or `{ style: true }`.
 */
import { TextStyle, type TextStyleFontWeight } from 'pixi.js';

export interface TextLook {
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly fill: number;
  readonly fontWeight?: TextStyleFontWeight;
  readonly letterSpacing?: number;
}

const styles = new Map<string, TextStyle>();

export function sharedTextStyle(look: TextLook): TextStyle {
  const key = `${look.fontFamily}|${look.fontSize}|${look.fill}|${look.fontWeight ?? 'normal'}|${look.letterSpacing ?? 0}`;
  let style = styles.get(key);
  if (!style) {
    style = new TextStyle({ ...look });
    styles.set(key, style);
  }
  return style;
}

/** How many looks have a style (for tests: opening the microscope again makes no new ones). */
export function sharedTextStyleCount(): number {
  return styles.size;
}

/** Gives `text` the shared style of `look` unless it has it already (no re-layout when unchanged). */
export function setLook(text: { style: TextStyle }, look: TextLook): void {
  const style = sharedTextStyle(look);
  if (text.style !== style) text.style = style;
}
