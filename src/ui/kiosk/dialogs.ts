/**
 * The kiosk's dialogs over the game:
 * - "Still there?": the idle warning, with a big Keep-playing button (focused), the seconds left and
 *   — when the visitor has a creature — a way to take it home before the kiosk starts over;
 * - "Take it home": the visitor's creature as a QR code a phone can scan. It opens the public game
 *   with the creature as the common ancestor (`?ancestor=<share code>`). The address is only encoded
 *   in the picture — never shown as a link a visitor could follow away from the kiosk;
 * - "Something went wrong. Restarting…", shown over everything while the kiosk recovers.
 */
import type { I18n } from '../../app/i18n';
import { button, el } from '../dom';
import { qrCanvas } from '../qr';

export interface CountdownActions {
  keepPlaying(): void;
  /** Present when there is a creature to take home. */
  takeHome?: () => void;
}

export class Countdown {
  private readonly root: HTMLElement;
  private readonly seconds: HTMLElement;

  constructor(
    layer: HTMLElement,
    private readonly i18n: I18n,
    actions: CountdownActions,
    secondsLeft: number,
  ) {
    const t = i18n.t.bind(i18n);
    this.seconds = el('p', { class: 'kiosk-seconds', 'aria-live': 'polite' });
    const keep = button(t('kiosk.keepPlaying'), () => actions.keepPlaying(), {
      class: 'primary kiosk-big',
      id: 'kiosk-keep-playing',
    });
    const buttons: HTMLElement[] = [keep];
    const takeHome = actions.takeHome;
    if (takeHome)
      buttons.push(
        button(t('kiosk.takeHome'), () => takeHome(), { class: 'kiosk-big', id: 'kiosk-countdown-take-home' }),
      );
    this.root = el('div', { class: 'kiosk-modal' }, [
      el(
        'div',
        {
          class: 'card kiosk-card kiosk-countdown',
          role: 'alertdialog',
          'aria-modal': 'true',
          'aria-labelledby': 'kiosk-still-there',
        },
        [
          el('h2', { id: 'kiosk-still-there', text: t('kiosk.stillThere') }),
          this.seconds,
          el('div', { class: 'kiosk-actions' }, buttons),
        ],
      ),
    ]);
    layer.append(this.root);
    this.update(secondsLeft);
    keep.focus();
  }

  update(secondsLeft: number): void {
    const text = this.i18n.t('kiosk.countdown', { n: Math.max(0, Math.ceil(secondsLeft)) });
    if (this.seconds.textContent !== text) this.seconds.textContent = text;
  }

  destroy(): void {
    this.root.remove();
  }
}

/** The take-home QR code; `url` null: there is no creature yet (nothing was played). */
export class TakeHomeDialog {
  private readonly root: HTMLElement;

  constructor(layer: HTMLElement, i18n: I18n, url: string | null, onClose: () => void) {
    const t = i18n.t.bind(i18n);
    const close = button(t('kiosk.close'), () => onClose(), {
      class: 'primary kiosk-big',
      id: 'kiosk-take-home-close',
    });
    const body: HTMLElement[] = url
      ? [
          qrCanvas(url, 420, t('qr.label', { what: t('kiosk.yourCreature') })),
          el('p', { text: t('qr.scan') }),
          el('p', { class: 'kiosk-hint', text: t('kiosk.takeHomeHint') }),
        ]
      : [el('p', { text: t('kiosk.takeHomeNone') })];
    this.root = el('div', { class: 'kiosk-modal' }, [
      el(
        'div',
        {
          class: 'card kiosk-card kiosk-take-home',
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': 'kiosk-take-home-title',
          'data-url': url ?? undefined,
        },
        [
          el('h2', { id: 'kiosk-take-home-title', text: t('kiosk.takeHomeTitle') }),
          ...body,
          el('div', { class: 'kiosk-actions' }, [close]),
        ],
      ),
    ]);
    layer.append(this.root);
    close.focus();
  }

  destroy(): void {
    this.root.remove();
  }
}

export function showRestarting(layer: HTMLElement, i18n: I18n): HTMLElement {
  const root = el('div', { class: 'kiosk-restarting', role: 'alert', id: 'kiosk-restarting' }, [
    el('div', { class: 'kiosk-spinner', 'aria-hidden': 'true' }),
    el('p', { text: i18n.t('app.restarting') }),
  ]);
  layer.append(root);
  return root;
}
