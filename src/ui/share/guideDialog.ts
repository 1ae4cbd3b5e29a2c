/**
 * The workshop guide for teachers, in the player's language, read from docs/workshop/<lang>.md
 * (bundled as its own lazily loaded chunk, so it is precached and works offline).
 */
import type { I18n, Language } from '../../app/i18n';
import { Modal } from './modal';
import { markdownToNodes } from './markdown';

const GUIDES: Readonly<Record<Language, () => Promise<{ default: string }>>> = {
  en: () => import('../../../docs/workshop/en.md?raw'),
  de: () => import('../../../docs/workshop/de.md?raw'),
  es: () => import('../../../docs/workshop/es.md?raw'),
};

export async function openGuide(i18n: I18n, host: HTMLElement): Promise<Modal> {
  const modal = new Modal(host, {
    id: 'guide-dialog',
    title: i18n.t('teacher.guide'),
    closeLabel: i18n.t('guide.close'),
    class: 'guide-card',
  });
  const text = await GUIDES[i18n.language]();
  const nodes = markdownToNodes(text.default);
  // The file's own first heading repeats the dialog's title.
  if (nodes[0]?.tagName === 'H2') nodes.shift();
  modal.body.append(...nodes);
  modal.body.setAttribute('tabindex', '0');
  return modal;
}
