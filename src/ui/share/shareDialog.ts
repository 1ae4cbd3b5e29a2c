/**
 * The share dialog: the creature's name (plain text, at most 48 bytes; no text field in kiosk mode),
 * its share code with a copy button, a QR code of the link that opens the game with it, a download
 * of `<name>.weightling.json`, and in the Lab "Save on the shelf". The name only ever goes into the
 * code, the file and textContent.
 */
import type { I18n } from '../../app/i18n';
import { shareCreature, type SharedCreature } from '../../app/share/creatureShare';
import type { Shelf } from '../../app/save/shelf';
import { checkName, MAX_NAME_BYTES } from '../../core/codec/sharecode';
import type { NetworkSpec } from '../../core/network';
import type { TaskKind } from '../../core/tasks/task';
import { button, clear, el } from '../dom';
import { qrCanvas } from '../qr';
import { Modal } from './modal';

export interface ShareRequest {
  readonly spec: NetworkSpec;
  readonly genome: Float32Array;
  readonly task: TaskKind;
  /** The name shown first (the player may change it). */
  readonly name: string;
  /** Offer "Save on the shelf" (the Lab). */
  readonly shelf: Shelf | null;
}

export interface ShareDialogDeps {
  readonly i18n: I18n;
  readonly host: HTMLElement;
  /** The game's address (the link's base). */
  base(): string;
  /** Kiosk mode: no text field. */
  kiosk(): boolean;
}

export function openShareDialog(deps: ShareDialogDeps, req: ShareRequest): Modal {
  const t = deps.i18n.t.bind(deps.i18n);
  const modal = new Modal(deps.host, { id: 'share-dialog', title: t('share.title'), closeLabel: t('share.close') });
  const genome = req.genome.slice();
  let name = req.name;
  let shared: SharedCreature | null = null;

  const status = el('p', { class: 'share-status', id: 'share-status', role: 'status' });
  const codeBox = el('textarea', { id: 'share-code', readonly: true, rows: 3, spellcheck: 'false' });
  const qrBox = el('div', { class: 'share-qr' });
  const nameHelp = el('p', {
    class: 'hint',
    id: 'share-name-help',
    text: t('share.nameHelp', { max: MAX_NAME_BYTES }),
  });

  const render = (): void => {
    const made = shareCreature(req.spec, genome, req.task, name, deps.base(), new Date());
    shared = made.ok ? made.value : null;
    codeBox.value = shared?.code ?? '';
    clear(qrBox);
    if (!shared) {
      status.textContent = t('share.cannot');
      return;
    }
    qrBox.append(qrCanvas(shared.link, 220, t('qr.label', { what: t('share.qrWhat') })));
    qrBox.append(el('p', { class: 'hint', text: t('share.qrHint') }));
  };

  const nameField = el('div', { class: 'field' });
  if (!deps.kiosk()) {
    const input = el('input', {
      id: 'share-name',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: MAX_NAME_BYTES,
      'aria-describedby': 'share-name-help',
    });
    input.value = name;
    input.addEventListener('input', () => {
      const problem = checkName(input.value);
      input.setAttribute('aria-invalid', String(problem !== null));
      if (problem) {
        nameHelp.textContent = /bytes/.test(problem) ? t('share.nameTooLong') : t('share.nameBad');
        return;
      }
      nameHelp.textContent = t('share.nameHelp', { max: MAX_NAME_BYTES });
      name = input.value;
      render();
    });
    nameField.append(el('label', { for: 'share-name', text: t('share.name') }), input, nameHelp);
  }

  const copy = button(t('share.copy'), () => void copyCode(), { id: 'share-copy' });
  const copyCode = async (): Promise<void> => {
    if (!shared) return;
    try {
      await navigator.clipboard.writeText(shared.code);
      status.textContent = t('share.copied');
    } catch {
      codeBox.focus();
      codeBox.select();
      status.textContent = t('share.copyFailed');
    }
  };
  const download = button(
    t('share.download'),
    () => {
      if (!shared) return;
      const url = URL.createObjectURL(new Blob([shared.fileText], { type: 'application/json' }));
      const a = el('a', { href: url, download: shared.fileName, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    { id: 'share-download' },
  );
  const actions = el('div', { class: 'menu' }, [copy, download]);
  if (req.shelf) {
    const shelf = req.shelf;
    actions.append(
      button(
        t('shelf.save'),
        () => {
          if (!shared) return;
          const saved = shelf.add({ name, code: shared.code, task: req.task });
          status.textContent = saved.ok
            ? t('shelf.saved', { name: name || t('import.unnamed') })
            : saved.error.code === 'full'
              ? t('shelf.full')
              : t('shelf.failed');
        },
        { id: 'shelf-save' },
      ),
    );
  }
  modal.body.append(
    nameField,
    el('div', { class: 'share-layout' }, [
      el('div', { class: 'field share-code-field' }, [
        el('label', { for: 'share-code', text: t('share.code') }),
        codeBox,
        actions,
        status,
      ]),
      qrBox,
    ]),
  );
  render();
  modal.body.querySelector<HTMLInputElement>('#share-name')?.focus();
  if (!modal.body.querySelector('#share-name')) copy.focus();
  return modal;
}
