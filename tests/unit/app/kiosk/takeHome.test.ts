// The take-home address: the public game with ?ancestor=<share code> that decodes to the creature.
import { describe, expect, it } from 'vitest';
import { decodeShareCode } from '../../../../src/core/codec/sharecode';
import { takeHomeCode, takeHomeUrl } from '../../../../src/app/kiosk/takeHome';

describe('take home', () => {
  it('sets ancestor, keeps the rest of the address, drops kiosk flags', () => {
    expect(takeHomeUrl('https://w.example/play/', 'AbC-_')).toBe('https://w.example/play/?ancestor=AbC-_');
    expect(takeHomeUrl('https://w.example/?kiosk&idle=5&x=1#top', 'Q')).toBe('https://w.example/?x=1&ancestor=Q#top');
  });

  it('the code in the address decodes to the creature (DNA of three bases a weight)', () => {
    const spec = { layers: [3, 4, 3], activations: ['sin', 'sigmoid'] } as const;
    const genome = Float32Array.from({ length: 3 * 4 + 4 + 4 * 3 + 3 }, (_, i) => ((i % 7) - 3) / 2);
    const code = takeHomeCode({ layers: [...spec.layers], activations: [...spec.activations] }, genome, 'pattern');
    expect(code).not.toBeNull();
    const url = new URL(takeHomeUrl('https://w.example/', code!));
    const back = decodeShareCode(url.searchParams.get('ancestor')!);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.task).toBe('pattern');
    expect(back.value.spec.layers).toEqual([3, 4, 3]);
    for (let i = 0; i < genome.length; i++) expect(Math.abs(back.value.genome[i]! - genome[i]!)).toBeLessThan(0.07);
  });

  it('a genome with NaN is no code', () => {
    const spec = { layers: [1, 1], activations: ['linear' as const] };
    expect(takeHomeCode(spec, Float32Array.from([NaN, 0]), null)).toBeNull();
  });
});
