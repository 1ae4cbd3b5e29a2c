/**
 * Notices: polite, dismissible banners for what the player must know but need not act on at once —
 * a save that could not be read (and was kept aside), storage that is off or full, offline play
 * ready, an update waiting. They sit in one polite live region (screen readers read each new one
 * without moving focus), never take focus, and re-render in the new language when it changes.
 * A notice with the same `id` as one on screen replaces it (a full disk is told once, not ten times).
 */
import type { I18n, MessageKey, Params } from '../app/i18n';
import type { SaveNotice } from '../app/save/versioned';
import { button, clear, el } from './dom';

/** What a save held, to say which one could not be read. */
export type SavedThing = 'progress' | 'creatures' | 'settings';

export interface NoticeOptions {
  /** Same id replaces the notice on screen; default: the message key. */
  readonly id?: string;
  readonly params?: Params;
  /** 'warning' for lost or unkept data; 'info' for good news. */
  readonly tone?: 'info' | 'warning';
  /** An extra button beside OK (e.g. "Update now"); the notice closes after it runs. */
  readonly action?: { readonly key: MessageKey; run(): void };
  /** Hides itself after this many milliseconds (only for info the player can miss). */
  readonly timeoutMs?: number;
}

interface Shown {
  readonly key: MessageKey;
  readonly options: NoticeOptions;
  readonly node: HTMLElement;
  timer: ReturnType<typeof setTimeout> | null;
}

const SAVE_MESSAGES: Readonly<Record<SavedThing, MessageKey>> = {
  progress: 'notice.saveUnreadable.progress',
  creatures: 'notice.saveUnreadable.creatures',
  settings: 'notice.saveUnreadable.settings',
};

let serial = 0;

export class Notices {
  private readonly region: HTMLElement;
  private readonly shown = new Map<string, Shown>();

  constructor(
    host: HTMLElement,
    private readonly i18n: I18n,
  ) {
    // The live region exists from the start: content added later is what gets announced.
    this.region = el('section', {
      class: 'notices',
      id: 'notices',
      'aria-live': 'polite',
      'aria-label': i18n.t('notice.region'),
    });
    host.append(this.region);
    i18n.onChange(() => {
      this.region.setAttribute('aria-label', i18n.t('notice.region'));
      for (const s of this.shown.values()) this.fill(s);
    });
  }

  /** Shows a message; returns its id (for dismiss). */
  show(key: MessageKey, options: NoticeOptions = {}): string {
    const id = options.id ?? key;
    this.dismiss(id);
    const node = el('div', { class: `notice-banner ${options.tone ?? 'warning'}`, 'data-notice': id });
    const shown: Shown = { key, options, node, timer: null };
    this.shown.set(id, shown);
    this.fill(shown);
    this.region.append(node);
    if (options.timeoutMs !== undefined) shown.timer = setTimeout(() => this.dismiss(id), options.timeoutMs);
    return id;
  }

  /** A save was unreadable: say it was kept aside (the save's backup) and the game starts fresh. */
  saveProblem(notice: SaveNotice, what: SavedThing): string {
    return this.show(SAVE_MESSAGES[what], { id: `save:${notice.key}` });
  }

  /** The browser keeps nothing (private mode, storage switched off). */
  storageOff(): string {
    return this.show('notice.storageOff');
  }

  /** A write was refused: the storage is full (or was switched off since). */
  storageFull(): string {
    return this.show('notice.storageFull');
  }

  dismiss(id: string): void {
    const s = this.shown.get(id);
    if (!s) return;
    if (s.timer !== null) clearTimeout(s.timer);
    s.node.remove();
    this.shown.delete(id);
  }

  /** Ids of the notices on screen (for tests and the inspector). */
  get ids(): readonly string[] {
    return [...this.shown.keys()];
  }

  private fill(s: Shown): void {
    const t = this.i18n.t.bind(this.i18n);
    const id = s.options.id ?? s.key;
    const textId = `notice-text-${++serial}`;
    const dismiss = button(t('notice.dismiss'), () => this.dismiss(id), { class: 'notice-dismiss' });
    dismiss.setAttribute('aria-describedby', textId);
    const buttons: HTMLElement[] = [];
    const action = s.options.action;
    if (action) {
      buttons.push(
        button(
          t(action.key),
          () => {
            this.dismiss(id);
            action.run();
          },
          { class: 'primary' },
        ),
      );
    }
    buttons.push(dismiss);
    clear(s.node);
    s.node.append(
      el('p', { id: textId, text: t(s.key, s.options.params) }),
      el('div', { class: 'notice-actions' }, buttons),
    );
  }
}
