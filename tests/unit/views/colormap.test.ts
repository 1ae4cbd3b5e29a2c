import { describe, expect, it } from 'vitest';
import { finiteRange, paintColourMap, viridis } from '../../../src/views/colormap';

/** Relative luminance (WCAG) of 0xRRGGBB. */
function luminance(c: number): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((c >> 16) & 255) + 0.7152 * lin((c >> 8) & 255) + 0.0722 * lin(c & 255);
}

describe('viridis', () => {
  it('has matplotlib viridis at its ends and middle', () => {
    expect(viridis(0)).toBe(0x440154);
    expect(viridis(0.5)).toBe(0x21918c);
    expect(viridis(1)).toBe(0xfde725);
  });

  it('clamps out-of-range and NaN inputs', () => {
    expect(viridis(-3)).toBe(0x440154);
    expect(viridis(7)).toBe(0xfde725);
    expect(viridis(NaN)).toBe(0x440154);
  });

  it('gets lighter all the way up (readable in greyscale and by colour-blind players)', () => {
    let previous = -1;
    for (let i = 0; i <= 200; i++) {
      const l = luminance(viridis(i / 200));
      expect(l).toBeGreaterThan(previous);
      previous = l;
    }
  });
});

describe('paintColourMap', () => {
  it('puts the last grid row (b = +span) at the top of the image', () => {
    // 2 × 2 grid, row 0 = [0, 0] (bottom), row 1 = [1, 1] (top).
    const out = new Uint8Array(16);
    paintColourMap([0, 0, 1, 1], 2, 2, 0, 1, false, out);
    expect([out[0], out[1], out[2], out[3]]).toEqual([0xfd, 0xe7, 0x25, 255]);
    expect([out[8], out[9], out[10], out[11]]).toEqual([0x44, 0x01, 0x54, 255]);
  });

  it('draws a loss grid with low values bright, and non-finite cells dark grey', () => {
    const out = new Uint8Array(12);
    paintColourMap([0, 1, NaN], 3, 1, 0, 1, true, out);
    expect([out[0], out[1], out[2]]).toEqual([0xfd, 0xe7, 0x25]);
    expect([out[4], out[5], out[6]]).toEqual([0x44, 0x01, 0x54]);
    expect([out[8], out[9], out[10]]).toEqual([40, 40, 48]);
  });
});

describe('finiteRange', () => {
  it('ignores NaN and infinities and widens a flat grid', () => {
    expect(finiteRange([3, NaN, -Infinity, 1, Infinity, 2])).toEqual({ lo: 1, hi: 3 });
    expect(finiteRange([2, 2])).toEqual({ lo: 1.5, hi: 2.5 });
    expect(finiteRange([NaN])).toEqual({ lo: 0, hi: 1 });
  });
});
