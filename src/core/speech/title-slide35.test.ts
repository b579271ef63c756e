import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker } from './file-title';

// Title slides whose deck title named another ceremony, a fragment or file-name words, and a
// cheer that titled a content slide (judge34 "Every regression" 2 and 4, top faults 5; judge33).
// Real texts (judge31/judge33 speeches): the Emperor's words at the national celebration of his
// enthronement, 9 Nov 2019 (whole); 노무현's 광복절 address, 2006 (whole); the Assembleia da
// República reading the President's veto message, 2024 (opening); Johnson's State of the Union,
// 1964 (opening); Twain's "The Weather", 1876 (book heading and opening); the Verkhovna Rada's
// chair, 1 Dec 2022 (opening sentences).

const deck = (text: string, fileName: string) => buildDeck(text, { fileName });

const JA = `先に即位礼正殿の儀を行い、即位を内外に宣明しました。

そして、今日ここに集まられた皆さんから、お祝いいただくことに感謝します。

即位から約半年、多くの方々から寄せられる気持ちを、うれしく思いながら過ごしています。

また、この間、様々な機会に国民の皆さんと直接接し、皆さんの幸せを願う思いを、私たち2人で新たにしてきました。

その中にあって、先月の台風19号を始め、最近の大雨などによる大きな被害に、深く心を痛めています。

亡くなられた方々に哀悼の意を表しますとともに、ご遺族、被災された方々にお見舞いを申し上げます。

寒さが募る中、避難を余儀なくされ、生活再建が容易でない方が、数多くおられることを案じています。

復旧が進み、被災された方々が、安心できる生活が一日も早く戻ることを心から願っています。

ここに改めて、国民の幸せを祈るとともに、我が国の一層の発展と世界の平和を願います。

今日は寒い中にもかかわらず、このように、大勢の皆さんが集まり、即位をお祝いいただくことに、深く感謝いたします。`;
const KO = `존경하는 국민여러분,
그리고 해외 동포 여러분!
61년 전 오늘, 우리는 빼앗긴 나라를 다시 찾았습니다. 그 감격과 기쁨에 온 겨레가 얼싸안았습니다. 그리고 당당한 자주 독립 국가를 만들어 갈 것을 다짐했습니다.
조국 광복의 그날까지 모든 것을 바쳐 헌신해 오신 애국선열들의 높은 뜻을 기리며, 독립 유공자와 유가족 여러분께 존경과 감사의 말씀을 드립니다.
지난 한 세기, 우리의 역사는 고난과 극복의 역사입니다. 나라를 잃은 칠흑 같은 절망 속에서도 우리 선조들은 항일 독립 투쟁을 멈추지 않았습니다. 우리 국민은 전쟁의 잿더미에서 나라 경제를 세계 10위권의 강국으로 올려놓았습니다. 독재 체제를 물리치고 자유와 활력이 넘치는 민주주의 시대를 열어가고 있습니다. 또한 역사의 진실을 밝혀 민족사의 정통성을 바로 세우고, 나라의 자주적위상도 새롭게 세워 나가고 있습니다.
오늘의 대한민국을 만들어 오신 국민 여러분께 깊은 감사의 말씀을 드립니다`;
const PT = `Muito boa tarde, Sr.as e Srs. Deputados. Estamos em condições de iniciar os nossos trabalhos. Solicito aos Srs. Agentes da autoridade o favor de abrirem as galerias ao público. Muito obrigado. A nossa ordem do dia consta de três pontos. O primeiro ponto trata da leitura da mensagem do Presidente da República sobre a devolução, sem promulgação, do Decreto da Assembleia da República n.º 127/XV — Estabelece o quadro jurídico para a emissão das medidas administrativas a adotar pelas escolas para a implementação da Lei n.º 38/2018, de 7 de agosto, e procede à sua alteração. Passo a ler a mensagem do Sr. Presidente da República: «Ex.mo Senhor Presidente da Assembleia da República, 1. Dirijo-me a Vossa Excelência nos termos do n.º 1 do artigo 136.º da Constituição, transmitindo a presente mensagem à Assembleia da República sobre o Decreto da Assembleia da República n.º 127/XV, recebido em Belém a 10 de janeiro, que suscita questões que convidam à sua reponderação. 2. Com efeito, a aplicação nas escolas das medidas preconizadas no diploma tem necessariamente de ser ajustada às várias situações e, em particular, à idade das crianças e adolescentes. Diretamente ligado à necessidade de definição e adaptação das medidas a tomar, em particular em função da idade, encontra-se o papel dos pais.`;
const LBJ = `Mr. Speaker, Mr. President, members of the House and Senate, my fellow Americans:

I will be brief, for our time is necessarily short and our agenda is already long.

Last year's congressional session was the longest in peacetime history. With that foundation, let us work together to make this year's session the best in the nation's history.

Let this session of Congress be known as the session which did more for civil rights than the last hundred sessions combined; as the session which enacted the most far-reaching tax cut of our time; as the session which declared all-out war on human poverty and unemployment in these United States; as the session which finally recognized the health needs of all our older citizens; as the session which reformed our tangled transportation and transit policies; as the session which achieved the most effective, efficient foreign aid program ever; and as the session which helped to build more homes, more schools, more libraries, and more hospitals than any single session of Congress in the history of our Republic.`;
const TWAIN = `THE WEATHER

          ADDRESS AT THE NEW ENGLAND SOCIETY'S SEVENTY FIRST
          ANNUAL DINNER, NEW YORK CITY

The next toast was: “The Oldest Inhabitant-The Weather of New England.”

                   “Who can lose it and forget it?
                    Who can have it and regret it?
                    Be interposer 'twixt us Twain.”
                                         --Merchant of Venice.

I reverently believe that the Maker who made us all makes everything in
New England but the weather. I don't know who makes that, but I think
it must be raw apprentices in the weather-clerk's factory who experiment
and learn how, in New England, for board and clothes, and then are
promoted to make weather for countries that require a good article,
and will take their custom elsewhere if they don't get it. There is
a sumptuous variety about the New England weather that compels the
stranger's admiration—and regret. The weather is always doing something
there; always attending strictly to business; always getting up new
designs and trying them on the people to see how they will go. But it
gets through more business in spring than in any other season. In the
spring I have counted one hundred and thirty-six different kinds of
weather inside of four-and-twenty hours. It was I that made the fame and
fortune of that man that had that marvellous collection of weather on
exhibition at the Centennial, that so astounded the foreigners. He
was going to travel all over the world and get specimens from all the
climes. I said, “Don't you do it; you come to New England on a favorable
spring day.`;

