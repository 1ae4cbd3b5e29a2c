// Sharing and the classroom in real Chromium: a creature shared as a code and as a file comes back
// in (joining or starting a population), a bad code or file is named and changes nothing,
// ?ancestor= starts play from that creature, an XSS-looking name stays text, and the class arena
// ranks a dozen creatures by the engine's fitness. Screenshots of the dialogs and the arena.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Session } from './browser';
import { family, openLevel, state, until } from './inspect';
import { BUILTIN_LEVELS } from '../../src/app/play/levels';
import { encodeShareCode } from '../../src/core/codec/sharecode';
import { DEFAULT_CODEC, quantiseGenome } from '../../src/core/dna';
import { createGenome, Network } from '../../src/core/network';
import { Rng } from '../../src/core/rng';

const XSS = '<img src=x onerror=alert(1)>';
const forage = BUILTIN_LEVELS.find((l) => l.id === 'forage')!;

function forager(seed: number, name: string): string {
  const g = createGenome(new Network(forage.spec), new Rng(seed), 1);
  const genome = new Float32Array(g.length);
  quantiseGenome(g, DEFAULT_CODEC, genome);
  const code = encodeShareCode({ spec: forage.spec, genome, codec: DEFAULT_CODEC, name, task: 'forage' });
  if (!code.ok) throw new Error(code.error.message);
  return code.value;
}

async function focusedEvent(s: Session): Promise<string | undefined> {
  const id = (await state(s.page)).creatureId;
  return id === null ? undefined : (await family(s.page, id))[0]?.event;
}

describe('share and bring in', () => {
  let s: Session;
  let shared = '';
  const alerts: string[] = [];
  beforeAll(async () => {
    s = await openLevel(inject('baseUrl'), 'forage');
    s.page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    expect(alerts).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('shares the creature in view: name, code, QR, copy', async () => {
    await s.page.locator('#share').click();
    const name = s.page.locator('#share-name');
    await name.fill('Zippy');
    const code = s.page.locator('#share-code');
    await expect.poll(() => code.inputValue()).toMatch(/^[A-Za-z0-9_-]{100,}$/);
    shared = await code.inputValue();
    expect(await s.page.locator('#share-dialog canvas.qr').count()).toBe(1);
    await s.page.waitForTimeout(200);
    await screenshot(s.page, 'share-dialog');
    // A name over 48 bytes is refused; the code keeps the last good name.
    await name.fill('é'.repeat(25));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await code.inputValue()).toBe(shared);
    await s.page.locator('#share-dialog-close').click();
  });

  it('a bad code is named and changes nothing', async () => {
    const before = await s.page.evaluate(() =>
      (window as unknown as { weightlings: { creatureIds(): number[] } }).weightlings.creatureIds(),
    );
    await s.page.locator('#bring-in').click();
    await s.page.locator('#import-code').fill(shared.slice(0, 60) + 'x' + shared.slice(61));
    await s.page.locator('#import-read').click();
    const message = s.page.locator('#import-message');
    await expect.poll(() => message.textContent()).toContain('does not add up');
    expect(await message.textContent()).toContain('your creatures are safe');
    await screenshot(s.page, 'import-bad-code');
    await s.page.locator('#import-code').fill('{"format": "weightling", "version": 9}');
    await s.page.locator('#import-read').click();
    await expect.poll(() => message.getAttribute('data-code')).toBe('bad-version');
    await s.page.keyboard.press('Escape');
    const after = await s.page.evaluate(() =>
      (window as unknown as { weightlings: { creatureIds(): number[] } }).weightlings.creatureIds(),
    );
    expect(after).toEqual(before);
  });

  it('the code comes back in: it joins the population, under its name, the same creature', async () => {
    await s.page.locator('#bring-in').click();
    await s.page.locator('#import-code').fill(shared);
    await s.page.locator('#import-read').click();
    expect(await s.page.locator('#import-name').textContent()).toBe('Found “Zippy”.');
    await s.page.locator('#import-join').click();
    await expect.poll(() => focusedEvent(s)).toBe('import');
    await s.page.locator('#share').click();
    expect(await s.page.locator('#share-name').inputValue()).toBe('Zippy');
    expect(await s.page.locator('#share-code').inputValue()).toBe(shared);
    await s.page.locator('#share-dialog-close').click();
  });

  it('through a file: download, then open it; a bad file is named', async () => {
    await s.page.locator('#share').click();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('#share-download').click()]);
    expect(download.suggestedFilename()).toBe('Zippy.weightling.json');
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'weightling', version: 1, name: 'Zippy', code: shared, task: 'forage' });
    await s.page.locator('#share-dialog-close').click();

    await s.page.locator('#bring-in').click();
    await s.page.locator('#import-file').setInputFiles({
      name: 'broken.weightling.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "png"}'),
    });
    const message = s.page.locator('#import-message');
    await expect.poll(() => message.textContent()).toContain('broken.weightling.json');
    expect(await message.getAttribute('data-code')).toBe('wrong-format');
    await s.page.locator('#import-file').setInputFiles(path);
    await s.page.locator('#import-new').click();
    await expect.poll(() => focusedEvent(s)).toBe('import');
    const ids = await s.page.evaluate(() =>
      (window as unknown as { weightlings: { creatureIds(): number[] } }).weightlings.creatureIds(),
    );
    // A new population: the imported creature and its mutants.
    for (const id of ids.slice(1)) expect((await family(s.page, id))[1]?.event).toBe('import');
  });

  it('an XSS-looking name is only ever text', async () => {
    await s.page.locator('#share').click();
    await s.page.locator('#share-name').fill(XSS);
    const code = await s.page.locator('#share-code').inputValue();
    await s.page.locator('#share-dialog-close').click();
    await s.page.locator('#bring-in').click();
    await s.page.locator('#import-code').fill(code);
    await s.page.locator('#import-read').click();
    expect(await s.page.locator('#import-name').textContent()).toBe(`Found “${XSS}”.`);
    await s.page.locator('#import-join').click();
    await s.page.waitForTimeout(300);
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
  });
});

