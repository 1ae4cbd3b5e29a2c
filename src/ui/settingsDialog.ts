/** The settings dialog: language, sound, text size, motion. Keyboard and touch operable; Escape closes. */
import { LANGUAGES, type I18n } from '../app/i18n';
import type { Settings } from '../app/settings';
import { button, el, slider } from './dom';

export interface SettingsDialogDeps {
  readonly i18n: I18n;
  get(): Settings;
  change(patch: Partial<Settings>): void;
}

export class SettingsDialog {
  private root: HTMLElement | null = null;
  private returnFocus: Element | null = null;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.close();
  };

  constructor(
    private readonly host: HTMLElement,
    private readonly deps: SettingsDialogDeps,
  ) {
    deps.i18n.onChange(() => {
      if (this.root) this.render();
    });
  }

  get isOpen(): boolean {
    return this.root !== null;
  }

  open(): void {
    if (this.root) return;
    this.returnFocus = document.activeElement;
    const card = this.render();
    document.addEventListener('keydown', this.onKey);
    // A dialog taller than the screen (a phone held sideways) opens at its top, on its first control.
    card.scrollTop = 0;
    card.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.root) return;
    this.root.remove();
    this.root = null;
    document.removeEventListener('keydown', this.onKey);
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
  }

  /** Builds the dialog anew (a setting or the language changed): focus and scroll stay where they were. */
  private render(): HTMLElement {
    const { i18n } = this.deps;
    const t = i18n.t.bind(i18n);
    const s = this.deps.get();
    const focusedId = this.root?.contains(document.activeElement) ? document.activeElement?.id : undefined;
    const scrolled = this.root?.querySelector('[role="dialog"]')?.scrollTop ?? 0;
    this.root?.remove();
    const languages = el(
      'div',
      { class: 'menu', role: 'group', 'aria-label': t('settings.language') },
      LANGUAGES.map((lang) =>
        button(t(`language.${lang}`), () => this.deps.change({ language: lang }), {
          pressed: s.language === lang,
          id: `lang-${lang}`,
        }),
      ),
    );
    const volume = slider({
      id: 'settings-volume',
      label: t('settings.volume'),
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(s.volume * 100),
      format: (v) => `${i18n.number(v, 0)} %`,
      onInput: (v) => this.deps.change({ volume: v / 100 }),
    });
    const text = slider({
      id: 'settings-text',
      label: t('settings.textSize'),
      min: 90,
      max: 160,
      step: 10,
      value: Math.round(s.textScale * 100),
      format: (v) => `${i18n.number(v, 0)} %`,
      onInput: (v) => this.deps.change({ textScale: v / 100 }),
    });
    const mute = button(
      s.muted ? t('settings.unmute') : t('settings.mute'),
      () => {
        this.deps.change({ muted: !this.deps.get().muted });
        this.render();
      },
      { pressed: s.muted, id: 'settings-mute' },
    );
    const motion = button(
      t('settings.reducedMotion'),
      () => {
        this.deps.change({ reducedMotion: !this.deps.get().reducedMotion });
        this.render();
      },
      { pressed: s.reducedMotion, id: 'settings-motion' },
    );
    const teacher = button(
      t('teacher.mode'),
      () => {
        this.deps.change({ teacher: !this.deps.get().teacher });
        this.render();
      },
      { pressed: s.teacher, id: 'settings-teacher' },
    );
    const close = button(t('settings.close'), () => this.close(), { class: 'primary', id: 'settings-close' });
    const card = el(
      'div',
      { class: 'card', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'settings-title' },
      [
        el('h2', { id: 'settings-title', text: t('settings.title') }),
        el('p', { text: t('settings.language') }),
        languages,
        volume.root,
        el('div', { class: 'menu' }, [mute, motion, teacher]),
        text.root,
        el('div', { class: 'actions' }, [close]),
      ],
    );
    const backdrop = el('div', { class: 'backdrop' });
    backdrop.addEventListener('click', () => this.close());
    this.root = el('div', {}, [backdrop, card]);
    this.host.append(this.root);
    card.scrollTop = scrolled;
    const again = focusedId ? card.querySelector<HTMLElement>(`#${CSS.escape(focusedId)}`) : null;
    (again ?? close).focus({ preventScroll: true });
    return card;
  }
}
