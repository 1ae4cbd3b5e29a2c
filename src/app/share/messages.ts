/** An import error in the player's language: what is wrong, and which file, if a file was read. */
import type { I18n, MessageKey } from '../i18n';
import type { ImportError } from './creatureFile';

function taskWord(i18n: I18n, kind: string | number | undefined): string {
  return kind === 'pattern' || kind === 'forage' || kind === 'sort' ? i18n.t(`import.task.${kind}`) : String(kind);
}

export function importErrorText(i18n: I18n, error: ImportError): string {
  const p = error.params ?? {};
  let message: string;
  switch (error.code) {
    case 'bad-code':
      message = i18n.t('import.error.bad-code', {
        why: i18n.t(`code.error.${error.codeError ?? 'empty'}` as MessageKey),
      });
      break;
    case 'task-mismatch':
      message = i18n.t('import.error.task-mismatch', { have: taskWord(i18n, p.have), need: taskWord(i18n, p.need) });
      break;
    default:
      message = i18n.t(`import.error.${error.code}`, p);
  }
  return error.fileName ? i18n.t('import.fileError', { file: error.fileName, message }) : message;
}
