/**
 * The attract screen's DOM: one big "Touch to play" button under everything, the language buttons,
 * the headings over the demo's two halves (they match the Attract scene's layout) and a caption
 * that changes every few seconds. Re-renders in place when the language changes.
 */
import type { I18n, Language, MessageKey } from '../../app/i18n';
import { button, clear, el } from '../dom';

const CAPTIONS: readonly MessageKey[] = [
  'kiosk.caption.1',
  'kiosk.caption.2',
  'kiosk.caption.3',
  'kiosk.caption.4',
  'kiosk.caption.5',
  'kiosk.caption.6',
];
export const CAPTION_MS = 5500;

export interface AttractActions {
  play(): void;
  language(lang: Language): void;
}

export class AttractOverlay {
  private readonly root: HTMLElement;
  private caption = 0;
  private timer: number | null = null;
  private readonly unsubscribe: () => void;
  private captionEl: HTMLElement | null = null;

  constructor(
    layer: HTMLElement,
    private readonly i18n: I18n,
    private readonly languages: readonly Language[],
    private readonly actions: AttractActions,
  ) {
    this.root = el('section', { class: 'kiosk-attract', 'aria-labelledby': 'kiosk-title' });
    layer.append(this.root);
    this.render();
    this.unsubscribe = i18n.onChange(() => this.render());
    this.timer = window.setInterval(() => this.nextCaption(), CAPTION_MS);
  }

  private nextCaption(): void {
    this.caption = (this.caption + 1) % CAPTIONS.length;
    if (this.captionEl) this.captionEl.textContent = this.i18n.t(CAPTIONS[this.caption] as MessageKey);
  }

  private render(): void {
    const t = this.i18n.t.bind(this.i18n);
    const touch = button('', () => this.actions.play(), { class: 'kiosk-touch', id: 'kiosk-touch' });
    touch.append(el('span', { class: 'kiosk-touch-label', text: t('kiosk.touchToPlay') }));
    const langs = el(
      'div',
      { class: 'kiosk-langs', role: 'group', 'aria-label': t('kiosk.languages') },
      this.languages.map((lang) =>
        button(t(`language.${lang}`), () => this.actions.language(lang), {
          class: 'kiosk-lang',
          pressed: this.i18n.language === lang,
          id: `kiosk-lang-${lang}`,
        }),
      ),
    );
    this.captionEl = el('p', { class: 'kiosk-caption', text: t(CAPTIONS[this.caption] as MessageKey) });
    clear(this.root);
    this.root.append(
      touch,
      el('h1', { id: 'kiosk-title', class: 'kiosk-title', text: t('app.title') }),
      langs,
      el('h2', { class: 'kiosk-heading kiosk-heading-evolution', text: t('kiosk.evolution') }),
      el('p', { class: 'kiosk-heading kiosk-heading-goal', text: t('kiosk.goal') }),
      el('h2', { class: 'kiosk-heading kiosk-heading-training', text: t('kiosk.training') }),
      this.captionEl,
    );
  }

  destroy(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe();
    this.root.remove();
  }
}
