/**
 * Recognising the conventional parts of a speech: the title line, the opening (greetings and the
 * speaker's introduction), the closing line, and the speaker's name and role from "I'm …, …".
 */
import { hasStageDirection, speakerLabel } from './mask';
import { sentencesOf } from './segment';
import { hasCjk, wordsOf } from './text';

const GREETING =
  /^(?:thank you|thanks|dear|ladies|gentlemen|good (?:morning|afternoon|evening|day)|hello|hi\b|distinguished|excellenc|honou?rable|respected|mr\.? chair|madam chair|friends|colleagues|уважаем|дорог|добр(?:ый|ое|ого)|здравствуй|благодарю|спасибо|коллеги|尊敬|各位|女士们|大家好|谢谢|感谢|早上好|上午好|下午好|晚上好|你们好)/iu;
// "я —" only as a word: "справиться — и…" ends in я too
const SELF_INTRO = /\b(?:I'm|I’m|I am|[Mm]y name is)\s+\p{Lu}|[Мм]еня зовут|(?<!\p{L})я\s+—|我是|我叫/u;
const CLOSING =
  /^(?:thank you|thanks|many thanks|thank you (?:very much|all|for your attention)|спасибо|большое спасибо|благодарю за внимание|谢谢|感谢|谢谢大家|谢谢各位)[\s\p{P}]*(?:\p{L}+[\s\p{P}]*){0,4}$/iu;

function shortEnough(text: string, words: number, cjkChars: number): boolean {
  return hasCjk(text) ? text.length <= cjkChars : wordsOf(text).length <= words;
}

/**
 * A line of a transcript, which is speech however short: it opens on a speaker's label ("THE
 * PRESIDENT:  Giving all praise and honor to God.", "Q  Thank you.") or holds a stage direction
 * ("(Applause.)", "[Laughter]"), or says more than one sentence ("Thank you. Please be seated").
 * A title in capitals with a colon ("CHINA: THE NEXT DECADE") ends no sentence, so it is no label.
 */
export function isSpokenLine(text: string): boolean {
  const t = text.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  if (hasStageDirection(t)) return true;
  const label = speakerLabel(t);
  // a label before words in lower case ("THE PRESIDENT:  Giving all praise…"); a title in capitals is no turn
  if (label && /\p{Ll}/u.test(t.slice(label.length))) return true;
  // two sentences of two words or more, one of them ended and not a question ("Thank you. Please
  // be seated"); a title may ask twice ("Who are we? Where are we going")
  const said = sentencesOf(t).filter((s) => wordsOf(s).length >= 2);
  return said.length >= 2 && said.some((s) => /[.!。！]["”’»)]?$/u.test(s.trim()));
}

/**
 * A personal pronoun opening a clause: "We hold these truths to be self-evident", "نحن نؤمن بهذه
 * الحقائق البديهية", "Мы помним". Headlines name a subject; a speaker's first line says "we" or "I".
 */
const SAID_OPENER =
  /^(?:(?:we|i|you|nous|je|vous|wir|ich|ihr|noi|io|voi|nosotros|nosotras|yo|vosotros|nós|eu|vós|wij|ik|jullie|vi|jeg|jag|me|minä|te|ja|my|wy|mi|мы|я|вы|ми|ви|ние|аз|نحن|إننا|انا|أنا|إنني|أنتم)\s+\p{L}|(?:我们|我(?!们)|咱们|你们|私たち|わたしたち|われわれ|我々)(?![的の])|(?:私は|우리는|저는|나는))/iu;

/**
 * A title line said aloud: a first line that opens on a pronoun subject is the speaker's first
 * sentence as much as the deck's title ("We hold these truths to be self-evident", then "The words
 * at the beginning of my speech…"). It names the deck and stays in the title slide's notes.
 */
export function isSaidTitle(text: string): boolean {
  const t = text.trim();
  return SAID_OPENER.test(t) && (hasCjk(t) ? t.length >= 5 : wordsOf(t).length >= 3);
}

/** A title line: one short line without sentence-ending punctuation. */
export function isTitleLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.includes('\n')) return false;
  // a question is a title ("Can cities feed themselves?"); a sentence or a salutation is not, nor
  // one a stage direction closes ("…never looked this good.  (Applause.)")
  if (/[.!。！:：,，;；]$/u.test(t.replace(/\s*[([][^()[\]]*[.!][)\]]$/u, ''))) return false;
  return shortEnough(t, 24, 60);
}

/** A greeting or the speaker introducing themselves. */
export function isOpening(text: string): boolean {
  const t = text.trim();
  if (GREETING.test(t) && shortEnough(t, 12, 30)) return true;
  // a self-introduction, unless the paragraph goes on into the talk itself
  return SELF_INTRO.test(t.slice(0, 400)) && wordsOf(t).length <= 120;
}

/** The word a toast ends on ("… to the future we'll create together. Cheers."). */
const TOAST_WORD = /(?:^|[.!?…]\s+)(?:cheers|salud|santé|prost|skål|kanpai|乾杯|干杯|ура)[\s.!！。]*$/iu;
/** A toast said as one line: "To our partnership!", "Here's to the next fifty years!". */
const TOAST_LINE = /^(?:(?:and\s+)?so,?\s+)?(?:here['’]s\s+)?to\s+\S[^.?]*!$/iu;

/** A toast that ends a speech: a paragraph that ends on "Cheers." or a line "To …!". */
export function isToast(text: string): boolean {
  const t = text.trim();
  return (shortEnough(t, 40, 80) && TOAST_WORD.test(t)) || (shortEnough(t, 20, 40) && TOAST_LINE.test(t));
}

/** A closing line: "Thank you!", "Спасибо за внимание!", "谢谢！", or a toast ("… Cheers."). */
export function isClosing(text: string): boolean {
  const t = text.trim();
  return (shortEnough(t, 8, 20) && CLOSING.test(t)) || isToast(t);
}

/**
 * A relation said as a joke or a courtesy ("Jill Biden's husband", "Beau's dad") is no role to
 * print under the speaker's name: a possessive followed by a family word.
 */
const RELATION =
  /^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+(?:(?:proud|loving|better|other|only|old|little|big|younger|older|eldest)\s+)?(?:husband|wife|son|daughter|dad|father|mom|mum|mother|brother|sister|grandson|granddaughter|grandpa|grandfather|grandma|grandmother|partner|spouse|uncle|aunt|nephew|niece|cousin|boy|girl|kid|child|half)\b/u;

/** The speaker's name and role from an introduction ("I'm Zhu Gang, deputy director general of …."). */
export function speakerFromIntro(text: string): { speaker?: string; role?: string } {
  const head = text.slice(0, 600);
  const m =
    /\b(?:I'm|I’m|I am|[Mm]y name is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,\s*([^.!?]{3,200}))?/u.exec(
      head,
    ) ?? /меня зовут\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?:,\s*([^.!?]{3,200}))?/iu.exec(head);
  if (!m) return {};
  const role = m[2]?.trim();
  return { speaker: m[1], ...(role && wordsOf(role).length <= 24 && !RELATION.test(role) ? { role } : {}) };
}

/** Words a title keeps in lower case ("Day of Infamy"). */
const SMALL_WORDS = /^(?:a|an|the|and|or|of|in|on|at|to|for|by|with|de|la|le|el|y|et|и|в)$/u;

/**
 * Initials and acronyms a file name writes in lower case: a short word without a vowel ("jfk",
 * "fdr", "hrh"; not the abbreviations "mr", "dr", "st"), letters then a number ("g20", "wha76",
 * "cop28"), and the organisations speeches are given at. "who" only opens a name ("who-hrh-forum").
 */
const ACRONYM =
  /^(?:(?!(?:mr|mrs|ms|dr|st|jr|sr|vs|pp|nd|rd|th)$)[b-df-hj-np-tv-xz]{2,5}|[a-z]{1,3}\d{1,3}|un|unga|nato|eu|usa|uk|imf|nasa|oecd|carec|asean|opec|wto|uae|ai|unesco|unicef|undp|unhcr|cop|g7|g20)$/u;

/**
 * Language tags a file name is filed under ("cs-jakob-duchody-2023", "PL_Bosacki_Australia"):
 * ISO 639-1 codes of the languages speeches come in. Not the codes that are also words a file
 * name opens on ("no-more-war", "el-discurso", "id", "ca", "eu").
 */
export const FILE_LANG_TAGS =
  'ar|bg|bs|cs|da|de|en|es|et|fi|fr|hi|hr|hu|it|ja|ko|lt|lv|mk|nb|nl|pl|pt|ro|ru|sk|sl|sq|sr|sv|tr|uk|zh';

/** A year that ends a file name ("…-space-effort-1962"): when the talk was given, not its title. */
const FILE_YEAR = /\s((?:1[5-9]|20)\d{2})$/u;

function fileStem(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .replace(new RegExp(String.raw`^(?:${FILE_LANG_TAGS})\s+(?=\S+\s+\S)`, 'iu'), '');
}

/**
 * A title from a file name, for a speech that names none: "carec-digital-strategy.txt" →
 * "CAREC Digital Strategy", "en-jfk-rice-space-effort-1962.txt" → "JFK Rice Space Effort" (a
 * leading language tag is the file's filing; a trailing year is left out, and never shown as the
 * talk's date: a number the speech did not say).
 */
export function titleFromFileName(fileName: string): string {
  const stem = fileStem(fileName);
  if (!stem) return 'Untitled speech';
  const words = stem.replace(FILE_YEAR, '').split(/\s+/);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (w === lower && (ACRONYM.test(lower) || (lower === 'who' && i === 0 && words.length > 1)))
        return w.toUpperCase();
      return i > 0 && SMALL_WORDS.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}
