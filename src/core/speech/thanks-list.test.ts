import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { thankedIn, thanksList, thanksSeriesTitle } from './thanks-list';
import { blocksText } from '../deck';

/** Bush, remarks on signing the Medicare Prescription Drug, Improvement, and Modernization Act, 2003. */
const BUSH = [
  'This bill passed the Congress because of the strong leadership of a handful of members, starting with the Speaker of the House Denny Hastert. Mr. Speaker -- (applause.) Mr. Speaker was joined by Senator Bill Frist, the Senate Majority Leader of the Senate, in providing the leadership necessary to get this bill done. I want to thank you both. (Applause.)',
  'I appreciate the hard work of the House Majority Leader, Tom DeLay, in seeing that this bill was passed. I also appreciate the hard work of the Chairman of the Ways and Means Committee, Chairman Bill Thomas, for his good work. (Applause.) The Chairman of the Finance Committee in the Senate, Senator Chuck Grassley, did a noble job. (Applause.) And he was joined in this task by the Ranking Member of the Finance Committee, Senator Max Baucus of Montana. (Applause.)',
];

describe('thankedIn: who an acknowledgement names, with the office its clause gives them', () => {
  it('reads the office before, after or in the run of the name, never another clause’s', () => {
    const said = (s: string) => thankedIn(s).map((p) => (p.role ? `${p.name} — ${p.role}` : p.name));
    expect(
      said(
        'I appreciate the hard work of the House Majority Leader, Tom DeLay, in seeing that this bill was passed.',
      ),
    ).toEqual(['Tom DeLay — House Majority Leader']);
    expect(
      said(
        'I also appreciate the hard work of the Chairman of the Ways and Means Committee, Chairman Bill Thomas, for his good work.',
      ),
    ).toEqual(['Bill Thomas — Chairman of the Ways and Means Committee']);
    expect(
      said(
        'Mike Maves, the Executive Vice President and CEO of the AMA, worked hard on this piece of legislation.',
      ),
    ).toEqual(['Mike Maves — Executive Vice President and CEO of the AMA']);
    expect(said('The Food and Drug Administration Commissioner Mark McClellan is here.')).toEqual([
      'Mark McClellan — Food and Drug Administration Commissioner',
    ]);
    expect(said('Kay James who is the Director of the Office of Personnel Management, is with us.')).toEqual([
      'Kay James — Director of the Office of Personnel Management',
    ]);
    expect(said('Senator Orrin Hatch from Utah made a significant contribution.')).toEqual([
      'Senator Orrin Hatch',
    ]);
    // a possessive names what is theirs; a plural rank names several
    expect(said('I’d like to thank President and Mrs. Kennedy’s love for the arts.')).toEqual([]);
    expect(
      said('And along with Senators Cornyn and Wicker — helped keep this bill on track beginning to end.'),
    ).toEqual([]);
  });
});

describe('thanksList: an acknowledgement is one list of the people thanked, under "With thanks to"', () => {
  it('lists each name with its own office, every word of it said', () => {
    const sentences = BUSH.join(' ').split(/(?<=[.!?)])\s+/u);
    const list = thanksList(sentences, 'en');
    expect(list?.title).toBe('With thanks to');
    const items = blocksText([list!.block])
      .split('\n')
      .map((x) => x.replace(/^• /u, ''));
    // each office beside its own holder: never the Majority Leader's beside Bill Thomas
    const offices: Record<string, string> = {
      'Denny Hastert': 'Speaker of the House',
      'Bill Frist': 'Senate Majority Leader of the Senate',
      'Tom DeLay': 'House Majority Leader',
      'Bill Thomas': 'Chairman of the Ways and Means Committee',
      'Chuck Grassley': 'Chairman of the Finance Committee in the Senate',
      'Max Baucus': 'Ranking Member of the Finance Committee',
    };
    expect(items.map((x) => x.split(' — ')[0])).toEqual(Object.keys(offices));
    for (const item of items) {
      const [name, office] = item.split(' — ');
      if (office) expect(office).toBe(offices[name!]);
    }
    expect(items).toContain('Tom DeLay — House Majority Leader');
    for (const item of items) for (const part of item.split(' — ')) expect(BUSH.join(' ')).toContain(part);
  });

  it('is no list when a story names people in passing (Ford 1975)', () => {
    const story = [
      'Twenty-six years ago, a freshman Congressman, a young fellow with lots of idealism who was out to change the world, stood before Sam Rayburn in the well of the House and solemnly swore to the same oath that all of you took yesterday—an unforgettable experience, and I congratulate you all.',
      'Two days later, that same freshman stood at the back of this great chamber—over there someplace—as President Truman, all charged up by his single-handed election victory, reported as the Constitution requires on the state of the Union.',
    ];
    expect(thanksList(story, 'en')).toBeNull();
  });

  it('titles a series a thanks leads into as an acknowledgement (CHIPS Act signing, 2022)', () => {
    expect(
      thanksSeriesTitle(
        [
          'I want to thank everyone here — who helped make it possible:',
          'Vice President Harris and the Second Gentleman; members of the Cabinet and the White House team; the Majority Leader; Senators Cantwell, Young, Portman.',
        ],
        'en',
      ),
    ).toBe('With thanks to');
    expect(thanksSeriesTitle(['We pray that …; that …; that …'], 'en')).toBe('');
  });
});

describe('an acknowledgement slide in a deck', () => {
  it('is titled "With thanks to", never by another person’s office (Bush 2003, judge26)', () => {
    const text = ['Remarks on Signing the Medicare Act', ...BUSH].join('\n\n');
    const deck = buildDeck(text, { fileName: 'bush.txt' });
    const titles = deck.slides.map((s) => s.title);
    expect(titles).not.toContain('Senate Majority Leader');
    const acks = deck.slides.filter((s) => s.title.startsWith('With thanks to'));
    expect(acks.map((s) => s.screenText).join('\n')).toContain(
      'Bill Thomas — Chairman of the Ways and Means Committee',
    );
  });
});
