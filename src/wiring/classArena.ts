/**
 * The class arena, wired: the contest (src/app/share/contest.ts), the DOM panel and leaderboard
 * (src/ui/share/classArenaScreen.ts) and the world's arena drawing every contestant. Everyone is
 * evaluated by the engine on the same task and seed — the fitness evolution climbs — and ranked.
 */
import type { I18n } from '../app/i18n';
import type { Inspector } from '../app/inspect';
import type { Engine } from '../app/play/engine';
import type { PlayLevel } from '../app/play/levels';
import type { Shelf } from '../app/save/shelf';
import { worldForCreature } from '../app/share/ancestor';
import { ContestEntries, MAX_CONTESTANTS, runContest, type LeaderboardRow } from '../app/share/contest';
import { parseShareText, readShareCode, type ImportError } from '../app/share/creatureFile';
import { importErrorText } from '../app/share/messages';
import type { Creature } from '../core/codec/sharecode';
import type { Result } from '../core/result';
import type { Arena } from '../game/arena/types';
import { fitToParent } from '../game/fit';
import type { ClassArenaPort, PlayHost } from '../game/services';
import { readCreatureFile } from '../ui/share/importDialog';
import { ClassArenaScreen, type ClassArenaView } from '../ui/share/classArenaScreen';
import { createArena } from './arenas';

export interface ClassArenaDeps {
  readonly i18n: I18n;
  readonly root: HTMLElement;
  readonly live: HTMLElement;
  readonly engine: Engine;
  readonly inspector: Inspector;
  readonly shelf: Shelf | null;
  /** The worlds a contest can be held in (the first is the default), with their names. */
  worlds(): readonly { readonly level: PlayLevel; readonly label: string }[];
}

export function createClassArenaPort(deps: ClassArenaDeps): ClassArenaPort {
  return { enter: (host) => new ClassArenaController(host, deps) };
}

