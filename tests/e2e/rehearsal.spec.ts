/**
 * A scripted rehearsal of the default speech, in Chromium, with time under the test's control:
 * the host's ShowSession reads the test's clock, and the page's Date is fixed to the same instant
 * (page.clock), so every figure on screen is exact and nothing waits for real seconds.
 */
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { planTalk } from '../../src/core/pacing';
import { elapsedMs } from '../../src/core/show';
import type { RehearsalReport } from '../../src/core/rehearsal-report';
import { projectRoot, startTestShow, type TestShow } from '../helpers/show-host';
import { tempDir } from '../helpers/temp';

const screenshots = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

/** A weekday afternoon, so the clocks on screen look like a real talk. */
const T0 = new Date(2025, 4, 14, 14, 0, 0).getTime();

let now = T0;
let show: TestShow;
let dataDir: string;
let context: BrowserContext;
let presenter: Page;
const problems: string[] = [];

function watch(page: Page, name: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
}

/** mm:ss, as the presenter shows a duration under an hour. */
function mmss(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Moves time on, for the host and the page alike. */
async function advance(ms: number): Promise<void> {
  now += ms;
  await presenter.clock.setFixedTime(now);
}

async function press(key: string, expectIndex?: number): Promise<void> {
  await presenter.keyboard.press(key);
  if (expectIndex !== undefined) {
    await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', String(expectIndex));
  }
}

test.beforeEach(async ({ browser }) => {
  now = T0;
  problems.length = 0;
  dataDir = tempDir('e2e-rehearsal');
  show = await startTestShow(undefined, { clock: () => now, dataDir });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  presenter = await context.newPage();
  watch(presenter, 'presenter');
  await presenter.clock.setFixedTime(now);
  await presenter.goto(show.host.presenterUrl);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '0');
});

