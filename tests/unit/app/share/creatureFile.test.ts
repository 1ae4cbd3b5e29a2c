// The creature file and pasted text: round trips, every error code, size caps, and a fuzz of
// ≥ 10,000 random and damaged files and codes that must never throw and always name what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFits,
  creatureFileName,
  creatureFileText,
  MAX_CREATURE_FILE_BYTES,
  parseCreatureFile,
  parseShareText,
  type ImportErrorCode,
} from '../../../../src/app/share/creatureFile';
import { encodeShareCode, type Creature } from '../../../../src/core/codec/sharecode';
import { quantiseGenome } from '../../../../src/core/dna';
import { createGenome, Network, type NetworkSpec } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';

const IMPORT_CODES = new Set<ImportErrorCode>([
  'empty',
  'too-large',
  'not-json',
  'wrong-format',
  'bad-version',
  'bad-code',
  'name-too-long',
  'bad-name',
  'spec-mismatch',
  'task-mismatch',
]);

const FORAGE: NetworkSpec = { layers: [23, 8, 2], activations: ['tanh', 'tanh'] };
const MOTH: NetworkSpec = { layers: [3, 8, 8, 3], activations: ['sin', 'sin', 'sigmoid'] };

function creature(spec: NetworkSpec, seed: number, name: string, task: Creature['task'] = 'forage'): Creature {
  const net = new Network(spec);
  const g = createGenome(net, new Rng(seed), 1);
  const codec = { k: 3, range: 4 };
  const q = new Float32Array(g.length);
  quantiseGenome(g, codec, q);
  return { spec, genome: q, codec, name, task };
}

