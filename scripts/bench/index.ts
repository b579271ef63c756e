/**
 * `npm run bench`: Lectern measured against reveal.js in one run, on this machine, side by side.
 * Headline figures are ratios (ours / baseline; < 1 is better for time, bytes and memory);
 * absolute numbers are printed for information. Results go to bench-results/<date>.json.
 *
 * `npm run bench -- --quick` takes fewer samples (a smoke run, not for conclusions).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/helpers/chromium';
import { projectRoot, startTestShow } from '../../tests/helpers/show-host';
import { startBaselineSite } from './baseline-page';
import {
  BENCH_HOOKS,
  firstSlide,
  firstSlideBreakdown,
  heapBytes,
  preparePage,
  syncLatencies,
  untilInPage,
} from './browser';
import { benchCorpusBuild, benchDeckBuild } from './deck-build';
import { benchFanout } from './fanout';
import { benchLargeDeck } from './large-deck';
import { electronColdStart } from './electron';
import { benchTimer } from './timer';
import { goalOf, meetsGoal } from './goals';
import { COMMAND_RATE } from '../../src/server/rate-limit';
import { formatTable, growthExponent, ratio, summarize, type Summary } from './stats';

const quick = process.argv.includes('--quick');
/** `--only browser|desktop|build|fanout|timer`: that part alone, printed and not written to bench-results. */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const PARTS = ['browser', 'desktop', 'build', 'fanout', 'timer'] as const;
if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
  console.error(`bench: --only takes one of ${PARTS.join(', ')}`);
  process.exit(2);
}
const runs = (part: (typeof PARTS)[number]) => only === undefined || only === part;
const counts = quick
  ? {
      syncSteps: 40,
      syncWarmup: 5,
      loads: 5,
      loadWarmup: 1,
      deckWords: [1_000, 10_000, 100_000],
      followers: [1, 100, 500],
      fanoutMoves: 10,
      longRun: 200,
      largeWords: 1_000_000,
      largeSteps: 40,
      largeLoads: 1,
    }
  : {
      syncSteps: 200,
      syncWarmup: 20,
      loads: 15,
      loadWarmup: 2,
      deckWords: [1_000, 10_000, 100_000, 1_000_000],
      followers: [1, 100, 500],
      fanoutMoves: 50,
      longRun: 1_000,
      largeWords: 1_000_000,
      largeSteps: 200,
      largeLoads: 5,
    };

/**
 * Least time between two keys of the long run: a quarter more than the host's command budget
 * allows on average (COMMAND_RATE), so that a fast machine, which shows a move in under 30 ms,
 * does not spend the budget and have a key refused (a 1,000-move run stalled so at step 410).
 */
const LONG_RUN_GAP_MS = Math.ceil((1000 / COMMAND_RATE.perSecond) * 1.25);

interface Row {
  metric: string;
  unit: string;
  ours: number;
  /** NaN where there is nothing to compare with. */
  baseline: number;
  note?: string;
}

const rows: Row[] = [];
const details: Record<string, unknown> = {};

function addSummaryRows(metric: string, ours: Summary, base: Summary): void {
  rows.push({ metric: `${metric} p50`, unit: 'ms', ours: ours.median, baseline: base.median });
  rows.push({ metric: `${metric} p95`, unit: 'ms', ours: ours.p95, baseline: base.p95 });
  rows.push({ metric: `${metric} max`, unit: 'ms', ours: ours.max, baseline: base.max });
}