class ClassArenaController {
  private entries: ContestEntries;
  private screen: ClassArenaScreen | null = null;
  private arena: Arena | null = null;
  private leaderboard: LeaderboardRow[] | null = null;
  private messages: string[] = [];
  private running = false;
  private highlight: number | null = null;
  private generationKey = 1;
  private left = false;
  private readonly worlds: readonly { readonly level: PlayLevel; readonly label: string }[];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: PlayHost,
    private readonly deps: ClassArenaDeps,
  ) {
    this.worlds = deps.worlds();
    this.entries = new ContestEntries((this.worlds[0] as { level: PlayLevel }).level);
    this.build();
    this.unsubscribe = deps.i18n.onChange(() => this.build());
  }

  private get level(): PlayLevel {
    return this.entries.world as PlayLevel;
  }

  private build(): void {
    this.screen?.destroy();
    this.screen = new ClassArenaScreen(this.deps.root, this.deps.i18n, this.actions(), this.view());
    fitToParent(this.host.scene);
    this.rebuildArena();
  }

  private rebuildArena(): void {
    this.arena?.destroy();
    this.arena = createArena(this.host.scene, this.level, { tapCreature: (id) => this.tap(id) });
    this.arena.resize(this.host.scene.scale.width, this.host.scene.scale.height);
    this.generationKey++;
    this.refresh();
  }

  private view(): ClassArenaView {
    return {
      worlds: this.worlds.map((w) => ({ id: w.level.id, label: w.label })),
      worldId: this.level.id,
      contestants: this.entries.all,
      max: MAX_CONTESTANTS,
      running: this.running,
      leaderboard: this.leaderboard,
      messages: this.messages,
      highlight: this.highlight,
      shelfSize: this.deps.shelf?.size ?? 0,
    };
  }

  private refresh(): void {
    if (this.left) return;
    this.screen?.update(this.view());
    const fitness = new Map(this.leaderboard?.map((r) => [r.id, r.fitness]) ?? []);
    this.arena?.setState({
      mode: 'evolve',
      creatures: this.entries.all.map((c) => ({
        id: c.id,
        genome: c.genome,
        fitness: fitness.get(c.id) ?? NaN,
        chosen: c.id === this.highlight,
      })),
      trainee: null,
      generationKey: this.generationKey,
      version: this.generationKey,
      glitch: false,
    });
  }

  private tap(id: number): void {
    this.highlight = this.highlight === id ? null : id;
    this.refresh();
  }

  /** Adds what was read; the first creature into an empty arena picks the world it fits. */
  private addAll(reads: readonly { read: Result<Creature, ImportError>; where: string | null }[]): void {
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    const messages: string[] = [];
    let added = 0;
    for (const { read, where } of reads) {
      const say = (m: string): void => void messages.push(where ? t('arena.line', { n: where, message: m }) : m);
      if (!read.ok) {
        say(importErrorText(this.deps.i18n, read.error));
        continue;
      }
      if (this.entries.all.length === 0) this.moveTo(read.value);
      const r = this.entries.add(read.value, t('arena.contestant', { n: this.entries.all.length + 1 }));
      if (r.ok) added++;
      else if (r.error === 'full') {
        messages.push(t('arena.full', { max: MAX_CONTESTANTS }));
        break;
      } else say(importErrorText(this.deps.i18n, r.error));
    }
    if (added > 0) messages.unshift(t('arena.added', { count: added }));
    this.messages = messages;
    this.leaderboard = null;
    this.generationKey++;
    this.refresh();
  }

  /** An empty arena moves to the first world the creature fits. */
  private moveTo(creature: Creature): void {
    const world = worldForCreature(
      creature,
      this.worlds.map((w) => w.level),
    );
    if (world && world.id !== this.level.id) {
      this.entries = new ContestEntries(world);
      this.screen?.update(this.view());
      this.rebuildArena();
    }
  }

  private setWorld(id: string): void {
    const world = this.worlds.find((w) => w.level.id === id)?.level;
    if (!world || this.running) return;
    const before = this.entries.all;
    this.entries = new ContestEntries(world);
    this.leaderboard = null;
    this.rebuildArena();
    this.addAll(
      before.flatMap((c) => (c.creature ? [{ read: { ok: true as const, value: c.creature }, where: null }] : [])),
    );
  }

  private async start(): Promise<void> {
    if (this.running || this.entries.all.length === 0) return;
    this.running = true;
    this.messages = [];
    this.refresh();
    const result = await runContest(this.deps.engine, this.level, this.entries.all);
    this.running = false;
    if (this.left) return;
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    if (!result.ok) this.messages = [t('arena.failed')];
    else {
      this.leaderboard = result.value;
      const best = result.value[0];
      if (best) {
        this.deps.live.textContent = t('arena.winner', {
          name: best.name,
          value: this.deps.i18n.number(best.fitness, 3),
        });
      }
    }
    this.generationKey++;
    this.refresh();
  }

  private actions(): ConstructorParameters<typeof ClassArenaScreen>[2] {
    return {
      back: () => this.host.exit(),
      setWorld: (id) => this.setWorld(id),
      addCodes: (text) => {
        const lines = text.split(/\r?\n/).map((l) => l.trim());
        const reads = lines.flatMap((l, i) => (l ? [{ read: parseShareText(l), where: String(i + 1) }] : []));
        this.addAll(reads);
      },
      addFiles: (files) => {
        void Promise.all(files.map(async (f) => ({ read: await readCreatureFile(f), where: null }))).then((reads) => {
          if (!this.left) this.addAll(reads);
        });
      },
      addShelf: () =>
        this.addAll(
          (this.deps.shelf?.list() ?? []).map((e) => {
            const read = readShareCode(e.code);
            return {
              read: read.ok ? { ok: true as const, value: { ...read.value, name: e.name } } : read,
              where: null,
            };
          }),
        ),
      remove: (id) => {
        this.entries.remove(id);
        this.leaderboard = null;
        this.generationKey++;
        this.refresh();
      },
      start: () => void this.start(),
    };
  }

  update(dtMs: number): void {
    this.arena?.update(dtMs);
  }

  resize(): void {
    this.arena?.resize(this.host.scene.scale.width, this.host.scene.scale.height);
  }

  leave(): void {
    this.left = true;
    this.unsubscribe();
    this.arena?.destroy();
    this.arena = null;
    this.screen?.destroy();
    this.screen = null;
  }
}