test.afterEach(async () => {
  await context.close();
  await show.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('a scripted rehearsal is saved slide by slide, survives a reload, and the report shows it', async ({
  request,
}) => {
  const deck = show.session.snapshot().deck;
  const plan = planTalk(deck, show.session.current.pace);
  const budget = (i: number): number => plan.slideMs[i]!;
  const last = deck.slides.length - 1;
  expect(last).toBeGreaterThanOrEqual(5);
  /** What the test did: speaking ms per slide, visits, pauses. */
  const spent = new Array<number>(deck.slides.length).fill(0);

  // R with a timer that never ran starts the rehearsal at once, from slide 1.
  await press('r');
  await expect(presenter.getByTestId('mode-chip')).toHaveText(/REHEARSAL/);
  const state = await (await request.get(`${show.host.url}/api/state`)).json();
  expect(state).toMatchObject({
    mode: 'rehearse',
    index: 0,
    plannedMs: { talk: plan.totalMs, slide: budget(0) },
  });

  // Slide 1 on plan.
  await advance(budget(0));
  spent[0] = spent[0]! + budget(0);
  await expect(presenter.getByTestId('pace')).toHaveAttribute('data-status', 'on-time');
  await press('ArrowRight', 1);

  // Slide 2 runs 25 s over: behind.
  await advance(budget(1) + 25_000);
  spent[1] = spent[1]! + budget(1) + 25_000;
  await expect(presenter.getByTestId('pace')).toHaveAttribute('data-status', 'behind');
  await expect(presenter.getByTestId('pace')).toContainText('25 sec behind');
  await expect(presenter.getByTestId('slide-time')).toHaveClass(/over/);
  await presenter.screenshot({ path: join(screenshots, 'presenter-behind.png') });
  await press('ArrowRight', 2);

  // Slide 3: half its budget, with a 30 s pause in the middle (not counted).
  const half = Math.round(budget(2) / 2);
  await advance(Math.round(half / 2));
  await presenter.getByTestId('timer-toggle').click();
  await expect(presenter.getByTestId('timer-toggle')).toHaveText('Resume');
  const frozen = await presenter.getByTestId('pace').textContent();
  await advance(30_000);
  await expect(presenter.getByTestId('pace')).toHaveText(frozen!);
  await presenter.getByTestId('timer-toggle').click();
  await expect(presenter.getByTestId('timer-toggle')).toHaveText('Pause');
  await advance(half - Math.round(half / 2));
  spent[2] = spent[2]! + half;

  // A reload in the middle of the run loses nothing.
  const before = show.session.current.rehearsal!.events.length;
  const elapsedBefore = mmss(elapsedMs(show.session.current.timer, now));
  await expect(presenter.getByTestId('elapsed')).toHaveText(elapsedBefore);
  await presenter.reload();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '2');
  await expect(presenter.getByTestId('mode-chip')).toHaveText(/REHEARSAL/);
  await expect(presenter.getByTestId('elapsed')).toHaveText(elapsedBefore);
  expect(show.session.current.rehearsal!.events).toHaveLength(before);

  // A revisit: back to slide 2 for 5 s, then slide 3 again for 3 s.
  await press('ArrowLeft', 1);
  await advance(5_000);
  spent[1] = spent[1]! + 5_000;
  await press('ArrowRight', 2);
  await advance(3_000);
  spent[2] = spent[2]! + 3_000;

  // The rest at a quarter of their budgets: ahead by the end.
  for (let i = 3; i <= last; i += 1) {
    await press('ArrowRight', i);
    const quick = Math.round(budget(i) / 4);
    await advance(quick);
    spent[i] = spent[i]! + quick;
  }
  await expect(presenter.getByTestId('pace')).toHaveAttribute('data-status', 'ahead');
  await presenter.screenshot({ path: join(screenshots, 'presenter-ahead.png') });

  // Q&A cannot start in the middle of a rehearsal; a bad mode is refused outright.
  const conflict = await request.post(`${show.host.url}/api/command`, { data: { type: 'mode', mode: 'qa' } });
  expect(conflict.status()).toBe(409);
  const bad = await request.post(`${show.host.url}/api/command`, { data: { type: 'mode', mode: 'karaoke' } });
  expect(bad.status()).toBe(400);

  // R again finishes and saves.
  await press('r');
  await expect(presenter.getByTestId('pacebar')).toHaveAttribute('data-mode', 'present');
  let report: RehearsalReport | undefined;
  await expect
    .poll(async () => {
      report = (await (await request.get(`${show.host.url}/api/rehearsals`)).json()) as RehearsalReport;
      return report.runs.length;
    })
    .toBe(1);
  const run = report!.runs[0]!;
  expect(run.ending).toBe('finished');
  expect(run.edited).toBe(false);
  expect(run.startedAt).toBe(T0);
  expect(run.pausedMs).toBe(30_000);
  expect(run.slides.map((s) => s.spentMs)).toEqual(spent);
  expect(run.totalMs).toBe(spent.reduce((a, b) => a + b, 0));
  expect(run.slides.map((s) => s.visits).slice(0, 3)).toEqual([1, 2, 2]);
  expect(run.slides[2]!.pauses).toBe(1);

  // The report page shows the run, its chart and its numbers.
  const page = await context.newPage();
  watch(page, 'report');
  await page.goto(`${show.host.url}/report`);
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('runs-table').locator('tbody tr')).toHaveCount(1);
  const cells = page.getByTestId('slides-table').locator('tbody tr td[data-ms]');
  await expect(cells).toHaveCount(deck.slides.length);
  expect(await cells.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-ms'))))).toEqual(
    spent,
  );
  const chart = page.getByTestId('runs-chart');
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0)).toBe(true);
  await expect(page.getByTestId('card-rate')).toContainText('wpm');
  await page.screenshot({ path: join(screenshots, 'report.png'), fullPage: true });

  // CSV: one row per slide of the run.
  const csv = await (await request.get(`${show.host.url}/api/rehearsals.csv`)).text();
  expect(csv.trim().split(/\r\n/)).toHaveLength(1 + deck.slides.length);
  expect(problems).toEqual([]);
});

