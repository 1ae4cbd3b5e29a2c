/**
 * What a kept pixi Application forgets when its microscope closes (spare-app.ts keeps one for the
 * page's lifetime), so that nothing of a closed level, and nothing that grows visit by visit,
 * stays in it while a kiosk plays its attract loop all day.
 *
 * pixi keeps, in a renderer that lives on:
 * - the stage's lists of what to update on the next frame, and the instructions of the last frame
 *   past the current count: a closed microscope's destroyed views stay listed there (and alive,
 *   with everything they hold) until frames overwrite them;
 * - dictionaries keyed by object id or by text (its managed graphics and texts, the text textures in
 *   use) whose entries become null when released but whose keys are never deleted, and entries for
 *   Graphics destroyed after their last frame, which only its own collector (every 30 s of a running
 *   ticker, never between visits) would unload;
 * - a text-measure cache keyed by the words measured: a kiosk shows new numbers all day (losses,
 *   weights, generations), so it fills with the numbers of visitors long gone, up to 1,000.
 * So: one frame of the empty stage, then the lists' slots and the stale instructions cleared; the
 * dictionaries rebuilt with their live entries only; the measure cache emptied (the next microscope
 * measures its labels again, once).
 */
import { CanvasTextMetrics, type Application } from 'pixi.js';

type Dict = Record<string, unknown>;
interface HashEntry {
  context: Dict;
  hash: string;
}
interface UpdateList {
  list: unknown[];
  index: number;
}

/** What the kept Application still holds of closed microscopes (all 0 after `tidyKeptApp`). */
export interface Leftovers {
  /** Entries of released or destroyed objects in the renderer's dictionaries. */
  deadEntries: number;
  /** Objects listed for an update on the stage's next frame, and instructions left from the last. */
  pendingUpdates: number;
  /** Texts in pixi's measure cache. */
  measures: number;
}

/** The renderer's dictionaries whose released entries stay as null keys. */
function dictionaries(app: Application): { owner: Dict; key: string }[] {
  const found: { owner: Dict; key: string }[] = [];
  const gc = Reflect.get(app.renderer, 'gc') as unknown as { _managedResourceHashes?: HashEntry[] } | undefined;
  for (const { context, hash } of gc?._managedResourceHashes ?? []) found.push({ owner: context, key: hash });
  for (const system of ['canvasText', 'htmlText']) {
    const texts = Reflect.get(app.renderer, system) as Dict | undefined;
    if (texts && typeof texts._activeTextures === 'object' && texts._activeTextures !== null) {
      found.push({ owner: texts, key: '_activeTextures' });
    }
  }
  return found;
}

const isDead = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'object' && (v as { destroyed?: boolean }).destroyed === true);

interface Group {
  childrenToUpdate?: Record<string, UpdateList> | null;
  childrenRenderablesToUpdate?: UpdateList | null;
  instructionSet?: { instructions: unknown[]; instructionSize: number } | null;
}

const groupOf = (app: Application): Group | null => app.stage.renderGroup;

function updateLists(app: Application): UpdateList[] {
  const group = groupOf(app);
  if (!group) return [];
  const lists = Object.values(group.childrenToUpdate ?? {});
  if (group.childrenRenderablesToUpdate) lists.push(group.childrenRenderablesToUpdate);
  return lists;
}

const measureCache = (): { size: number; clear(): void } | undefined =>
  Reflect.get(CanvasTextMetrics, '_measurementCache') as { size: number; clear(): void } | undefined;

/** Forgets what `app` holds of the microscope just closed (its stage already emptied). */
export function tidyKeptApp(app: Application): void {
  app.render();
  for (const { owner, key } of dictionaries(app)) {
    const old = owner[key] as Dict;
    const live: Dict = Object.create(null) as Dict;
    for (const k in old) if (!isDead(old[k])) live[k] = old[k];
    owner[key] = live;
  }
  // Rendering nothing leaves the lists' slots and the last frame's instructions set: pixi reads
  // them only up to their index.
  for (const u of updateLists(app)) u.list.fill(null);
  const set = groupOf(app)?.instructionSet;
  if (set) set.instructions.length = set.instructionSize;
  measureCache()?.clear();
}

/** What `app` still holds of closed microscopes (for tests). */
export function leftovers(app: Application): Leftovers {
  let deadEntries = 0;
  for (const { owner, key } of dictionaries(app)) {
    const d = owner[key] as Dict;
    for (const k in d) if (isDead(d[k])) deadEntries++;
  }
  let pendingUpdates = 0;
  for (const u of updateLists(app)) pendingUpdates += u.list.filter((x) => x !== null && x !== undefined).length;
  const set = groupOf(app)?.instructionSet;
  if (set) pendingUpdates += set.instructions.length - set.instructionSize;
  return { deadEntries, pendingUpdates, measures: measureCache()?.size ?? 0 };
}
