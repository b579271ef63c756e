import { describe, expect, it } from 'vitest';
import { quoteSlideTitle } from './quote-title';

// Willem-Alexander, Troonrede 2015 (judge27 s17): the slide shows the paragraph's last sentence
const ENERGIE =
  'Eerder dit jaar is besloten minder gas te winnen in Groningen vanwege de aardbevingen. De Nationaal Coördinator Groningen stelt samen met de inwoners van het gebied een plan op voor de versterking van woningen. De verminderde beschikbaarheid van gas maakt de afspraken uit het Energieakkoord over de ontwikkeling van nieuwe vormen van energie extra belangrijk. In december 2015 brengt het kabinet een rapport uit met een strategische visie op de energievoorziening in Nederland.';
const RAPPORT =
  'In december 2015 brengt het kabinet een rapport uit met een strategische visie op de energievoorziening in Nederland.';

// same speech, s01: the paragraph's own noun phrase "krachtig herstel" (after "van")
const HERSTEL =
  'De economie is weer krachtig aan het groeien; er is sprake van krachtig herstel. Voor het eerst in lange tijd komen de groeiprognoses weer boven de twee procent en ontwikkelen de overheidsfinanciën zich in de goede richting.';
const GROEI =
  'Voor het eerst in lange tijd komen de groeiprognoses weer boven de twee procent en ontwikkelen de overheidsfinanciën zich in de goede richting.';

describe('a quote slide outside English is titled by its own noun phrase over a title that is none (noun-phrase.ts)', () => {
  it("the quote's own noun phrase, not a time adverbial of another sentence (Dutch)", () => {
    expect(quoteSlideTitle('Eerder dit jaar', RAPPORT, [ENERGIE], 'nl', new Set())).toBe(
      'Strategische visie',
    );
  });
  it('a noun phrase of the passage stands: the test cannot tell which of two names the slide better', () => {
    expect(quoteSlideTitle('Krachtig herstel', GROEI, [HERSTEL], 'nl', new Set())).toBe('Krachtig herstel');
  });
});
