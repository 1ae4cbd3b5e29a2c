/**
 * The class arena's DOM: a top bar (back, title, the world), a side panel to bring the class's
 * creatures in (pasted codes, files, the Lab shelf), the list of who is in, the start button, and
 * the leaderboard as an accessible table (rank, name, fitness). Names are only ever textContent.
 */
import type { I18n } from '../../app/i18n';
import type { Contestant, LeaderboardRow } from '../../app/share/contest';
import { button, clear, el } from '../dom';

export interface ClassArenaWorld {
  readonly id: string;
  readonly label: string;
}

export interface ClassArenaView {
  readonly worlds: readonly ClassArenaWorld[];
  readonly worldId: string;
  readonly contestants: readonly Contestant[];
  readonly max: number;
  readonly running: boolean;
  readonly leaderboard: readonly LeaderboardRow[] | null;
  /** What the last action said (errors, how many joined), one line each. */
  readonly messages: readonly string[];
  /** The creature tapped in the arena: its row stands out. */
  readonly highlight: number | null;
  readonly shelfSize: number;
}

export interface ClassArenaActions {
  back(): void;
  setWorld(id: string): void;
  addCodes(text: string): void;
  addFiles(files: readonly File[]): void;
  addShelf(): void;
  remove(id: number): void;
  start(): void;
}

export class ClassArenaScreen {
  private readonly list = el('ul', { class: 'arena-list', id: 'arena-list' });
  private readonly board = el('div', { class: 'leaderboard', id: 'leaderboard' });
  private readonly messages = el('div', { class: 'arena-messages', id: 'arena-messages', role: 'alert' });
  private readonly count = el('p', { class: 'hint', id: 'arena-count' });
  private readonly startButton: HTMLButtonElement;
  private readonly worldSelect: HTMLSelectElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly i18n: I18n,
    private readonly actions: ClassArenaActions,
    view: ClassArenaView,
  ) {
    const t = i18n.t.bind(i18n);
    clear(root);
    document.body.className = document.body.className.replace(/\bscreen-\S+/g, '').trim();
    document.body.classList.add('screen-classarena');
    this.worldSelect = el('select', { id: 'arena-world' });
    for (const w of view.worlds) this.worldSelect.append(el('option', { value: w.id, text: w.label }));
    this.worldSelect.addEventListener('change', () => actions.setWorld(this.worldSelect.value));
    this.startButton = button(t('arena.start'), () => actions.start(), { id: 'arena-start', class: 'primary' });
    const paste = el('textarea', { id: 'arena-codes', rows: 4, spellcheck: 'false', autocomplete: 'off' });
    const files = el('input', {
      type: 'file',
      id: 'arena-files',
      multiple: true,
      accept: '.json,application/json',
      class: 'visually-hidden',
    });
    files.addEventListener('change', () => {
      actions.addFiles(Array.from(files.files ?? []));
      files.value = '';
    });
    const panel = el('section', { class: 'arena-panel', 'aria-labelledby': 'arena-title' }, [
      el('div', { class: 'field' }, [el('label', { for: 'arena-codes', text: t('arena.paste') }), paste]),
      el('div', { class: 'menu' }, [
        button(
          t('arena.addCodes'),
          () => {
            actions.addCodes(paste.value);
            paste.value = '';
          },
          { id: 'arena-add-codes' },
        ),
        el('label', { for: 'arena-files', class: 'button', text: t('arena.files') }),
        files,
        button(t('arena.fromShelf'), () => actions.addShelf(), { id: 'arena-shelf', disabled: view.shelfSize === 0 }),
      ]),
      this.messages,
      this.count,
      this.list,
      this.startButton,
      this.board,
    ]);
    panel.addEventListener('dragover', (e) => e.preventDefault());
    panel.addEventListener('drop', (e) => {
      e.preventDefault();
      actions.addFiles(Array.from(e.dataTransfer?.files ?? []));
    });
    const top = el('header', { class: 'topbar' }, [
      button(t('nav.back'), () => actions.back(), { id: 'back' }),
      el('h2', { id: 'arena-title', text: t('arena.title') }),
      el('label', { for: 'arena-world', text: t('arena.world') }),
      this.worldSelect,
    ]);
    root.append(top, panel);
    this.update(view);
  }

  update(v: ClassArenaView): void {
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.number.bind(this.i18n);
    this.worldSelect.value = v.worldId;
    this.worldSelect.disabled = v.running;
    this.count.textContent = t('arena.count', { count: v.contestants.length, max: v.max });
    this.startButton.disabled = v.running || v.contestants.length === 0;
    this.startButton.textContent = v.running ? t('arena.running') : t('arena.start');
    clear(this.messages);
    for (const m of v.messages) this.messages.append(el('p', { text: m }));
    clear(this.list);
    // After a contest the table names everyone: the list steps aside so the leaderboard is in view.
    this.list.hidden = v.leaderboard !== null;
    if (v.contestants.length === 0) this.list.append(el('li', { class: 'hint', text: t('arena.empty') }));
    for (const c of v.contestants) {
      this.list.append(
        el('li', { class: c.id === v.highlight ? 'highlight' : undefined }, [
          el('span', { class: 'arena-name', text: c.name }),
          button('×', () => this.actions.remove(c.id), {
            ariaLabel: t('arena.remove', { name: c.name }),
            disabled: v.running,
          }),
        ]),
      );
    }
    const fresh = v.leaderboard !== null && this.board.childElementCount === 0;
    clear(this.board);
    if (!v.leaderboard) return;
    const body = el('tbody');
    for (const r of v.leaderboard) {
      body.append(
        el('tr', { class: r.id === v.highlight ? 'highlight' : undefined, 'data-id': r.id }, [
          el('td', { text: n(r.rank, 0) }),
          el('th', { scope: 'row', text: r.name }),
          el('td', { text: n(r.fitness, 3) }),
        ]),
      );
    }
    this.board.append(
      el('table', { id: 'leaderboard-table' }, [
        el('caption', { text: t('arena.leaderboard') }),
        el('thead', {}, [
          el('tr', {}, [
            el('th', { scope: 'col', text: t('arena.rank') }),
            el('th', { scope: 'col', text: t('arena.name') }),
            el('th', { scope: 'col', text: t('arena.fitness') }),
          ]),
        ]),
        body,
      ]),
    );
    if (fresh) this.board.scrollIntoView({ block: 'nearest' });
  }

  destroy(): void {
    clear(this.root);
  }
}
