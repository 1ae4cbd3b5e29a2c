// The level experiments in a Lab world: a base edit changes the creature, the bases-per-weight slider
// squeezes the DNA, a frozen layer keeps its genes while the others learn. Screenshots of each card.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot, type Session } from './browser';
import { state, until } from './inspect';
import { sameImage } from './pixels';

/** The codon letters of `count` genes from the one shown, walking with the ▶ button (in one page call). */
function readCodons(page: Page, count: number): Promise<string[]> {
  return page.evaluate((n) => {
    const out: string[] = [];
    const next = document.querySelector<HTMLButtonElement>('#exp-gene-next');
    for (let i = 0; i < n; i++) {
      out.push(Array.from(document.querySelectorAll('.exp-base'), (b) => b.textContent).join(''));
      next?.click();
    }
    return out;
  }, count);
}

async function cardShot(page: Page, selector: string, name: string): Promise<void> {
  await page.locator(selector).screenshot({ path: `test-output/e2e/${name}.png` });
}

describe('level experiments (Lab: moths on bark)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 1366, height: 768 });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Lab' }).click({ timeout: 30_000 });
    await s.page.locator('#level-lab-pattern-bark').click();
    await until(s.page, (x) => x.scene === 'play' && x.levelId === 'lab-pattern-bark' && x.bestFitness !== null);
    await s.page.locator('#experiments').waitFor();
    await s.page.waitForTimeout(1000);
  });
  afterAll(async () => {
    await s.close();
  });

  it('shows its cards beside the arena', async () => {
    await screenshot(s.page, 'experiments-panel');
    for (const id of ['#exp-squeeze', '#exp-dna-edit', '#exp-tally-card', '#exp-forget', '#exp-inherit']) {
      expect(await s.page.locator(id).isVisible()).toBe(true);
    }
    // Every button and slider of the panel is a touch target of at least 48 px.
    const small = await s.page.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('#experiments button, #experiments input'))
          .filter((b) => b.offsetParent !== null)
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.width < 48 || r.height < 48).length,
    );
    expect(small).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('a base edit changes the creature at once and is counted', async () => {
    const focus = (await state(s.page)).creatureId!;
    const a = await s.page.locator('#game canvas').screenshot();
    await s.page.waitForTimeout(300);
    const b = await s.page.locator('#game canvas').screenshot();
    expect(sameImage(a, b)).toBe(true); // the arena is still: a difference below is the edit's
    const first = s.page.locator('#exp-base-0');
    const letter = await first.textContent();
    await first.focus();
    await s.page.keyboard.press(letter === 'T' ? 'a' : 't');
    await until(s.page, (st) => st.creatureId !== focus);
    expect(await first.textContent()).toBe(letter === 'T' ? 'A' : 'T');
    await s.page.waitForTimeout(400);
    const after = await s.page.locator('#game canvas').screenshot();
    expect(sameImage(b, after)).toBe(false);
    expect(await s.page.locator('#exp-tally-count').textContent()).toContain('1');
    await s.page.locator('#exp-base-2').click();
    await s.page.getByRole('button', { name: 'Try 20 random mutations' }).click();
    expect(await s.page.locator('#exp-tally-count').textContent()).toContain('22');
    await cardShot(s.page, '#exp-dna-edit', 'experiments-base-edit');
    await cardShot(s.page, '#exp-tally-card', 'experiments-tally');
    expect(s.errors).toEqual([]);
  });

  it('the bases-per-weight slider squeezes the DNA: genome bytes and fitness follow', async () => {
    const before = (await state(s.page)).bestFitness!;
    expect(await s.page.locator('#genome-size').textContent()).toBe('Genome: 98.25 bytes');
    expect(await s.page.locator('#learned-size').textContent()).toBe('Picture it learned: 768 bytes');
    await s.page.locator('#bases-per-weight').focus();
    await s.page.keyboard.press('ArrowLeft');
    await s.page.keyboard.press('ArrowLeft');
    await until(s.page, (st) => st.bestFitness !== before);
    expect(await s.page.locator('#genome-size').textContent()).toBe('Genome: 32.75 bytes');
    expect(await s.page.locator('.exp-base').count()).toBe(1);
    await s.page.waitForTimeout(400);
    await cardShot(s.page, '#exp-squeeze', 'experiments-squeeze-k1');
    await screenshot(s.page, 'experiments-squeezed');
    const squeezed = (await state(s.page)).bestFitness!;
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    // Back at 3 bases (a codon again): squeezed from the genomes as they were, so close to where it started.
    await s.page.locator('.exp-base').nth(2).waitFor();
    const back = await until(s.page, (st) => st.bestFitness !== squeezed);
    expect(Math.abs(back.bestFitness! - before)).toBeLessThan(0.01);
    expect(s.errors).toEqual([]);
  });

  it('a frozen layer keeps every gene while training changes the others', async () => {
    await s.page.getByRole('button', { name: 'Train', exact: true }).click();
    await until(s.page, (st) => st.mode === 'train');
    await s.page.locator('#exp-freeze-0').click();
    expect(await s.page.locator('#exp-freeze-0').getAttribute('aria-pressed')).toBe('true');
    // Gene 1 … 131: layer 1 is genes 1–32 (24 weights, 8 biases), the last layer the last 27.
    while ((await s.page.locator('#exp-gene').textContent()) !== 'Gene 1 of 131') {
      await s.page.locator('#exp-gene-next').click();
    }
    const before = await readCodons(s.page, 131);
    for (let k = 0; k < 15; k++) await s.page.locator('#train-step').click();
    await until(s.page, (st) => st.step >= 15);
    const after = await readCodons(s.page, 131);
    expect(after.slice(0, 32)).toEqual(before.slice(0, 32));
    expect(after.slice(32)).not.toEqual(before.slice(32));
    await cardShot(s.page, '#exp-forget', 'experiments-freeze');
    expect(s.errors).toEqual([]);
  });

  it('the inheritance choice and the race of all three', async () => {
    await s.page.getByRole('button', { name: 'Evolve', exact: true }).click();
    await until(s.page, (st) => st.mode === 'evolve');
    await s.page.locator('#exp-inherit-baldwinian').click();
    expect(await s.page.locator('#exp-inherit-baldwinian').getAttribute('aria-pressed')).toBe('true');
    await s.page.locator('#exp-inherit-go').click();
    await s.page.waitForFunction(() => document.querySelectorAll('#exp-inherit polyline').length === 3, null, {
      timeout: 20_000,
    });
    await s.page.waitForTimeout(2000);
    await cardShot(s.page, '#exp-inherit', 'experiments-inheritance');
    expect(s.errors).toEqual([]);
  });
});
