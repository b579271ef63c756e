import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';

// judge20: Brian Deese's "Remarks on Executing a Modern American Industrial Strategy" (City Club of
// Cleveland, 13 October 2022; whitehouse.gov, public domain) as Markdown: its list of five
// investments was on screen only — 118 words that fell off the slide — and in no slide's notes,
// so a speaker reading the notes skipped $20 billion … $4.4 billion; the section ran 384 s unsplit.
const DEESE = `# Remarks

## II. Strategy

That number may sound diffuse or distant.  So let me make it more
concrete.  In just the last few months:

-   Intel broke ground on a $20 billion semiconductor complex outside
    Columbus.

<!-- -->

-   General Motors committed nearly $1 billion to make electric-vehicle
    components, with UAW workers, at its factory in Toledo—and has
    committed to scale a lithium-ion battery factory in Youngstown.

<!-- -->

-   First Solar committed almost $200 million to upgrade and expand its
    three solar-panel factories around Toledo.

<!-- -->

-   Ford committed $1.5 billion for its Avon Lake assembly plant, just
    outside Cleveland, adding nearly 2,000 new union jobs.

<!-- -->

-   And just this week, Honda and LG announced plans to invest up to
    $4.4 billion in an electric-vehicle battery plant in Fayette County,
    and $700 million in retooling Honda’s existing Ohio facilities.

This is *just in Ohio.*
`;
const build = (text: string) => buildDeck(text, { fileName: 'talk.md' });
const notes = (text: string) =>
  build(text)
    .slides.map((s) => s.notes)
    .join('\n\n');

describe('a list the speaker says is spoken (markdown.ts spokenList)', () => {
  it('puts a list of whole sentences after prose in the notes, in place, item by item, marks removed', () => {
    const deck = build(DEESE);
    const said = notes(DEESE).replace(/\s+/gu, ' ');
    expect(said).toContain(
      'In just the last few months: Intel broke ground on a $20 billion semiconductor complex outside Columbus. General Motors committed nearly $1 billion',
    );
    expect(said).toContain('in retooling Honda’s existing Ohio facilities. This is just in Ohio.');
    // five items, 118 words: more than a slide holds, so the screen is derived from what is said —
    // the figures — never the list as written (it fell off the bottom of the slide)
    const screen = deck.slides.map((s) => s.screenText).join('\n');
    expect(screen).toContain('$20 billion');
    expect(screen).not.toContain(
      'Intel broke ground on a $20 billion semiconductor complex outside Columbus.',
    );
    for (const s of deck.slides) expect(s.plannedSeconds).toBeLessThanOrEqual(150);
    // an HTML comment between lists is never shown, so it is no "raw HTML dropped" warning
    expect(deck.warnings).toEqual([]);
  });

  it('keeps a short list said aloud on screen as written as well (tests/fixtures/speeches/open-data-en.md)', () => {
    const steps =
      '# Talk\n\n## Plan\n\nOur plan for the next two years has three steps:\n\n1. Publish every dataset under an open licence by default.\n2. Train two hundred civil servants in data stewardship.\n3. Measure reuse and report it every year.\n\nThank you very much!\n';
    expect(notes(steps)).toContain('three steps:\n\nPublish every dataset under an open licence by default.');
    expect(build(steps).slides[1]!.screenText).toContain(
      'Train two hundred civil servants in data stewardship.',
    );
  });

  it('keeps a list of short points, a list before any prose and a list in a screen fence on screen', () => {
    const points =
      '# Talk\n\n## Economy\n\nHere is where we stand.\n\n- AIGC · IoT\n- Cloud computing\n- Blockchain\n';
    expect(notes(points)).not.toContain('Blockchain');
    expect(build(points).slides[1]!.screenText).toContain('Blockchain');
    const first =
      '# Talk\n\n## Plan\n\n- We will build a plant that employs two thousand people in Ohio.\n- We will train every worker who wants a union job in that plant.\n\nThat is the plan.';
    expect(notes(first)).not.toContain('We will build');
    const fenced =
      '# Talk\n\n## Plan\n\nHere is the plan.\n\n```screen\n- We will build a plant that employs two thousand people in Ohio.\n- We will train every worker who wants a union job in that plant.\n```\n';
    expect(notes(fenced)).not.toContain('We will build');
    expect(build(fenced).slides[1]!.screenText).toContain('We will build');
  });
});
