/**
 * The play screen's DOM: a top bar (back, title, the Evolve ⇄ Train switch, the figures, settings)
 * and the controls of the current mode. Built once per mode and language; `update` patches text,
 * pressed and disabled states in place so a slider being dragged keeps its focus.
 */
import type { I18n } from '../../app/i18n';
import { button, clear, el, slider } from '../dom';
import type { OptimiserChoice, PlayActions, PlayMode, PlayView } from './model';

/** Where other parts of the game add their own elements to the play screen (kept across rebuilds). */
export type PlaySlot = 'topbar' | 'controls';
type SlotRender = (mode: PlayMode) => HTMLElement | null;

/** The element each closable control is, by its name in a level file's `controls`. */
const CONTROL_ELEMENTS: Readonly<Record<string, string>> = {
  naturalSelection: 'natural',
  turbo: 'turbo',
  mutationRate: 'mutation-rate',
  mutationSize: 'mutation-size',
  crossover: 'crossover',
  learningRate: 'learning-rate',
  momentum: 'momentum',
  optimiser: 'optimiser',
  batchSize: 'batch-size',
  demo: 'example-sources',
  geneEditor: 'knock-out',
};

const OPTIMISERS: readonly OptimiserChoice[] = ['sgd', 'momentum', 'adam'];
const BATCH_SIZES = [1, 8, 32, 64, 128, 256];

export class PlayScreen {
  private view: PlayView;
  private builtFor: { mode: PlayMode; lang: string } | null = null;
  private readonly refs = new Map<string, HTMLElement>();
  private readonly unsubscribe: () => void;
  private readonly slots: { where: PlaySlot; render: SlotRender }[] = [];
  /** The actions, through a proxy that `destroy` revokes (see there). */
  private readonly actions: PlayActions;
  private readonly revoke: () => void;

  constructor(
    private readonly root: HTMLElement,
    private readonly i18n: I18n,
    actions: PlayActions,
    initial: PlayView,
  ) {
    ({ proxy: this.actions, revoke: this.revoke } = Proxy.revocable(actions, {}));
    this.view = initial;
    this.unsubscribe = i18n.onChange(() => this.build());
    this.build();
  }

  /**
   * Takes the screen down. Its removed elements can outlive it (a library that remembers the
   * element of the last touch keeps one alive, and with it its listeners); revoking the actions and
   * dropping the slots leaves such an element holding nothing of the level: not its session.
   */
  destroy(): void {
    this.unsubscribe();
    clear(this.root);
    this.refs.clear();
    this.slots.length = 0;
    this.revoke();
  }

