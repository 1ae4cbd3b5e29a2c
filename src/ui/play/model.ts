/** What the play screen shows and what it can ask for: plain data in, callbacks out. */
import type { MessageKey } from '../../app/i18n';

export type PlayMode = 'evolve' | 'train';
export type OptimiserChoice = 'sgd' | 'momentum' | 'adam';
export type ExampleSource = 'teacher' | 'demo';

export interface PlayView {
  readonly titleKey: MessageKey;
  /** The {name} in a Lab world's title. */
  readonly titleName: MessageKey | null;
  /** A campaign level's title by language (from its file); wins over titleKey. */
  readonly titleTexts: Readonly<Record<string, { readonly title: string } | undefined>> | null;
  /** The modes the level opens; the switch is shown only when there are two. */
  readonly modes: readonly PlayMode[];
  /** The controls the level opens (names as in a level file's `controls`); null = every control (the Lab). */
  readonly controls: readonly string[] | null;
  readonly mode: PlayMode;
  readonly generation: number;
  readonly bestFitness: number;
  readonly step: number;
  readonly loss: number;
  readonly status: 'idle' | 'running' | 'diverged';
  readonly busy: boolean;
  readonly turbo: boolean;
  readonly running: boolean;
  readonly chosenCount: number;
  readonly hintKey: MessageKey;
  /** What is said once creatures are tapped ({count} of them): eaten, taken out, chosen, or only looked at. */
  readonly tapKey: MessageKey;
  /** Probability that a weight mutates, 0…1. */
  readonly mutationRate: number;
  /** Standard deviation of a mutation, in weight units. */
  readonly mutationSize: number;
  readonly crossover: boolean;
  /** log10 of the learning rate. */
  readonly logLearningRate: number;
  readonly momentum: number;
  readonly optimiser: OptimiserChoice;
  readonly batchSize: number;
  readonly source: ExampleSource;
  /** The world lets the player drive the creature to make examples. */
  readonly demoAvailable: boolean;
  readonly demoCount: number;
  /** A gene is selected in the microscope (the knock-out button works on it). */
  readonly geneSelected: boolean;
  /** The focused creature and its ancestors, newest first: id and the event that made each. */
  readonly family: readonly { readonly id: number; readonly eventKey: MessageKey }[];
}

export interface PlayActions {
  back(): void;
  setMode(mode: PlayMode): void;
  nextGeneration(): void;
  naturalSelection(): void;
  toggleTurbo(): void;
  setMutationRate(v: number): void;
  setMutationSize(v: number): void;
  setCrossover(on: boolean): void;
  step(): void;
  toggleRun(): void;
  setLogLearningRate(v: number): void;
  setMomentum(v: number): void;
  setOptimiser(o: OptimiserChoice): void;
  setBatchSize(n: number): void;
  setSource(s: ExampleSource): void;
  openSettings(): void;
  /** Sets the selected gene's weight to 0. */
  knockOut(): void;
  /** Opens the share dialog for the creature in view (absent: no Share button). */
  share?(): void;
  /** Opens the bring-in dialog (a share code, a file, the Lab shelf). */
  bringIn?(): void;
}
