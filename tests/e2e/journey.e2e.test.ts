// A new player's journey through the moth world (the Lab's moths on bark), in real Chromium: be the bird for three
// generations, train the survivor, hand it back to evolution, edit a gene, and push the learning
// rate until it explodes — shown and recovered. Zero console errors throughout; screenshots saved.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { creatureIds, family, point, state, until } from './inspect';
import { canvasVariance, sameImage } from './pixels';

describe('journey: one creature, two modes', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 1366, height: 768 });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('you are the bird: three generations by tapping moths', async () => {
    await s.page.getByRole('button', { name: 'Lab', exact: true }).click();
    await s.page.locator('#level-lab-pattern-bark').click();
    await until(s.page, (st) => st.scene === 'play' && st.bestFitness !== null);
    await s.page.waitForTimeout(800);
    await screenshot(s.page, 'play-moths-evolve');
    expect(await canvasVariance(s.page, '#game canvas')).toBeGreaterThan(50);
    expect(await canvasVariance(s.page, '#microscope canvas')).toBeGreaterThan(20);
    for (let g = 1; g <= 3; g++) {
      await s.page.waitForTimeout(400); // the moths flutter in
      const ids = await creatureIds(s.page);
      for (const id of ids.slice(0, 4)) {
        const p = await point(s.page, 'creaturePoint', id);
        expect(p).not.toBeNull();
        await s.page.mouse.click(p!.x, p!.y);
      }
      await s.page.getByText('Eaten: 4').waitFor();
      await s.page.getByRole('button', { name: 'Next generation' }).click();
      await until(s.page, (st) => st.generation === g);
      // The eaten moths are gone and left no young: every newborn's parent is a survivor.
      const next = await creatureIds(s.page);
      for (const id of next) {
        expect(ids.slice(0, 4)).not.toContain(id);
        if (ids.includes(id)) continue;
        const line = await family(s.page, id);
        expect(ids.slice(4)).toContain(line[1]?.id ?? -1);
      }
    }
    expect(s.errors).toEqual([]);
  });

  it('switches to training: 50 steps, the loss falls', async () => {
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    const first = await until(s.page, (st) => st.step === 1 && st.loss !== null);
    for (let k = 1; k < 50; k++) await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    const last = await until(s.page, (st) => st.step >= 50);
    expect(last.loss!).toBeLessThan(first.loss!);
    await s.page.waitForTimeout(500);
    await screenshot(s.page, 'play-moths-train');
    expect(s.errors).toEqual([]);
  });

  it('switches back: the new population descends from the trained creature', async () => {
    await s.page.getByRole('button', { name: 'Evolve', exact: true }).click();
    await until(s.page, (x) => x.mode === 'evolve');
    const ids = await creatureIds(s.page);
    for (const id of ids) {
      const events = (await family(s.page, id)).map((r) => r.event);
      expect(events).toContain('training');
    }
    expect(s.errors).toEqual([]);
  });

  it('gene editing: drag a weight in the brain view and the creature changes', async () => {
    await s.page.waitForTimeout(500);
    const before = await s.page.locator('#game canvas').screenshot();
    const focus = (await state(s.page)).creatureId!;
    const p = await point(s.page, 'genePoint', 0);
    expect(p).not.toBeNull();
    await s.page.mouse.move(p!.x, p!.y);
    await s.page.mouse.down();
    for (let k = 1; k <= 8; k++) await s.page.mouse.move(p!.x, p!.y - 12 * k);
    await s.page.mouse.up();
    const edited = await until(s.page, (st) => st.creatureId !== focus);
    const events = (await family(s.page, edited.creatureId!)).map((r) => r.event);
    expect(events[0]).toBe('edit');
    await s.page.waitForTimeout(600);
    const after = await s.page.locator('#game canvas').screenshot();
    expect(sameImage(before, after)).toBe(false);
    await screenshot(s.page, 'play-gene-edit');
    expect(s.errors).toEqual([]);
  });

  /**
   * The learning-rate slider to its maximum (End) or minimum (Home) by keyboard, again if the training
   * controls were still being laid out when it took focus: on a busy machine the key could land
   * elsewhere.
   */
  async function rateToEnd(key: 'End' | 'Home'): Promise<void> {
    const rate = s.page.locator('#learning-rate');
    const atEnd = (): Promise<boolean> =>
      rate.evaluate((e, k) => {
        const input = e as HTMLInputElement;
        return input.value === (k === 'End' ? input.max : input.min);
      }, key);
    for (let tries = 0; tries < 10; tries++) {
      await rate.focus();
      await s.page.keyboard.press(key);
      if (await atEnd()) break;
      await s.page.waitForTimeout(200);
    }
    expect(await atEnd()).toBe(true);
  }

  it('maximum learning rate: the explosion is shown and the last good creature comes back', async () => {
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    // The slider to its maximum by keyboard.
    await rateToEnd('End');
    for (let k = 0; k < 40; k++) {
      await s.page.getByRole('button', { name: 'Step', exact: true }).click();
      if ((await state(s.page)).status === 'diverged') break;
    }
    const st = await until(s.page, (x) => x.status === 'diverged');
    expect(st.loss === null || Number.isFinite(st.loss)).toBe(true);
    await s.page.getByRole('alert').waitFor();
    await screenshot(s.page, 'play-explosion');
    // Lower the rate again: training goes on from the restored creature.
    await rateToEnd('Home');
    await s.page.getByRole('button', { name: 'Step', exact: true }).click();
    await until(s.page, (x) => x.status === 'idle');
    expect(s.errors).toEqual([]);
  });
});
