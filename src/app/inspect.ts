/**
 * `?inspect`: window.weightlings.state() returns a plain, read-only snapshot of what the game
 * shows, for browser tests. Without the flag nothing is exposed.
 */

export interface InspectState {
  scene: string;
  levelId: string | null;
  mode: 'evolve' | 'train' | null;
  generation: number;
  bestFitness: number | null;
  step: number;
  loss: number | null;
  status: string;
  creatureId: number | null;
  /** Campaign levels: stars reached in this run (0…3), and the card on screen ('lesson-card', 'closing-card'). */
  stars: number;
  card: string | null;
  /** Kiosk mode only: 'attract' | 'playing' | 'warning' | 'restarting' (null outside kiosk mode). */
  kiosk: string | null;
  /** Kiosk mode: idle resets and recoveries after a failure so far. */
  kioskResets: number;
  kioskRestarts: number;
  /** Kiosk mode: how long the last recovery took, from the failure to the attract loop running (ms). */
  kioskRecoveryMs: number | null;
}

/** Read-only queries the play screen answers while it is open (page coordinates, CSS px). */
export interface InspectProbe {
  genePoint(index: number): { x: number; y: number } | null;
  /** Where a creature is; `r`: the radius of its body where the scene knows it (the title's drifters). */
  creaturePoint(id: number): { x: number; y: number; r?: number } | null;
  /** Ids of the creatures on screen. */
  creatureIds(): number[];
  /** The events that made a creature and its ancestors, newest first. */
  familyLine(id: number): { id: number; event: string }[];
  /** The microscope's panels on screen by view name (page CSS px); absent where there is no microscope. */
  panels?(): Record<string, { x: number; y: number; width: number; height: number }>;
}

/** The game's textures now: how many, and the pixels their sources hold (RGBA bytes). */
export interface TextureFigures {
  count: number;
  bytes: number;
}

export interface Inspector {
  setScene(scene: string): void;
  setProbe(probe: InspectProbe | null): void;
  /** What `textures()` answers (the game's texture manager, once the game has started). */
  setTextures(read: () => TextureFigures): void;
  /**
   * Counts `obj` as a live `kind` until the garbage collector takes it (`alive(kind)`): a browser
   * test can check that a closed level leaves nothing of itself behind.
   */
  track(kind: string, obj: object): void;
  update(patch: Partial<InspectState>): void;
  readonly enabled: boolean;
}

export function createInspector(enabled: boolean): Inspector {
  const state: InspectState = {
    scene: 'boot',
    levelId: null,
    mode: null,
    generation: 0,
    bestFitness: null,
    step: 0,
    loss: null,
    status: 'idle',
    creatureId: null,
    stars: 0,
    card: null,
    kiosk: null,
    kioskResets: 0,
    kioskRestarts: 0,
    kioskRecoveryMs: null,
  };
  let probe: InspectProbe | null = null;
  let textures: () => TextureFigures = () => ({ count: 0, bytes: 0 });
  const alive = new Map<string, number>();
  const gone = enabled ? new FinalizationRegistry<string>((kind) => alive.set(kind, (alive.get(kind) ?? 1) - 1)) : null;
  if (enabled) {
    Object.defineProperty(window, 'weightlings', {
      value: Object.freeze({
        state: (): InspectState => ({ ...state }),
        genePoint: (index: number) => probe?.genePoint(index) ?? null,
        creaturePoint: (id: number) => probe?.creaturePoint(id) ?? null,
        creatureIds: () => probe?.creatureIds() ?? [],
        familyLine: (id: number) => probe?.familyLine(id) ?? [],
        panels: () => probe?.panels?.() ?? {},
        textures: () => textures(),
        alive: (kind: string) => alive.get(kind) ?? 0,
      }),
      configurable: false,
      writable: false,
    });
  }
  return {
    enabled,
    setScene(scene) {
      state.scene = scene;
      if (scene !== 'play') {
        state.levelId = null;
        state.mode = null;
      }
    },
    setProbe(p) {
      probe = p;
    },
    setTextures(read) {
      textures = read;
    },
    track(kind, obj) {
      if (!gone) return;
      alive.set(kind, (alive.get(kind) ?? 0) + 1);
      gone.register(obj, kind);
    },
    update(patch) {
      Object.assign(state, patch);
    },
  };
}
