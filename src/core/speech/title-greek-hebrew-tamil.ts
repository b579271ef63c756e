/**
 * Greek, Hebrew and Tamil titles that are no headline (issue 10, judge30 #1 and #4): each is a
 * piece of its sentence that says nothing alone.
 * - Greek: a phrase in the genitive, its head noun left behind ("Ανατριχιαστικής τελικής λύσης" of
 *   "φθάσαμε στην εφαρμογή της ανατριχιαστικής τελικής λύσης"); a
 *   clause that ends on its past verb ("Δύο χρόνια κατόρθωσε" of "μέσα σε δύο χρόνια κατόρθωσε να
 *   χωρέσει…"); a time adverbial ("Κάθε μέρα", every day).
 * - Hebrew: a clause opened by a conjunction, said alone ("אלא הכנסת", "but rather the Knesset") or
 *   joined to the next word with a preposition or the article ("ובמקום שאין הסכמה", "and where there
 *   is no agreement").
 * - Tamil: a noun in the locative, "in…" ("மணி நேரத்தில்", "in … hours"), the "…-உம் சரி"
 *   correlative ("விஞ்ஞானத்திலும் சரி", "in science too"), and a date whose numbers were cut off
 *   ("ஆண்டு ஜூன் மாதம்" of "1975ஆம் ஆண்டு ஜூன் மாதம் 25ஆம் தேதி"); a clause that points back ("இது
 *   ஒரு கலாச்சாரம்"), ends on "may…" ("ஆனந்தம் அளிக்கலாம்"), opens on "…too", ends on "when", "not only",
 *   a particle or an object ("இன்று பாரதம் பூமியில் மட்டுமல்ல", "நாங்கள் எங்கள் கழிப்பறைகளை"), or names a person.
 */
import { primaryLang } from './lang';
import { pointsBackIn } from './lexicon';
import { wordsOf } from './text';

/** A Greek word without its accents, lower case ("Ανατριχιαστικής" → "ανατριχιαστικης"). */
const plain = (w: string) =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '');

/**
 * The genitive of the "-ικός" adjectives (and "-ινός"), which no other form of theirs shares
 * ("ανατριχιαστικής", "εβραϊκού", "πολιτικών"): a title opening on one qualifies a noun it lost.
 */
const EL_GENITIVE_ADJECTIVE = /^\p{L}{2,}(?:ικης|ικου|ικων|ινης|ινου|ινων)$/u;
/**
 * A Greek verb in the third person of the past (the aorist and imperfect: "κατόρθωσε", "έγραψε",
 * "έδειξε", "έγινε", "ήρθε", "βρέθηκε"): no noun or adjective ends so; the short adverbs that do
 * ("τότε", "πότε", "ούτε", "ώστε") end on "-τε".
 */
const EL_PAST_VERB = /^\p{L}{3,}(?:σε|ξε|ψε|νε|θε|κε)$/u;
/** Greek words before a time noun that make it an adverbial ("κάθε μέρα", "κάθε χρόνο"). */
const EL_TIME_DETERMINER = /^(?:καθε|ολη|ολο|ολες|ολα)$/u;
/** Greek nouns of time, as said after such a word ("μέρα", "στιγμή", "χρόνο"). */
const EL_TIME_NOUN =
  /^(?:μερα|ημερα|μερες|ημερες|στιγμη|ωρα|εβδομαδα|μηνα|χρονο|χρονια|φορα|πρωι|βραδυ|νυχτα|εποχη)$/u;

/**
 * Hebrew conjunctions a title never opens on ("אלא", "אבל", "כי"), and "ו" ("and") joined to the
 * next word's preposition or article ("ובמקום", "והכנסת", "ולכן"); native words that open on "ו"
 * ("ועדה", "ותיק", "ויכוח") go on with another letter.
 */
const HE_CONJUNCTION = /^(?:אלא|אבל|אך|אולם|כי|או|לכן|ולכן|אם|כאשר|שכן|כדי|למרות|ו[בלכמשה]\p{L}{2,})$/u;

/**
 * A Tamil noun in the locative, "in…", where its ending doubles the consonant before it ("நேரத்தில்",
 * "விஞ்ஞானத்திலும்", "உழைப்பில்"), clitic "-உம்" or not; nouns that end so undoubled ("கோயில்") stand.
 */
const TA_LOCATIVE = /(?:(\p{L})்\1ில்|ற்றில்)(?:ும்)?$/u;
/**
 * Tamil words of a date (year, month, day, the month names): a title of these alone is a date whose
 * numbers were left behind ("ஆண்டு ஜூன் மாதம்" of "2017ஆம் ஆண்டு ஜூன் மாதம் 21ஆம் தேதி").
 */
const TA_DATE_WORD =
  /^(?:ஆண்டு|ஆண்டின்|ஆண்டில்|மாதம்|மாதத்தில்|தேதி|நாள்|நாளன்று|ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|ஆகஸ்டு|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்)$/u;

