/**
 * Share codes: a creature as a short text that fits in a QR code and a URL (?ancestor=<code>).
 *
 * Bytes, then base64url (no padding):
 *   0      format version (1)
 *   1      task hint: 0 none, 1 pattern, 2 forage, 3 sort
 *   2      number of layers m (2…MAX_LAYERS)
 *   3…     m layer sizes (1…MAX_LAYER_SIZE), then m − 1 activation codes (activations.ts order)
 *   next   k, bases per weight (1…4)
 *   next   DNA range × 16 (1…255)
 *   next   name length in bytes (0…MAX_NAME_BYTES), then the name, UTF-8
 *   next   the DNA: paramCount·k bases, 2 bits each, 4 to a byte, first base in the high bits
 *   last 4 CRC-32 of every byte before it, big-endian
 * An 8-16-4 creature at k = 3 is ~215 characters; the cap (MAX_SHARE_PARAMETERS) keeps any code
 * under ~1,600 characters, well inside a QR code's 2,953 bytes.
 *
 * Decoding returns a Result and never throws, whatever the text.
 */
import { ACTIVATIONS, activationCode } from '../activations';
import { decodeGenome, encodeGenome, type DnaCodec } from '../dna';
import { MAX_LAYERS, MAX_LAYER_SIZE, isFiniteGenome, parameterCount, validateSpec, type NetworkSpec } from '../network';
import { err, ok, type Result } from '../result';
import type { TaskKind } from '../tasks/task';
import { fromBase64url, isBase64url, toBase64url } from './base64url';
import { crc32 } from './crc32';
import { utf8Decode, utf8Encode } from './utf8';

export const SHARE_CODE_VERSION = 1;
export const MAX_SHARE_PARAMETERS = 1500;
export const MAX_NAME_BYTES = 48;
/** Longest text accepted before any decoding is tried. */
export const MAX_SHARE_CODE_LENGTH = 2400;

export interface Creature {
  readonly spec: NetworkSpec;
  /** The genome, already quantised to the codec (what the code can hold). */
  readonly genome: Float32Array;
  readonly codec: DnaCodec;
  readonly name: string;
  readonly task: TaskKind | null;
}

export type ShareCodeErrorCode =
  | 'empty'
  | 'too-long'
  | 'invalid-characters'
  | 'truncated'
  | 'unknown-version'
  | 'bad-spec'
  | 'too-large'
  | 'bad-checksum'
  | 'non-finite-weight'
  | 'bad-name'
  | 'bad-codec';

export interface ShareCodeError {
  readonly code: ShareCodeErrorCode;
  readonly message: string;
}

const TASKS: readonly (TaskKind | null)[] = [null, 'pattern', 'forage', 'sort'];

function fail(code: ShareCodeErrorCode, message: string): { ok: false; error: ShareCodeError } {
  return err({ code, message });
}

/** A name is plain text: no control characters, at most MAX_NAME_BYTES bytes of UTF-8. */
export function checkName(name: string): string | null {
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) return 'a name cannot hold control characters';
  if (utf8Encode(name).length > MAX_NAME_BYTES) return `a name is at most ${MAX_NAME_BYTES} bytes`;
  return null;
}

export function encodeShareCode(creature: Creature): Result<string, ShareCodeError> {
  const { spec, genome, codec, name, task } = creature;
  const checked = validateSpec(spec);
  if (!checked.ok) return fail('bad-spec', checked.error.message);
  const n = parameterCount(spec);
  if (n > MAX_SHARE_PARAMETERS)
    return fail('too-large', `a shared creature has at most ${MAX_SHARE_PARAMETERS} weights, not ${n}`);
  if (genome.length !== n) return fail('bad-spec', `the genome has ${genome.length} weights; the network needs ${n}`);
  if (!isFiniteGenome(genome))
    return fail('non-finite-weight', 'the genome holds a weight that is not a finite number');
  if (!Number.isInteger(codec.k) || codec.k < 1 || codec.k > 4)
    return fail('bad-codec', 'bases per weight must be 1 to 4');
  const rangeByte = Math.round(codec.range * 16);
  if (rangeByte < 1 || rangeByte > 255 || rangeByte / 16 !== codec.range) {
    return fail('bad-codec', 'the DNA range must be a multiple of 1/16 between 1/16 and 255/16');
  }
  const nameProblem = checkName(name);
  if (nameProblem) return fail('bad-name', nameProblem);
  const nameBytes = utf8Encode(name);
  const m = spec.layers.length;
  const headerLen = 3 + m + (m - 1) + 3 + nameBytes.length;
  const dnaLen = Math.ceil((n * codec.k) / 4);
  const bytes = new Uint8Array(headerLen + dnaLen + 4);
  let p = 0;
  bytes[p++] = SHARE_CODE_VERSION;
  bytes[p++] = TASKS.indexOf(task);
  bytes[p++] = m;
  for (const size of spec.layers) bytes[p++] = size;
  for (const a of spec.activations) bytes[p++] = activationCode(a);
  bytes[p++] = codec.k;
  bytes[p++] = rangeByte;
  bytes[p++] = nameBytes.length;
  bytes.set(nameBytes, p);
  p += nameBytes.length;
  const bases = new Uint8Array(n * codec.k);
  encodeGenome(genome, 0, n, codec, bases);
  for (let i = 0; i < bases.length; i++) {
    bytes[p + (i >> 2)] = (bytes[p + (i >> 2)] as number) | ((bases[i] as number) << (6 - 2 * (i & 3)));
  }
  p += dnaLen;
  const c = crc32(bytes, 0, p);
  bytes[p++] = c >>> 24;
  bytes[p++] = (c >>> 16) & 255;
  bytes[p++] = (c >>> 8) & 255;
  bytes[p++] = c & 255;
  return ok(toBase64url(bytes));
}

