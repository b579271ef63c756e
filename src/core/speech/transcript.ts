/**
 * Lines of a transcript that are not the plain words of the speaker whose turn it is: someone
 * else's words quoted inside the turn ("Later, Lafayette wrote …, “It was a such simplicity that
 * two friends were united by the greatest of causes.”"), and a host's toast ("please join me in
 * raising our glasses … to the history that binds us …").
 */
import { CHEER_IN_SENTENCE } from './closing-line';
import { sayVerbs } from './reported';
import { capitalize, quotations, wordsOf } from './text';

/** A quotation inside a line: straight, curly or guillemet quotes. */
const QUOTATION = quotations(2);
/** Who said the quoted words: a name and a verb of saying ("Lafayette wrote", "as Lincoln put it"). */
const SOURCE = new RegExp(
  String.raw`(?:^|[\s,;(])((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:(?:once|later|famously|also|then)\s+)?(?:${sayVerbs('en')}|told\s+the\s+\p{L}+)\b`,
  'gu',
);
/** Words that open a sentence or stand for someone without naming them. */
const NOT_A_NAME =
  /^(?:I|We|You|He|She|They|It|This|That|These|Those|Someone|Somebody|Everyone|People|Later|Then|And|But|So|As|When|Once|Today|Yesterday|Also)$/u;

/** The quoted words on screen and who said them; `source` absent: a quotation by no one named. */
export interface Quoted {
  words: string;
  source?: string;
}

/**
 * The quoted words (four or more) that end a line, with the named person who said or wrote them; a line that is nothing but quotations
 * (“We the people.” “We the people.”) is someone's words with no name. Null when the line is
 * the speaker's own, or quotes someone unnamed inside a sentence of the speaker's ("At that time,
 * he said, “It won’t happen.”" is the speaker telling what was said).
 */
export function quotedWords(line: string): Quoted | null {
  const quotes = [...line.matchAll(QUOTATION)];
  if (!quotes.length) return null;
  const outside = line.replace(QUOTATION, ' ');
  if (!/[\p{L}\p{N}]/u.test(outside)) return { words: line.trim() };
  if (quotes.length > 1) return null;
  const q = quotes[0]!;
  const words = q[1]!.trim();
  const after = line.slice(q.index + q[0].length);
  if (/[\p{L}\p{N}]/u.test(after) || wordsOf(words).length < 4) return null;
  const frame = line.slice(0, q.index);
  let source: string | undefined;
  for (const m of frame.matchAll(SOURCE)) {
    const name = m[1]!.split(/\s+/u).filter((w, i) => i > 0 || !NOT_A_NAME.test(w));
    if (name.length && !NOT_A_NAME.test(name[name.length - 1]!)) source = name.join(' ');
  }
  return source ? { words: capitalize(words), source } : null;
}

/**
 * A host raising a glass: "join me in raising our glasses", "I raise my glass", "let me propose a
 * toast"; "je lève mon verre" (Chirac, Erevan 2006, judge22), "levons nos verres", "levanto mi
 * copa", "ich erhebe mein Glas", "alzo il mio bicchiere", "levanto a minha taça".
 */
const RAISE =
  /(?<![\p{L}])(?:rais(?:e|ing)\s+(?:(?:my|our|your|a|the)\s+)?glass(?:es)?|(?:propose|make|have|offer|drink)\s+a\s+toast|join\s+me\s+in\s+a\s+toast|l[èe]v(?:e|ons|ez)\s+(?:mon|notre|nos|vos|votre)\s+verres?|levant(?:o|emos|amos)\s+(?:mi|nuestras?|mis|a\s+minha|as\s+nossas|a\s+nossa)\s+(?:copas?|taças?)|erhebe(?:n)?\s+(?:ich\s+|wir\s+)?(?:mein|unser|unsere|das)\s+Gl[aä]s(?:er)?|alz(?:o|iamo)\s+(?:il\s+(?:mio\s+)?|i\s+(?:nostri\s+)?)(?:bicchier[ei]|calic[ei]))(?![\p{L}])/giu;
const RAISED = new RegExp(RAISE.source, 'iu');
/** Whether a glass is raised anywhere in these paragraphs (a toast, not an address). */
export const raisesGlass = (texts: readonly string[]): boolean => texts.some((t) => RAISED.test(t));
/** "To our friendship!", "Here's to the next fifty years." */
const TO_LINE = /^(?:(?:and\s+)?so,?\s+)?(?:here['’]s\s+)?to\s+(?:our|the|your|all|a|\p{Lu})/iu;
/** A toast on screen is at most this long (words). */
const MAX_TOAST = 34;
/** A form of address said inside the toast, which the screen leaves out. */
const ADDRESS = /,\s*(?:ladies\s+and\s+gentlemen|my\s+friends|everyone|folks|dear\s+friends)(?=,)/giu;

/**
 * The toast a host raises on this slide, as a line for the screen: what the glass is raised to
 * ("To President Macron and his wife Brigitte, to France, to the history that binds us …"), else
 * a cheer ("Et laisse-moi dire, vive les États-Unis d’Amérique, vive la France, …"), else a line
 * "To our friendship." of four words or more. Null when nothing on the slide is a toast.
 * `toasting`: a glass is raised somewhere in the speech (by default: on this slide).
 */
export function toastLine(sentences: readonly string[], toasting?: boolean): string | null {
  const raisedHere = raisesGlass(sentences);
  const fits = (s: string): string | null => {
    const line = s.replace(ADDRESS, '').trim();
    const n = wordsOf(line).length;
    return n >= 3 && n <= MAX_TOAST ? line : null;
  };
  for (const s of sentences) {
    const raised = [...s.matchAll(RAISE)].pop();
    if (!raised) continue;
    const rest = s.slice(raised.index + raised[0].length).replace(/^[\s,;:—–-]+/u, '');
    // (what it is raised to: "to …", "à …", "por …", "auf …", "a …", "alla …")
    const to = /^(?:to|à|au|aux|a|al|por|auf|alla|allo|ai|agli|ao|aos|pela|pelo)\s+\S/iu.test(rest)
      ? fits(capitalize(rest))
      : null;
    if (to) return to;
  }
  // a cheer ("vive la France") is a toast only in a speech where a glass is raised: "Vive la
  // République, vive la France." ends a French president's address to the nation (judge19)
  const cheer = !(toasting ?? raisedHere)
    ? undefined
    : sentences
        .filter((s) => CHEER_IN_SENTENCE.test(s))
        .sort((a, b) => wordsOf(b).length - wordsOf(a).length)[0];
  const cheered = cheer && wordsOf(cheer).length >= 4 ? fits(cheer) : null;
  if (cheered) return cheered;
  // "To …" is a toast only where a glass is raised: "To Ukrainian people, I say to them all" is not
  if (!raisedHere) return null;
  for (const s of sentences) if (TO_LINE.test(s.trim()) && wordsOf(s).length >= 4 && fits(s)) return s.trim();
  return null;
}
