/** What a play screen can ask of sharing (wired in main.ts): share a creature, bring one in, the class ancestor. */
import type { Creature } from '../../core/codec/sharecode';
import type { MessageKey, Params } from '../i18n';
import type { PlayLevel } from '../play/levels';

export interface PlaySharing {
  /** Opens the share dialog for a creature of this level. */
  share(level: PlayLevel, genome: Float32Array, name: string): void;
  /** Opens the bring-in dialog; `take` puts a creature that fits this level in. */
  bringIn(level: PlayLevel, take: (creature: Creature, how: 'join' | 'new') => void): void;
  /** The class's common ancestor (`?ancestor=`) when it fits this level, else null. */
  ancestorFor(level: PlayLevel): Creature | null;
  /** Says something short over the screen (a notice). */
  notify(key: MessageKey, params?: Params): void;
}
