/**
 * The microscope: the pixi.js science views (brain, DNA strip, landscape, fitness and loss charts)
 * on one canvas. The game loads this module lazily — `const { createMicroscope } = await
 * import('../views/microscope')` — so pixi is its own chunk, and drives it from its own clock: the
 * pixi Application never starts a ticker of its own (`autoStart: false`); the game calls
 * `render()` once a frame. Views read plain snapshots and report what the player does through the
 * callbacks; they never change engine state.
 */
import 'pixi.js/unsafe-eval'; // must come before any renderer exists: the game ships a CSP without 'unsafe-eval'
import { DEFAULT_DNA_RANGE } from '../core/dna';
import { BrainView } from './brain-view';
import { ChartView } from './chart-view';
import { DnaView } from './dna-view';
import { LandscapeView } from './landscape-view';
import { defaultLayout, VIEW_NAMES, type Layout, type PanelRect, type ViewName } from './layout';
import { COLOURS, DEFAULT_FONT_FAMILY } from './palette';
import { SelectionState } from './selection';
import type {
  BrainSnapshot,
  DnaSnapshot,
  FitnessChartSnapshot,
  LandscapeSnapshot,
  LossChartSnapshot,
  MicroscopeLabels,
} from './snapshots';
import { dropApp, keepApp, takeApp } from './spare-app';
import { forgetSharedTextures, sharedTexturesOf } from './textures';
import type { View } from './view';

export type { ViewName, PanelRect, Layout } from './layout';
export type * from './snapshots';

export interface MicroscopeOptions {
  /** Every word the views show, already translated. */
  readonly labels: MicroscopeLabels;
  /** Canvas size in CSS px; default: the parent's client size. */
  readonly width?: number;
  readonly height?: number;
  /** Font family for all text (a font the game ships). */
  readonly fontFamily?: string;
  /** Device pixel ratio to render at; default window.devicePixelRatio. */
  readonly resolution?: number;
  /** Multisampled edges; default true. Worth turning off where WebGL is drawn in software. */
  readonly antialias?: boolean;
  /** Gene edits are clamped to [−weightRange, weightRange]; default the DNA codec's range. */
  readonly weightRange?: number;
  /** Which views are on screen at first; default all. */
  readonly shown?: readonly ViewName[];
  /** Panel placement; default `defaultLayout`. */
  readonly layout?: Layout;
  /** Renderer choice; default WebGL, falling back to WebGPU and then Canvas 2D. */
  readonly preference?: 'webgl' | 'webgpu' | 'canvas';
  /** The player selected a gene (genome index of a weight or bias) in the brain or the DNA, or cleared it. */
  readonly onSelectWeight?: (index: number | null) => void;
  /** The player dragged (or knocked out) a gene: the game should set genome[index] = value. Fires continuously. */
  readonly onEditWeight?: (index: number, value: number) => void;
}

export interface MicroscopeSnapshot {
  readonly brain?: BrainSnapshot;
  readonly dna?: DnaSnapshot;
  readonly landscape?: LandscapeSnapshot;
  readonly fitness?: FitnessChartSnapshot;
  readonly loss?: LossChartSnapshot;
}

export interface Microscope {
  readonly canvas: HTMLCanvasElement;
  /** 'webgl', 'webgpu' or 'canvas'. */
  readonly rendererName: string;
  /** Shows exactly these views (in panels placed by the layout), hides the rest. */
  show(names: readonly ViewName[]): void;
  /** Hands new snapshots to the views; cheap, nothing is drawn until render(). */
  update(snapshot: MicroscopeSnapshot): void;
  /**
   * Draws one frame if anything changed (or always, with `force`). Call from the game's update loop;
   * `nowMs` on the performance.now() clock.
   */
  render(nowMs?: number, force?: boolean): void;
  /** New canvas size in CSS px; the panels are laid out again. */
  resize(width: number, height: number): void;
  /** Selects a gene from outside (keyboard, DOM controls); does not fire onSelectWeight. */
  selectWeight(index: number | null): void;
  getSelected(): number | null;
  /** Sets the selected gene to 0 through onEditWeight (the knock-out button). */
  knockOut(): void;
  setLabels(labels: MicroscopeLabels): void;
  /** Where a view's panel is on the canvas (CSS px), or null when it is hidden. For DOM overlays. */
  panelRect(name: ViewName): PanelRect | null;
  /** Canvas position (CSS px) of a weight's line middle or a bias's neuron, or null. For DOM overlays and tests. */
  genePoint(index: number): { x: number; y: number } | null;
  /** Takes the microscope down; its pixi Application is kept for the next one unless `reuse` is false. */
  destroy(reuse?: boolean): void;
}

