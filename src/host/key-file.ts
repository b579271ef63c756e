/**
 * The speaker's keys on disk: `keys.json` in the data folder (format and rules: core/key-config.ts).
 * Read at start and again whenever it changes (the folder is watched, so an editor's atomic save
 * is seen); written atomically by the preferences screen. Never throws at the show: a file that
 * cannot be read or used is a message to the speaker, and the default keys stay.
 */
import { mkdir } from 'node:fs/promises';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { checkKeyConfig, DEFAULT_KEY_SETTINGS, parseKeyConfig, type KeySettings } from '../core/key-config';
import { writeDurably } from './durable-write';
import { readRegularFile } from './safe-read';

export const KEYS_FILE = 'keys.json';

/** Largest keys.json read (a real one is a few hundred bytes). */
const MAX_BYTES = 64 * 1024;

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEYS_FILE);
}

/** The speaker's keys: defaults when there is no file, a located problem when it cannot be used. */
export async function readKeySettings(dataDir: string): Promise<KeySettings> {
  const path = keyFilePath(dataDir);
  // Like every data file (safe-read.ts): a regular file only, never read past the limit.
  const read = await readRegularFile(path, { maxBytes: MAX_BYTES });
  if (read.ok) return parseKeyConfig(read.data.toString('utf8').replace(/^\uFEFF/, ''), path);
  if (read.reason === 'missing') return DEFAULT_KEY_SETTINGS;
  if (read.reason === 'too-large') return problem(path, `over ${MAX_BYTES / 1024} KB`);
  if (read.reason === 'not-a-file') return problem(path, read.message);
  return problem(path, `cannot be read (${read.code ?? read.message})`);
}

function problem(path: string, message: string): KeySettings {
  return { overrides: {}, problem: `${path}: ${message}; the default keys are used` };
}

/** Reads keys.json again after each change (debounced). Returns a function that stops watching. */
export function watchKeySettings(
  dataDir: string,
  onChange: (settings: KeySettings) => void,
  debounceMs = 150,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let watcher: ReturnType<typeof watch> | null = null;
  try {
    watcher = watch(dataDir, { persistent: false }, (_event, file) => {
      if (file && file.toString() !== KEYS_FILE) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void readKeySettings(dataDir).then((settings) => {
          if (!stopped) onChange(settings);
        });
      }, debounceMs);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // the data folder does not exist yet: keys.json is read at the next start
  }
  return () => {
    stopped = true;
    clearTimeout(timer);
    watcher?.close();
  };
}

/**
 * Writes keys.json from the preferences screen, after the same validation as reading it: a
 * config that would be refused is not written (the answer says why).
 */
export async function saveKeyConfig(dataDir: string, config: unknown): Promise<KeySettings> {
  const checked = checkKeyConfig(config, KEYS_FILE);
  if (checked.problem) return checked;
  await mkdir(dataDir, { recursive: true });
  await writeDurably(keyFilePath(dataDir), `${JSON.stringify(config, null, 2)}\n`);
  return checked;
}