  /**
   * Adds elements to the top bar (before the settings button) or to the controls (after the mode's
   * own). `render` is called on every rebuild (mode switch, language); it may return the same
   * element each time. Returns the function that removes the slot.
   */
  addSlot(where: PlaySlot, render: SlotRender): () => void {
    const slot = { where, render };
    this.slots.push(slot);
    this.build();
    return () => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      this.build();
    };
  }

  private slotted(where: PlaySlot): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const slot of this.slots) {
      if (slot.where !== where) continue;
      const node = slot.render(this.view.mode);
      if (node) out.push(node);
    }
    return out;
  }

  /** Is a control open in this level? */
  private opens(control: string): boolean {
    return this.view.controls === null || this.view.controls.includes(control);
  }

  /** Removes the controls the level keeps closed (a slider or select goes with its label). */
  private closeControls(controls: HTMLElement): void {
    for (const [control, id] of Object.entries(CONTROL_ELEMENTS)) {
      if (this.opens(control)) continue;
      const node = controls.querySelector(`#${id}`);
      (node?.closest('.field') ?? node)?.remove();
    }
  }

  update(view: PlayView): void {
    const rebuild = view.mode !== this.view.mode;
    this.view = view;
    if (rebuild) this.build();
    else this.patch();
  }

  private ref<T extends HTMLElement>(name: string, node: T): T {
    this.refs.set(name, node);
    return node;
  }

  private build(): void {
    const t = this.i18n.t.bind(this.i18n);
    const v = this.view;
    clear(this.root);
    this.refs.clear();
    document.body.className = document.body.className.replace(/\bscreen-\S+/g, '').trim();
    document.body.classList.add('screen-play');
    const switcher = el('div', { class: 'mode-switch', role: 'group', 'aria-label': t('mode.switch') }, [
      this.ref(
        'mode-evolve',
        button(t('mode.evolve'), () => this.actions.setMode('evolve'), {
          pressed: v.mode === 'evolve',
          id: 'mode-evolve',
        }),
      ),
      this.ref(
        'mode-train',
        button(t('mode.train'), () => this.actions.setMode('train'), { pressed: v.mode === 'train', id: 'mode-train' }),
      ),
    ]);
    const own = v.titleTexts?.[this.i18n.language]?.title ?? v.titleTexts?.en?.title;
    const top = el('header', { class: 'topbar' }, [
      button(t('nav.back'), () => this.actions.back(), { id: 'back' }),
      el('h2', { text: own ?? t(v.titleKey, { name: v.titleName ? t(v.titleName) : '' }) }),
      ...(v.modes.length > 1 ? [switcher] : []),
      el('span', { class: 'spacer' }),
      this.ref('stat-a', el('span', { class: 'stat', id: 'stat-a' })),
      this.ref('stat-b', el('span', { class: 'stat', id: 'stat-b' })),
      ...this.slotted('topbar'),
      ...this.shareButtons(),
      button('⚙', () => this.actions.openSettings(), { class: 'icon-button', ariaLabel: t('title.settings') }),
    ]);
    const controls = el('section', {
      class: 'controls',
      'aria-label': v.mode === 'evolve' ? t('mode.evolve') : t('mode.train'),
    });
    if (v.mode === 'evolve') this.buildEvolve(controls);
    else this.buildTrain(controls);
    this.closeControls(controls);
    controls.append(...this.slotted('controls'));
    this.root.append(top, controls);
    this.builtFor = { mode: v.mode, lang: this.i18n.language };
    this.patch();
  }

  /** Share and Bring in, when sharing is wired. */
  private shareButtons(): HTMLButtonElement[] {
    const t = this.i18n.t.bind(this.i18n);
    const a = this.actions;
    const out: HTMLButtonElement[] = [];
    if (a.share) out.push(button(t('share.button'), () => a.share?.(), { id: 'share' }));
    if (a.bringIn) out.push(button(t('share.import'), () => a.bringIn?.(), { id: 'bring-in' }));
    return out;
  }

  private buildEvolve(controls: HTMLElement): void {
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.number.bind(this.i18n);
    const v = this.view;
    controls.append(
      this.ref(
        'next',
        button(t('evolve.next'), () => this.actions.nextGeneration(), { class: 'primary', id: 'next-generation' }),
      ),
      this.ref(
        'natural',
        button(t('evolve.auto'), () => this.actions.naturalSelection(), { id: 'natural' }),
      ),
      this.ref(
        'turbo',
        button(t('evolve.turbo'), () => this.actions.toggleTurbo(), { pressed: v.turbo, id: 'turbo' }),
      ),
      slider({
        id: 'mutation-rate',
        label: t('evolve.mutationRate'),
        min: 0,
        max: 100,
        step: 1,
        value: Math.round(v.mutationRate * 100),
        format: (x) => `${n(x, 0)} %`,
        onInput: (x) => this.actions.setMutationRate(x / 100),
      }).root,
      slider({
        id: 'mutation-size',
        label: t('evolve.mutationSize'),
        min: 0.01,
        max: 2,
        step: 0.01,
        value: v.mutationSize,
        format: (x) => n(x, 2),
        onInput: (x) => this.actions.setMutationSize(x),
      }).root,
      this.ref(
        'crossover',
        button(t('evolve.crossover'), () => this.actions.setCrossover(!this.view.crossover), {
          pressed: v.crossover,
          id: 'crossover',
        }),
      ),
      this.ref('hint', el('p', { class: 'hint', id: 'hint' })),
    );
  }

  private knockOutButton(): HTMLButtonElement {
    const t = this.i18n.t.bind(this.i18n);
    return this.ref(
      'knockout',
      button(t('microscope.knockOut'), () => this.actions.knockOut(), {
        id: 'knock-out',
        disabled: !this.view.geneSelected,
      }),
    );
  }

  private buildTrain(controls: HTMLElement): void {
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.number.bind(this.i18n);
    const v = this.view;
    const optimiser = el('select', { id: 'optimiser', 'aria-label': t('train.optimiser') });
    for (const o of OPTIMISERS) {
      const option = el('option', { value: o, text: t(`train.optimiser.${o}`) });
      option.selected = o === v.optimiser;
      optimiser.append(option);
    }
    optimiser.addEventListener('change', () => this.actions.setOptimiser(optimiser.value as OptimiserChoice));
    const batch = el('select', { id: 'batch-size', 'aria-label': t('train.batchSize') });
    for (const b of BATCH_SIZES) {
      const option = el('option', { value: b, text: n(b, 0) });
      option.selected = b === v.batchSize;
      batch.append(option);
    }
    batch.addEventListener('change', () => this.actions.setBatchSize(Number(batch.value)));
    const sources = el(
      'div',
      {
        class: 'mode-switch',
        role: 'group',
        id: 'example-sources',
        'aria-label': t('train.examples'),
      },
      [
        this.ref(
          'src-teacher',
          button(t('train.teacher'), () => this.actions.setSource('teacher'), {
            pressed: v.source === 'teacher',
            id: 'source-teacher',
          }),
        ),
      ],
    );
    if (v.demoAvailable) {
      sources.append(
        this.ref(
          'src-demo',
          button(t('train.demo'), () => this.actions.setSource('demo'), {
            pressed: v.source === 'demo',
            id: 'source-demo',
          }),
        ),
      );
    }
    controls.append(
      this.ref(
        'step',
        button(t('train.step'), () => this.actions.step(), { class: 'primary', id: 'train-step' }),
      ),
      this.ref(
        'run',
        button(t('train.run'), () => this.actions.toggleRun(), { id: 'train-run' }),
      ),
      slider({
        id: 'learning-rate',
        label: t('train.learningRate'),
        min: -4,
        max: 1,
        step: 0.05,
        value: v.logLearningRate,
        format: (x) => formatRate(10 ** x, n),
        onInput: (x) => this.actions.setLogLearningRate(x),
      }).root,
      slider({
        id: 'momentum',
        label: t('train.momentum'),
        min: 0,
        max: 0.99,
        step: 0.01,
        value: v.momentum,
        format: (x) => n(x, 2),
        onInput: (x) => this.actions.setMomentum(x),
      }).root,
      el('div', { class: 'field' }, [el('label', { for: 'optimiser', text: t('train.optimiser') }), optimiser]),
      el('div', { class: 'field' }, [el('label', { for: 'batch-size', text: t('train.batchSize') }), batch]),
      sources,
      this.knockOutButton(),
      this.ref('demo-count', el('span', { class: 'hint', id: 'demo-count' })),
    );
  }

  private patchFamily(): void {
    const list = this.refs.get('family');
    if (!list) return;
    const t = this.i18n.t.bind(this.i18n);
    const key = this.view.family.map((f) => `${f.id}:${f.eventKey}`).join(',');
    if (list.dataset.key === key) return;
    list.dataset.key = key;
    clear(list);
    for (const f of this.view.family) {
      list.append(
        el('li', {}, [el('span', { class: 'family-id', text: `#${f.id}` }), el('span', { text: t(f.eventKey) })]),
      );
    }
  }

  /** Patches figures and states without rebuilding. */
  private patch(): void {
    if (!this.builtFor) return;
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.number.bind(this.i18n);
    const v = this.view;
    const text = (name: string, s: string): void => {
      const node = this.refs.get(name);
      if (node && node.textContent !== s) node.textContent = s;
    };
    const pressed = (name: string, on: boolean): void => this.refs.get(name)?.setAttribute('aria-pressed', String(on));
    const disabled = (name: string, off: boolean): void => {
      const node = this.refs.get(name);
      if (node instanceof HTMLButtonElement) node.disabled = off;
    };
    this.patchFamily();
    pressed('mode-evolve', v.mode === 'evolve');
    disabled('knockout', !v.geneSelected);
    pressed('mode-train', v.mode === 'train');
    if (v.mode === 'evolve') {
      text('stat-a', t('hud.generation', { n: v.generation }));
      text('stat-b', t('hud.best', { value: n(v.bestFitness, 3) }));
      text('hint', v.chosenCount > 0 ? t(v.tapKey, { count: v.chosenCount }) : t(v.hintKey));
      pressed('turbo', v.turbo);
      text('turbo', v.turbo ? t('evolve.stop') : t('evolve.turbo'));
      disabled('next', v.turbo);
      disabled('natural', v.turbo);
      pressed('crossover', v.crossover);
    } else {
      text('stat-a', t('hud.step', { n: v.step }));
      text(
        'stat-b',
        v.status === 'diverged'
          ? t('status.diverged')
          : t('hud.loss', { value: Number.isFinite(v.loss) ? n(v.loss, 4) : '–' }),
      );
      text('run', v.running ? t('train.pause') : t('train.run'));
      pressed('run', v.running);
      disabled('step', v.running);
      pressed('src-teacher', v.source === 'teacher');
      pressed('src-demo', v.source === 'demo');
      text('demo-count', v.source === 'demo' ? t('train.exampleCount', { count: v.demoCount }) : '');
    }
  }
}

function formatRate(v: number, n: (x: number, d?: number) => string): string {
  if (v >= 1) return n(v, 1);
  const digits = Math.max(0, Math.ceil(-Math.log10(v)) + 1);
  return n(v, Math.min(6, digits));
}
