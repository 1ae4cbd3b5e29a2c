/**
 * Ray sensors: `count` rays fanned across the field of view, each reporting per channel the
 * closeness of the nearest thing it meets, 1 − distance/range (1 = touching, 0 = nothing within
 * range). Distances run from the creature's centre to the object's surface along the ray.
 *
 * - wall: the border and inner boxes (ray–slab tests). Walls also occlude: food and hazards
 *   behind a wall are not seen. Food does not occlude hazards, nor hazards food.
 * - food, hazard: circles. Only the circles on a candidate list are tested (see below), and each
 *   is first rejected by distance and by the fan's edge lines; then per ray
 *   along = d·r̂, perp = d × r̂, hit when perp² < radius², at along − √(radius² − perp²).
 *
 * The circles tested come from candidate lists (forage-nearby.ts) with reach = range + the circle's
 * radius: they hold every circle the creature could see, and more. Each reading is a maximum over
 * the circles tested, so testing a superset in any order gives the same bits (a test runs random
 * worlds tick by tick against brute force over every object).
 *
 * Per tick the heading (hx, hy) is a unit vector; ray k's direction is the heading rotated by the
 * precomputed (cos θ_k, sin θ_k): no trigonometry per tick. Every formula is exactly symmetric
 * under x → −x with ray k ↔ ray count−1−k (see forage-world.ts on mirroring).
 */
import type { ForageConfig } from './forage-config';
import { rayOffsets } from './forage-geometry';
import { NearbyCircles } from './forage-nearby';
import type { ForageWorld } from './forage-world';

export class RaySensors {
  readonly count: number;
  readonly range: number;
  /** Channels per ray, and each channel's slot within a ray's block (−1 when not sensed). */
  readonly channels: number;
  readonly foodSlot: number;
  readonly wallSlot: number;
  readonly hazardSlot: number;
  /** θ_k, sin θ_k, cos θ_k of each ray relative to the heading (radians, ascending). */
  readonly theta: Float64Array;
  readonly sinK: Float64Array;
  readonly cosK: Float64Array;
  /** This tick's ray directions in the world (unit vectors) and wall-limited lengths (units). */
  readonly rayX: Float64Array;
  readonly rayY: Float64Array;
  readonly rayLimit: Float64Array;
  private readonly invRange: number;
  private readonly rangeF64: Float64Array;
  /** The rays span at most π, so the fan-edge cull in castCircles is valid. */
  private readonly narrowFan: boolean;
  /** This cast's creature: x, y, hx, hy. */
  private readonly origin = new Float64Array(4);
  /** Candidate lists of the food and the hazards the rays could meet. */
  private readonly foodNear: NearbyCircles;
  private readonly hazardNear: NearbyCircles;

  constructor(config: ForageConfig) {
    const n = config.rays.count;
    this.count = n;
    this.range = config.rays.range;
    this.invRange = 1 / config.rays.range;
    this.rangeF64 = Float64Array.of(config.rays.range);
    const ch = config.rays.channels;
    this.channels = ch.length;
    this.foodSlot = ch.indexOf('food');
    this.wallSlot = ch.indexOf('wall');
    this.hazardSlot = ch.indexOf('hazard');
    this.theta = new Float64Array(n);
    this.sinK = new Float64Array(n);
    this.cosK = new Float64Array(n);
    rayOffsets(n, config.rays.fov, this.theta, this.sinK, this.cosK);
    this.narrowFan = (this.theta[n - 1] as number) - (this.theta[0] as number) <= Math.PI;
    this.rayX = new Float64Array(n);
    this.rayY = new Float64Array(n);
    this.rayLimit = new Float64Array(n);
    this.foodNear = new NearbyCircles(config.food.count, config.rays.range + config.food.radius);
    this.hazardNear = new NearbyCircles(config.hazards.count, config.rays.range + config.hazards.radius);
  }

  /**
   * Writes count × channels closeness values to out[off …] (ray-major, channels in config order)
   * for creature i at centred (xs[i], ys[i]) with unit heading (hxs[i], hys[i]).
   * (Positions are read from arrays, never passed as doubles: V8 boxes double arguments of calls it
   * does not inline, and this runs every creature-tick.)
   */
  cast(
    world: ForageWorld,
    i: number,
    xs: Float64Array,
    ys: Float64Array,
    hxs: Float64Array,
    hys: Float64Array,
    out: Float64Array,
    off: number,
  ): void {
    const o = this.origin;
    o[0] = xs[i] as number;
    o[1] = ys[i] as number;
    o[2] = hxs[i] as number;
    o[3] = hys[i] as number;
    const n = this.count;
    const C = this.channels;
    for (let j = 0; j < n * C; j++) out[off + j] = 0;
    this.castWalls(world, out, off);
    if (this.foodSlot < 0 && this.hazardSlot < 0) return;
    if (this.foodSlot >= 0) {
      const near = this.foodNear;
      near.update(world.foodGrid, world.foodVersion, world.foodX, world.foodY, xs, ys, i);
      this.castCircles(
        near.items,
        near.length,
        world.foodX,
        world.foodY,
        world.foodActive,
        world.foodRadii,
        out,
        off + this.foodSlot,
      );
    }
    if (this.hazardSlot >= 0) {
      const near = this.hazardNear;
      near.update(world.hazardGrid, 0, world.hazardX, world.hazardY, xs, ys, i);
      this.castCircles(
        near.items,
        near.length,
        world.hazardX,
        world.hazardY,
        null,
        world.hazardRadii,
        out,
        off + this.hazardSlot,
      );
    }
  }

