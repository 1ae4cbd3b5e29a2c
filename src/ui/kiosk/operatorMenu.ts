/**
 * The operator's way in: a long press (3 s) on the top-right corner, then the PIN on an on-screen
 * keypad (no text field: a kiosk has no keyboard), then the menu — volume, the language every visit
 * starts in, back to the attract loop, leave kiosk mode. Nothing here is visible to a visitor
 * until the corner has been held.
 */
import type { I18n, Language } from '../../app/i18n';
import type { KioskConfigError } from '../../app/kiosk/config';
import { button, el, slider } from '../dom';

export const LONG_PRESS_MS = 3000;

/** The invisible corner that opens the PIN pad when held (or activated from a keyboard). */
export function operatorCorner(i18n: I18n, onOpen: () => void): HTMLButtonElement {
  const corner = button('', () => undefined, { class: 'kiosk-corner', id: 'kiosk-corner' });
  const label = (): void => corner.setAttribute('aria-label', i18n.t('kiosk.operatorCorner'));
  label();
  i18n.onChange(label);
  let timer: number | null = null;
  const cancel = (): void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
  };
  corner.addEventListener('pointerdown', () => {
    cancel();
    timer = window.setTimeout(() => {
      timer = null;
      onOpen();
    }, LONG_PRESS_MS);
  });
  for (const end of ['pointerup', 'pointercancel', 'pointerleave'] as const) corner.addEventListener(end, cancel);
  // A keyboard (an operator's, plugged in) activates it directly: the PIN still guards the menu.
  corner.addEventListener('click', (e) => {
    if (e.detail === 0) onOpen();
  });
  return corner;
}

export interface PinPadActions {
  /** True when the digits are the PIN. */
  check(pin: string): boolean;
  accepted(): void;
  cancel(): void;
}

const MAX_PIN = 8;

export class PinPad {
  readonly root: HTMLElement;
  private digits = '';
  private readonly dots: HTMLElement;
  private readonly message: HTMLElement;

  constructor(
    layer: HTMLElement,
    private readonly i18n: I18n,
    private readonly actions: PinPadActions,
  ) {
    const t = i18n.t.bind(i18n);
    this.dots = el('p', { class: 'kiosk-pin-dots', role: 'status' });
    this.message = el('p', { class: 'kiosk-pin-message', role: 'alert' });
    const key = (d: string): HTMLButtonElement =>
      button(d, () => this.type(d), { class: 'kiosk-key', id: `kiosk-key-${d}` });
    const keys = el('div', { class: 'kiosk-keypad' }, [
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(key),
      button('⌫', () => this.erase(), { class: 'kiosk-key', ariaLabel: t('kiosk.pinDelete'), id: 'kiosk-key-delete' }),
      key('0'),
      button('✓', () => this.enter(), {
        class: 'kiosk-key primary',
        ariaLabel: t('kiosk.pinEnter'),
        id: 'kiosk-key-enter',
      }),
    ]);
    this.root = el('div', { class: 'kiosk-modal' }, [
      el(
        'div',
        {
          class: 'card kiosk-card kiosk-pin',
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': 'kiosk-pin-title',
        },
        [
          el('h2', { id: 'kiosk-pin-title', text: t('kiosk.pinTitle') }),
          this.dots,
          keys,
          this.message,
          el('div', { class: 'kiosk-actions' }, [
            button(t('kiosk.cancel'), () => actions.cancel(), { id: 'kiosk-pin-cancel' }),
          ]),
        ],
      ),
    ]);
    layer.append(this.root);
    this.show();
    (keys.firstElementChild as HTMLElement | null)?.focus();
  }

  private show(): void {
    this.dots.textContent = '●'.repeat(this.digits.length) + '○'.repeat(Math.max(0, 4 - this.digits.length));
    this.dots.setAttribute('aria-label', this.i18n.t('kiosk.pinEntered', { n: this.digits.length, max: MAX_PIN }));
  }

  private type(d: string): void {
    if (this.digits.length >= MAX_PIN) return;
    this.digits += d;
    this.message.textContent = '';
    this.show();
  }

  private erase(): void {
    this.digits = this.digits.slice(0, -1);
    this.show();
  }

  private enter(): void {
    if (this.actions.check(this.digits)) {
      this.actions.accepted();
      return;
    }
    this.digits = '';
    this.message.textContent = this.i18n.t('kiosk.pinWrong');
    this.show();
  }

  destroy(): void {
    this.root.remove();
  }
}

export interface OperatorActions {
  readonly volume: number;
  readonly defaultLanguage: Language;
  readonly languages: readonly Language[];
  readonly problems: readonly KioskConfigError[];
  readonly visits: number;
  readonly restarts: number;
  setVolume(v: number): void;
  setDefaultLanguage(lang: Language): void;
  toAttract(): void;
  exitKiosk(): void;
  close(): void;
}

export class OperatorMenu {
  readonly root: HTMLElement;

  constructor(layer: HTMLElement, i18n: I18n, a: OperatorActions) {
    const t = i18n.t.bind(i18n);
    const volume = slider({
      id: 'kiosk-volume',
      label: t('kiosk.volume'),
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(a.volume * 100),
      format: (v) => `${i18n.number(v, 0)} %`,
      onInput: (v) => a.setVolume(v / 100),
    });
    const langs = el(
      'div',
      { class: 'menu', role: 'group', 'aria-label': t('kiosk.defaultLanguage') },
      a.languages.map((lang) => {
        const b = button(
          t(`language.${lang}`),
          () => {
            a.setDefaultLanguage(lang);
            for (const other of langs.querySelectorAll('button'))
              other.setAttribute('aria-pressed', String(other === b));
          },
          { pressed: lang === a.defaultLanguage, id: `kiosk-default-${lang}` },
        );
        return b;
      }),
    );
    const close = button(t('kiosk.close'), () => a.close(), { class: 'primary', id: 'kiosk-operator-close' });
    this.root = el('div', { class: 'kiosk-modal' }, [
      el(
        'div',
        {
          class: 'card kiosk-card kiosk-operator',
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': 'kiosk-operator-title',
        },
        [
          el('h2', { id: 'kiosk-operator-title', text: t('kiosk.operatorTitle') }),
          el('p', { class: 'kiosk-hint', text: t('kiosk.stats', { visits: a.visits, restarts: a.restarts }) }),
          ...a.problems.map((p) =>
            el('p', {
              class: 'kiosk-problem',
              text: t('kiosk.configProblem', { field: p.field || 'kiosk.json', code: p.code }),
            }),
          ),
          volume.root,
          el('p', { text: t('kiosk.defaultLanguage') }),
          langs,
          el('div', { class: 'kiosk-actions' }, [
            button(t('kiosk.toAttract'), () => a.toAttract(), { id: 'kiosk-to-attract' }),
            button(t('kiosk.exit'), () => a.exitKiosk(), { id: 'kiosk-exit' }),
            close,
          ]),
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
