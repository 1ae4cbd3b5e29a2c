/**
 * The race cards: "Side by side" (carried over vs from scratch in the new world) and the inheritance
 * choice with its race (Darwin, Lamarck, Baldwin). Each line of the race is a curve on one chart.
 */
import type { I18n, MessageKey } from '../../../app/i18n';
import { chooseInheritance, RaceRun } from '../../../app/play/experiments/raceRun';
import type { ExperimentHost, ExperimentSetup } from '../../../app/play/experiments/setup';
import { INHERITANCE_MODES, type Inheritance } from '../../../core/evolution/inheritance';
import { button, el } from '../../dom';
import { LineChart } from './lineChart';

const LINE_NAMES: Readonly<Record<string, MessageKey>> = {
  fineTuned: 'exp.race.fineTuned',
  scratch: 'exp.race.scratch',
  darwinian: 'exp.inherit.darwinian',
  lamarckian: 'exp.inherit.lamarckian',
  baldwinian: 'exp.inherit.baldwinian',
};

export class RaceCard {
  readonly root: HTMLElement;
  readonly run: RaceRun;
  private readonly chart: LineChart;
  private readonly go: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly choices = new Map<Inheritance, HTMLButtonElement>();
  private readonly choiceHint: HTMLElement | null = null;
  private told = 0;

  constructor(
    private readonly i18n: I18n,
    private readonly host: ExperimentHost,
    private readonly setup: ExperimentSetup,
    readonly kind: 'fineTune' | 'inheritance',
    private readonly onChange: () => void,
  ) {
    const t = i18n.t.bind(i18n);
    const n = i18n.number.bind(i18n);
    this.run = new RaceRun(host, setup, kind, () => this.progress());
    this.chart = new LineChart(t('exp.race.chart'), (v) => n(v, 3));
    const id = kind === 'fineTune' ? 'exp-race' : 'exp-inherit';
    this.go = button(kind === 'fineTune' ? t('exp.race.start') : t('exp.inherit.compare'), () => this.toggle(), {
      id: `${id}-go`,
      class: 'primary',
    });
    this.status = el('p', { class: 'exp-caption', id: `${id}-status`, 'aria-live': 'polite' });
    const parts: HTMLElement[] = [
      el('h3', { id: `${id}-title`, text: kind === 'fineTune' ? t('exp.race.title') : t('exp.inherit.title') }),
    ];
    if (kind === 'fineTune') parts.push(el('p', { class: 'exp-caption', text: t('exp.race.hint') }));
    else {
      const group = el('div', { class: 'mode-switch exp-choice', role: 'group', 'aria-label': t('exp.inherit.title') });
      for (const mode of INHERITANCE_MODES) {
        const b = button(t(`exp.inherit.${mode}`), () => this.choose(mode), {
          id: `exp-inherit-${mode}`,
          pressed: host.session.evolutionConfig.inheritance === mode,
        });
        this.choices.set(mode, b);
        group.append(b);
      }
      this.choiceHint = el('p', { class: 'exp-caption', id: 'exp-inherit-hint' });
      parts.push(group, this.choiceHint);
    }
    parts.push(this.go, this.status, this.chart.root);
    this.root = el('section', { class: 'exp-card', id, 'aria-labelledby': `${id}-title` }, parts);
    this.update();
  }

  /** A slice of the race ran: redraw the card; tell the play screen at most every 250 ms (stars, HUD). */
  private progress(): void {
    this.update();
    const now = performance.now();
    if (now - this.told >= 250 || !this.run.running) {
      this.told = now;
      this.onChange();
    }
  }

  private choose(mode: Inheritance): void {
    chooseInheritance(this.host, this.setup, mode);
    this.onChange();
  }

  private toggle(): void {
    if (this.run.running) this.run.stop();
    else this.run.start();
  }

  update(): void {
    const t = this.i18n.t.bind(this.i18n);
    const run = this.run;
    const race = run.race;
    const label = run.running
      ? t('exp.race.stop')
      : race?.done
        ? t('exp.race.again')
        : this.kind === 'fineTune'
          ? t('exp.race.start')
          : t('exp.inherit.compare');
    if (this.go.textContent !== label) this.go.textContent = label;
    this.go.setAttribute('aria-pressed', String(run.running));
    const status = run.error ?? (race ? t('exp.race.round', { n: race.rounds, budget: race.budget }) : '');
    if (this.status.textContent !== status) this.status.textContent = status;
    const start = this.kind === 'fineTune' ? t('exp.race.start') : t('exp.inherit.compare');
    this.chart.setEmptyText(run.running ? status : t('chart.empty.race', { button: start }));
    const current = this.host.session.evolutionConfig.inheritance;
    for (const [mode, b] of this.choices) b.setAttribute('aria-pressed', String(mode === current));
    if (this.choiceHint) {
      const hint = t(`exp.inherit.${current}.hint`);
      if (this.choiceHint.textContent !== hint) this.choiceHint.textContent = hint;
    }
    this.chart.update(
      (race?.lines ?? []).map((line, i) => ({
        name: t(LINE_NAMES[line.name] ?? 'exp.race.title'),
        colour: i,
        values: line.best,
      })),
    );
  }

  destroy(): void {
    this.run.stop();
  }
}
