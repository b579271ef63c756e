/**
 * A title line too long for a title slide: a parliament's agenda item ("Beratung des Antrags der
 * Fraktion der SPD betreffend Stärkung der kommunalen Finanzen …"), a press release's headline
 * ("President Smith Delivers Remarks on the Economy at the Chamber of Commerce, Says Jobs Are
 * Back"), an archive's caption ("Remarks as Prepared for Delivery by First Lady Jill Biden to the
 * United Nations LGBTI Core Group"). The deck takes a short title from it — what the item is about
 * (the object after "betreffend", "on", "über", "sobre" …), else its head phrase up to where a new
 * phrase begins — and keeps the whole line as its subtitle: nothing of it is lost.
 */
import type { SpeechMeta } from '../deck';
import { isFunctionWord } from './lexicon';
import { capitalize, hasCjk, wordsOf } from './text';
import { escapeRegExp } from './word-classes';
import { MAX_TITLE_WORDS } from './titles';

/** A title line longer than this (in words) gets a short title. */
export const MAX_HEADING_WORDS = 12;

/**
 * Words that introduce what an agenda item or a headline is about, strongest first: a motion's
 * "betreffend" says its object outright; "on", "über", "sobre" may also be a place ("in", "on
 * the floor"), so they are looked for only when no stronger one is said.
 */
const TOPIC_MARKERS: readonly RegExp[] = [
  /\s(?:betreffend|bezüglich|zum thema|regarding|concerning|concernant|relatif à|relative à|riguardante|relativo a|relativa a|acerca de|по вопросу|относительно|بشأن|حول)\s/iu,
  /\s(?:über|on|about|sobre|sur|sul|sulla|sullo|sui|sugli|sulle|su|о|об)\s/iu,
  /\s(?:zum|zur)\s/iu,
];

/** Nouns for a talk or an agenda item: "Remarks on the Economy" keeps its noun before the marker. */
const GENRE =
  /^(?:remarks|speech|address|statement|lecture|debate|motion|bill|resolution|report|rede|ansprache|erklärung|regierungserklärung|debatte|aussprache|discours|déclaration|débat|discurso|intervención|declaración|debate|discorso|intervento|dichiarazione|выступление|доклад|заявление|обращение)$/iu;

/** An archive's note on how the text was delivered: no part of the talk's name. */
export const DELIVERY_NOTE = /\s*\(?\bas (?:prepared for delivery|delivered|prepared)\b\)?/giu;

