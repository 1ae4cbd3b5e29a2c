// The campaign over the shipped level files: map order, locks that open one star at a time, the
// next level, and every level opening as a play session from its own start (random, ancestor or
// pretrained) in the mode it opens in, with a fitness the goal meter can show.
import { describe, expect, it } from 'vitest';
import { Campaign } from '../../../../src/app/campaign/campaign';
import { startCreature } from '../../../../src/app/campaign/start';
import { LocalEngine } from '../../../../src/app/play/localEngine';
import { PlaySession } from '../../../../src/app/play/session';
import { Progress } from '../../../../src/app/progress';
import { memoryStore } from '../../../../src/app/storage';
import { LEVEL_FILES, shippedLevel } from '../../core/levels/shipped';

function campaign(): Campaign {
  const c = new Campaign(new Progress(memoryStore()));
  c.setLevels([...LEVEL_FILES].reverse().map(shippedLevel), []);
  return c;
}

describe('campaign', () => {
  it('orders the levels by number and opens them one star at a time', () => {
    const c = campaign();
    const order = c.order;
    expect(order.length).toBe(LEVEL_FILES.length);
    expect(c.levels.map((l) => l.number)).toEqual([...c.levels.map((l) => l.number)].sort((a, b) => a - b));
    const first = order[0]!;
    const second = order[1]!;
    expect(c.summaries().map((s) => s.locked)).toEqual(order.map((_, i) => i > 0));
    expect(c.next(first)?.id).toBe(second);
    expect(c.next(order[order.length - 1]!)).toBeUndefined();
    c.progress.record(first, 1);
    expect(c.unlocked(second)).toBe(true);
    expect(c.unlocked(order[2]!)).toBe(false);
    expect(c.summaries()[0]!.stars).toBe(1);
    c.progress.unlockAll = true;
    expect(c.summaries().every((s) => !s.locked)).toBe(true);
  });

  it('every level opens as a play session from its start, in its first mode, with a finite fitness', async () => {
    const c = campaign();
    for (const id of c.order) {
      const play = c.playLevel(id)!;
      expect(play.level.id).toBe(id);
      const start = startCreature(play);
      expect(start.ok, id).toBe(true);
      if (!start.ok) continue;
      const s = await PlaySession.create(play, new LocalEngine(), start.value ?? undefined);
      if (!(s instanceof PlaySession)) throw new Error(`${id}: ${s.message}`);
      if (play.level.modes[0] === 'train') {
        await s.switchToTrain();
        expect(s.mode, id).toBe('train');
        await s.trainSteps(2);
      }
      expect(Number.isFinite(s.fitness), id).toBe(true);
      s.close();
    }
  });
});
