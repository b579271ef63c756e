import { describe, expect, it } from 'vitest';
import { figuresBlock } from '../body';

/** The cards a paragraph makes, "value — label". */
const cards = (text: string, lang: string) => {
  const b = figuresBlock([{ text }], lang);
  return b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : [];
};

describe('the figures a speech leads with reach the screen (lead.ts, judge16)', () => {
  it.each([
    // English: a count that names what it counts, the object of its subject's verb
    [
      'en',
      'And over the past 20 years, it’s estimated that the Global Fund has saved, as you heard before, 50 million lives and dramatically reduced the death rate.',
      ['50 million — lives saved by the Global Fund'],
    ],
    // a hope is no fact: "will save" makes no card (judge19: the subject and verb alone were the label)
    ['en', 'It’s an investment that will save another 20 million lives, reduce mortality.', []],
    // the counted noun and its verb as a participle, and when (judge19, en-biden-trucking-action-plan:
    // "431,000 jobs — economy created", "7.9 million jobs — economy has now created")
    [
      'en',
      'You learned, on Friday, the economy created 431,000 jobs in March.',
      ['431,000 — jobs created in March'],
    ],
    [
      'en',
      'Over the course of my presidency, the economy has now created 7.9 million jobs.',
      ['7.9 million — jobs created'],
    ],
    // (en-podesta-ira-anniversary-2024.txt: the jobs card was lost when its label was another figure's)
    [
      'en',
      '$265 billion of that investment has been announced since the IRA passed…creating more than 300,000 jobs.',
      ['$265 billion — of that investment', 'more than 300,000 — jobs created'],
    ],
    // an amount whose noun is left out, said again with what was done to it; the term of a lease
    // (en-harris-hanoi-press-conference-2021.txt: both lost when "…" labels were banned)
    [
      'en',
      'We took the trip to deliver 1 million vaccines from the United States to the people of Vietnam, on top of the 5 million that we’ve already shared.',
      ['1 million vaccines — from the United States', '5 million — vaccines already shared'],
    ],
    [
      'en',
      'When we talk about opening up the next chapter, we also are very proud that, during this trip, we were able to sign a lease for 99 years to establish the United States Embassy here in Hanoi.',
      ['99 years — lease to establish United States Embassy'],
    ],
    ['en', 'We were able to sign a lease for 99 years.', []],
    // (judge19, en-sherwood-randall-eradicate-hate.md: "nearly 150 resources — now offers")
    ['en', 'We recently expanded the website, and it now offers nearly 150 resources.', []],
    // the speaker's own record, done ("we" and a past): the noun and its participle say what is
    // counted (Carter, Anti-Inflation Program address, 24 October 1978: the record he opens on
    // was on no slide); a plan ("will") or a present is none, nor "it" (what "it" is, is elsewhere)
    [
      'en',
      "We've made good progress in putting our people back to work over the past 21 months. We've created more than 6 million new jobs for American workers.",
      ['more than 6 million — new jobs created for American workers'],
    ],
    ['en', 'We have saved 50 million lives.', ['50 million — lives saved']],
    ['en', 'We will create 5 million new jobs.', []],
    ['en', 'We create 5 million new jobs.', []],
    // a scale is no noun
    ['en', 'Last year our portal served 2.4 million downloads.', []],
    ['en', 'The Fund has raised 50 million.', []],
    // Finnish: a figure closing its clause after its subject or object and verb
    [
      'fi',
      'Siksi tuloarvioita voidaan korottaa 0,5 miljardilla eurolla. Valtion velanotto tämän esityksen myötä supistuu 1,25 miljardiin euroon.',
      [
        '0,5 miljardilla eurolla — tuloarvioita voidaan korottaa',
        '1,25 miljardiin euroon — Valtion velanotto tämän esityksen myötä supistuu',
      ],
    ],
    // a count and its partitive noun; money and the one compound it goes to
    [
      'fi',
      'Meillä on kuitenkin edelleen 270 000 työtöntä maassa, kymmeniätuhansia avoimia työpaikkoja.',
      ['270 000 — työtöntä maassa'],
    ],
    [
      'fi',
      'Tämä on aivan oikeaa politiikkaa: esimerkkinä 10 miljoonaa euroa koodarikoulutukseen.',
      ['10 miljoonaa euroa — koodarikoulutukseen'],
    ],
    // a year said as "vuonna 15" is no count; a figure pointed back to ("tämä") has its label elsewhere
    ['fi', 'Tämä on hyvä, kun ajatellaan sitä tasoa, mistä vuonna 15 liikkeelle lähdettiin.', []],
    ['fi', 'Nyt edellytykset olivat kunnossa tehdä tämä 20 miljoonan euron panostus.', []],
    // Arabic: a whole said with its number, "قوامها" (whose number is): Ban Ki-moon, UN Day
    // message, 24 October 2015 (judge25 A2: "سبعة بلايين نسمة" was on no card)
    [
      'ar',
      'إن الأمم المتحدة تعمل من أجل أسرة بشرية واحدة قوامها سبعة بلايين نسمة، وتوفر أسباب الرعاية لكوكبنا، الأرض، بيتنا الوحيد.',
      ['سبعة بلايين نسمة — أسرة بشرية واحدة'],
    ],
    // Slovenian: the years between a sum and its words are no label
    [
      'sl',
      'Tako je bilo v vodnem skladu med leti 2004 do 2014 zbranih 294 milijonov evrov.',
      ['294 milijonov evrov — vodnem skladu zbranih'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(cards(text, lang)).toEqual(expected);
  });

  // English: a list of pledges from named givers (the unit said after an aside); the largest
  // items of the list beside the figures said after it, when not all fit
  it('a list of pledges shows its largest items beside the figures said after it', () => {
    const text =
      'We’ve seen historic pledges: almost 1.6 billion — I think I got it right — euros from France; 1.3 billion from Germany; 1 billion dollars from Japan; 1.2 billion dollars from Canada. The United States will contribute another $6 billion to the Global Fund, bringing the overall global pledge to $14 billion.';
    const shown = cards(text, 'en');
    expect(shown.map((c) => c.split(' — ')[0])).toEqual([
      'almost 1.6 billion',
      '1.3 billion',
      '$6 billion',
      '$14 billion',
    ]);
    expect(shown.slice(0, 2)).toEqual([
      'almost 1.6 billion — euros from France',
      '1.3 billion — from Germany',
    ]);
  });
  // a list parted by semicolons gives way to the figure said after it by its smallest item; one
  // parted by commas (sums for different things, said in the speaker's order) keeps its order
  it.each([
    [
      'The city spent: $10 million on roads; $20 million on lunches; $30 million on bridges; $40 million on parks. The city also raised $5 billion in new taxes.',
      ['$20 million', '$30 million', '$40 million', '$5 billion'],
    ],
    [
      'The city spent $10 million on roads, $20 million on lunches, $30 million on bridges and $40 million on parks. The city also raised $5 billion in new taxes.',
      ['$10 million', '$20 million', '$30 million', '$40 million'],
    ],
  ])('%s', (text, values) => {
    expect(cards(text, 'en').map((c) => c.split(' — ')[0])).toEqual(values);
  });
});
