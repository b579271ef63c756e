/**
 * Acknowledgement slides: a passage in which the speaker thanks or greets named people ("I
 * appreciate the hard work of the House Majority Leader, Tom DeLay…", "The Director of the CDC,
 * Julie Gerberding, is with us today.", "Jim Martin, the President of 60 Plus Association, worked
 * hard.") is shown as a designer shows it: one list of the people, each with the role the same
 * clause gives them ("Tom DeLay — House Majority Leader"), under "With thanks to". A role belongs
 * to the name it is said with, never to the slide: no such slide is titled by one person's office
 * ("Senate Majority Leader" over the sentence about Bill Thomas, Bush 2003, judge26). Every name
 * and role on screen is said in the speech, word for word. English only: the names and roles are
 * read by their capitals and the words of an office (names.ts).
 */
import type { Block } from '../deck';
import { primaryLang } from './lang';
import { textInline } from './model';
import { MAX_SCREEN_WORDS, screenWords } from './screen';
import { maskForScreen, tidyMasked } from './mask';
import { isPlaceOrPeople, OFFICE_HEAD } from './names';
import { taggedSentences } from './tagger';
import { sentencesOf } from './segment';
import { wordsOf } from './text';

/** The title of an acknowledgement slide, by language (English only: the names are read in English). */
const THANKS_TITLES: Readonly<Record<string, string>> = { en: 'With thanks to' };

/** The acknowledgement slide's title in the speech's language, undefined where it has none. */
export const thanksListTitle = (lang: string): string | undefined => THANKS_TITLES[primaryLang(lang) || 'en'];

/** A capitalised word of a name or an office: "Hastert", "McClellan", "O’Rourke", "H.W.", "DeLay". */
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** The small words inside an office or a body's name ("Chairman of the Ways and Means Committee"). */
const LINK = String.raw`(?:of|the|and|for|in|on|at|from)`;
/** One word of an office said after a name: capitalised, a small word, a number ("60 Plus") or an office head. */
const OFFICE_WORD = new RegExp(String.raw`^(?:${CAP}|${LINK}|\p{Nd}+)$`, 'u');
/** A run of capitalised words, small words only between two of them. */
const CAP_RUN = new RegExp(String.raw`${CAP}(?:\s+(?:${LINK}\s+)*${CAP})*`, 'gu');

/**
 * Words of a body's name, never of a person's: a capitalised run that ends on one is an office or a
 * body ("Speaker of the House", "Ways and Means Committee"), and a person's name said after it
 * starts after it ("… House Denny Hastert").
 */
const BODY_WORD =
  /^(?:house|senate|congress|committee|department|administration|agency|association|council|board|office|services?|bureau|commission|foundation|institute|university|college|school|center|centre|coalition|union|party|court|assembly|parliament|ministry|government|states?|nations?|united|national|federal|republic|organi[sz]ation|company|corporation|bank|fund|society|church|army|navy|force|guard|police|city|county|caucus|cabinet|team|group|club|league|chamber|hospital|museum|majority|minority|ranking|executive|vice|chief|deputy|assistant|general|attorney|surgeon|first|second|lady|gentleman|white|ways|means|finance|security|social|health|medicare|medicaid|drug|food)$/iu;

/** Sentence openers that are capitalised only because they open it ("And", "Look", "But"). */
const OPENER =
  /^(?:and|but|so|look|now|well|also|then|yes|oh|i|we|you|they|he|she|it|this|that|these|those|there|here|in|from|on|at|for|with|to|as|of|by|our|my|your|his|her|their|the|a|an|today|tonight|thank|thanks|please|let|folks|ladies|gentlemen|mr\.?|mrs\.?|ms\.?|dr\.?)$/iu;

/** One person an acknowledgement names: the name as said, and the role the same clause gives. */
export interface Thanked {
  /** The name as said, with its rank when only a rank goes with it ("Senator John Breaux"). */
  name: string;
  /** The office the same clause gives the name, word for word ("Chairman of the Ways and Means Committee"). */
  role?: string;
  /** The bare name, without rank ("John Breaux"): who is meant. */
  person: string;
}

/** Whether a word is an office's head ("Senator", "Chairman", "Director", "CEO"). */
const isOffice = (w: string) => OFFICE_HEAD.test(w.replace(/[.,]+$/u, ''));

