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
});
