/**
 * Wires one level's play screen: the session (engine logic), the DOM controls, the Phaser arena,
 * the pixi microscope (loaded lazily), sound, the live region and `?inspect`. Imported only by
 * main.ts: this is where the layers meet.
 */
import type { I18n } from '../app/i18n';
import type { Inspector } from '../app/inspect';
import type { Engine } from '../app/play/engine';
import type { NetworkSpec } from '../core/network';
import type { TaskKind } from '../core/tasks/task';
import type { CampaignPlayLevel } from '../app/campaign/campaign';
import { startCreature } from '../app/campaign/start';
import { ok } from '../core/result';
import type { PlayLevel } from '../app/play/levels';
import type { PlaySharing } from '../app/share/playSharing';
import { PlayShare } from './playShare';
import { PlaySession, type SessionEvent } from '../app/play/session';
import type { EffectName } from '../audio/sounds';
import { ForageDemo } from './forageDemo';
import { createArena } from './arenas';
import { MicroscopeHost } from './microscopeHost';
import type { PlayHost, PlayPort } from '../game/services';
import type { Arena, ArenaState } from '../game/arena/types';
import type { ExampleSource, PlayActions, PlayView } from '../ui/play/model';
import { arenaStateOf, evolveHintKey, lossTonePitch, playView, tapOnlyLooks } from './playView';
import { playActions } from './playActions';
import { CreatureFocus } from './creatureFocus';
import { playProbe, reportPlayState } from './playReport';
import { PlayScreen } from '../ui/play/playScreen';
import { LiveRegion } from '../ui/liveRegion';
import { fitToParent } from '../game/fit';
import { CampaignRun, type CampaignRunDeps } from './campaignRun';
import { mountExperiments } from './experiments';
import type { ExperimentsPanel } from '../ui/play/controls/experimentsPanel';
import { busyFrameRate, OffBeat, paceGame } from '../game/pace';

export interface PlayWiringDeps {
  readonly i18n: I18n;
  readonly root: HTMLElement;
  readonly microscopeRoot: HTMLElement;
  readonly live: HTMLElement;
  readonly inspector: Inspector;
  readonly engine: Engine;
  sound(name: EffectName): void;
  tone(loss01: number | null): void;
  openSettings(): void;
  /** The level for an id: a campaign level or a Lab world. */
  findLevel(id: string): PlayLevel | undefined;
  /** What campaign levels need for their cards, goal and stars (the Lab's worlds have none). */
  readonly campaign?: Pick<CampaignRunDeps, 'overlay' | 'campaign' | 'reducedMotion'>;
  /** Share, bring in, the class's common ancestor (absent: no share buttons). */
  readonly sharing?: PlaySharing;
  /** Told which creature is on screen while a level is open (null when it closes): the kiosk's take-home. */
  onCreature?(current: (() => { spec: NetworkSpec; genome: Float32Array; task: TaskKind } | null) | null): void;
}

function isCampaignLevel(level: PlayLevel): level is CampaignPlayLevel {
  return level.level !== undefined;
}

export function createPlayPort(deps: PlayWiringDeps): PlayPort {
  return {
    enter(levelId: string, host: PlayHost) {
      const level = deps.findLevel(levelId);
      if (!level) {
        host.exit();
        return { update: () => undefined, resize: () => undefined, leave: () => undefined };
      }
      return new PlayController(level, host, deps);
    },
  };
}

class PlayController {
  private session: PlaySession | null = null;
  private screen: PlayScreen | null = null;
  private experiments: ExperimentsPanel | null = null;
  private arena: Arena | null = null;
  private readonly microscope: MicroscopeHost;
  private readonly microscopeFrames: OffBeat;
  private readonly demo: ForageDemo | null;
  private generationKey = 1;
  private version = 1;
  private glitch = false;
  private left = false;
  private source: ExampleSource = 'teacher';
  private readonly focus: CreatureFocus;
  private readonly live: LiveRegion;
  private readonly run: CampaignRun | null;
  private share: PlayShare | null = null;

  constructor(
    private readonly level: PlayLevel,
    private readonly host: PlayHost,
    private readonly deps: PlayWiringDeps,
  ) {
    deps.inspector.update({ levelId: level.id, mode: 'evolve', status: 'idle', generation: 0, step: 0, loss: null });
    this.live = new LiveRegion(deps.live);
    this.microscope = new MicroscopeHost(
      deps.microscopeRoot,
      deps.i18n,
      level,
      (index, value) => this.focus.editFromBrain(index, value),
      () => this.screen?.update(this.view()),
    );
    this.focus = new CreatureFocus(
      () => this.session,
      level,
      this.microscope,
      () => this.refresh(),
    );
    this.microscopeFrames = new OffBeat(host.scene.game, () => this.microscope.render());
    this.demo = level.task.kind === 'forage' ? new ForageDemo(level) : null;
    this.run =
      isCampaignLevel(level) && deps.campaign
        ? new CampaignRun(
            level,
            host,
            { ...deps.campaign, i18n: deps.i18n, live: deps.live, sound: (name) => deps.sound(name) },
            { pause: () => this.pauseWork(), changed: () => this.inspectCampaign() },
          )
        : null;
    this.run?.showLesson();
    void this.start();
  }

