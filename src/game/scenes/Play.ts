/**
 * Play: hosts one level. The play session (wired by main.ts) owns the creatures, the modes and the
 * DOM controls; this scene gives it the Phaser clock and the arena to draw in.
 */
import * as Phaser from 'phaser';
import type { GameServices } from '../services';

export class PlayScene extends Phaser.Scene {
  private session: { update(dtMs: number): void; resize(): void; leave(): void } | null = null;

  constructor(private readonly services: GameServices) {
    super('play');
  }

  create(data: { levelId?: string }): void {
    this.services.inspect.setScene('play');
    const levelId = data.levelId ?? 'pattern';
    this.session = this.services.play.enter(levelId, {
      scene: this,
      exit: () => this.scene.start('levelmap', { lab: levelId.startsWith('lab-') }),
      play: (id) => this.scene.start('play', { levelId: id }),
      lab: () => this.scene.start('levelmap', { lab: true }),
    });
    const onResize = (): void => this.session?.resize();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.session?.leave();
      this.session = null;
    });
  }

  update(_time: number, delta: number): void {
    this.session?.update(delta);
  }
}
