/**
 * A body is never a sentence cut where the point is still to come (issue 10, judge24 B1 and B3):
 * not at the comma before an apposition that names what the head points at, not after an
 * antithesis that only frames what the speaker says next. Sentences from Mario Monti's speech to
 * the Senate, 17 November 2011 (senato.it), and Barack Obama's address to the joint session of
 * Congress, 24 February 2009 (judge24 SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { keyLine } from './body';
import { keyPhrases } from './keyphrases';
import { deniedSpans } from './negation';
import { commaHead } from './last-line';
import { antithesisHead } from './quotable';

const MONTI =
  'Questo vuole indicare quasi visivamente e in termini di organigramma del Governo che pari attenzione e centralità vanno attribuite a ciò che mantiene il Paese stabile, la disciplina finanziaria, e a ciò che ad esso consente di crescere e, quindi, di restare stabile a lungo termine, cioè appunto la crescita.';
const OBAMA =
  "I speak to you not just as a President, but as a father, when I say that responsibility for our children's education must begin at home.";

describe('no cut before the point', () => {
  it('a head followed by a short phrase between commas (an apposition, a series) is no line', () => {
    expect(commaHead(MONTI, 'it')).toBeNull();
    expect(
      commaHead(
        'Noi abbiamo costruito le nuove strade del Mezzogiorno, le scuole, e gli ospedali del Paese.',
        'it',
      ),
    ).toBeNull();
  });

  it('a head followed by a clause of its own still stands', () => {
    expect(
      commaHead(
        'Palabras para manifestar nuestra solidaridad con el pueblo turco, con el camerunés y con todos los países que hoy lloran a sus víctimas.',
        'es',
      ),
    ).toBe('Palabras para manifestar nuestra solidaridad con el pueblo turco');
  });

  it('an antithesis that frames what is said next is not cut from it', () => {
    expect(antithesisHead(OBAMA)).toBeNull();
    // the antithesis that carries its own point is still cut after its second half
    expect(
      antithesisHead(
        'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard, because that goal will serve to organize and measure the best of our energies and skills.',
      ),
    ).toBe(
      'We choose to go to the moon in this decade and do the other things, not because they are easy, but because they are hard',
    );
  });

  it('an antithesis is not cut inside the series its second half opens (Deese 2022, judge26 B2)', () => {
    // Brian Deese, City Club of Cleveland, 2022-10-13 (whitehouse.gov): the slide showed "…not only
    // at the federal level, but with state", its series "state, local, and tribal partners" cut
    expect(
      antithesisHead(
        'We’ll need to build a renewed capability to move fast, not only at the federal level, but with state, local, and tribal partners.',
      ),
    ).toBeNull();
    expect(
      antithesisHead(
        'We must move fast, not only at the federal level, but with state, local, and tribal partners, because the money is already flowing to every county.',
      ),
    ).toBe('We must move fast, not only at the federal level, but with state, local, and tribal partners');
  });

  it("the deck shows Obama's sentence whole, with its point", () => {
    const text = [
      'These education policies will open the doors of opportunity for our children, but it is up to us to ensure they walk through them. In the end, there is no program or policy that can substitute for a parent, for a mother or father who will attend those parent/teacher conferences or help with homework or turn off the TV, put away the video games, read to their child.',
      `${OBAMA} That is not a Democratic issue or a Republican issue; that's an American issue.`,
    ].join(' ');
    const screens = buildDeck(text, { fileName: 'en-obama-2009.txt' })
      .slides.map((s) => s.screenText)
      .join('\n');
    expect(screens).not.toMatch(/but as a father$/mu);
    if (screens.includes('but as a father')) expect(screens).toContain('must begin at home');
  });

  it('an Italian subject pronoun opens no key phrase ("Esso consente")', () => {
    expect(keyPhrases(MONTI, 'it').map((p) => p.text.toLowerCase())).not.toContainEqual(
      expect.stringMatching(/^ess[oaie]\b/u),
    );
  });
});

describe('a short line that points at what was said is no key line', () => {
  it('"We can make that commitment here tonight." leaves the commitment off screen', () => {
    const text =
      "To overcome extremism, we must also be vigilant in upholding the values our troops defend, because there is no force in the world more powerful than the example of America. And that is why I have ordered the closing of the detention center at Guantanamo Bay and will seek swift and certain justice for captured terrorists. Because living our values doesn't make us weaker, it makes us safer and it makes us stronger. And that is why I can stand here tonight and say without exception or equivocation that the United States of America does not torture. We can make that commitment here tonight.";
    const screens = buildDeck(text, { fileName: 'en-obama-2009.txt' })
      .slides.map((s) => s.screenText)
      .join('\n');
    expect(screens).not.toContain('We can make that commitment here tonight.');
  });
});

describe('keyLine and shell nouns', () => {
  it('passes over a demonstrative before a shell noun, keeps a line with its own figure', () => {
    expect(keyLine(['Together we can keep that promise to our families.'], 'Jobs', 'en')).toBeNull();
    expect(keyLine(['We will meet that challenge with 3 million new jobs.'], 'Jobs', 'en')).toBe(
      'We will meet that challenge with 3 million new jobs.',
    );
  });
});

describe('what a thing is protected from is no point of the slide', () => {
  // Jimmy Carter, anti-inflation address, 24 October 1978 (judge25 D3)
  const CARTER =
    'The Government now extends economic privileges to many parts of the private economy—special franchises, protected wages and prices, subsidies, protection from foreign competition. If wages or prices rise too fast in some industry, we will take that as a sign that those privileges are no longer needed and that this protection should be removed. We will make sure that no part of our economy is able to use its special privilege or its concentrated power to victimize the rest of us.';

  it('sets "foreign competition" aside after "protection from", up to its noun', () => {
    const spans = deniedSpans(CARTER, 'en').map(([a, b]) => CARTER.slice(a, b).trim());
    expect(spans).toContain('foreign competition.');
  });

  it('the deck never lists "Foreign competition" as a privilege', () => {
    const screens = buildDeck(CARTER, { fileName: 'en-carter-1978.txt' })
      .slides.map((s) => s.screenText)
      .join('\n');
    expect(screens).not.toMatch(/^• Foreign competition$/mu);
  });
});
