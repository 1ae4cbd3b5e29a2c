/**
 * Test page for the microscope: plays the game's part. It loads the views lazily (as the game
 * does), feeds them fixture snapshots, applies gene edits to its genome and re-runs the network,
 * and drives render() from its own requestAnimationFrame loop (standing in for Phaser's clock).
 * The browser test talks to it through `window.viewsPage`.
 */
import '@fontsource/nunito/400.css';
import '@fontsource/nunito/700.css';
import '@fontsource/nunito/800.css';
import { CanvasTextMetrics, type Container } from 'pixi.js';
import type { Microscope, ViewName } from '../../../src/views/microscope';
import { sharedTextStyleCount } from '../../../src/views/text-style';
import type { Leftovers } from '../../../src/views/kept-app-tidy';
import { leftoversOfLiveApps, liveStages, pointerRecordCount } from '../../../src/views/spare-app';
import { BrainFixture, LABELS, fitness, landscape, loss } from './views-fixtures';

interface ViewsPage {
  microscope: Microscope;
  edits: { index: number; value: number }[];
  selections: (number | null)[];
  genome: () => number[];
  /** Luminance variance of a panel's content (title and edge left out) right after a forced frame (0 = blank). */
  variance: (name: ViewName) => number;
  show: (names: ViewName[]) => void;
  mutate: () => void;
  /** Destroys the microscope and opens a new one (a new level); returns the canvases on the page. */
  reopen: () => Promise<number>;
  /** Text styles the views have made so far (shared per look). */
  textStyles: () => number;
  /** Entries in pixi's text-measure cache (1,000 at most; new style keys fill it with duplicates). */
  textMeasures: () => number;
  /** Records pixi keeps of pointers (a lifted touch must leave none). */
  pointerRecords: () => number;
  /** The last reopen drew on the same canvas (the pixi Application was handed on). */
  reopenedOnSameCanvas: () => boolean;
  /** Destroys the microscope without opening another (a kiosk back in its attract loop). */
  close: () => void;
  /** Opens a microscope again after `close`. */
  open: () => Promise<void>;
  /** What the kept pixi Application still holds of closed microscopes. */
  leftovers: () => Leftovers;
  /** The views' display objects (every container) of closed microscopes not yet garbage-collected. */
  closedViewsAlive: () => number;
}

declare global {
  interface Window {
    viewsPage?: ViewsPage;
    viewsPageError?: string;
  }
}

async function main(): Promise<void> {
  const stage = document.getElementById('stage')!;
  const params = new URLSearchParams(location.search);
  const layers = params.get('layers')?.split(',').map(Number);
  const fixture = new BrainFixture(7, layers);
  const edits: { index: number; value: number }[] = [];
  const selections: (number | null)[] = [];
  const { createMicroscope } = await import('../../../src/views/microscope');
  const renderer = params.get('renderer');
  const open = async (): Promise<Microscope> => {
    const m = await createMicroscope(stage, {
      labels: layers ? { ...LABELS, brain: { title: LABELS.brain.title } } : LABELS,
      fontFamily: 'Nunito',
      ...(renderer === 'canvas' ? { preference: 'canvas' as const } : {}),
      onSelectWeight: (index) => selections.push(index),
      onEditWeight: (index, value) => {
        edits.push({ index, value });
        fixture.genome[index] = value;
        fixture.run();
        m.update({ brain: fixture.brain(), dna: fixture.dna() });
      },
    });
    m.update({
      brain: fixture.brain(),
      dna: fixture.dna(
        [4, 5, 30, 31, 32, 100, 301, 302, 560].filter((b) => b < fixture.genome.length * 3),
        performance.now(),
      ),
      landscape: landscape(),
      fitness: fitness(),
      loss: loss(),
    });
    return m;
  };
  // null while closed (a kiosk in its attract loop): the page must not keep a closed microscope.
  let microscope: Microscope | null = await open();
  const live = (): Microscope => {
    if (!microscope) throw new Error('the microscope is closed');
    return microscope;
  };
  let closedViewsAlive = 0;
  const gone = new FinalizationRegistry<null>(() => closedViewsAlive--);
  const frame = (t: number): void => {
    microscope?.render(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.addEventListener('resize', () => microscope?.resize(stage.clientWidth, stage.clientHeight));

  const probe = document.createElement('canvas');
  let sameCanvas = false;
  window.viewsPage = {
    get microscope() {
      return live();
    },
    edits,
    selections,
    genome: () => Array.from(fixture.genome),
    show: (names) => live().show(names),
    textStyles: () => sharedTextStyleCount(),
    pointerRecords: () => pointerRecordCount(),
    textMeasures: () => (Reflect.get(CanvasTextMetrics, '_measurementCache') as { size: number }).size,
    reopenedOnSameCanvas: () => sameCanvas,
    close: () => {
      const track = (c: Container): void => {
        gone.register(c, null);
        closedViewsAlive++;
        for (const child of c.children) track(child);
      };
      for (const stage of liveStages()) for (const root of stage.children) track(root);
      live().destroy();
      microscope = null;
    },
    open: async () => {
      microscope = await open();
    },
    leftovers: () => leftoversOfLiveApps(),
    closedViewsAlive: () => closedViewsAlive,
    reopen: async () => {
      const before = live().canvas;
      live().destroy();
      microscope = await open();
      sameCanvas = microscope.canvas === before;
      return stage.querySelectorAll('canvas').length;
    },
    mutate: () => {
      const changed: number[] = [];
      for (const i of [10, 77, 150].filter((g) => g < fixture.genome.length)) {
        fixture.genome[i] = -(fixture.genome[i] as number);
        for (let b = 0; b < 3; b++) changed.push(i * 3 + b);
      }
      fixture.run();
      live().update({ brain: fixture.brain(), dna: fixture.dna(changed, performance.now()) });
    },
    variance: (name) => {
      const panel = live().panelRect(name);
      if (panel === null) return 0;
      // The content only: without the card's edge and title, which alone would not be blank.
      const r = { x: panel.x + 14, y: panel.y + 48, width: panel.width - 28, height: panel.height - 62 };
      live().render(performance.now(), true);
      const canvas = live().canvas;
      const sx = canvas.width / canvas.clientWidth;
      probe.width = Math.max(1, Math.floor(r.width * sx));
      probe.height = Math.max(1, Math.floor(r.height * sx));
      const g = probe.getContext('2d', { willReadFrequently: true })!;
      g.drawImage(canvas, r.x * sx, r.y * sx, r.width * sx, r.height * sx, 0, 0, probe.width, probe.height);
      const data = g.getImageData(0, 0, probe.width, probe.height).data;
      let sum = 0;
      let sum2 = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const l = 0.2126 * (data[i] as number) + 0.7152 * (data[i + 1] as number) + 0.0722 * (data[i + 2] as number);
        sum += l;
        sum2 += l * l;
      }
      const mean = sum / n;
      return sum2 / n - mean * mean;
    },
  };
}

main().catch((e: unknown) => {
  window.viewsPageError = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  console.error(window.viewsPageError);
});