export async function createMicroscope(canvasParent: HTMLElement, options: MicroscopeOptions): Promise<Microscope> {
  const fontFamily = options.fontFamily ?? DEFAULT_FONT_FAMILY;
  await loadFont(fontFamily);
  const app = await takeApp({
    width: options.width ?? Math.max(1, canvasParent.clientWidth),
    height: options.height ?? Math.max(1, canvasParent.clientHeight),
    background: COLOURS.background,
    antialias: options.antialias ?? true,
    autoDensity: true,
    resolution: options.resolution ?? window.devicePixelRatio ?? 1,
    autoStart: false,
    sharedTicker: false,
    preference: options.preference ?? 'webgl',
  });
  app.ticker.stop();
  const canvas = app.canvas;
  canvas.style.touchAction = 'none';
  canvas.style.display = 'block';
  canvasParent.appendChild(canvas);

  const textures = sharedTexturesOf(app.renderer, fontFamily);
  const ctx = { textures, fontFamily };
  const selection = new SelectionState();
  const onSelect = (i: number | null): void => options.onSelectWeight?.(i);
  const brain = new BrainView(
    selection,
    { onSelectWeight: onSelect, onEditWeight: (i, v) => options.onEditWeight?.(i, v) },
    options.weightRange ?? DEFAULT_DNA_RANGE,
  );
  const dna = new DnaView(selection, onSelect);
  const landscape = new LandscapeView();
  const fitness = new ChartView({ scale: 'linear', colours: [COLOURS.best, COLOURS.mean], widths: [3.5, 2.5] });
  const loss = new ChartView({ scale: 'log', colours: [COLOURS.loss], widths: [3] });
  const views: Record<ViewName, View<unknown>> = { brain, dna, landscape, fitness, loss };
  for (const name of VIEW_NAMES) {
    views[name].prepare(ctx);
    app.stage.addChild(views[name].root);
  }

  const layout = options.layout ?? defaultLayout;
  let shown: readonly ViewName[] = options.shown ?? VIEW_NAMES;
  let rects: Partial<Record<ViewName, PanelRect>> = {};
  let needsFrame = true;

  const applyLabels = (labels: MicroscopeLabels): void => {
    brain.setTitle(labels.brain.title);
    brain.setNeuronNames(labels.brain.inputs, labels.brain.outputs);
    brain.setDecimal(labels.brain.decimal ?? '.');
    dna.setTitle(labels.dna.title);
    landscape.setTitle(labels.landscape.title);
    landscape.setLegend(labels.landscape.evolution, labels.landscape.training);
    fitness.setLabels(labels.fitness);
    loss.setLabels(labels.loss);
    needsFrame = true;
  };
  const relayout = (): void => {
    rects = layout(app.screen.width, app.screen.height, shown);
    for (const name of VIEW_NAMES) {
      const v = views[name];
      const r = rects[name];
      if (r && shown.includes(name)) {
        v.root.position.set(r.x, r.y);
        v.resize(r.width, r.height);
        if (!v.shown) v.show();
      } else if (v.shown) {
        v.hide();
      }
    }
    needsFrame = true;
  };
  applyLabels(options.labels);
  relayout();

  let destroyed = false;
  const microscope: Microscope = {
    canvas,
    rendererName: app.renderer.name,
    show(names) {
      shown = [...names];
      relayout();
    },
    update(s) {
      if (s.brain) brain.update(s.brain);
      if (s.dna) dna.update(s.dna);
      if (s.landscape) landscape.update(s.landscape);
      if (s.fitness) fitness.update({ series: [s.fitness.best, s.fitness.mean] });
      if (s.loss) loss.update({ series: [s.loss.loss], ...(s.loss.explodedAt ? { marks: s.loss.explodedAt } : {}) });
    },
    render(nowMs = performance.now(), force = false) {
      if (destroyed) return;
      let drew = needsFrame || force;
      for (const name of VIEW_NAMES) drew = views[name].tick(nowMs) || drew;
      if (!drew) return;
      needsFrame = false;
      app.render();
      // Hand the frame to the GPU now: drawn outside the browser's frame, it is ready when presented.
      (app.renderer as { gl?: WebGLRenderingContext }).gl?.flush();
    },
    resize(width, height) {
      app.renderer.resize(Math.max(1, width), Math.max(1, height));
      relayout();
    },
    selectWeight(index) {
      selection.set(index);
    },
    getSelected: () => selection.index,
    knockOut: () => brain.knockOut(),
    setLabels: applyLabels,
    panelRect: (name) => (shown.includes(name) ? { ...(rects[name] ?? { x: 0, y: 0, width: 0, height: 0 }) } : null),
    genePoint: (index) => (brain.shown ? brain.genePoint(index) : null),
    destroy(reuse = true) {
      if (destroyed) return;
      destroyed = true;
      for (const name of VIEW_NAMES) views[name].destroy();
      app.stage.removeChildren();
      // The Application (renderer, canvas, compiled programs, shared textures) goes on to the next
      // microscope, unless asked not to (after a lost WebGL context): see spare-app.ts.
      if (reuse) {
        keepApp(app);
      } else {
        forgetSharedTextures(app.renderer);
        dropApp(app);
      }
    },
  };
  return microscope;
}

/** Waits (briefly) for the font so baked letters and labels do not use a fallback face. */
async function loadFont(fontFamily: string): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1500));
  const load = Promise.all([
    document.fonts.load(`800 48px ${fontFamily}`),
    document.fonts.load(`700 18px ${fontFamily}`),
    document.fonts.load(`400 15px ${fontFamily}`),
  ]).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([load, timeout]);
}
