import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, defaultSettings, readSettings, saveSettings } from '../../../src/app/settings';
import { memoryStore } from '../../../src/app/storage';

describe('settings', () => {
  it('round-trips and fills wrong fields with defaults, quietly', () => {
    const store = memoryStore();
    const s = { ...defaultSettings('es'), volume: 0.3, reducedMotion: true };
    expect(saveSettings(store, s)).toBe(true);
    expect(readSettings(store, 'en')).toEqual({ settings: s });
    store.set(SETTINGS_KEY, JSON.stringify({ version: 1, language: 'xx', volume: 7, textScale: 'big' }));
    expect(readSettings(store, 'de')).toEqual({ settings: { ...defaultSettings('de'), volume: 1 } });
  });

  it.each([
    ['not-json', '{"language":"de",'],
    ['no-envelope', '[1]'],
    ['newer-version', '{"version":9,"language":"de"}'],
  ])('a blob that is not settings (%s) is kept aside and reported', (code, raw) => {
    const store = memoryStore();
    store.set(SETTINGS_KEY, raw);
    const read = readSettings(store, 'en');
    expect(read.settings).toEqual(defaultSettings('en'));
    expect(read.notice).toMatchObject({ code, key: SETTINGS_KEY, backupKey: `${SETTINGS_KEY}.backup.1` });
    expect(store.get(`${SETTINGS_KEY}.backup.1`)).toBe(raw);
    expect(store.get(SETTINGS_KEY)).toBeNull();
  });
});