  /** Ray directions, wall distances (into rayLimit, capped at range) and the wall channel. */
  private castWalls(world: ForageWorld, out: Float64Array, off: number): void {
    const x = this.origin[0] as number;
    const y = this.origin[1] as number;
    const hx = this.origin[2] as number;
    const hy = this.origin[3] as number;
    const hw = world.halfWidth;
    const hh = world.halfHeight;
    // From a Float64Array so V8 keeps `t` below unboxed (an integer range, e.g. 200, would make it a
    // small-integer field, and the Math.min results would be boxed on every assignment).
    const R = this.rangeF64[0] as number;
    const C = this.channels;
    for (let k = 0; k < this.count; k++) {
      const c = this.cosK[k] as number;
      const s = this.sinK[k] as number;
      const rx = hx * c - hy * s;
      const ry = hx * s + hy * c;
      this.rayX[k] = rx;
      this.rayY[k] = ry;
      // The border: the creature is inside, so the ray leaves through x = ±hw or y = ±hh.
      // A wall farther than the range along this ray (gap ≥ R·|r|) needs no division.
      let t = R;
      if (rx > 0) {
        const gap = hw - x;
        if (gap < R * rx) t = gap / rx;
      } else if (rx < 0) {
        const gap = -hw - x;
        if (gap > R * rx) t = gap / rx;
      }
      if (ry > 0) {
        const gap = hh - y;
        if (gap < t * ry) t = gap / ry;
      } else if (ry < 0) {
        const gap = -hh - y;
        if (gap > t * ry) t = gap / ry;
      }
      this.rayLimit[k] = t;
    }
    if (world.boxCount > 0) this.castBoxes(world);
    if (this.wallSlot < 0) return;
    for (let k = 0; k < this.count; k++) {
      const t = this.rayLimit[k] as number;
      if (t < R) out[off + k * C + this.wallSlot] = 1 - t * this.invRange;
    }
  }

  /**
   * Shortens rayLimit[k] to the nearest inner box along each ray (the slab method: the ray is inside
   * the box for t in [max of entry times, min of exit times]; 0 when it starts inside).
   */
  private castBoxes(world: ForageWorld): void {
    const x = this.origin[0] as number;
    const y = this.origin[1] as number;
    const boxes = world.boxes;
    for (let k = 0; k < this.count; k++) {
      const rx = this.rayX[k] as number;
      const ry = this.rayY[k] as number;
      let t = this.rayLimit[k] as number;
      for (let b = 0; b < world.boxCount; b++) {
        const o = 4 * b;
        let tMin = 0;
        let tMax = t;
        if (rx !== 0) {
          const ta = ((boxes[o] as number) - x) / rx;
          const tb = ((boxes[o + 2] as number) - x) / rx;
          tMin = Math.max(tMin, Math.min(ta, tb));
          tMax = Math.min(tMax, Math.max(ta, tb));
        } else if (x < (boxes[o] as number) || x > (boxes[o + 2] as number)) {
          continue;
        }
        if (ry !== 0) {
          const ta = ((boxes[o + 1] as number) - y) / ry;
          const tb = ((boxes[o + 3] as number) - y) / ry;
          tMin = Math.max(tMin, Math.min(ta, tb));
          tMax = Math.min(tMax, Math.max(ta, tb));
        } else if (y < (boxes[o + 1] as number) || y > (boxes[o + 3] as number)) {
          continue;
        }
        if (tMax >= tMin && tMin < t) t = tMin;
      }
      this.rayLimit[k] = t;
    }
  }

  /** Max closeness per ray of the circles list[0 … n−1], into out[slotOff + k·C]. */
  private castCircles(
    list: Int32Array,
    listLength: number,
    xs: Float64Array,
    ys: Float64Array,
    active: Uint8Array | null,
    radii: Float64Array,
    out: Float64Array,
    slotOff: number,
  ): void {
    const x = this.origin[0] as number;
    const y = this.origin[1] as number;
    const radius = radii[0] as number;
    const n = this.count;
    const C = this.channels;
    const r2 = radius * radius;
    const reach = this.range + radius;
    const reach2 = reach * reach;
    const invR = this.invRange;
    const rayX = this.rayX;
    const rayY = this.rayY;
    const limit = this.rayLimit;
    // The fan's edges: for a fan of at most π every ray lies clockwise of the last ray and
    // counter-clockwise of the first, so a circle farther than its radius outside either edge
    // line meets no ray (the slack keeps the cull conservative under rounding).
    const fan = this.narrowFan;
    const slack = radius + 1e-6;
    const firstX = rayX[0] as number;
    const firstY = rayY[0] as number;
    const lastX = rayX[n - 1] as number;
    const lastY = rayY[n - 1] as number;
    for (let j = 0; j < listLength; j++) {
      const i = list[j] as number;
      if (active !== null && active[i] === 0) continue;
      const dx = (xs[i] as number) - x;
      const dy = (ys[i] as number) - y;
      if (dx * dx + dy * dy > reach2) continue;
      if (fan && (lastX * dy - lastY * dx > slack || firstX * dy - firstY * dx < -slack)) continue;
      for (let k = 0; k < n; k++) {
        const rx = rayX[k] as number;
        const ry = rayY[k] as number;
        const perp = dx * ry - dy * rx;
        const p2 = perp * perp;
        if (p2 >= r2) continue;
        const along = dx * rx + dy * ry;
        const half = Math.sqrt(r2 - p2);
        if (along + half < 0) continue; // entirely behind the ray's start
        let dist = along - half;
        if (dist < 0) dist = 0; // the creature overlaps it
        if (dist >= (limit[k] as number)) continue;
        const closeness = 1 - dist * invR;
        const idx = slotOff + k * C;
        if (closeness > (out[idx] as number)) out[idx] = closeness;
      }
    }
  }
}
