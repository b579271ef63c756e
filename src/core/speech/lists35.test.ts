import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { enumerationMarker, innerMarkers } from './enumeration';
import { itemText, shownItem } from './items';

// judge33/judge34: a spoken enumeration shown as sliding windows, list titles from the first item,
// items cut before a condition. Source: Lyndon B. Johnson, State of the Union, 8 January 1964
// (millercenter.org).

const lines = (s: { screenText: string }) =>
  s.screenText
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^• /u, ''));

const LBJ_TEN = [
  'For our ultimate goal is a world without war, a world made safe for diversity, in which all men, goods, and ideas can freely move across every border and every boundary.',
  'We must advance toward this goal in 1964 in at least 10 different ways, not as partisans, but as patriots.',
  'First, we must maintain—and our reduced defense budget will maintain—that margin of military safety and superiority obtained through three years of steadily increasing both the quality and the quantity of our strategic, our conventional, and our antiguerilla forces. In 1964 we will be better prepared than ever before to defend the cause of freedom, whether it is threatened by outright aggression or by the infiltration practiced by those in Hanoi and Havana, who ship arms and men across international borders to foment insurrection. And we must continue to use that strength as John Kennedy used it in the Cuban crisis and for the test ban treaty—to demonstrate both the futility of nuclear war and the possibilities of lasting peace.',
  'Second, we must take new steps—and we shall make new proposals at Geneva—toward the control and the eventual abolition of arms. Even in the absence of agreement, we must not stockpile arms beyond our needs or seek an excess of military power that could be provocative as well as wasteful.',
  'It is in this spirit that in this fiscal year we are cutting back our production of enriched uranium by 25 percent. We are shutting down four plutonium piles. We are closing many nonessential military installations. And it is in this spirit that we today call on our adversaries to do the same.',
  'Third, we must make increased use of our food as an instrument of peace—making it available by sale or trade or loan or donation—to hungry people in all nations which tell us of their needs and accept proper conditions of distribution.',
  'Fourth, we must assure our pre-eminence in the peaceful exploration of outer space, focusing on an expedition to the moon in this decade—in cooperation with other powers if possible, alone if necessary.',
  'Fifth, we must expand world trade. Having recognized in the Act of 1962 that we must buy as well as sell, we now expect our trading partners to recognize that we must sell as well as buy. We are willing to give them competitive access to our market, asking only that they do the same for us.',
  'Sixth, we must continue, through such measures as the interest equalization tax, as well as the cooperation of other nations, our recent progress toward balancing our international accounts.',
  'This administration must and will preserve the present gold value of the dollar.',
  'Seventh, we must become better neighbors with the free states of the Americas, working with the councils of the OAS, with a stronger Alliance for Progress, and with all the men and women of this hemisphere who really believe in liberty and justice for all.',
  'Eighth, we must strengthen the ability of free nations everywhere to develop their independence and raise their standard of living, and thereby frustrate those who prey on poverty and chaos. To do this, the rich must help the poor—and we must do our part. We must achieve a more rigorous administration of our development assistance, with larger roles for private investors, for other industrialized nations, and for international agencies and for the recipient nations themselves.',
  'Ninth, we must strengthen our Atlantic and Pacific partnerships, maintain our alliances and make the United Nations a more effective instrument for national independence and international order.',
  'Tenth, and finally, we must develop with our allies new means of bridging the gap between the East and the West, facing danger boldly wherever danger exists, but being equally bold in our search for new agreements which can enlarge the hopes of all, while violating the interests of none.',
  'In short, I would say to the Congress that we must be constantly prepared for the worst, and constantly acting for the best. We must be strong enough to win any war, and we must be wise enough to prevent one.',
  'We shall neither act as aggressors nor tolerate acts of aggression. We intend to bury no one, and we do not intend to be buried.',
];

