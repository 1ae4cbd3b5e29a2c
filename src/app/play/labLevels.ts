/**
 * The Lab: every world with every control open — each pattern target, each taste rule, the open and
 * the walled pond. Each is one of the built-in worlds with its task changed.
 */
import type { MessageKey } from '../i18n';
import type { PatternConfig } from '../../core/tasks/pattern';
import type { ForageTaskConfig, SortTaskConfig } from '../../core/tasks/registry';
import type { EdibilityRule } from '../../core/tasks/sortRules';
import { BUILTIN_LEVELS, type PlayLevel } from './levels';

export interface LabLevel extends PlayLevel {
  readonly titleKey: MessageKey;
  readonly nameKey: MessageKey;
}

const base = (kind: 'pattern' | 'forage' | 'sort'): PlayLevel =>
  BUILTIN_LEVELS.find((l) => l.task.kind === kind) as PlayLevel;

const PATTERN_TARGETS: readonly [string, PatternConfig['target']][] = [
  ['bark', { type: 'texture', name: 'bark', seed: 7 }],
  ['sand', { type: 'texture', name: 'sand', seed: 3 }],
  ['leaves', { type: 'texture', name: 'leaves', seed: 5 }],
  ['ring', { type: 'shape', name: 'ring' }],
  ['stripes', { type: 'shape', name: 'stripes' }],
  ['letter', { type: 'shape', name: 'letter', letter: 'W' }],
];

const SORT_RULES: readonly [string, EdibilityRule][] = [
  ['ellipse', { kind: 'ellipse', a: 0, b: 1, center: [0.1, -0.1], radii: [0.6, 0.5] }],
  ['linear', { kind: 'linear', weights: [1, -0.6], bias: 0.1 }],
  ['quadrants', { kind: 'quadrants', a: 0, b: 1, center: [0, 0] }],
  ['sineBand', { kind: 'sineBand', a: 0, b: 1, amplitude: 0.4, frequency: 1.5, phase: 0, halfWidth: 0.35 }],
];

function build(): LabLevel[] {
  const out: LabLevel[] = [];
  let n = 1;
  const pattern = base('pattern');
  for (const [name, target] of PATTERN_TARGETS) {
    const task: PatternConfig = { ...(pattern.task as PatternConfig), target };
    out.push({
      ...pattern,
      id: `lab-pattern-${name}`,
      number: n++,
      task,
      titleKey: 'lab.pattern',
      nameKey: `lab.name.${name}` as MessageKey,
    });
  }
  const sort = base('sort');
  for (const [name, rule] of SORT_RULES) {
    const task: SortTaskConfig = { ...(sort.task as SortTaskConfig), rule };
    out.push({
      ...sort,
      id: `lab-sort-${name}`,
      number: n++,
      task,
      titleKey: 'lab.sort',
      nameKey: `lab.name.${name}` as MessageKey,
    });
  }
  const forage = base('forage');
  const open = forage.task as ForageTaskConfig;
  out.push({ ...forage, id: 'lab-forage-open', number: n++, titleKey: 'lab.forage', nameKey: 'lab.name.open' });
  const walls: ForageTaskConfig = {
    ...open,
    boxes: [
      { x: 250, y: 120, width: 30, height: 220 },
      { x: 520, y: 260, width: 30, height: 220 },
    ],
  };
  out.push({
    ...forage,
    id: 'lab-forage-walls',
    number: n++,
    task: walls,
    titleKey: 'lab.forage',
    nameKey: 'lab.name.walls',
  });
  return out;
}

export const LAB_LEVELS: readonly LabLevel[] = build();
