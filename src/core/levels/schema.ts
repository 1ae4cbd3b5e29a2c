/**
 * The level file schema (valibot) and `parseLevel`, the one door from a level file's JSON to a
 * Level. Every field is checked: its type and range here, and what ties fields together (stars
 * ascending, card length, network fitting the world, evolution and training settings the engine
 * accepts) in checks.ts. A bad file is an error value naming the file and the field path, e.g.
 *   levels/05-mind-the-step.json: goal.stars[1]: must be > goal.stars[0]
 * with a stable code; parseLevel never throws.
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../result';
import { checkLevel } from './checks';
import { levelError, type LevelError, type LevelErrorCode } from './errors';
import { taskSchema } from './taskSchema';
import { LEVEL_CONTROLS, LEVEL_FORMAT_VERSION, LEVEL_IDEAS, LEVEL_MODES, type Level } from './types';

export const MAX_TITLE_LENGTH = 40;

const num = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.integer());
const seed = v.pipe(int, v.minValue(0), v.maxValue(4294967295));
const fraction = v.pipe(num, v.minValue(0), v.maxValue(1));

const texts = v.strictObject({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TITLE_LENGTH)),
  card: v.pipe(v.string(), v.minLength(1), v.maxLength(600)),
  closing: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
});

const optimizer = v.strictObject({
  kind: v.picklist(['sgd', 'momentum', 'nesterov', 'adam']),
  learningRate: v.pipe(num, v.gtValue(0), v.maxValue(10)),
  momentum: v.optional(v.pipe(num, v.minValue(0), v.maxValue(0.999))),
  beta1: v.optional(v.pipe(num, v.minValue(0), v.maxValue(0.9999))),
  beta2: v.optional(v.pipe(num, v.minValue(0), v.maxValue(0.99999))),
  epsilon: v.optional(v.pipe(num, v.gtValue(0), v.maxValue(1))),
});

const layerList = v.pipe(v.array(v.pipe(int, v.minValue(0), v.maxValue(4))), v.maxLength(5));

const training = v.strictObject({
  optimizer,
  batchSize: v.pipe(int, v.minValue(0), v.maxValue(10000)),
  weightDecay: v.optional(v.pipe(num, v.minValue(0), v.maxValue(1))),
  clipNorm: v.optional(v.pipe(num, v.minValue(0), v.maxValue(1e6))),
  frozenLayers: v.optional(layerList),
  seed,
  explosionFactor: v.optional(v.pipe(num, v.gtValue(1), v.maxValue(1e6))),
  explosionFloor: v.optional(v.pipe(num, v.minValue(0), v.maxValue(1e6))),
  lossCap: v.optional(v.pipe(num, v.gtValue(0))),
  weightLimit: v.optional(v.pipe(num, v.gtValue(0), v.maxValue(1e6))),
});

const evolution = v.strictObject({
  populationSize: v.optional(v.pipe(int, v.minValue(2), v.maxValue(200))),
  selection: v.optional(
    v.variant('kind', [
      v.strictObject({ kind: v.literal('player') }),
      v.strictObject({ kind: v.literal('truncation'), fraction: v.pipe(num, v.gtValue(0), v.maxValue(1)) }),
      v.strictObject({ kind: v.literal('tournament'), size: v.pipe(int, v.minValue(1)) }),
      v.strictObject({ kind: v.literal('proportional') }),
    ]),
  ),
  elitism: v.optional(v.pipe(int, v.minValue(0))),
  mutation: v.optional(
    v.variant('kind', [
      v.strictObject({
        kind: v.literal('gaussian'),
        rate: fraction,
        size: v.pipe(num, v.minValue(0), v.maxValue(100)),
      }),
      v.strictObject({
        kind: v.literal('bases'),
        rate: fraction,
        codec: v.strictObject({ k: v.pipe(int, v.minValue(1), v.maxValue(4)), range: v.pipe(num, v.gtValue(0)) }),
      }),
    ]),
  ),
  crossover: v.optional(v.picklist(['none', 'uniform', 'onePoint', 'perNeuron'])),
  crossoverRate: v.optional(fraction),
  inheritance: v.optional(v.picklist(['darwinian', 'lamarckian', 'baldwinian'])),
  neutralThreshold: v.optional(v.pipe(num, v.minValue(0))),
  diversityPairs: v.optional(v.pipe(int, v.minValue(1), v.maxValue(10000))),
  seed: v.optional(seed),
  evaluationSeed: v.optional(seed),
});

const start = v.variant('kind', [
  v.strictObject({ kind: v.literal('random'), seed }),
  v.strictObject({ kind: v.literal('ancestor'), code: v.pipe(v.string(), v.minLength(1), v.maxLength(2400)) }),
  v.strictObject({ kind: v.literal('pretrained'), seed, steps: v.pipe(int, v.minValue(1), v.maxValue(5000)) }),
]);

/** The whole level file. */
export const levelSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(40)),
  formatVersion: v.literal(LEVEL_FORMAT_VERSION),
  number: v.pipe(int, v.minValue(1), v.maxValue(99)),
  idea: v.picklist(LEVEL_IDEAS),
  texts: v.strictObject({ en: texts, de: texts, es: texts }),
  task: taskSchema,
  secondTask: v.optional(taskSchema),
  spec: v.strictObject({
    layers: v.pipe(v.array(v.pipe(int, v.minValue(1), v.maxValue(64))), v.minLength(2), v.maxLength(6)),
    activations: v.array(v.picklist(['linear', 'tanh', 'relu', 'sigmoid', 'sin'])),
  }),
  modes: v.pipe(v.array(v.picklist(LEVEL_MODES)), v.minLength(1), v.maxLength(2)),
  controls: v.pipe(v.array(v.picklist(LEVEL_CONTROLS)), v.maxLength(LEVEL_CONTROLS.length)),
  start,
  evolution,
  training,
  initGain: v.pipe(num, v.gtValue(0), v.maxValue(10)),
  goal: v.strictObject({
    stars: v.tuple([num, num, num]),
    keepFirstTask: v.optional(num),
    maxBasesPerWeight: v.optional(v.pipe(int, v.minValue(1), v.maxValue(4))),
  }),
  budget: v.strictObject({
    generations: v.pipe(int, v.minValue(0), v.maxValue(500)),
    steps: v.pipe(int, v.minValue(0), v.maxValue(20000)),
  }),
  switches: v.strictObject({
    basesPerWeight: v.optional(v.pipe(int, v.minValue(1), v.maxValue(4))),
    frozenLayers: v.optional(layerList),
    inheritance: v.optional(v.picklist(['darwinian', 'lamarckian', 'baldwinian'])),
    lifetimeSteps: v.optional(v.pipe(int, v.minValue(0), v.maxValue(200))),
    rehearseShare: v.optional(v.pipe(num, v.gtValue(0), v.ltValue(1))),
  }),
});

