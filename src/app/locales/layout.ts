/** Words of the screen layout: the tabs that share one side column on small screens. */
import { area } from './area';

export const layout = area(
  {
    'side.tabs': 'Side panel',
    'side.microscope': 'Microscope',
    'side.experiments': 'Experiments',
  },
  {
    'side.tabs': 'Seitenleiste',
    'side.microscope': 'Mikroskop',
    'side.experiments': 'Experimente',
  },
  {
    'side.tabs': 'Panel lateral',
    'side.microscope': 'Microscopio',
    'side.experiments': 'Experimentos',
  },
);
