// Teacher mode: from the settings or the address; projector scale; every level unlocked.
import { describe, expect, it } from 'vitest';
import { effectiveTextScale, teacherMode, unlockForTeacher } from '../../../../src/app/teacher';

describe('teacher mode', () => {
  it('is on from the setting or ?teacher, off otherwise', () => {
    expect(teacherMode('', false)).toBe(false);
    expect(teacherMode('?inspect', false)).toBe(false);
    expect(teacherMode('?teacher', false)).toBe(true);
    expect(teacherMode('?lang=de&teacher=1', false)).toBe(true);
    expect(teacherMode('?teacher=0', false)).toBe(false);
    expect(teacherMode('', true)).toBe(true);
  });
  it('scales text for a projector, within bounds', () => {
    expect(effectiveTextScale(1, false)).toBe(1);
    expect(effectiveTextScale(1, true)).toBe(1.25);
    expect(effectiveTextScale(1.6, true)).toBe(2);
  });
  it('unlocks every level', () => {
    const levels = [
      { id: 'a', locked: false },
      { id: 'b', locked: true },
    ];
    expect(unlockForTeacher(levels, true).every((l) => !l.locked)).toBe(true);
    expect(unlockForTeacher(levels, false)).toEqual(levels);
  });
});
