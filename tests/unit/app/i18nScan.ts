/**
 * Finds user-facing text written straight into the UI code instead of going through i18n.
 *
 * It parses each source file with the TypeScript compiler and looks at the places where text
 * reaches the player ("sinks"):
 *   - a property `text`, `label`, `title`, `placeholder`, `alt`, `aria-label`, `aria-valuetext`,
 *     `ariaLabel` or `caption` in an object literal (el() attributes, pixi `new Text({text})`, options);
 *   - the label argument of the DOM helpers `button(label, …)`;
 *   - assignments to `.textContent`, `.innerText`, `.title`, `.placeholder`, `.alt`, `.ariaLabel`;
 *   - `setAttribute('aria-label' | 'aria-valuetext' | 'title' | 'placeholder' | 'alt', value)`;
 *   - Phaser `add.text(x, y, value, …)`, `setText(value)`, canvas `fillText(value, …)` / `strokeText`.
 * The value is searched through string concatenation, template literals, `?:`, `??` and `||`.
 * Text counts as user-facing when it holds a word: two letters in a row in any script. Symbols
 * ('⚙', '★', '×', '%', '–'), single letters (the DNA bases A, C, G, T), numbers and empty
 * strings pass; so do message keys written as `t('some.key')` (a call is not a literal).
 *
 * Not sinks: the `message` of an error Result (an English message for developers and logs by design;
 * the UI shows a catalogue message chosen by the error's code) and console output.
 *
 * Limits: it does not follow a literal through a variable or a function's return value
 * (`const s = 'Hello'; el('p', { text: s })` is missed), nor text in CSS `content`, SVG or image
 * files, HTML files, or level JSON. A literal that must stay (a language's own name in that
 * language comes from the catalogue too, so there is none today) is allowed by a
 * `// i18n-ok: <reason>` comment on the same line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface HardCoded {
  readonly file: string;
  readonly line: number;
  readonly sink: string;
  readonly text: string;
}

const PROPERTY_SINKS = new Set([
  'text',
  'label',
  'title',
  'placeholder',
  'alt',
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'ariaLabel',
  'caption',
]);
const MEMBER_SINKS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel']);
const ATTRIBUTE_SINKS = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'title', 'placeholder', 'alt']);
/** Call name → index of the argument that is shown. */
const CALL_SINKS: Readonly<Record<string, number>> = { button: 0, setText: 0, fillText: 0, strokeText: 0 };

/** Two letters in a row, in any script: a word someone reads. */
const WORD = /\p{L}{2,}/u;

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

/** The literal text parts of an expression that may be shown (through +, templates, ?:, ??, ||). */
function literalParts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
    for (const span of node.templateSpans) parts.push(...literalParts(span.expression));
    return parts;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    return literalParts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.PlusToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken
    )
      return [...literalParts(node.left), ...literalParts(node.right)];
  }
  return [];
}

function calleeName(call: ts.CallExpression): string | null {
  const c = call.expression;
  if (ts.isIdentifier(c)) return c.text;
  if (ts.isPropertyAccessExpression(c)) return c.name.text;
  return null;
}

/** Hard-coded user-facing text in one source text. */
export function scanSource(file: string, source: string): HardCoded[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = source.split('\n');
  const found: HardCoded[] = [];
  const report = (node: ts.Node, value: ts.Expression | undefined, sink: string): void => {
    if (!value) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    if (lines[line]?.includes('i18n-ok:')) return;
    for (const text of literalParts(value)) {
      if (WORD.test(text)) found.push({ file, line: line + 1, sink, text });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name !== null && PROPERTY_SINKS.has(name)) report(node, node.initializer, `${name}:`);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (ts.isPropertyAccessExpression(left) && MEMBER_SINKS.has(left.name.text))
        report(node, node.right, `.${left.name.text} =`);
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const args = node.arguments;
      if (name === 'setAttribute') {
        const attr = args[0];
        if (attr && ts.isStringLiteral(attr) && ATTRIBUTE_SINKS.has(attr.text))
          report(node, args[1], `setAttribute('${attr.text}')`);
      } else if (name === 'text' && ts.isPropertyAccessExpression(node.expression)) {
        // Phaser: this.add.text(x, y, text, style)
        const owner = node.expression.expression;
        if (ts.isPropertyAccessExpression(owner) && owner.name.text === 'add') report(node, args[2], 'add.text');
      } else if (name !== null && name in CALL_SINKS) {
        report(node, args[CALL_SINKS[name]!], `${name}()`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every .ts file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function scanFiles(files: readonly string[]): HardCoded[] {
  return files.flatMap((f) => scanSource(f, readFileSync(f, 'utf8')));
}
