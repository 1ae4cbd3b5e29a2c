/**
 * The campaign's two cards. The lesson card says the level's idea before it starts (big, one tap or
 * Enter to start); the closing card says "what you found out", the stars earned, and where to go
 * next. Level words arrive as data and are set as text, never as HTML.
 */
import type { I18n } from '../../app/i18n';
import { button, el } from '../dom';
import type { CardContent } from './cardHost';

/** A level's words in the current language, and its goal. */
export interface CardLevel {
  readonly number: number;
  title(): string;
  card(): string;
  closing(): string;
  readonly stars: readonly [number, number, number];
  /** The first task's fitness the creature must keep ("Don't forget"), when the level has one. */
  readonly keepFirstTask?: number;
}

export function starText(stars: number): string {
  const n = Math.max(0, Math.min(3, stars));
  return '★'.repeat(n) + '☆'.repeat(3 - n);
}

export interface LessonActions {
  start(): void;
  map(): void;
}

/** The goal line: the star thresholds, and the first task to keep when the level asks for it. */
function goalText(t: I18n['t'], n: (v: number) => string, level: CardLevel): string {
  const [one, two, three] = level.stars;
  const stars = { one: n(one), two: n(two), three: n(three) };
  const keep = level.keepFirstTask;
  return keep === undefined ? t('campaign.goal', stars) : t('campaign.goalKeep', { ...stars, keep: n(keep) });
}

export function lessonCard(i18n: I18n, level: CardLevel, actions: LessonActions): CardContent {
  const id = 'lesson-card';
  return {
    id,
    escape: () => actions.map(),
    render: () => {
      const t = i18n.t.bind(i18n);
      const n = (v: number): string => i18n.number(v, 3);
      return [
        el('p', { class: 'card-kicker', text: t('campaign.levelNumber', { n: level.number }) }),
        el('h2', { id: `${id}-title`, text: level.title() }),
        el('p', { class: 'lesson-text', text: level.card() }),
        el('p', { class: 'goal-line', text: goalText(t, n, level) }),
        el('div', { class: 'actions' }, [
          button(t('campaign.map'), () => actions.map(), { id: 'card-map' }),
          button(t('campaign.start'), () => actions.start(), { class: 'primary big', id: 'card-start' }),
        ]),
      ];
    },
  };
}

export interface ClosingActions {
  /** Absent on the last level: the card offers the Lab instead. */
  next: (() => void) | null;
  lab(): void;
  replay(): void;
  map(): void;
  /** Back to the level to try for more stars; absent when there is nothing more to win. */
  keepGoing: (() => void) | null;
}

export function closingCard(i18n: I18n, level: CardLevel, stars: () => number, actions: ClosingActions): CardContent {
  const id = 'closing-card';
  return {
    id,
    escape: () => (actions.keepGoing ?? actions.map)(),
    render: () => {
      const t = i18n.t.bind(i18n);
      const earned = stars();
      const buttons: HTMLElement[] = [];
      if (actions.next) buttons.push(button(t('campaign.next'), actions.next, { class: 'primary', id: 'card-next' }));
      else buttons.push(button(t('campaign.toLab'), () => actions.lab(), { class: 'primary', id: 'card-lab' }));
      buttons.push(button(t('campaign.replay'), () => actions.replay(), { id: 'card-replay' }));
      if (actions.keepGoing && earned < 3) {
        buttons.push(button(t('campaign.keepGoing'), actions.keepGoing, { id: 'card-keep-going' }));
      }
      buttons.push(button(t('campaign.map'), () => actions.map(), { id: 'card-map' }));
      return [
        el('p', { class: 'card-kicker', text: `${t('campaign.levelNumber', { n: level.number })} · ${level.title()}` }),
        el('h2', { id: `${id}-title`, text: t('campaign.found') }),
        el('p', {
          class: 'card-stars',
          role: 'img',
          'aria-label': t('campaign.starsEarned', { stars: earned }),
          text: starText(earned),
        }),
        el('p', { class: 'lesson-text', text: level.closing() }),
        el('div', { class: 'actions' }, buttons),
      ];
    },
  };
}
