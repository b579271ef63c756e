/**
 * Desync soak: 1,000 random moves (keys in either view, stage-crew API posts) with a reload of one
 * view every 50 steps. After every step the presenter's data-index, the audience's data-index and
 * the host's /api/state index must all reach the slide a simple model of the keys predicts.
 * Seeded, so a failure is replayed with LECTERN_SOAK_SEED=<seed printed>.
 */
import { expect, test, type Page } from '@playwright/test';
import { openShow, type ShowPages } from './show-pages';
import { seededRandom as prng } from '../helpers/prng';

const STEPS = Number(process.env['LECTERN_SOAK_STEPS'] ?? 1000);
const SEED = Number(process.env['LECTERN_SOAK_SEED'] ?? 20260101);
const RELOAD_EVERY = 50;

/** What each key does to the slide index (README's key table); null: the index stays. */
const KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  Space: (i, last) => Math.min(i + 1, last),
  PageDown: (i, last) => Math.min(i + 1, last),
  ArrowDown: (i, last) => Math.min(i + 1, last),
  n: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  PageUp: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  p: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
  b: (i) => i, // black screen: the slide stays
};
const KEY_NAMES = Object.keys(KEYS);

let pages: ShowPages;
test.afterEach(async () => {
  await pages?.close();
});

test(`${STEPS} random moves in both views and the API never desynchronise them`, async ({ browser }) => {
  test.setTimeout(300_000);
  pages = await openShow(browser);
  const { presenter, audience, show } = pages;
  const count = show.session.current.count;
  const last = count - 1;
  const random = prng(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const api = async (command: object): Promise<number> => {
    const response = await fetch(`${show.host.url}/api/command`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(command),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { index: number }).index;
  };
  const indexOf = async (page: Page, id: string): Promise<string | null> =>
    page
      .getByTestId(id)
      .getAttribute('data-index', { timeout: 2_000 })
      .catch(() => null);
  const observed = async (): Promise<string> => {
    const state = (await (await fetch(`${show.host.url}/api/state`)).json()) as { index: number };
    return [
      await indexOf(presenter, 'presenter'),
      await indexOf(audience, 'audience'),
      String(state.index),
    ].join(' ');
  };

  // Every command a page sends is answered on its socket ({"type":"result"}). A key whose move the
  // model predicts to change nothing (→ on the last slide) cannot be seen arriving, so each key
  // waits for its answer: otherwise it could land after the next step's API post and undo it.
  const answered = new Map<Page, number>([
    [presenter, 0],
    [audience, 0],
  ]);
  for (const page of [presenter, audience]) {
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.startsWith('{"type":"result"'))
          answered.set(page, answered.get(page)! + 1);
      }),
    );
    await page.reload();
  }
  await expect.poll(observed).toBe('0 0 0');

  let expected = 0;
  const tally = { presenterKeys: 0, audienceKeys: 0, api: 0, reloads: 0 };
  const started = Date.now();
  for (let step = 1; step <= STEPS; step += 1) {
    let what: string;
    if (step % RELOAD_EVERY === 0) {
      const page = step % (2 * RELOAD_EVERY) === 0 ? audience : presenter;
      await page.reload();
      tally.reloads += 1;
      what = `reload ${page === audience ? 'audience' : 'presenter'}`;
    } else {
      const roll = random();
      if (roll < 0.7) {
        const key = pick(KEY_NAMES);
        const page = roll < 0.4 ? presenter : audience;
        const before = answered.get(page)!;
        await page.keyboard.press(key);
        await expect
          .poll(() => answered.get(page), { timeout: 5_000, intervals: [5, 10, 20, 50] })
          .toBe(before + 1);
        expected = KEYS[key]!(expected, last);
        if (page === presenter) tally.presenterKeys += 1;
        else tally.audienceKeys += 1;
        what = `${page === presenter ? 'presenter' : 'audience'} key ${key}`;
      } else {
        const command = pick([
          { type: 'next' },
          { type: 'prev' },
          { type: 'first' },
          { type: 'last' },
          { type: 'goto', index: Math.floor(random() * count) },
          { type: 'goto', index: Math.floor(random() * count) },
        ]);
        expected = await api(command);
        tally.api += 1;
        what = `API ${JSON.stringify(command)}`;
      }
    }
    const want = `${expected} ${expected} ${expected}`;
    await expect
      .poll(observed, {
        timeout: 5_000,
        intervals: [5, 10, 20, 50, 100],
        message: `step ${step} (${what}), seed ${SEED}: presenter, audience and /api/state agree on slide ${expected}`,
      })
      .toBe(want);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `soak: ${STEPS} steps in ${seconds.toFixed(1)} s (seed ${SEED}, ${count} slides): ` +
      `${tally.presenterKeys} presenter keys, ${tally.audienceKeys} audience keys, ${tally.api} API posts, ${tally.reloads} reloads`,
  );
  expect(pages.problems).toEqual([]);
});