test('an abandoned rehearsal is saved as abandoned; "Use my pace" changes the plan', async ({ request }) => {
  await presenter.getByTestId('rehearse').click();
  await expect(presenter.getByTestId('mode-chip')).toHaveText(/REHEARSAL/);
  const deck = show.session.snapshot().deck;
  // Speak every slide at 80 % of its budget: faster than the default rate.
  const plan = planTalk(deck, show.session.current.pace);
  for (let i = 0; i < deck.slides.length; i += 1) {
    if (i > 0) await press('ArrowRight', i);
    await advance(Math.round(plan.slideMs[i]! * 0.8));
  }
  await presenter.getByTestId('rehearsal-abandon').click();
  await expect
    .poll(async () => (await (await request.get(`${show.host.url}/api/rehearsals`)).json()).runs.length)
    .toBe(1);
  const report = (await (await request.get(`${show.host.url}/api/rehearsals`)).json()) as RehearsalReport;
  expect(report.runs[0]!.ending).toBe('abandoned');
  // The words at 130 wpm take naturalMs; they were spoken in 80 % of the (duration-scaled) plan.
  // Slides under 3 s teach nothing, hence the tolerance.
  const expected = (130 * plan.naturalMs) / (0.8 * plan.totalMs);
  expect(Math.abs(report.rate.learnedWpm! - expected)).toBeLessThan(6);

  const page = await context.newPage();
  watch(page, 'report');
  await page.goto(`${show.host.url}/report`);
  await page.getByTestId('use-my-pace').click();
  await expect(page.getByTestId('use-my-pace')).toHaveAttribute('aria-pressed', 'true');
  const state = await (await request.get(`${show.host.url}/api/state`)).json();
  expect(state.rate).toEqual({ wpm: report.rate.learnedWpm, source: 'rehearsals' });
  const mine = planTalk(deck, { learnedWpm: report.rate.learnedWpm, useLearned: true });
  expect(state.plannedMs.talk).toBe(mine.totalMs);
  // with a target duration the plan keeps its length; without one it shrinks to the faster pace
  if (deck.meta.duration === undefined) expect(mine.totalMs).toBeLessThan(plan.totalMs);
  expect(problems).toEqual([]);
});

test('Q&A time is not overtime, and a reset can be undone', async ({ request }) => {
  await press('ArrowRight', 1); // the first advance starts the timer
  await advance(60_000);
  await press('q');
  await expect(presenter.getByTestId('mode-chip')).toHaveText(/Q&A/);
  const before = await (await request.get(`${show.host.url}/api/state`)).json();
  await advance(600_000);
  const during = await (await request.get(`${show.host.url}/api/state`)).json();
  expect(during).toMatchObject({
    mode: 'qa',
    speakingMs: before.speakingMs,
    remainingMs: before.remainingMs,
    deltaMs: before.deltaMs,
  });
  expect(during.timer.elapsedMs).toBe(660_000);
  await press('q');
  await expect(presenter.getByTestId('pacebar')).toHaveAttribute('data-mode', 'present');

  await presenter.getByTestId('timer-reset').click();
  await presenter.getByTestId('timer-reset-confirm').click();
  await expect(presenter.getByTestId('elapsed')).toHaveText('00:00');
  await advance(5_000);
  await expect(presenter.getByTestId('timer-undo')).toContainText('Undo reset (10 s)');
  await presenter.getByTestId('timer-undo').click();
  await expect(presenter.getByTestId('elapsed')).toHaveText('11:05');
  expect(problems).toEqual([]);
});

test('M mirrors the speech text and the sentence the plan has reached is highlighted', async () => {
  const deck = show.session.snapshot().deck;
  const plan = planTalk(deck, show.session.current.pace);
  await press('ArrowRight', 1);
  const notes = presenter.getByTestId('notes');
  await expect(notes).toHaveAttribute('data-current-sentence', '0');
  await advance(plan.slideMs[1]! - 1);
  const sentences = await notes.locator('.sentence').count();
  await expect(notes).toHaveAttribute('data-current-sentence', String(sentences - 1));
  await press('m');
  await expect(notes).toHaveAttribute('data-mirrored', 'on');
  await presenter.reload();
  await expect(presenter.getByTestId('notes')).toHaveAttribute('data-mirrored', 'on');
  await press('m');
  await expect(presenter.getByTestId('notes')).toHaveAttribute('data-mirrored', 'off');
});
