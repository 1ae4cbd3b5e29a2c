/** The one start function: creates the Phaser game in `parent` with the app's services. */
import * as Phaser from 'phaser';
import { AttractScene } from './scenes/Attract';
import { BootScene } from './scenes/Boot';
import { ClassArenaScene } from './scenes/ClassArena';
import { LevelMapScene } from './scenes/LevelMap';
import { PlayScene } from './scenes/Play';
import { PreloaderScene } from './scenes/Preloader';
import { TitleScene } from './scenes/Title';
import type { GameServices } from './services';
import { drawWithCanvas2D, softwareWebGL } from './softwareWebGL';

export const NAVY = 0x14213d;

export function startGame(parent: HTMLElement, services: GameServices): Phaser.Game {
  return new Phaser.Game({
    // Canvas 2D where WebGL would be drawn by the CPU (see drawWithCanvas2D).
    type: drawWithCanvas2D() ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: NAVY,
    // howler is the one audio context.
    audio: { noAudio: true },
    banner: false,
    // Multisampling drawn by the CPU costs more than it shows; real GPUs keep it.
    render: { antialiasGL: !softwareWebGL() },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    input: { activePointers: 3 },
    scene: [
      new BootScene(),
      new PreloaderScene(services),
      new TitleScene(services),
      new LevelMapScene(services),
      new PlayScene(services),
      new ClassArenaScene(services),
      new AttractScene(services),
    ],
  });
}
