import { describe, expect, it } from 'vitest';
import { I18n, LANGUAGES, isMessageKey, pickLanguage } from '../../../src/app/i18n';
import { CATALOGUES } from '../../../src/app/locales/catalogue';
import { formatTick } from '../../../src/views/chart-scale';
import { scanFiles, scanSource, sourceFiles } from './i18nScan';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('catalogues', () => {
  const keys = Object.keys(CATALOGUES.en).sort();

  it('has a message for every key in every language, and no key English lacks', () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const lang of LANGUAGES) {
      const catalogue = CATALOGUES[lang] as Readonly<Record<string, unknown>>;
      const missing = keys.filter((k) => typeof catalogue[k] !== 'string' || catalogue[k].trim() === '');
      expect(missing, `missing or empty in ${lang}`).toEqual([]);
      expect(Object.keys(catalogue).sort(), `keys only ${lang} has`).toEqual(keys);
    }
  });

  it('uses the same placeholders in every language', () => {
    const differ: string[] = [];
    for (const key of keys) {
      const en = placeholders(CATALOGUES.en[key as keyof typeof CATALOGUES.en]);
      for (const lang of LANGUAGES) {
        const other = placeholders(CATALOGUES[lang][key as keyof typeof CATALOGUES.en]);
        if (other.join() !== en.join()) differ.push(`${lang} ${key}: {${other.join('}{')}} vs {${en.join('}{')}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('has no text left untranslated by mistake (German and Spanish differ from English where words are long)', () => {
    // Short words may be the same in two languages ("OK", "Adam", "Lab"); a whole English sentence may not.
    const same: string[] = [];
    for (const key of keys) {
      const en = CATALOGUES.en[key as keyof typeof CATALOGUES.en];
      if (en.split(' ').length < 4) continue;
      for (const lang of ['de', 'es'] as const)
        if (CATALOGUES[lang][key as keyof typeof CATALOGUES.en] === en) same.push(`${lang} ${key}`);
    }
    expect(same).toEqual([]);
  });
});

describe('I18n', () => {
  it('fills placeholders and formats numbers per locale', () => {
    const i18n = new I18n('en');
    expect(i18n.t('hud.best', { value: 1234.5 })).toBe('Best fitness 1,234.5');
    i18n.setLanguage('de');
    expect(i18n.t('hud.best', { value: 1234.5 })).toMatch(/1\.234,5/);
    i18n.setLanguage('es');
    expect(i18n.number(0.725, 2)).toBe('0,73');
    expect(i18n.number(Number.NaN)).toBe('–');
    // Canvas tick labels take the language's decimal separator too.
    expect(formatTick(0.25, ',')).toBe('0,25');
    expect(formatTick(15000, ',')).toBe('15k');
    expect(formatTick(2.5e6, ',')).toBe('2,5M');
  });

  it('tells listeners about a change of language, once', () => {
    const i18n = new I18n('en');
    const seen: string[] = [];
    const off = i18n.onChange((l) => seen.push(l));
    i18n.setLanguage('de');
    i18n.setLanguage('de');
    off();
    i18n.setLanguage('es');
    expect(seen).toEqual(['de']);
  });

  it('picks the best shipped language and knows its keys', () => {
    expect(pickLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLanguage(['ja'])).toBe('en');
    expect(isMessageKey('app.title')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('no hard-coded user-facing text', () => {
  it('finds text in every kind of sink (the detector works)', () => {
    const found = scanSource(
      'fixture.ts',
      [
        "el('p', { text: 'Hello there' });",
        "el('button', { 'aria-label': `Close ${what}` });",
        "button('Next generation', go);",
        "node.textContent = 'Generation ' + n;",
        "node.setAttribute('title', ok ? 'Yes' : t('no'));",
        "this.add.text(10, 20, 'Score', style);",
        "ctx.fillText(label ?? 'Nothing', 0, 0);",
        "new Text({ text: 'Loss', style });",
        "b.setAttribute('aria-label', 'Weiter'); // i18n-ok: a test of the escape hatch",
        "el('span', { text: '★'.repeat(3), 'aria-hidden': 'true' });",
        "button('⚙', open, { ariaLabel: t('title.settings') });",
        "el('span', { text: `${n}. ${title}` });",
        "node.textContent = 'A';",
        "el('div', { class: 'menu', role: 'group' });",
      ].join('\n'),
    );
    expect(found.map((f) => `${f.line} ${f.sink} ${f.text}`)).toEqual([
      '1 text: Hello there',
      '2 aria-label: Close ',
      '3 button() Next generation',
      '4 .textContent = Generation ',
      "5 setAttribute('title') Yes",
      '6 add.text Score',
      '7 fillText() Nothing',
      '8 text: Loss',
    ]);
  });

  it('src/ui, src/game, src/wiring, src/views and main.ts pass every shown text through i18n', () => {
    const files = ['src/ui', 'src/game', 'src/wiring', 'src/views'].flatMap(sourceFiles).concat('src/main.ts');
    expect(files.length).toBeGreaterThan(40);
    const found = scanFiles(files).map((f) => `${f.file}:${f.line} ${f.sink} ${JSON.stringify(f.text)}`);
    expect(found).toEqual([]);
  });
});
