/**
 * What the play screen says after a tap in evolve mode (the word matches what a tap does in that
 * level: eat, take out, pick a parent, or only look), and the prompts in experiment charts that have
 * no line yet.
 */
import { area } from './area';

export const polish = area(
  {
    'tap.eaten': 'Eaten: {count}',
    'tap.culled': 'Taken out: {count}',
    'tap.looking': 'You are looking at one creature. Fitness picks the parents.',
    'chart.empty.race': 'Press “{button}”: the race is drawn here.',
    'chart.empty.train': 'Train to draw its fitness here.',
  },
  {
    'tap.eaten': 'Gefressen: {count}',
    'tap.culled': 'Aussortiert: {count}',
    'tap.looking': 'Du siehst dir ein Wesen an. Die Fitness wählt die Eltern.',
    'chart.empty.race': 'Drück „{button}“: Hier wird das Rennen gezeichnet.',
    'chart.empty.train': 'Trainiere, dann wird hier die Fitness gezeichnet.',
  },
  {
    'tap.eaten': 'Comidas: {count}',
    'tap.culled': 'Descartadas: {count}',
    'tap.looking': 'Estás mirando una criatura. La aptitud elige a los padres.',
    'chart.empty.race': 'Pulsa «{button}»: aquí se dibuja la carrera.',
    'chart.empty.train': 'Entrena y aquí se dibujará su aptitud.',
  },
);
