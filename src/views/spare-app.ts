/**
 * One pixi Application kept for the page's lifetime, handed from a closed microscope to the next.
 *
 * The game opens a microscope per level. A new Application per level compiled its WebGL programs
 * anew, and pixi remembers every program's source text for good (an id per distinct source, and
 * each new program gets a numbered name), so a kiosk gained about 9 kB a visit that no garbage
 * collection could free — over a museum day, megabytes. Handing the same Application (its renderer,
 * its canvas, its compiled programs) to the next microscope compiles nothing again.
 *
 * An Application is handed on only to a microscope asking for the same renderer settings; a
 * different request destroys the kept one (with pixi's global pools, which a new
 * renderer must not inherit half-used).
 */
import { Application, type ApplicationOptions, type Container } from 'pixi.js';
import { leftovers, tidyKeptApp, type Leftovers } from './kept-app-tidy';
import { forgetLiftedPointers, pointerRecords } from './lifted-pointers';

let kept: { app: Application; key: string } | null = null;
/** The settings each Application was made with. */
const keys = new WeakMap<Application, string>();
/** What stops each Application's forgetting of lifted pointers (see lifted-pointers.ts). */
const stops = new WeakMap<Application, () => void>();
/** Applications not yet destroyed. */
const live = new Set<Application>();

const keyOf = (o: Partial<ApplicationOptions>): string =>
  JSON.stringify([o.preference, o.antialias, o.resolution, o.background]);

/** The kept Application when its settings match `options` (resized to them), else a new one. */
export async function takeApp(options: Partial<ApplicationOptions>): Promise<Application> {
  const key = keyOf(options);
  if (kept && kept.key === key) {
    const { app } = kept;
    kept = null;
    app.renderer.resize(options.width ?? app.screen.width, options.height ?? app.screen.height);
    return app;
  }
  release();
  const app = new Application();
  await app.init(options);
  keys.set(app, key);
  stops.set(app, forgetLiftedPointers(app));
  live.add(app);
  return app;
}

/** Keeps `app` (its stage already emptied) for the next microscope, its canvas taken out of the page. */
export function keepApp(app: Application): void {
  const key = keys.get(app);
  if (key === undefined || kept !== null) {
    dropApp(app);
    return;
  }
  tidyKeptApp(app);
  app.canvas.remove();
  kept = { app, key };
}

/** Destroys the kept Application, if any. */
function release(): void {
  if (kept) dropApp(kept.app);
  kept = null;
}

/** Destroys `app` instead of keeping it. */
export function dropApp(app: Application): void {
  stops.get(app)?.();
  stops.delete(app);
  live.delete(app);
  app.destroy({ removeView: true, releaseGlobalResources: true }, { children: true });
}

/** pixi's pointer records in the live Applications (for tests: a lifted touch leaves none). */
export function pointerRecordCount(): number {
  let n = 0;
  for (const app of live) n += Object.keys(pointerRecords(app)).length;
  return n;
}

/** What the live Applications still hold of closed microscopes (for tests: nothing once one closes). */
export function leftoversOfLiveApps(): Leftovers {
  const sum: Leftovers = { deadEntries: 0, pendingUpdates: 0, measures: 0 };
  for (const app of live) {
    const l = leftovers(app);
    sum.deadEntries += l.deadEntries;
    sum.pendingUpdates += l.pendingUpdates;
    sum.measures += l.measures;
  }
  return sum;
}

/** The stages of the live Applications (for tests: what a closed microscope drew must be collectable). */
export function liveStages(): Container[] {
  return [...live].map((app) => app.stage);
}
