/**
 * Opening speeches from the main process: at start (argv or the default talk), from File › Open…
 * and from a second launch. A speech that cannot be read never crashes the app: the speaker gets a
 * dialog saying where the problem is, and the show goes on with what it had.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Deck } from '../core/deck';
import { readSpeechFile } from '../host/speech-file';
import { SPEECH_EXTENSIONS } from './dropped-speech';
import { describeOpenError } from './speech-errors';

/**
 * The deck to start with: the requested speech, or the default talk when none was requested or the
 * requested one fails (after telling the speaker why). Rejects only if the default talk fails too.
 */
export async function loadStartupDeck(
  requested: string | null,
  defaultPath: () => string,
): Promise<{ deck: Deck; path: string }> {
  if (requested !== null) {
    try {
      return { deck: await readSpeechFile(requested), path: requested };
    } catch (error) {
      await showOpenError(null, requested, error, 'Lectern opens its default speech instead.');
    }
  }
  const path = defaultPath();
  return { deck: await readSpeechFile(path), path };
}

/**
 * Reads a speech to replace the one presented; on failure shows a dialog (the current deck stays)
 * and resolves null.
 */
export async function readReplacement(path: string, parent: BrowserWindow | null): Promise<Deck | null> {
  try {
    return await readSpeechFile(path);
  } catch (error) {
    await showOpenError(parent, path, error, 'The current speech stays open.');
    return null;
  }
}

/** A yes/no question whose safe answer (Enter, Esc, closing it) is always to keep what is there. */
export interface Question {
  message: string;
  detail?: string;
  /** The button that does it. */
  accept: string;
  /** The button that keeps things as they are (default "Cancel"). */
  keep?: string;
}

/** Asks a question in a dialog; resolves true only when the speaker chose `accept`. */
export async function ask(parent: BrowserWindow | null, question: Question): Promise<boolean> {
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    title: 'Lectern',
    message: question.message,
    detail: question.detail,
    buttons: [question.keep ?? 'Cancel', question.accept],
    // Enter or Esc keeps the show: a stray key must never end a talk or restart its timer.
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  return response === 1;
}

/**
 * A second launch named a speech: asks before it replaces the running show (replace-show.ts).
 * Resolves true when the speaker chose to open it.
 */
export function confirmReplace(
  parent: BrowserWindow | null,
  question: { message: string; detail: string },
): Promise<boolean> {
  return ask(parent, { ...question, keep: 'Keep the Current Show', accept: 'Open the New Speech' });
}

/** File › Open…: asks for a speech file. Resolves to its path, or null when cancelled. */
export async function chooseSpeech(parent: BrowserWindow | null): Promise<string | null> {
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
  return result.canceled || path === undefined ? null : path;
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
