/**
 * The speech's paragraphs and its translations, for the live follow page (core/follow.ts).
 *
 * A translation is a file beside the speech named after it with a language tag: for `talk.md`,
 * `talk.zh.md`, `talk.ru.txt`, `talk.pt-BR.md`. It has the speech's structure: the same spoken
 * paragraphs in the same order (headings, front matter and screen blocks may be translated too;
 * only the spoken paragraphs are paired). One whose paragraphs do not line up is still shown,
 * paragraph by paragraph as far as it goes, with a located message saying so. Files are read the
 * one safe way (regular files only, size-limited, any encoding); nothing is ever written.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FollowTranslation } from '../core/follow';
import { directionOf } from '../core/language';
import { spokenParagraphs } from '../core/speech';
import { SpeechError } from '../core/deck';
import { decodeSpeech } from './decode';
import { readSpeechBytes } from './speech-file';

/** Most translations read beside one speech. */
export const MAX_TRANSLATIONS = 8;
const SPEECH_EXTENSIONS = ['.md', '.markdown', '.txt'];
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export interface SpeechTexts {
  /** The speech's spoken paragraphs, or null when the file cannot be read now. */
  speech: string[] | null;
  translations: FollowTranslation[];
}

/** The language tag of `name` if it is a translation of the speech named `speechName`, else null. */
export function translationLang(speechName: string, name: string): string | null {
  const stem = basename(speechName, extname(speechName));
  const ext = extname(name).toLowerCase();
  if (!SPEECH_EXTENSIONS.includes(ext) || name === speechName) return null;
  const middle = name.slice(0, name.length - ext.length);
  if (!middle.startsWith(`${stem}.`)) return null;
  const tag = middle.slice(stem.length + 1);
  return LANG_TAG.test(tag) ? tag : null;
}

async function paragraphsOf(path: string): Promise<{ text: string; paragraphs: string[] }> {
  const decoded = decodeSpeech(await readSpeechBytes(path), basename(path));
  return { text: decoded.text, paragraphs: spokenParagraphs(decoded.text, basename(path)) };
}

/** The line (1-based) where a paragraph starts in its file, found by its first words; 1 if not found. */
function lineOf(text: string, paragraph: string): number {
  const at = text.indexOf(paragraph.slice(0, 24));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Why a translation does not line up with the speech (located), or null when it does. */
export function alignmentProblem(
  file: string,
  text: string,
  translated: readonly string[],
  speechFile: string,
  speechCount: number,
): string | null {
  if (translated.length === speechCount) return null;
  const where =
    translated.length > speechCount
      ? `${file}:${lineOf(text, translated[speechCount]!)}: paragraph ${speechCount + 1} has no counterpart in ${speechFile}`
      : `${file}:${translated.length ? lineOf(text, translated.at(-1)!) : 1}: the translation ends after paragraph ${translated.length}`;
  return `${where} (${translated.length} spoken paragraphs, ${speechFile} has ${speechCount}): paragraphs are paired in order, so they may not line up from where one was added or left out.`;
}

/** Reads the speech's paragraphs and every translation beside it. Never throws. */
export async function readSpeechTexts(speechPath: string | null): Promise<SpeechTexts> {
  if (speechPath === null) return { speech: null, translations: [] };
  const speechFile = basename(speechPath);
  const speech = await paragraphsOf(speechPath).then(
    (read) => read.paragraphs,
    () => null,
  );
  const names = await readdir(dirname(speechPath)).catch(() => [] as string[]);
  const found = names
    .map((name) => ({ name, lang: translationLang(speechFile, name) }))
    .filter((t): t is { name: string; lang: string } => t.lang !== null)
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, MAX_TRANSLATIONS);
  const translations = await Promise.all(
    found.map(async ({ name, lang }): Promise<FollowTranslation> => {
      try {
        const { text, paragraphs } = await paragraphsOf(join(dirname(speechPath), name));
        const problem = speech ? alignmentProblem(name, text, paragraphs, speechFile, speech.length) : null;
        return { lang, dir: directionOf(lang), file: name, paragraphs, problem };
      } catch (error) {
        const message =
          error instanceof SpeechError
            ? `${error.diagnostic.file}:${error.diagnostic.line}: ${error.diagnostic.message}`
            : `${name}: ${(error as Error).message}`;
        return { lang, dir: directionOf(lang), file: name, paragraphs: [], problem: message };
      }
    }),
  );
  return { speech, translations };
}
