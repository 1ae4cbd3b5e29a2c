/** Boot: makes the few textures every scene shares, then hands over to the preloader. */
import * as Phaser from 'phaser';
import { makeSharedTextures } from '../art/shared';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  create(): void {
    makeSharedTextures(this);
    this.scene.start('preloader');
  }
}
