/**
 * Forgets a touch or pen pointer once it is lifted.
 *
 * pixi's event boundary keeps a record per pointer id (what it pressed, what it clicked and when,
 * holding that display object) and never drops one. A mouse keeps one id, but every touch gets a
 * new id, so a kiosk's microscope touched all day piles up a record per touch, each holding a view
 * object of a microscope long closed. A lifted touch can press nothing again, so its record goes
 * once pixi has handled the lift (its click or tap included).
 */
import type { Application } from 'pixi.js';

type Records = Record<number, unknown>;

/** pixi's records of `app`'s pointers, by pointer id. */
export function pointerRecords(app: Application): Records {
  const state = Reflect.get(app.renderer.events.rootBoundary, 'mappingState') as { trackingData: Records } | undefined;
  return state?.trackingData ?? {};
}

/** Starts forgetting lifted pointers of `app`; returns what stops it. */
export function forgetLiftedPointers(app: Application): () => void {
  const forget = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse') return;
    const id = e.pointerId;
    setTimeout(() => {
      delete pointerRecords(app)[id];
    }, 0);
  };
  addEventListener('pointerup', forget);
  addEventListener('pointercancel', forget);
  return () => {
    removeEventListener('pointerup', forget);
    removeEventListener('pointercancel', forget);
  };
}
