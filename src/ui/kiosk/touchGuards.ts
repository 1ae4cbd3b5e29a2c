/**
 * A touch screen in a museum: no context menu, no pinch or double-tap zoom, no text selection, no
 * dragged images, no links that leave the game — and full screen on the first touch (a browser
 * may refuse; the kiosk plays on). Returns the function that removes every guard.
 */

export interface TouchGuardOptions {
  readonly fullscreen: boolean;
}

export function installTouchGuards(opts: TouchGuardOptions): () => void {
  const stop = (e: Event): void => e.preventDefault();
  const noZoomWheel = (e: WheelEvent): void => {
    if (e.ctrlKey) e.preventDefault();
  };
  const noPinch = (e: TouchEvent): void => {
    if (e.touches.length > 1) e.preventDefault();
  };
  /** A link that would open another page (target, another origin) is not followed. */
  const noLeaving = (e: MouseEvent): void => {
    const target = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    if (target.target || target.origin !== location.origin || target.hasAttribute('download')) e.preventDefault();
  };
  const askFullscreen = (): void => {
    if (!opts.fullscreen || document.fullscreenElement) return;
    const root = document.documentElement;
    try {
      void root.requestFullscreen?.({ navigationUI: 'hide' })?.catch(() => undefined);
    } catch {
      // refused (no user gesture, or not allowed here): play on in the window
    }
  };
  const viewport = document.querySelector('meta[name="viewport"]');
  const before = viewport?.getAttribute('content') ?? null;
  viewport?.setAttribute(
    'content',
    'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover',
  );
  document.body.classList.add('kiosk');
  const options = { capture: true, passive: false } as const;
  document.addEventListener('contextmenu', stop, options);
  document.addEventListener('selectstart', stop, options);
  document.addEventListener('dragstart', stop, options);
  document.addEventListener('gesturestart', stop, options);
  document.addEventListener('dblclick', stop, options);
  document.addEventListener('wheel', noZoomWheel, options);
  document.addEventListener('touchmove', noPinch, options);
  document.addEventListener('click', noLeaving, options);
  document.addEventListener('auxclick', stop, options);
  document.addEventListener('pointerdown', askFullscreen, { capture: true });
  return () => {
    document.body.classList.remove('kiosk');
    if (before !== null) viewport?.setAttribute('content', before);
    document.removeEventListener('contextmenu', stop, options);
    document.removeEventListener('selectstart', stop, options);
    document.removeEventListener('dragstart', stop, options);
    document.removeEventListener('gesturestart', stop, options);
    document.removeEventListener('dblclick', stop, options);
    document.removeEventListener('wheel', noZoomWheel, options);
    document.removeEventListener('touchmove', noPinch, options);
    document.removeEventListener('click', noLeaving, options);
    document.removeEventListener('auxclick', stop, options);
    document.removeEventListener('pointerdown', askFullscreen, { capture: true });
  };
}
