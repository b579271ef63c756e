import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyphrases';
import { isDenied, withDenial } from './negation';
import { keyPhraseList } from './phrase-list';

// judge18: the President's objections shown as merits ("Utilidade visível" ← "sem utilidade
// visível", "Efeito útil" ← "não parece acrescentar, pois, qualquer efeito útil"), a title from a
// denied phrase ("Real decreto-ley cualquiera" ← "no ha sido … de un real decreto-ley cualquiera")
const PT_11 =
  '11 — Tratando-se de um expediente sem utilidade visível, de uma imposição desproporcionada de prazo muito curto por lei ordinária ao Presidente da República e podendo gerar contradições normativas, julga-se que esta solução deveria ser objeto de ponderação pelos Senhores Deputados.';
const PT_9 =
  '9 — A notificação imediata da decisão não parece acrescentar, pois, qualquer efeito útil: não só a sua eficácia é condicionada à publicação como deve ser ainda preservado o espaço de decisão do Presidente da República.';

describe('a phrase under a denial, in each language (negation.ts)', () => {
  it.each([
    ['pt', 'utilidade visível', PT_11, true],
    ['pt', 'efeito útil', PT_9, true],
    ['pt', 'notificação imediata', PT_9, false],
    ['pt', 'efeito útil', 'A medida tem, pois, qualquer efeito útil que se espere.', false],
    ['pt', 'efeito útil', 'A medida não tem nenhum efeito útil.', true],
    [
      'es',
      'real decreto-ley cualquiera',
      'La tramitación de este real decreto-ley no ha sido la aprobación y la tramitación de un real decreto-ley cualquiera, por tres motivos.',
      true,
    ],
    ['es', 'real decreto-ley cualquiera', 'Es un real decreto-ley cualquiera.', false],
    ['es', 'efecto útil', 'La medida no aporta ningún efecto útil.', true],
    ['es', 'efecto útil', 'No creo que aporte, en verdad, cualquier efecto útil.', true],
    ['fr', 'effet utile', "La mesure n'apporte aucun effet utile.", true],
    ['it', 'effetto utile', 'La misura non porta, quindi, alcun effetto utile.', true],
    ['it', 'effetto utile', 'La misura non ha nessun effetto utile.', true],
    ['en', 'real benefit', 'It did not bring, in the end, any real benefit.', true],
    ['en', 'real benefit', 'Any real benefit is welcome.', false],
    ['de', 'Fleiß', 'Sachlichkeit, Gründlichkeit und nicht zuletzt Fleiß.', false],
    ['da', 'flid', 'saglighed, grundighed, beskedenhed, eftertænksomhed og ikke mindst flid.', false],
  ])('%s: "%s"', (lang, phrase, text, denied) => {
    expect(isDenied(phrase, text, lang)).toBe(denied);
  });

  it('a phrase denied by the word right before it can be shown with it, else not at all', () => {
    expect(withDenial('utilidade visível', PT_11)).toBe('sem utilidade visível');
    expect(withDenial('efeito útil', PT_9)).toBeNull();
    expect(withDenial('preconditions', 'We will talk without preconditions.')).toBe('without preconditions');
  });
});

describe('key phrases never show a denial bare nor end on a modal verb (phrase-list.ts, keyphrases.ts)', () => {
  it('pt: the objections keep their "sem" or are not listed; "solução deveria" is no phrase', () => {
    const sentences = [
      PT_11,
      '12 — Finalmente, sugere-se que a redação seja mais claramente harmonizada com a língua portuguesa.',
    ];
    const list = keyPhraseList(sentences, 'Imposição desproporcionada', [], 'pt', true) ?? [];
    expect(list).toContain('Sem utilidade visível');
    expect(list).not.toContain('Utilidade visível');
    expect(keyPhrases(PT_11, 'pt').map((k) => k.text)).not.toContain('solução deveria');
    const nine = keyPhraseList([PT_9, PT_11], 'Decisão', [], 'pt', true) ?? [];
    expect(nine.map((p) => p.toLowerCase())).not.toContain('efeito útil');
  });

  it.each([
    ['en', 'The new rules should apply from May.', 'rules should'],
    ['de', 'Die neue Regel sollte ab Mai gelten.', 'regel sollte'],
    ['es', 'La nueva regla debería aplicarse en mayo.', 'regla debería'],
    ['fr', 'La nouvelle règle devrait s’appliquer en mai.', 'règle devrait'],
    ['it', 'La nuova regola dovrebbe applicarsi a maggio.', 'regola dovrebbe'],
  ])('%s: no phrase ends on the modal', (lang, text, bad) => {
    const got = keyPhrases(text, lang).map((k) => k.text.toLowerCase());
    expect(got.some((k) => k.endsWith(bad.split(' ')[1]!))).toBe(false);
  });
});
