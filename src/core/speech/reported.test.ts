import { describe, expect, it } from 'vitest';
import { keyBlock } from './body';
import { blocksText } from '../deck';
import { namedSource, quotedSource, reportedQuote } from './reported';
import { attributed } from './voices';
import type { SpokenPara } from './model';

const para = (text: string): SpokenPara => ({ text, inlines: [], pos: { line: 1, column: 1 } });

// framed or not, the quotation keeps its marks: on screen, someone's words without them read as
// the speaker's own (judge22, fault 12)
describe('a reported quotation standing alone is the slide’s line (judge13, class 8)', () => {
  const cases: Array<[string, string[], string, string | null]> = [
    [
      // (a quotation whose speaker the speech names by no name is no line: on screen it would read
      // as the speaker's own, judge23 E1; reported24.test.ts)
      'a quotation that is its own sentence, its source told after but not named (en)',
      [
        'Good morning – I am honored to be with all of you today.',
        '“You shouldn’t go to college.”',
        'That’s what my high school guidance counselor told me.',
        'Well, I got my college degree.',
      ],
      'en',
      null,
    ],
    [
      'German: „…“, sagte Hannah Arendt — the name after the quotation',
      [
        '„In dem Moment, in dem wir keine freie Presse mehr haben, kann alles passieren“, sagte Hannah Arendt 1974 in einem Interview.',
        'In dem Moment fehlt Wissen, und Journalistinnen und Journalisten leben gefährlich.',
      ],
      'de',
      '„In dem Moment, in dem wir keine freie Presse mehr haben, kann alles passieren“',
    ],
    [
      'French: a frame before a colon, the quotation cut by the splitter at its closing mark',
      [
        'De toutes ces déclarations de politique générale, deux m’ont particulièrement marqué.',
        'Je cite un extrait de la première : « De cette société bloquée, je retiens trois éléments essentiels : la fragilité de notre économie,',
        'enfin l’archaïsme et le conservatisme de nos structures sociales.',
        '» Ces mots sont d’une actualité criante.',
        'Ils ont été prononcés le 16 septembre 1969 par Jacques Chaban-Delmas.',
      ],
      'fr',
      '« De cette société bloquée, je retiens trois éléments essentiels : la fragilité de notre économie, enfin l’archaïsme et le conservatisme de nos structures sociales. »',
    ],
    [
      'a quotation longer than a quote with no name to sign it is left to the quote rules',
      [
        '“They did not receive the things promised; they only saw them and welcomed them from a distance, admitting that they were foreigners and strangers on Earth.”',
        'Scripture tells us so.',
      ],
      'en',
      null,
    ],
    [
      'a quotation with no one reporting it (no verb of saying, no name) is not one',
      ['The sign read “Welcome to the best town on earth.”', 'We drove on.'],
      'en',
      null,
    ],
    [
      'a quoted title of three words is no saying',
      ['„Reporter ohne Grenzen“ berichtet aktuell, dass so viele in Haft sind wie noch niemals zuvor.'],
      'de',
      null,
    ],
    [
      'a quotation inside the speaker’s own sentence, opening lower case, is told, not quoted',
      ['He said, “if you don’t really know what you want to do next, college just isn’t right for you.”'],
      'en',
      null,
    ],
    [
      'a quotation that the sentence goes on after is part of the speaker’s sentence',
      ['She told me “Never give up on anyone” and then she left for the station that evening.'],
      'en',
      null,
    ],
  ];
  it.each(cases)('%s', (_, sentences, lang, want) => {
    expect(reportedQuote(sentences, lang)).toBe(want);
  });

  it('keyBlock prefers it to the plain sentence beside it', () => {
    const block = keyBlock(cases[1]![1], 'Freie Presse', [], 'de');
    expect(blocksText(block ? [block] : [])).toBe(cases[1]![3]);
  });
});

describe('quoted words are signed with the name the speech gives their speaker', () => {
  const cases: Array<[string, string | undefined]> = [
    ['sagte Hannah Arendt 1974 in einem Interview.', 'Hannah Arendt'],
    ['Ces mots sont de Simone Veil.', 'Simone Veil'],
    [
      'Ils ont été prononcés le 16 septembre 1969 par Jacques Chaban-Delmas, il y a quarante-huit ans.',
      'Jacques Chaban-Delmas',
    ],
    ['As Martin Luther King once said, we cannot walk alone.', 'Martin Luther King'],
    [
      'Eleanor Roosevelt, who shaped the Universal Declaration on Human Rights, once said,',
      'Eleanor Roosevelt',
    ],
    ['That’s what my high school guidance counselor told me.', undefined],
    ['Der Präsident sagte das auch.', undefined],
    ['He said it twice.', undefined],
  ];
  it.each(cases)('%s → %s', (sentence, want) => {
    expect(namedSource(sentence, '')).toBe(want);
  });

  const veil =
    'Monsieur le président, « Malgré un destin difficile, je suis, je reste toujours optimiste. La vie m’a appris qu’avec le temps, le progrès l’emportait toujours. C’est long, c’est lent, mais en définitive, je fais confiance. » Ces mots sont de Simone Veil. Ils ont été prononcés en 1995.';
  it('a line inside the quotation is signed by the name in the sentence after it', () => {
    expect(quotedSource('La vie m’a appris qu’avec le temps, le progrès l’emportait toujours.', veil)).toBe(
      'Simone Veil',
    );
  });
  it('the speaker’s own line beside it is not signed', () => {
    expect(quotedSource('Ils ont été prononcés en 1995.', veil)).toBeUndefined();
  });
  it('a name too far from the quotation signs nothing', () => {
    const far =
      '« La vie m’a appris qu’avec le temps, le progrès l’emportait toujours. » Nous avons travaillé. Nous avons voté. Ces mots sont de Simone Veil.';
    expect(quotedSource('La vie m’a appris qu’avec le temps', far)).toBeUndefined();
  });
  it('attributed() sets the cite on the quote block, round-trip-safe "— Name"', () => {
    const block = attributed(
      {
        type: 'quote',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'La vie m’a appris qu’avec le temps, le progrès l’emportait toujours.' },
            ],
          },
        ],
      },
      [para(veil)],
    );
    expect(block?.type === 'quote' && block.cite).toBe('Simone Veil');
  });
});