/** "goal.stars[1]" from a valibot issue path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one level file's JSON; `fileName` is what the error names. Never throws. */
export function parseLevel(json: unknown, fileName: string): Result<Level, LevelError> {
  try {
    if (!isRecord(json)) return err(levelError('not-an-object', fileName, '', 'a level file is one JSON object'));
    if (json.formatVersion !== LEVEL_FORMAT_VERSION) {
      const detail = `this game reads level format ${LEVEL_FORMAT_VERSION}, not ${JSON.stringify(json.formatVersion) ?? 'none'}`;
      return err(levelError('unsupported-version', fileName, 'formatVersion', detail));
    }
    const parsed = v.safeParse(levelSchema, json);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = pathOf(issue);
      const unknown = issue.kind === 'schema' && issue.expected === 'never';
      const code: LevelErrorCode = unknown ? 'unknown-field' : 'bad-field';
      return err(levelError(code, fileName, path, unknown ? 'is not a field of a level' : issue.message));
    }
    const level: Level & { $schema?: string } = { ...parsed.output };
    delete level.$schema;
    const checked = checkLevel(level);
    if (checked) return err(levelError(checked.code, fileName, checked.path, checked.detail));
    return ok(level);
  } catch (e) {
    return err(
      levelError('bad-field', fileName, '', `unreadable level: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}
