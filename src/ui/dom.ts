/**
 * Small helpers that build accessible DOM controls. Text always goes in through textContent —
 * never HTML — so a creature name or a level string can never become markup.
 */

type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

export function button(
  label: string,
  onClick: () => void,
  opts: { class?: string; pressed?: boolean; ariaLabel?: string; id?: string; disabled?: boolean } = {},
): HTMLButtonElement {
  const b = el('button', {
    type: 'button',
    class: opts.class,
    id: opts.id,
    'aria-label': opts.ariaLabel,
    'aria-pressed': opts.pressed === undefined ? undefined : String(opts.pressed),
    disabled: opts.disabled,
  });
  b.textContent = label;
  b.addEventListener('click', () => onClick());
  return b;
}

export interface SliderOptions {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  /** How the value is shown next to the label. */
  readonly format: (v: number) => string;
  readonly onInput: (v: number) => void;
}

/** A labelled range input whose value is read out (works with touch, mouse, and arrow keys). */
export function slider(o: SliderOptions): { root: HTMLElement; input: HTMLInputElement; set: (v: number) => void } {
  const input = el('input', { type: 'range', id: o.id, min: o.min, max: o.max, step: o.step });
  input.value = String(o.value);
  const output = el('output', { for: o.id, text: o.format(o.value) });
  const label = el('label', { for: o.id }, [el('span', { text: o.label }), output]);
  input.setAttribute('aria-valuetext', o.format(o.value));
  input.addEventListener('input', () => {
    const v = Number(input.value);
    output.textContent = o.format(v);
    input.setAttribute('aria-valuetext', o.format(v));
    o.onInput(v);
  });
  const set = (v: number): void => {
    input.value = String(v);
    output.textContent = o.format(v);
    input.setAttribute('aria-valuetext', o.format(v));
  };
  return { root: el('div', { class: 'field' }, [label, input]), input, set };
}

/** Removes every child of a node. */
export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
