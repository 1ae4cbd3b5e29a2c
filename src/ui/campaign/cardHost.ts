/**
 * One campaign card at a time over the play screen (the lesson card, the closing card): a modal
 * dialog with a backdrop, re-rendered in place when the language changes, its first button focused
 * on open, Escape mapped to the card's way out, focus returned when it closes.
 */
import type { I18n } from '../../app/i18n';
import { el } from '../dom';

export interface CardContent {
  /** The card's heading id (aria-labelledby) is `${id}-title`. */
  readonly id: string;
  /** Builds the card's children; called again after a language change. */
  render(): HTMLElement[];
  /** What Escape does (e.g. back to the map); nothing when absent. */
  escape?(): void;
}

export class CardHost {
  private backdrop: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private content: CardContent | null = null;
  private returnFocus: Element | null = null;
  private readonly unsubscribe: () => void;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.content?.escape) {
      e.preventDefault();
      this.content.escape();
    }
  };

  constructor(
    private readonly root: HTMLElement,
    i18n: I18n,
  ) {
    this.unsubscribe = i18n.onChange(() => this.render(false));
  }

  get open(): string | null {
    return this.content?.id ?? null;
  }

  show(content: CardContent): void {
    if (!this.content) this.returnFocus = document.activeElement;
    this.content = content;
    document.addEventListener('keydown', this.onKey);
    this.render(true);
  }

  close(): void {
    if (!this.content) return;
    this.content = null;
    this.backdrop?.remove();
    this.card?.remove();
    this.backdrop = null;
    this.card = null;
    document.removeEventListener('keydown', this.onKey);
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus();
  }

  destroy(): void {
    this.close();
    this.unsubscribe();
  }

  private render(focus: boolean): void {
    const c = this.content;
    if (!c) return;
    const hadFocus = this.card?.contains(document.activeElement) ? document.activeElement?.id : undefined;
    this.backdrop?.remove();
    this.card?.remove();
    this.backdrop = el('div', { class: 'backdrop campaign-backdrop' });
    this.card = el(
      'div',
      {
        class: `card campaign-card ${c.id}`,
        id: c.id,
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': `${c.id}-title`,
      },
      c.render(),
    );
    this.root.append(this.backdrop, this.card);
    const again = hadFocus ? this.card.querySelector<HTMLElement>(`#${CSS.escape(hadFocus)}`) : null;
    if (again) again.focus();
    else if (focus || hadFocus !== undefined) {
      (
        this.card.querySelector<HTMLElement>('button.primary') ?? this.card.querySelector<HTMLElement>('button')
      )?.focus();
    }
  }
}