  private async start(): Promise<void> {
    // A class's common ancestor (?ancestor=) that fits this level comes before the level's own start.
    const shared = this.deps.sharing?.ancestorFor(this.level) ?? null;
    const ancestor = shared ? ok(shared.genome) : startCreature(this.level);
    const created = ancestor.ok
      ? await PlaySession.create(this.level, this.deps.engine, ancestor.value ?? undefined)
      : ancestor.error;
    if (this.left) {
      if (created instanceof PlaySession) created.close();
      return;
    }
    if (!(created instanceof PlaySession)) {
      this.host.exit();
      return;
    }
    const session = created;
    this.session = session;
    this.deps.inspector.track('session', session);
    this.share = new PlayShare(this.level, this.deps, session, {
      focused: () => this.focus.creature(),
      focus: (id) => (this.focus.id = id),
      refresh: () => this.refresh(),
    });
    if (shared) this.share.welcomeAncestor(shared);
    // The screen first: it gives the arena its place in the page, so the arena is laid out at its real size.
    this.screen = new PlayScreen(this.deps.root, this.deps.i18n, this.actions(), this.view());
    const run = this.run;
    if (run) {
      this.screen.addSlot('topbar', () => run.meter.root);
      this.screen.addSlot('topbar', () => run.finishButton);
    }
    this.experiments = mountExperiments(
      this.deps.root.parentElement ?? document.body,
      this.deps.i18n,
      this.level,
      {
        session,
        focus: () => this.focus.genome(),
        selectedGene: () => this.microscope.selectedGene(),
        selectGene: (index) => this.microscope.selectGene(index),
        editGene: (index, value) => this.focus.applyEdit(index, value),
        setStarMeasure: (measure) => this.run?.setMeasure(measure),
      },
      () => this.refresh(),
    );
    fitToParent(this.host.scene);
    this.arena = createArena(this.host.scene, this.level, { tapCreature: (id) => this.tap(id) });
    this.arena.resize(this.host.scene.scale.width, this.host.scene.scale.height);
    session.on((e) => this.onEvent(e));
    // A level that opens in training starts with the first generation's best creature as the trainee.
    if (this.level.level?.modes[0] === 'train') await session.switchToTrain();
    this.refresh();
    this.deps.onCreature?.(() => this.focus.onScreen());
    await this.microscope.open(this.level);
    this.refresh();
    this.deps.inspector.setProbe(playProbe(session, this.microscope, (id) => this.creaturePagePoint(id)));
  }

  private refreshTimer: number | null = null;
  private lastRefresh = 0;

