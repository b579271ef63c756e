/**
 * Titles of list slides: from the list's lead-in ("These are the goals that we set for 1985:" →
 * "Goals for 1985"), and the same title with its part ("Goals for 1985 (1/2)", "(2/2)") on each
 * slide of a list shared over slides (list-fit.ts).
 */
import type { ListPart } from './list-fit';
import { askedThings, deriveTitle, isTitle, withoutMarker, type UsedTitles } from './titles';
import { cjkCount } from './list-count';
import { semicolonSeries, seriesLead } from './clause-list';
import { capitalize, hasCjk, wordsOf } from './text';
import { unbalancedQuotes } from './quotable';
import { ANNOUNCED_THINGS, EXAMPLES_LEAD } from './enumeration';
import { matchedTerms } from './tagger';
import { primaryLang } from './lang';

/** "These are the…", "Here are our…", "The following are…": words that only present what follows. */
const PRESENTS =
  /^(?:these|those|here|the following|following)\s+(?:are|were|will be)\s+(?:the|our|my|some of (?:the|our))?\s*/iu;
/** "goals that we set for 1985" → "goals" + "for 1985": a relative clause of a pronoun and one verb. */
const SET_FOR =
  /^(\p{L}+(?:\s+\p{L}+)?)\s+(?:that|which)\s+(?:we|i|you|they)\s+(?:have\s+|will\s+|must\s+)?\p{L}+\s+((?:for|in|by|to|on|at)\s+\S+(?:\s+\S+)?)$/iu;

/** The headline a presentative lead-in names ("These are the goals that we set for 1985"), if any. */
function presented(clause: string): string | null {
  const m = PRESENTS.exec(clause);
  if (!m) return null;
  const rest = clause.slice(m[0].length).trim();
  const set = SET_FOR.exec(rest);
  return set ? `${set[1]} ${set[2]}` : rest || null;
}

/**
 * A lead-in that says it sums up what it names ("To summarize the plan I'm announcing tonight:",
 * "To sum up the steps we have taken:"): the thing summed up, its determiner and up to three words
 * before the clause that says more of it (a pronoun or relative opens it: "I'm announcing…").
 */
const SUMS_UP =
  /^(?:to\s+(?:summari[sz]e|sum\s+up|recap(?:itulate)?)|in\s+summary\s+of)\s+((?:the|our|my|this)\s+\p{L}+(?:\s+\p{L}+){0,2}?)(?=\s+(?:i|i['’]m|i['’]ve|we|we['’]re|we['’]ve|you|that|which)\b|\s*$)/iu;

/**
 * "Let me end with a toast — an Irish toast, if you don't mind…": what a sentence says it goes on
 * to say, the thing after "with" to its first comma (its apposition after a dash, when it says one).
 */
const GOES_ON_WITH =
  /\blet me (?:end|close|finish|conclude|begin|start|leave you|share)\s+with\s+((?:an?|one|this|these|some|two|three|four|five)\s+[^,.;:!?]+)/iu;
/** Most words of the thing a sentence says it goes on with, as a title. */
const AHEAD_WORDS = 5;

/** Most words of a plural subject that names the items after it (pluralSubject). */
const SUBJECT_WORDS = 3;

/**
 * The subject a sentence opens on, when it is a plural noun phrase of two or three words with no
 * determiner and its verb follows ("Policy actions jumpstarted a broad-based recovery…"): said
 * right before a list with no lead-in, it names the kind of thing the items are (Brainard 2024:
 * "First, the Administration took decisive action… Second, the President made a clear commitment…
 * Third, the Administration mounted a comprehensive effort…" are the policy actions). English
 * only, whose words the tagger reads; else ''.
 */