describe('an enumeration of short sections is one list over consecutive slides (LBJ 1964, judge33 s23–s29)', () => {
  it('"Tenth, and finally, we must…" is one marker: the last item, at the tenth place', () => {
    const tenth = LBJ_TEN.find((p) => p.startsWith('Tenth'))!;
    expect(enumerationMarker(tenth)).toMatchObject({ kind: 'last', ordinal: 10 });
    expect(innerMarkers(tenth)).toEqual([]);
  });

  it('shows every item once, in order, numbered by the spoken ordinals, on parts of one list', () => {
    const deck = buildDeck(LBJ_TEN.join('\n\n'), { fileName: 'lbj.txt' });
    const listed = deck.slides.filter((s) => s.blocks.some((b) => b.type === 'list'));
    const items = listed.flatMap(lines);
    expect(items.map((l) => /^(\d+)\./u.exec(l)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    // one list shared over slides: every part titled alike, "(1/n)" … "(n/n)"
    const parts = listed.map((s) => /\((\d+)\/(\d+)\)$/u.exec(s.title)?.slice(1).map(Number));
    expect(parts.every((p, k) => p?.[0] === k + 1 && p[1] === listed.length)).toBe(true);
    expect(items.at(-1)).toMatch(/^10\. .*bridging the gap between the East/u);
    // no item is said again on another slide, as a quote or a recalled item
    const world = deck.slides.filter((s) => /expand world trade/iu.test(s.screenText));
    expect(world).toHaveLength(1);
  });
});

describe('a list item never drops the condition its clause is said on (Kennedy 1963, judge34 s24)', () => {
  it('"…does not propose to conduct nuclear tests in the atmosphere so long as other states do not do so"', () => {
    const second =
      'Second: To make clear our good faith and solemn convictions on the matter, I now declare that the United States does not propose to conduct nuclear tests in the atmosphere so long as other states do not do so.';
    expect(shownItem(second, 'en', true)).toMatch(/so long as other states do not do so$/u);
  });

  it('a paired-dash aside is left out of the item, never the point after it (LBJ 1964)', () => {
    expect(
      itemText(
        'First, we must maintain—and our reduced defense budget will maintain—that margin of military safety and superiority obtained through three years of steadily increasing both the quality and the quantity of our strategic, our conventional, and our antiguerilla forces.',
        'en',
      ),
    ).toMatch(/^We must maintain that margin of military safety/u);
    expect(
      itemText(
        'Second, we must take new steps—and we shall make new proposals at Geneva—toward the control and the eventual abolition of arms.',
        'en',
      ),
    ).toBe('We must take new steps toward the control and the eventual abolition of arms');
  });
});
const LBJ_WE_MUST = [
  'But whatever the cause, our joint federal-local effort must pursue poverty, pursue it wherever it exists—in city slums and small towns, in sharecropper shacks or in migrant worker camps, on Indian Reservations, among whites as well as Negroes, among the young as well as the aged, in the boom towns and in the depressed areas.',
  'Our aim is not only to relieve the symptom of poverty, but to cure it and, above all, to prevent it. No single piece of legislation, however, is going to suffice.',
  'We will launch a special effort in the chronically distressed areas of Appalachia.',
  'We must expand our small but our successful area redevelopment program.',
  'We must enact youth employment legislation to put jobless, aimless, hopeless youngsters to work on useful projects.',
  'We must distribute more food to the needy through a broader food stamp program.',
  'We must create a National Service Corps to help the economically handicapped of our own country as the Peace Corps now helps those abroad.',
  'We must modernize our unemployment insurance and establish a high-level commission on automation. If we have the brain power to invent these machines, we have the brain power to make certain that they are a boon and not a bane to humanity.',
  'We must extend the coverage of our minimum wage laws to more than two million workers now lacking this basic protection of purchasing power.',
  'We must, by including special school aid funds as part of our education program, improve the quality of teaching, training, and counseling in our hardest hit areas.',
  'We must build more libraries in every area and more hospitals and nursing homes under the Hill-Burton Act, and train more nurses to staff them.',
  "We must provide hospital insurance for our older citizens financed by every worker and his employer under Social Security, contributing no more than $1 a month during the employee's working career to protect him in his old age in a dignified manner without cost to the Treasury, against the devastating hardship of prolonged or repeated illness.",
  'We must, as a part of a revised housing and urban renewal program, give more help to those displaced by slum clearance, provide more housing for our poor and our elderly, and seek as our ultimate goal in our free enterprise system a decent home for every American family.',
  'We must help obtain more modern mass transit within our communities as well as low-cost transportation between them.',
  'Above all, we must release $11 billion of tax reduction into the private spending stream to create new jobs and new markets in every area of this land.',
];

describe('a list shared over slides is titled by what names it whole, never by its first part (LBJ 1964, judge34 s13–s15)', () => {
  const deck = buildDeck(LBJ_WE_MUST.join('\n\n'), { fileName: 'lbj.txt' });
  const listed = deck.slides.filter((s) => s.blocks.some((b) => b.type === 'list'));

  it('eleven "We must" paragraphs, one with a sentence more, are one list titled "What we must do"', () => {
    // (never "Minimum wage laws (1/3)" over slides of libraries, hospitals and mass transit)
    expect(listed.map((s) => s.title.replace(/ \(\d+\/\d+\)$/u, ''))).toEqual(
      listed.map(() => 'What we must do'),
    );
    const items = listed.flatMap(lines);
    expect(items).toHaveLength(11);
    // the steps without the "We must" the title says, each once, in the speaker's order
    expect(items[0]).toBe('Expand our small but our successful area redevelopment program');
    expect(items.some((l) => /^Create a National Service Corps/u.test(l))).toBe(true);
    expect(items.at(-1)).toMatch(/^Help obtain more modern mass transit/u);
    expect(items.every((l) => !/^We must/u.test(l))).toBe(true);
  });
});
