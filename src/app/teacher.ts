/**
 * Teacher mode (the settings toggle, or `?teacher` in the address for this visit): every level open,
 * a projector scale for the whole interface, and the workshop guide and class arena on the title
 * screen. Pure policy; main.ts applies it.
 */
export const TEACHER_PARAM = 'teacher';
/** How much larger everything is on a projector. */
export const PROJECTOR_SCALE = 1.25;
const MAX_TEXT_SCALE = 2;

export function teacherMode(search: string, settingsTeacher: boolean): boolean {
  if (settingsTeacher) return true;
  try {
    const params = new URLSearchParams(search);
    return params.has(TEACHER_PARAM) && params.get(TEACHER_PARAM) !== '0';
  } catch {
    return false;
  }
}

/** The interface's text scale: the player's setting, times the projector scale in teacher mode. */
export function effectiveTextScale(textScale: number, teacher: boolean): number {
  return teacher ? Math.min(MAX_TEXT_SCALE, textScale * PROJECTOR_SCALE) : textScale;
}

/** Levels as the map shows them: in teacher mode none is locked. */
export function unlockForTeacher<L extends { readonly locked: boolean }>(levels: readonly L[], teacher: boolean): L[] {
  return teacher ? levels.map((l) => (l.locked ? { ...l, locked: false } : l)) : [...levels];
}
