import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimInstance, liveInstance, LOCK_FILE, ShowBusyError } from './instance-lock';
import { tempDir } from '../../tests/helpers/temp';

let dir: string;
beforeEach(() => {
  dir = tempDir('lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const info = { speech: '/talks/a.md', url: null, app: 'web' as const };

describe('one live show per data folder', () => {
  it('claims, records the address, and releases', async () => {
    const lock = await claimInstance(dir, info);
    await lock.update({ url: 'http://127.0.0.1:4317' });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      url: 'http://127.0.0.1:4317',
      speech: '/talks/a.md',
    });
    expect(await liveInstance(dir)).toBeInstanceOf(ShowBusyError);
    await lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(await liveInstance(dir)).toBeNull();
  });

  it('refuses while the holder lives, and takes over a lock whose process is gone', async () => {
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 424242, startedAt: 1, speech: null, url: null, app: 'web' }),
    );
    await expect(claimInstance(dir, info, () => true)).rejects.toThrow(/process 424242/);
    const lock = await claimInstance(dir, info, () => false);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a damaged lock file', async () => {
    writeFileSync(join(dir, LOCK_FILE), '{not json');
    const lock = await claimInstance(dir, info, () => true);
    await lock.release();
  });

  it('never removes a lock that another host has since taken over', async () => {
    const lock = await claimInstance(dir, info);
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, startedAt: 2, speech: null, url: null, app: 'web' }),
    );
    await lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });
});
