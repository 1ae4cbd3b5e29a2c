// kiosk.json: every field's default, every bad field's stable code, and 10,000+ random and garbage
// configs that never throw and always come back as a config or an error with a code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KIOSK_CONFIG,
  parseKioskConfig,
  parseKioskJson,
  type KioskConfigErrorCode,
} from '../../../../src/app/kiosk/config';

const CODES: readonly KioskConfigErrorCode[] = [
  'too-long',
  'not-json',
  'not-object',
  'unknown-field',
  'bad-boolean',
  'bad-seconds',
  'reset-before-warning',
  'bad-level',
  'bad-languages',
  'bad-language',
  'bad-pin',
  'bad-volume',
  'bad-url',
];

function error(value: unknown): { code: string; field: string; message: string } {
  const r = parseKioskConfig(value);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(value)}`);
  return r.error;
}

describe('parseKioskConfig', () => {
  it('an empty object is the documented defaults', () => {
    const r = parseKioskConfig({});
    expect(r).toEqual({ ok: true, value: DEFAULT_KIOSK_CONFIG });
    expect(DEFAULT_KIOSK_CONFIG).toMatchObject({
      enabled: true,
      idleWarningSeconds: 60,
      idleResetSeconds: 90,
      startLevel: 'pattern',
      languages: ['en', 'de', 'es'],
      defaultLanguage: 'en',
      volume: 0.6,
      takeHomeBaseUrl: null,
    });
  });

  it('reads a full config', () => {
    const r = parseKioskConfig({
      enabled: true,
      idleWarningSeconds: 45,
      idleResetSeconds: 75,
      startLevel: 'forage',
      languages: ['de', 'en'],
      defaultLanguage: 'en',
      operatorPin: '13579',
      volume: 0.25,
      takeHomeBaseUrl: 'https://weightlings.example/play/',
      takeHome: false,
      fullscreen: false,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        enabled: true,
        idleWarningSeconds: 45,
        idleResetSeconds: 75,
        startLevel: 'forage',
        languages: ['de', 'en'],
        defaultLanguage: 'en',
        operatorPin: '13579',
        volume: 0.25,
        takeHomeBaseUrl: 'https://weightlings.example/play/',
        takeHome: false,
        fullscreen: false,
      },
    });
  });

  it('the default language is the first offered one; a later warning moves the default reset', () => {
    const r = parseKioskConfig({ languages: ['es', 'de'], idleWarningSeconds: 120 });
    expect(r.ok && r.value.defaultLanguage).toBe('es');
    expect(r.ok && r.value.idleResetSeconds).toBe(130);
  });

  it.each([
    [null, 'not-object', ''],
    [[], 'not-object', ''],
    ['kiosk', 'not-object', ''],
    [{ idle: 5 }, 'unknown-field', 'idle'],
    [{ enabled: 'yes' }, 'bad-boolean', 'enabled'],
    [{ takeHome: 1 }, 'bad-boolean', 'takeHome'],
    [{ fullscreen: null }, 'bad-boolean', 'fullscreen'],
    [{ idleWarningSeconds: '60' }, 'bad-seconds', 'idleWarningSeconds'],
    [{ idleWarningSeconds: 1 }, 'bad-seconds', 'idleWarningSeconds'],
    [{ idleResetSeconds: Infinity }, 'bad-seconds', 'idleResetSeconds'],
    [{ idleResetSeconds: 99999 }, 'bad-seconds', 'idleResetSeconds'],
    [{ idleWarningSeconds: 60, idleResetSeconds: 60 }, 'reset-before-warning', 'idleResetSeconds'],
    [{ startLevel: '' }, 'bad-level', 'startLevel'],
    [{ startLevel: '../x' }, 'bad-level', 'startLevel'],
    [{ startLevel: 3 }, 'bad-level', 'startLevel'],
    [{ languages: [] }, 'bad-languages', 'languages'],
    [{ languages: 'en' }, 'bad-languages', 'languages'],
    [{ languages: ['en', 'en'] }, 'bad-languages', 'languages'],
    [{ languages: ['en', 'fr'] }, 'bad-language', 'languages'],
    [{ defaultLanguage: 'fr' }, 'bad-language', 'defaultLanguage'],
    [{ languages: ['de'], defaultLanguage: 'en' }, 'bad-language', 'defaultLanguage'],
    [{ operatorPin: 2468 }, 'bad-pin', 'operatorPin'],
    [{ operatorPin: '12' }, 'bad-pin', 'operatorPin'],
    [{ operatorPin: '12ab' }, 'bad-pin', 'operatorPin'],
    [{ volume: 2 }, 'bad-volume', 'volume'],
    [{ volume: -0.1 }, 'bad-volume', 'volume'],
    [{ volume: NaN }, 'bad-volume', 'volume'],
    [{ takeHomeBaseUrl: 'weightlings.example' }, 'bad-url', 'takeHomeBaseUrl'],
    [{ takeHomeBaseUrl: 'javascript:alert(1)' }, 'bad-url', 'takeHomeBaseUrl'],
    [{ takeHomeBaseUrl: 'https://user:pw@example.org/' }, 'bad-url', 'takeHomeBaseUrl'],
    [{ takeHomeBaseUrl: 42 }, 'bad-url', 'takeHomeBaseUrl'],
  ] as const)('%j → %s naming "%s"', (value, code, field) => {
    const e = error(value);
    expect(e.code).toBe(code);
    expect(e.field).toBe(field);
    expect(e.message).toContain('kiosk.json');
    if (field) expect(e.message).toContain(field);
  });

  it('parseKioskJson: size cap, bad JSON, then the same checks', () => {
    expect(parseKioskJson('{"volume": 0.5}')).toMatchObject({ ok: true, value: { volume: 0.5 } });
    expect(parseKioskJson('{"volume": 0.5,}')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseKioskJson(' '.repeat(20_000))).toMatchObject({ ok: false, error: { code: 'too-long' } });
    expect(parseKioskJson('"x"')).toMatchObject({ ok: false, error: { code: 'not-object' } });
  });
});

describe('kiosk config fuzz', () => {
  const settle = (run: () => ReturnType<typeof parseKioskConfig>): void => {
    const r = run();
    if (r.ok) {
      expect(r.value.idleResetSeconds).toBeGreaterThan(r.value.idleWarningSeconds);
      expect(r.value.languages).toContain(r.value.defaultLanguage);
    } else {
      expect(CODES).toContain(r.error.code);
      expect(typeof r.error.message).toBe('string');
      expect(r.error.message.length).toBeGreaterThan(0);
    }
  };
  const field = fc.constantFrom(
    'enabled',
    'idleWarningSeconds',
    'idleResetSeconds',
    'startLevel',
    'languages',
    'defaultLanguage',
    'operatorPin',
    'volume',
    'takeHomeBaseUrl',
    'takeHome',
    'fullscreen',
  );
  const nearlyRight = fc.dictionary(
    field,
    fc.oneof(
      fc.anything(),
      fc.double(),
      fc.integer({ min: -10, max: 5000 }),
      fc.constantFrom('en', 'de', 'es', 'fr', '', '2468', 'https://a.example/', 'ftp://x'),
      fc.array(fc.constantFrom('en', 'de', 'es', 'xx')),
      fc.boolean(),
    ),
  );

  it('5,000 nearly-right configs: a config or an error with a code, never a throw', () => {
    fc.assert(
      fc.property(nearlyRight, (v) => settle(() => parseKioskConfig(v))),
      { numRuns: 5000 },
    );
  });

  it('3,000 arbitrary values and 3,000 arbitrary texts: never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => settle(() => parseKioskConfig(v))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (t) =>
        settle(() => parseKioskJson(t)),
      ),
      { numRuns: 3000 },
    );
  });
});
