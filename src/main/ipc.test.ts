import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { InvokeChannel } from '../core/contract';
import type { ViewRole } from '../core/views';
import type { RehearsalReport } from '../core/rehearsal-report';
import { ShowSession } from '../host/show-session';
import { makeDeck } from '../../tests/helpers/decks';

// ipcMain stands in for Electron: the handlers are captured and called with forged events.
const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) => {
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));
const { registerShowIpc } = await import('./ipc');

const ours = {} as WebContents;
const audience = {} as WebContents;
const delegate = {} as WebContents;
const connect = {} as WebContents;
const stranger = {} as WebContents;
const roles = new Map<WebContents, ViewRole>([
  [ours, 'presenter'],
  [audience, 'audience'],
  [delegate, 'delegate'],
  [connect, 'connect'],
]);
const lanStatus = { running: true, links: [], problem: null };
const lan = {
  status: vi.fn(async () => lanStatus),
  start: vi.fn(async () => lanStatus),
  stop: vi.fn(async () => ({ ...lanStatus, running: false })),
  rotate: vi.fn(async () => lanStatus),
};
const windows = { roleOf: (contents: WebContents) => roles.get(contents) ?? null };

function event(sender: WebContents, url: string, mainFrame = true): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent: mainFrame ? null : {} } } as unknown as IpcMainInvokeEvent;
}
const invoke = (channel: InvokeChannel, e: IpcMainInvokeEvent, ...args: unknown[]) =>
  handlers.get(channel)!(e, ...args);
const page = 'lectern://app/index.html?view=presenter';

