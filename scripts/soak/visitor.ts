/**
 * A museum visitor for the kiosk soak: taps the attract screen (sometimes a language first), maybe
 * goes back to the map and picks a level, then plays — taps creatures, next generation, natural
 * selection, Turbo, Train with Step and Run, a gene in the microscope (tapped or dragged), "Take it
 * home" — with real touch input (CDP touch events, as a finger), and then walks away.
 *
 * What the visitor does is drawn from a seeded Rng before the visit starts (`planVisit`), so a
 * `--seed` replays the same visits; only which creature is under a finger depends on the game.
 * The pauses between touches stay below the kiosk's idle warning; if the game is slow and the
 * "Still there?" countdown shows anyway, the visitor taps "Keep playing", as a child would.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { InspectState } from '../../src/app/inspect';
import type { Rng } from '../../src/core/rng';
import type { Step, VisitPlan } from './plan';

export interface VisitLog {
  readonly route: VisitPlan['route'];
  readonly level: string | null;
  /** Steps done, in order ("next", "turbo", "gene-drag"…). */
  readonly done: readonly string[];
  /** Steps the screen did not offer (a control the level has not opened). */
  readonly skipped: number;
  /** Times the countdown showed during the visit and the visitor tapped "Keep playing". */
  readonly keptPlaying: number;
  /** performance-independent wall time of the last touch (Date.now()). */
  readonly lastTouch: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class Visitor {
  private lastTouch = Date.now();
  private keptPlaying = 0;
  /** Taps repeated because the screen had not answered the first within 3 s. */
  private retaps = 0;

  constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly rng: Rng,
    /** Told each tap, for `--trace`. */
    private readonly trace?: (what: string) => void,
  ) {}

  state(): Promise<InspectState> {
    return this.page.evaluate(() =>
      (window as unknown as { weightlings: { state(): InspectState } }).weightlings.state(),
    );
  }

  async until(test: (s: InspectState) => boolean, timeoutMs: number, what: string): Promise<InspectState> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.state();
      if (test(s)) return s;
      if (Date.now() > end)
        throw new Error(`visitor: waited ${timeoutMs} ms for ${what}; last state ${JSON.stringify(s)}`);
      await sleep(100);
    }
  }

  /** One finger tap at a page point. */
  private async tapAt(x: number, y: number): Promise<void> {
    this.trace?.(`touch ${Math.round(x)},${Math.round(y)}`);
    await this.page.touchscreen.tap(x, y);
    this.lastTouch = Date.now();
  }

  /**
   * Taps a visible, enabled element somewhere near its middle; false when the screen does not offer
   * it. A countdown on screen (a slow game made a pause too long) is answered first: the visitor's
   * finger would otherwise land on it.
   */
  async tap(selector: string): Promise<boolean> {
    let seen = await this.look(selector);
    if (seen.warning && !selector.startsWith('#kiosk-')) {
      await this.answerCountdown();
      seen = await this.look(selector);
    }
    const box = seen.box;
    this.trace?.(`tap ${selector}${box ? '' : ' (not offered)'}`);
    if (!box) return false;
    const jitter = (): number => this.rng.range(-0.25, 0.25);
    await this.tapAt(box.x + box.width * (0.5 + jitter()), box.y + box.height * (0.5 + jitter()));
    return true;
  }

  /**
   * One look at the screen (one round trip: a busy page answers slowly): where the element is if it
   * is shown and enabled, and whether the countdown is up.
   */
  private look(
    selector: string,
  ): Promise<{ box: { x: number; y: number; width: number; height: number } | null; warning: boolean }> {
    return this.page.evaluate((sel) => {
      const w = window as unknown as { weightlings: { state(): InspectState } };
      const warning = w.weightlings.state().kiosk === 'warning';
      const e = document.querySelector(sel);
      if (!(e instanceof HTMLElement) || (e instanceof HTMLButtonElement && e.disabled)) return { box: null, warning };
      const r = e.getBoundingClientRect();
      const shown = r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      return { box: shown ? { x: r.x, y: r.y, width: r.width, height: r.height } : null, warning };
    }, selector);
  }

  /** A finger put down, moved in a few steps and lifted (a gene's weight dragged). */
  private async drag(x: number, y: number, dx: number, dy: number): Promise<void> {
    const point = (fx: number, fy: number): { x: number; y: number }[] => [{ x: fx, y: fy }];
    this.trace?.(`drag ${Math.round(x)},${Math.round(y)} by ${Math.round(dy)}`);
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
    for (let i = 1; i <= 6; i++) {
      await this.cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: point(x + (dx * i) / 6, y + (dy * i) / 6),
      });
      await sleep(30);
    }
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    this.lastTouch = Date.now();
  }

  /** If the countdown shows, "Keep playing" (waiting for its button to appear, tapping again if needed). */
  private async answerCountdown(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const seen = await this.look('#kiosk-keep-playing');
      if (!seen.warning) return;
      if (seen.box && (await this.tap('#kiosk-keep-playing'))) this.keptPlaying++;
      await sleep(seen.box ? 1500 : 250);
    }
  }

  /** Between steps: the countdown answered; a closing card (a star was won) put away to keep playing. */
  private async stayIn(): Promise<void> {
    await this.answerCountdown();
    if ((await this.state()).card === 'closing-card') {
      if (!(await this.tap('#card-keep-going'))) await this.tap('#card-replay');
    }
  }

  /** The play screen's controls are there (the scene reports 'play' a moment before they are). */
  private async controlsShown(): Promise<void> {
    await this.page.locator('#next-generation, #train-step').first().waitFor({ timeout: 30_000 });
  }

  /** The whole visit, from the attract screen to the last touch. Throws when the game does not answer. */
  async visit(plan: VisitPlan): Promise<VisitLog> {
    const done: string[] = [];
    let skipped = 0;
    this.keptPlaying = 0;
    this.retaps = 0;
    await sleep(plan.attractMs);
    if (plan.language && (await this.tap(`#kiosk-lang-${plan.language}`))) done.push(`lang-${plan.language}`);
    const inPlay = (s: InspectState): boolean => s.scene === 'play' && s.kiosk !== 'attract';
    if (!(await this.tapUntil('#kiosk-touch', inPlay, 'the start level'))) {
      throw new Error('visitor: no "touch to play" on the attract screen');
    }
    await this.controlsShown();
    if (plan.route !== 'start') await this.chooseLevel(plan.route, done);
    for (const step of plan.steps) {
      await this.stayIn();
      if ((await this.state()).scene !== 'play') break;
      if (await this.perform(step)) done.push(step.kind === 'gene' && step.drag ? 'gene-drag' : step.kind);
      else skipped++;
      await sleep(step.pauseMs);
    }
    await this.stayIn();
    const end = await this.state();
    if (end.kiosk === 'attract') throw new Error(`visitor: the kiosk went back to the attract loop during the visit`);
    const level = end.levelId;
    if (this.retaps > 0) done.push(`(retaps ${this.retaps})`);
    if (this.keptPlaying > 0) done.push(`(countdowns ${this.keptPlaying})`);
    if (skipped > 0) done.push(`(not offered ${skipped})`);
    return { route: plan.route, level, done, skipped, keptPlaying: this.keptPlaying, lastTouch: this.lastTouch };
  }

  /**
   * After the last touch: nobody touches until the idle reset brings the attract loop back (once,
   * if the plan says so, "Keep playing" in the countdown first). `resetMs` runs from the last touch.
   */
  async walkAway(
    plan: VisitPlan,
    timeoutMs: number,
  ): Promise<{ reached: boolean; resetMs: number | null; keptPlaying: boolean; state: InspectState }> {
    let renewed = !plan.keepPlayingAtCountdown;
    let keptPlaying = false;
    let end = this.lastTouch + timeoutMs;
    for (;;) {
      const s = await this.state();
      if (s.kiosk === 'warning' && !renewed && (await this.tap('#kiosk-keep-playing'))) {
        renewed = keptPlaying = true;
        end = this.lastTouch + timeoutMs;
      }
      if (s.kiosk === 'attract' && s.scene === 'attract' && (await this.page.locator('#kiosk-touch').isVisible())) {
        return { reached: true, resetMs: Date.now() - this.lastTouch, keptPlaying, state: s };
      }
      if (Date.now() > end) return { reached: false, resetMs: null, keptPlaying, state: s };
      await sleep(100);
    }
  }

  /**
   * Taps, then taps again every 3 s while nothing happens (as a child does when a screen is slow;
   * it also keeps the idle timer from running out), until `test` holds. False when the screen does
   * not offer the element; throws when the game never answers or the kiosk went back to attract.
   */
  private async tapUntil(
    selector: string,
    test: (s: InspectState) => boolean,
    what: string,
    timeoutMs = 30_000,
  ): Promise<boolean> {
    if (!(await this.tap(selector))) return false;
    const end = Date.now() + timeoutMs;
    let again = Date.now() + 3000;
    for (;;) {
      const s = await this.state();
      if (test(s)) return true;
      if (s.kiosk === 'attract' && s.scene === 'attract' && selector !== '#kiosk-touch') {
        throw new Error(`visitor: the kiosk went back to the attract loop while waiting for ${what}`);
      }
      if (Date.now() > end) {
        throw new Error(`visitor: waited ${timeoutMs} ms for ${what}; last state ${JSON.stringify(s)}`);
      }
      if (Date.now() > again) {
        if (s.kiosk === 'warning') await this.answerCountdown();
        else if (await this.tap(selector)) this.retaps++;
        again = Date.now() + 3000;
      }
      await sleep(100);
    }
  }

  private async chooseLevel(route: 'campaign' | 'lab', done: string[]): Promise<void> {
    if (!(await this.tapUntil('#back', (s) => s.scene === 'levelmap', 'the level map'))) return;
    await sleep(400);
    const playing = (s: InspectState): boolean => s.scene === 'play' && s.card === null && s.levelId !== null;
    if (route === 'campaign') {
      const card = (s: InspectState): boolean => s.card === 'lesson-card';
      if (!(await this.tapUntil('#level-hello-weightling', card, 'the lesson card'))) return;
      await sleep(600);
      await this.tapUntil('#card-start', playing, 'the first level');
      done.push('level-1');
    } else {
      const labMap = async (): Promise<string[]> =>
        this.page.$$eval('[id^="level-lab-"]:not([disabled])', (els) => els.map((e) => e.id));
      if (!(await this.tap('#level-lab'))) return;
      await this.page.locator('[id^="level-lab-"]').first().waitFor({ timeout: 20_000 });
      const ids = await labMap();
      if (ids.length === 0) return;
      await this.tapUntil(`#${ids[this.rng.int(ids.length)]!}`, playing, 'a Lab world');
      done.push('lab');
    }
    await this.controlsShown();
  }

  private async perform(step: Step): Promise<boolean> {
    switch (step.kind) {
      case 'creatures': {
        const ids = await this.page.evaluate(() =>
          (window as unknown as { weightlings: { creatureIds(): number[] } }).weightlings.creatureIds(),
        );
        let tapped = 0;
        for (let i = 0; i < step.count && ids.length > 0; i++) {
          const id = ids.splice(this.rng.int(ids.length), 1)[0]!;
          const p = await this.page.evaluate(
            (n) =>
              (
                window as unknown as { weightlings: { creaturePoint(n: number): { x: number; y: number } | null } }
              ).weightlings.creaturePoint(n),
            id,
          );
          if (!p) continue;
          await this.tapAt(p.x, p.y);
          tapped++;
          await sleep(250);
        }
        return tapped > 0;
      }
      case 'next':
        return this.tap('#next-generation');
      case 'natural':
        return this.tap('#natural');
      case 'turbo':
      case 'run': {
        const id = step.kind === 'turbo' ? '#turbo' : '#train-run';
        if (!(await this.tap(id))) return false;
        await sleep(step.ms);
        await this.tap(id);
        return true;
      }
      case 'train':
        return this.tap('#mode-train');
      case 'evolve':
        return this.tap('#mode-evolve');
      case 'step': {
        let any = false;
        for (let i = 0; i < step.count; i++) {
          any = (await this.tap('#train-step')) || any;
          await sleep(300);
        }
        return any;
      }
      case 'gene': {
        const p = await this.page.evaluate(
          (n) =>
            (
              window as unknown as { weightlings: { genePoint(n: number): { x: number; y: number } | null } }
            ).weightlings.genePoint(n),
          step.index,
        );
        if (!p) return false;
        if (step.drag) await this.drag(p.x, p.y, 0, this.rng.range(-60, 60));
        else await this.tapAt(p.x, p.y);
        return true;
      }
      case 'takeHome': {
        if (!(await this.tap('#kiosk-take-home'))) return false;
        await this.page.locator('#kiosk-take-home-close').waitFor({ timeout: 10_000 });
        await sleep(this.rng.range(500, 1500));
        return this.tap('#kiosk-take-home-close');
      }
    }
  }
}