async function browserBench(): Promise<void> {
  const show = await startTestShow();
  const deck = show.session.snapshot().deck;
  const baseline = await startBaselineSite(deck, projectRoot);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // ---- sync latency: Lectern presenter page → audience page, through the web host ----
    // Each view in a window of its own, as the app places them (and as reveal.js's speaker view is a
    // window of its own): two tabs of one window would leave the presenter a background tab, whose
    // input and frames Chromium throttles, which no speaker's laptop does.
    const ours = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const oursPresenter = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const presenter = await oursPresenter.newPage();
    const audience = await ours.newPage();
    await preparePage(presenter);
    await preparePage(audience);
    await presenter.goto(show.host.presenterUrl);
    await audience.goto(show.host.audienceUrl);
    // no waitForFunction or locator on a page whose heap is read: Playwright's injected script would
    // be counted (untilInPage in browser.ts)
    await untilInPage(audience, 'window.__bench.ready !== null');
    await untilInPage(presenter, "document.querySelector('[data-testid=presenter]') !== null");
    const count = deck.slides.length;
    const oursPair = { control: presenter, deck: audience };
    await syncLatencies(oursPair, count, counts.syncWarmup);

    // ---- baseline: reveal.js speaker view (notes plugin) → the deck ----
    const theirs = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const revealDeck = await theirs.newPage();
    await preparePage(revealDeck);
    await revealDeck.goto(baseline.url);
    await untilInPage(revealDeck, 'window.__bench.ready !== null');
    // The deck page alone, after as many moves as the pages below make (driven in the deck itself):
    // measured before the speaker view opens, because that popup then shares this page's renderer
    // process and V8 heap, and every heap reading of either page includes both.
    await revealDeck.bringToFront();
    await syncLatencies(
      { control: revealDeck, deck: revealDeck },
      count,
      counts.syncWarmup + counts.syncSteps,
      0,
    );
    const deckAloneHeap = await heapBytes(revealDeck);
    const [speakerView] = await Promise.all([
      theirs.waitForEvent('page'),
      revealDeck.evaluate(() =>
        (window as unknown as { Reveal: { getPlugin(id: string): { open(): void } } }).Reveal.getPlugin(
          'notes',
        ).open(),
      ),
    ]);
    await speakerView.waitForLoadState();
    // The speaker view is written into an about:blank popup, so its hooks go in after it opened.
    await speakerView.evaluate(BENCH_HOOKS);
    await speakerView.waitForTimeout(1500); // the speaker view connects to the deck by postMessage
    const theirPair = { control: speakerView, deck: revealDeck };
    await syncLatencies(theirPair, count, counts.syncWarmup);

    // Both pairs are measured in alternating blocks, so that a busy spell of this shared machine
    // falls on both sides rather than on whichever happened to run then.
    const alternate = async (steps: number, block: number, gapMs?: number) => {
      const mine: number[] = [];
      const theirsMs: number[] = [];
      for (let done = 0; done < steps; done += block) {
        const n = Math.min(block, steps - done);
        // the page whose frames are timed is in front: a background tab gets about a frame a second
        await audience.bringToFront();
        mine.push(...(await syncLatencies(oursPair, count, n, gapMs)));
        await revealDeck.bringToFront();
        theirsMs.push(...(await syncLatencies(theirPair, count, n, gapMs)));
      }
      return [mine, theirsMs] as const;
    };
    const [oursSync, baseSync] = await alternate(counts.syncSteps, 20);
    addSummaryRows('sync latency', summarize(oursSync), summarize(baseSync));
    // A speaker skipping ahead presses faster than every 500 ms; reveal.js's speaker view then
    // holds each key back (it forwards at most one state per 500 ms).
    const rapid = Math.max(10, counts.syncSteps / 10);
    const [oursRapid, baseRapid] = await alternate(rapid, 10, 200);
    for (const q of ['median', 'p95'] as const) {
      rows.push({
        metric: `sync latency ${q === 'median' ? 'p50' : q}, keys 0.2 s apart`,
        unit: 'ms',
        ours: summarize(oursRapid)[q],
        baseline: summarize(baseRapid)[q],
        note: 'speaker skipping ahead',
      });
    }
    details.sync = { ours: oursSync, baseline: baseSync, oursRapid, baselineRapid: baseRapid };

    // ---- memory after the navigations above ----
    // reveal.js's two views (the deck and its speaker view, a same-origin popup) run in one renderer
    // process with one V8 heap: one reading holds both, and adding the popup's reading would count
    // everything twice. Lectern's two pages are separate processes, so theirs add up.
    const oursHeap = (await heapBytes(presenter)) + (await heapBytes(audience));
    const baseHeapWithSpeaker = await heapBytes(revealDeck);
    rows.push({
      metric: 'JS heap, presenter + audience',
      unit: 'MB',
      ours: oursHeap / 1e6,
      baseline: baseHeapWithSpeaker / 1e6,
      note: "baseline: reveal.js's deck + speaker view (one renderer, read once)",
    });
    rows.push({
      metric: 'JS heap, presenter + audience vs the deck page alone',
      unit: 'MB',
      ours: oursHeap / 1e6,
      baseline: deckAloneHeap / 1e6,
      note: 'baseline: the deck page alone, after as many moves',
    });
    await theirs.close();

    // ---- a long show: heap of both pages before and after many more navigations ----
    // (the audience in front again: the reveal.js deck's window was, and a hidden page paints no
    // frame, so a move would never count as shown)
    // Keys come no faster than the host accepts them from one client (server/rate-limit.ts): past
    // its budget a Next is refused (429) and the move never shows, which is the host doing its job,
    // not a lost move. A key every LONG_RUN_GAP_MS keeps the bucket from ever running dry.
    await audience.bringToFront();
    await syncLatencies({ control: presenter, deck: audience }, count, counts.longRun, LONG_RUN_GAP_MS);
    const longHeap = (await heapBytes(presenter)) + (await heapBytes(audience));
    rows.push({
      metric: `JS heap growth, ${counts.longRun.toLocaleString('en')} navigations`,
      unit: '%',
      ours: ((longHeap - oursHeap) / oursHeap) * 100,
      baseline: NaN,
      note: 'presenter + audience, after a forced GC each time',
    });
    await ours.close();
    await oursPresenter.close();

    // ---- first slide, cold loads, interleaved so both see the same noise ----
    const oursLoads: number[] = [];
    const baseLoads: number[] = [];
    let oursFetched: string[] = [];
    let baseFetched: string[] = [];
    for (let i = 0; i < counts.loadWarmup + counts.loads; i++) {
      const a = await firstSlide(browser, show.host.audienceUrl);
      const b = await firstSlide(browser, baseline.url);
      if (i >= counts.loadWarmup) {
        oursLoads.push(a.paintedMs);
        baseLoads.push(b.paintedMs);
        oursFetched = a.files;
        baseFetched = b.files;
      }
    }
    const firstOurs = summarize(oursLoads);
    const firstBase = summarize(baseLoads);
    rows.push({
      metric: 'first slide painted, median',
      unit: 'ms',
      ours: firstOurs.median,
      baseline: firstBase.median,
    });
    details.firstSlide = { ours: oursLoads, baseline: baseLoads };
    // Where Lectern's time goes (medians of the stages, ms from navigation start).
    const stages: Array<Awaited<ReturnType<typeof firstSlideBreakdown>>> = [];
    for (let i = 0; i < counts.loads; i++)
      stages.push(await firstSlideBreakdown(browser, show.host.audienceUrl));
    const stage = (key: keyof (typeof stages)[number]): number => summarize(stages.map((s) => s[key])).median;
    for (const [key, label] of [
      ['scriptLoaded', 'app script fetched'],
      ['snapshot', 'first snapshot read'],
      ['revealInit', "first slide's deck starts (reveal.js)"],
      ['revealReady', 'reveal.js ready'],
      ['painted', 'first slide painted'],
    ] as const) {
      rows.push({
        metric: `  first slide: ${label}`,
        unit: 'ms',
        ours: stage(key),
        baseline: NaN,
        note: 'median, from navigation start',
      });
    }
    details.firstSlideStages = stages;

    // ---- payload: what the audience page had fetched by the time its first slide was painted ----
    const rendererDir = join(projectRoot, 'out', 'renderer');
    const size = (dir: string, paths: string[], gzip: boolean): number =>
      paths.reduce((sum, p) => {
        const data = readFileSync(join(dir, p));
        return sum + (gzip ? gzipSync(data).length : data.length);
      }, 0);
    details.payload = { ours: oursFetched, baseline: baseFetched };
    for (const [label, ext] of [
      ['JS', '.js'],
      ['CSS', '.css'],
    ] as const) {
      const mine = oursFetched.filter((p) => p.endsWith(ext));
      const theirs = baseFetched.filter((p) => p.endsWith(ext));
      for (const gzip of [true, false]) {
        rows.push({
          metric: `audience ${label} payload, ${gzip ? 'gzip' : 'raw'}`,
          unit: 'kB',
          ours: size(rendererDir, mine, gzip) / 1e3,
          baseline: size(baseline.dir, theirs, gzip) / 1e3,
          note: `${mine.length} files fetched before the first slide was painted`,
        });
      }
    }

    // ---- a 1,500-slide deck ----
    const large = await benchLargeDeck(
      browser,
      counts.largeWords,
      counts.largeSteps,
      counts.syncWarmup,
      counts.largeLoads,
    );
    const smallP95 = summarize(oursSync).p95;
    rows.push({
      metric: `navigation p95, ${large.slides.toLocaleString('en')}-slide deck`,
      unit: 'ms',
      ours: summarize(large.navigation).p95,
      baseline: smallP95,
      note: `baseline: Lectern with the ${count}-slide deck; key → audience painted`,
    });
    rows.push({
      metric: `presenter first paint, ${large.slides.toLocaleString('en')}-slide deck`,
      unit: 'ms',
      ours: large.presenterFirstPaintMs,
      baseline: NaN,
      note: `median of ${large.presenterFirstPaintsMs.length} cold loads`,
    });
    rows.push({
      metric: `overview scroll, longest task, ${large.slides.toLocaleString('en')}-slide deck`,
      unit: 'ms',
      ours: large.overviewLongestTaskMs,
      baseline: NaN,
      note: `${large.overviewLongTasks} tasks over 50 ms`,
    });
    details.largeDeck = large;
  } finally {
    await browser.close();
    await baseline.close();
    await show.close();
  }
}

