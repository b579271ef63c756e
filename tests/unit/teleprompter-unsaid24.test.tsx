/**
 * The teleprompter greys what a said paragraph holds but the speaker does not say (Slide.unsaidSpans:
 * a stage direction, a speaker's label), keeps every character of it, and never has the plan wait
 * on it (issue 10, judge23 E2). The notes are the opening of Barack Obama's remarks at the memorial
 * in Tucson, 12 January 2011 (kfogel/presidential-speeches; judge23 SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/core/speech';
import { prompterHtml } from '../helpers/prompter';

const TUCSON = [
  'Thank you.  (Applause.)  Thank you very much.  Please, please be seated.  (Applause.)',
  'To the families of those we’ve lost; to all who called them friends; to the students of this university, the public servants who are gathered here, the people of Tucson and the people of Arizona:  I have come here tonight as an American who, like all Americans, kneels to pray with you today and will stand by you tomorrow.  (Applause.)',
  'There is nothing I can say that will fill the sudden hole torn in your hearts.  But know this:  The hopes of a nation are here tonight.  We mourn with you for the fallen.  We join you in your grief.  And we add our faith to yours that Representative Gabrielle Giffords and the other living victims of this tragedy will pull through.  (Applause.)',
].join('\n\n');

describe('Teleprompter: stage directions inside the speech', () => {
  const deck = buildDeck(TUCSON, { fileName: 'en-obama-tucson-memorial-eulogy-2011.txt' });
  const slide = deck.slides.find((s) => s.notes.includes('(Applause.)') && s.unsaidSpans?.length)!;

  it('sets each "(Applause.)" apart, as written, and the words around it as they are', () => {
    expect(slide.unsaidSpans!.map(([a, b]) => slide.notes.slice(a, b))).toEqual(
      Array(slide.notes.split('(Applause.)').length - 1).fill('(Applause.)'),
    );
    const html = prompterHtml(slide, 1);
    // every character of the notes is there
    expect(html.replace(/<[^>]+>/g, '').replace(/&#x27;|’/g, "'")).toBe(
      slide.notes
        .split(/\n{2,}/)
        .map((p) => p.trim())
        .join('')
        .replace(/’/g, "'"),
    );
    const greyed = [...html.matchAll(/<span class="sentence unsaid"[^>]*>(.*?)<\/span>/gs)].map((m) =>
      m[1]!.trim(),
    );
    expect(greyed.length).toBeGreaterThan(0);
    expect(greyed.every((t) => t === '(Applause.)')).toBe(true);
    // past the budget the plan is on the last sentence said, never on a direction
    const current = /<span class="sentence current"[^>]*>(.*?)<\/span>/s.exec(html)?.[1] ?? '';
    expect(current).not.toContain('Applause');
    expect(current.trim()).not.toBe('');
  });

  it('a direction inside a sentence is greyed within it', () => {
    // Harris, toast to President Yoon, 2023 (judge23): "Chairman Menendez — (applause) — and Chairman McCaul"
    const notes =
      'And to the members of Congress who are here including Speaker Emerita Nancy Pelosi, Chairman Menendez — (applause) — and Chairman McCaul, thank you each.';
    const at = notes.indexOf('(applause)');
    const html = prompterHtml({
      ...slide,
      notes,
      unsaid: undefined,
      unsaidSpans: [[at, at + 10]],
      blocks: [],
    });
    expect(html).toContain(
      'Chairman Menendez — <span class="unsaid" data-unsaid="true">(applause)</span> — and Chairman McCaul',
    );
    expect(html).toMatch(/<p>/);
  });
});
