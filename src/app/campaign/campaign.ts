/**
 * The campaign as the player walks it: the levels read from `levels/` in map order, the files that
 * could not be read, and the stars saved in Progress. It answers the map (summaries, locks), the
 * play screen (a level by id, the one after it) and `?inspect`.
 */
import type { Level } from '../../core/levels/types';
import type { LevelProblemSummary, LevelSummary } from '../../game/services';
import { playLevelOf } from '../play/campaignLevel';
import type { PlayLevel } from '../play/levels';
import type { Progress } from '../progress';

/** A campaign level ready to play: the session's PlayLevel with its level file beside it. */
export type CampaignPlayLevel = PlayLevel & { readonly level: Level };

export class Campaign {
  private list: readonly Level[] = [];
  private bad: readonly LevelProblemSummary[] = [];
  private readonly played = new Map<string, CampaignPlayLevel>();

  constructor(readonly progress: Progress) {}

  /** The levels that loaded (any order; the map orders them by number) and the files that did not. */
  setLevels(levels: readonly Level[], problems: readonly LevelProblemSummary[]): void {
    this.list = [...levels].sort((a, b) => a.number - b.number);
    this.bad = problems;
    this.played.clear();
  }

  get levels(): readonly Level[] {
    return this.list;
  }

  get problems(): readonly LevelProblemSummary[] {
    return this.bad;
  }

  /** Level ids in map order. */
  get order(): string[] {
    return this.list.map((l) => l.id);
  }

  level(id: string): Level | undefined {
    return this.list.find((l) => l.id === id);
  }

  /** The level after `id` on the map, if any. */
  next(id: string): Level | undefined {
    const i = this.list.findIndex((l) => l.id === id);
    return i >= 0 ? this.list[i + 1] : undefined;
  }

  unlocked(id: string): boolean {
    return this.progress.unlocked(this.order, id);
  }

  /** The play session's level for a campaign id (built once, then reused). */
  playLevel(id: string): CampaignPlayLevel | undefined {
    const cached = this.played.get(id);
    if (cached) return cached;
    const level = this.level(id);
    if (!level) return undefined;
    const play: CampaignPlayLevel = { ...playLevelOf(level), level };
    this.played.set(id, play);
    return play;
  }

  /** What the map shows for each level. */
  summaries(): LevelSummary[] {
    const order = this.order;
    return this.list.map((l) => ({
      id: l.id,
      number: l.number,
      task: l.task.kind,
      stars: this.progress.stars(l.id),
      locked: !this.progress.unlocked(order, l.id),
      texts: l.texts,
    }));
  }
}
