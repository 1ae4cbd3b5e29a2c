/**
 * Less motion: true when the player asked for it in the settings (main.ts puts the class
 * `reduced-motion` on <body>) or the system does (`prefers-reduced-motion: reduce`). Decorative
 * movement — drifting title creatures, arrival tweens — stops; what the simulation itself shows
 * (creatures foraging) keeps moving, since it is the content.
 */
export function reducedMotion(): boolean {
  if (typeof document === 'undefined') return false;
  if (document.body.classList.contains('reduced-motion')) return true;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
