/**
 * The class arena: the class's creatures side by side in one world. The classroom wiring (main.ts)
 * owns the contest and the DOM leaderboard; this scene gives it the Phaser clock and the arena.
 */
import * as Phaser from 'phaser';
import type { GameServices } from '../services';

export class ClassArenaScene extends Phaser.Scene {
  private handle: { update(dtMs: number): void; resize(): void; leave(): void } | null = null;

  constructor(private readonly services: GameServices) {
    super('classarena');
  }

  create(): void {
    this.services.inspect.setScene('classarena');
    const port = this.services.classArena;
    if (!port) {
      this.scene.start('title');
      return;
    }
    this.handle = port.enter({
      scene: this,
      exit: () => this.scene.start('title'),
      play: (id) => this.scene.start('play', { levelId: id }),
      lab: () => this.scene.start('levelmap', { lab: true }),
    });
    const onResize = (): void => this.handle?.resize();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.handle?.leave();
      this.handle = null;
    });
  }

  update(_time: number, delta: number): void {
    this.handle?.update(delta);
  }
}
