// ?ancestor=<code>: reading the address, the link, and which world the creature can live in.
import { describe, expect, it } from 'vitest';
import { ancestorFromSearch, ancestorLink, worldForCreature } from '../../../../src/app/share/ancestor';
import { BUILTIN_LEVELS } from '../../../../src/app/play/levels';
import { LAB_LEVELS } from '../../../../src/app/play/labLevels';
import { encodeShareCode, type Creature } from '../../../../src/core/codec/sharecode';
import { createGenome, Network } from '../../../../src/core/network';
import { Rng } from '../../../../src/core/rng';
import { quantiseGenome } from '../../../../src/core/dna';

function forager(task: Creature['task'] = 'forage'): { creature: Creature; code: string } {
  const spec = BUILTIN_LEVELS.find((l) => l.id === 'forage')!.spec;
  const g = createGenome(new Network(spec), new Rng(4), 1);
  const genome = new Float32Array(g.length);
  quantiseGenome(g, { k: 3, range: 4 }, genome);
  const creature: Creature = { spec, genome, codec: { k: 3, range: 4 }, name: 'Teacher', task };
  const code = encodeShareCode(creature);
  if (!code.ok) throw new Error(code.error.message);
  return { creature, code: code.value };
}

describe('ancestor in the address', () => {
  const { code } = forager();
  it('no parameter: null', () => {
    expect(ancestorFromSearch('')).toBeNull();
    expect(ancestorFromSearch('?teacher&inspect')).toBeNull();
  });
  it('a good code is read, wherever the parameter stands', () => {
    for (const search of [`?ancestor=${code}`, `?teacher&ancestor=${code}&lang=de`, `ancestor=${code}`]) {
      const r = ancestorFromSearch(search);
      expect(r?.ok && r.value.name).toBe('Teacher');
    }
  });
  it('a bad or empty code is an error value with the code’s own reason', () => {
    expect(ancestorFromSearch('?ancestor=')).toMatchObject({
      ok: false,
      error: { code: 'bad-code', codeError: 'empty' },
    });
    expect(ancestorFromSearch(`?ancestor=${code.slice(0, -3)}`)).toMatchObject({
      ok: false,
      error: { code: 'bad-code' },
    });
    expect(ancestorFromSearch('?ancestor=%3Cimg%20src%3Dx%3E')).toMatchObject({
      ok: false,
      error: { code: 'bad-code', codeError: 'invalid-characters' },
    });
  });
  it('the link round-trips', () => {
    const link = ancestorLink('https://example.org/game/?kiosk#top', code);
    expect(link).toBe(`https://example.org/game/?ancestor=${code}`);
    const r = ancestorFromSearch(new URL(link).search);
    expect(r?.ok).toBe(true);
  });
});

describe('the world for a creature', () => {
  const worlds = [...BUILTIN_LEVELS, ...LAB_LEVELS];
  it('a forager goes to the first foraging world', () => {
    expect(worldForCreature(forager().creature, worlds)?.id).toBe('forage');
  });
  it('a creature without a task goes to the first world its brain fits', () => {
    expect(worldForCreature(forager(null).creature, worlds)?.id).toBe('forage');
  });
  it('a creature whose task no world of its shape has: none', () => {
    expect(worldForCreature(forager('sort').creature, worlds)).toBeNull();
  });
});
