/**
 * One campaign level as the player lives it, around the play session: the lesson card before it
 * starts, the goal meter while playing, the win moment when a star threshold is passed (saved at
 * once), and the closing card with Next level, Play again and Map. Created by the play wiring for
 * campaign levels only (the Lab has no goal).
 */
import type { Campaign, CampaignPlayLevel } from '../app/campaign/campaign';
import { levelStars, type StarMeasure } from '../app/campaign/stars';
import type { I18n } from '../app/i18n';
import type { EffectName } from '../audio/sounds';
import type { PlayHost } from '../game/services';
import { CardHost } from '../ui/campaign/cardHost';
import { closingCard, lessonCard, type CardLevel } from '../ui/campaign/cards';
import { celebrate } from '../ui/campaign/celebrate';
import { GoalMeter } from '../ui/campaign/goalMeter';
import { button } from '../ui/dom';

export interface CampaignRunDeps {
  readonly i18n: I18n;
  /** Where cards and the win moment go (over the whole play screen). */
  readonly overlay: HTMLElement;
  readonly live: HTMLElement;
  readonly campaign: Campaign;
  readonly reducedMotion: () => boolean;
  sound(name: EffectName): void;
}

/** What the run asks of the play screen around it. */
export interface CampaignRunHooks {
  /** Stops Turbo or a training Run (the closing card is up). */
  pause(): void;
  /** The stars of this run or the card on screen changed (for `?inspect`). */
  changed(): void;
}

export class CampaignRun {
  readonly meter: GoalMeter;
  /** "Finish": opens the closing card once the level has a star. */
  readonly finishButton: HTMLButtonElement;
  private readonly cards: CardHost;
  private readonly card: CardLevel;
  /** Stars reached in this run (the map keeps the best of all runs). */
  private runStars = 0;
  private closingShown = false;
  private endCelebration: (() => void) | null = null;
  private measure: ((fitness: number) => StarMeasure) | null = null;
  private readonly unsubscribe: () => void;
  private destroyed = false;

  constructor(
    private readonly play: CampaignPlayLevel,
    private readonly host: PlayHost,
    private readonly deps: CampaignRunDeps,
    private readonly hooks: CampaignRunHooks,
  ) {
    const level = play.level;
    const texts = (): (typeof level.texts)['en'] => level.texts[deps.i18n.language];
    this.card = {
      number: level.number,
      title: () => texts().title,
      card: () => texts().card,
      closing: () => texts().closing,
      stars: level.goal.stars,
      ...(level.goal.keepFirstTask !== undefined ? { keepFirstTask: level.goal.keepFirstTask } : {}),
    };
    this.cards = new CardHost(deps.overlay, deps.i18n);
    this.meter = new GoalMeter(deps.i18n, level.goal);
    this.finishButton = button('', () => this.showClosing(), { id: 'finish-level', class: 'finish-button' });
    this.finishButton.hidden = true;
    this.labelFinish();
    this.unsubscribe = deps.i18n.onChange(() => this.labelFinish());
  }

  get level(): CampaignPlayLevel {
    return this.play;
  }

  /** Stars reached in this run so far. */
  get stars(): number {
    return this.runStars;
  }

  /** The card on screen: 'lesson-card', 'closing-card' or null. */
  get openCard(): string | null {
    return this.cards.open;
  }

  /**
   * How the stars are measured when a level needs more than the fitness on screen (a second world,
   * a squeezed genome): the level's own controls set this. Without it the fitness on screen counts.
   */
  setMeasure(fn: ((fitness: number) => StarMeasure) | null): void {
    this.measure = fn;
  }

  showLesson(): void {
    this.cards.show(
      lessonCard(this.deps.i18n, this.card, {
        start: () => {
          this.cards.close();
          this.hooks.changed();
        },
        map: () => this.host.exit(),
      }),
    );
    this.hooks.changed();
  }

  /** Called with the fitness on screen after every change; passes star thresholds. */
  observe(fitness: number): void {
    const m = this.measure ? this.measure(fitness) : { fitness };
    const level = this.play.level;
    const stars = levelStars(level, m);
    this.meter.set(m.fitness, Math.max(stars, this.runStars));
    if (stars <= this.runStars) return;
    this.runStars = stars;
    this.finishButton.hidden = false;
    this.deps.campaign.progress.record(level.id, stars);
    this.hooks.changed();
    this.win(stars);
  }

  private win(stars: number): void {
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    this.deps.sound('levelComplete');
    const text = t('campaign.win', { stars });
    this.deps.live.textContent = text;
    this.endCelebration?.();
    const firstWin = !this.closingShown;
    if (firstWin) this.hooks.pause();
    this.endCelebration = celebrate(this.deps.overlay, stars, text, this.deps.reducedMotion(), () => {
      this.endCelebration = null;
      if (firstWin && !this.destroyed && !this.closingShown && this.cards.open === null) this.showClosing();
    });
  }

  /** The closing card: what you found out, the stars, and where to go next. */
  showClosing(): void {
    this.closingShown = true;
    this.hooks.pause();
    const next = this.deps.campaign.next(this.play.id);
    this.cards.show(
      closingCard(this.deps.i18n, this.card, () => this.runStars, {
        next: next ? () => this.host.play(next.id) : null,
        lab: () => this.host.lab(),
        replay: () => this.host.play(this.play.id),
        map: () => this.host.exit(),
        keepGoing: () => {
          this.cards.close();
          this.hooks.changed();
        },
      }),
    );
    this.hooks.changed();
  }

  private labelFinish(): void {
    this.finishButton.textContent = this.deps.i18n.t('campaign.finish');
  }

  destroy(): void {
    this.destroyed = true;
    this.endCelebration?.();
    this.cards.destroy();
    this.unsubscribe();
  }
}
