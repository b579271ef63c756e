import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp';
import { readSpeechFile } from './speech-file';
import { MAX_CSS_BYTES } from './speech-style';
import { SLIDE_SCOPE as S } from './css-sanitise';

/** A speech naming `css` (a list), in a fresh folder with the given files. */
function speechWith(css: string[], files: Record<string, string>, theme?: string): string {
  const dir = tempDir('style');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const speech = join(dir, 'talk.md');
  writeFileSync(
    speech,
    `---\ntitle: T\n${theme ? `theme: ${theme}\n` : ''}css: [${css.map((c) => JSON.stringify(c)).join(', ')}]\n---\n\n# One\n\nSaid.\n`,
  );
  return speech;
}

describe('a speech’s own CSS', () => {
  it('is read from beside the speech, made safe, and put on the deck for every view', async () => {
    const deck = await readSpeechFile(
      speechWith(['talk.css', 'styles/more.css'], {
        'talk.css': 'h1 { letter-spacing: .05em } .figure { background: url(img/card.png) }',
        'styles/more.css': ':root { --accent: #ffcc00 }',
      }),
    );
    expect(deck.style?.css).toBe(
      `${S} h1{letter-spacing:.05em}${S} .figure{background:url(/media/img/card.png)}\n${S}{--accent: #ffcc00 }`,
    );
    expect(deck.style?.media).toEqual(['img/card.png']);
    expect(deck.style?.colors).toEqual({ accent: '#ffcc00' });
    expect(deck.style?.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(deck.warnings).toEqual([]);
  });
  it('refuses a file outside the speech’s folder (a link too), not CSS, missing or too big, at the css: line', async () => {
    const outside = tempDir('elsewhere');
    writeFileSync(join(outside, 'x.css'), 'h1{color:red}');
    const speech = speechWith(['../x.css', 'link.css', 'notes.txt', 'gone.css', 'big.css'], {
      'notes.txt': 'h1{}',
      'big.css': `/*${'x'.repeat(MAX_CSS_BYTES)}*/`,
    });
    symlinkSync(join(outside, 'x.css'), join(speech, '..', 'link.css'));
    const deck = await readSpeechFile(speech);
    expect(deck.style).toBeUndefined();
    expect(deck.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, 'CSS "../x.css" is not used: only a .css file in the speech’s folder is used'],
      [
        3,
        `CSS "link.css" is not used: it is outside the speech's folder (links are followed to where they lead)`,
      ],
      [3, 'CSS "notes.txt" is not used: only a .css file in the speech’s folder is used'],
      [3, 'CSS "gone.css" is not used: no such file next to the speech'],
      [3, 'CSS "big.css" is not used: it is over 512 KB'],
    ]);
  });
  it('warns, in the CSS file, where its colours read below 4.5:1 on the theme or on its own background', async () => {
    const deck = await readSpeechFile(
      speechWith(['talk.css'], {
        'talk.css':
          ':root {\n  --bg: #ffffff;\n}\nh1 { color: #999999 }\n.box { color: #fff; background: #eeeeee }\nem { color: #0b5cad }',
      }),
    );
    const messages = deck.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);
    // the theme's light text on the white the CSS sets
    expect(messages[0]).toMatch(
      /^talk\.css:2: with these slide colours, text reads below 4\.5:1 .*text 1\.0:1 \(#f5f7fb on #ffffff\)/,
    );
    expect(messages).toContain(
      'talk.css:4: text in ".lectern-slide h1" (#999999 on #ffffff) has a contrast of 2.8:1, below 4.5:1',
    );
    expect(messages).toContain(
      'talk.css:5: text in ".lectern-slide .box" (#ffffff on #eeeeee) has a contrast of 1.1:1, below 4.5:1',
    );
    expect(messages.some((m) => m.includes('.lectern-slide em'))).toBe(false);
  });
});