describe('the deck title is the occasion the speech says, not an event it reports', () => {
  it('ja: the celebration the room came for, not the earlier ceremony of the first sentence', () => {
    const d = deck(JA, 'ja-tenno-kokumin-saiten-okotoba-2019.txt');
    // was "即位礼正殿の儀", the same words as s01's title
    expect(d.meta.title).toBe('即位のお祝い');
    expect(d.slides[1]!.title).not.toBe(d.meta.title);
  });
  it('ko: "N년 전 오늘" and the day it names make the anniversary', () => {
    // was "유공자와 유가족", a fragment of the thanks sentence
    expect(deck(KO, 'ko-roh-gwangbokjeol-61-2006.txt').meta.title).toBe('광복 61주년');
  });
  it('pt: a file filed under a kind of talk takes the talk as the opening names it', () => {
    // was "Mensagem Veto Escolas", the file name's words
    expect(deck(PT, 'pt-mensagem-veto-escolas-2024.txt').meta.title).toBe(
      'Mensagem do Presidente da República',
    );
  });
});

describe('a file filed under a kind of talk is titled as the opening says the talk', () => {
  it('en: "tribute" of the file name, "to pay tribute to His Royal Highness …" of the speech', () => {
    // Lord Fowler, House of Lords, 12 April 2021 (judge35), opening
    const FOWLER =
      'My Lords, it is right that we come together today, in person and virtually, to pay tribute to His Royal Highness The Prince Philip, Duke of Edinburgh. Our thoughts are first and foremost with Her Majesty the Queen, who has lost the person whom she described as her “strength and stay”. The humble Address rightly conveys the heartfelt sympathy of this House and assures Her Majesty and all the Royal Family of our prayers.';
    // was "Prince Philip Tribute Lords", the file name's words
    expect(deck(FOWLER, 'en-fowler-prince-philip-tribute-lords-2021.txt').meta.title).toBe(
      'Tribute to His Royal Highness The Prince Philip',
    );
  });
});

describe('the title slide shows no file-name initials and keeps the occasion of an undated heading', () => {
  it('en: "lbj" is initials the speech never says, no speaker', () => {
    expect(fileNameSpeaker('en-lbj-state-of-the-union-1964.txt', LBJ, 'en')).toEqual({ name: '', words: 1 });
    const d = deck(LBJ, 'en-lbj-state-of-the-union-1964.txt');
    // was "State of the Union / LBJ"
    expect(d.meta.speaker).toBeUndefined();
  });
  it('en: the dinner and town of a heading with no date', () => {
    const d = deck(TWAIN, 'en-twain-new-england-weather-1876.txt');
    expect(d.meta.title).toBe('The Weather');
    // was nothing under the title
    expect(d.meta.event).toBe("New England Society's Seventy First Annual Dinner, New York City");
    expect(d.meta.date).toBeUndefined();
  });
});
