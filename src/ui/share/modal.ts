/**
 * A modal card (role=dialog): a backdrop, a title, content, a close button; Escape or the backdrop
 * closes it and focus goes back where it was. The share, bring-in and guide dialogs are these.
 */
import { button, el } from '../dom';

export interface ModalOptions {
  readonly id: string;
  readonly title: string;
  readonly closeLabel: string;
  readonly class?: string;
  onClose?(): void;
}

export class Modal {
  readonly body: HTMLElement;
  private readonly root: HTMLElement;
  private readonly returnFocus: Element | null;
  private closed = false;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.close();
  };

  constructor(
    host: HTMLElement,
    private readonly opts: ModalOptions,
  ) {
    this.returnFocus = document.activeElement;
    const titleId = `${opts.id}-title`;
    this.body = el('div', { class: 'modal-body' });
    const close = button(opts.closeLabel, () => this.close(), { id: `${opts.id}-close`, class: 'primary' });
    const card = el(
      'div',
      {
        class: `card share-card ${opts.class ?? ''}`.trim(),
        id: opts.id,
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': titleId,
      },
      [el('h2', { id: titleId, text: opts.title }), this.body, el('div', { class: 'actions' }, [close])],
    );
    const backdrop = el('div', { class: 'backdrop' });
    backdrop.addEventListener('click', () => this.close());
    this.root = el('div', { class: 'modal' }, [backdrop, card]);
    host.append(this.root);
    document.addEventListener('keydown', this.onKey);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.root.remove();
    document.removeEventListener('keydown', this.onKey);
    this.opts.onClose?.();
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus();
  }
}
