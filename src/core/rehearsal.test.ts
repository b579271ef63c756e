import { describe, expect, it } from 'vitest';
import {
  learnRate,
  logRehearsalEvent,
  runFromLog,
  startRehearsalLog,
  type RehearsalRun,
  type RehearsedSlide,
} from './rehearsal';
import { rehearsalCsv, rehearsalReport } from './rehearsal-report';
import { emptyRehearsalFile } from './rehearsal-schema';
import { makeDeck } from '../../tests/helpers/decks';

const T0 = 1_700_000_000_000;
const slides: RehearsedSlide[] = [
  { title: 'Title', words: 0, baseMs: 0, plannedMs: 0 },
  { title: 'One', words: 130, baseMs: 60_000, plannedMs: 60_000 },
  { title: 'Two', words: 65, baseMs: 30_000, plannedMs: 30_000 },
];
const end = (at: number, ending: 'finished' | 'abandoned' = 'finished') => ({
  at,
  ending,
  sourceId: 'v1',
  baseWpm: 130,
  slides,
});

describe('runFromLog', () => {
  it('records per slide the stints, speaking time, pauses and revisits', () => {
    let log = startRehearsalLog(0, T0);
    log = logRehearsalEvent(log, { kind: 'enter', index: 1, at: T0 + 5_000 });
    log = logRehearsalEvent(log, { kind: 'pause', at: T0 + 35_000 });
    log = logRehearsalEvent(log, { kind: 'resume', at: T0 + 95_000 });
    log = logRehearsalEvent(log, { kind: 'enter', index: 2, at: T0 + 125_000 });
    log = logRehearsalEvent(log, { kind: 'enter', index: 1, at: T0 + 140_000 }); // back to check something
    log = logRehearsalEvent(log, { kind: 'enter', index: 2, at: T0 + 150_000 });
    const run = runFromLog(log, end(T0 + 170_000));
    expect(run).toMatchObject({
      startedAt: T0,
      endedAt: T0 + 170_000,
      totalMs: 110_000,
      pausedMs: 60_000,
      ending: 'finished',
    });
    expect(run.slides.map((s) => [s.spentMs, s.visits, s.pauses, s.pausedMs])).toEqual([
      [5_000, 1, 0, 0],
      [70_000, 2, 1, 60_000],
      [35_000, 2, 0, 0],
    ]);
    expect(run.slides[1]!.stints).toEqual([
      { enteredAt: T0 + 5_000, leftAt: T0 + 125_000 },
      { enteredAt: T0 + 140_000, leftAt: T0 + 150_000 },
    ]);
    expect(run.slides.reduce((a, s) => a + s.spentMs, 0)).toBe(run.totalMs);
  });

  it('an abandoned run keeps what was measured; a clock stepping back gives no negative time', () => {
    let log = startRehearsalLog(0, T0);
    log = logRehearsalEvent(log, { kind: 'enter', index: 1, at: T0 - 5_000 });
    const run = runFromLog(log, end(T0 + 10_000, 'abandoned'));
    expect(run.ending).toBe('abandoned');
    expect(run.slides[1]!.spentMs).toBe(10_000);
    expect(run.totalMs).toBe(10_000);
  });
});

function runAt(rateFactor: number, startedAt = T0, sourceId = 'v1'): RehearsalRun {
  // speaks slide 1 and 2 at `rateFactor` times the plan's speed
  let log = startRehearsalLog(1, startedAt);
  log = logRehearsalEvent(log, { kind: 'enter', index: 2, at: startedAt + 60_000 / rateFactor });
  return { ...runFromLog(log, end(startedAt + 90_000 / rateFactor)), sourceId };
}

describe('learnRate', () => {
  it('learns words per minute from the runs', () => {
    expect(learnRate([runAt(1)])).toBe(130);
    expect(learnRate([runAt(1.2), runAt(1.2, T0 + 1)])).toBe(156);
  });

  it('needs a minute of measured speech, and uses the last runs only', () => {
    let short = startRehearsalLog(1, T0);
    short = logRehearsalEvent(short, { kind: 'enter', index: 2, at: T0 + 20_000 });
    expect(learnRate([runFromLog(short, end(T0 + 20_000))])).toBeNull();
    const old = Array.from({ length: 10 }, (_, i) => runAt(0.5, T0 + i));
    const recent = Array.from({ length: 5 }, (_, i) => runAt(1, T0 + 100 + i));
    expect(learnRate([...old, ...recent])).toBe(130);
  });
});

describe('rehearsalReport', () => {
  const deck = { ...makeDeck(3), sourceId: 'v1' };
  deck.slides[0]!.notes = '';
  deck.slides[1]!.notes = 'word '.repeat(130).trim(); // a minute at 130 wpm
  deck.slides[2]!.notes = 'word '.repeat(65).trim();

  it('compares runs of this version, flags edited ones, finds slides that run over and projects the next', () => {
    const slow = runAt(0.5, T0); // every slide twice its budget
    const fine = runAt(1, T0 + 1_000);
    const slow2 = runAt(0.5, T0 + 2_000);
    const edited = runAt(1, T0 + 3_000, 'v0');
    const file = {
      ...emptyRehearsalFile({ fileName: 'test.md', title: 'T' }),
      runs: [slow, fine, slow2, edited],
    };
    const report = rehearsalReport(deck, file, 100, []);
    expect(report.runs.map((r) => r.edited)).toEqual([false, false, false, true]);
    expect(report.editedRuns).toBe(1);
    expect(report.overrunning.map((o) => [o.index, o.runsOver, o.runs])).toEqual([
      [1, 2, 3],
      [2, 2, 3],
    ]);
    // mean of 120, 60, 120 s and of 60, 30, 60 s
    expect(report.projectedNextMs).toBe(100_000 + 50_000);
    expect(report.rate).toEqual({ inUseWpm: 130, source: 'default', learnedWpm: 100, useLearned: false });
    const csv = rehearsalCsv(report);
    // a byte-order mark first, so spreadsheet programs read the UTF-8 titles as UTF-8
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'run,started,ending,speech_edited,slide,title,planned_s,spent_s,visits,pauses,run_total_s',
    );
    expect(csv).toContain(`${slow.id},${new Date(T0).toISOString()},finished,no,2,One,60.0,120.0,1,0,180.0`);
  });

  it('quotes CSV fields and defuses formulas', () => {
    const run = runAt(1);
    run.slides[1]!.title = '=HYPERLINK("x"), ok';
    const file = { ...emptyRehearsalFile({ fileName: 'test.md', title: 'T' }), runs: [run] };
    expect(rehearsalCsv(rehearsalReport(deck, file, null, []))).toContain(`"'=HYPERLINK(""x""), ok"`);
  });
});
