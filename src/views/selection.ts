/**
 * The one selected gene (genome index of a weight or bias) shared by the brain view and the DNA
 * strip: selecting in either highlights it in both. Views watch `version` to know when to redraw.
 */
export class SelectionState {
  private current: number | null = null;
  /** Bumped on every change. */
  version = 0;

  get index(): number | null {
    return this.current;
  }

  /** Sets the selection; returns true when it changed. */
  set(index: number | null): boolean {
    const next = index === null || !Number.isInteger(index) || index < 0 ? null : index;
    if (next === this.current) return false;
    this.current = next;
    this.version++;
    return true;
  }
}
