/**
 * The word lists a figure's label is trimmed with, per language, as the other lexicons keep theirs
 * (lexicon.ts, word-classes.ts): what a label drops at its start (conjunctions, articles, hedges)
 * and at its end (hedges, verbs of measure, prepositions left before the figure), and the verbs
 * that end a phrase before a figure. Entries are regex sources: a stem may go on ("достиг\p{L}*"),
 * and an entry of several words is one phrase ("more than"). The regexes are case-insensitive.
 */
import { conjunctions } from '../lexicon';

/** Dropped at a label's start: "and about the…", "y el…", "и около…". */
const LEAD: Record<string, readonly string[]> = {
  en: [
    ...'and but while or'.split(' '),
    'of which',
    ...'about approximately around nearly almost over some'.split(' '),
    ...['up to', 'more than', 'less than', 'at least'],
    ...'the a an'.split(' '),
  ],
  es: 'y e al el la los las un una'.split(' '),
  fr: 'et le les des'.split(' '),
  de: ['und'],
  ru: 'и а но около почти более свыше примерно порядка о'.split(' '),
  zh: '约 近 达 超过'.split(' '),
  ar: ['و'],
};

/** Dropped at a label's end: "…stood at", "…more than", "…составил", "…alcanzó". */
const TRAIL: Record<string, readonly string[]> = {
  en: [
    ...'apart aside away again too anyway instead altogether'.split(' '),
    ...'about approximately around nearly almost over some'.split(' '),
    ...['up to', 'more than', 'less than', 'at least', 'as much as', 'as many as'],
    ...'below above under up down'.split(' '),
    ...[
      'accounting for',
      'reaching',
      'reached',
      'reach',
      'stood at',
      'stands at',
      'amounted to',
      'amounts to',
    ],
    ...'totalled totaled totals total'.split(' '),
    ...['grew to', 'rose to', 'fell to', 'grew', 'rose', 'fell', 'increased', 'decreased'],
    ...['increased by', 'decreased by', 'ranks', 'ranked'],
    ...'is are was were has have had now with of to by at for the last past'.split(' '),
  ],
  ru: [
    ...'около почти более свыше примерно'.split(' '),
    ...String.raw`достиг\p{L}* составил\p{L}* составля\p{L}* выросл\p{L}* вырос увеличил\p{L}*`.split(' '),
    ...'до на в'.split(' '),
  ],
  // ("La economía creció durante 12 meses": "durante", "pendant" say for how long, never what)
  es: 'alcanzó alcanza es son fue de en con a por durante desde hasta'.split(' '),
  fr: 'est sont à pendant depuis'.split(' '),
  ar: 'تبلغ بلغت بلغ وصل وصلت حوالي نحو إلى من'.split(' '),
};

/**
 * English words of place ("outside", "across", "below", "above"): they take a place or a level
 * after them and are never part of a noun phrase before it. A counted noun ends before one ("3,000
 * people outside of Lafayette"), a label never ends on one, and the noun phrase a figure is the
 * measure of stops at one ("a reduction of more than $4 billion below last year's request of
 * $107,900 million": the request, not what is below it, of-head.ts).
 */
export const PLACE_WORD =
  /^(?:outside|inside|across|near|around|along|beyond|behind|below|above|within|throughout|between|among|toward|towards|beneath|alongside)$/iu;

/** Verbs that end the phrase before a figure ("our portal served 2.4 million"), English. */
const VERB_BEFORE: readonly string[] = [
  String.raw`\p{L}+ed`,
  ...'served serves hit hits saw sees had has have made makes built builds employs counts'.split(' '),
  ...'got gets won wins spent spends sold sells lost grew rose fell took takes needs? costs?'.split(' '),
  ...['will', 'would', 'can'].map((m) => String.raw`${m}\s+\p{L}+`),
];

const any = (lists: Record<string, readonly string[]>) => Object.values(lists).flat().join('|');

/** Fillers that open a label ("and about", "the"): removed, all of them. */
export const LEAD_FILLER = new RegExp(String.raw`^(?:(?:${any(LEAD)})\s+)+`, 'iu');
/** Fillers that end a label ("stood at", "more than"): removed, all of them. */
export const TRAIL_FILLER = new RegExp(String.raw`(?:\s+(?:${any(TRAIL)}))+$`, 'iu');
/** A verb ending the phrase before a figure: removed. */
export const TRAIL_VERB = new RegExp(String.raw`\s+(?:${VERB_BEFORE.join('|')})$`, 'iu');

/**
 * Subject pronouns, per language, beyond the English, Russian, Spanish and French ones label.ts
 * knows: a label that opens with one is a clause ("Sie sendet" of "Sie sendet in 34 Sprachen", "eu
 * vou repetir" of "70 % — eu vou repetir: 70 %"), saying who does what, never what is counted. Kept
 * per language: "il" is "he" in French and "the" in Italian, "eu" is "I" in Portuguese and the EU.
 */
const SUBJECT: Record<string, readonly string[]> = {
  de: 'ich du er sie es wir ihr man'.split(' '),
  pt: 'eu tu ele ela nós vós eles elas você vocês'.split(' '),
  it: 'io tu lui lei egli ella noi voi loro essi esse'.split(' '),
  es: 'yo tú él ella ellos ellas usted ustedes vosotros vosotras'.split(' '),
  fr: 'je tu il elle on vous ils elles'.split(' '),
};

