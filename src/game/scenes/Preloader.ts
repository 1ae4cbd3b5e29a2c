/** Preloader: a real progress bar over the app's preload steps (fonts, sounds, levels). */
import * as Phaser from 'phaser';
import type { GameServices } from '../services';

export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super('preloader');
  }

  create(): void {
    this.services.inspect.setScene('preloader');
    const bar = this.add.graphics();
    const total = this.services.preload.reduce((s, p) => s + p.weight, 0) || 1;
    let done = 0;
    const draw = (): void => {
      const { width, height } = this.scale;
      const w = Math.min(480, width * 0.7);
      const x = (width - w) / 2;
      const y = height / 2;
      bar.clear();
      bar.fillStyle(0x27406b, 1).fillRoundedRect(x, y - 14, w, 28, 14);
      bar.fillStyle(0xffb703, 1).fillRoundedRect(x + 4, y - 10, Math.max(20, (w - 8) * (done / total)), 20, 10);
      this.services.screens.loading(done / total);
    };
    draw();
    this.scale.on('resize', draw);
    void (async () => {
      for (const step of this.services.preload) {
        try {
          await step.run();
        } catch {
          // A step that fails (a sound that cannot load) must not stop the game; it plays without it.
        }
        done += step.weight;
        draw();
      }
      this.scale.off('resize', draw);
      this.scene.start(this.services.attract ? 'attract' : 'title');
    })();
  }
}
