/**
 * Bring a creature in: paste a share code (or a link, or a file's text), open a `.weightling.json`
 * file or drop one on the dialog, or (in the Lab) take one from the shelf. Everything read is checked
 * (src/app/share/creatureFile.ts) and must fit this world; anything wrong is said in words and
 * changes nothing. A creature that fits can join this population or start a new one.
 */
import type { I18n } from '../../app/i18n';
import type { Shelf, ShelfEntry } from '../../app/save/shelf';
import {
  checkFits,
  MAX_CREATURE_FILE_BYTES,
  parseCreatureFile,
  parseShareText,
  readShareCode,
  type ImportError,
} from '../../app/share/creatureFile';
import { importErrorText } from '../../app/share/messages';
import type { Creature } from '../../core/codec/sharecode';
import type { Result } from '../../core/result';
import type { NetworkSpec } from '../../core/network';
import type { TaskKind } from '../../core/tasks/task';
import { button, clear, el } from '../dom';
import { Modal } from './modal';

export interface ImportRequest {
  readonly spec: NetworkSpec;
  readonly task: TaskKind;
  readonly shelf: Shelf | null;
  /** Puts the creature in: `join` this population, or start a `new` one from it. */
  take(creature: Creature, how: 'join' | 'new'): void;
}

export interface ImportDialogDeps {
  readonly i18n: I18n;
  readonly host: HTMLElement;
}

/** Reads a File as text, refusing anything over the size cap before reading it. */
export async function readCreatureFile(file: File): Promise<Result<Creature, ImportError>> {
  if (file.size > MAX_CREATURE_FILE_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `${file.name} is larger than ${MAX_CREATURE_FILE_BYTES / 1024} KB`,
        fileName: file.name,
        params: { max: MAX_CREATURE_FILE_BYTES / 1024 },
      },
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { code: 'empty', message: `${file.name} could not be read`, fileName: file.name } };
  }
  return parseCreatureFile(text, file.name);
}

export function openImportDialog(deps: ImportDialogDeps, req: ImportRequest): Modal {
  const { i18n } = deps;
  const t = i18n.t.bind(i18n);
  const modal = new Modal(deps.host, { id: 'import-dialog', title: t('import.title'), closeLabel: t('share.close') });
  const message = el('p', { class: 'import-message', id: 'import-message', role: 'alert' });
  const found = el('div', { class: 'import-found', id: 'import-found' });

  const fail = (error: ImportError): void => {
    clear(found);
    message.dataset.code = error.code;
    message.textContent = `${importErrorText(i18n, error)} ${t('import.safe')}`;
  };
  const offer = (read: Result<Creature, ImportError>, fileName?: string): void => {
    const fits = read.ok ? checkFits(read.value, req.spec, req.task, fileName) : read;
    if (!fits.ok) return fail(fits.error);
    const creature = fits.value;
    const name = creature.name || t('import.unnamed');
    message.textContent = '';
    delete message.dataset.code;
    clear(found);
    const take = (how: 'join' | 'new'): void => {
      req.take(creature, how);
      modal.close();
    };
    found.append(
      el('p', { id: 'import-name', text: t('import.found', { name }) }),
      el('div', { class: 'menu' }, [
        button(t('import.join'), () => take('join'), { id: 'import-join', class: 'primary' }),
        button(t('import.new'), () => take('new'), { id: 'import-new' }),
      ]),
    );
  };

  const paste = el('textarea', { id: 'import-code', rows: 3, spellcheck: 'false', autocomplete: 'off' });
  const read = button(t('import.read'), () => offer(parseShareText(paste.value)), { id: 'import-read' });
  const fileInput = el('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readCreatureFile(file).then((r) => offer(r, file.name));
    fileInput.value = '';
  });
  const fileLabel = el('label', { for: 'import-file', class: 'button', text: t('import.file') });
  const drop = el('div', { class: 'drop-zone' }, [
    fileInput,
    fileLabel,
    el('span', { class: 'hint', text: t('import.drop') }),
  ]);
  const card = modal.body.parentElement as HTMLElement;
  card.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
  card.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  card.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (file) void readCreatureFile(file).then((r) => offer(r, file.name));
  });

  modal.body.append(
    el('div', { class: 'field' }, [el('label', { for: 'import-code', text: t('import.paste') }), paste]),
    el('div', { class: 'menu' }, [read]),
    drop,
    message,
    found,
  );
  if (req.shelf) modal.body.append(shelfList(deps, req.shelf, req, (entry) => offer(readShareCode(entry.code))));
  paste.focus();
  return modal;
}

function shelfList(
  deps: ImportDialogDeps,
  shelf: Shelf,
  req: ImportRequest,
  load: (e: ShelfEntry) => void,
): HTMLElement {
  const t = deps.i18n.t.bind(deps.i18n);
  const list = el('ul', { class: 'shelf-list', id: 'shelf-list' });
  const section = el('section', { class: 'shelf', 'aria-labelledby': 'shelf-title' }, [
    el('h3', { id: 'shelf-title', text: t('shelf.title') }),
    list,
  ]);
  const render = (): void => {
    clear(list);
    const fitting = shelf.list().filter((e) => {
      const c = readShareCode(e.code);
      return c.ok && checkFits(c.value, req.spec, req.task).ok;
    });
    if (fitting.length === 0) list.append(el('li', { class: 'hint', text: t('shelf.empty') }));
    for (const entry of fitting) {
      const name = entry.name || t('import.unnamed');
      list.append(
        el('li', {}, [
          el('span', { class: 'shelf-name', text: name }),
          button(t('shelf.load'), () => load(entry), { ariaLabel: t('shelf.loadName', { name }) }),
          button(
            t('shelf.remove'),
            () => {
              shelf.remove(entry.id);
              render();
            },
            { ariaLabel: t('shelf.removeName', { name }) },
          ),
        ]),
      );
    }
  };
  render();
  return section;
}
