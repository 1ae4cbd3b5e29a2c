/**
 * Display-object pools: views keep their sprites and texts and only show, move and tint them.
 */
import type { Container } from 'pixi.js';

/** Makes `parent` show exactly its first `count` children, creating the missing ones once with `make`. */
export function showCount<T extends Container>(parent: Container, count: number, make: () => T): void {
  while (parent.children.length < count) parent.addChild(make());
  for (let i = 0; i < parent.children.length; i++) (parent.children[i] as Container).visible = i < count;
}
