import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp';
import { syncFolder, writeDurably } from './durable-write';

describe('writeDurably', () => {
  it('replaces a file whole', async () => {
    const dir = tempDir('durable');
    const path = join(dir, 'data.json');
    await writeDurably(path, 'one');
    await writeDurably(path, new TextEncoder().encode('two'));
    expect(readFileSync(path, 'utf8')).toBe('two');
  });

  it('never writes through a symbolic link (write-file-atomic alone would write its target)', async () => {
    const dir = tempDir('durable-link');
    const target = join(dir, 'talk.md');
    writeFileSync(target, '# The speech');
    symlinkSync(target, join(dir, 'data.json'));
    await expect(writeDurably(join(dir, 'data.json'), 'overwritten')).rejects.toThrow(/symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('# The speech');
  });

  it('fsyncs a folder, and says so when the folder is not there', async () => {
    await expect(syncFolder(tempDir('durable-sync'))).resolves.toBeUndefined();
    await expect(syncFolder(join(tempDir('durable-sync'), 'gone'))).rejects.toThrow(/ENOENT/);
  });
});
