/**
 * The frame-rate reference of `npm run budgets`: a Phaser game with the game's own settings
 * (src/game/start.ts: the same renderer choice — Canvas 2D where WebGL is software —, RESIZE to the
 * page, no audio) and one scene that draws nothing.
 * `window.emptyReady` is set when the scene has started.
 */
import * as Phaser from 'phaser';
import { drawWithCanvas2D } from '../../../src/game/softwareWebGL';

class EmptyScene extends Phaser.Scene {
  constructor() {
    super('empty');
  }

  create(): void {
    (window as unknown as { emptyReady: boolean }).emptyReady = true;
  }
}

new Phaser.Game({
  type: drawWithCanvas2D() ? Phaser.CANVAS : Phaser.AUTO,
  parent: document.getElementById('game') as HTMLElement,
  backgroundColor: 0x14213d,
  audio: { noAudio: true },
  banner: false,
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: [new EmptyScene()],
});
