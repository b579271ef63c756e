import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';
import { KEYS_FILE, readKeySettings, saveKeyConfig } from './key-file';

afterAll(unjamFifos);

describe('keys.json, read like every data file', () => {
  it('is not waited on when it is a named pipe: the default keys, and the speaker is told', async () => {
    const dir = tempDir('keys-pipe');
    makeFifo(dir, KEYS_FILE);
    expect(await readKeySettings(dir)).toEqual({
      overrides: {},
      problem: `${join(dir, KEYS_FILE)}: it is a named pipe, not a regular file; the default keys are used`,
    });
  });

  it('is not read whole when it is far too large', async () => {
    const dir = tempDir('keys-large');
    writeFileSync(join(dir, KEYS_FILE), '');
    truncateSync(join(dir, KEYS_FILE), 50 * 1024 * 1024);
    expect((await readKeySettings(dir)).problem).toMatch(/over 64 KB; the default keys are used$/);
  });

  it('is missing: the default keys, nothing to say', async () => {
    expect((await readKeySettings(tempDir('keys-none'))).problem).toBeNull();
  });

  it('is saved and read back', async () => {
    const dir = tempDir('keys-save');
    const saved = await saveKeyConfig(dir, { profile: 'powerpoint' });
    expect(saved.problem).toBeNull();
    expect(await readKeySettings(dir)).toEqual(saved);
  });
});
