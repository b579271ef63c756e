/**
 * The deck's title when the speech has none (no title line, no front matter): the file name's
 * words, as the speech itself spells them, when the file name is in the speech's script; else the
 * speech's own topic in its own language. A designer never accepts a Latin transliteration over a
 * Russian deck ("Putin Poslanie 2024 Semya"), a hyphen the file name lost ("Carter Anti
 * Inflation" for a speech that says "anti-inflation"), or a year the speech never says.
 */
import { deriveTitle } from './titles';
import { sentencesOf } from './segment';
import { titleFromFileName } from './speech-parts';

/** Letters looked at to tell the speech's script. */
const SAMPLE = 4000;
/** Sentences of the speech its topic is looked for in (the opening names it; a long speech stays linear). */
const TOPIC_SENTENCES = 120;
/** A year in a title ("2024") the speech may not say. */
const YEAR = /^(?:1[5-9]|20)\d{2}$/u;

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether most letters of the text are Latin ones. */
export function isLatinScript(text: string): boolean {
  const letters = text.slice(0, SAMPLE).match(/\p{L}/gu) ?? [];
  if (!letters.length) return true;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin * 2 > letters.length;
}

/** The speech's words, by their folded spelling (no case, no accents), as it writes them. */
function spellings(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu)) {
    const key = fold(m[0]);
    if (!out.has(key)) out.set(key, m[0]);
  }
  return out;
}

/** A word of the title in the speech's spelling, with the title's capital: "Ministerielle" → "Ministérielle". */
function respell(word: string, said: string | undefined): string {
  if (!said || said.length !== word.length) return word;
  const spelt = [...said].map((c, i) =>
    word[i] === word[i]?.toUpperCase() ? c.toUpperCase() : c.toLowerCase(),
  );
  return spelt.join('');
}

/**
 * The file name's title spelt as the speech spells it: two words the speech hyphenates are joined
 * ("Anti Inflation" → "Anti-Inflation"), a word the speech accents is accented, and a year the speech
 * does not say is left out. Null when the file name is not in the speech's script.
 */
export function spokenFileTitle(fileName: string, speech: string): string | null {
  const base = titleFromFileName(fileName);
  const latinName = isLatinScript(base);
  if (latinName !== isLatinScript(speech)) return null;
  const said = spellings(speech);
  const words = base.split(/\s+/u).filter((w) => !YEAR.test(w) || speech.includes(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const joined = next && said.get(fold(`${w}-${next}`));
    if (joined && next) {
      out.push(`${respell(w, joined.split('-')[0])}-${respell(next, joined.split('-').slice(1).join('-'))}`);
      i++;
    } else out.push(respell(w, said.get(fold(w))));
  }
  return out.join(' ') || null;
}

/**
 * The title of a speech that names none: the file name spelt as the speech spells it (see
 * `spokenFileTitle`), else the topic of the speech's opening, in its language ("Рождение детей"),
 * else the file name's title.
 */
export function fallbackTitle(fileName: string, speech: string, lang: string): string {
  const spelt = spokenFileTitle(fileName, speech);
  if (spelt) return spelt;
  const sentences = speech
    .split(/\n\s*\n/u)
    .flatMap((p) => sentencesOf(p.trim(), lang))
    .slice(0, TOPIC_SENTENCES);
  return deriveTitle(sentences, [], lang, [], true) || titleFromFileName(fileName);
}
