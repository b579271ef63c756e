/**
 * The presenter's teleprompter shows the notes whole, and sets apart the paragraphs the speaker
 * does not say (Slide.unsaid: an editor's headnote, a dateline, a stamp): they are read as the
 * file has them, and the sentence the plan has reached is never one of them (issue 10, judge22 E).
 * The deck is built from the head of a real speech: Jacques Chirac's toast at Erevan, 29 September
 * 2006 (elysee.fr archive via jacqueschirac-asso.fr; judge22 SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/core/speech';
import { prompterHtml } from '../helpers/prompter';

const CHIRAC = [
  "Toast prononcé par M. Jacques CHIRAC, Président de la République, à l'occasion du dîner d'État offert en son honneur par son excellence M. Robert KOTCHARIAN, President de la République d'Arménie.",
  'Erevan – Arménie, vendredi 29 septembre 2006',
  'Monsieur le Président de la République,\nMadame,',
  "Merci, Monsieur le Président, pour vos propos chaleureux. Merci pour votre invitation à effectuer cette première visite d'État d'un Président de la République française en Arménie.",
].join('\n\n');

describe('Teleprompter: notes not said aloud', () => {
  const slide = buildDeck(CHIRAC, { fileName: 'fr-chirac-toast-armenie-2006.txt' }).slides[0]!;

  it('marks the catalogue heading and the dateline, keeps their words, and starts on the salutation', () => {
    expect(slide.unsaid).toEqual([0, 1]);
    const html = prompterHtml(slide);
    const paras = [...html.matchAll(/<p( class="unsaid" data-unsaid="true")?>(.*?)<\/p>/gs)];
    expect(paras.map((m) => !!m[1])).toEqual([true, true, false, false, false]);
    const text = paras.map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(text[0]).toContain('Toast prononcé par M. Jacques CHIRAC');
    expect(text[1]).toBe('Erevan – Arménie, vendredi 29 septembre 2006');
    // the plan is on the first said sentence, the salutation (the heading is three "sentences")
    expect(html).toMatch(/data-current-sentence="4"/);
    expect(html).toMatch(/<span class="sentence current">Monsieur le Président de la République,/);
    expect(paras[0]![2]).not.toContain('current');
  });

  it('a slide without unsaid notes renders as before', () => {
    const plain = { ...slide, unsaid: undefined };
    const html = prompterHtml(plain);
    expect(html).not.toContain('unsaid');
    expect(html).toMatch(/data-current-sentence="0"/);
  });
});
