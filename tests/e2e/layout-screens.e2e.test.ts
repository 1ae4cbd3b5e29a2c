// The screens around play, at the sizes they are used at, in one page: the title's settings dialog on a
// phone held sideways opens at its top on its first control; the title's drifting creatures keep clear
// of its words and buttons (also after a resize); the class arena keeps its world beside the class panel
// on a 4:3 tablet; and in a natural-selection level a tap says what it does (it only looks).
// Screenshots are saved.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { creatureIds, point, until } from './inspect';
import { auditLayout } from './layoutAudit';

// One page for the screens around play: the title and its settings dialog, the class arena, a first level.
describe('around play (one browser)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 844, height: 390, touch: true });
  });
  afterAll(async () => {
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the title at 844×390: the settings dialog opens at its top and scrolls inside itself: its heading and every control, Close too, are reachable', async () => {
    await s.page.setViewportSize({ width: 844, height: 390 });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Settings' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.waitFor();
    // It opens at its top, on its first control: the heading on screen without scrolling, and it can scroll.
    const opened = await dialog.evaluate((d) => ({
      scrollTop: d.scrollTop,
      scrolls: d.scrollHeight > d.clientHeight,
      headingTop: d.querySelector('h2')!.getBoundingClientRect().top,
      focused: document.activeElement?.id ?? '',
      focusedInside: d.contains(document.activeElement),
      firstControl: d.querySelector('button, input')?.id ?? '',
    }));
    expect(opened).toMatchObject({ scrollTop: 0, scrolls: true, focusedInside: true });
    expect(opened.focused).toBe(opened.firstControl);
    expect(opened.headingTop).toBeGreaterThanOrEqual(0);
    const focusedBox = await s.page.evaluate(() => document.activeElement!.getBoundingClientRect().bottom);
    expect(focusedBox).toBeLessThanOrEqual(390);
    // A setting changed keeps the player where they were (focus on that control, not thrown to Close).
    await s.page.locator('#settings-motion').click();
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('settings-motion');
    await s.page.locator('#settings-motion').click();
    const audit = await auditLayout(s.page, { checkArena: false });
    expect(audit.problems).toEqual([]);
    const close = dialog.getByRole('button', { name: 'Close' });
    await close.scrollIntoViewIfNeeded();
    const closeBox = await close.boundingBox();
    expect(closeBox!.y + closeBox!.height).toBeLessThanOrEqual(390);
    await dialog.getByRole('heading').first().scrollIntoViewIfNeeded();
    const box = await dialog.getByRole('heading').first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await screenshot(s.page, 'layout-phone-settings');
    expect(s.errors).toEqual([]);
  });

  it('the title: its drifting creatures keep clear of its words and buttons, also after a resize', async () => {
    await s.page.setViewportSize({ width: 1024, height: 768 });
    await s.page.goto(`${inject('baseUrl')}?inspect`);
    await s.page.getByRole('button', { name: 'Lab' }).waitFor({ timeout: 30_000 });
    await until(s.page, (st) => st.scene === 'title');
    const overlaps = (): Promise<string[]> =>
      s.page.evaluate(() => {
        const w = (window as unknown as { weightlings: Record<string, (x: number) => unknown> }).weightlings;
        const boxes = [...document.querySelectorAll('#ui h1, #ui p, #ui button')].map((n): [string, DOMRect] => [
          n.id || n.textContent || n.tagName,
          n.getBoundingClientRect(),
        ]);
        const bad: string[] = [];
        for (const id of w.creatureIds!(0) as number[]) {
          const p = w.creaturePoint!(id) as { x: number; y: number; r: number };
          for (const [name, b] of boxes) {
            // The nearest point of the box to the creature's centre lies inside its body: they overlap.
            const dx = Math.max(b.left - p.x, 0, p.x - b.right);
            const dy = Math.max(b.top - p.y, 0, p.y - b.bottom);
            if (dx * dx + dy * dy < p.r * p.r) bad.push(`creature ${id} over ${name}`);
          }
        }
        return bad;
      });
    expect((await creatureIds(s.page)).length).toBeGreaterThan(4);
    for (const size of [
      { width: 1024, height: 768 },
      { width: 844, height: 390 },
      { width: 1920, height: 1080 },
    ]) {
      await s.page.setViewportSize(size);
      await s.page.waitForTimeout(600);
      for (let i = 0; i < 8; i++) {
        expect(await overlaps(), `${size.width}×${size.height}`).toEqual([]);
        await s.page.waitForTimeout(250);
      }
      await screenshot(s.page, `layout-title-${size.width}`);
    }
    expect(s.errors).toEqual([]);
  });

  it('the class arena at 1024×768 (4:3) keeps the world beside the class panel, every control on screen', async () => {
    await s.page.setViewportSize({ width: 1024, height: 768 });
    await s.page.goto(`${inject('baseUrl')}?inspect&teacher`);
    await s.page.locator('#class-arena').click({ timeout: 30_000 });
    await until(s.page, (st) => st.scene === 'classarena');
    await s.page.locator('#arena-start').waitFor();
    await s.page.waitForTimeout(500);
    await screenshot(s.page, 'layout-class-arena-tablet');
    const audit = await auditLayout(s.page);
    expect(audit.problems).toEqual([]);
    expect(audit.arena.width).toBeGreaterThanOrEqual(600);
    expect(audit.arena.height).toBeGreaterThanOrEqual(600);
    const panel = (await s.page.locator('.arena-panel').boundingBox())!;
    const arena = (await s.page.locator('#game canvas').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(arena.x + arena.width - 1);
    // The contest's button is on screen without scrolling the panel.
    const start = (await s.page.locator('#arena-start').boundingBox())!;
    expect(start.y + start.height).toBeLessThanOrEqual(768);
    expect(s.errors).toEqual([]);
  });

  it('a tap with natural selection only looks: it says so, never "chosen", and looks at one creature at a time', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.goto(`${inject('baseUrl')}?inspect&teacher&level=hello-weightling`);
    await s.page.getByRole('button', { name: 'Start' }).click({ timeout: 30_000 });
    await until(s.page, (st) => st.scene === 'play' && st.card === null && st.bestFitness !== null);
    await s.page.waitForTimeout(600); // the moths flutter in
    const ids = await creatureIds(s.page);
    const radius = async (id: number): Promise<number> => (await point(s.page, 'creaturePoint', id))!.r!;
    const size = await radius(ids[0]!);
    for (const id of ids.slice(0, 3)) {
      const p = await point(s.page, 'creaturePoint', id);
      await s.page.mouse.click(p!.x, p!.y);
      await s.page.waitForTimeout(300);
      expect(await s.page.locator('#hint').textContent()).toBe(
        'You are looking at one creature. Fitness picks the parents.',
      );
      // A moth only looked at is not eaten: it keeps its size.
      expect(await radius(id)).toBeCloseTo(size, 0);
    }
    expect(await s.page.locator('body').textContent()).not.toMatch(/chosen|eaten/);
    await screenshot(s.page, 'layout-natural-tap');
    expect(s.errors).toEqual([]);
  });

  it('a tap in the moth world eats the moth (it says so), and a second tap brings it back at its own size', async () => {
    await s.page.goto(`${inject('baseUrl')}?inspect&level=lab-pattern-bark`);
    await until(s.page, (st) => st.scene === 'play' && st.bestFitness !== null);
    await s.page.waitForTimeout(600); // the moths flutter in
    const [id] = await creatureIds(s.page);
    const at = (await point(s.page, 'creaturePoint', id!))!;
    await s.page.mouse.click(at.x, at.y);
    await s.page.waitForTimeout(400);
    expect(await s.page.locator('#hint').textContent()).toBe('Eaten: 1');
    const eaten = (await point(s.page, 'creaturePoint', id!))!;
    expect(eaten.r).toBeLessThan(at.r! * 0.8);
    await s.page.mouse.click(at.x, at.y);
    await s.page.waitForTimeout(400);
    expect(await s.page.locator('#hint').textContent()).toBe('You are the bird: tap the moths you can see.');
    const back = (await point(s.page, 'creaturePoint', id!))!;
    expect(back.r).toBeCloseTo(at.r!, 0);
  });
});
