// The real howler where no audio exists (Node has neither AudioContext nor Audio, like a kiosk
// without a sound device): the service must turn silent without throwing or logging an error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoundService } from '../../../src/audio/sound';
import { EFFECT_NAMES, soundUrls } from '../../../src/audio/sounds';
import { MemoryStorage } from './fakes';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SoundService with the real howler and no audio device', () => {
  it('goes silent, and every call stays harmless and quiet in the console', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const storage = new MemoryStorage();
    const sound = new SoundService({ urls: soundUrls, storage });
    expect(sound.silent).toBe(false); // nothing tried yet
    sound.unlock();
    await expect(sound.preload()).resolves.toBe(0);
    expect(sound.silent).toBe(true);
    for (const name of EFFECT_NAMES) sound.play(name);
    sound.setTone(0.4);
    sound.setTone(null);
    sound.setVolume(0.3);
    sound.setMuted(true);
    // Settings are still remembered for a device that can play them.
    expect(storage.values.get('weightlings.audio.volume')).toBe('0.3');
    expect(storage.values.get('weightlings.audio.muted')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    sound.dispose();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});
