/**
 * The microscope beside the arena: loads the pixi views lazily (their own chunk), feeds them
 * snapshots of the focused creature and of the session, computes the landscape in the worker,
 * and is rendered from the game's clock.
 */
import type { I18n } from '../app/i18n';
import type { Engine } from '../app/play/engine';
import type { PlayLevel } from '../app/play/levels';
import type { PlaySession } from '../app/play/session';
import { DEFAULT_CODEC, encodeGenome, type DnaCodec } from '../core/dna';
import { forwardAt } from '../core/forward';
import { projectGenomes, randomSlice, type LandscapeSlice } from '../core/landscape';
import { Network } from '../core/network';
import { Rng } from '../core/rng';
import { createTask } from '../core/tasks/registry';
import type { Microscope, MicroscopeLabels, ViewName } from '../views/microscope';
import { VIEW_NAMES } from '../views/layout';
import { drawWithCanvas2D, softwareWebGL } from '../game/softwareWebGL';

const EVOLVE_VIEWS: readonly ViewName[] = ['brain', 'dna', 'fitness'];
const TRAIN_VIEWS: readonly ViewName[] = ['brain', 'landscape', 'loss'];
const LANDSCAPE_N = 25;
const LANDSCAPE_SPAN = 1;

export class MicroscopeHost {
  private scope: Microscope | null = null;
  private readonly onRestored = (): void => void this.rebuild();
  private closed = false;
  private mode: 'evolve' | 'train' = 'evolve';
  private readonly net: Network;
  private readonly probe: Float32Array;
  private readonly activations: Float64Array;
  private slice: LandscapeSlice | null = null;
  private grid: { values: Float64Array; lowIsBright: boolean } | null = null;
  private readonly unsubscribe: () => void;
  /** Bases to flash on the next update (the focused newborn's mutations), and since when. */
  private flash: { against: Float32Array; at: number } | null = null;
  /** How the DNA strip writes the genome: the session's base-mutation codec (bases per weight), else k = 3. */
  private codec: DnaCodec = DEFAULT_CODEC;
  /** The last session and genome shown, to show again on a rebuilt microscope. */
  private last: { session: PlaySession; genome: Float32Array | null } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly i18n: I18n,
    private readonly level: PlayLevel,
    private readonly onEdit: (index: number, value: number) => void,
    private readonly onSelect: () => void,
  ) {
    this.net = new Network(level.spec);
    this.activations = new Float64Array(this.net.neuronCount);
    // A real input to light the brain with: the task's first training example.
    const task = createTask(level.task, level.spec);
    const data = task.ok ? task.value.trainingSet(level.evolution.evaluationSeed ?? 1) : null;
    this.probe =
      data && data.count > 0 ? data.inputs.slice(0, this.net.inputSize) : new Float32Array(this.net.inputSize);
    this.unsubscribe = i18n.onChange(() => this.scope?.setLabels(this.labels()));
  }

  private labels(): MicroscopeLabels {
    const t = this.i18n.t.bind(this.i18n);
    const decimal = this.i18n.number(0.5, 1).replace(/\d/g, '');
    return {
      brain: { title: t('microscope.brain'), decimal },
      dna: { title: t('microscope.dna') },
      landscape: { title: t('microscope.landscape'), evolution: t('mode.evolve'), training: t('mode.train') },
      fitness: {
        title: t('microscope.fitnessChart'),
        xAxis: t('chart.generation'),
        series: [t('chart.best'), t('chart.mean')],
        decimal,
      },
      loss: { title: t('microscope.lossChart'), xAxis: t('chart.step'), series: [t('chart.loss')], decimal },
    };
  }

  async open(_level: PlayLevel): Promise<void> {
    this.root.hidden = false;
    document.body.classList.remove('no-microscope');
    try {
      const { createMicroscope } = await import('../views/microscope');
      if (this.closed) return;
      const scope = await createMicroscope(this.root, {
        labels: this.labels(),
        fontFamily: 'Nunito',
        antialias: !softwareWebGL(),
        preference: drawWithCanvas2D() ? 'canvas' : 'webgl',
        shown: this.mode === 'train' ? TRAIN_VIEWS : EVOLVE_VIEWS,
        onEditWeight: (i, v) => this.onEdit(i, v),
        onSelectWeight: () => this.onSelect(),
      });
      if (this.closed) {
        scope.destroy();
        return;
      }
      this.scope = scope;
      // The mode may have changed while pixi was loading.
      scope.show(this.mode === 'train' ? TRAIN_VIEWS : EVOLVE_VIEWS);
      this.resize();
      // A lost and restored WebGL context keeps the canvas but not the views' baked textures: build anew.
      // The canvas outlives this host (the next level's microscope draws on it: views/spare-app.ts),
      // so the listener goes when the microscope does, or it would keep this host and its session.
      scope.canvas.addEventListener('webglcontextrestored', this.onRestored, { once: true });
      if (this.last) this.update(this.last.session, this.last.genome);
    } catch {
      // Without WebGL or the chunk the game still plays; the microscope panel stays empty.
      document.body.classList.add('no-microscope');
    }
  }

  private async rebuild(): Promise<void> {
    if (this.closed) return;
    // A renderer that lost its context is not handed on: the new microscope gets a new one.
    this.scope?.canvas.removeEventListener('webglcontextrestored', this.onRestored);
    this.scope?.destroy(false);
    this.scope = null;
    await this.open(this.level);
  }

  setMode(mode: 'evolve' | 'train'): void {
    this.mode = mode;
    this.scope?.show(mode === 'train' ? TRAIN_VIEWS : EVOLVE_VIEWS);
  }

  /** Computes the loss landscape around the trainee in the worker (a random filter-normalised slice). */
  async computeLandscape(session: PlaySession, engine: Engine): Promise<void> {
    const trainee = session.trainee;
    if (!trainee) return;
    const slice = randomSlice(this.net, trainee.genome, new Rng(trainee.id), LANDSCAPE_SPAN, LANDSCAPE_N);
    if (!slice.ok) return;
    this.slice = slice.value;
    this.grid = null;
    const r = await engine.landscape(slice.value, true);
    if (!r.ok || this.closed || this.slice !== slice.value) return;
    this.grid = r.value.loss
      ? { values: r.value.loss, lowIsBright: true }
      : { values: r.value.fitness, lowIsBright: false };
    this.update(session, session.trainee?.genome ?? null);
  }

  private project(list: readonly Float32Array[]): Float64Array {
    const slice = this.slice;
    if (!slice || list.length === 0) return new Float64Array(0);
    const P = this.net.paramCount;
    const packed = new Float32Array(list.length * P);
    list.forEach((g, i) => packed.set(g, i * P));
    const out = new Float64Array(list.length * 2);
    projectGenomes(slice, packed, list.length, out);
    return out;
  }

  /** The next DNA shown flashes the bases where it differs from `parent` (null: no flash). */
  flashAgainst(parent: Float32Array | null): void {
    this.flash = parent ? { against: parent, at: performance.now() } : null;
  }

  private changedBases(genome: Float32Array): { changed: number[]; changedAt: number } | null {
    const f = this.flash;
    if (!f || f.against.length !== genome.length) return null;
    this.flash = null;
    const k = this.codec.k;
    const a = new Uint8Array(genome.length * k);
    const b = new Uint8Array(genome.length * k);
    encodeGenome(genome, 0, genome.length, this.codec, a);
    encodeGenome(f.against, 0, genome.length, this.codec, b);
    const changed: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
    return { changed, changedAt: f.at };
  }

  update(session: PlaySession, genome: Float32Array | null): void {
    this.last = { session, genome };
    const scope = this.scope;
    if (!scope || !genome) return;
    const m = session.evolutionConfig.mutation;
    this.codec = m.kind === 'bases' ? m.codec : DEFAULT_CODEC;
    const flash = this.changedBases(genome);
    forwardAt(this.net, genome, 0, this.probe, 0, new Float64Array(this.net.outputSize), 0);
    this.activations.set(this.net.a);
    const history = session.history;
    scope.update({
      brain: { layers: this.net.spec.layers, genome, activations: this.activations },
      dna: flash ? { genome, codec: this.codec, ...flash } : { genome, codec: this.codec },
      fitness: { best: history.map((h) => h.best), mean: history.map((h) => h.mean) },
      loss: { loss: session.losses },
      ...(this.grid && this.slice
        ? {
            landscape: {
              n: this.slice.n,
              values: this.grid.values,
              span: this.slice.span,
              lowIsBright: this.grid.lowIsBright,
              evolutionPath: this.project(session.bestPath.slice(-40)),
              trainingPath: this.project(session.trainPath),
            },
          }
        : {}),
    });
  }

  /** Where a gene's line (or a bias's neuron) is on the page, CSS px. */
  genePagePoint(index: number): { x: number; y: number } | null {
    const scope = this.scope;
    const p = scope?.genePoint(index);
    if (!scope || !p) return null;
    const rect = scope.canvas.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }

  /** The panels of the views on screen (page CSS px), by name; a view the layout left out has none. */
  panelPageRects(): Record<string, { x: number; y: number; width: number; height: number }> {
    const scope = this.scope;
    const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
    if (!scope) return out;
    const c = scope.canvas.getBoundingClientRect();
    for (const name of VIEW_NAMES) {
      const r = scope.panelRect(name);
      if (r && r.width > 0 && r.height > 0)
        out[name] = { x: c.left + r.x, y: c.top + r.y, width: r.width, height: r.height };
    }
    return out;
  }

  selectedGene(): number | null {
    return this.scope?.getSelected() ?? null;
  }

  /** Selects a gene from outside (the base editor); the DNA strip and the brain outline it. */
  selectGene(index: number): void {
    this.scope?.selectWeight(index);
  }

  knockOut(): void {
    this.scope?.knockOut();
  }

  render(): void {
    this.scope?.render(performance.now());
  }

  resize(): void {
    const scope = this.scope;
    if (!scope) return;
    const { clientWidth, clientHeight } = this.root;
    if (clientWidth > 0 && clientHeight > 0) scope.resize(clientWidth, clientHeight);
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.scope?.canvas.removeEventListener('webglcontextrestored', this.onRestored);
    this.scope?.destroy();
    this.scope = null;
    this.root.hidden = true;
  }
}
