import { describe, expect, it } from 'vitest';
import type { Block } from '../deck';
import { buildDeck, normalizeSpoken } from './index';
import { maskForScreen, tidyMasked } from './mask';
import { onScreen, usableSentences } from './connective';
import { unbalancedQuotes } from './quotable';
import { strikingLine } from './striking';

/** The quotes a deck shows, each with its own slide's notes. */
function quotes(text: string, fileName: string): Array<{ quote: string; notes: string }> {
  const deck = buildDeck(text, { fileName });
  const textOf = (b: Block) =>
    (JSON.stringify(b.type === 'quote' ? b.children : []).match(/"value":"((?:[^"\\]|\\.)*)"/gu) ?? [])
      .map((m) => JSON.parse(m.slice(8)) as string)
      .join('');
  return deck.slides.flatMap((s) =>
    s.blocks.filter((b) => b.type === 'quote').map((b) => ({ quote: textOf(b), notes: s.notes })),
  );
}

/** The notes as the screen may read them: labels and stage directions out, spaces folded. */
const said = (notes: string) =>
  normalizeSpoken(
    notes
      .split(/\n{2,}/u)
      .map((p) =>
        tidyMasked(maskForScreen(p).replace(/\S+/gu, (w, at: number) => p.slice(at, at + w.length))),
      )
      .join(' '),
  );

// judge11's speeches (ParlaMint pt/tr, CC BY 4.0; Ford 1975 and Obama 2015, US federal works)
const cases: Array<[string, string, RegExp]> = [
  [
    'a clause cut at ";" gets no full stop the speaker did not say',
    'Embora o balanço seja largamente positivo, existem ainda algumas oportunidades de melhoria destes diplomas. Assim, com a presente proposta, procede-se, nomeadamente, à clarificação do conceito de compromisso plurianual; à inclusão dos ativos e passivos financeiros no conceito de fundos disponíveis; e procede-se à obrigação de constituição de uma reserva correspondente a 50% do valor do aumento dos pagamentos em atraso.',
    /plurianual\./u,
  ],
  [
    'a line keeps its opening "But"',
    'We don’t earn grace.  We’re all sinners.  We don’t deserve it.  (Applause.)  But God gives it to us anyway.  (Applause.)  And we choose how to receive it.  It’s our decision how to honor it.',
    /^God gives/u,
  ],
  [
    'no editor’s correction is quoted as the speaker’s word',
    'I am proposing a number of actions to energize our nuclear power program. I will submit legislation to expedite nuclear leasing [licensing] and the rapid selection of sites. We must move ahead now.',
    /nuclear\s+licensing/u,
  ],
  [
    'no line that opens inside someone’s quotation',
    'Yunanistan eski Göç Bakanı “Mülteciye yardım etmedik. Göçmenleri seviyorum demek, ölü göçmeni seviyorum demek değildir.” ifadelerini kullandı. Zirvede pek çok önemli karar alındı ve bu kararlar dünya kamuoyuyla paylaşıldı.',
    /değildir\.”|“Mülteciye yardım etmedik\.$/u,
  ],
];

describe('a quote on screen is the speaker’s exact words', () => {
  it.each(cases)('%s', (_, para, wrong) => {
    const text = `${para}\n\n${para}\n`;
    for (const { quote, notes } of quotes(text, 'speech.txt')) {
      expect(quote).not.toMatch(wrong);
      expect(said(notes)).toContain(normalizeSpoken(quote));
      expect(unbalancedQuotes(quote)).toBe(false);
    }
  });

  it('cuts at a semicolon with no full stop added, keeps "But", quotes no line cut inside a quotation', () => {
    const wilson =
      'The day of conquest and aggrandizement is gone by; so is also the day of secret covenants entered into in the interest of particular governments and likely at some unlooked-for moment to upset the peace of the world.';
    const head = strikingLine([wilson], '', 'en', true);
    expect(head).toBe('The day of conquest and aggrandizement is gone by');
    expect(onScreen('But God gives it to us anyway.', 'en')).toBe('But God gives it to us anyway.');
    const turkish =
      'Göçmenleri seviyorum demek, ölü göçmeni seviyorum demek değildir.” ifadelerini kullandı.';
    expect(usableSentences([turkish], 'tr')).toEqual([]);
  });

  it('never shows the editor’s word for the speaker’s ("nuclear leasing [licensing]")', () => {
    const ford =
      'I will submit legislation to expedite nuclear leasing [licensing] and the rapid selection of sites.';
    const shown = quotes(`${ford}\n\n${ford}\n`, 'ford.txt').map((q) => q.quote);
    expect(shown.join('\n')).not.toMatch(/licensing/u);
  });

  it('knows a line whose quotation marks do not pair up', () => {
    expect(
      unbalancedQuotes(
        'Göçmenleri seviyorum demek, ölü göçmeni seviyorum demek değildir.” ifadelerini kullandı.',
      ),
    ).toBe(true);
    expect(unbalancedQuotes('Bakan “Mülteciye yardım etmedik.')).toBe(true);
    expect(
      unbalancedQuotes('Vitsas “Türkiye dikkate alınmadan çözmek mümkün değil.” diye ifade kullandılar.'),
    ).toBe(false);
    expect(unbalancedQuotes('He said "no" twice.')).toBe(false);
    expect(unbalancedQuotes('«Нет» — сказал он.')).toBe(false);
    expect(unbalancedQuotes('Er sagte: „Wir schaffen das.“')).toBe(false);
  });
});
