/** Level map: the pond in the background, the worlds as big buttons in the DOM overlay. */
import * as Phaser from 'phaser';
import { drawPond } from '../art/pond';
import { fitToParent } from '../fit';
import type { GameServices } from '../services';

export class LevelMapScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super('levelmap');
  }

  create(data: { lab?: boolean }): void {
    const lab = data.lab === true;
    this.services.inspect.setScene('levelmap');
    const pond = this.add.graphics();
    drawPond(pond, this.scale.width, this.scale.height);
    const onResize = (size: Phaser.Structs.Size): void => drawPond(pond, size.width, size.height);
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
    this.services.screens.levelMap(
      this.services.levels(lab),
      {
        pick: (id) => this.scene.start('play', { levelId: id }),
        back: () => this.scene.start('title'),
        lab: () => this.scene.start('levelmap', { lab: true }),
      },
      lab,
      lab ? [] : (this.services.levelProblems?.() ?? []),
    );
    fitToParent(this);
  }
}
