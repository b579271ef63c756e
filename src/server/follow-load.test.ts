/**
 * A hall following one laptop (issue #13): 500 follower WebSockets on loopback, bounded in count
 * and time, plus one follower that stops reading. Every follower sees every place the speaker
 * reaches, in order; the stalled one never holds the show or the others up, and once it is far
 * enough behind it is dropped (it would reconnect and get the talk afresh).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../core/contract';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';
import { until } from '../../tests/helpers/until';
import { connectPage, serveDeck, type Page, closedAfterEach } from '../../tests/helpers/web-host';

const FOLLOWERS = 500;
const MOVES = 200;

/** The deck served and the pages opened by each test, closed after it. */
const live = closedAfterEach();

const places = (p: Page): number[] =>
  p.messages.flatMap((m: ServerMessage) => (m.type === 'follow-at' ? [m.at.index] : []));

describe('fan-out to a hall of followers', () => {
  it(`${FOLLOWERS} followers see every move in order; a stalled one is dropped, never waited for`, async () => {
    live.served = await serveDeck(makeDeck(MOVES + 1), {
      speechPath: join(tempDir('hall'), 'talk.md'),
      lan: true,
      maxBufferedBytes: 256 * 1024,
    });
    const { host, show } = live.served!;
    const token = new URL(host.links().find((l) => l.role === 'follower')!.url).searchParams.get('token')!;
    const stalled = await connectPage(host, { view: 'follow', token });
    live.pages.push(stalled);
    (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    for (let i = 0; i < FOLLOWERS; i += 50)
      live.pages.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, () => connectPage(host, { view: 'follow', token })),
        )),
      );
    const hall = live.pages.slice(1);

    for (let index = 1; index <= MOVES; index++)
      await show.session.submit({ type: 'goto', index }, 'presenter');
    await until(() => hall.every((p) => places(p).at(-1) === MOVES), 60_000);
    for (const p of hall) expect(places(p)).toEqual(Array.from({ length: MOVES + 1 }, (_, i) => i));

    // The talk is edited while the stalled follower still reads nothing: big follow decks pile up
    // for it, past what the system's socket buffers take, until the host lets it go.
    for (const p of hall.splice(20)) p.ws.terminate();
    let closed = false;
    stalled.ws.on('close', () => (closed = true));
    const decks = [makeDeck(1_000, 'a'), makeDeck(1_000, 'b')];
    const views = show.session.viewCount;
    const lastDeck = (p: Page): string | undefined => {
      const last = p.messages.findLast((m) => m.type === 'follow-deck');
      return last?.type === 'follow-deck' ? last.deck.sourceId : undefined;
    };
    for (let i = 0; i < 80 && !closed; i++) {
      show.session.replaceDeck(decks[i % 2]!);
      // each edit reaches the followers before the next (edits that come together are sent as one)
      await until(() => lastDeck(hall[0]!) === decks[i % 2]!.sourceId, 15_000);
    }
    (stalled.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    await until(() => closed, 15_000);
    // The followers still reading have the talk as it is now, and the show never waited.
    const latest = show.session.snapshot().deck.sourceId;
    await until(() => hall.every((p) => lastDeck(p) === latest), 15_000);
    expect(show.session.viewCount).toBe(views);
  }, 240_000); // generous, for a loaded machine: these limits only end a hung run, no time is asserted
});
