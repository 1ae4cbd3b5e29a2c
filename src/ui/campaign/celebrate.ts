/**
 * The win moment: big stars pop up over the arena with a burst of small ones, and a line says how
 * many stars are reached. With less motion (the setting or the system's) the stars simply appear.
 * Removes itself; `onDone` runs when it is gone.
 */
import { el } from '../dom';
import { starText } from './cards';

const BURST = 14;

export function celebrate(
  host: HTMLElement,
  stars: number,
  text: string,
  reducedMotion: boolean,
  onDone: () => void,
): () => void {
  const burst: HTMLElement[] = [];
  for (let k = 0; k < BURST; k++) {
    const angle = (k / BURST) * 2 * Math.PI;
    const dist = 140 + (k % 3) * 50;
    burst.push(
      el('span', {
        class: 'burst-star',
        'aria-hidden': 'true',
        text: '★',
        style: `--dx: ${(Math.cos(angle) * dist).toFixed(0)}px; --dy: ${(Math.sin(angle) * dist).toFixed(0)}px; animation-delay: ${(k % 4) * 40}ms`,
      }),
    );
  }
  const root = el('div', { class: 'celebration', role: 'status' }, [
    el('div', { class: 'celebration-stars', 'aria-hidden': 'true', text: starText(stars) }),
    el('p', { text }),
    ...burst,
  ]);
  host.append(root);
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    window.clearTimeout(timer);
    root.remove();
    onDone();
  };
  const timer = window.setTimeout(finish, reducedMotion ? 1400 : 1900);
  return finish;
}
