/** Words the levels' own lessons need beyond their files: the evolve hint that fits the level. */
import { area } from './area';

export const lessons = area(
  {
    'lessons.hint.natural': 'Tap a creature to see its DNA. Fitness picks the parents.',
    'lessons.hint.cull': 'Tap the ones least like the target: the rest have young.',
  },
  {
    'lessons.hint.natural': 'Tippe ein Wesen an und sieh seine DNA. Die Fitness wählt die Eltern.',
    'lessons.hint.cull': 'Tippe die an, die dem Ziel am wenigsten ähneln: Die anderen bekommen Junge.',
  },
  {
    'lessons.hint.natural': 'Toca una criatura para ver su ADN. La aptitud elige a los padres.',
    'lessons.hint.cull': 'Toca las que menos se parecen al modelo: las demás tienen crías.',
  },
);