describe('common ancestor, teacher mode and the class arena (one browser)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('?ancestor= opens the world it fits, starting from that creature', async () => {
    const code = forager(5, 'Teacher');
    await s.page.goto(`${inject('baseUrl')}?inspect&ancestor=${code}`);
    await until(s.page, (st) => st.scene === 'play' && st.levelId === 'forage' && st.bestFitness !== null);
    await s.page.locator('#share').waitFor();
    // The inspector's family lines answer once the microscope is open.
    await expect.poll(() => focusedEvent(s), { timeout: 20_000 }).toBe('import');
    await s.page.locator('#share').click();
    expect(await s.page.locator('#share-name').inputValue()).toBe('Teacher');
    expect(await s.page.locator('#share-code').inputValue()).toBe(code);
  });

  it('a bad ancestor is said, and the game starts as usual', async () => {
    await s.page.goto(`${inject('baseUrl')}?inspect&ancestor=AAAAAAAA`);
    await s.page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => s.page.locator('#notices').textContent()).toContain('could not be read');
    await until(s.page, (st) => st.scene === 'title');
  });

  it('teacher mode: twelve creatures, one contest, a leaderboard sorted by fitness; names stay text', async () => {
    await s.page.goto(`${inject('baseUrl')}?inspect&teacher`);
    expect(await s.page.evaluate(() => document.body.classList.contains('teacher'))).toBe(true);
    await s.page.locator('#workshop-guide').click({ timeout: 30_000 });
    await s.page.locator('#guide-dialog h3').first().waitFor();
    // A list item's wrapped lines stay in the item.
    expect(await s.page.locator('#guide-dialog li').first().textContent()).toContain('switch it on in Settings');
    await screenshot(s.page, 'workshop-guide');
    await s.page.locator('#guide-dialog-close').click();
    await s.page.locator('#class-arena').click();
    await until(s.page, (st) => st.scene === 'classarena');
    const codes = Array.from({ length: 12 }, (_, i) => forager(100 + i, i === 3 ? XSS : `Pupil ${i + 1}`));
    await s.page.locator('#arena-codes').fill([...codes, 'not a code'].join('\n'));
    await s.page.locator('#arena-add-codes').click();
    await expect.poll(() => s.page.locator('#arena-count').textContent()).toBe('12 of 30 creatures');
    expect(await s.page.locator('#arena-messages').textContent()).toContain('Line 13');
    await s.page.locator('#arena-start').click();
    const rows = s.page.locator('#leaderboard-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(12);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')),
    );
    const fitness = table.map((r) => Number(r[2]));
    for (let i = 1; i < fitness.length; i++) expect(fitness[i]).toBeLessThanOrEqual(fitness[i - 1]!);
    expect(table[0]![0]).toBe('1');
    expect(table.some((r) => r[1] === XSS)).toBe(true);
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    await s.page.waitForTimeout(600);
    await screenshot(s.page, 'class-arena');
  });
});
