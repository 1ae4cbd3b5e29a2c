/**
 * The goal on the play screen: a bar that fills as fitness rises, with the one-, two- and
 * three-star thresholds marked on it and lit when reached. Lives in the top bar; one element kept
 * for the whole level, updated in place.
 */
import type { I18n } from '../../app/i18n';
import { meterPosition, nextThreshold, type StarGoal } from '../../app/campaign/stars';
import { el } from '../dom';

export class GoalMeter {
  readonly root: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly marks: HTMLElement[];
  private readonly label: HTMLElement;
  private last = { fitness: NaN, stars: -1, lang: '' };
  /** The fitness the level started at: the empty end of the bar. */
  private floor = NaN;

  constructor(
    private readonly i18n: I18n,
    private readonly goal: StarGoal,
  ) {
    this.fill = el('span', { class: 'goal-fill' });
    this.marks = [1, 2, 3].map((k) =>
      el('span', { class: 'goal-star', style: `left: ${(k / 3) * 100}%`, 'aria-hidden': 'true', text: '★' }),
    );
    this.label = el('span', { class: 'goal-label', 'aria-hidden': 'true' });
    const bar = el('span', { class: 'goal-bar' }, [this.fill, ...this.marks]);
    this.root = el(
      'div',
      { class: 'goal-meter', id: 'goal-meter', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 3 },
      [this.label, bar],
    );
  }

  /** Shows a fitness and the stars it has earned (which may be fewer when a condition fails). */
  set(fitness: number, stars: number): void {
    if (!Number.isFinite(this.floor) && Number.isFinite(fitness)) this.floor = fitness;
    const lang = this.i18n.language;
    if (Object.is(fitness, this.last.fitness) && stars === this.last.stars && lang === this.last.lang) return;
    this.last = { fitness, stars, lang };
    const t = this.i18n.t.bind(this.i18n);
    const n = (v: number): string => this.i18n.number(v, 3);
    const position = meterPosition(this.goal, fitness, this.floor);
    this.fill.style.width = `${(position * 100).toFixed(1)}%`;
    this.marks.forEach((m, k) => m.classList.toggle('lit', k < stars));
    this.label.textContent = t('campaign.goalShort');
    this.root.setAttribute('aria-valuenow', String(stars));
    const next = nextThreshold(this.goal, fitness);
    this.root.setAttribute(
      'aria-valuetext',
      next === null || stars >= 3
        ? t('campaign.goalMeterDone', { value: n(fitness) })
        : t('campaign.goalMeter', { value: n(fitness), stars, next: n(next) }),
    );
    this.root.title = this.root.getAttribute('aria-valuetext') ?? '';
  }
}
