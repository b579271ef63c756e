/**
 * File › Export Handout goes through the one safe-output rule (issue #17, 1): the save dialog may
 * point at the speech, or at a link to it, and the speech must come out of it untouched.
 */
import { linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ShowSession } from '../host/show-session';
import { makeDeck } from '../../tests/helpers/decks';
import { tempDir } from '../../tests/helpers/temp';

// Electron stands in: the save dialog answers what the test says, the printer prints a fixed PDF.
const chosen = { path: '' };
const errors: string[] = [];
const PDF = Buffer.from('%PDF-1.7 handout');
vi.mock('electron', () => ({
  app: { getLocaleCountryCode: () => 'GB' },
  dialog: {
    showSaveDialog: async () => ({ canceled: false, filePath: chosen.path }),
    showMessageBox: async (_parent: unknown, options: { message: string }) => {
      errors.push(options.message);
      return { response: 0 };
    },
    showErrorBox: (_title: string, message: string) => errors.push(message),
  },
  BrowserWindow: class {
    webContents = { printToPDF: async () => PDF };
    loadFile = async () => undefined;
    destroy = () => undefined;
  },
}));
const { exportHandout } = await import('./export-handout');

const dir = tempDir('export-handout');
const speech = join(dir, 'talk.md');
const original = '# Talk\n\nEvery word matters.\n';
writeFileSync(speech, original);
symlinkSync(speech, join(dir, 'link.pdf'));
linkSync(speech, join(dir, 'hard.pdf'));
const session = new ShowSession({ deck: makeDeck(2) });
const parent = { isDestroyed: () => false, setProgressBar: () => undefined } as never;

beforeEach(() => {
  errors.length = 0;
});

describe('File › Export Handout', () => {
  it.each([
    ['the speech', speech, /which it is made from/],
    ['a symbolic link to it', join(dir, 'link.pdf'), /symbolic link/],
    ['a hard link to it', join(dir, 'hard.pdf'), /which it is made from/],
  ])('refuses %s in a dialog and leaves the speech as it was', async (_what, path, reason) => {
    chosen.path = path;
    await exportHandout(session, speech, parent, 'notes');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^The handout was not exported: cannot write /);
    expect(errors[0]).toMatch(reason);
    expect(readFileSync(speech, 'utf8')).toBe(original);
  });

  it('writes the PDF to any other file', async () => {
    chosen.path = join(dir, 'handout.pdf');
    await exportHandout(session, speech, parent, 'notes');
    expect(errors).toEqual([]);
    expect(readFileSync(chosen.path)).toEqual(PDF);
  });
});
