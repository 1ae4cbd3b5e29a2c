/**
 * The classroom, wired: sharing on the play screen (share, bring in, the Lab shelf), the class's
 * common ancestor (`?ancestor=`: the game opens the first world it fits), teacher mode's title-screen
 * extras (the workshop guide, the class arena) and the class arena itself. Loaded with the game,
 * after the title screen (the QR code and the arena are not needed before).
 */
import type { I18n, MessageKey, Params } from '../app/i18n';
import type { Inspector } from '../app/inspect';
import type { Engine } from '../app/play/engine';
import { LAB_LEVELS } from '../app/play/labLevels';
import { BUILTIN_LEVELS } from '../app/play/levels';
import { Shelf } from '../app/save/shelf';
import type { KeyValueStore } from '../app/storage';
import type { GameServices } from '../game/services';
import { openGuide } from '../ui/share/guideDialog';
import { Sharing } from '../ui/share/sharing';
import { createClassArenaPort } from './classArena';

export interface ClassroomDeps {
  readonly i18n: I18n;
  /** Where dialogs go (#app). */
  readonly host: HTMLElement;
  /** The screen overlay (#ui). */
  readonly root: HTMLElement;
  readonly live: HTMLElement;
  readonly inspector: Inspector;
  readonly engine: Engine;
  readonly store: KeyValueStore;
  teacher(): boolean;
  kiosk(): boolean;
  notify(key: MessageKey, params?: Params): void;
}

export function createClassroom(deps: ClassroomDeps): {
  sharing: Sharing;
  services: Pick<GameServices, 'startLevel' | 'classroom' | 'classArena'>;
} {
  const { i18n } = deps;
  const shelf = Shelf.load(deps.store).shelf;
  const sharing = new Sharing({
    i18n,
    host: deps.host,
    shelf,
    search: location.search,
    base: () => location.href,
    kiosk: () => deps.kiosk(),
    notify: (key, params) => deps.notify(key, params),
  });
  let ancestorLevel = sharing.startLevel([...BUILTIN_LEVELS, ...LAB_LEVELS]);
  return {
    sharing,
    services: {
      startLevel: () => {
        const id = ancestorLevel;
        ancestorLevel = null;
        return id;
      },
      classroom: () => (deps.teacher() ? { guide: () => void openGuide(i18n, deps.host) } : null),
      classArena: createClassArenaPort({
        i18n,
        root: deps.root,
        live: deps.live,
        engine: deps.engine,
        inspector: deps.inspector,
        shelf,
        worlds: () => [
          ...BUILTIN_LEVELS.map((level) => ({ level, label: i18n.t(`level.${level.task.kind}.title`) })),
          ...LAB_LEVELS.map((level) => ({ level, label: i18n.t(level.titleKey, { name: i18n.t(level.nameKey) }) })),
        ],
      }),
    },
  };
}
