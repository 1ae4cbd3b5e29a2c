/**
 * Words about the game's helpers (Web Workers) when one of them had to be restarted. The kiosk
 * says nothing (it goes back to its attract loop); at home and in class the player is told, calmly.
 */
import { area } from './area';

export const workers = area(
  {
    'workers.poolRestarted':
      'One of the helpers that compute the generations stopped and was restarted. Nothing was lost: play on.',
  },
  {
    'workers.poolRestarted':
      'Einer der Helfer, die die Generationen berechnen, ist ausgefallen und wurde neu gestartet. Es ist nichts verloren: Spiel einfach weiter.',
  },
  {
    'workers.poolRestarted':
      'Uno de los ayudantes que calculan las generaciones se detuvo y se ha reiniciado. No se ha perdido nada: sigue jugando.',
  },
);
