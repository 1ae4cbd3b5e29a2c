// The title's drifters keep clear of the overlay's words and buttons: none ever overlaps a box (with
// its clearance), whatever its speed and heading; one found inside after a resize is put outside at
// once; past a screen edge it comes back at the other one.
import { describe, expect, it } from 'vitest';
import { CLEARANCE, DriftField, type Box, type Drifter } from '../../../../src/game/scenes/drift';

const W = 1024;
const H = 768;
// The title's layout at 1024×768: the word, the tagline, Play and Lab, the settings corner.
const BOXES: Box[] = [
  { left: 262, top: 262, right: 762, bottom: 370 },
  { left: 354, top: 385, right: 670, bottom: 415 },
  { left: 324, top: 452, right: 504, bottom: 516 },
  { left: 520, top: 452, right: 700, bottom: 516 },
  { left: 964, top: 12, right: 1012, bottom: 60 },
];

function overlaps(d: Drifter, boxes: readonly Box[]): Box | undefined {
  return boxes.find((b) => d.x + d.r > b.left && d.x - d.r < b.right && d.y + d.r > b.top && d.y - d.r < b.bottom);
}

/** A small seeded generator (the test's own; the game's drifters use Phaser's). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('DriftField', () => {
  it('no drifter ever overlaps a box, over a minute of frames at any speed and heading', () => {
    const field = new DriftField();
    field.setBoxes(BOXES);
    const rnd = lcg(7);
    const drifters: Drifter[] = [];
    for (let i = 0; i < 40; i++) {
      const r = 38 + rnd() * 32;
      const [x, y] = field.freeSpot(r, () => [rnd() * W, rnd() * H]);
      drifters.push({ x, y, r, vx: (rnd() - 0.5) * 120, vy: (rnd() - 0.5) * 120 });
    }
    let bounces = 0;
    const bad: string[] = [];
    for (let frame = 0; frame < 3600; frame++) {
      for (const d of drifters) {
        const before = Math.sign(d.vx) + 3 * Math.sign(d.vy);
        field.step(d, 1 / 60, W, H);
        if (Math.sign(d.vx) + 3 * Math.sign(d.vy) !== before) bounces++;
        if (overlaps(d, BOXES)) bad.push(`frame ${frame}: (${d.x}, ${d.y}) r ${d.r}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(bounces).toBeGreaterThan(10); // they do meet the boxes, and bounce
  });

  it('puts a drifter found inside a box (the layout changed) just outside its nearest side', () => {
    const field = new DriftField();
    const d: Drifter = { x: 330, y: 480, r: 50, vx: 0, vy: 0 };
    field.step(d, 0, W, H);
    expect(d.x).toBe(330);
    field.setBoxes(BOXES);
    field.step(d, 0, W, H);
    expect(overlaps(d, BOXES)).toBeUndefined();
    expect(d.x).toBeLessThanOrEqual(324 - 50 - CLEARANCE);
  });

  it('wraps at the screen edges', () => {
    const field = new DriftField();
    const d: Drifter = { x: -79, y: 100, r: 40, vx: -120, vy: 0 };
    field.step(d, 0.1, W, H);
    expect(d.x).toBe(W + 80);
  });

  it('on a short screen, where the words and buttons leave no gap, puts a drifter out past their side', () => {
    // The title at 844×390: the word, the tagline and the buttons stacked close together.
    const boxes: Box[] = [
      { left: 212, top: 95, right: 632, bottom: 170 },
      { left: 290, top: 185, right: 555, bottom: 215 },
      { left: 234, top: 250, right: 414, bottom: 314 },
      { left: 430, top: 250, right: 610, bottom: 314 },
    ];
    const field = new DriftField();
    field.setBoxes(boxes);
    const d: Drifter = { x: 400, y: 200, r: 60, vx: 0, vy: 0 };
    field.step(d, 0, 844, 390);
    expect(overlaps(d, boxes)).toBeUndefined();
  });
});
