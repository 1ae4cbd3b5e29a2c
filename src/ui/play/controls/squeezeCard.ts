/** The bases-per-weight card: slider k = 1…4, genome size beside what it learned from, the fitness at every k. */
import type { I18n } from '../../../app/i18n';
import type { SqueezeExperiment } from '../../../app/play/experiments/squeeze';
import type { PlaySession } from '../../../app/play/session';
import { el, slider } from '../../dom';

export class SqueezeCard {
  readonly root: HTMLElement;
  private readonly genome: HTMLElement;
  private readonly source: HTMLElement;
  private readonly fitness: HTMLElement;
  private readonly bars: HTMLElement[] = [];
  private readonly set: (v: number) => void;

  constructor(
    private readonly i18n: I18n,
    private readonly model: SqueezeExperiment,
    private readonly session: PlaySession,
    onChange: () => void,
  ) {
    const t = i18n.t.bind(i18n);
    const s = slider({
      id: 'bases-per-weight',
      label: t('exp.squeeze.slider'),
      min: 1,
      max: 4,
      step: 1,
      value: model.k,
      format: (k) => t('exp.squeeze.value', { k, levels: 1 << (2 * k) }),
      onInput: (k) => void model.setK(k).then(onChange),
    });
    this.set = s.set;
    this.genome = el('p', { class: 'exp-figure', id: 'genome-size' });
    this.source = el('p', { class: 'exp-figure', id: 'learned-size' });
    this.fitness = el('p', { class: 'exp-figure', id: 'squeeze-fitness' });
    const curve = el('div', { class: 'exp-bars', role: 'list', 'aria-label': t('exp.squeeze.curve') });
    for (let k = 1; k <= 4; k++) {
      const fill = el('span', { class: 'exp-bar-fill' });
      const bar = el('div', { class: 'exp-bar', role: 'listitem' }, [
        el('span', { class: 'exp-bar-label', text: String(k) }),
        el('span', { class: 'exp-bar-track' }, [fill]),
      ]);
      this.bars.push(bar);
      curve.append(bar);
    }
    this.root = el('section', { class: 'exp-card', id: 'exp-squeeze', 'aria-labelledby': 'exp-squeeze-title' }, [
      el('h3', { id: 'exp-squeeze-title', text: t('exp.squeeze.title') }),
      s.root,
      this.genome,
      this.source,
      this.fitness,
      el('p', { class: 'exp-caption', text: t('exp.squeeze.curve') }),
      curve,
    ]);
    this.update();
  }

  update(): void {
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.number.bind(this.i18n);
    const m = this.model;
    this.set(m.k);
    setText(this.genome, t('exp.squeeze.genome', { bytes: n(m.genomeBytes, 2) }));
    const from = m.learnedFrom;
    setText(
      this.source,
      from
        ? t(from.kind === 'picture' ? 'exp.squeeze.picture' : 'exp.squeeze.examples', { bytes: n(from.bytes, 0) })
        : '',
    );
    const fit = m.squeezedFitness(this.session.mode === 'train' ? NaN : this.session.bestFitness);
    setText(this.fitness, Number.isFinite(fit) ? t('exp.squeeze.fitness', { value: n(fit, 3) }) : '');
    const curve = m.curve();
    if (!curve) return;
    // Zoomed so that small drops show: the lowest value sits a bit above the start of the track.
    const [lo, hi] = this.session.task.fitnessRange;
    const all = [...curve.byK, curve.original].filter((v) => Number.isFinite(v));
    const top = Math.max(...all);
    const bottom = Math.min(...all) - Math.max(top - Math.min(...all), 0.02 * (hi - lo));
    this.bars.forEach((bar, i) => {
      const f = curve.byK[i] ?? NaN;
      const share = top > bottom ? Math.max(0.02, Math.min(1, (f - bottom) / (top - bottom))) : 1;
      const fill = bar.querySelector<HTMLElement>('.exp-bar-fill');
      if (fill) fill.style.width = `${(share * 100).toFixed(1)}%`;
      bar.classList.toggle('current', i + 1 === m.k);
      bar.setAttribute('aria-label', t('exp.squeeze.bar', { k: i + 1, value: n(f, 3) }));
      const label = bar.querySelector('.exp-bar-label');
      if (label) setText(label as HTMLElement, `${i + 1} · ${n(f, 3)}`);
    });
  }
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
