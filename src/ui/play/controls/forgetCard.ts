/**
 * The two-tasks card ("Don't forget"): learn from task A or B, rehearse A, freeze layers, and the
 * trainee's fitness on both tasks — bars now, lines over the steps — so forgetting shows as A falling.
 */
import type { I18n } from '../../../app/i18n';
import type { ForgetExperiment } from '../../../app/play/experiments/forget';
import type { PlaySession } from '../../../app/play/session';
import { button, el } from '../../dom';
import { LineChart } from './lineChart';

export class ForgetCard {
  readonly root: HTMLElement;
  private readonly refs = new Map<string, HTMLElement>();
  private readonly chart: LineChart | null;
  private readonly barA: HTMLElement;
  private readonly barB: HTMLElement;

  constructor(
    private readonly i18n: I18n,
    private readonly model: ForgetExperiment,
    private readonly session: PlaySession,
    onChange: () => void,
  ) {
    const t = i18n.t.bind(i18n);
    const n = i18n.number.bind(i18n);
    const act = (fn: () => Promise<void>): void => {
      const done = fn();
      this.update();
      void done.then(onChange);
    };
    const ref = <T extends HTMLElement>(name: string, node: T): T => (this.refs.set(name, node), node);
    const title = model.hasSecondTask ? t('exp.forget.title') : t('exp.forget.freezeTitle');
    const parts: HTMLElement[] = [el('h3', { id: 'exp-forget-title', text: title })];
    const trainOnly = model.hasSecondTask ? t('exp.forget.trainOnly') : t('exp.forget.freezeOnly');
    parts.push(ref('trainOnly', el('p', { class: 'exp-caption', text: trainOnly })));
    if (model.hasSecondTask) {
      parts.push(
        el('div', { class: 'mode-switch', role: 'group', 'aria-label': t('exp.forget.learn') }, [
          ref(
            'learnA',
            button(t('exp.forget.taskA'), () => act(() => model.learnFrom('A')), { id: 'exp-learn-a', pressed: true }),
          ),
          ref(
            'learnB',
            button(t('exp.forget.taskB'), () => act(() => model.learnFrom('B')), { id: 'exp-learn-b', pressed: false }),
          ),
        ]),
        ref(
          'rehearse',
          button(t('exp.forget.rehearse'), () => act(() => model.setRehearse(!model.rehearse)), {
            id: 'exp-rehearse',
            pressed: false,
          }),
        ),
      );
    }
    const freeze = el('div', { class: 'exp-row', role: 'group', 'aria-label': t('exp.forget.freezeGroup') });
    for (let l = 0; l < model.layerCount; l++) {
      freeze.append(
        ref(
          `freeze-${l}`,
          button(t('exp.forget.freeze', { n: l + 1 }), () => act(() => model.toggleFrozen(l)), {
            id: `exp-freeze-${l}`,
            pressed: model.frozen.has(l),
          }),
        ),
      );
    }
    parts.push(el('p', { class: 'exp-caption', text: t('exp.forget.freezeGroup') }), freeze);
    this.barA = el('span', { class: 'exp-bar-fill series-0' });
    this.barB = el('span', { class: 'exp-bar-fill series-1' });
    parts.push(
      el('div', { class: 'exp-bar' }, [
        ref('fitA', el('span', { class: 'exp-bar-label', id: 'exp-fitness-a' })),
        el('span', { class: 'exp-bar-track' }, [this.barA]),
      ]),
    );
    if (model.hasSecondTask) {
      parts.push(
        el('div', { class: 'exp-bar' }, [
          ref('fitB', el('span', { class: 'exp-bar-label', id: 'exp-fitness-b' })),
          el('span', { class: 'exp-bar-track' }, [this.barB]),
        ]),
        ref('best', el('p', { class: 'exp-caption', id: 'exp-best-a' })),
      );
    }
    this.chart = new LineChart(t('exp.forget.chart'), (v) => n(v, 3));
    this.chart.setEmptyText(t('chart.empty.train'));
    parts.push(this.chart.root);
    this.root = el('section', { class: 'exp-card', id: 'exp-forget', 'aria-labelledby': 'exp-forget-title' }, parts);
    this.update();
  }

  update(): void {
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.number.bind(this.i18n);
    const m = this.model;
    m.observe();
    const train = this.session.mode === 'train';
    const only = this.refs.get('trainOnly');
    if (only) only.hidden = train;
    const pressed = (name: string, on: boolean): void => this.refs.get(name)?.setAttribute('aria-pressed', String(on));
    pressed('learnA', m.learning === 'A');
    pressed('learnB', m.learning === 'B');
    pressed('rehearse', m.rehearse);
    for (let l = 0; l < m.layerCount; l++) pressed(`freeze-${l}`, m.frozen.has(l));
    for (const name of ['learnA', 'learnB', 'rehearse']) {
      const b = this.refs.get(name);
      if (b instanceof HTMLButtonElement) b.disabled = !train;
    }
    const f = m.fitness();
    // A bar starts at 0, no skill (a sort task's fitness goes down to −1, where a bar of [−1, 1]
    // showed a forgotten task A, 0.05, still half full); a negative fitness is an empty bar.
    const [low, hi] = this.session.task.fitnessRange;
    const lo = Math.max(0, low);
    const share = (v: number): string => `${(Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * 100).toFixed(1)}%`;
    this.barA.style.width = share(f.a);
    this.barB.style.width = share(f.b);
    const fitA = this.model.hasSecondTask
      ? t('exp.forget.fitnessA', { value: n(f.a, 3) })
      : t('exp.forget.fitness', { value: n(f.a, 3) });
    setText(this.refs.get('fitA'), fitA);
    setText(this.refs.get('fitB'), t('exp.forget.fitnessB', { value: n(f.b, 3) }));
    const best = m.trace.bestA;
    setText(this.refs.get('best'), Number.isFinite(best) ? t('exp.forget.best', { value: n(best, 3) }) : '');
    if (this.chart) this.chart.root.hidden = m.trace.steps.length === 0;
    this.chart?.update([
      { name: m.hasSecondTask ? t('exp.forget.taskA') : t('chart.fitness'), colour: 0, values: m.trace.fitnessA },
      ...(m.hasSecondTask ? [{ name: t('exp.forget.taskB'), colour: 1, values: m.trace.fitnessB }] : []),
    ]);
  }
}

function setText(node: HTMLElement | undefined, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}
