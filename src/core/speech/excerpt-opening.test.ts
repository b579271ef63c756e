import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { courtesyExcerptEnd, isCourtesyParagraph } from './excerpt-opening';
import { plainParagraphs } from './reflow';

// judge11: Biden's 2023 State of the Union, the State Department's Arabic excerpts (US federal work)
const HEAD = 'البيت الأبيض\nواشنطن العاصمة\n7 شباط/فبراير 2023\n\nمبنى الكابيتول\n[مقتطفات]';
const COURTESIES = [
  'السيد رئيس مجلس النواب. شكرًا لك. يمكنك أن تبتسم، لا بأس. شكرا لك شكرا لك شكرا لك. شكرًا لك. تفضلوا.',
  'السيد رئيس مجلس النواب، والسيدة نائبة الرئيس، والسيدة الأولى، والسيد الثاني. من الجيد رؤيتكم هنا. وأعضاء الكونغرس.',
  'وبالمناسبة، رئيس القضاة، قد أحتاج إلى أمر من المحكمة. هي ستذهب إلى المباراة الرياضية غدًا، والأسبوع القادم؛ لا بد لي من البقاء في المنزل. علينا أن نعمل شيئا هنا.',
  'أعضاء مجلس الوزراء، والقادة العسكريين. رئيس القضاة، ومساعدي القضاة، وقضاة المحكمة العليا المتقاعدين، وأنتم إخواني الأميركيين.',
];
const STORY =
  'إن قصة الولايات المتحدة هي قصة التقدم والصمود والمرونة. إنها قصة المضي قدما دائما. إنها قصة عدم الاستسلام أبدًا. إنها قصة فريدة من نوعها بين قصص الدول كافة. نحن الدولة الوحيدة التي تخرج من كل أزمة أقوى مما كانت عليه.';

describe('an excerpt’s opening courtesies, set off by the editor’s separator, go to the title slide', () => {
  const paras = (...ps: string[]) => plainParagraphs(ps.join('\n\n'));

  it.each([
    ['salutations, thanks and an aside above "****"', [...COURTESIES, '****', STORY], 5],
    ['the same with "* * *"', [...COURTESIES, '* * *', STORY], 5],
    ['no separator', [...COURTESIES, STORY], 0],
    ['speech above the separator, not courtesies', [COURTESIES[2]!, STORY, '****', STORY], 0],
    [
      'a long paragraph above the separator',
      [COURTESIES[1]!, `${STORY} ${STORY} ${STORY}`, '****', STORY],
      0,
    ],
    ['nothing after the separator', [...COURTESIES, '****'], 0],
  ])('%s', (_, ps, expected) => {
    const list = paras(...ps);
    expect(courtesyExcerptEnd(list, 0, list.length)).toBe(expected);
  });

  it('keeps the roll, the aside and the separator off content slides, in the title slide’s notes', () => {
    const deck = buildDeck([HEAD, ...COURTESIES, '****', STORY].join('\n\n') + '\n', {
      fileName: 'ar-biden-sotu-2023.txt',
    });
    const [title, ...content] = deck.slides;
    for (const line of [COURTESIES[1]!, COURTESIES[2]!, COURTESIES[3]!, '[مقتطفات]', '****'])
      expect(title!.notes).toContain(line);
    for (const s of content) {
      expect(s.notes).not.toMatch(/رئيس القضاة|\*\*\*\*/u);
      expect(`${s.title}\n${s.screenText}`).not.toMatch(/رئيس|مقتطفات|\*/u);
    }
  });
});

describe('a first paragraph of thanks and a welcome goes to the title slide', () => {
  // judge11: Goldberger's July 4 remarks, US Embassy Cairo, 2019 (US Government work)
  const WELCOME =
    'شكرا لك يا دوروثي. مرحباً بالجميع في احتفال الولايات المتحدة الأمريكية السنوي في قلب القاهرة، في مصر الجميلة.';
  const MOON =
    'الليلة نحتفل بالذكرى الخمسين للخطوات الأولى على سطح القمر. لقد كان القمر يراقبنا منذ بداية الزمن. دوراته هي دورات البشرية والطبيعة.';

  it.each([
    [WELCOME, true],
    ['Thank you, Dorothy. Welcome, everyone, to our annual celebration in the heart of Cairo.', true],
    // thanks, then the talk itself
    ['Thank you, Dorothy. Tonight we celebrate fifty years since the first steps on the moon.', false],
    ['شكرا لك يا دوروثي. ' + MOON, false],
    // one sentence is a structure line already (structure.ts), not this rule's
    ['شكرا لك يا دوروثي.', false],
  ])('%s → %s', (said, courtesy) => {
    expect(isCourtesyParagraph(said)).toBe(courtesy);
  });

  it('keeps it in the title slide’s notes, the talk on the slides after it', () => {
    const deck = buildDeck(`${WELCOME}\n\n${MOON}\n`, { fileName: 'ar-goldberger-july4-2019.txt' });
    expect(deck.slides[0]!.notes).toContain('مرحباً بالجميع');
    for (const s of deck.slides.slice(1)) expect(s.notes).not.toContain('دوروثي');
  });
});