/** The office said right after a name (", the Administrator of the Centers for …", " who is the Director of …"), or ''. */
function officeAfter(rest: string): string {
  const m = /^,?\s+(?:who\s+is\s+|who['’]s\s+)?(?:the|our|my)\s+([^,;:.!?—–()]+)/iu.exec(rest);
  return m ? officeWords(m[1]!) : '';
}

/**
 * The office said right before a name, set off by a comma ("the House Majority Leader, Tom
 * DeLay", "the Chairman of the Ways and Means Committee, Chairman Bill Thomas"), or '': the words
 * of an office read back from the comma.
 */
function officeBefore(head: string): string {
  const m = /,\s*$/u.exec(head);
  if (!m) return '';
  const words = head.slice(0, m.index).trim().split(/\s+/u);
  // (the nearest "the" whose words make an office: "the Chairman of the Ways and Means Committee",
  // not "the Ways and Means Committee")
  for (let k = words.length; k > 0 && (OFFICE_WORD.test(words[k - 1]!) || isOffice(words[k - 1]!)); k--) {
    if (!/^(?:the|our|my)$/iu.test(words[k - 1]!)) continue;
    const said = words.slice(k).join(' ');
    if (officeWords(said) === said) return said;
  }
  return '';
}

/**
 * The words of an office from the start of `said`: capitalised words, small words and office
 * heads in any case ("House member from Connecticut"), ending on a capitalised word or a head;
 * '' unless an office head is among them.
 */
function officeWords(said: string): string {
  const words: string[] = [];
  for (const w of said.trim().split(/\s+/u)) {
    if (!OFFICE_WORD.test(w) && !isOffice(w)) break;
    words.push(w);
  }
  while (words.length && new RegExp(`^${LINK}$`, 'iu').test(words.at(-1)!)) words.pop();
  if (!words.some(isOffice) || words.length > 10) return '';
  return words.join(' ');
}

/** Whether the words of `name` read as a person's (not a place, a body, a people). */
function personLike(name: string, sentence: string, ranked: boolean): boolean | 'maybe' {
  const words = name.split(/\s+/u);
  if (words.some((w) => BODY_WORD.test(w) || isOffice(w))) return false;
  if (isPlaceOrPeople(name)) return false;
  // a rank or an office said with it makes it a person ("Senator Orrin Hatch", ", the CEO of …");
  // else the tagger must know one of its words as a name ("Mike Bilirakis", "Nancy Johnson"), or
  // the sentence names others so ('maybe': "Speaker Pelosi — ; Steny Hoyer — ; Jim Clyburn")
  if (ranked) return true;
  const terms = taggedSentences(sentence)[0] ?? [];
  const known = words.some((w) =>
    terms.some(
      (t) =>
        t.text.replace(/[,.;:!?]+$/u, '') === w &&
        t.tags.some((g) => g === 'Person' || g === 'FirstName' || g === 'LastName'),
    ),
  );
  return known || (words.length <= 3 && 'maybe');
}

/** A small word inside a run that no name follows directly: a name after it belongs to a body ("Office of Personnel Management"). */
const BODY_LINK = /^(?:of|the|for|in|on|at|from)$/u;

/** The people an English sentence names, each with the office the same clause gives them. */
export function thankedIn(sentence: string): Thanked[] {
  const s = tidyMasked(maskForScreen(sentence));
  const out: Thanked[] = [];
  const maybe: Thanked[] = [];
  for (const m of s.matchAll(CAP_RUN)) {
    const words = m[0].split(/\s+/u);
    // where each word of the run starts in the sentence
    const starts: number[] = [];
    for (let i = 0, from = m.index; i < words.length; i++) {
      starts.push(s.indexOf(words[i]!, from));
      from = starts[i]! + words[i]!.length;
    }
    // (a sentence's first word is capitalised whatever it is: "And", "Look", "The")
    let first = 0;
    while (first < words.length && OPENER.test(words[first]!)) first++;
    // (where the words before the next name start: past the name before it, in a run of several)
    let from = first;
    // each name of the run: capitalised words that are no office, no body and no small word,
    // two to four of them (one after a rank: "Speaker Pelosi"), not right after a body's small word
    for (let i = first; i < words.length;) {
      const word = (w: string) => !isOffice(w) && !BODY_WORD.test(w) && !new RegExp(`^${LINK}$`, 'u').test(w);
      if (!word(words[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < words.length && word(words[j]!)) j++;
      const prev = words[i - 1] ?? '';
      const rank = i > first && isOffice(prev);
      const plural = /^\p{L}{4,}s$/u.test(prev) && isOffice(prev.slice(0, -1));
      const n = j - i;
      const at = i;
      i = j;
      // (a plural rank, "Senators Cantwell, Young, Portman", names several: no one name is read from it)
      if (plural || BODY_LINK.test(prev) || n < (rank ? 1 : 2) || n > 4) continue;
      const person = words
        .slice(at, j)
        .join(' ')
        .replace(/[.,]+$/u, '');
      // (a possessive names what is theirs, not them: "Mrs. Kennedy’s love for the arts")
      if (/['’]s?$/u.test(person)) continue;
      const end = starts[j - 1]! + words[j - 1]!.length;
      // the office said in the run before the name ("Speaker of the House Denny Hastert", "The
      // Food and Drug Administration Commissioner Mark McClellan"), when it is more than a rank,
      // else said after it (", the CEO of AARP") or before it (", the Director of the CDC, Julie…")
      const lead = words.slice(from, at);
      from = j;
      // (a rank of several words is said with the name as one: "Vice President Harris")
      const ranks = lead.length > 1 && lead.every(isOffice);
      const inRun = lead.length > 1 && !ranks ? officeWords(lead.join(' ')) : '';
      const after = j === words.length ? officeAfter(s.slice(end)) : '';
      const role = inRun || after || (at - first <= 1 ? officeBefore(s.slice(0, starts[first]!)) : '');
      const like = personLike(person, s, rank || !!role);
      if (!like) continue;
      if (like === 'maybe') {
        maybe.push({ name: person, person });
        continue;
      }
      // (a name with its rank alone is said as it is: "Senator John Breaux", "Speaker Pelosi")
      const ranked = ranks ? `${lead.join(' ')} ${person}` : rank ? `${prev} ${person}` : person;
      out.push(role ? { name: person, role, person } : { name: ranked, person });
    }
  }
  // (names the tagger does not know are people when the sentence names others by rank or office)
  if (!maybe.length || !out.some((p) => p.role || p.name !== p.person)) return out;
  return [...out, ...maybe].sort((a, b) => s.indexOf(a.person) - s.indexOf(b.person));
}

/**
 * Thanks, greeting, welcome or praise of someone's work said to or of them ("I appreciate…",
 * "Julie, thank you for coming.", "… is with us today.", "… worked hard.", "… did a great job.",
 * "… made a significant contribution.").
 */
const THANKING =
  /\b(?:thank(?:s|ed|ing)?|congratulat(?:e|ions)|appreciate[sd]?|grateful|gratitude|recogni[sz]e|acknowledge|welcome|honou?red\s+to\s+be\s+joined|(?:is|are)\s+(?:here|with\s+us|joining\s+us)|worked\s+hard|did\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:job|work)|made\s+an?\s+(?:\w+\s+)?contribution)\b/iu;

/** A sentence that opens on a name and goes on to the next: a roll call ("Mike McCaul, Doris Matsui, and …"). */
const ROLL_CALL = /^(?:and\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[,;—–]/u;

/** The share of a slide's sentences (its asides aside) that must thank or name people for it to be an acknowledgement. */
const ACK_SHARE = 2 / 3;
/** The fewest words of a sentence that says a point of its own: a shorter one between thanks is an aside. */
const ASIDE_WORDS = 8;
/** The fewest people an acknowledgement names (two, when each is named with an office). */
const MIN_PEOPLE = 3;
/** The most items an acknowledgement list shows. */
const MAX_ITEMS = 10;

/**
 * The people an English slide acknowledges, when it is an acknowledgement: at least MIN_PEOPLE
 * people named, one sentence at least a thanks, and most of its sentences (ACK_SHARE) naming or
 * thanking people; null otherwise.
 */
export function thankedOnSlide(sentences: readonly string[], lang: string): Thanked[] | null {
  const l = primaryLang(lang);
  if (l && l !== 'en') return null;
  const said = sentences.map((x) => tidyMasked(maskForScreen(x)).trim()).filter((x) => wordsOf(x).length > 0);
  if (said.length < 2) return null;
  const thanks = said.map((x) => THANKING.test(x));
  if (!thanks.some(Boolean) && !said.some((x) => ROLL_CALL.test(x))) return null;
  // who is acknowledged: the people a sentence of thanks or praise names, those named with their
  // office or rank ("Jim Martin, the President of 60 Plus Association", "Senator John Breaux"), and
  // a name said alone ("Frank Pallone."); not someone a story names ("…presented Robert Frost…")
  const named = said.map((x, i) => {
    const found = thankedIn(x);
    const alone = found.length > 0 && wordsOf(found.reduce((r, p) => r.replace(p.name, ''), x)).length <= 2;
    // (a roll call opens on the names it calls: "Mike McCaul, Doris Matsui, and — … Chris Coons.")
    const roll =
      found.length > 1 && ROLL_CALL.test(x) && x.replace(/^and\s+/iu, '').startsWith(found[0]!.name);
    // (and whoever a sentence names beside one named so: "Speaker Pelosi — ; Steny Hoyer — ; Jim Clyburn")
    return thanks[i] || alone || roll || found.some((p) => p.role || p.name !== p.person) ? found : [];
  });
  const acknowledging = said.filter((_, i) => thanks[i] || named[i]!.length > 0).length;
  // (a short line between the thanks is an aside, "You moved.", "That's a different story.": it
  // neither thanks nor makes a point of its own)
  const points = said.filter(
    (x, i) => !thanks[i] && !named[i]!.length && wordsOf(x).length >= ASIDE_WORDS,
  ).length;
  if (acknowledging < ACK_SHARE * (acknowledging + points)) return null;
  // each person once: "Tommy" of "Secretary Tommy Thompson", "Jo Anne" of "Jo Anne Barnhart"
  const people: Thanked[] = [];
  for (const t of named.flat()) {
    const same = (p: Thanked) =>
      p.person === t.person || p.person.startsWith(`${t.person} `) || t.person.startsWith(`${p.person} `);
    const had = people.find(same);
    if (had) {
      if (!had.role && t.role) Object.assign(had, t);
      continue;
    }
    people.push({ ...t });
  }
  // (two people are an acknowledgement when each is named with an office, "Bill Novelli, the CEO of
  // AARP … Jim Parkel, who is the President of the AARP"; a story names two in passing: "…stood
  // before Sam Rayburn … as President Truman…", Ford 1975)
  const enough = people.length >= MIN_PEOPLE || (people.length >= 2 && people.every((p) => p.role));
  return enough ? people : null;
}

/**
 * An acknowledgement slide's title and list (`thankedOnSlide`): each person with the role the
 * clause gives them ("Bill Thomas — Chairman of the Ways and Means Committee"), as many roles as
 * fit the screen (the shortest first), the others' names alone; null when the slide is none, or
 * its people are too many.
 */
export function thanksList(
  sentences: readonly string[],
  lang: string,
): { title: string; block: Block } | null {
  const title = thanksListTitle(lang);
  const people = title ? thankedOnSlide(sentences, lang) : null;
  if (!title || !people || people.length > MAX_ITEMS) return null;
  // the names first; then each role, the shortest first, while the screen has room for it
  let words = screenWords(title) + people.reduce((n, p) => n + screenWords(p.name), 0);
  if (words > MAX_SCREEN_WORDS) return null;
  const shown = new Set<Thanked>();
  for (const p of people.filter((x) => x.role).sort((a, b) => screenWords(a.role!) - screenWords(b.role!))) {
    if (words + screenWords(p.role!) > MAX_SCREEN_WORDS) break;
    words += screenWords(p.role!);
    shown.add(p);
  }
  const items = people.map((p) => (shown.has(p) ? `${p.name} — ${p.role}` : p.name));
  return {
    title,
    block: {
      type: 'list',
      ordered: false,
      items: items.map((x) => [{ type: 'paragraph', children: textInline(x) }]),
    },
  };
}

/**
 * Whether an English paragraph is an acknowledgement (`thankedOnSlide`): plan.ts starts a slide
 * where the speaker turns to thanking people, or back from it, so that the thanks are one slide's
 * list and the point said after them another's.
 */
export function thanksPeople(text: string, lang: string): boolean {
  const l = primaryLang(lang);
  if ((l && l !== 'en') || !(THANKING.test(text) || ROLL_CALL.test(text.trim()))) return false;
  return thankedOnSlide(sentencesOf(text.slice(0, 3000), lang), lang) !== null;
}

/**
 * The title of a slide whose list is the series a thanks leads into ("I want to thank everyone —
 * everyone here — who helped make it possible: Vice President Harris and the Second Gentleman;
 * members of the Cabinet…; Senators Cantwell, Young, Portman."): the acknowledgement title, never
 * a name said elsewhere on the slide ("Senators Cornyn", CHIPS Act signing 2022); '' otherwise.
 */
export function thanksSeriesTitle(sentences: readonly string[], lang: string): string {
  const title = thanksListTitle(lang);
  // (the lead ends on the colon, in the series' sentence or as the sentence before it)
  const at = sentences.findIndex((x) => /;.*;/u.test(x));
  const said = sentences[at] ?? '';
  const colon = said.search(/[:：]/u);
  const before = sentences[at - 1]?.trim() ?? '';
  const lead =
    colon >= 0 && colon < said.indexOf(';') ? said.slice(0, colon) : /[:：]$/u.test(before) ? before : '';
  return title && lead && THANKING.test(lead) ? title : '';
}
