/**
 * The valibot schemas of a level's world (TaskConfig): the shape of each task's plain JSON, so a
 * level file is checked field by field and editors get a JSON Schema. The ranges and the fit
 * between world and network are checked by the task itself (`createTask`, in checks.ts), which
 * stays the one place that knows them.
 */
import * as v from 'valibot';

const num = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.integer());
const point = v.strictObject({ x: num, y: num });

export const patternTaskSchema = v.strictObject({
  kind: v.literal('pattern'),
  target: v.variant('type', [
    v.strictObject({ type: v.literal('texture'), name: v.picklist(['bark', 'sand', 'leaves']), seed: int }),
    v.strictObject({
      type: v.literal('shape'),
      name: v.picklist(['ring', 'stripes', 'letter']),
      letter: v.optional(v.pipe(v.string(), v.length(1))),
    }),
  ]),
  resolution: v.pipe(int, v.minValue(4), v.maxValue(64)),
  colour: v.picklist(['grey', 'rgb']),
  inputs: v.picklist(['xy', 'xyr']),
});

const distribution = v.variant('kind', [
  v.strictObject({ kind: v.literal('uniform'), lo: num, hi: num }),
  v.strictObject({ kind: v.literal('normal'), mean: num, sd: num }),
]);

const invert = v.optional(v.boolean());
const rule = v.variant('kind', [
  v.strictObject({ kind: v.literal('linear'), weights: v.array(num), bias: num, invert }),
  v.strictObject({
    kind: v.literal('ellipse'),
    a: int,
    b: int,
    center: v.tuple([num, num]),
    radii: v.tuple([num, num]),
    invert,
  }),
  v.strictObject({ kind: v.literal('quadrants'), a: int, b: int, center: v.tuple([num, num]), invert }),
  v.strictObject({
    kind: v.literal('sineBand'),
    a: int,
    b: int,
    amplitude: num,
    frequency: num,
    phase: num,
    halfWidth: num,
    invert,
  }),
]);

export const sortTaskSchema = v.strictObject({
  kind: v.literal('sort'),
  features: v.pipe(
    v.array(v.strictObject({ name: v.picklist(['hue', 'spikes', 'size', 'stripes']), distribution })),
    v.minLength(2),
    v.maxLength(4),
  ),
  rule,
  itemCount: v.pipe(int, v.minValue(1), v.maxValue(2000)),
  mapResolution: v.optional(v.pipe(int, v.minValue(2), v.maxValue(256))),
  mapFeatures: v.optional(v.tuple([int, int])),
  head: v.optional(v.pipe(int, v.minValue(0))),
});

export const forageTaskSchema = v.strictObject({
  kind: v.literal('forage'),
  width: num,
  height: num,
  boxes: v.array(v.strictObject({ x: num, y: num, width: num, height: num })),
  food: v.strictObject({
    count: int,
    radius: num,
    respawn: v.boolean(),
    speed: num,
    positions: v.optional(v.array(point)),
  }),
  hazards: v.strictObject({ count: int, radius: num, positions: v.optional(v.array(point)) }),
  layoutSeed: int,
  ticks: v.pipe(int, v.minValue(1), v.maxValue(2000)),
  rays: v.strictObject({
    count: int,
    fov: num,
    range: num,
    channels: v.array(v.picklist(['food', 'wall', 'hazard'])),
  }),
  creature: v.strictObject({ radius: num, maxSpeed: num, maxTurn: num, acceleration: num }),
  energy: v.strictObject({
    enabled: v.boolean(),
    drainPerTick: num,
    thrustCost: num,
    foodGain: num,
    hazardCost: num,
    starve: v.boolean(),
  }),
  fitness: v.strictObject({ hazardWeight: num, survivalWeight: num }),
  mirrorX: v.optional(v.boolean()),
});

export const taskSchema = v.variant('kind', [patternTaskSchema, sortTaskSchema, forageTaskSchema]);