export function decodeShareCode(input: string): Result<Creature, ShareCodeError> {
  if (typeof input !== 'string') return fail('empty', 'a share code is text');
  const text = input.trim();
  if (text.length === 0) return fail('empty', 'the share code is empty');
  if (text.length > MAX_SHARE_CODE_LENGTH)
    return fail('too-long', `a share code is at most ${MAX_SHARE_CODE_LENGTH} characters`);
  if (!isBase64url(text)) return fail('invalid-characters', 'a share code holds only letters, digits, - and _');
  const bytes = fromBase64url(text);
  if (!bytes || bytes.length < 4) return fail('truncated', 'the share code is too short: part of it is missing');
  if (bytes[0] !== SHARE_CODE_VERSION) {
    return fail(
      'unknown-version',
      `this share code has format ${String(bytes[0])}; this game reads format ${SHARE_CODE_VERSION}`,
    );
  }
  const at = (i: number): number => (i < bytes.length ? (bytes[i] as number) : -1);
  const taskByte = at(1);
  const m = at(2);
  if (m < 0) return fail('truncated', 'the share code is too short: part of it is missing');
  if (m < 2 || m > MAX_LAYERS) return fail('bad-spec', `a network has 2 to ${MAX_LAYERS} layers, not ${m}`);
  let p = 3;
  const layers: number[] = [];
  for (let l = 0; l < m; l++) layers.push(at(p++));
  const actCodes: number[] = [];
  for (let l = 0; l < m - 1; l++) actCodes.push(at(p++));
  const k = at(p++);
  const rangeByte = at(p++);
  const nameLen = at(p++);
  if (nameLen < 0) return fail('truncated', 'the share code is too short: part of it is missing');
  if (taskByte >= TASKS.length) return fail('bad-spec', 'the share code names an unknown task');
  for (const size of layers) {
    if (size < 1 || size > MAX_LAYER_SIZE)
      return fail('bad-spec', `a layer has 1 to ${MAX_LAYER_SIZE} neurons, not ${size}`);
  }
  for (const a of actCodes)
    if (a >= ACTIVATIONS.length) return fail('bad-spec', 'the share code names an unknown activation');
  if (k < 1 || k > 4) return fail('bad-codec', `bases per weight must be 1 to 4, not ${k}`);
  if (rangeByte < 1) return fail('bad-codec', 'the DNA range is zero');
  if (nameLen > MAX_NAME_BYTES) return fail('bad-name', `a name is at most ${MAX_NAME_BYTES} bytes`);
  const spec: NetworkSpec = { layers, activations: actCodes.map((a) => ACTIVATIONS[a]!) };
  const n = parameterCount(spec);
  if (n > MAX_SHARE_PARAMETERS)
    return fail('too-large', `a shared creature has at most ${MAX_SHARE_PARAMETERS} weights, not ${n}`);
  const dnaLen = Math.ceil((n * k) / 4);
  const expected = p + nameLen + dnaLen + 4;
  if (bytes.length < expected) return fail('truncated', 'the share code is too short: part of it is missing');
  if (bytes.length > expected || crc32(bytes, 0, expected - 4) !== readU32(bytes, expected - 4)) {
    return fail('bad-checksum', 'the share code does not add up: a character was changed or mistyped');
  }
  const name = utf8Decode(bytes.subarray(p, p + nameLen));
  if (name === null) return fail('bad-name', 'the name is not valid text');
  const nameProblem = checkName(name);
  if (nameProblem) return fail('bad-name', nameProblem);
  p += nameLen;
  const codec: DnaCodec = { k, range: rangeByte / 16 };
  const bases = new Uint8Array(n * k);
  for (let i = 0; i < bases.length; i++) bases[i] = ((bytes[p + (i >> 2)] as number) >> (6 - 2 * (i & 3))) & 3;
  const genome = new Float32Array(n);
  decodeGenome(bases, 0, n, codec, genome, 0);
  if (!isFiniteGenome(genome))
    return fail('non-finite-weight', 'the genome holds a weight that is not a finite number');
  return ok({ spec, genome, codec, name, task: TASKS[taskByte] ?? null });
}

function readU32(bytes: Uint8Array, i: number): number {
  return (
    (((bytes[i] as number) << 24) |
      ((bytes[i + 1] as number) << 16) |
      ((bytes[i + 2] as number) << 8) |
      (bytes[i + 3] as number)) >>>
    0
  );
}
