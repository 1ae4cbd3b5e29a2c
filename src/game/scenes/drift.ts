/**
 * The title's drifting creatures and the boxes they keep clear of (the overlay's words and buttons):
 * a creature that would enter a box bounces off its side; one found inside (after a resize) is put
 * just outside the nearest side. Past a screen edge a creature comes back at the opposite one.
 * Plain numbers (canvas px), no Phaser: testable in Node.
 */

export interface Drifter {
  /** Centre, px. */
  x: number;
  y: number;
  /** Radius of its body, px. */
  readonly r: number;
  /** Velocity, px per second. */
  vx: number;
  vy: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Air between a creature and a box, px. */
export const CLEARANCE = 8;
/** How far past a screen edge a creature goes before it comes back at the other side, px. */
const WRAP = 80;

export class DriftField {
  private boxes: readonly Box[] = [];

  setBoxes(boxes: readonly Box[]): void {
    this.boxes = boxes;
  }

  /** The box (grown by the creature's radius and the clearance) that (x, y) is in, or null. */
  private hit(x: number, y: number, r: number): Box | null {
    const m = r + CLEARANCE;
    for (const b of this.boxes) {
      if (x > b.left - m && x < b.right + m && y > b.top - m && y < b.bottom + m) return b;
    }
    return null;
  }

  /** A spot clear of every box from `pick` (a few tries), else just off the left edge. */
  freeSpot(r: number, pick: () => [number, number]): [number, number] {
    let spot = pick();
    for (let i = 0; i < 40 && this.hit(spot[0], spot[1], r); i++) spot = pick();
    return this.hit(spot[0], spot[1], r) ? [-WRAP, spot[1]] : spot;
  }

  /** Moves a creature by dt seconds: wraps at the screen edges, bounces off the boxes. */
  step(d: Drifter, dt: number, width: number, height: number): void {
    let x = d.x + d.vx * dt;
    let y = d.y + d.vy * dt;
    if (x < -WRAP) x = width + WRAP;
    else if (x > width + WRAP) x = -WRAP;
    if (y < -WRAP) y = height + WRAP;
    else if (y > height + WRAP) y = -WRAP;
    const b = this.hit(x, y, d.r);
    if (b && !this.hit(d.x, d.y, d.r)) {
      // Entering a box: bounce off the side it came through, and stay where it was this frame.
      const m = d.r + CLEARANCE;
      if (d.x <= b.left - m || d.x >= b.right + m) d.vx = -d.vx;
      else d.vy = -d.vy;
      return;
    }
    d.x = x;
    d.y = y;
    // Inside (the boxes moved): out through the nearest side at once — or, where that side is another
    // box (words and buttons close together on a short screen), out past the side of them all.
    const inside = this.hit(d.x, d.y, d.r);
    if (!inside) return;
    const m = d.r + CLEARANCE + 1;
    const exits: [number, number][] = [
      [inside.left - m, d.y],
      [inside.right + m, d.y],
      [d.x, inside.top - m],
      [d.x, inside.bottom + m],
    ];
    let left = Infinity;
    let right = -Infinity;
    for (const b of this.boxes) {
      left = Math.min(left, b.left - m);
      right = Math.max(right, b.right + m);
    }
    exits.push([left, d.y], [right, d.y]);
    let best: [number, number] | null = null;
    let bestDistance = Infinity;
    for (const e of exits) {
      const distance = Math.abs(e[0] - d.x) + Math.abs(e[1] - d.y);
      if (distance < bestDistance && !this.hit(e[0], e[1], d.r)) {
        best = e;
        bestDistance = distance;
      }
    }
    if (best) [d.x, d.y] = best;
  }
}
