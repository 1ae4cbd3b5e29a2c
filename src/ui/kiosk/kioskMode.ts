/**
 * The museum kiosk at run time: the attract loop, the idle countdown and reset, "Take it home",
 * the operator menu and self-recovery. Policy lives in src/app/kiosk (idle.ts, recovery.ts); this
 * class only listens, shows and calls what main.ts hands it. It reports its phase to `?inspect`
 * (`kiosk`: 'attract' | 'playing' | 'warning' | 'restarting') so a soak test can see every reset.
 */
import type { I18n, Language } from '../../app/i18n';
import type { KioskMode } from '../../app/kiosk/mode';
import { IdleMachine } from '../../app/kiosk/idle';
import { isBenignError, KIOSK_RECOVERY, RecoveryPlan } from '../../app/kiosk/recovery';
import { takeHomeCode, takeHomeUrl } from '../../app/kiosk/takeHome';
import { visitDefaults, type OperatorSettings } from '../../app/kiosk/visitStore';
import type { NetworkSpec } from '../../core/network';
import type { TaskKind } from '../../core/tasks/task';
import type { AttractDemoView, AttractPort } from '../../game/services';
import { button } from '../dom';
import { AttractOverlay } from './attractOverlay';
import { Countdown, showRestarting, TakeHomeDialog } from './dialogs';
import { OperatorMenu, PinPad, operatorCorner } from './operatorMenu';
import { installTouchGuards } from './touchGuards';

export type KioskPhase = 'attract' | 'playing' | 'warning' | 'restarting';

/** The creature on screen, as the take-home code needs it. */
export interface VisitorCreature {
  readonly spec: NetworkSpec;
  readonly genome: Float32Array;
  readonly task: TaskKind | null;
}

export interface KioskDeps {
  readonly mode: KioskMode;
  readonly i18n: I18n;
  /** Where the kiosk's overlays go (above the game and its DOM). */
  readonly layer: HTMLElement;
  /** The operator's saved settings on this machine. */
  readonly operator: OperatorSettings;
  saveOperator(settings: OperatorSettings): void;
  /** Reports the phase and counts to ?inspect. */
  report(patch: {
    kiosk: KioskPhase;
    kioskResets: number;
    kioskRestarts: number;
    kioskRecoveryMs: number | null;
  }): void;
  /** Stops every scene and starts the attract scene (may throw: then the page reloads); `revive` restarts a stopped frame loop first. */
  toAttract(revive: boolean): void;
  /** Phaser's frame counter (to see a frozen game loop), or null before the game has started. */
  frame(): number | null;
  /** Forgets the visit: stored progress and settings, open dialogs, language and volume to the operator's. */
  clearVisit(language: Language, volume: number): void;
  setVolume(volume: number): void;
  /** The address of the public game (for take-home) when kiosk.json does not name one. */
  readonly publicUrl: string;
  reload(): void;
  /** Leaves kiosk mode (the page reloads without it). */
  exit(): void;
}

const TICK_MS = 250;
const FROZEN_MS = 8000;
/** A frame loop with no frame for this long is restarted when the kiosk goes back to attract. */
const REVIVE_MS = 1500;
/** An operator dialog left open this long without a touch closes itself, so the kiosk cannot stay stuck in it. */
const OPERATOR_TIMEOUT_MS = 60_000;

export class KioskController {
  private readonly idle: IdleMachine;
  private readonly recovery = new RecoveryPlan(KIOSK_RECOVERY, () => performance.now());
  private phase: KioskPhase = 'attract';
  private attract: AttractOverlay | null = null;
  private countdown: Countdown | null = null;
  /** One dialog at a time: take-home, PIN pad or operator menu. */
  private dialog: { destroy(): void } | null = null;
  private operatorOpen = false;
  private operatorTouched = 0;
  private restartingEl: HTMLElement | null = null;
  private readonly takeHomeButton: HTMLButtonElement;
  private source: (() => VisitorCreature | null) | null = null;
  private lastCreature: VisitorCreature | null = null;
  private resets = 0;
  private visits = 0;
  private lastFrame = -1;
  private frameSeenAt = 0;
  private ticksWithoutFrame = 0;
  private contextLost = false;
  private settings: { volume: number; language: Language };

  constructor(private readonly deps: KioskDeps) {
    const c = deps.mode.config;
    this.idle = new IdleMachine({ warningMs: c.idleWarningSeconds * 1000, resetMs: c.idleResetSeconds * 1000 }, () =>
      performance.now(),
    );
    this.settings = visitDefaults(c, deps.operator);
    this.takeHomeButton = button('', () => this.openTakeHome(), {
      class: 'kiosk-take-home-button',
      id: 'kiosk-take-home',
    });
    const label = (): void => {
      this.takeHomeButton.textContent = `⌂ ${deps.i18n.t('kiosk.takeHome')}`;
    };
    label();
    deps.i18n.onChange(label);
    this.takeHomeButton.hidden = true;
    deps.layer.append(
      this.takeHomeButton,
      operatorCorner(deps.i18n, () => this.openPin()),
    );
  }