  /** While Turbo or a Run streams results, the screen refreshes at most every 200 ms (the worker runs on). */
  private refreshSoon(): void {
    const wait = 200 - (performance.now() - this.lastRefresh);
    if (wait <= 0) {
      this.refresh();
      return;
    }
    if (this.refreshTimer !== null) return;
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = null;
      this.refresh();
    }, wait);
  }

  private onEvent(e: SessionEvent): void {
    const s = this.session;
    if (!s) return;
    if ((e === 'generation' && s.turbo) || (e === 'steps' && s.running)) {
      if (e === 'steps') this.toneFor(s);
      if (e === 'generation') this.generationKey++;
      this.version++;
      this.refreshSoon();
      return;
    }
    if (e === 'generation' || e === 'mode') this.generationKey++;
    this.version++;
    if (e === 'generation') this.deps.sound('birth');
    if (e === 'exploded') {
      this.glitch = true;
      this.deps.sound('explode');
      this.screenNotice(this.deps.i18n.t('train.exploded'));
      window.setTimeout(() => {
        this.glitch = false;
        this.refresh();
      }, 900);
    }
    if (e === 'mode') {
      this.microscope.setMode(s.mode);
      if (s.mode === 'train') void this.microscope.computeLandscape(s, this.deps.engine);
      this.arenaDriving();
    }
    if (e === 'steps') this.toneFor(s);
    if (e === 'changed' && !s.running) this.deps.tone(null);
    if (e === 'error') this.screenNotice(this.deps.i18n.t('error.worker'));
    this.refresh();
  }

  /** Where a creature is on the page (CSS px), for tests and hints. */
  private creaturePagePoint(id: number): { x: number; y: number; r?: number } | null {
    const p = this.arena?.creatureAt(id);
    if (!p) return null;
    const rect = this.host.scene.game.canvas.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y, ...(p.r !== undefined && { r: p.r }) };
  }

  /** The loss tone: its pitch follows the last loss while training runs; silent otherwise. */
  private toneFor(s: PlaySession): void {
    this.deps.tone(s.running ? lossTonePitch(s.losses) : null);
  }

  private screenNotice(text: string): void {
    const old = this.deps.root.querySelector('.notice');
    old?.remove();
    const n = document.createElement('div');
    n.className = 'notice';
    n.setAttribute('role', 'alert');
    n.textContent = text;
    this.deps.root.append(n);
    window.setTimeout(() => n.remove(), 4000);
  }

  private tap(id: number): void {
    const s = this.session;
    if (!s || s.mode !== 'evolve' || s.turbo) return;
    if (tapOnlyLooks(this.level)) s.lookAt(id);
    else s.toggleChosen(id);
    this.focus.id = id;
    // The bird eats the moth it taps; elsewhere a tap picks or looks.
    this.deps.sound(evolveHintKey(this.level) === 'evolve.mothHint' ? 'eat' : 'select');
  }

  /** Stops Turbo and a training Run (a campaign card is up). */
  private pauseWork(): void {
    const s = this.session;
    if (!s) return;
    s.stopTurbo();
    if (s.running) s.pause();
  }

  private inspectCampaign(): void {
    this.deps.inspector.update({ stars: this.run?.stars ?? 0, card: this.run?.openCard ?? null });
  }

  private arenaDriving(): void {
    const s = this.session;
    if (!s || !this.demo) return;
    this.arena?.setDriving?.(s.mode === 'train' && this.source === 'demo' ? this.demo.recorder : null);
  }

  private async breed(s: PlaySession, natural: boolean): Promise<void> {
    const before = new Map<number, Float32Array>();
    const pop = s.evo.population;
    for (let p = 0; p < pop.count; p++) before.set(pop.ids[p] as number, pop.genome(p).slice());
    const generation = s.generation;
    await s.nextGeneration(natural);
    if (s.generation !== generation) {
      this.focus.followNewborn(s, before);
      this.refresh();
    }
  }

  private actions(): PlayActions {
    return playActions({
      session: () => this.session,
      exit: () => this.host.exit(),
      sound: (name) => this.deps.sound(name),
      openSettings: () => this.deps.openSettings(),
      breed: (s, natural) => this.breed(s, natural),
      useSource: (s, src) => this.useSource(s, src),
      knockOut: () => this.microscope.knockOut(),
      share: this.share?.actions(),
    });
  }

  private async useSource(s: PlaySession, src: ExampleSource): Promise<void> {
    this.source = src;
    this.arenaDriving();
    if (src === 'demo' && this.demo) {
      if (this.demo.count() > 0) await s.setTrainingSource({ data: this.demo.dataset() });
    } else await s.setTrainingSource({ dataSeed: s.evolutionConfig.evaluationSeed });
    this.refresh();
  }

  private view(): PlayView {
    return playView(this.session as PlaySession, this.level, {
      source: this.source,
      demo: this.demo,
      focusId: this.session?.mode === 'train' ? (this.session.trainee?.id ?? null) : this.focus.creature(),
      geneSelected: this.microscope.selectedGene() !== null,
    });
  }

  private arenaState(): ArenaState {
    // In a picture world a picked moth fades (eaten, taken out); one only looked at stays.
    const markChosen = !(tapOnlyLooks(this.level) && this.level.task.kind === 'pattern');
    return arenaStateOf(this.session as PlaySession, this.generationKey, this.version, this.glitch, markChosen);
  }

  private refresh(): void {
    const s = this.session;
    if (!s || this.left) return;
    this.lastRefresh = performance.now();
    this.screen?.update(this.view());
    this.arena?.setState(this.arenaState());
    paceGame(this.host.scene.game, busyFrameRate(s.turbo || s.running, this.level.task.kind === 'forage'));
    const focus = s.mode === 'train' ? s.trainee : null;
    const focusId = focus ? focus.id : this.focus.creature();
    const p = focusId === null ? -1 : s.evo.population.indexOf(focusId);
    const genome = focus ? focus.genome : p >= 0 ? s.evo.population.genome(p) : null;
    this.microscope.update(s, genome);
    this.run?.observe(s.fitness);
    this.experiments?.update();
    reportPlayState(this.deps.inspector, this.live, this.deps.i18n, s, focusId);
  }

  update(dtMs: number): void {
    this.arena?.update(dtMs);
    if (this.demo && this.session?.mode === 'train' && this.source === 'demo' && this.demo.grew()) {
      void this.session.setTrainingSource({ data: this.demo.dataset() });
      this.screen?.update(this.view());
    }
    this.microscopeFrames.frame();
  }

  resize(): void {
    this.arena?.resize(this.host.scene.scale.width, this.host.scene.scale.height);
    this.microscope.resize();
  }

  leave(): void {
    if (this.session) this.deps.onCreature?.(null);
    this.left = true;
    paceGame(this.host.scene.game, 0);
    this.microscopeFrames.cancel();
    if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    this.deps.tone(null);
    this.live.cancel();
    this.session?.close();
    this.session = null;
    this.run?.destroy();
    this.arena?.destroy();
    this.arena = null;
    this.screen?.destroy();
    this.screen = null;
    this.experiments?.destroy();
    this.experiments = null;
    this.microscope.close();
    this.deps.inspector.setProbe(null);
    this.deps.inspector.update({ levelId: null, mode: null, stars: 0, card: null });
  }
}
