/**
 * Opening speeches from the main process: at start (argv or the default talk), from File › Open…
 * and from a second launch. A speech that cannot be read never crashes the app: the speaker gets a
 * dialog saying where the problem is, and the show goes on with what it had.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Deck } from '../core/deck';
import type { ShowSession } from '../host/show-session';
import { readSpeechFile } from '../host/speech-file';
import { describeOpenError } from './speech-errors';

/** Extensions offered by the Open dialog; the engine reads Markdown and plain text. */
export const SPEECH_EXTENSIONS = ['md', 'markdown', 'txt'];

/**
 * The deck to start with: the requested speech, or the default talk when none was requested or the
 * requested one fails (after telling the speaker why). Rejects only if the default talk fails too.
 */
export async function loadStartupDeck(requested: string | null, defaultPath: () => string): Promise<Deck> {
  if (requested !== null) {
    try {
      return await readSpeechFile(requested);
    } catch (error) {
      await showOpenError(null, requested, error, 'Lectern opens its default speech instead.');
    }
  }
  return readSpeechFile(defaultPath());
}

/** Reads a speech into the running show; on failure shows a dialog and keeps the current deck. */
export async function openSpeech(
  session: ShowSession,
  path: string,
  parent: BrowserWindow | null,
): Promise<boolean> {
  try {
    session.replaceDeck(await readSpeechFile(path));
    return true;
  } catch (error) {
    await showOpenError(parent, path, error, 'The current speech stays open.');
    return false;
  }
}

/** File › Open…: asks for a speech and opens it. */
export async function chooseAndOpenSpeech(session: ShowSession, parent: BrowserWindow | null): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open a speech',
    properties: ['openFile'],
    filters: [
      { name: 'Speeches', extensions: SPEECH_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (!result.canceled && path !== undefined) await openSpeech(session, path, parent);
}

async function showOpenError(
  parent: BrowserWindow | null,
  path: string,
  error: unknown,
  consequence: string,
): Promise<void> {
  const { message, detail } = describeOpenError(path, error);
  const options: Electron.MessageBoxOptions = {
    type: 'error',
    title: 'Lectern',
    message,
    detail: `${detail}\n\n${consequence}`,
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
