import { describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import type { Deck } from './deck';
import { describeDelta, paceAt, planTalk, spokenDuration } from './pacing';
import { initialShowState, reduceShow, type ShowCommand, type ShowState } from './show';

const T0 = 1_700_000_000_000;
const noPace = { learnedWpm: null, useLearned: false };

/** A deck whose slides the engine planned at 130 wpm: 60 s, 30 s, 90 s. */
function deck(meta: Partial<Deck['meta']> = {}): Deck {
  const d = makeDeck(3);
  [60, 30, 90].forEach((seconds, i) => {
    d.slides[i]!.words = (seconds / 60) * 130;
    d.slides[i]!.notes = 'word '.repeat(d.slides[i]!.words).trim();
    d.slides[i]!.plannedSeconds = seconds;
  });
  return { ...d, meta: { ...d.meta, ...meta } };
}

describe('planTalk', () => {
  it('budgets each slide by its words at the default rate', () => {
    const plan = planTalk(deck(), noPace);
    expect(plan).toMatchObject({ rateWpm: 130, rateSource: 'default', slideMs: [60_000, 30_000, 90_000] });
    expect(plan.startMs).toEqual([0, 60_000, 90_000]);
    expect(plan.totalMs).toBe(180_000);
    expect(plan.targetMs).toBe(180_000);
  });

  it('uses the learned rate once the speaker chose "Use my pace", and the front matter over both', () => {
    const learned = planTalk(deck(), { learnedWpm: 260, useLearned: true });
    expect(learned).toMatchObject({
      rateWpm: 260,
      rateSource: 'rehearsals',
      slideMs: [30_000, 15_000, 45_000],
    });
    expect(planTalk(deck(), { learnedWpm: 260, useLearned: false }).rateSource).toBe('default');
    const speech = planTalk(deck({ wpm: 65 }), { learnedWpm: 260, useLearned: true });
    expect(speech).toMatchObject({ rateWpm: 65, rateSource: 'speech', slideMs: [120_000, 60_000, 180_000] });
  });

  it('scales to the target duration, keeping proportions and an exact total', () => {
    const plan = planTalk(deck({ duration: 6 }), noPace);
    expect(plan.slideMs).toEqual([120_000, 60_000, 180_000]);
    expect(plan).toMatchObject({
      totalMs: 360_000,
      naturalMs: 180_000,
      durationMs: 360_000,
      targetMs: 360_000,
    });
    const odd = planTalk(deck({ duration: 1 / 7 }), noPace);
    expect(odd.slideMs.reduce((a, b) => a + b)).toBe(odd.totalMs);
    expect(odd.totalMs).toBe(Math.round(60_000 / 7));
  });

  it('spreads a duration evenly over slides with no words', () => {
    const silent = deck({ duration: 3 });
    for (const s of silent.slides) s.notes = '';
    expect(planTalk(silent, noPace).slideMs).toEqual([60_000, 60_000, 60_000]);
  });
});

describe('paceAt over a scripted run', () => {
  // Plan: slide 0 0–60 s, slide 1 60–90 s, slide 2 90–180 s.
  const plan = planTalk(deck(), noPace);
  let state: ShowState = initialShowState(3);
  const run = (command: ShowCommand, at: number): void => {
    state = reduceShow(state, command, T0 + at);
  };
  const at = (ms: number) => paceAt(plan, state, T0 + ms);

  it('is idle before the talk starts', () => {
    expect(at(0)).toMatchObject({
      status: 'idle',
      deltaMs: 0,
      remainingMs: 180_000,
      projectedTotalMs: 180_000,
    });
  });

  it('follows every point of the run', () => {
    run({ type: 'timer', action: 'start' }, 0);
    expect(at(30_000)).toMatchObject({
      slideMs: 30_000,
      plannedMs: 30_000,
      deltaMs: 0,
      status: 'on-time',
      remainingMs: 150_000,
    });
    // slide 0 runs 20 s over its minute: behind by the overrun
    expect(at(80_000)).toMatchObject({
      slideMs: 80_000,
      slideBudgetMs: 60_000,
      deltaMs: 20_000,
      status: 'behind',
    });
    run({ type: 'next' }, 80_000);
    // on slide 1, within budget: the lateness at entry holds still
    expect(at(80_000)).toMatchObject({ slideMs: 0, plannedMs: 60_000, deltaMs: 20_000 });
    expect(at(100_000)).toMatchObject({ slideMs: 20_000, plannedMs: 80_000, deltaMs: 20_000 });
    // projection at the pace so far: 100 s spoken for 80 s of plan, 100 s of plan left → 125 s more
    expect(at(100_000).projectedTotalMs).toBe(225_000);
    expect(at(100_000).projectedEndAt).toBe(T0 + 100_000 + 125_000);
    // slide 1 done quickly, slide 2 entered at 95 s: 5 s behind is "on time"
    run({ type: 'next' }, 95_000);
    expect(at(95_000)).toMatchObject({ deltaMs: 5_000, status: 'on-time' });
    run({ type: 'last' }, 95_000);
    expect(at(170_000)).toMatchObject({ slideMs: 75_000, deltaMs: 5_000, remainingMs: 10_000 });
    // into overtime
    expect(at(200_000)).toMatchObject({
      deltaMs: 20_000,
      remainingMs: -20_000,
      status: 'behind',
      projectedTotalMs: 200_000,
    });
  });

  it('ahead when slides go faster than planned', () => {
    let s = reduceShow(initialShowState(3), { type: 'timer', action: 'start' }, T0);
    s = reduceShow(s, { type: 'next' }, T0 + 40_000);
    const p = paceAt(plan, s, T0 + 45_000);
    expect(p).toMatchObject({ deltaMs: -20_000, status: 'ahead' });
    expect(describeDelta(p.deltaMs)).toBe('20 s ahead');
  });

  it('a pause freezes elapsed time and pace; Q&A does not count as overtime', () => {
    let s = reduceShow(initialShowState(3), { type: 'timer', action: 'start' }, T0);
    s = reduceShow(s, { type: 'last' }, T0 + 90_000);
    s = reduceShow(s, { type: 'timer', action: 'pause' }, T0 + 150_000);
    const frozen = paceAt(plan, s, T0 + 150_000);
    expect(paceAt(plan, s, T0 + 900_000)).toMatchObject({
      elapsedMs: frozen.elapsedMs,
      deltaMs: frozen.deltaMs,
      remainingMs: frozen.remainingMs,
      projectedTotalMs: frozen.projectedTotalMs,
    });
    // the finish moves later by the length of the pause
    expect(paceAt(plan, s, T0 + 900_000).projectedEndAt - frozen.projectedEndAt).toBe(750_000);
    s = reduceShow(s, { type: 'timer', action: 'start' }, T0 + 900_000);
    s = reduceShow(s, { type: 'mode', mode: 'qa' }, T0 + 930_000); // 180 s spoken: the talk is done
    const qa = paceAt(plan, s, T0 + 930_000 + 600_000);
    expect(qa).toMatchObject({
      elapsedMs: 780_000,
      qaMs: 600_000,
      speakingMs: 180_000,
      remainingMs: 0,
      deltaMs: 0,
      status: 'on-time',
    });
  });
});

describe('CJK', () => {
  it('counts characters at their own rate, as the engine does', () => {
    const d = deck();
    d.slides[0]!.notes = '数'.repeat(250);
    expect(planTalk(d, noPace).slideMs[0]).toBe(60_000);
  });
});

describe('words for the speaker', () => {
  it.each([
    [0, 'on time'],
    [9_999, 'on time'],
    [-9_999, 'on time'],
    [32_000, '32 s behind'],
    [-15_000, '15 s ahead'],
    [75_000, '1 min 15 s behind'],
    [120_000, '2 min behind'],
  ])('%d ms → %s', (delta, words) => {
    expect(describeDelta(delta)).toBe(words);
  });

  it('says "not started" before the talk', () => {
    expect(describeDelta(0, false)).toBe('not started');
    expect(spokenDuration(65_000)).toBe('1 min 05 s');
  });
});

describe('the plan from the counts the engine stored', () => {
  it('is the plan from the notes, to the millisecond, and needs no notes', async () => {
    const { buildDeck } = await import('./speech');
    const text = [
      'A talk about ports and trade.',
      'We moved 4,000 containers a day. 数字经济是新的增长引擎。 It doubled in ten years.',
      'The third slide says more, with steps and more words than the others have at all, so that it weighs more.',
    ].join('\n\n');
    const deck = buildDeck(text, { fileName: 'talk.txt' });
    expect(deck.slides.some((s) => (s.cjkWords ?? 0) > 0)).toBe(true);
    const counted = { ...deck, slides: deck.slides.map(({ cjkWords: _c, ...s }) => s) };
    const withoutNotes = { ...deck, slides: deck.slides.map((s) => ({ ...s, notes: '' })) };
    for (const pace of [
      { learnedWpm: null, useLearned: false },
      { learnedWpm: 97, useLearned: true },
    ]) {
      const plan = planTalk(counted, pace);
      expect(planTalk(deck, pace).slideMs).toEqual(plan.slideMs);
      expect(planTalk(withoutNotes, pace).slideMs).toEqual(plan.slideMs);
      expect(planTalk(withoutNotes, pace).totalMs).toBe(plan.totalMs);
    }
  });

  it('counts the notes when the stored counts do not add up', () => {
    const deck = makeDeck(2);
    deck.slides[1]!.notes = 'one two three four five six seven eight nine ten';
    deck.slides[1]!.words = 3;
    deck.slides[1]!.cjkWords = 7; // more CJK than words: not a count the engine made
    const pace = { learnedWpm: null, useLearned: false };
    const plain = makeDeck(2);
    plain.slides[1]!.notes = deck.slides[1]!.notes;
    expect(planTalk(deck, pace).slideMs).toEqual(planTalk(plain, pace).slideMs);
  });
});
