import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../../src/core/activations';
import { fromBase64url, toBase64url } from '../../../../src/core/codec/base64url';
import { crc32 } from '../../../../src/core/codec/crc32';
import { decodeShareCode, encodeShareCode, type Creature } from '../../../../src/core/codec/sharecode';
import { utf8Decode, utf8Encode } from '../../../../src/core/codec/utf8';
import { quantiseGenome } from '../../../../src/core/dna';
import { Network, createGenome, parameterCount, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';

const ERROR_CODES = new Set([
  'empty',
  'too-long',
  'invalid-characters',
  'truncated',
  'unknown-version',
  'bad-spec',
  'too-large',
  'bad-checksum',
  'non-finite-weight',
  'bad-name',
  'bad-codec',
]);

const specArb = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 4 }).chain((layers) =>
  fc.record({
    layers: fc.constant(layers),
    activations: fc.array(fc.constantFrom(...ACTIVATIONS), {
      minLength: layers.length - 1,
      maxLength: layers.length - 1,
    }),
  }),
);

function creature(spec: NetworkSpec, seed: number, k: number, name: string): Creature {
  const net = new Network(spec);
  const g = createGenome(net, new Rng(seed), 2);
  const codec = { k, range: 4 };
  const q = new Float32Array(g.length);
  quantiseGenome(g, codec, q);
  return { spec, genome: q, codec, name, task: 'pattern' };
}

describe('byte codecs', () => {
  it('CRC-32 known answer', () => {
    expect(crc32(utf8Encode('123456789'))).toBe(0xcbf43926);
  });
  it('base64url matches Node and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(Array.from(fromBase64url(text)!)).toEqual(Array.from(bytes));
      }),
    );
  });
  it('UTF-8 round-trips and rejects malformed bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8Decode(utf8Encode(s))).toBe(s);
      }),
    );
    expect(utf8Decode(Uint8Array.of(0xc0, 0x80))).toBeNull();
    expect(utf8Decode(Uint8Array.of(0xe2, 0x82))).toBeNull();
  });
});

describe('share codes', () => {
  it('round-trip random creatures exactly', () => {
    fc.assert(
      fc.property(
        specArb,
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        fc.string({ maxLength: 12 }),
        (spec, seed, k, name) => {
          const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
          const c = creature(spec, seed, k, clean);
          const code = encodeShareCode(c);
          expect(code.ok).toBe(true);
          if (!code.ok) return;
          const back = decodeShareCode(code.value);
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          expect(back.value.spec).toEqual(spec);
          expect(Array.from(back.value.genome)).toEqual(Array.from(c.genome));
          expect(back.value.codec).toEqual(c.codec);
          expect(back.value.name).toBe(clean);
          expect(back.value.task).toBe('pattern');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a forage brain (23-12-2) fits easily in a QR code', () => {
    const c = creature({ layers: [23, 12, 2], activations: ['tanh', 'tanh'] }, 1, 3, 'Fern');
    const code = encodeShareCode(c);
    expect(code.ok && code.value.length).toBeLessThanOrEqual(340);
  });

  it('refuses what it cannot hold, with a code', () => {
    const c = creature({ layers: [2, 2], activations: ['tanh'] }, 1, 3, 'x');
    const nan = { ...c, genome: Float32Array.of(NaN, 0, 0, 0, 0, 0) };
    expect(encodeShareCode(nan)).toMatchObject({ ok: false, error: { code: 'non-finite-weight' } });
    expect(encodeShareCode({ ...c, name: 'a\u0007b' })).toMatchObject({ ok: false, error: { code: 'bad-name' } });
    const big: NetworkSpec = { layers: [40, 40, 2], activations: ['tanh', 'tanh'] };
    expect(parameterCount(big)).toBeGreaterThan(1500);
    expect(encodeShareCode({ ...c, spec: big, genome: new Float32Array(parameterCount(big)) })).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('names each kind of damage', () => {
    const code = encodeShareCode(creature({ layers: [3, 4, 1], activations: ['sin', 'sigmoid'] }, 4, 3, 'Moth'));
    if (!code.ok) throw new Error('encode failed');
    const text = code.value;
    expect(decodeShareCode('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(decodeShareCode(text.slice(0, -6))).toMatchObject({ ok: false, error: { code: 'truncated' } });
    expect(decodeShareCode(text.slice(0, 20) + '!' + text.slice(21))).toMatchObject({
      ok: false,
      error: { code: 'invalid-characters' },
    });
    const flipped = text.slice(0, 30) + (text[30] === 'A' ? 'B' : 'A') + text.slice(31);
    expect(decodeShareCode(flipped)).toMatchObject({ ok: false, error: { code: 'bad-checksum' } });
    const v2 = fromBase64url(text)!;
    v2[0] = 2;
    expect(decodeShareCode(toBase64url(v2))).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
    expect(decodeShareCode('A'.repeat(5000))).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });

  it('never throws on ≥ 10,000 random and damaged codes; every failure has a known code', () => {
    const seeds = [
      encodeShareCode(creature({ layers: [3, 4, 1], activations: ['sin', 'sigmoid'] }, 4, 3, 'Moth')),
      encodeShareCode(creature({ layers: [23, 12, 2], activations: ['tanh', 'tanh'] }, 5, 2, 'Ant')),
    ].map((r) => (r.ok ? r.value : ''));
    const damaged = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.base64String({ maxLength: 400 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')),
      fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.integer({ min: 0, max: 63 })).map(([s, i, c]) => {
        const at = i % s.length;
        return s.slice(0, at) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[c] + s.slice(at + 1);
      }),
      fc.tuple(fc.constantFrom(...seeds), fc.nat()).map(([s, i]) => s.slice(0, i % (s.length + 1))),
      fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.integer({ min: 0, max: 7 })).map(([s, i, bit]) => {
        const bytes = fromBase64url(s)!;
        bytes[i % bytes.length]! ^= 1 << bit;
        return toBase64url(bytes);
      }),
    );
    let failures = 0;
    fc.assert(
      fc.property(damaged, (text) => {
        const r = decodeShareCode(text);
        if (!r.ok) {
          failures++;
          expect(ERROR_CODES.has(r.error.code)).toBe(true);
          expect(r.error.message.length).toBeGreaterThan(0);
        } else {
          for (const w of r.value.genome) expect(Number.isFinite(w)).toBe(true);
        }
      }),
      { numRuns: 12000 },
    );
    expect(failures).toBeGreaterThan(10000);
  });
});
