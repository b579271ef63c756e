import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { IpcChannel } from '../core/contract';
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
const stranger = {} as WebContents;
const windows = { roleOf: (contents: WebContents) => (contents === ours ? ('presenter' as const) : null) };

function event(sender: WebContents, url: string, mainFrame = true): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent: mainFrame ? null : {} } } as unknown as IpcMainInvokeEvent;
}
const invoke = (channel: string, e: IpcMainInvokeEvent, ...args: unknown[]) =>
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
      rehearsals: {
        report: async () => ({ runs: [] }) as unknown as RehearsalReport,
        csv: async () => 'slide,plan\n',
      },
    });
  });

  it('gives the rehearsal report and CSV to our windows only', async () => {
    await expect(invoke(IpcChannel.rehearsalReport, event(ours, page))).resolves.toEqual({ runs: [] });
    await expect(invoke(IpcChannel.rehearsalCsv, event(ours, page))).resolves.toBe('slide,plan\n');
    expect(() => invoke(IpcChannel.rehearsalReport, event(stranger, page))).toThrow(/not a Lectern window/);
    expect(() => invoke(IpcChannel.rehearsalCsv, event(ours, 'https://example.com/'))).toThrow(
      /not a Lectern window/,
    );
  });

  it('opens a dropped speech file, and nothing else, from our window only', async () => {
    await invoke(IpcChannel.openSpeech, event(ours, page), '/talks/keynote.md');
    expect(opened).toEqual(['/talks/keynote.md']);
    await expect(invoke(IpcChannel.openSpeech, event(ours, page), '/etc/passwd')).rejects.toThrow(/speeches/);
    await expect(invoke(IpcChannel.openSpeech, event(ours, page), { path: '/x.md' })).rejects.toThrow(
      /not a file/,
    );
    await expect(invoke(IpcChannel.openSpeech, event(stranger, page), '/talks/other.md')).rejects.toThrow(
      /not a Lectern window/,
    );
    expect(opened).toEqual(['/talks/keynote.md']);
  });

  it('applies a valid command from our window', () => {
    invoke(IpcChannel.command, event(ours, page), { type: 'next' });
    expect(session.current.index).toBe(1);
  });

  it('returns the snapshot to our window', () => {
    expect(invoke(IpcChannel.snapshot, event(ours, page))).toEqual(session.snapshot());
  });

  it('refuses commands that fail the schema, with the reason', () => {
    for (const bad of [
      { type: 'goto', index: -1 },
      { type: 'next', extra: 1 },
      'next',
      null,
      { type: 'eval' },
    ]) {
      expect(() => invoke(IpcChannel.command, event(ours, page), bad)).toThrow(/Invalid show command/);
    }
    expect(session.current.index).toBe(0);
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
      expect(() => invoke(IpcChannel.command, e, { type: 'next' })).toThrow(/not a Lectern window/);
      expect(() => invoke(IpcChannel.snapshot, e)).toThrow(/not a Lectern window/);
    }
    expect(session.current.index).toBe(0);
  });
});
