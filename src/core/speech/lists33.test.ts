import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { leadTitle } from './list-title';
import { actionsNamed } from './action-series';

// judge31/judge32: lists split unevenly, lists without their subject, anaphora not built.
// Sources: Jimmy Carter, Anti-Inflation Program address, 24 October 1978 (millercenter.org); Gina
// Raimondo, remarks at the White House Intel announcement, 21 January 2022 (commerce.gov); Eric
// Woerth, débat d'orientation budgétaire pour 2008, Assemblée nationale, 2007 (vie-publique.fr);
// Xi Jinping, 二〇二四年新年贺词, 31 December 2023 (xinhuanet.com).

const lines = (s: { screenText: string }) =>
  s.screenText
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^• /u, ''));

const listsOf = (text: string, fileName: string) =>
  buildDeck(text, { fileName }).slides.filter((s) => s.blocks.some((b) => b.type === 'list'));

const CARTER_RECAP = [
  "This approach I've outlined will not end inflation. It simply improves our chances of making it better rather than worse. To summarize the plan I'm announcing tonight:",
  'We will cut the budget deficit.',
  'We will slash Federal hiring and reduce the Federal work force.',
  'We will restrain Federal pay.',
  'We will delay further tax cuts.',
  'We will remove needless regulations.',
  'We will use Federal policy to encourage more competition.',
  'We will set specific standards for both wages and prices throughout the economy.',
  'We will use all the powers at our disposal to make this program work.',
  "And we will submit new anti-inflation proposals to the Congress next January, including the real wage insurance proposal I've discussed tonight.",
  "I've said many times that these steps will be tough—and they are. But I also said they will be fair—and they are. They apply equally to all groups. They give all of us an equal chance to move ahead.",
];

describe('a recap of "We will …" is the plan\'s steps, on balanced slides (judge32, Carter s25–27)', () => {
  it('the nine steps are two slides of five and four, titled by what the lead-in sums up', () => {
    const lists = listsOf(CARTER_RECAP.join('\n\n'), 'carter.txt');
    expect(lists.map((s) => s.title)).toEqual(['The plan (1/2)', 'The plan (2/2)']);
    expect(lists.map(lines)).toEqual([
      [
        'Cut the budget deficit',
        'Slash Federal hiring and reduce the Federal work force',
        'Restrain Federal pay',
        'Delay further tax cuts',
        'Remove needless regulations',
      ],
      [
        'Use Federal policy to encourage more competition',
        'Set specific standards for both wages and prices throughout the economy',
        'Use all the powers at our disposal to make this program work',
        'Submit new anti-inflation proposals to the Congress next January',
      ],
    ]);
  });

  it('a lead-in that sums up titles the list by the thing summed up', () => {
    const none = new Set<string>();
    expect(leadTitle("To summarize the plan I'm announcing tonight:", 'en', none)).toBe('The plan');
    expect(leadTitle('To sum up the steps we have taken:', 'en', none)).toBe('The steps');
    expect(leadTitle('To summarize our program:', 'en', none)).toBe('Our program');
  });

  it('an anaphora of "We will" with no lead-in keeps its words', () => {
    const text = [
      'We will not tire.',
      'We will fight for every family in this country, in every town and every city.',
      'We will build the roads that our children will drive on.',
      'We will teach every child to read.',
      'Thank you.',
    ].join('\n\n');
    const lists = listsOf(text, 'we-will.txt');
    expect(lists).toHaveLength(1);
    for (const s of lists) for (const line of lines(s)) expect(line).toMatch(/^We will/u);
  });
});

const RAIMONDO = [
  'The auto industry supports 7 million American jobs.',
  'And each electric vehicle requires more than 2000 chips—more than twice as many as a traditional engine.',
  'That’s why I’m thrilled about today’s announcement from Intel.',
  'Semiconductors produced right here in America will allow us to shore up our supply chains, bring down costs, keep manufacturing facilities up and running, and create more American jobs.',
  'But if we really want to end the chip shortage and ensure our global competitiveness, we need to do much more.',
];
const WOERTH =
  'Vous avez, au cours de cette session, à vous prononcer sur bon nombre de lois qui mettront en œuvre les réformes annoncées par le Président de la République et par le Premier ministre et choisies par les Français, qu’il s’agisse de revaloriser le travail, d’aider à l’accession à la propriété, de réformer les universités, d’assurer un service minimal dans les transports ou de lutter contre la récidive.';

