/**
 * On a small screen (a tablet, a phone held sideways) the experiments and the microscope share one
 * side column, so the arena keeps its room: two tabs choose which one it shows. On a large screen
 * the CSS hides the tabs and shows both columns (styles.css, "Small-screen Lab").
 *
 * The choice is a class on <body> (`side-pane-experiments` or `side-pane-microscope`); the hidden
 * pane is `visibility: hidden`, so the microscope keeps its size and is left out of the tab order.
 */
import type { I18n } from '../../../app/i18n';
import { button, clear, el } from '../../dom';

export type SidePane = 'experiments' | 'microscope';

const PANES: readonly SidePane[] = ['experiments', 'microscope'];
/** The element each tab shows (ids in index.html and the experiments panel). */
const PANE_IDS: Readonly<Record<SidePane, string>> = { experiments: 'experiments', microscope: 'microscope' };

export class SideTabs {
  readonly root: HTMLElement;
  private pane: SidePane = 'experiments';
  private readonly unsubscribe: () => void;

  constructor(
    parent: HTMLElement,
    private readonly i18n: I18n,
  ) {
    this.root = el('div', { class: 'side-tabs', role: 'group' });
    parent.append(this.root);
    this.unsubscribe = i18n.onChange(() => this.build());
    this.build();
    this.select(this.pane);
  }

  /** Which pane the side column shows on a small screen. */
  get shown(): SidePane {
    return this.pane;
  }

  select(pane: SidePane): void {
    this.pane = pane;
    for (const p of PANES) document.body.classList.toggle(`side-pane-${p}`, p === pane);
    for (const b of this.root.querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(b.dataset.pane === pane));
    }
  }

  private build(): void {
    clear(this.root);
    const t = this.i18n.t.bind(this.i18n);
    this.root.setAttribute('aria-label', t('side.tabs'));
    for (const pane of PANES) {
      const b = button(t(pane === 'experiments' ? 'side.experiments' : 'side.microscope'), () => this.select(pane), {
        pressed: pane === this.pane,
        class: 'side-tab',
      });
      b.dataset.pane = pane;
      b.setAttribute('aria-controls', PANE_IDS[pane]);
      this.root.append(b);
    }
  }

  destroy(): void {
    this.unsubscribe();
    this.root.remove();
    for (const p of PANES) document.body.classList.remove(`side-pane-${p}`);
  }
}
