/**
 * What each play-screen control does: the screen's buttons and sliders mapped onto session
 * actions. The controller supplies the session and the few steps that touch the arena or the
 * microscope (breeding follows a newborn; a new example source re-drives the arena).
 */
import type { PlaySession } from '../app/play/session';
import type { EffectName } from '../audio/sounds';
import type { ExampleSource, PlayActions } from '../ui/play/model';
import { gaussianRate, gaussianSize } from './playView';

export interface PlayActionsContext {
  /** The open session (null until it is built, and after the level is left). */
  session(): PlaySession | null;
  exit(): void;
  sound(name: EffectName): void;
  openSettings(): void;
  /** The next generation: by the player's picks, or by fitness (`natural`). */
  breed(s: PlaySession, natural: boolean): Promise<void>;
  /** Trains on the teacher's examples or on the player's demonstrations. */
  useSource(s: PlaySession, source: ExampleSource): Promise<void>;
  knockOut(): void;
  /** Share and bring-in (empty when the game has no sharing). */
  readonly share: Pick<PlayActions, 'share' | 'bringIn'> | undefined;
}

export function playActions(ctx: PlayActionsContext): PlayActions {
  const run = (fn: (s: PlaySession) => Promise<void> | void): void => {
    const s = ctx.session();
    if (s) void fn(s);
  };
  return {
    back: () => ctx.exit(),
    setMode: (mode) =>
      run(async (s) => {
        ctx.sound('uiTap');
        if (mode === 'train') await s.switchToTrain();
        else await s.switchToEvolve();
      }),
    nextGeneration: () => run((s) => ctx.breed(s, false)),
    naturalSelection: () => run((s) => ctx.breed(s, true)),
    toggleTurbo: () => run((s) => (s.turbo ? s.stopTurbo() : s.startTurbo())),
    setMutationRate: (v) =>
      run((s) => s.setEvolution({ mutation: { kind: 'gaussian', rate: v, size: gaussianSize(s) } })),
    setMutationSize: (v) =>
      run((s) => s.setEvolution({ mutation: { kind: 'gaussian', rate: gaussianRate(s), size: v } })),
    setCrossover: (on) => run((s) => s.setEvolution({ crossover: on ? 'perNeuron' : 'none' })),
    step: () => run((s) => s.trainSteps(1)),
    toggleRun: () => run((s) => (s.running ? s.pause() : s.run())),
    setLogLearningRate: (v) =>
      run((s) => s.configureTrainer({ optimizer: { ...s.trainerConfig.optimizer, learningRate: 10 ** v } })),
    setMomentum: (v) => run((s) => s.configureTrainer({ optimizer: { ...s.trainerConfig.optimizer, momentum: v } })),
    setOptimiser: (o) => run((s) => s.configureTrainer({ optimizer: { ...s.trainerConfig.optimizer, kind: o } })),
    setBatchSize: (n) => run((s) => s.configureTrainer({ batchSize: n })),
    setSource: (src) => run((s) => ctx.useSource(s, src)),
    openSettings: () => ctx.openSettings(),
    ...ctx.share,
    knockOut: () => ctx.knockOut(),
  };
}