describe('a series of actions is titled by what its lead-in says they are about (judge32, Raimondo s04, Woerth s02)', () => {
  it('en: the lead-in\'s subject, never one action\'s noun ("Supply chains")', () => {
    expect(actionsNamed(RAIMONDO[3]!, 'en')).toBe('Semiconductors');
    const [list] = listsOf(RAIMONDO.join('\n\n'), 'raimondo.txt');
    expect(list!.title).toBe('Semiconductors');
    expect(lines(list!)).toEqual([
      'Shore up our supply chains',
      'Bring down costs',
      'Keep manufacturing facilities up and running',
      'Create more American jobs',
    ]);
  });

  it('fr: the noun phrase "qu\'il s\'agisse de" gives instances of, never the fourth item ("Service minimal")', () => {
    expect(actionsNamed(WOERTH, 'fr')).toBe('Les réformes annoncées');
    const text = [
      'Mesdames et Messieurs les députés,',
      'En dépit de l’agenda chargé de cette session extraordinaire, j’ai souhaité que nous ayons un débat d’orientation budgétaire cette année, comme les années précédentes.',
      WOERTH,
    ].join('\n\n');
    const [list] = listsOf(text, 'woerth.txt');
    expect(list!.title).toBe('Les réformes annoncées');
    expect(lines(list!)).toHaveLength(5);
  });

  it('a lead-in whose subject is the speaker names nothing', () => {
    expect(
      actionsNamed(
        'We are going to hold down Government spending, reduce the budget deficit, and eliminate Government waste.',
        'en',
      ),
    ).toBe('');
  });
});

const XI = [
  '大家好！冬至阳生，岁回律转。在这辞旧迎新的美好时刻，我在北京向大家致以新年的祝福！',
  '2023年，我们接续奋斗、砥砺前行，经历了风雨洗礼，看到了美丽风景，取得了沉甸甸的收获。大家记住了一年的不易，也对未来充满信心。',
  '这一年的步伐，我们走得很坚实。疫情防控平稳转段，我国经济持续回升向好，高质量发展扎实推进。现代化产业体系更加健全，一批高端化、智能化、绿色化新型支柱产业快速崛起。粮食生产“二十连丰”，绿水青山成色更足，乡村振兴展现新气象。东北全面振兴谱写新篇，雄安新区拔节生长，长江经济带活力脉动，粤港澳大湾区勇立潮头。中国经济在风浪中强健了体魄、壮实了筋骨。',
  '这一年的步伐，我们走得很有力量。经过久久为功的磨砺，中国的创新动力、发展活力勃发奔涌。C919大飞机实现商飞，国产大型邮轮完成试航，神舟家族太空接力，“奋斗者”号极限深潜。国货潮牌广受欢迎，国产新手机一机难求，新能源汽车、锂电池、光伏产品给中国制造增添了新亮色。中国以自强不息的精神奋力攀登，到处都是日新月异的创造。',
  '这一年的步伐，我们走得很见神采。成都大运会、杭州亚运会精彩纷呈，体育健儿勇创佳绩。假日旅游人潮涌动，电影市场红红火火，“村超”、“村晚”活力四射，低碳生活渐成风尚，温暖的生活气息、复苏的忙碌劲头，诠释了人们对美好幸福的追求，也展现了一个活力满满、热气腾腾的中国。',
  '这一年的步伐，我们走得很显底气。中国是一个伟大的国度，传承着伟大的文明。在这片辽阔的土地上，大漠孤烟、江南细雨，总让人思接千载、心驰神往；黄河九曲、长江奔流，总让人心潮澎湃、豪情满怀。泱泱中华，历史何其悠久，文明何其博大，这是我们的自信之基、力量之源。',
  '今年，我们隆重纪念毛泽东同志诞辰130周年，就是要继承和发扬老一辈革命家的崇高风范，把新时代中国特色社会主义事业不断推向前进。',
];

describe('a refrain that heads long paragraphs heads their slides (judge32, zh-xi "这一年的步伐…")', () => {
  it("each paragraph opens a slide titled by its refrain, its body the paragraph's own line", () => {
    const deck = buildDeck(XI.join('\n\n'), { fileName: 'xi.txt' });
    const titles = deck.slides.map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        '这一年的步伐，我们走得很坚实',
        '这一年的步伐，我们走得很有力量',
        '这一年的步伐，我们走得很见神采',
        '这一年的步伐，我们走得很显底气',
      ]),
    );
    for (const s of deck.slides.filter((x) => x.title.startsWith('这一年的步伐')))
      expect(s.screenText.split('\n').length).toBeGreaterThan(1);
  });

  it('paragraphs short enough to be items stay one list (paragraph anaphora)', () => {
    const text = [
      'C’est celle du couple de salariés qui se lève tôt. Il travaille dur.',
      'C’est celle de la mère de famille célibataire. Je les ai vues.',
      'C’est celle des retraités modestes.',
      'C’est celle des plus fragiles. Leur détresse est grande.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'fr.txt' });
    expect(deck.slides.filter((s) => s.title.startsWith('C’est celle du'))).toHaveLength(0);
    expect(deck.slides.filter((s) => s.blocks.some((b) => b.type === 'list'))).toHaveLength(1);
  });
});