async function deckBuildBench(): Promise<void> {
  const results = await benchDeckBuild(counts.deckWords);
  for (const r of results) {
    rows.push({
      metric: `deck build, ${r.words.toLocaleString('en')} words`,
      unit: 'ms',
      ours: r.buildMs,
      baseline: r.floorMs,
      note: `${r.slides} slides; baseline: Markdown parse alone`,
    });
  }
  const exponent = growthExponent(results.map((r) => ({ size: r.words, time: r.buildMs })));
  const floorExponent = growthExponent(results.map((r) => ({ size: r.words, time: r.floorMs })));
  rows.push({
    metric: 'deck build growth exponent',
    unit: '',
    ours: exponent,
    baseline: floorExponent,
    note: '1 = linear',
  });
  const corpus = await benchCorpusBuild(join(projectRoot, 'tests/fixtures/speeches/corpus'), quick ? 1 : 5);
  rows.push({
    metric: `deck build, the corpus's ${corpus.speeches} real speeches`,
    unit: 'ms',
    ours: corpus.buildMs,
    baseline: corpus.floorMs,
    note: `${corpus.words.toLocaleString('en')} words, ${corpus.slides} slides, sum of medians; baseline: Markdown parse alone`,
  });
  details.deckBuild = results;
  details.corpusBuild = corpus;
}

