import { describe, expect, it } from 'vitest';
import { cjkCutPhrase, cjkNounPhrases, isCjkPhrase } from './titles-cjk';
import { buildDeck } from './index';
import { deriveTitle, isTitle } from './titles';
import { keyBlock } from './body';
import { sentencesOf } from './segment';
import { blocksText } from '../deck';

describe('a CJK title is never a piece cut out of something longer (judge13)', () => {
  it.each([
    // Wen Yiduo: "countless millions" shown as "a million"
    ['百万的人民', '你们将失去千百万的人民！', 'zh', 'a numeral cut'],
    ['千百万的人民', '你们将失去千百万的人民！', 'zh', null],
    // a unit without its number, in full-width digits
    ['年前の今日', '今から７４年前の今日、原子爆弾により', 'ja', 'a numeral cut'],
    // Abe at Hiroshima: "the tragedy of Nagasaki" in the Hiroshima address, half of "広島と長崎"
    [
      '長崎の悲劇',
      '核兵器によってもたらされた広島と長崎の悲劇を決して繰り返してはなりません。',
      'ja',
      'half of a pair',
    ],
    [
      '広島と長崎の悲劇',
      '核兵器によってもたらされた広島と長崎の悲劇を決して繰り返してはなりません。',
      'ja',
      null,
    ],
    // "橋渡し" (bridge-building) cut to "橋渡"
    ['非核兵器国の橋渡', '核兵器国と非核兵器国の橋渡しに努め、双方の協力を得ながら', 'ja', 'half of a pair'],
    ['国の橋渡', '核兵器国と非核兵器国の橋渡しに努め、双方の協力を得ながら', 'ja', 'a word cut'],
    // a phrase that ends before its particle is whole
    ['原子爆弾の犠牲', '原子爆弾の犠牲となられた数多くの方々', 'ja', null],
    ['唯一の戦争被爆国', '唯一の戦争被爆国として', 'ja', null],
    ['昆明的光荣', '李先生在昆明被暗杀是李先生留给昆明的光荣！', 'zh', null],
    // said whole in one place is enough
    ['長崎の悲劇', '広島と長崎の悲劇。長崎の悲劇を忘れない。', 'ja', null],
    // The Emperor at the memorial ceremony, 15 August 2025 (judge23, as published by the Imperial Household Agency): a title
    // ends where the word ends, not inside "全国戦没者追悼式" nor before the き of "長き"
    [
      '全国戦没',
      '本日、「戦没者を追悼し平和を祈念する日」に当たり、全国戦没者追悼式に臨み、',
      'ja',
      'a word cut',
    ],
    ['戦後の長', 'ここに、戦後の長きにわたる平和な歳月に思いを致しつつ、', 'ja', 'a word cut'],
    ['戦後の苦難', '戦中・戦後の苦難を今後とも語り継ぎ、', 'ja', null],
    ['戦争の惨禍', '再び戦争の惨禍が繰り返されぬことを切に願い、', 'ja', null],
    ['平和な歳月', 'ここに、戦後の長きにわたる平和な歳月に思いを致しつつ、', 'ja', null],
  ])('%s in %s (%s): %s', (phrase, text, lang, why) => {
    expect(cjkCutPhrase(phrase, text, lang)).toBe(why);
  });
  it('keeps the surname before 先生 and the numeral before a numeral', () => {
    const text = '这是某集团的无耻，恰是李先生的光荣！李先生在昆明被暗杀。';
    expect(cjkNounPhrases(text, '先生', 'zh')).toContain('李先生的光荣');
    expect(cjkNounPhrases(text, '先生', 'zh')).not.toContain('先生的光荣');
    expect(cjkNounPhrases('你们将失去千百万的人民！人民的力量是要胜利的。', '人民', 'zh')).not.toContain(
      '百万的人民',
    );
  });
  it('titles the Wen Yiduo passage without cutting 千百万', () => {
    const text =
      '你们杀死一个李公朴，会有千百万个李公朴站起来！你们将失去千百万的人民！你们看着我们人少，没有力量？告诉你们，我们的力量大得很，强得很！看今天来的这些人，都是我们的人，都是我们的力量！此外还有广大的市民！';
    for (const s of buildDeck(text, { fileName: 'wen.txt' }).slides) expect(s.title).not.toMatch(/^百万/u);
  });
});

describe('a Japanese address of long periods (judge13, Abe at Hiroshima 2019)', () => {
  const text = [
    '我が国は、「核兵器のない世界」の実現に向け、非核三原則を堅持しつつ、被爆の悲惨な実相への理解を促進してまいります。核兵器国と非核兵器国の橋渡しに努め、双方の協力を得ながら対話を粘り強く促し、国際社会の取組を主導していく決意です。',
    '結びに、「国際平和文化都市」として発展を遂げた、ここ広島市において、「核兵器のない世界」と恒久平和の実現に向けて力を尽くすことをお誓い申し上げます。\n原子爆弾の犠牲となられた方々のご冥福と、ご遺族、被爆者の皆様、並びに、参列者、広島市民の皆様のご平安を祈念いたしまして、私の挨拶といたします。',
  ].join('\n\n');
  it('titles no slide by whom it addresses, and leaves no content slide empty', () => {
    expect(isTitle('広島市民の皆様', 'ja')).toBe(false);
    expect(isTitle('各位来宾', 'zh')).toBe(false);
    // the NPT paragraph was a slide with a title and nothing else: its periods are all over 48 characters
    const npt = sentencesOf(text.split('\n\n')[0]!, 'ja');
    const block = keyBlock(npt, '非核三原則', [], 'ja');
    expect(block?.type).toBe('quote');
    expect(npt.map((x) => x.trim())).toContain(blocksText([block!]));
  });
  it('shows no reading glossed after a kanji, and the notes keep it', () => {
    const said = '新しい時代を平和で希望に満ち溢（あふ）れた時代としなければなりません。';
    const deck = buildDeck(`${said}\n\n${text}`, { fileName: 'abe.txt' });
    expect(deck.slides.map((s) => s.screenText).join('\n')).not.toContain('（あふ）');
    expect(deck.slides.map((s) => s.notes).join('\n')).toContain(said);
  });
});