/** Whether a word is a subject pronoun of the speech's language (`lang`: a BCP 47 tag). */
export function isSubjectPronoun(word: string, lang: string): boolean {
  const list = SUBJECT[lang.split(/[-_]/u)[0]!.toLowerCase()];
  return !!list && list.includes(word.toLowerCase());
}

/**
 * Words that open a clause, per language, beyond the English ones label.ts knows: a phrase after
 * a figure that opens on one ("e que as rendas subiram", "y que nadie lo olvide") is another
 * clause, never what the figure counts. Conjunctions, then subordinators and relatives.
 */
const CONJUNCTION: Record<string, readonly string[]> = Object.fromEntries(
  ['pt', 'es', 'fr', 'it', 'de'].map((l) => [l, [...conjunctions([l])]]),
);
const CLAUSE_OPENER: Record<string, readonly string[]> = {
  pt: 'que quando porque onde como se embora enquanto'.split(' '),
  es: 'que cuando porque donde como si aunque mientras'.split(' '),
  fr: 'que qu quand parce où comme si lorsque puisque'.split(' '),
  it: 'che quando perché dove come se mentre'.split(' '),
  de: 'dass weil wenn als ob wo während obwohl'.split(' '),
};
const listOf = (lists: Record<string, readonly string[]>, lang: string) =>
  lists[lang.split(/[-_]/u)[0]!.toLowerCase()];

/** Whether a word is a conjunction ("e", "y", "et") of the speech's language. */
export function isConjunction(word: string, lang: string): boolean {
  return !!listOf(CONJUNCTION, lang)?.includes(word.toLowerCase());
}

/** Whether a word opens a clause ("que", "porque", "dass") in the speech's language. */
export function opensClause(word: string, lang: string): boolean {
  return !!listOf(CLAUSE_OPENER, lang)?.includes(word.toLowerCase().replace(/['’]$/u, ''));
}

/**
 * English verbs in the past that do not end on -ed ("13 employees sent Beth a postcard",
 * judge17): a label after its count stops before one, and none opens on one ("13 — employees
 * sent Beth" glued the verb of the clause to the counted noun).
 */
export const PAST_VERB =
  /^(?:sent|gave|made|built|paid|sold|told|brought|bought|taught|thought|kept|held|spent|lost|won|took|began|saw|knew|grew|wrote|spoke|drove|ran|met|led|fed|felt|found|heard|meant|stood|became|came|went|got|left)$/iu;

/**
 * What opens an aside after a dash that says how the figure compares, never what it counts
 * (judge18: "35 percent — halfway back to the previous level", "less than $400,000 — it's a lot
 * more than I ever made"): a degree or comparison word, or a pronoun and its verb (a clause about
 * the figure). English, with the Romance, German, Dutch and Nordic words for "half", "twice",
 * "back", "almost" and "that is".
 */
export const ASIDE_OPENER =
  /^(?:halfway|half|twice|double|triple|back|nearly|almost|roughly|exactly|far|way|well|much|more|less|fewer|just|only|still|up|down|it|it['’]s|that|that['’]s|this|which|what|they|they['’]re|we|we['’]re|i|i['’]m|you|he|she|there|here|à\s+mi-chemin|la\s+moitié|le\s+double|deux\s+fois|c['’]est|a\s+mitad|la\s+mitad|el\s+doble|es\s+decir|a\s+metade|o\s+dobro|ou\s+seja|la\s+metà|il\s+doppio|cioè|halb|halbe|doppelt|das\s+ist|half|dubbel|dat\s+is|hälften|dubbelt|halvdelen|dobbelt|puolet|kaksinkertainen|eli|вдвое|вдвічі|половин\p{L}*|то\s+есть|тобто)(?![\p{L}'’])/iu;

/** Verbs of reporting, said after the one who reports ("estimates", "schätzt", "estime", "schat", "оценивает"). */
const REPORTING = String.raw`(?:estimates?|estimated|says|said|reports?|reported|projects?|projected|predicts?|predicted|expects?|expected|forecasts?|forecast|calculates?|calculated|finds|found|shows?|showed|believes?|thinks?|claims?|claimed|tells?|told|notes?|noted|schätzt|schätzen|sagt|rechnet|erwartet|estime|prévoit|estima|calcula|prevé|schat|verwacht|arvioi|uppskattar|anslår|оценивает|считает|оцінює)`;

/**
 * A label that ends on a verb of reporting ("The Treasury estimates this will raise $50 billion"):
 * the figure's source, never what it is (judge18: "$50 billion — Treasury estimates").
 */
export const REPORTING_VERB = new RegExp(String.raw`(?:^|\s)${REPORTING}$`, 'iu');

/**
 * A label that opens on who reports and the verb ("Finanzministerium schätzt die Mehreinnahmen"):
 * a capitalised name of one to four words, the verb, then what is reported (group 1), if anything.
 */
export const REPORTED_BY = new RegExp(
  String.raw`^(?:(?:the|der|die|das|le|la|el|de|het)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+${REPORTING}(?:\s+(?:(?:that|dass|que|qu['’]|dat|että|att|что|що)\s+)?([\s\S]*))?$`,
  'u',
);