  /** The volume and language every visit starts with. */
  get visitDefaults(): { volume: number; language: Language } {
    return this.settings;
  }

  /** Starts listening: touch guards, input for the idle timer, failures, the clock. */
  start(): void {
    installTouchGuards({ fullscreen: this.deps.mode.config.fullscreen });
    const input = (): void => {
      this.idle.input();
      if (this.operatorOpen) this.operatorTouched = performance.now();
    };
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const) {
      window.addEventListener(type, input, { capture: true, passive: true });
    }
    let lastMove = 0;
    window.addEventListener(
      'pointermove',
      () => {
        const now = performance.now();
        if (now - lastMove > 500) {
          lastMove = now;
          input();
        }
      },
      { capture: true, passive: true },
    );
    window.addEventListener('error', (e) => {
      if (!isBenignError(e.message ?? '')) this.failure(`error: ${e.message || 'unknown'}`);
    });
    window.addEventListener('unhandledrejection', () => this.failure('unhandled rejection'));
    window.setInterval(() => this.tick(), TICK_MS);
    this.report();
  }

  /** For GameServices.attract. */
  attractPort(demo: () => AttractDemoView): AttractPort {
    return {
      startLevel: this.deps.mode.config.startLevel,
      demo,
      show: (actions) => this.showAttract(() => actions.play()),
      running: () => this.attractRunning(),
    };
  }

  /** The play screen tells which creature is on screen (null when it closes: the last one is kept). */
  creatureSource(source: (() => VisitorCreature | null) | null): void {
    if (source === null && this.source) this.lastCreature = this.safeCreature(this.source) ?? this.lastCreature;
    this.source = source;
  }

  /** The WebGL context was lost (true) or restored (false). */
  webglLost(lost: boolean): void {
    this.contextLost = lost;
    if (lost) this.failure('WebGL context lost');
  }

  private safeCreature(source: () => VisitorCreature | null): VisitorCreature | null {
    try {
      return source();
    } catch {
      return null;
    }
  }

  private setPhase(phase: KioskPhase): void {
    this.phase = phase;
    this.takeHomeButton.hidden = !(phase === 'playing' && this.deps.mode.config.takeHome);
    this.report();
  }

  private report(): void {
    this.deps.report({
      kiosk: this.phase,
      kioskResets: this.resets,
      kioskRestarts: this.recovery.recovered,
      kioskRecoveryMs: this.recovery.lastRecoveryMs,
    });
  }

  private showAttract(play: () => void): void {
    this.closeDialogs();
    document.body.className = document.body.className.replace(/\bscreen-\S+/g, '').trim();
    document.body.classList.add('screen-attract');
    this.attract?.destroy();
    this.idle.reset();
    this.attract = new AttractOverlay(this.deps.layer, this.deps.i18n, this.deps.mode.config.languages, {
      play: () => {
        this.attract?.destroy();
        this.attract = null;
        this.visits++;
        this.idle.begin();
        this.setPhase('playing');
        play();
      },
      language: (lang) => this.deps.i18n.setLanguage(lang),
    });
    if (!this.recovery.restarting) this.setPhase('attract');
  }

  private attractRunning(): void {
    if (this.contextLost) return;
    this.recovery.reached();
    this.restartingEl?.remove();
    this.restartingEl = null;
    if (this.phase === 'restarting') this.setPhase(this.attract ? 'attract' : 'playing');
  }

  private closeDialogs(): void {
    this.countdown?.destroy();
    this.countdown = null;
    this.dialog?.destroy();
    this.dialog = null;
    if (this.operatorOpen) this.idle.resume();
    this.operatorOpen = false;
  }

  private currentCreature(): VisitorCreature | null {
    return (this.source && this.safeCreature(this.source)) ?? this.lastCreature;
  }

  private takeHomeLink(): string | null {
    const creature = this.currentCreature();
    if (!creature) return null;
    const code = takeHomeCode(creature.spec, creature.genome, creature.task);
    if (!code) return null;
    try {
      return takeHomeUrl(this.deps.mode.config.takeHomeBaseUrl ?? this.deps.publicUrl, code);
    } catch {
      return null;
    }
  }

  private openTakeHome(): void {
    this.dialog?.destroy();
    const dialog = new TakeHomeDialog(this.deps.layer, this.deps.i18n, this.takeHomeLink(), () => {
      dialog.destroy();
      if (this.dialog === dialog) this.dialog = null;
    });
    this.dialog = dialog;
  }

  private showCountdown(): void {
    this.countdown?.destroy();
    const takeHome = this.deps.mode.config.takeHome && this.currentCreature() ? () => this.openTakeHome() : undefined;
    this.countdown = new Countdown(
      this.deps.layer,
      this.deps.i18n,
      {
        keepPlaying: () => {
          this.idle.keepPlaying();
          this.countdown?.destroy();
          this.countdown = null;
          this.dialog?.destroy();
          this.dialog = null;
          this.setPhase('playing');
        },
        takeHome,
      },
      this.idle.msUntilReset() / 1000,
    );
    this.setPhase('warning');
  }

  private openPin(): void {
    if (this.operatorOpen) return;
    this.closeDialogs();
    this.operatorOpen = true;
    this.operatorTouched = performance.now();
    this.idle.pause();
    const pad = new PinPad(this.deps.layer, this.deps.i18n, {
      check: (pin) => pin === this.deps.mode.config.operatorPin,
      accepted: () => this.openOperatorMenu(),
      cancel: () => this.closeDialogs(),
    });
    this.dialog = pad;
  }

  private openOperatorMenu(): void {
    this.dialog?.destroy();
    const c = this.deps.mode.config;
    this.dialog = new OperatorMenu(this.deps.layer, this.deps.i18n, {
      volume: this.settings.volume,
      defaultLanguage: this.settings.language,
      languages: c.languages,
      problems: this.deps.mode.problems,
      visits: this.visits,
      restarts: this.recovery.recovered,
      setVolume: (volume) => {
        this.settings = { ...this.settings, volume };
        this.deps.setVolume(volume);
        this.saveOperator();
      },
      setDefaultLanguage: (language) => {
        this.settings = { ...this.settings, language };
        this.saveOperator();
      },
      toAttract: () => this.resetToAttract(),
      exitKiosk: () => this.deps.exit(),
      close: () => this.closeDialogs(),
    });
  }

  private saveOperator(): void {
    this.deps.saveOperator({ volume: this.settings.volume, defaultLanguage: this.settings.language });
  }

  /** The end of a visit: everything of it forgotten, back to the attract loop. */
  private resetToAttract(): void {
    this.closeDialogs();
    this.idle.reset();
    this.source = null;
    this.lastCreature = null;
    this.takeHomeButton.hidden = true;
    if (this.contextLost) {
      this.deps.reload();
      return;
    }
    try {
      this.deps.clearVisit(this.settings.language, this.settings.volume);
      this.deps.toAttract(performance.now() - this.frameSeenAt > REVIVE_MS);
    } catch {
      this.deps.reload();
    }
  }

  /** Something failed: "Restarting…", then back to the attract loop (or a fresh page). */
  failure(reason: string): void {
    const action = this.recovery.failure();
    if (action === 'ignore') return;
    console.warn(`kiosk: restarting after ${reason}`);
    this.setPhase('restarting');
    try {
      this.restartingEl ??= showRestarting(this.deps.layer, this.deps.i18n);
    } catch {
      // the notice is a courtesy; the restart goes on without it
    }
    window.setTimeout(() => {
      if (action === 'reload') this.deps.reload();
      else this.resetToAttract();
    }, KIOSK_RECOVERY.showMs);
  }

  private tick(): void {
    const now = performance.now();
    if (this.recovery.overdue()) {
      this.deps.reload();
      return;
    }
    // A game loop that stopped (an exception inside a frame ends Phaser's loop) is a failure. Counted in
    // ticks as well as time, so a main thread that was busy for a while is not taken for one.
    const frame = this.deps.frame();
    if (frame === null || frame !== this.lastFrame || document.visibilityState !== 'visible') {
      this.lastFrame = frame ?? -1;
      this.frameSeenAt = now;
      this.ticksWithoutFrame = 0;
    } else if (++this.ticksWithoutFrame > FROZEN_MS / TICK_MS && now - this.frameSeenAt > FROZEN_MS) {
      this.frameSeenAt = now;
      this.ticksWithoutFrame = 0;
      if (!this.recovery.restarting) this.failure('the game loop stopped');
    }
    if (this.operatorOpen && now - this.operatorTouched > OPERATOR_TIMEOUT_MS) this.closeDialogs();
    const event = this.idle.tick();
    if (event === 'warn') this.showCountdown();
    else if (event === 'reset') {
      this.resets++;
      this.resetToAttract();
    }
    this.countdown?.update(this.idle.msUntilReset() / 1000);
  }
}