/** Where a headline's phrase ends: a clause after a comma ("…, Says Jobs Are Back"), a dash, a bracket. */
const PHRASE_END = /\s*[,;:–—(|]|\s-\s/u;
/** A venue after the topic ("… on the Economy at the Chamber of Commerce"): the occasion, not the point. */
const VENUE = /\s(?:at|vor|à|presso|в|на)\s/iu;

/** The longest start of `words` of at most `max` words that ends before a function word (a phrase boundary). */
function headPhrase(words: readonly string[], lang: string, max = MAX_TITLE_WORDS): string | null {
  if (words.length <= max) return words.join(' ');
  for (let n = max; n >= 2; n--) {
    const last = words[n - 1]!;
    if (isFunctionWord(last, lang) || /[,;:]$/u.test(last)) continue;
    if (isFunctionWord(words[n]!, lang)) return words.slice(0, n).join(' ');
  }
  return null;
}

/** What a long heading is about, after its strongest topic marker; null when it says none. */
function topicOf(line: string, lang: string): string | null {
  for (const marker of TOPIC_MARKERS) {
    const m = marker.exec(line);
    if (!m) continue;
    let object = line.slice(m.index + m[0].length).split(PHRASE_END)[0]!;
    const venue = VENUE.exec(object);
    if (venue && venue.index > 0) object = object.slice(0, venue.index);
    const words = wordsOf(object);
    const head = headPhrase(words, lang);
    if (!head || wordsOf(head).length < 1 || words.every((w) => isFunctionWord(w, lang))) continue;
    // "Remarks on the Economy": the talk's noun before the marker says what kind of item it is
    const before = wordsOf(line.slice(0, m.index)).at(-1) ?? '';
    // English "on"/"about" after a verb is its particle ("Calls on Congress to Act"), no topic
    if (/^(?:on|about)$/iu.test(m[0].trim()) && !GENRE.test(before)) continue;
    const withGenre = `${before} ${m[0].trim()} ${head}`;
    if (GENRE.test(before) && wordsOf(withGenre).length <= MAX_TITLE_WORDS) return capitalize(withGenre);
    return capitalize(head);
  }
  return null;
}

/**
 * An Arabic page headline "كلمة <who> في <occasion>" ("كلمة القائم بأعمال السفارة الأمريكية
 * تواماس جولدبرجر في حفل استقبال 4 يوليو 2019": remarks by the chargé d'affaires at the July 4
 * reception): who speaks is no subject, the occasion is. Only after a noun for the talk.
 */
const AR_TALK_AT = /^(?:كلمة|خطاب|تصريحات|ملاحظات|تعليقات|بيان)\s+\S.*?\sفي\s+(.+)$/u;

function arabicOccasion(line: string): string | null {
  const at = AR_TALK_AT.exec(line)?.[1]?.split(PHRASE_END)[0]?.trim();
  if (!at) return null;
  const n = wordsOf(at).length;
  return n >= 2 && n <= MAX_TITLE_WORDS ? at : null;
}

/**
 * A short title (at most 8 words) for a title line of more than 12 words; null for a short line,
 * a question (a question is said whole) or a CJK line.
 */
export function shortHeading(line: string, lang = ''): string | null {
  const t = line.replace(/\s+/gu, ' ').trim();
  // (a dash or a slash alone is no word: "Roundtable – 23 May 2023")
  const count = wordsOf(t).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (hasCjk(t) || /[?？]$/u.test(t) || count <= MAX_HEADING_WORDS) return null;
  const plain = t.replace(DELIVERY_NOTE, '').replace(/\s+/gu, ' ').trim();
  const topic = topicOf(plain, lang) ?? arabicOccasion(plain);
  if (topic) return topic;
  const head = headPhrase(wordsOf(plain.split(PHRASE_END)[0]!), lang);
  return head && wordsOf(head).length >= 3 ? head : null;
}

/** A word that joins the speaker's part of a headline to its occasion ("… في حفل استقبال …", "… at the …"). */
const JOINER = /\s+(?:في|at|in|on|à|au|en|bei|auf|a|al|alla|no|na|em|в|на)$/iu;

/**
 * What a long line says besides its short title, as the title slide's subtitle: the rest of the
 * line after a title it opens with ("Remarks by First Lady Jill Biden" + "to the United Nations
 * LGBTI Core Group"), or before a title it ends with, without the word that joins them ("كلمة
 * القائم بأعمال السفارة الأمريكية تواماس جولدبرجر" + "في" + "حفل استقبال 4 يوليو 2019"); else the
 * whole line. The title slide never says its title twice (render19), and title and subtitle
 * together say the whole line but an archive's delivery note.
 */
function restOfHeading(line: string, short: string): string {
  const plain = line.replace(DELIVERY_NOTE, '').replace(/\s+/gu, ' ').trim();
  const lower = plain.toLowerCase();
  const t = short.toLowerCase();
  // (the title may be the line's head before a comma: "பிரதமர் திரு. நரேந்திர மோடி, மன் கீ பாத் …", the
  // Tamil Mann Ki Baat of June 2017, judge26, showed the name again inside the whole caption)
  const rest = new RegExp(String.raw`^${escapeRegExp(t)}(?:\s|[,;:–—]\s)`, 'u').test(lower)
    ? plain
        .slice(short.length)
        .replace(/^[\s,;:–—]+/u, '')
        .trim()
    : lower.endsWith(` ${t}`)
      ? plain
          .slice(0, plain.length - short.length)
          .trim()
          .replace(JOINER, '')
          .replace(/[\s,;:–—-]+$/u, '')
      : '';
  return wordsOf(rest).filter((w) => /\p{L}/u.test(w)).length >= 2 ? capitalize(rest) : line;
}

/**
 * Gives a deck whose title line is too long a short title: what the rest of the line says becomes
 * its subtitle (restOfHeading), so nothing of it is lost; a subtitle it had becomes its occasion
 * when it names none, else follows the line.
 */
export function shortenLongTitle(meta: SpeechMeta): void {
  const short = shortHeading(meta.title);
  if (!short) return;
  // a subtitle it had (a place line: "New York City, New York") is the occasion's, else it follows
  const had = meta.subtitle;
  if (had && !meta.event) meta.event = had;
  const rest = restOfHeading(meta.title, short);
  meta.subtitle = had && meta.event !== had ? `${rest} — ${had}` : rest;
  meta.title = short;
}
