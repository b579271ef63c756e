import { describe, expect, it } from 'vitest';
import { SpeechError } from '../core/deck';
import { describeOpenError } from './speech-errors';

describe('describeOpenError', () => {
  it('locates a speech error', () => {
    const error = new SpeechError({
      severity: 'error',
      file: 'talk.md',
      line: 3,
      column: 1,
      message: 'front matter is not closed',
    });
    expect(describeOpenError('/home/ana/talk.md', error)).toEqual({
      message: 'Lectern could not open “talk.md”.',
      detail: 'talk.md:3:1: front matter is not closed',
    });
  });

  it('explains file system errors in words', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(describeOpenError('/tmp/nope.md', missing).detail).toBe('/tmp/nope.md: the file does not exist.');
  });

  it('falls back to the error text', () => {
    expect(describeOpenError('/tmp/a.txt', new Error('boom')).detail).toBe('boom');
    expect(describeOpenError('/tmp/a.txt', 'odd').detail).toBe('odd');
  });
});
