/**
 * A very small Markdown reader for the workshop guide: headings (#…), bullet and numbered lists,
 * and paragraphs, with **bold** inside. It builds DOM nodes and sets text with textContent: no HTML
 * is ever parsed, whatever the file holds.
 */
import { el } from '../dom';

/** Text with **bold** runs, as nodes. */
function inline(text: string): Node[] {
  const out: Node[] = [];
  const parts = text.split('**');
  parts.forEach((part, i) => {
    if (part === '') return;
    out.push(i % 2 === 1 ? el('strong', { text: part }) : document.createTextNode(part));
  });
  return out;
}

export function markdownToNodes(source: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(el('p', {}, inline(paragraph.join(' '))));
    paragraph = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (heading || bullet || line === '') flush();
    if (!bullet && list && line !== '') list = null;
    if (heading) {
      const level = Math.min(4, (heading[1] as string).length + 1);
      out.push(el(`h${level}` as 'h2', {}, inline(heading[2] as string)));
    } else if (bullet) {
      if (!list) {
        list = el(/^\d/.test(line) ? 'ol' : 'ul');
        out.push(list);
      }
      list.append(el('li', {}, inline(bullet[1] as string)));
    } else if (line !== '') paragraph.push(line);
  }
  flush();
  return out;
}