describe('show IPC', () => {
  let session: ShowSession;
  let opened: string[];
  beforeEach(() => {
    handlers.clear();
    opened = [];
    session = new ShowSession({ deck: makeDeck(3), clock: () => 1000 });
    registerShowIpc(session, windows, ['lectern://app'], {
      openSpeech: async (path) => {
        opened.push(path);
      },
      saveKeys: async () => ({ overrides: {}, problem: null }),
      rehearsals: {
        report: async () => ({ runs: [] }) as unknown as RehearsalReport,
        csv: async () => 'slide,plan\n',
      },
      lan,
    });
  });

  it('gives the Phone remote window the LAN pages and nothing of the show; no other window the LAN', async () => {
    const connectPage = 'lectern://app/index.html?view=connect';
    await expect(invoke('lan:start', event(connect, connectPage))).resolves.toEqual(lanStatus);
    await invoke('lan:rotate', event(connect, connectPage), 'follower');
    expect(lan.rotate).toHaveBeenLastCalledWith('follower');
    expect(() => invoke('lan:rotate', event(connect, connectPage), 'admin')).toThrow(/a role or "all"/);
    expect(() => invoke('show:snapshot', event(connect, connectPage))).toThrow(/connect window may not use/);
    expect(() => invoke('show:command', event(connect, connectPage), { type: 'next' })).toThrow(
      /may not use/,
    );
    for (const other of [ours, audience, delegate])
      expect(() => invoke('lan:start', event(other, page))).toThrow(/may not use lan:start/);
  });

  it('never sends a cue to the audience window, and sends it to the presenter', async () => {
    await session.submit({ type: 'cue', text: 'Wrap up' }, 'crew');
    const toAudience = invoke('show:snapshot', event(audience, page)) as { state: { cue: unknown } };
    const toPresenter = invoke('show:snapshot', event(ours, page)) as { state: { cue: unknown } };
    expect(toAudience.state.cue).toBeNull();
    expect(toPresenter.state.cue).toMatchObject({ text: 'Wrap up' });
  });

  it('gives the rehearsal report and CSV to our windows only', async () => {
    await expect(invoke('rehearsals:report', event(ours, page))).resolves.toEqual({ runs: [] });
    await expect(invoke('rehearsals:csv', event(ours, page))).resolves.toBe('slide,plan\n');
    expect(() => invoke('rehearsals:report', event(stranger, page))).toThrow(/not a Lectern window/);
    expect(() => invoke('rehearsals:csv', event(ours, 'https://example.com/'))).toThrow(
      /not a Lectern window/,
    );
  });

  it('opens a dropped speech file, and nothing else, from our window only', async () => {
    await invoke('speech:open', event(ours, page), '/talks/keynote.md');
    expect(opened).toEqual(['/talks/keynote.md']);
    await expect(invoke('speech:open', event(ours, page), '/etc/passwd')).rejects.toThrow(/speeches/);
    await expect(invoke('speech:open', event(ours, page), { path: '/x.md' })).rejects.toThrow(/not a file/);
    expect(() => invoke('speech:open', event(stranger, page), '/talks/other.md')).toThrow(
      /not a Lectern window/,
    );
    expect(opened).toEqual(['/talks/keynote.md']);
  });

  it('applies a valid command from our window and answers as every transport does', async () => {
    expect(await invoke('show:command', event(ours, page), { type: 'next' })).toEqual({ ok: true });
    expect(session.current.index).toBe(1);
    expect(
      await invoke('show:command', event(ours, page), { type: 'rehearsal', action: 'finish' }),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await invoke('show:command', event(ours, page), { type: 'goto', index: 3 })).toMatchObject({
      ok: false,
      status: 400,
      error: 'there is no slide 4: the deck has 3 (index 0 to 2)',
    });
    expect(session.current.index).toBe(1);
  });

  it('lets each window use only the channels and commands of its role', async () => {
    const audiencePage = 'lectern://app/index.html?view=audience';
    expect(await invoke('show:command', event(audience, audiencePage), { type: 'next' })).toEqual({
      ok: true,
    });
    expect(
      await invoke('show:command', event(audience, audiencePage), { type: 'timer', action: 'reset' }),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(() => invoke('speech:open', event(audience, audiencePage), '/talks/x.md')).toThrow(
      /audience window may not use speech:open/,
    );
    expect(() => invoke('rehearsals:report', event(audience, audiencePage))).toThrow(/may not use/);
    const delegatePage = 'lectern://app/index.html?view=delegate';
    expect(invoke('show:snapshot', event(delegate, delegatePage))).toEqual(session.snapshot());
    expect(() => invoke('show:command', event(delegate, delegatePage), { type: 'next' })).toThrow(
      /delegate window may not use show:command/,
    );
    expect(session.current.index).toBe(1);
    expect(opened).toEqual([]);
  });

  it('returns the snapshot to our window', () => {
    expect(invoke('show:snapshot', event(ours, page))).toEqual(session.snapshot());
  });

  it('refuses commands that fail the schema, with the reason', async () => {
    for (const bad of [
      { type: 'goto', index: -1 },
      { type: 'next', extra: 1 },
      'next',
      null,
      { type: 'eval' },
    ]) {
      expect(await invoke('show:command', event(ours, page), bad)).toMatchObject({
        ok: false,
        status: 400,
        error: expect.stringMatching(/^invalid command: /),
      });
    }
    expect(session.current.index).toBe(0);
  });

  it('answers a rehearsal finish only once it is saved, and 503 when the save fails', async () => {
    const saves: Array<() => void> = [];
    session.onSave(
      (what) =>
        new Promise<void>((resolve, reject) =>
          saves.push(() =>
            what.kind === 'rehearsal-ended' && saves.length > 1 ? reject(new Error('disk full')) : resolve(),
          ),
        ),
    );
    const finish = { type: 'rehearsal', action: 'finish' };
    await invoke('show:command', event(ours, page), { type: 'mode', mode: 'rehearse' });
    let answer: unknown = null;
    const first = (invoke('show:command', event(ours, page), finish) as Promise<unknown>).then(
      (a) => (answer = a),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(answer).toBeNull(); // not saved yet: not answered yet
    saves[0]!();
    await first;
    expect(answer).toEqual({ ok: true });
    await invoke('show:command', event(ours, page), { type: 'mode', mode: 'rehearse' });
    const second = invoke('show:command', event(ours, page), finish) as Promise<unknown>;
    await new Promise((r) => setTimeout(r, 0));
    saves[1]!();
    expect(await second).toEqual({ ok: false, status: 503, error: 'disk full' });
  });

  it('refuses other webContents, other origins and subframes', () => {
    const forged = [
      event(stranger, page),
      event(ours, 'https://example.com/'),
      event(ours, 'file:///tmp/x.html'),
      event(ours, page, false),
      { sender: ours, senderFrame: null } as unknown as IpcMainInvokeEvent,
    ];
    for (const e of forged) {
      expect(() => invoke('show:command', e, { type: 'next' })).toThrow(/not a Lectern window/);
      expect(() => invoke('show:snapshot', e)).toThrow(/not a Lectern window/);
    }
    expect(session.current.index).toBe(0);
  });
});
