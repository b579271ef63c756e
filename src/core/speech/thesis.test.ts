import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { thesisLine } from './thesis';

/**
 * The line a short speech turns on is the body of its slide (judge25 F1). Sentences from
 * judge23's and judge25's unseen speeches (sources in /work/tmp/judge25/SOURCES.md,
 * /work/tmp/judge23/SOURCES.md).
 */
describe('thesisLine', () => {
  it.each([
    [
      'ar, Ban Ki-moon, UN Day 2015: the turn after "but"',
      'ar',
      [
        'في كل بلدان العالم، ترفرف الأعلام الوطنية للتدليل على الفخر والاعتزاز بالوطن.',
        'لكن هناك علما واحدا ننتمي إليه جميعا.',
      ],
      'لكن هناك علما واحدا ننتمي إليه جميعا.',
    ],
    [
      'ko, Lee Myung-bak 2008: the saying the next sentence takes up ("이 둘은")',
      'ko',
      [
        '광복이 있었기에 건국이 있었습니다.',
        '이 둘은 서로 나누어지고 대립하는 것이 아니라, 우리 모두가 자자손손 함께 기념하고 계승해야 할 소중한 정신적 자산입니다.',
      ],
      '광복이 있었기에 건국이 있었습니다.',
    ],
    [
      'en, Reagan, Veterans Day 1988: the line that turns on itself',
      'en',
      [
        'Those who live today remember those who do not.',
        'Those who know freedom remember today those who gave up life for freedom.',
        'Today, in honor of the dead, we conduct ceremonies.',
      ],
      'Those who live today remember those who do not.',
    ],
    [
      // a turn to what is hard to know sets up the answer: no point of its own
      'ar, Guterres, World Environment Day 2018',
      'ar',
      [
        'ويقع على عاتقنا جميعا دور في حماية موطننا الوحيد.',
        'ولكن قد يصعب علينا معرفة ما ينبغي أن نفعل أو من أين نبدأ.',
      ],
      null,
    ],
    [
      'en, Reagan 1988: plain sentences turn on nothing',
      'en',
      [
        'We lay wreaths.',
        'We speak words of tribute.',
        'And in our memories, in our hearts, we hold them close to us still.',
      ],
      null,
    ],
  ])('%s', (_, lang, sentences, line) => {
    expect(thesisLine(sentences, lang)).toBe(line);
  });
});

const REAGAN = [
  'Thank you very much, thank you. Please be seated.',
  'Those who live today remember those who do not. Those who know freedom remember today those who gave up life for freedom. Today, in honor of the dead, we conduct ceremonies. We lay wreaths. We speak words of tribute. And in our memories, in our hearts, we hold them close to us still.',
  "We could not forget them. Even if they were not our own, we could not forget them. For all time, they are what we can only aspire to be: giving, unselfish, the epitome of human love-to lay down one's life so that others might live. We think on their lives. We think on their final moments.",
  'Thank you. God bless you.',
].join('\n\n');

const BAN_KI_MOON = [
  'في كل بلدان العالم، ترفرف الأعلام الوطنية للتدليل على الفخر والاعتزاز بالوطن. لكن هناك علما واحدا ننتمي إليه جميعا.',
  'إنه ذلك العلم الأزرق، علم الأمم المتحدة، الذي مثَّل بالنسبة إليَّ راية للأمل وأنا أترعرع في كوريا في زمن الحرب.',
  'وتدافع الأمم المتحدة عن حقوق الإنسان للجميع، بغض النظر عن العرق، أو الدين، أو الجنسية، أو نوع الجنس، أو التوجه الجنسي.',
].join('\n\n');

const LEE_MYUNG_BAK = [
  '올해는 대한민국이 수립된 지 60년이 되는 매우 의미 있는 해이기도 합니다. 우리 국민들은 그동안 산업화와 민주화를 함께 성취하는 ‘기적의 역사’를 이루어 냈습니다.',
  '광복이 있었기에 건국이 있었습니다. 이 둘은 서로 나누어지고 대립하는 것이 아니라, 우리 모두가 자자손손 함께 기념하고 계승해야 할 소중한 정신적 자산입니다. 저는 대통령으로서 독립유공자와 유족들에게 실질적인 도움이 되도록 복지를 증진하고, 유공자들이 진정으로 대접받는 나라를 만들어 갈 것입니다.',
].join('\n\n');

describe('a short speech shows the line it turns on', () => {
  it.each([
    // (was "Today, in honor of the dead, we conduct ceremonies.")
    ['en, Reagan 1988', REAGAN, 'en-reagan.txt', 'Those who live today remember those who do not.'],
    // (was the foil, "في كل بلدان العالم، ترفرف الأعلام الوطنية للتدليل على الفخر والاعتزاز بالوطن.")
    ['ar, Ban Ki-moon 2015', BAN_KI_MOON, 'ar-bankimoon.txt', 'لكن هناك علما واحدا ننتمي إليه جميعا.'],
    // (was the sentence after it, "이 둘은 서로 나누어지고 대립하는 것이 아니라, …")
    ['ko, Lee Myung-bak 2008', LEE_MYUNG_BAK, 'ko-leemyungbak.txt', '광복이 있었기에 건국이 있었습니다.'],
  ])('%s', (_, text, file, line) => {
    const deck = buildDeck(text, { fileName: file });
    expect(deck.slides.filter((s) => s.screenText.split('\n').slice(1).join(' ') === line)).toHaveLength(1);
  });
});
