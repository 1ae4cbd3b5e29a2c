/**
 * The polite live region that tells a screen-reader user what happens on the canvases
 * ("Generation 4: best fitness 0.72"). Announcements are spaced at least `intervalMs` apart so
 * Turbo evolution does not flood the reader, but the latest one is never dropped: a message that
 * arrives inside the interval is written when the interval ends (a trailing update).
 */
export class LiveRegion {
  private last = -Infinity;
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly node: HTMLElement,
    private readonly intervalMs = 1500,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Announces `text` now, or at the end of the current interval (only the latest text is kept). */
  say(text: string): void {
    if (text === this.node.textContent && this.pending === null) return;
    const wait = this.last + this.intervalMs - this.now();
    if (wait <= 0) {
      this.announce(text);
      return;
    }
    this.pending = text;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      if (this.pending !== null) this.announce(this.pending);
    }, wait);
  }

  /** Drops a pending announcement (the screen it was about has gone). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private announce(text: string): void {
    this.pending = null;
    this.last = this.now();
    this.node.textContent = text;
  }
}
