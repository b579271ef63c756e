import { describe, expect, it } from 'vitest';
import { describeStorageError } from './storage-error';

const failure = (code: string, path?: string) => Object.assign(new Error(`${code}: raw`), { code, path });

describe('describeStorageError', () => {
  it.each([
    ['ENOSPC', 'the disk is full (/data/r.json), ENOSPC'],
    ['EROFS', 'the disk is read-only (/data/r.json), EROFS'],
    ['EACCES', 'Lectern is not allowed to write there (/data/r.json), EACCES'],
    ['EEXIST', 'a file or folder is in the way (/data/r.json), EEXIST'],
  ])('says %s in words, with the path and the code', (code, words) => {
    expect(describeStorageError(failure(code, '/data/r.json'))).toBe(words);
  });

  it('keeps any other message as it is', () => {
    expect(describeStorageError(new Error('/x is a symbolic link'))).toBe('/x is a symbolic link');
  });
});
