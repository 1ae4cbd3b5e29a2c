/** The `?inspect` API from the browser tests' side: state, creature and gene positions, family lines. */
import type { Page } from 'playwright-core';
import type { InspectState } from '../../src/app/inspect';
import { openBrowser, type Session } from './browser';

export type State = InspectState;

type Query = 'creatureIds' | 'creaturePoint' | 'genePoint' | 'familyLine' | 'state';

/** Calls window.weightlings[name](arg) in the page. */
function api<T>(page: Page, name: Query, arg = 0): Promise<T> {
  return page.evaluate(
    ([n, a]) => (window as unknown as { weightlings: Record<string, (x: number) => unknown> }).weightlings[n]!(a) as T,
    [name, arg] as const,
  );
}

export const state = (page: Page): Promise<State> => api<State>(page, 'state');
export const creatureIds = (page: Page): Promise<number[]> => api<number[]>(page, 'creatureIds');
export const point = (
  page: Page,
  name: 'creaturePoint' | 'genePoint',
  a: number,
): Promise<{ x: number; y: number; r?: number } | null> => api(page, name, a);
export const family = (page: Page, id: number): Promise<{ id: number; event: string }[]> => api(page, 'familyLine', id);

/** Polls the game's state until `test` holds. */
export async function until(page: Page, test: (s: State) => boolean, timeout = 30_000): Promise<State> {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await state(page);
    if (test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out; last state ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

/** The plain worlds (one per task), no longer on a map: opened by the address (`?level=`). */
const PLAIN_WORLDS = ['pattern', 'forage', 'sort'];

/**
 * A fresh browser on the title screen, then the world `levelId` (a Lab world "lab-…" through Lab,
 * a campaign level through Play, a plain world by `?level=`), its first generation shown.
 */
export async function openLevel(
  baseUrl: string,
  levelId: string,
  size = { width: 1366, height: 768 },
  /** More of the page address, e.g. "renderer=webgl". */
  query = '',
): Promise<Session> {
  const s = await openBrowser(size);
  const more = query ? `&${query}` : '';
  if (PLAIN_WORLDS.includes(levelId)) {
    await s.page.goto(`${baseUrl}?inspect${more}&level=${levelId}`);
    await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
    return s;
  }
  await s.page.goto(`${baseUrl}?inspect${more}`);
  await s.page
    .getByRole('button', { name: levelId.startsWith('lab-') ? 'Lab' : 'Play', exact: true })
    .click({ timeout: 30_000 });
  await s.page.locator(`#level-${levelId}`).click();
  await s.page.getByRole('button', { name: 'Next generation' }).waitFor({ timeout: 30_000 });
  return s;
}

/** On the play screen: one generation bred, then to Train and one step taken. */
export async function breedThenStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next generation' }).click();
  await until(page, (x) => x.generation >= 1);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await until(page, (x) => x.mode === 'train');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await until(page, (x) => x.step >= 1);
}