describe('a CJK title is never the opening words of a longer sentence (judge13)', () => {
  it('does not title a slide "原子爆弾の犠牲" over "原子爆弾の犠牲となられた方々…"', () => {
    const sentences = [
      '原子爆弾の犠牲となられた数多くの方々の御霊に対し、謹んで、哀悼の誠を捧げます。',
      'そして、今なお被爆の後遺症に苦しまれている方々に、心からお見舞いを申し上げます。',
      '原子爆弾の犠牲となられた方々のご冥福を祈念いたします。',
    ];
    expect(deriveTitle(sentences, [], 'ja', [], true)).not.toBe('原子爆弾の犠牲');
  });
});

describe('a Japanese title ends on a word boundary (judge23, the Emperor, 15 August 2025)', () => {
  const speech = [
    '本日、「戦没者を追悼し平和を祈念する日」に当たり、全国戦没者追悼式に臨み、さきの大戦においてかけがえのない命を失った数多くの人々とその遺族を思い、深い悲しみを新たにいたします。',
    '終戦以来80年、人々のたゆみない努力により、今日の我が国の平和と繁栄が築き上げられましたが、多くの苦難に満ちた国民の歩みを思うとき、誠に感慨深いものがあります。戦中・戦後の苦難を今後とも語り継ぎ、私たち皆で心を合わせ、将来にわたって平和と人々の幸せを希求し続けていくことを心から願います。',
    'ここに、戦後の長きにわたる平和な歳月に思いを致しつつ、過去を顧み、深い反省の上に立って、再び戦争の惨禍が繰り返されぬことを切に願い、戦陣に散り戦禍に倒れた人々に対し、全国民と共に、心から追悼の意を表し、世界の平和と我が国の一層の発展を祈ります。',
  ].join('\n\n');
  it('titles no slide "全国戦没" or "戦後の長"', () => {
    const titles = buildDeck(speech, { fileName: 'okotoba.txt' }).slides.map((s) => s.title);
    expect(titles).not.toContain('全国戦没');
    expect(titles).not.toContain('戦後の長');
    for (const t of titles) expect(cjkCutPhrase(t ?? '', speech.replace(/\n/gu, ''), 'ja')).toBeNull();
  });
});

describe('Japanese titles read Han at their edges as words, not as Chinese grammar (judge33)', () => {
  it('takes 即位, 被爆 and 都市 as the words they open in Japanese, not the Chinese 即, 被 and 都', () => {
    expect(isCjkPhrase('即位礼正殿の儀', 'ja')).toBe(true);
    expect(isCjkPhrase('被爆の実相', 'ja')).toBe(true);
    expect(isCjkPhrase('都市の再生', 'ja')).toBe(true);
    // (in Chinese the same characters still open no title: 被 is the passive, 都 "all")
    expect(isCjkPhrase('被他们打败', 'zh')).toBe(false);
    expect(isCjkPhrase('都很重要', 'zh')).toBe(false);
    // (a Japanese "-的" adjective is no noun phrase)
    expect(isCjkPhrase('経済的', 'ja')).toBe(false);
  });

  it('never ends a phrase on a na-adjective cut from its noun ("被爆の悲惨" of "被爆の悲惨な実相")', () => {
    const text = '被爆の悲惨な実相を伝えていく。被爆の悲惨さを語り継ぐ。';
    expect(cjkNounPhrases(text, '被爆', 'ja')).not.toContain('被爆の悲惨');
    expect(cjkNounPhrases('被爆の実相への理解を促す。', '被爆', 'ja')).toContain('被爆の実相');
  });

  it('titles every slide of the Emperor’s address of 2019, one sentence a paragraph', () => {
    // 天皇陛下のおことば、国民祭典 2019年11月9日 (宮内庁; /work/tmp/judge33 SOURCES), its opening
    const speech = [
      '先に即位礼正殿の儀を行い、即位を内外に宣明しました。',
      'そして、今日ここに集まられた皆さんから、お祝いいただくことに感謝します。',
      '即位から約半年、多くの方々から寄せられる気持ちを、うれしく思いながら過ごしています。',
      'また、この間、様々な機会に国民の皆さんと直接接し、皆さんの幸せを願う思いを、私たち2人で新たにしてきました。',
      'その中にあって、先月の台風19号を始め、最近の大雨などによる大きな被害に、深く心を痛めています。',
      '亡くなられた方々に哀悼の意を表しますとともに、ご遺族、被災された方々にお見舞いを申し上げます。',
      '寒さが募る中、避難を余儀なくされ、生活再建が容易でない方が、数多くおられることを案じています。',
      '復旧が進み、被災された方々が、安心できる生活が一日も早く戻ることを心から願っています。',
      'ここに改めて、国民の幸せを祈るとともに、我が国の一層の発展と世界の平和を願います。',
      '今日は寒い中にもかかわらず、このように、大勢の皆さんが集まり、即位をお祝いいただくことに、深く感謝いたします。',
    ].join('\n\n');
    const deck = buildDeck(speech, { fileName: 'ja-tenno-kokumin-saiten-okotoba-2019.txt' });
    expect(deck.slides.length).toBeGreaterThan(2);
    for (const s of deck.slides) expect(s.title.trim(), s.screenText).not.toBe('');
  });
});