function pluralSubject(sentence: string, lang: string): string {
  const l = primaryLang(lang);
  if (l && l !== 'en') return '';
  const words = wordsOf(sentence).slice(0, SUBJECT_WORDS + 1);
  if (words.length < 3) return '';
  const terms = matchedTerms(sentence, words.join(' '));
  const verb = terms.findIndex((t) => t.tags.includes('Verb'));
  if (verb < 2 || verb > SUBJECT_WORDS || terms.length < verb) return '';
  const subject = terms.slice(0, verb);
  const noun = (t: (typeof terms)[number]) =>
    (t.tags.includes('Noun') || t.tags.includes('Adjective')) &&
    !t.tags.some((x) => x === 'Determiner' || x === 'Pronoun' || x === 'Value' || x === 'ProperNoun');
  if (!subject.every(noun) || !subject.at(-1)!.tags.includes('Plural')) return '';
  return subject.map((t) => t.text).join(' ');
}

/** Most words of a topic set before its sentence's comma (topicBefore). */
const TOPIC_WORDS = 3;

/**
 * The topic a sentence sets before its comma when it goes on with the opening of the anaphora said
 * after it ("Về chính trị, | chúng tuyệt đối không cho nhân dân ta…" / "Chúng thi hành… Chúng lập…",
 * Hồ Chí Minh 1945: the list is what "they" did in politics), or ''.
 */
function topicBefore(sentence: string, opening: string): string {
  const m = /^([^,;:.!?，]+),\s*(.*)$/su.exec(sentence);
  if (!m || !opening || wordsOf(m[1]!).length > TOPIC_WORDS) return '';
  const go = wordsOf(m[2]!.toLowerCase());
  const open = wordsOf(opening.toLowerCase());
  return open.every((w, k) => go[k] === w) ? m[1]!.trim() : '';
}

/**
 * The title a sentence gives the list said after it, when it names what follows: a sentence that
 * only announces examples (EXAMPLES_LEAD: "Een paar voorbeelden." → "Een paar voorbeelden"), or one
 * that says what the speaker goes on with (Biden, state dinner for President Ruto, 2024: "And let me
 * end with a toast — an Irish toast, if you don't mind an Irish toast." → "An Irish toast"); else ''.
 * `before`: the sentence is the last before a list with no lead-in (its anaphora's `opening`), whose
 * plural subject names the items too ("Policy actions jumpstarted…", pluralSubject), or whose topic
 * the anaphora goes on with ("Về chính trị, chúng…", topicBefore).
 */
export function namedAhead(
  sentence: string,
  lang: string,
  avoid: UsedTitles,
  before?: { opening?: string },
): string {
  const t = sentence.trim();
  const said = EXAMPLES_LEAD.test(t)
    ? t.replace(/[.:：]+$/u, '')
    : (GOES_ON_WITH.exec(t)?.[1]
        ?.split(/\s+(?:[—–]|--)\s+/u)
        .pop()
        ?.trim() ?? (before ? pluralSubject(t, lang) || topicBefore(t, before.opening ?? '') : ''));
  if (!said || wordsOf(said).length > AHEAD_WORDS || !isTitle(said, lang) || avoid.has(said.toLowerCase()))
    return '';
  return capitalize(said);
}

