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
}

export interface Inspector {
  setScene(scene: string): void;
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
  };
  if (enabled) {
    Object.defineProperty(window, 'weightlings', {
      value: Object.freeze({ state: (): InspectState => ({ ...state }) }),
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
    update(patch) {
      Object.assign(state, patch);
    },
  };
}
