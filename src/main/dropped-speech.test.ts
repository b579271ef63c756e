import { describe, expect, it } from 'vitest';
import { parseDroppedSpeech } from './dropped-speech';

describe('parseDroppedSpeech', () => {
  it.each(['/talks/keynote.md', '/talks/Keynote.MARKDOWN', '/talks/speech.txt'])('accepts %s', (path) => {
    expect(parseDroppedSpeech(path)).toEqual({ ok: true, path });
  });

  it.each([
    [undefined, /not a file/],
    ['', /not a file/],
    [42, /not a file/],
    ['talks/keynote.md', /absolute/],
    ['/talks/slides.pdf', /\.pdf/],
    ['/usr/bin/env', /without an extension/],
    ['/talks/a\0.md', /usable/],
    ['/' + 'a'.repeat(5000) + '.md', /usable/],
  ])('refuses %j', (input, message) => {
    const result = parseDroppedSpeech(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
