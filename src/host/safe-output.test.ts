import { linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputs, writeOutput } from './safe-output';
import { tempDir } from '../../tests/helpers/temp';

const dir = tempDir('safe-output');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const speech = join(dir, 'talk.md');
writeFileSync(speech, '# Talk\n\nWords.\n');
mkdirSync(join(dir, 'sub'));
symlinkSync(dir, join(dir, 'loop'));
symlinkSync(speech, join(dir, 'link-to-speech.html'));
symlinkSync('/etc/hostname', join(dir, 'link-elsewhere.html'));
linkSync(speech, join(dir, 'hard-link.html'));

describe('checkOutputs: never over the input, never through a link', () => {
  it.each([
    ['the speech itself', speech, /that is .*talk\.md, which it is made from/],
    ['the speech by another spelling', join(dir, 'sub', '..', 'talk.md'), /which it is made from/],
    ['the speech through a symlinked folder', join(dir, 'loop', 'talk.md'), /which it is made from/],
    ['a symlink to the speech', join(dir, 'link-to-speech.html'), /symbolic link/],
    ['a symlink to anywhere', join(dir, 'link-elsewhere.html'), /symbolic link/],
    ['a hard link to the speech', join(dir, 'hard-link.html'), /which it is made from/],
    ['a folder', join(dir, 'sub'), /not a regular file/],
    ['a missing folder', join(dir, 'nowhere', 'x.html'), /folder .* does not exist/],
  ])('refuses %s', (_name, out, message) => {
    expect(() => checkOutputs([speech], [out])).toThrow(message);
  });

  it('refuses two outputs that are one file', () => {
    expect(() => checkOutputs([speech], [join(dir, 'a.html'), join(dir, 'loop', 'a.html')])).toThrow(
      /same file as/,
    );
  });

  it('writes a new file, and replaces an old one atomically', async () => {
    const [out] = checkOutputs([speech], [join(dir, 'loop', 'deck.html')]);
    expect(out!.real).toBe(join(dir, 'deck.html'));
    await writeOutput(out!, 'one');
    await writeOutput(out!, 'two');
    expect(readFileSync(join(dir, 'deck.html'), 'utf8')).toBe('two');
    expect(readFileSync(speech, 'utf8')).toBe('# Talk\n\nWords.\n');
  });
});
