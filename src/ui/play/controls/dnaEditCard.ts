/**
 * The base editor and the mutation tally. The editor shows the codon of one gene as big letter buttons
 * (the same colours as the DNA strip): a tap moves a base on to the next letter, a key A/C/G/T on a
 * focused base sets it; ◀ ▶ walk through the genes, and a gene tapped in the microscope comes here.
 * The tally is a table: kinds of change by position in the codon, the wobble base last.
 */
import type { I18n, MessageKey } from '../../../app/i18n';
import type { DnaEditExperiment } from '../../../app/play/experiments/dnaEdit';
import { BASES } from '../../../core/dna';
import { baseOfLetter, CHANGE_KINDS, nextBase } from '../../../core/experiments/baseEdit';
import { button, clear, el } from '../../dom';

export class DnaEditCard {
  readonly root: HTMLElement;
  private readonly codon: HTMLElement;
  private readonly geneLabel: HTMLElement;
  private readonly last: HTMLElement;

  constructor(
    private readonly i18n: I18n,
    private readonly model: DnaEditExperiment,
    private readonly onChange: () => void,
  ) {
    const t = i18n.t.bind(i18n);
    this.codon = el('div', { class: 'exp-codon', role: 'group', 'aria-label': t('exp.edit.title') });
    this.geneLabel = el('span', { class: 'exp-gene', id: 'exp-gene', 'aria-live': 'polite' });
    this.last = el('p', { class: 'exp-figure', id: 'exp-last-change', 'aria-live': 'polite' });
    this.root = el('section', { class: 'exp-card', id: 'exp-dna-edit', 'aria-labelledby': 'exp-edit-title' }, [
      el('h3', { id: 'exp-edit-title', text: t('exp.edit.title') }),
      el('div', { class: 'exp-row' }, [
        button('◀', () => this.move(-1), { ariaLabel: t('exp.edit.prev'), id: 'exp-gene-prev' }),
        this.geneLabel,
        button('▶', () => this.move(1), { ariaLabel: t('exp.edit.next'), id: 'exp-gene-next' }),
      ]),
      this.codon,
      el('p', { class: 'exp-caption', text: t('exp.edit.hint') }),
      this.last,
    ]);
    this.update();
  }

  private move(delta: number): void {
    this.model.moveGene(delta);
    this.onChange();
  }

  private set(position: number, base: number): void {
    this.model.setBase(position, base);
    this.onChange();
  }

  update(): void {
    const t = this.i18n.t.bind(this.i18n);
    const m = this.model;
    m.sync();
    const text = t('exp.edit.gene', { n: m.gene + 1, count: m.geneCount });
    if (this.geneLabel.textContent !== text) this.geneLabel.textContent = text;
    const codon = m.codon() ?? [];
    const buttons = this.codon.querySelectorAll<HTMLButtonElement>('button');
    if (buttons.length !== codon.length) {
      clear(this.codon);
      codon.forEach((_, position) => {
        const b = button('', () => this.set(position, nextBase(m.codon()?.[position] ?? 0)), {
          class: 'exp-base',
          id: `exp-base-${position}`,
        });
        b.addEventListener('keydown', (e) => {
          const base = baseOfLetter(e.key);
          if (base < 0 || e.ctrlKey || e.metaKey || e.altKey) return;
          e.preventDefault();
          this.set(position, base);
        });
        this.codon.append(b);
      });
    }
    const k = codon.length;
    this.codon.querySelectorAll<HTMLButtonElement>('button').forEach((b, position) => {
      const base = codon[position] ?? 0;
      const letter = BASES.charAt(base);
      if (b.textContent !== letter) b.textContent = letter;
      b.dataset.base = letter;
      b.classList.toggle('wobble', position === k - 1 && k > 1);
      b.setAttribute(
        'aria-label',
        position === k - 1 && k > 1
          ? t('exp.edit.wobble', { letter })
          : t('exp.edit.base', { n: position + 1, letter }),
      );
    });
    const last = m.lastKind ? t('exp.edit.last', { kind: t(`exp.tally.${m.lastKind}` as MessageKey) }) : '';
    if (this.last.textContent !== last) this.last.textContent = last;
    this.last.dataset.kind = m.lastKind ?? '';
  }
}

export class TallyCard {
  readonly root: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly count: HTMLElement;
  private builtK = -1;

  constructor(
    private readonly i18n: I18n,
    private readonly model: DnaEditExperiment,
    private readonly onChange: () => void,
  ) {
    const t = i18n.t.bind(i18n);
    this.table = el('table', { class: 'exp-tally', id: 'exp-tally' });
    this.count = el('p', { class: 'exp-figure', id: 'exp-tally-count' });
    this.root = el('section', { class: 'exp-card', id: 'exp-tally-card', 'aria-labelledby': 'exp-tally-title' }, [
      el('h3', { id: 'exp-tally-title', text: t('exp.tally.title') }),
      this.table,
      this.count,
      el('div', { class: 'exp-row' }, [
        button(t('exp.tally.try'), () => this.act(() => this.model.tryRandom(20)), { id: 'exp-tally-try' }),
        button(t('exp.tally.reset'), () => this.act(() => this.model.resetTally()), { id: 'exp-tally-reset' }),
      ]),
    ]);
    this.update();
  }

  private act(fn: () => void): void {
    fn();
    this.onChange();
  }

  private build(k: number): void {
    const t = this.i18n.t.bind(this.i18n);
    clear(this.table);
    this.table.append(el('caption', { class: 'visually-hidden', text: t('exp.tally.caption') }));
    const head = el('tr', {}, [el('td')]);
    for (let p = 0; p < k; p++) {
      const name = p === k - 1 && k > 1 ? t('exp.tally.wobble') : t('exp.tally.position', { n: p + 1 });
      head.append(el('th', { scope: 'col', text: name }));
    }
    this.table.append(el('thead', {}, [head]));
    const body = el('tbody');
    for (const kind of CHANGE_KINDS) {
      const row = el('tr', { class: `kind-${kind}` }, [el('th', { scope: 'row', text: t(`exp.tally.${kind}`) })]);
      for (let p = 0; p < k; p++) row.append(el('td', { 'data-kind': kind, 'data-position': p }));
      body.append(row);
    }
    this.table.append(body);
    this.builtK = k;
  }

  update(): void {
    const tally = this.model.tally;
    if (this.builtK !== tally.k) this.build(tally.k);
    this.table.querySelectorAll<HTMLTableCellElement>('td[data-kind]').forEach((cell) => {
      const kind = cell.dataset.kind as (typeof CHANGE_KINDS)[number];
      const p = Number(cell.dataset.position);
      const v = String(tally.byPosition[p]?.[kind] ?? 0);
      if (cell.textContent !== v) cell.textContent = v;
      const share = tally.countAt(p) > 0 ? (tally.byPosition[p]?.[kind] ?? 0) / tally.countAt(p) : 0;
      cell.style.setProperty('--share', share.toFixed(3));
    });
    const text = this.i18n.t('exp.tally.count', { count: tally.count() });
    if (this.count.textContent !== text) this.count.textContent = text;
  }
}
