/**
 * The pattern task's level configuration (plain JSON) and its validation. A bad config is an error
 * value naming the field, never a throw.
 *
 *   { "kind": "pattern",
 *     "target": { "type": "texture", "name": "bark" | "sand" | "leaves", "seed": 7 }
 *             | { "type": "shape", "name": "ring" | "stripes" | "letter", "letter": "W" },
 *     "resolution": 32,            // pixels per side the fitness is measured at (4…64)
 *     "colour": "grey" | "rgb",    // network outputs: 1 or 3
 *     "inputs": "xy" | "xyr" }     // network inputs: x, y (and r = distance from the centre)
 */
import { err, ok, type Result } from '../result';
import { FONT_LETTERS, hasGlyph, SHAPE_NAMES, type ShapeName } from './patternShapes';
import { TEXTURE_NAMES, type TextureName } from './textures';

export type PatternTarget =
  | { readonly type: 'texture'; readonly name: TextureName; readonly seed: number }
  | { readonly type: 'shape'; readonly name: ShapeName; readonly letter?: string };

export type PatternColour = 'grey' | 'rgb';
export type PatternInputs = 'xy' | 'xyr';

export interface PatternConfig {
  readonly kind: 'pattern';
  readonly target: PatternTarget;
  readonly resolution: number;
  readonly colour: PatternColour;
  readonly inputs: PatternInputs;
}

export const MIN_PATTERN_RESOLUTION = 4;
export const MAX_PATTERN_RESOLUTION = 64;

export interface PatternConfigError {
  readonly code: 'bad-pattern-config';
  /** The offending field, e.g. "target.name". */
  readonly field: string;
  readonly message: string;
}

function fail(field: string, message: string): Result<never, PatternConfigError> {
  return err({ code: 'bad-pattern-config', field, message });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validateTarget(t: unknown): Result<PatternTarget, PatternConfigError> {
  if (!isRecord(t)) return fail('target', 'target must be an object');
  if (t.type === 'texture') {
    const name = t.name;
    if (!TEXTURE_NAMES.includes(name as TextureName)) {
      return fail('target.name', `texture must be one of ${TEXTURE_NAMES.join(', ')}, not "${String(name)}"`);
    }
    const seed = t.seed;
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      return fail('target.seed', 'a texture seed is an integer from 0 to 4294967295');
    }
    return ok({ type: 'texture', name: name as TextureName, seed });
  }
  if (t.type === 'shape') {
    const name = t.name;
    if (!SHAPE_NAMES.includes(name as ShapeName)) {
      return fail('target.name', `shape must be one of ${SHAPE_NAMES.join(', ')}, not "${String(name)}"`);
    }
    if (name !== 'letter') return ok({ type: 'shape', name: name as ShapeName });
    const letter = t.letter;
    if (typeof letter !== 'string' || !hasGlyph(letter)) {
      return fail('target.letter', `letter must be one of ${FONT_LETTERS.join(', ')}, not "${String(letter)}"`);
    }
    return ok({ type: 'shape', name: 'letter', letter });
  }
  return fail('target.type', `target type must be "texture" or "shape", not "${String(t.type)}"`);
}

/** Checks a plain-JSON value and returns a clean PatternConfig (unknown fields dropped) or an error. */
export function validatePatternConfig(value: unknown): Result<PatternConfig, PatternConfigError> {
  if (!isRecord(value)) return fail('', 'a pattern config must be an object');
  if (value.kind !== 'pattern') return fail('kind', `kind must be "pattern", not "${String(value.kind)}"`);
  const target = validateTarget(value.target);
  if (!target.ok) return target;
  const res = value.resolution;
  if (
    typeof res !== 'number' ||
    !Number.isInteger(res) ||
    res < MIN_PATTERN_RESOLUTION ||
    res > MAX_PATTERN_RESOLUTION
  ) {
    return fail('resolution', `resolution is an integer from ${MIN_PATTERN_RESOLUTION} to ${MAX_PATTERN_RESOLUTION}`);
  }
  if (value.colour !== 'grey' && value.colour !== 'rgb') {
    return fail('colour', `colour must be "grey" or "rgb", not "${String(value.colour)}"`);
  }
  if (value.inputs !== 'xy' && value.inputs !== 'xyr') {
    return fail('inputs', `inputs must be "xy" or "xyr", not "${String(value.inputs)}"`);
  }
  return ok({ kind: 'pattern', target: target.value, resolution: res, colour: value.colour, inputs: value.inputs });
}

/** Network inputs the config needs: 2 (x, y) or 3 (x, y, r). */
export function patternInputCount(config: PatternConfig): number {
  return config.inputs === 'xyr' ? 3 : 2;
}

/** Network outputs (picture channels) the config needs: 1 (grey) or 3 (RGB). */
export function patternChannelCount(config: PatternConfig): number {
  return config.colour === 'rgb' ? 3 : 1;
}
