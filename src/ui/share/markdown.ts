/**
 * A very small Markdown reader for the workshop guide: headings (#…), bullet and numbered lists
 * (an indented line continues its item), and paragraphs, with **bold**, *italic* and `code` inside. It builds
 * DOM nodes and sets text with textContent: no HTML is ever parsed, whatever the file holds.
 */
import { el } from '../dom';

/** Text with **bold**, *italic* and `code` runs, as nodes. */
function inline(text: string): Node[] {
  const out: Node[] = [];
  text.split('**').forEach((part, i) => {
    const bold = i % 2 === 1;
    part.split('`').forEach((piece, j) => {
      if (piece === '') return;
      if (j % 2 === 1) {
        out.push(el('code', { text: piece }));
        return;
      }
      piece.split('*').forEach((run, k) => {
        if (run === '') return;
        const node = k % 2 === 1 ? el('em', { text: run }) : document.createTextNode(run);
        out.push(bold ? el('strong', {}, [node]) : node);
      });
    });
  });
  return out;
}

export function markdownToNodes(source: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  /** The open block's lines: a paragraph, or the current list item. */
  let lines: string[] = [];
  let inItem = false;
  const flush = (): void => {
    if (lines.length > 0) {
      const text = inline(lines.join(' '));
      if (inItem && list) list.append(el('li', {}, text));
      else out.push(el('p', {}, text));
    }
    lines = [];
    inItem = false;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
      list = null;
    } else if (heading) {
      flush();
      list = null;
      const level = Math.min(4, (heading[1] as string).length + 1);
      out.push(el(`h${level}` as 'h2', {}, inline(heading[2] as string)));
    } else if (bullet) {
      flush();
      if (!list) {
        list = el(/^\d/.test(line) ? 'ol' : 'ul');
        out.push(list);
      }
      inItem = true;
      lines.push(bullet[1] as string);
    } else if (inItem && /^\s/.test(raw)) lines.push(line);
    else {
      if (inItem) {
        flush();
        list = null;
      }
      lines.push(line);
    }
  }
  flush();
  return out;
}
