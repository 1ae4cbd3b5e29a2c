// Whether a page is a kiosk: ?kiosk, kiosk.json, ?kiosk=off, address overrides, offline copies.
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG } from '../../../../src/app/kiosk/config';
import { resolveKioskMode, type KioskFile } from '../../../../src/app/kiosk/mode';

const absent: KioskFile = { kind: 'absent' };
const text = (t: string): KioskFile => ({ kind: 'text', text: t });
const q = (s: string): URLSearchParams => new URLSearchParams(s);

describe('resolveKioskMode', () => {
  it('no flag and no file: not a kiosk, and any kept copy is forgotten', () => {
    expect(resolveKioskMode(q(''), absent)).toMatchObject({ active: false, keep: null });
  });

  it('?kiosk alone: a kiosk with the defaults', () => {
    expect(resolveKioskMode(q('kiosk'), absent)).toMatchObject({ active: true, config: DEFAULT_KIOSK_CONFIG });
  });

  it('kiosk.json alone: a kiosk with its settings, kept for offline starts; "enabled": false turns it off', () => {
    const on = resolveKioskMode(q(''), text('{"idleWarningSeconds": 30}'));
    expect(on).toMatchObject({ active: true, config: { idleWarningSeconds: 30 }, keep: '{"idleWarningSeconds": 30}' });
    expect(resolveKioskMode(q(''), text('{"enabled": false}')).active).toBe(false);
    expect(resolveKioskMode(q('kiosk'), text('{"enabled": false, "volume": 0.1}'))).toMatchObject({
      active: true,
      config: { enabled: true, volume: 0.1 },
    });
  });

  it('?kiosk=off wins over kiosk.json', () => {
    expect(resolveKioskMode(q('kiosk=off'), text('{}')).active).toBe(false);
    expect(resolveKioskMode(q('kiosk=0'), text('{}')).active).toBe(false);
  });

  it('a broken kiosk.json still makes a kiosk, with the defaults and the problem named', () => {
    const r = resolveKioskMode(q(''), text('{"volume": 7}'));
    expect(r.active).toBe(true);
    expect(r.config.volume).toBe(DEFAULT_KIOSK_CONFIG.volume);
    expect(r.problems.map((p) => p.code)).toEqual(['bad-volume']);
    expect(r.keep).toBeUndefined();
  });

  it('offline: the kept copy is used', () => {
    const r = resolveKioskMode(q(''), { kind: 'unreachable', cached: '{"startLevel": "sort"}' });
    expect(r).toMatchObject({ active: true, config: { startLevel: 'sort' } });
    expect(resolveKioskMode(q(''), { kind: 'unreachable', cached: null }).active).toBe(false);
  });

  it('address overrides for tests: idle, reset, level, lang; a bad one is ignored and named', () => {
    expect(resolveKioskMode(q('kiosk&idle=5&reset=8&level=forage&lang=de'), absent).config).toMatchObject({
      idleWarningSeconds: 5,
      idleResetSeconds: 8,
      startLevel: 'forage',
      defaultLanguage: 'de',
    });
    expect(resolveKioskMode(q('kiosk&idle=200'), absent).config).toMatchObject({
      idleWarningSeconds: 200,
      idleResetSeconds: 230,
    });
    const bad = resolveKioskMode(q('kiosk&idle=abc'), absent);
    expect(bad.config.idleWarningSeconds).toBe(60);
    expect(bad.problems[0]).toMatchObject({ code: 'bad-seconds', field: 'idleWarningSeconds' });
  });
});
