/**
 * The level's experiments beside the arena: one card per open experiment (squeeze, base edit, tally,
 * two tasks, side by side, inheritance), in a column of its own. `update` patches the cards in place
 * (call it on every session change); the panel rebuilds itself when the language changes.
 */
import type { StarMeasure } from '../../../app/campaign/stars';
import type { I18n } from '../../../app/i18n';
import { chooseInheritance } from '../../../app/play/experiments/raceRun';
import { DnaEditExperiment } from '../../../app/play/experiments/dnaEdit';
import { ForgetExperiment } from '../../../app/play/experiments/forget';
import { experimentsOpen, type ExperimentHost, type ExperimentSetup } from '../../../app/play/experiments/setup';
import { SqueezeExperiment } from '../../../app/play/experiments/squeeze';
import { clear, el } from '../../dom';
import { DnaEditCard, TallyCard } from './dnaEditCard';
import { ForgetCard } from './forgetCard';
import { RaceCard } from './raceCard';
import { SideTabs } from './sideTabs';
import { SqueezeCard } from './squeezeCard';

interface Card {
  readonly root: HTMLElement;
  update(): void;
  destroy?(): void;
}

/** The experiment models of one play session (they outlive a language change of the panel). */
export interface ExperimentModels {
  readonly squeeze: SqueezeExperiment | null;
  readonly dnaEdit: DnaEditExperiment | null;
  readonly forget: ForgetExperiment | null;
}

export function createExperimentModels(host: ExperimentHost, setup: ExperimentSetup): ExperimentModels {
  const open = experimentsOpen(setup);
  return {
    squeeze: open.includes('squeeze') ? new SqueezeExperiment(host, setup.switches.basesPerWeight) : null,
    dnaEdit: open.includes('dnaEdit') || open.includes('tally') ? new DnaEditExperiment(host) : null,
    forget: open.includes('forget') ? new ForgetExperiment(host, setup) : null,
  };
}

export class ExperimentsPanel {
  readonly root: HTMLElement;
  readonly models: ExperimentModels;
  private cards: Card[] = [];
  /** Experiments or microscope in the one side column of a small screen. */
  readonly tabs: SideTabs;
  private readonly unsubscribe: () => void;

  constructor(
    parent: HTMLElement,
    private readonly i18n: I18n,
    private readonly host: ExperimentHost,
    private readonly setup: ExperimentSetup,
    /** Something changed that the rest of the play screen should show (an edit, a squeeze). */
    private readonly onChange: () => void = () => undefined,
  ) {
    this.models = createExperimentModels(host, setup);
    this.root = el('aside', { class: 'experiments', id: 'experiments' });
    parent.append(this.root);
    this.tabs = new SideTabs(parent, i18n);
    document.body.classList.add('with-experiments');
    this.unsubscribe = i18n.onChange(() => this.build());
    this.build();
    // Lifetime learning is part of the inheritance setting: Lamarck and Baldwin learn from the start.
    if (experimentsOpen(setup).includes('inheritance')) {
      chooseInheritance(host, setup, host.session.evolutionConfig.inheritance);
    }
    host.setStarMeasure?.((fitness) => this.measure(fitness));
    void this.models.squeeze?.start().then(() => this.changed());
  }

  /** The stars' measurement: each open experiment that changes what counts adds its part. */
  private measure(fitness: number): StarMeasure {
    let m: StarMeasure = { fitness };
    const { squeeze, forget } = this.models;
    if (squeeze) m = { ...m, ...squeeze.measure(m.fitness) };
    if (forget?.hasSecondTask) m = { ...m, ...forget.measure(m.fitness) };
    // The side-by-side race never counts: it runs by itself, and the stars reward what the player
    // does to the creature on screen (in "New world": fine-tuning it in the new world).
    return m;
  }

  /** True when the setup opens at least one experiment (otherwise there is no panel to mount). */
  static wanted(setup: ExperimentSetup): boolean {
    return experimentsOpen(setup).length > 0;
  }

  private changed(): void {
    this.update();
    this.onChange();
  }

  private build(): void {
    for (const c of this.cards) c.destroy?.();
    clear(this.root);
    const t = this.i18n.t.bind(this.i18n);
    this.root.setAttribute('aria-label', t('exp.panel'));
    const open = experimentsOpen(this.setup);
    const m = this.models;
    const changed = (): void => this.changed();
    const cards: Card[] = [];
    for (const name of open) {
      if (name === 'squeeze' && m.squeeze)
        cards.push(new SqueezeCard(this.i18n, m.squeeze, this.host.session, changed));
      if (name === 'dnaEdit' && m.dnaEdit) cards.push(new DnaEditCard(this.i18n, m.dnaEdit, changed));
      if (name === 'tally' && m.dnaEdit) cards.push(new TallyCard(this.i18n, m.dnaEdit, changed));
      if (name === 'forget' && m.forget) cards.push(new ForgetCard(this.i18n, m.forget, this.host.session, changed));
      if (name === 'race') cards.push(new RaceCard(this.i18n, this.host, this.setup, 'fineTune', changed));
      if (name === 'inheritance') cards.push(new RaceCard(this.i18n, this.host, this.setup, 'inheritance', changed));
    }
    this.cards = cards;
    for (const c of cards) this.root.append(c.root);
  }

  update(): void {
    for (const c of this.cards) c.update();
  }

  destroy(): void {
    this.unsubscribe();
    this.host.setStarMeasure?.(null);
    for (const c of this.cards) c.destroy?.();
    this.cards = [];
    this.root.remove();
    this.tabs.destroy();
    document.body.classList.remove('with-experiments');
  }
}
