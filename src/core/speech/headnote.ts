/**
 * An editor's headnote: the note a book or an archive sets above a speech, in the third person,
 * saying where and when the talk was given and who introduced the speaker, often with the
 * introducer's own words ("Mr. Howells introduced Mr. Clemens:" / "“Now, ladies and gentlemen, …”").
 * None of it is the speaker's: it goes to the title slide's notes (the notes stay the whole text,
 * in order), never on a content slide, and the speaker, date and place it names go to the title slide.
 */
import type { SpeechMeta } from '../deck';
import type { RawPara } from './reflow';
import { TITLE_BEFORE_NAME } from './lexicon';
import { DATE_OR_TIME, MONTHS } from './structure';
import { unshout, wordsOf } from './text';

/** Paragraphs of a headnote, at most. */
const MAX_NOTE = 6;

/** The speaker's own voice, outside quotation marks: a note in the third person has none of it. */
const FIRST_OR_SECOND = /\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|myself|we|us|our|ours|you|your|yours)\b/u;

const TITLED = TITLE_BEFORE_NAME;
/** A name as an editor writes it: "Mr. Clemens", "President Rollins", "Mark Twain". */
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{Ll}'’-][\p{L}'’.-]*)`;
const NAME = String.raw`(?:${TITLED}\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
const NAMED = new RegExp(String.raw`\b${TITLED}\s+\p{Lu}|\b(?:the\s+)?(?:chairman|toastmaster|chair)\b`, 'u');

/** What an editor reports: who introduced whom, who replied to which toast. */
const REPORTS =
  /\b(?:introduc(?:ed|ing)|(?:was|were)\s+(?:introduced|presented|called\s+upon)|call(?:ed|ing)\s+(?:up)?on|said|replied|responded|rose|spoke|presided|presiding|made\s+the\s+following|was\s+one\s+of\s+the\s+speakers|in\s+(?:reply|response)\s+to)\b/iu;
/** "The next toast was: …", "The fifteenth regular toast was …". */
const TOAST_NOTE = /\btoast\s+was\b/iu;

/** The text outside quotation marks (“…”, "…"): what the editor says, not whom he quotes. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|‘[^’]*’(?!\p{L})/gu, ' ');
}

/** Whether a paragraph opens a quotation that it does not close (it runs on into the next). */
function leavesOpen(text: string): boolean {
  const opens = (text.match(/“/gu) ?? []).length;
  const closes = (text.match(/”/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

const opensQuote = (text: string) => /^\s*[“"]/u.test(text);

/** An editor's note in the third person: who spoke, who introduced them, which toast was given. */
export function isEditorsNote(text: string): boolean {
  const own = outsideQuotes(text);
  if (FIRST_OR_SECOND.test(own) || wordsOf(own).length > 80) return false;
  return (REPORTS.test(own) && NAMED.test(own)) || TOAST_NOTE.test(own);
}

/** Leading spaces of the line a paragraph starts on. */
function indentOf(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return offset - k;
}

/**
 * Where the speech proper starts after the paragraphs `from`… (the title's next): the end of
 * its headnote, or `from` when there is none. A headnote paragraph is an editor's note, a
 * paragraph set off by a deeper indent than the speech's (as a book prints its headnotes), or
 * the words a note introduces ("… said:" / "“…”"). The speech keeps at least one paragraph.
 */
export function headnoteEnd(paras: readonly RawPara[], from: number, end: number, input: string): number {
  const indents = paras.slice(from, end).map((p) => indentOf(input, p.offset));
  // the speech's own indent: the one that most of its text is set at
  const weight = new Map<number, number>();
  indents.forEach((n, k) => weight.set(n, (weight.get(n) ?? 0) + paras[from + k]!.text.length));
  const usual = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  // a block set off as a whole, every paragraph of it indented deeper than all the text after it
  // (a book's headnote of several paragraphs, ten spaces in, over an unindented speech, judge22):
  // the whole block, however many paragraphs, when it is told in the third person
  const block = setOffBlock(indents.slice(0, end - from));
  if (
    block > 0 &&
    paras
      .slice(from, from + block)
      .every((p) => !FIRST_OR_SECOND.test(outsideQuotes(p.text)) || opensQuote(p.text))
  )
    return from + block;
  let i = from;
  let noted = false;
  let quoting = false;
  while (i < end - 1 && i - from < MAX_NOTE) {
    const t = paras[i]!.text;
    const prev = i > from ? paras[i - 1]!.text : '';
    const setOff =
      indents[i - from]! >= usual + 4 && (!FIRST_OR_SECOND.test(outsideQuotes(t)) || opensQuote(t));
    const note = isEditorsNote(t);
    const introduced = noted && opensQuote(t) && /[:：]\s*$/u.test(prev);
    if (!(setOff || note || introduced || quoting)) break;
    noted ||= note || setOff;
    // a quotation over paragraphs opens each with “ and closes only on its last
    quoting = leavesOpen(t) || (quoting && !/[”"]/u.test(t));
    i++;
  }
  return noted ? i : from;
}

/** Paragraphs of a headnote set off by its indentation, at most. */
const MAX_SET_OFF = 12;

/**
 * How many paragraphs from the first are set off as a block: each indented by four spaces or more
 * beyond every paragraph after it (which is the speech, at least one paragraph), else 0.
 */
function setOffBlock(indents: readonly number[]): number {
  for (let k = 1; k < indents.length && k <= MAX_SET_OFF; k++) {
    const inside = Math.min(...indents.slice(0, k));
    if (inside >= Math.max(...indents.slice(k)) + 4) return k;
  }
  return 0;
}

/** Words of the honour a name carries ("Mr.", "President"). */
const HONORIFIC = new RegExp(String.raw`^${TITLED}\s`, 'u');

/**
 * The speaker a headnote names: whom it says was introduced or called upon, who replied or made
 * the speech, to whom the room drank ("Mr. Howells introduced Mr. Clemens" … "drink to Mark
 * Twain" → "Mark Twain"); a full name beats "Mr. Surname", the introducer is never the speaker.
 */
export function headnoteSpeaker(notes: readonly string[]): string | undefined {
  const found: string[] = [];
  const introducers: string[] = [];
  for (const note of notes) {
    const text = outsideQuotes(note);
    for (const re of [
      new RegExp(String.raw`\bintroduc(?:ed|ing)\s+(${NAME})`, 'gu'),
      new RegExp(String.raw`(${NAME})\s+(?:was|were)\s+(?:introduced|presented|called\s+upon)`, 'gu'),
      new RegExp(String.raw`\bcall(?:ed|ing)\s+(?:up)?on\s+(${NAME})`, 'gu'),
      new RegExp(
        String.raw`(${NAME})\s+(?:replied|responded|rose|spoke|made\s+the\s+following|was\s+one\s+of\s+the\s+speakers)`,
        'gu',
      ),
      new RegExp(String.raw`\bdr[iau]nk(?:ing)?\s+(?:to|the\s+health\s+of)\s+(${NAME})`, 'gu'),
    ])
      for (const m of text.matchAll(re)) found.push(m[1]!.replace(/[.,:;]+$/u, '').trim());
    const by = new RegExp(
      String.raw`(?<!introduc(?:ed|ing)\s+)(${NAME}),?\s+(?:introduced|said|presiding)\b`,
      'gu',
    );
    for (const m of text.matchAll(by)) introducers.push(m[1]!.trim());
  }
  const names = found.filter(
    (n) => !/^(?:On|In|The|At)\b/u.test(n) && !introducers.includes(n) && wordsOf(n).length <= 4,
  );
  return names.find((n) => !HONORIFIC.test(n) && wordsOf(n).length >= 2) ?? names[0];
}

/** A host, an occasion or a person: no place ("N. E. Society", "the First Annual Dinner", "General Grant"). */
const NOT_A_PLACE = new RegExp(
  String.raw`\b(?:dinner|banquet|luncheon|lunch|breakfast|supper|meeting|celebration|festival|reception|dedication|jubilee|anniversary|ceremony|convention|conference|commencement|unveiling|party|gathering|honou?r|society|club|association|corporation|company|army|navy|school|speakers?)\b|^${TITLED}\s`,
  'iu',
);

/** The place a heading names before its date: the last "at …" or "in …", with a bare city after it. */
function placeBefore(head: string): string | undefined {
  const segments = head
    .split(/,\s*/u)
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  const bare: string[] = [];
  let next = true;
  for (let k = segments.length - 1; k >= 0; k--) {
    const s = segments[k]!;
    const at = [...s.matchAll(/\b(?:at|in)\s+(?=\p{Lu}|the\s)/giu)].at(-1);
    if (at) {
      const place = s.slice(at.index + at[0].length);
      if (NOT_A_PLACE.test(place)) break;
      return [place, ...bare].map(unshout).join(', ');
    }
    const isBare =
      next &&
      bare.length < 2 &&
      wordsOf(s).length <= 3 &&
      wordsOf(s).every((w) => /^\p{Lu}/u.test(w)) &&
      !/\d/u.test(s) &&
      // ("On June 9, 1899": the preposition before the date is no place)
      !/^(?:on|in|at|the|by|from|to|since)$/iu.test(s) &&
      !NOT_A_PLACE.test(s);
    if (isBare) bare.unshift(s);
    else next = false;
  }
  return bare.length ? bare.map(unshout).join(', ') : undefined;
}

/**
 * The place a headnote names after its date, in the same sentence: where the speaker went or was
 * ("On June 9, 1899, he consented to visit the Savage Club, London, on condition …").
 */
function placeAfter(rest: string): string | undefined {
  const sentence = rest.split(/[.;!?](?:\s|$)/u)[0] ?? '';
  const m =
    /\b(?:visit(?:ed)?|at|in)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?=,|\s*$))?)/u.exec(
      sentence,
    );
  return m ? unshout(m[1]!) : undefined;
}

/** A month and a year with a comma between ("NOVEMBER, 1879"), as old headings write them. */
const MONTH_COMMA_YEAR = new RegExp(String.raw`\b${MONTHS},\s+\d{4}\b`, 'iu');

/** The date a headnote gives and the place before it ("… AT DELMONICO'S, DECEMBER 5, 1905, …"). */
export function headnoteDatePlace(notes: readonly string[]): { date?: string; place?: string } {
  for (const note of notes) {
    const own = outsideQuotes(note);
    DATE_OR_TIME.lastIndex = 0;
    const m =
      [...own.matchAll(DATE_OR_TIME)].find((x) => /\d{4}/u.test(x[0]) && /\p{L}/u.test(x[0])) ??
      MONTH_COMMA_YEAR.exec(own);
    if (!m) continue;
    const place = placeBefore(own.slice(0, m.index)) ?? placeAfter(own.slice(m.index + m[0].length));
    // "DECEMBER 5, 1905", "MAY 14, 1908" as a title slide writes them
    const date = m[0]
      .replace(/[\s,.]+$/u, '')
      .replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
    return { date, ...(place ? { place } : {}) };
  }
  // an undated heading still says where: the dinner and the town it was given at
  for (const note of notes) {
    const at = AT_OCCASION.exec(note.replace(/\s+/gu, ' ').trim());
    if (at && at[0] === at[0].toUpperCase()) return { place: unshout(at[1]!) };
  }
  return {};
}

/**
 * A book's heading over an address, in capitals, saying the occasion it was given at and where
 * ("ADDRESS AT THE NEW ENGLAND SOCIETY'S SEVENTY FIRST ANNUAL DINNER, NEW YORK CITY", Twain 1876,
 * judge33: with no date in it, the title slide showed no occasion at all): what follows "at".
 */
const AT_OCCASION =
  /^(?:ADDRESS|SPEECH|REMARKS|DELIVERED|READ)(?:\s+DELIVERED)?\s+AT\s+(?:THE\s+)?(\p{Lu}[^.!?]{5,120})$/u;

/** What a headnote tells the title slide: the speaker, the date and the place. */
export function learnFromHeadnote(notes: readonly string[], meta: SpeechMeta): void {
  const speaker = headnoteSpeaker(notes);
  if (speaker) meta.speaker ??= speaker;
  const { date, place } = headnoteDatePlace(notes);
  if (date) meta.date ??= date;
  if (place) meta.event ??= place;
}
