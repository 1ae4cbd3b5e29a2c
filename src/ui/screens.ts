/**
 * The DOM overlay of the title, level-map and loading screens. Every string comes from the
 * translation layer; a language change re-renders the current screen in place.
 */
import type { I18n } from '../app/i18n';
import type {
  LevelMapActions,
  LevelProblemSummary,
  LevelSummary,
  PageBox,
  ScreensPort,
  TitleActions,
} from '../game/services';
import { button, clear, el } from './dom';
import { levelMapView } from './levelMap';

export interface ScreenChrome {
  /** Opens the settings dialog. */
  openSettings(): void;
  /** A UI tap sound. */
  tap(): void;
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

  keepOut(): PageBox[] {
    const out: PageBox[] = [];
    for (const node of this.root.querySelectorAll('h1, p, button')) {
      const r = node.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    return out;
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
          ...this.classroomButtons(actions),
        ]),
      ]),
      el('div', { class: 'corner' }, [this.settingsButton()]),
    ]);
  }

  /** Teacher mode: the class arena and the workshop guide. */
  private classroomButtons(actions: TitleActions): HTMLButtonElement[] {
    const t = this.i18n.t.bind(this.i18n);
    const out: HTMLButtonElement[] = [];
    if (actions.classArena) out.push(button(t('arena.button'), () => actions.classArena?.(), { id: 'class-arena' }));
    if (actions.guide) out.push(button(t('teacher.guide'), () => actions.guide?.(), { id: 'workshop-guide' }));
    return out;
  }

  levelMap(
    levels: readonly LevelSummary[],
    actions: LevelMapActions,
    lab = false,
    problems: readonly LevelProblemSummary[] = [],
  ): void {
    this.show('map', () => [
      levelMapView(this.i18n, { levels, lab, problems }, actions, () => this.chrome.tap()),
      el('div', { class: 'corner' }, [this.settingsButton()]),
    ]);
  }
}