async function fanoutBench(): Promise<void> {
  const results = await benchFanout(counts.followers, counts.fanoutMoves);
  for (const r of results) {
    for (const [label, value] of [
      ['p50', r.latency.median],
      ['p95', r.latency.p95],
    ] as const)
      rows.push({
        metric: `follower fan-out ${label}, ${r.followers} follower${r.followers === 1 ? '' : 's'}`,
        unit: 'ms',
        ours: value,
        baseline: NaN,
        note: 'slide change sent → every follower has it, loopback',
      });
  }
  const hall = results.at(-1)!;
  rows.push({
    metric: `host memory per follower (${hall.followers})`,
    unit: 'kB',
    ours: hall.heapPerFollowerKb,
    baseline: NaN,
    note: `JS heap + buffers after a full GC; RSS ${hall.rssPerFollowerKb.toFixed(1)} kB`,
  });
  details.fanout = results;
}

async function timerBench(): Promise<void> {
  const accuracy = await benchTimer(quick ? 3_000 : 20_000);
  rows.push({
    metric: 'timer: max |shown − monotonic|, real',
    unit: 'ms',
    ours: accuracy.real.maxErr,
    baseline: NaN,
    note: `${accuracy.real.samples} samples, ${accuracy.real.wrongSecond} showed another second`,
  });
  rows.push({
    metric: 'timer: max error, simulated 3 h',
    unit: 'ms',
    ours: accuracy.simulatedMaxErr,
    baseline: NaN,
    note: 'the NTP steps injected',
  });
  details.timer = accuracy;
}

function print(): void {
  const fmt = (x: number): string =>
    Number.isNaN(x) ? '—' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
  console.log(
    '\n' +
      formatTable(
        ['metric', 'unit', 'Lectern', 'baseline', 'ratio', 'goal', 'note'],
        rows.map((r) => {
          const met = meetsGoal(r.metric, r.ours, r.baseline);
          return [
            r.metric,
            r.unit,
            fmt(r.ours),
            fmt(r.baseline),
            Number.isNaN(r.baseline) ? '—' : `${ratio(r.ours, r.baseline).toFixed(2)}×`,
            met === undefined ? '' : `${goalOf(r.metric)!.text} ${met ? 'ok' : 'NOT MET'}`,
            r.note ?? '',
          ];
        }),
      ),
  );
}

async function main(): Promise<void> {
  console.log(
    `Lectern benchmark${quick ? ' (quick)' : ''}: ${counts.syncSteps} navigations, ${counts.loads} cold loads`,
  );
  if (runs('browser')) await browserBench();
  if (runs('desktop')) {
    const desktop = await electronColdStart();
    rows.push({
      metric: 'desktop cold start (Electron)',
      unit: 'ms',
      ours: desktop.ms,
      baseline: NaN,
      note: desktop.note,
    });
  }
  if (runs('build')) await deckBuildBench();
  if (runs('fanout')) await fanoutBench();
  if (runs('timer')) await timerBench();
  print();
  if (only !== undefined) return; // a part alone never stands in for a full run's results
  const dir = join(projectRoot, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}${quick ? '-quick' : ''}.json`);
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), quick, counts, rows, details }, null, 2),
  );
  console.log(`\nwritten: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
