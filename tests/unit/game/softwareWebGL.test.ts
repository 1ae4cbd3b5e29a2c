import { describe, expect, it } from 'vitest';
import { drawWithCanvas2D } from '../../../src/game/softwareWebGL';

describe('which renderer draws the game', () => {
  it('follows ?renderer= in the page address', () => {
    expect(drawWithCanvas2D('?renderer=canvas')).toBe(true);
    expect(drawWithCanvas2D('?kiosk&renderer=webgl&inspect')).toBe(false);
  });

  it('otherwise asks whether WebGL is drawn in software (no WebGL to ask here: hardware assumed)', () => {
    expect(drawWithCanvas2D('')).toBe(false);
    expect(drawWithCanvas2D('?renderer=vulkan')).toBe(false);
  });
});
