/**
 * The level map's DOM: a grid of level tiles (number, title in the current language, stars; a
 * locked level is shown but cannot be opened), then the Lab; above them, when level files could
 * not be read, a message naming each file and field. Rendered again on a language change.
 */
import { isMessageKey, type I18n } from '../app/i18n';
import type { LevelMapActions, LevelProblemSummary, LevelSummary } from '../game/services';
import { button, el } from './dom';

/** A level's title: from its file in the current language, a Lab world's "Skin: bark", or its task's. */
export function levelTitle(i18n: I18n, level: LevelSummary): string {
  const own = level.texts?.[i18n.language]?.title ?? level.texts?.en?.title;
  if (own) return own;
  if (level.titleKey && isMessageKey(level.titleKey)) {
    const name = level.nameKey && isMessageKey(level.nameKey) ? i18n.t(level.nameKey) : '';
    return i18n.t(level.titleKey, { name });
  }
  return i18n.t(`level.${level.task}.title`);
}

function levelTile(i18n: I18n, level: LevelSummary, pick: () => void): HTMLButtonElement {
  const t = i18n.t.bind(i18n);
  const title = levelTitle(i18n, level);
  const b = button('', pick, { class: 'level-button', disabled: level.locked, id: `level-${level.id}` });
  // The name is the visible text plus the stars said in words (axe: the visible label is part of the name).
  b.append(
    el('span', { class: 'number', text: String(level.number) }),
    el('span', { class: 'level-title', text: title }),
    level.locked
      ? el('span', { class: 'lock', 'aria-hidden': 'true' })
      : el('span', {
          class: 'stars',
          'aria-hidden': 'true',
          text: '★'.repeat(level.stars) + '☆'.repeat(3 - level.stars),
        }),
    el('span', {
      class: 'visually-hidden',
      text: level.locked ? t('map.locked') : t('map.stars', { count: level.stars }),
    }),
  );
  return b;
}

function problemList(i18n: I18n, problems: readonly LevelProblemSummary[]): HTMLElement {
  const t = i18n.t.bind(i18n);
  return el('div', { class: 'map-problems', role: 'alert', id: 'level-problems' }, [
    el('p', { text: t('campaign.problems') }),
    el(
      'ul',
      {},
      problems.map((p) => el('li', { text: p.text() })),
    ),
  ]);
}

export interface LevelMapContent {
  readonly levels: readonly LevelSummary[];
  readonly lab: boolean;
  readonly problems: readonly LevelProblemSummary[];
}

/** The map's elements; `tap` plays the UI sound. */
export function levelMapView(
  i18n: I18n,
  content: LevelMapContent,
  actions: LevelMapActions,
  tap: () => void,
): HTMLElement {
  const t = i18n.t.bind(i18n);
  const tiles: HTMLElement[] = content.levels.map((level) =>
    levelTile(i18n, level, () => {
      tap();
      actions.pick(level.id);
    }),
  );
  const openLab = actions.lab;
  if (!content.lab && openLab) {
    const lab = button(
      '',
      () => {
        tap();
        openLab();
      },
      { class: 'level-button lab-button', id: 'level-lab' },
    );
    lab.append(
      el('span', { class: 'number', 'aria-hidden': 'true', text: '⚗' }),
      el('span', { class: 'level-title', text: t('campaign.lab') }),
      el('span', { class: 'lab-hint', text: t('campaign.labHint') }),
    );
    tiles.push(lab);
  }
  return el(
    'section',
    {
      class: `level-map${content.lab ? ' lab-map' : ' campaign-map'}${content.problems.length > 0 ? ' has-problems' : ''}`,
      'aria-labelledby': 'map-title',
    },
    [
      el('header', {}, [
        button(t('nav.back'), () => {
          tap();
          actions.back();
        }),
        el('h1', { id: 'map-title', text: content.lab ? t('lab.title') : t('map.title') }),
      ]),
      ...(content.problems.length > 0 ? [problemList(i18n, content.problems)] : []),
      el('div', { class: 'levels' }, tiles),
    ],
  );
}
