/**
 * What the Phaser game needs from the rest of the app, as interfaces. main.ts is the one place that
 * wires real implementations in; the game never reaches into a global.
 */
import type { InspectProbe } from '../app/inspect';
import type { Skin } from './art/creature';

export interface LevelSummary {
  readonly id: string;
  readonly number: number;
  readonly task: 'pattern' | 'forage' | 'sort';
  readonly stars: number;
  readonly locked: boolean;
  /** Message keys of a Lab world's title and of the {name} in it (default: the task's title). */
  readonly titleKey?: string;
  readonly nameKey?: string;
  /** A campaign level's own words by language (its title comes from its file). */
  readonly texts?: Readonly<Record<string, { readonly title: string } | undefined>>;
}

/** A level file that could not be read: shown on the map, naming the file and the field. */
export interface LevelProblemSummary {
  readonly file: string;
  /** The field path, e.g. "goal.stars[1]"; "" for the whole file. */
  readonly field: string;
  /** The player's message, naming the file and the field, in the current language. */
  text(): string;
}

export interface TitleActions {
  play(): void;
  lab(): void;
  /** Teacher mode: the class arena and the workshop guide. */
  classArena?(): void;
  guide?(): void;
}

export interface LevelMapActions {
  pick(levelId: string): void;
  back(): void;
  /** Opens the Lab (the campaign map shows it after the last level). */
  readonly lab?: () => void;
}

/** The DOM overlay for each screen; the canvas itself carries no text. */
export interface ScreensPort {
  loading(progress: number): void;
  title(actions: TitleActions): void;
  /** The worlds to pick from; `lab` shows the Lab's. */
  levelMap(
    levels: readonly LevelSummary[],
    actions: LevelMapActions,
    lab: boolean,
    problems?: readonly LevelProblemSummary[],
  ): void;
  clear(): void;
  /**
   * Where the overlay's words and buttons are now (page CSS px): the title's creatures keep clear of
   * them, so none drifts under a button.
   */
  keepOut?(): readonly PageBox[];
}

/** A box on the page, CSS px. */
export interface PageBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One step of the preloader: something to load, with a weight for the progress bar. */
export interface PreloadStep {
  readonly weight: number;
  run(): Promise<void>;
}

/** What the scenes report for `?inspect` (window.weightlings.state()). */
export interface InspectPort {
  setScene(scene: string): void;
  /** What a scene answers about its creatures for tests (the title's drifters), or null. */
  setProbe?(probe: InspectProbe | null): void;
}

export interface PlayPort {
  /** Builds the play screen for a level; the returned handle is ended when the scene shuts down. */
  enter(levelId: string, host: PlayHost): { update(dtMs: number): void; resize(): void; leave(): void };
}

/** What the play session may ask the Play scene to do. */
export interface PlayHost {
  readonly scene: Phaser.Scene;
  /** Back to the level map. */
  exit(): void;
  /** Opens a level (the next one, or this one again). */
  play(levelId: string): void;
  /** Opens the Lab's map. */
  lab(): void;
}

/** What the attract scene draws: a demo that evolves and trains on its own (src/app/kiosk/attractDemo.ts). */
export interface AttractDemoView {
  readonly losses: readonly number[];
  creatures(): readonly { readonly id: number; readonly survivor: boolean }[];
  skin(slot: number, resolution: number): Skin;
  traineeSkin(resolution: number): Skin;
  goal(resolution: number): Skin;
  evolve(): boolean;
  train(steps: number): boolean;
}

/** The museum kiosk's attract loop (present only in kiosk mode). */
export interface AttractPort {
  /** The level one tap on the attract screen opens. */
  readonly startLevel: string;
  demo(): AttractDemoView;
  /** Shows the overlay ("Touch to play", languages, captions); `play` starts a visit. */
  show(actions: { play(): void }): void;
  /** The attract scene is running (its first frame): the kiosk is back in its loop. */
  running(): void;
}

export interface GameServices {
  /** Kiosk mode only: the attract loop, the scene the game starts in. */
  readonly attract?: AttractPort;
  readonly screens: ScreensPort;
  readonly preload: readonly PreloadStep[];
  readonly inspect: InspectPort;
  readonly play: PlayPort;
  levels(lab: boolean): readonly LevelSummary[];
  /** A level to open at once instead of the title (the address's `?level=…`), asked once; null for none. */
  firstLevel?(): string | null;
  /** Level files that could not be read (shown on the campaign map). */
  levelProblems?(): readonly LevelProblemSummary[];
  /** A UI sound (tap, select…). */
  sound(name: string): void;
  /** A level to open at once instead of the title (a class's `?ancestor=`); asked once. */
  startLevel?(): string | null;
  /** Teacher mode's extras on the title screen, or null when teacher mode is off. */
  classroom?(): { guide(): void } | null;
  /** The class arena screen. */
  readonly classArena?: ClassArenaPort;
}

export interface ClassArenaPort {
  /** Builds the class arena in the scene; the handle is ended when the scene shuts down. */
  enter(host: PlayHost): { update(dtMs: number): void; resize(): void; leave(): void };
}
