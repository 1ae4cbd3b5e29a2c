/** Words of the home player's safety nets: saves that could not be read, storage that is off or full, offline play. */
import { area } from './area';

export const home = area(
  {
    'notice.region': 'Messages',
    'notice.dismiss': 'OK',
    'notice.saveUnreadable.progress':
      'Your saved progress could not be read. A copy was kept aside, and the game starts fresh.',
    'notice.saveUnreadable.creatures':
      'Some saved creatures could not be read. A copy was kept aside; the others are here.',
    'notice.saveUnreadable.settings': 'Your settings could not be read. A copy was kept aside; the defaults are back.',
    'notice.storageOff': 'This browser is not keeping saves: your progress will not be kept when you close the game.',
    'notice.storageFull': 'The browser’s storage is full: your last change was not saved.',
    'notice.offlineReady': 'Weightlings is ready to play without the internet.',
    'notice.updateReady': 'A new version of Weightlings is ready.',
    'notice.update': 'Update now',
  },
  {
    'notice.region': 'Meldungen',
    'notice.dismiss': 'OK',
    'notice.saveUnreadable.progress':
      'Dein gespeicherter Spielstand war nicht lesbar. Eine Kopie liegt sicher beiseite, das Spiel beginnt neu.',
    'notice.saveUnreadable.creatures':
      'Einige gespeicherte Wesen waren nicht lesbar. Eine Kopie liegt sicher beiseite, die anderen sind da.',
    'notice.saveUnreadable.settings':
      'Deine Einstellungen waren nicht lesbar. Eine Kopie liegt sicher beiseite, es gelten wieder die Standardwerte.',
    'notice.storageOff': 'Dieser Browser speichert nichts: Dein Spielstand geht verloren, wenn du das Spiel schließt.',
    'notice.storageFull': 'Der Speicher des Browsers ist voll: Deine letzte Änderung wurde nicht gespeichert.',
    'notice.offlineReady': 'Weightlings läuft jetzt auch ohne Internet.',
    'notice.updateReady': 'Eine neue Version von Weightlings ist da.',
    'notice.update': 'Jetzt aktualisieren',
  },
  {
    'notice.region': 'Mensajes',
    'notice.dismiss': 'Vale',
    'notice.saveUnreadable.progress':
      'No se pudo leer tu partida guardada. Guardamos una copia aparte y el juego empieza de nuevo.',
    'notice.saveUnreadable.creatures':
      'No se pudieron leer algunas criaturas guardadas. Guardamos una copia aparte; las demás siguen aquí.',
    'notice.saveUnreadable.settings':
      'No se pudieron leer tus ajustes. Guardamos una copia aparte y vuelven los valores de siempre.',
    'notice.storageOff': 'Este navegador no guarda nada: tu progreso se perderá al cerrar el juego.',
    'notice.storageFull': 'El almacenamiento del navegador está lleno: tu último cambio no se guardó.',
    'notice.offlineReady': 'Weightlings ya se puede jugar sin internet.',
    'notice.updateReady': 'Hay una versión nueva de Weightlings.',
    'notice.update': 'Actualizar',
  },
);