/**
 * A Tamil verb in the permissive "-லாம்" ("may…": "அளிக்கலாம்", "செய்யலாம்"): a title ending on one
 * is a clause's predicate ("ஆனந்தம் அளிக்கலாம்", "may give joy"); "எல்லாம்" (all) and "இஸ்லாம்" are none.
 */
const TA_PERMISSIVE = /^[\p{L}\p{M}]{2,}லாம்$/u;
const TA_NOT_PERMISSIVE = /^(?:எல்லாம்|இஸ்லாம்)$/u;
/**
 * The Tamil clitic "-உம்" ("too", "also") on a title's first word and on no other: "நாடுகளும் இடம்
 * பெற்றிருக்கின்றன" ("countries too have a place") leans on what was said before; two words with it
 * are a coordination ("X-உம் Y-உம்", "both X and Y"), which stands.
 */
const TA_ALSO = /\p{L}ும்$/u;
/**
 * Tamil words that close a subordinate clause or wait for the rest of it: "போது" (when), "பின்",
 * "பிறகு" (after), "முன்" (before), "மட்டுமல்ல" (not only…, waiting for its "but also"): "இவற்றையெல்லாம்
 * பார்க்கும் போது", "இன்று பாரதம் பூமியில் மட்டுமல்ல".
 */
const TA_SUBORDINATE_END = /^(?:போது|பின்|பிறகு|முன்|முன்பு|மட்டுமல்ல|மட்டுமின்றி|மட்டுமல்லாமல்)$/u;
/**
 * Tamil words no title ends on: the particles "தான்" (just, indeed), "கூட" (even), "தவிர" (except),
 * a verb's participle in "-ந்து" ("அவசரநிலையை நினைவுகூர்ந்து", "remembering the
 * Emergency"; the nouns "மருந்து", "விருந்து" end otherwise), and a plural in the accusative ("-களை": "நாங்கள் எங்கள் கழிப்பறைகளை", "we … our toilets", the
 * object of a verb left behind).
 */
const TA_CUT_END = /^(?:தான்|கூட|தவிர|என்று|என)$|களை$|(?:ர்|ை|ி|ெ|ே)ந்து$/u;
/** The words that close a Tamil list ("X, Y ஆகியன", "X and Y, these"): a title holding one is a list's tail. */
const TA_LIST_CLOSER = /^(?:ஆகிய|ஆகியன|ஆகியவை|ஆகியோர்)$/u;
/** The Tamil honorific after a person's name ("பிரகாஷ் திரிபாடி அவர்கள்"): a title so names a person. */
const TA_HONORIFIC = /^(?:அவர்கள்|அவர்களே|அவர்களின்|அவர்களுக்கு)$/u;

/** Why a Greek, Hebrew or Tamil title is no headline, or null. */
export function greekHebrewTamilTitleProblem(title: string, lang: string): string | null {
  const l = primaryLang(lang);
  if (l !== 'el' && l !== 'he' && l !== 'ta') return null;
  const words = wordsOf(title.trim().replace(/[.!?]+$/u, ''));
  if (!words.length) return null;
  if (l === 'el') {
    const w = words.map(plain);
    if (EL_GENITIVE_ADJECTIVE.test(w[0]!)) return 'opens in the genitive, its noun left behind';
    if (w.length >= 2 && EL_PAST_VERB.test(w.at(-1)!)) return 'ends on a past verb';
    if (w.length === 2 && EL_TIME_DETERMINER.test(w[0]!) && EL_TIME_NOUN.test(w[1]!))
      return 'an adverbial of time';
  }
  if (l === 'he' && HE_CONJUNCTION.test(words[0]!)) return 'opens on a conjunction';
  if (l === 'ta') {
    const last = words.at(-1)!;
    if (TA_LOCATIVE.test(last)) return 'ends in the locative';
    if (words.length >= 2 && last === 'சரி' && /ும்$/u.test(words.at(-2)!)) return 'a correlative "…-um cari"';
    if (words.every((x) => TA_DATE_WORD.test(x))) return 'a date without its numbers';
    if (pointsBackIn(title, l)) return 'points back to what was said before';
    if (words.length >= 2 && TA_SUBORDINATE_END.test(last))
      return 'a subordinate clause, or one waiting for its rest';
    if (words.length >= 2 && TA_HONORIFIC.test(last)) return 'names a person';
    if (words.some((x) => TA_LIST_CLOSER.test(x))) return "a list's tail";
    if (words.length >= 2 && TA_CUT_END.test(last)) return 'ends on a particle or an object, its clause cut';
    if (words.length >= 2 && TA_PERMISSIVE.test(last) && !TA_NOT_PERMISSIVE.test(last))
      return 'ends on a verb ("may…")';
    if (words.length >= 2 && TA_ALSO.test(words[0]!) && !words.slice(1).some((x) => TA_ALSO.test(x)))
      return 'leans on what came before ("…too")';
  }
  return null;
}
