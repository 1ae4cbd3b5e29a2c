/**
 * The title screen before the game engine has loaded. Phaser and the play screen (about 370 kB of
 * gzipped script) load after the title is on screen, so the title is the DOM overlay alone at
 * first: its buttons work at once. A tap made before the game is ready shows the loading screen
 * and is carried out when the Title scene starts; until then the preloader's progress stays off
 * the screen so the title stays where it is.
 *
 *   const screens = new TitleFirstScreens(ui, i18n, chrome);
 *   screens.showEarlyTitle();           // now, before the game module has even been fetched
 *   import('./game/start').then(…)      // the scenes then call screens.loading / title as before
 */
import type { TitleActions } from '../game/services';
import { Screens } from '../ui/screens';

type Wish = 'play' | 'lab';

export class TitleFirstScreens extends Screens {
  /** What the player tapped before the game was ready. */
  private wish: Wish | null = null;
  /** True once the Title scene has shown the title itself: from then on this is plain Screens. */
  private gameReady = false;
  private early = false;
  private progress = 0;

  /** Shows the title with buttons that work before the game has loaded. */
  showEarlyTitle(): void {
    this.early = true;
    super.title({ play: () => this.want('play'), lab: () => this.want('lab') });
  }

  override loading(progress: number): void {
    this.progress = progress;
    if (!this.early || this.gameReady || this.wish !== null) super.loading(progress);
  }

  override title(actions: TitleActions): void {
    this.gameReady = true;
    const wish = this.wish;
    this.wish = null;
    if (wish === null) super.title(actions);
    else actions[wish]();
  }

  private want(wish: Wish): void {
    if (this.gameReady) return;
    this.wish = wish;
    super.loading(this.progress);
  }
}
