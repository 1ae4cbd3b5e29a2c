/**
 * Sharing as main.ts wires it: the share and bring-in dialogs for the play screen, the Lab shelf in
 * Lab worlds, and the common ancestor read from the address once at start. Bad ancestors are said
 * once, and play starts as usual.
 */
import type { I18n, MessageKey, Params } from '../../app/i18n';
import type { PlayLevel } from '../../app/play/levels';
import type { Shelf } from '../../app/save/shelf';
import { ancestorFromSearch, worldForCreature } from '../../app/share/ancestor';
import { checkFits } from '../../app/share/creatureFile';
import { importErrorText } from '../../app/share/messages';
import type { PlaySharing } from '../../app/share/playSharing';
import type { Creature } from '../../core/codec/sharecode';
import { openImportDialog } from './importDialog';
import type { Modal } from './modal';
import { openShareDialog } from './shareDialog';

export interface SharingDeps {
  readonly i18n: I18n;
  /** Where dialogs and notices go (outside the screen overlay, so a screen change keeps them). */
  readonly host: HTMLElement;
  /** The Lab shelf, or null when there is none. */
  readonly shelf: Shelf | null;
  readonly search: string;
  base(): string;
  kiosk(): boolean;
  /** Shows a notice (the game's notice banner). */
  notify(key: MessageKey, params?: Params): void;
}

export class Sharing implements PlaySharing {
  private readonly ancestor: Creature | null = null;
  private modal: Modal | null = null;

  constructor(private readonly deps: SharingDeps) {
    const read = ancestorFromSearch(deps.search);
    if (read?.ok) this.ancestor = read.value;
    else if (read) {
      const why = importErrorText(deps.i18n, read.error).replace(/^[^:]*: /, '');
      this.notify('ancestor.bad', { why });
    }
  }

  /** The level to open at start for the ancestor, or null (none, or no world fits: said once). */
  startLevel(worlds: readonly PlayLevel[]): string | null {
    if (!this.ancestor) return null;
    const world = worldForCreature(this.ancestor, worlds);
    if (!world) this.notify('ancestor.noWorld');
    return world?.id ?? null;
  }

  ancestorFor(level: PlayLevel): Creature | null {
    if (!this.ancestor) return null;
    return checkFits(this.ancestor, level.spec, level.task.kind).ok ? this.ancestor : null;
  }

  private shelfFor(level: PlayLevel): Shelf | null {
    return level.id.startsWith('lab-') ? this.deps.shelf : null;
  }

  share(level: PlayLevel, genome: Float32Array, name: string): void {
    this.modal?.close();
    this.modal = openShareDialog(
      { i18n: this.deps.i18n, host: this.deps.host, base: () => this.deps.base(), kiosk: () => this.deps.kiosk() },
      { spec: level.spec, genome, task: level.task.kind, name, shelf: this.shelfFor(level) },
    );
  }

  bringIn(level: PlayLevel, take: (creature: Creature, how: 'join' | 'new') => void): void {
    this.modal?.close();
    this.modal = openImportDialog(
      { i18n: this.deps.i18n, host: this.deps.host },
      { spec: level.spec, task: level.task.kind, shelf: this.shelfFor(level), take },
    );
  }

  notify(key: MessageKey, params?: Params): void {
    this.deps.notify(key, params);
  }

  /** Closes any open dialog (leaving a screen). */
  close(): void {
    this.modal?.close();
    this.modal = null;
  }
}