function codeOf(c: Creature): string {
  const r = encodeShareCode(c);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const created = new Date('2026-03-01T10:00:00Z');
const zippy = creature(FORAGE, 1, 'Zippy');
const zippyCode = codeOf(zippy);
const zippyFile = creatureFileText(zippy, zippyCode, created);

describe('creature file', () => {
  it('round-trips: the file holds format, version, name, spec, code, task, created', () => {
    const json = JSON.parse(zippyFile) as Record<string, unknown>;
    expect(json).toEqual({
      format: 'weightling',
      version: 1,
      name: 'Zippy',
      spec: FORAGE,
      code: zippyCode,
      task: 'forage',
      created: '2026-03-01T10:00:00.000Z',
    });
    const back = parseCreatureFile(zippyFile, 'zippy.weightling.json');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.name).toBe('Zippy');
    expect(back.value.task).toBe('forage');
    expect(back.value.spec).toEqual(FORAGE);
    expect(Array.from(back.value.genome)).toEqual(Array.from(zippy.genome));
  });

  it('a name edited by hand in the file is the creature’s name', () => {
    const edited = zippyFile.replace('"Zippy"', '"Zappa"');
    const back = parseCreatureFile(edited, 'z.json');
    expect(back.ok && back.value.name).toBe('Zappa');
  });

  it('download names are safe', () => {
    expect(creatureFileName('Zippy')).toBe('Zippy.weightling.json');
    expect(creatureFileName('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1.weightling.json');
    expect(creatureFileName('../../etc/passwd')).toBe('etc-passwd.weightling.json');
    expect(creatureFileName('')).toBe('weightling.weightling.json');
  });

  const cases: [string, string, ImportErrorCode][] = [
    ['empty', '   ', 'empty'],
    ['not JSON', '{"format": "weightling",', 'not-json'],
    ['an array', '[1, 2, 3]', 'wrong-format'],
    ['another format', '{"format": "png"}', 'wrong-format'],
    ['a newer version', zippyFile.replace('"version": 1', '"version": 2'), 'bad-version'],
    ['a missing version', zippyFile.replace('"version": 1,', ''), 'bad-version'],
    ['no code', zippyFile.replace(/"code": "[^"]*",/, ''), 'bad-code'],
    ['a damaged code', zippyFile.replace(zippyCode, zippyCode.slice(0, 40) + 'Q' + zippyCode.slice(41)), 'bad-code'],
    ['a long name', zippyFile.replace('"Zippy"', JSON.stringify('x'.repeat(49))), 'name-too-long'],
    ['a name with a line break', zippyFile.replace('"Zippy"', '"Zip\\npy"'), 'bad-name'],
    ['a name that is not text', zippyFile.replace('"Zippy"', '42'), 'bad-name'],
    ['a spec that disagrees', zippyFile.replace('23,', '24,'), 'spec-mismatch'],
    ['a task that disagrees', zippyFile.replace('"task": "forage"', '"task": "sort"'), 'task-mismatch'],
  ];
  for (const [what, text, code] of cases) {
    it(`${what} → ${code}, naming the file`, () => {
      const r = parseCreatureFile(text, 'class.weightling.json');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(code);
      expect(r.error.fileName).toBe('class.weightling.json');
      expect(r.error.message).toContain('class.weightling.json');
    });
  }

  it('a damaged code keeps the share code’s own error', () => {
    const r = parseCreatureFile(zippyFile.replace(zippyCode, zippyCode.slice(0, 30)), 'a.json');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'bad-code', codeError: 'truncated' });
  });

  it('caps the size: a file over 64 KB is not parsed', () => {
    const padded = zippyFile.replace('{', `{"pad": "${'x'.repeat(MAX_CREATURE_FILE_BYTES)}",`);
    expect(parseCreatureFile(padded, 'big.json')).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // Bytes, not characters: 30,000 three-byte characters are over the cap.
    const wide = zippyFile.replace('{', `{"pad": "${'€'.repeat(30_000)}",`);
    expect(parseCreatureFile(wide, 'wide.json')).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(parseShareText('A'.repeat(MAX_CREATURE_FILE_BYTES + 1))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});

describe('pasted text', () => {
  it('reads a code, a link with ?ancestor= and a whole file', () => {
    for (const text of [
      zippyCode,
      `  ${zippyCode}\n`,
      `https://example.org/weightlings/?lang=de&ancestor=${zippyCode}#x`,
      zippyFile,
    ]) {
      const r = parseShareText(text);
      expect(r.ok && r.value.name).toBe('Zippy');
    }
  });
  it('a bad paste says what is wrong without a file name', () => {
    expect(parseShareText('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseShareText('hello world!')).toMatchObject({
      ok: false,
      error: { code: 'bad-code', codeError: 'invalid-characters' },
    });
    const r = parseShareText('{"format": 1}');
    expect(r).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
    expect(r.ok ? 'ok' : r.error.fileName).toBeUndefined();
  });
});

describe('fits a world', () => {
  it('same network and task fit; another network or task does not', () => {
    expect(checkFits(zippy, FORAGE, 'forage').ok).toBe(true);
    expect(checkFits({ ...zippy, task: null }, FORAGE, 'sort').ok).toBe(true);
    expect(checkFits(zippy, MOTH, 'pattern')).toMatchObject({
      ok: false,
      error: { code: 'spec-mismatch', params: { have: '23-8-2', need: '3-8-8-3' } },
    });
    expect(checkFits(zippy, FORAGE, 'sort')).toMatchObject({ ok: false, error: { code: 'task-mismatch' } });
  });
});

describe('fuzz: random and damaged files and codes never throw', () => {
  const check = (r: ReturnType<typeof parseShareText>): void => {
    if (!r.ok) {
      expect(IMPORT_CODES.has(r.error.code)).toBe(true);
      expect(r.error.message.length).toBeGreaterThan(0);
    } else {
      expect(r.value.genome.every((w) => Number.isFinite(w))).toBe(true);
    }
  };
  const moth = creature(MOTH, 2, 'Motte', 'pattern');
  const mothFile = creatureFileText(moth, codeOf(moth), created);

  it('3,000 random texts (as files and as pastes)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        check(parseCreatureFile(text, 'f.json'));
        check(parseShareText(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('3,000 damaged files: a character replaced, cut or inserted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(zippyFile, mothFile),
        fc.nat(),
        fc.constantFrom('cut', 'replace', 'insert'),
        fc.string({ minLength: 1, maxLength: 4 }),
        (file, at, how, text) => {
          const i = at % file.length;
          const damaged =
            how === 'cut'
              ? file.slice(0, i)
              : how === 'replace'
                ? file.slice(0, i) + text + file.slice(i + text.length)
                : file.slice(0, i) + text + file.slice(i);
          check(parseCreatureFile(damaged, 'd.json'));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('2,000 files with random field values', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer({ min: -5, max: 80 }), { maxLength: 8 }),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('format', 'version', 'name', 'spec', 'code', 'task', 'created'),
        value,
        (field, v) => {
          const json = JSON.parse(zippyFile) as Record<string, unknown>;
          json[field] = v;
          check(parseCreatureFile(JSON.stringify(json), 'r.json'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('2,000 damaged codes pasted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(zippyCode, codeOf(moth)),
        fc.nat(),
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (code, at, text, cut) => {
          const i = at % code.length;
          const damaged = cut ? code.slice(0, i) : code.slice(0, i) + text + code.slice(i + text.length);
          const r = parseShareText(damaged);
          check(r);
          // base64url's last character has unused bits: a change there may read the same creature, never another.
          if (r.ok)
            expect(Array.from(r.value.genome)).toEqual(Array.from(code === zippyCode ? zippy.genome : moth.genome));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
