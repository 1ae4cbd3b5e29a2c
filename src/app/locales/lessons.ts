/** Words the levels' own lessons need beyond their files: the evolve hint that fits the level. */
import { area } from './area';

export const lessons = area(
  {
    'lessons.hint.natural':
      'Tap a creature to look at its brain and DNA. Natural selection lets the fittest have young.',
    'lessons.hint.cull': 'Tap the creatures least like the target: they are out, and the others have young.',
  },
  {
    'lessons.hint.natural':
      'Tippe ein Wesen an, um sein Gehirn und seine DNA zu sehen. Die natürliche Auslese lässt die Tüchtigsten Junge bekommen.',
    'lessons.hint.cull':
      'Tippe die Wesen an, die dem Ziel am wenigsten ähneln: Sie scheiden aus, die anderen bekommen Junge.',
  },
  {
    'lessons.hint.natural':
      'Toca una criatura para ver su cerebro y su ADN. La selección natural deja que las más aptas tengan crías.',
    'lessons.hint.cull': 'Toca las criaturas que menos se parecen al modelo: quedan fuera y las demás tienen crías.',
  },
);
