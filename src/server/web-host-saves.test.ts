/**
 * A save that fails reaches whoever asked, on every transport of the web host (issue #17, 5): the
 * stage-crew API answers 503 with the reason, a page's socket gets `{type:'result', id}` with the
 * 503, and GET /api/state lists the problem until it is resolved.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';
import { connectPage, serveDeck, type ServedDeck } from '../../tests/helpers/web-host';
import { until } from '../../tests/helpers/until';
import type { StageState } from './stage-api';

let served: ServedDeck | null = null;
afterEach(async () => {
  await served?.close();
  served = null;
});

const post = (url: string, command: object) =>
  fetch(`${url}/api/command`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(command),
  });

async function brokenRehearsalsFolder(): Promise<{ url: string; dataDir: string }> {
  const dataDir = tempDir('saves');
  served = await serveDeck(makeDeck(3), { speechPath: join(tempDir('talk'), 'talk.md'), dataDir });
  // The folder rehearsals go to is a file: every save fails (as a read-only disk would).
  writeFileSync(join(dataDir, 'rehearsals'), '');
  return { url: served.host.url, dataDir };
}

describe('a rehearsal that cannot be saved, over the web host', () => {
  it('the stage-crew API answers 503 with the reason, and /api/state lists the problem', async () => {
    const { url, dataDir } = await brokenRehearsalsFolder();
    expect((await post(url, { type: 'mode', mode: 'rehearse' })).status).toBe(200);
    const finish = await post(url, { type: 'rehearsal', action: 'finish' });
    expect(finish.status).toBe(503);
    expect(((await finish.json()) as { error: string }).error).toMatch(/^The rehearsal run was not saved: /);
    const state = (await (await fetch(`${url}/api/state`)).json()) as StageState;
    expect(state.mode).toBe('present');
    expect(state.problems).toEqual([
      { kind: 'rehearsals-unsaved', message: expect.stringMatching(/^A rehearsal run is not saved/) },
    ]);
    // Fixed: the held run is saved with the next one, and the problem goes.
    rmSync(join(dataDir, 'rehearsals'));
    expect((await post(url, { type: 'mode', mode: 'rehearse' })).status).toBe(200);
    expect((await post(url, { type: 'rehearsal', action: 'abandon' })).status).toBe(200);
    await served!.show.rehearsals!.settled();
    const report = (await (await fetch(`${url}/api/rehearsals`)).json()) as { runs: unknown[] };
    expect(report.runs).toHaveLength(2);
    expect(((await (await fetch(`${url}/api/state`)).json()) as StageState).problems).toEqual([]);
  });

  it('a page gets the 503 as the result of its command, and the problem in a snapshot', async () => {
    await brokenRehearsalsFolder();
    const page = await connectPage(served!.host);
    page.ws.send(JSON.stringify({ type: 'command', id: 1, command: { type: 'mode', mode: 'rehearse' } }));
    page.ws.send(
      JSON.stringify({ type: 'command', id: 2, command: { type: 'rehearsal', action: 'finish' } }),
    );
    await until(() => page.messages.some((m) => m.type === 'result' && m.id === 2));
    expect(page.messages.find((m) => m.type === 'result' && m.id === 2)).toMatchObject({
      result: { ok: false, status: 503, error: expect.stringMatching(/not saved/) },
    });
    expect(page.messages.findLast((m) => m.type === 'snapshot')).toMatchObject({
      snapshot: { problems: [{ kind: 'rehearsals-unsaved' }] },
    });
    page.ws.close();
  });
});