/** Title of a list slide from its lead-in: its first clause ("To further cooperate with CAREC partners"), else derived. */
export function leadTitle(lead: string, lang: string, avoid: UsedTitles): string {
  const ahead = namedAhead(lead, lang, avoid);
  if (ahead) return ahead;
  // a CJK lead-in names its list in the clause that counts it, before its colon ("余到校視事僅數日，
  // 校事多未詳悉，茲所計畫者二事：" → "茲所計畫者二事")
  const counting = lead
    .replace(/[:：]\s*$/u, '')
    .split(/[，,；;：:]/u)
    .pop()
    ?.trim();
  if (counting && hasCjk(counting) && cjkCount(counting) && isTitle(counting, lang) && !avoid.has(counting))
    return counting;
  const clause = withoutMarker(lead.split(/[,:：，]/u)[0]?.trim() ?? '');
  // (what a summary sums up: "To summarize the plan I'm announcing tonight" → "The plan")
  const summed = SUMS_UP.exec(clause)?.[1];
  if (summed && isTitle(summed, lang) && !avoid.has(summed.toLowerCase())) return capitalize(summed);
  const named = presented(clause);
  if (named && isTitle(named, lang) && !avoid.has(named.toLowerCase())) return capitalize(named);
  const announced = ANNOUNCED_THINGS.exec(lead);
  const purpose = announced && /^to\s/iu.test(clause) ? withPurpose(announced, clause) : '';
  if (purpose && isTitle(purpose, lang) && !avoid.has(purpose.toLowerCase())) return purpose;
  if (
    clause &&
    clause.length < lead.trim().length &&
    // (never the opening of a quotation it does not close: "«Tendo promulgado")
    !unbalancedQuotes(clause) &&
    isTitle(clause, lang) &&
    !avoid.has(clause.toLowerCase())
  )
    return capitalize(clause);
  const things = announced && announced[1]!.toLowerCase() !== 'the following' ? announced[0] : '';
  if (things && !avoid.has(things.toLowerCase())) return capitalize(things);
  const asked = askedThings(lead.split(/[:：]/u)[0] ?? '', lang);
  if (asked && !avoid.has(asked.toLowerCase())) return asked;
  return deriveTitle([lead], [], lang, avoid);
}

/**
 * The announced things with the purpose the lead-in opens on ("To further cooperate with CAREC
 * partners, I'd like to give several proposals:" → "Proposals to further cooperate with CAREC
 * partners"). A count the speech said stays ("Three proposals to…"); a vague one ("several") goes,
 * and the title is never longer than eight words.
 */
function withPurpose(announced: RegExpExecArray, clause: string): string {
  const said = /^(?:two|three|four|five|six)$/iu.test(announced[1]!) ? `${announced[1]} ` : '';
  const title = capitalize(`${said}${announced[2]!.toLowerCase()} ${clause.replace(/^To\b/u, 'to')}`);
  return title.split(/\s+/u).length <= 8 ? title : '';
}

/** A subject pronoun and its verb (an adverb between), the lead of a series of "that …" clauses ("We pray"). */
const SUBJECT_VERB = /^(?:we|i|wir|ich|nous|je|noi|io|wij|ik)\s+(?:\p{L}+\s+)?\p{L}+$/iu;

/**
 * The title of a slide whose list is a series of "that …" clauses (clause-list.ts seriesLead): what
 * the speaker says before them, when it is a subject and its verb (Eisenhower, farewell address:
 * "We pray that …; that …; that …" → "We pray"); else ''. The first sentence with a series is asked.
 */
export function seriesTitle(sentences: readonly string[], lang: string, avoid: UsedTitles): string {
  const said = sentences.find((s) => s.includes(';') && semicolonSeries(s.slice(0, 2000), lang));
  const lead = said ? seriesLead(said.slice(0, 2000), lang) : '';
  if (!SUBJECT_VERB.test(lead) || !isTitle(lead, lang) || avoid.has(lead.toLowerCase())) return '';
  return capitalize(lead);
}

/**
 * An anaphora's opening as its title: without its trailing punctuation, and without the "Let" of
 * an imperative whose subject is two words or more (Kennedy, inaugural address, 1961: "Let both
 * sides explore… / Let both sides formulate… / Let both sides seek…" → "both sides").
 */
export function anaphoraTitle(opening: string | undefined): string {
  const said = opening?.replace(/[,;:]+$/u, '') ?? '';
  const subject = /^let\s+(.+)$/iu.exec(said)?.[1] ?? '';
  return wordsOf(subject).length >= 2 ? subject : said;
}

/** A part's title: the list's title with its place ("Goals for 1985 (2/2)"). */
export function partTitle(base: string, part: ListPart): string {
  return base ? `${base} (${part.index}/${part.of})` : '';
}
