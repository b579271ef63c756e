import { describe, expect, it } from 'vitest';
import { leadTitle } from './list-title';

describe('a list slide’s title from its lead-in', () => {
  it('is never the opening words of a quotation it does not close (judge18: "«Tendo promulgado (1/4)")', () => {
    const lead =
      '«Tendo promulgado, para ser publicado como lei orgânica, o Decreto da Assembleia da República, que aprova o Regime Jurídico do Referendo Regional na Região Autónoma dos Açores, entendi dever formular as seguintes observações:';
    const title = leadTitle(lead, 'pt', new Set());
    expect(title).not.toMatch(/^[«“"]/u);
    expect(title).not.toBe('Tendo promulgado');
    // a lead-in's own first clause still names its list
    expect(leadTitle('To further cooperate with CAREC partners, we will:', 'en', new Set())).toBe(
      'To further cooperate with CAREC partners',
    );
  });

  it('names the announced things with the purpose they serve (the CAREC keynote, slides/carec-digital-strategy-2030.txt)', () => {
    expect(
      leadTitle(
        "To further cooperate with CAREC partners, I'd like to give several proposals:",
        'en',
        new Set(),
      ),
    ).toBe('Proposals to further cooperate with CAREC partners');
    // a count the speech said stays; a vague one never becomes a number
    expect(leadTitle('To win the future, I offer three proposals:', 'en', new Set())).toBe(
      'Three proposals to win the future',
    );
    // too long for a title: the lead-in's own clause, as before
    expect(
      leadTitle(
        'To make sure that every child in every town and village of this country can read, I have several proposals:',
        'en',
        new Set(),
      ),
    ).not.toMatch(/^Proposals to make sure/u);
  });
});
