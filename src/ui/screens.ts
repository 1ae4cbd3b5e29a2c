/**
 * The DOM overlay of the title, level-map and loading screens. Every string comes from the
 * translation layer; a language change re-renders the current screen in place.
 */
import { isMessageKey, type I18n } from '../app/i18n';
import type { LevelMapActions, LevelSummary, ScreensPort, TitleActions } from '../game/services';
import { button, clear, el } from './dom';

export interface ScreenChrome {
  /** Opens the settings dialog. */
  openSettings(): void;
  /** A UI tap sound. */
  tap(): void;
}

/** A world's title: its task's, or a Lab world's "Skin: bark". */
export function levelTitle(i18n: I18n, level: LevelSummary): string {
  if (level.titleKey && isMessageKey(level.titleKey)) {
    const name = level.nameKey && isMessageKey(level.nameKey) ? i18n.t(level.nameKey) : '';
    return i18n.t(level.titleKey, { name });
  }
  return i18n.t(`level.${level.task}.title`);
}

export class Screens implements ScreensPort {
  private rerender: (() => void) | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly i18n: I18n,
    private readonly chrome: ScreenChrome,
  ) {
    i18n.onChange(() => this.rerender?.());
  }

  private show(screen: string, render: () => HTMLElement[]): void {
    document.body.className = document.body.className.replace(/\bscreen-\S+/g, '').trim();
    document.body.classList.add(`screen-${screen}`);
    this.rerender = () => {
      clear(this.root);
      this.root.append(...render());
    };
    this.rerender();
  }

  clear(): void {
    this.rerender = null;
    clear(this.root);
  }

  private settingsButton(): HTMLButtonElement {
    const t = this.i18n.t.bind(this.i18n);
    return button('⚙', () => this.chrome.openSettings(), { class: 'icon-button', ariaLabel: t('title.settings') });
  }

  loading(progress: number): void {
    const t = this.i18n.t.bind(this.i18n);
    this.show('loading', () => [
      el('div', { class: 'title-screen' }, [
        el('h1', { text: t('app.title') }),
        el('p', {
          text: t('app.loading'),
          role: 'progressbar',
          'aria-valuenow': Math.round(progress * 100),
          'aria-valuemin': 0,
          'aria-valuemax': 100,
        }),
      ]),
    ]);
  }

  title(actions: TitleActions): void {
    const t = this.i18n.t.bind(this.i18n);
    this.show('title', () => [
      el('div', { class: 'title-screen' }, [
        el('h1', { text: t('app.title') }),
        el('p', { text: t('app.tagline') }),
        el('div', { class: 'menu' }, [
          button(
            t('title.play'),
            () => {
              this.chrome.tap();
              actions.play();
            },
            { class: 'primary', id: 'play' },
          ),
          button(
            t('title.lab'),
            () => {
              this.chrome.tap();
              actions.lab();
            },
            { id: 'lab' },
          ),
        ]),
      ]),
      el('div', { class: 'corner' }, [this.settingsButton()]),
    ]);
  }

  levelMap(levels: readonly LevelSummary[], actions: LevelMapActions, lab = false): void {
    const t = this.i18n.t.bind(this.i18n);
    this.show('map', () => [
      el('section', { class: 'level-map', 'aria-labelledby': 'map-title' }, [
        el('header', {}, [
          button(t('nav.back'), () => {
            this.chrome.tap();
            actions.back();
          }),
          el('h1', { id: 'map-title', text: lab ? t('lab.title') : t('map.title') }),
        ]),
        el(
          'div',
          { class: 'levels' },
          levels.map((level) => {
            const title = levelTitle(this.i18n, level);
            const b = button(
              '',
              () => {
                this.chrome.tap();
                actions.pick(level.id);
              },
              { class: 'level-button', disabled: level.locked, id: `level-${level.id}` },
            );
            b.setAttribute(
              'aria-label',
              `${level.number}. ${title}. ${level.locked ? t('map.locked') : t('map.stars', { count: level.stars })}`,
            );
            b.append(
              el('span', { class: 'number', text: String(level.number) }),
              el('span', { text: title }),
              el('span', {
                class: 'stars',
                'aria-hidden': 'true',
                text: '★'.repeat(level.stars) + '☆'.repeat(3 - level.stars),
              }),
            );
            return b;
          }),
        ),
      ]),
      el('div', { class: 'corner' }, [this.settingsButton()]),
    ]);
  }
}
