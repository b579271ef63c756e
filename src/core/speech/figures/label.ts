/**
 * A figure's label: a short noun phrase from its own clause saying what is counted ("of total
 * GDP", "national intelligent digital demonstration factories", "scale of China's digital
 * economy"). Never a date, never another number, at least two words (a CJK label: two characters),
 * at most six, never ending on a function word. No acceptable phrase → no label.
 */
import { isRomanceArticle } from './honest';
import { VERB_LIKE } from '../keyphrases';
import { conjunctions, FUNCTION_WORD_LANGS, isFunctionWord, stopWords } from '../lexicon';
import { primaryLang } from '../lang';
import { segmenter } from '../../segmenter';
import {
  alternation,
  AUXILIARY as AUXILIARY_VERB,
  BE_FINITE,
  DO,
  HAVE,
  oneOf,
  PERSONAL_SUBJECT,
  POSSESSIVE,
  RELATIVE,
  SUBORDINATOR,
} from '../word-classes';
import type { Span } from '../segment';
import { MONTH_WORD, withoutDateOrTime } from '../structure';
import { withoutRestOfDay } from './date-parts';
import { clauseTailBefore, isOpenOrEmptyLabel, ownsClauseWords } from './label-open';
import { opensOnParticiple } from './verb-label';
import { russianSubject } from './label-ru';
import { hindiLabel, isDevanagari } from './label-hi';
import { countsNothing } from './period';
import { saysNothing } from './empty-label';
import { japaneseLabel } from './label-ja';
import { ofHead, unjudged } from './of-head';
import { changeIn, forWhom, passiveChange, periodBeforeOf } from './label-scope';
import { awayFrom, measuredAction } from './label-frame';
import { withoutFrameInside } from './time-frame';
import {
  isConjunction,
  isSubjectPronoun,
  LEAD_FILLER,
  opensClause,
  TRAIL_FILLER,
  TRAIL_VERB,
  PAST_VERB,
  ASIDE_OPENER,
  PLACE_WORD,
  REPORTING_VERB,
} from './label-words';

const MAX_WORDS = 6;
const MAX_CJK = 12;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Clause boundaries: `, ; : — ( )` followed by space, an em dash (or a typed "--") between words,
 * CJK and Arabic punctuation, the Devanagari danda ("।", "॥", and "|" typed for it); an ASCII
 * ",;:" between CJK characters, as stored copies of Chinese text have it ("经济规模稳步扩大,国内生产总值").
 */
const CLAUSE_END =
  /[,;:](?=\s)|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[,;:](?=\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|\s(?:[—–-]|--)\s|(?<=\p{L})(?:—|--)(?=\p{L})|[()]|[，；：、（）؛،।॥]|\s\|(?=\s)/gu;
/**
 * Verbs that open an Arabic (verb-first) clause before its subject: "بلغ حجم الاستثمارات", after
 * "as"/"since" and with "of it" ("إذ يصل منها إلى المحيطات كل عام أكثر من 8 ملايين طن", Guterres 2018).
 */
const LEAD_VERB =
  /^(?:(?:إذ|حيث|كما)\s+)?و?(?:بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|يصل|تصل|ارتفع|ارتفعت|انخفض|انخفضت|زاد|زادت|تجاوز|تجاوزت|سجل|سجلت)\s+(?:منها\s+|منه\s+)?/u;
/** "Last year our portal served" → "our portal served": time adverbials open many clauses. */
const LEAD_TIME =
  /^(?:(?:today|this\s+year|last\s+year|this\s+month|last\s+month)['’]s|(?:last|this|next|every|each)\s+(?:year|month|week|decade)|today|yesterday|now|so far|to date|in total|overall|altogether|together|в\s+прошлом\s+году|в\s+этом\s+году|сегодня|el\s+año\s+pasado|hoy|l'an\s+dernier|aujourd'hui)[,]?\s+/iu;
/**
 * What a Chinese subject ends on before its figure: the verb that links it ("达到", "为", "占") or
 * one that says the level it is kept at or brought to ("对全球经济增长的贡献率保持在 30%左右":
 * judge19 carded "球经济增长的贡献率保持在").
 */
const CJK_TRAIL =
  /(?:(?:保持|维持|稳定|控制|提高|提升|增长|增加|下降|上升|降低|减少|扩大|达)(?:在|到|至)|增至|降至|突破|达到|约为|约|为|达|超过|已达|占|是|有|共|了|的)+$/u;
const CJK_LEAD = /^(?:的|了|和|与|及|其中|共|约|占)+/u;

export function clauseOf(sentence: string, at: Span): Span {
  let start = 0;
  let end = sentence.length;
  CLAUSE_END.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    const i = m.index;
    if (i + m[0].length <= at.start) start = i + m[0].length;
    else if (i >= at.end) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** Removes dates and anything numeric; returns the part that may be shown. */
function withoutDates(text: string): string {
  return withoutDateOrTime(text, ' ')
    .replace(
      /(?:^|\s)(?:in|by|as of|since|until|for|of|в|к|с|до|по|en|de|desde|hasta|à|au|عام|في)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?(?:1[89]|20)\d\d(?:\s*(?:году|года|год(?!\p{L})|г\.|年))?/giu,
      ' ',
    )
    .replace(/(?:1[89]|20)\d\d\s*(?:году|года|год(?!\p{L})|г\.|年)/gu, ' ');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * At most MAX_CJK characters of a Chinese or Japanese phrase, in whole words (Intl.Segmenter): the
 * words nearest the figure, never half of one ("规模" cut to "模", "全球" to "球", judge19).
 */
function cjkWords(p: string, fromEnd: boolean, lang: string): string {
  const ws = [...segmenter(/^ja\b/iu.test(lang) ? 'ja' : 'zh', 'word').segment(p)].map((w) => w.segment);
  if (fromEnd) ws.reverse();
  let out = '';
  for (const w of ws) {
    if (out.length + w.length > MAX_CJK) break;
    out = fromEnd ? w + out : out + w;
  }
  return out;
}

/** "a life Jimmy Carter lived": the phrase is a noun, a name (one to three words) and a verb in -ed that ends the phrase. */
const REDUCED_RELATIVE = /^\s*(?:(?:a|an|the)\s+)?\p{Ll}{3,}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}{3,}ed$/u;

/** Words that open a subordinate clause: after the main verb, the figure is said in that clause. */
const SUBORDINATE_AFTER = /\s(?:that|whether|because|which|who)\s/iu;

function tidy(phrase: string, fromEnd: boolean, lang: string): string {
  let p = withoutDates(phrase)
    // ("outside of China": "outside China" says it in a word less)
    .replace(/(?<![\p{L}])(outside|inside)\s+of(?![\p{L}])/giu, '$1')
    // an editor's bracket around the figure ("ordering [500 million] new tests") is no part of it
    // (a label never ends on punctuation: "李公朴站起来！" kept the full-width "！")
    .replace(/[\s.,;:!?。，；：、！？।॥"“”«»([{（【「『—–]+$/u, '')
    .replace(/^[\s,;:。，；：、"“”«»)\]}）】」』—–-]+/u, '');
  p = p.replace(/\s+/g, ' ').trim().replace(LEAD_FILLER, '').replace(TRAIL_FILLER, '').trim();
  if (fromEnd) {
    p = p
      .replace(LEAD_VERB, '')
      .replace(/^(?:году|года|год|г\.)\s+/u, '')
      .replace(LEAD_TIME, '');
    // "unemployment rate has fluctuated in a narrow band below" → its subject, "unemployment rate"
    const verb =
      /\s(?:is|are|was|were|has|have|had|will|would|can|could|ranks|ranked|stands|stood|remains|fell|rose|grew|went|came|\p{Ll}{3,}ed|является|составля\p{L}*|составил\p{L}*|достиг\p{L}*|es|son|fue|est|sont)(?=\s)/u.exec(
        ` ${p} `,
      );
    // "The bottom line here is that … keeps inflation moving toward 2 percent", "The October data I
    // have cited … are consistent with … demand … that will help move inflation back to 2 percent"
    // (Waller, 2023): a subordinate clause opens after the verb, so the figure is said in it and
    // the main clause's subject says nothing of it
    if (
      verb &&
      verb.index > 0 &&
      englishOrUnsaidLang(lang) &&
      SUBORDINATE_AFTER.test(` ${p} `.slice(verb.index + verb[0].length))
    )
      return '';
    // "a life Jimmy Carter lived during his 100 years" (Biden, 2025): a noun and a name before the
    // verb are a relative clause said without "that", the noun what the figure measures; cut before
    // the verb, "life Jimmy Carter" was the label
    const relative =
      verb &&
      englishOrUnsaidLang(lang) &&
      REDUCED_RELATIVE.test(` ${p} `.slice(0, verb.index + verb[0].length));
    if (relative) p = ` ${p} `.slice(0, verb!.index + verb![0].length).trim();
    else if (verb && verb.index > 0) p = ` ${p} `.slice(0, verb.index).trim();
    if (/\p{Script=Cyrillic}/u.test(p)) p = russianSubject(p);
    if (!relative) p = p.replace(TRAIL_VERB, '').replace(TRAIL_FILLER, '').trim();
    p = p.replace(/^(?:our|my|your|their|его|наш\p{L}*|nuestr\p{L}*|notre|nos)\s+/iu, '');
    // "funds which, with earlier actions, provide public service employment for some 170,000"
    // (Ford, 1974): the clause's verb opens the words before; what is counted is its object
    if (englishOrUnsaidLang(lang))
      p = p.replace(
        /^(?:provide|provides|offer|offers|give|gives|create|creates)\s+(?=\p{Ll}+\s+\p{Ll})/u,
        '',
      );
  }
  if (CJK.test(p) && !/\s/.test(p)) {
    p = p.replace(CJK_TRAIL, '').replace(CJK_LEAD, '');
    return p.length > MAX_CJK ? cjkWords(p, fromEnd, lang) : p;
  }
  // an Arabic label stops where the clause goes on ("من حلفاء الناتو إما يوفون…" → "من حلفاء الناتو")
  p = p.replace(/\s(?:إما|أو|التي|الذي|الذين|لكي|حتى|قد|لقد)\s[\s\S]*$/u, '');
  let ws = words(p);
  // "la Agencia Estatal Tributaria estima un impacto recaudatorio": a Romance noun phrase opens on
  // its article; the subject and verb before it are no part of what is counted (honest.ts)
  if (ws.length > MAX_WORDS && fromEnd && /^(?:es|it|pt|fr)\b/iu.test(lang)) {
    const at = ws.findLastIndex((w, i) => i >= ws.length - MAX_WORDS && isRomanceArticle(w, lang));
    if (at >= 0 && ws.length - at - 1 >= 2) ws = ws.slice(at + 1);
  }
  if (ws.length > MAX_WORDS && fromEnd) {
    // the tail of a longer subject is a label only when it is a whole noun phrase ("To keep … the
    // vital goal of limiting global warming"), not a noun inside one ("containers sitting on docks
    // for more than eight days", "planes carrying vaccines from the United States")
    if (
      !/^(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your)$/iu.test(
        ws[ws.length - MAX_WORDS - 1] ?? '',
      )
    ) {
      // "to direct or contract for new space efforts": the noun phrase after the last preposition
      const at = ws.findLastIndex(
        (w, i) => i >= ws.length - MAX_WORDS && /^(?:for|on|in|into)$/iu.test(ws[i - 1]!),
      );
      // (a noun phrase of content words only: "foreign energy supplies from three" is none)
      const tail = ws.slice(at);
      if (
        at < 0 ||
        tail.length < 2 ||
        VERB_LIKE.test(tail[0]!) ||
        tail.some((w) => isFunctionWord(w, lang) || NUMBER_WORD.test(bareWord(w)))
      )
        return '';
      ws = tail;
    } else ws = ws.slice(-MAX_WORDS);
  }
  // "8 Millionen Menschen in der gesamten Europäischen Union je zwei Stimmen abgegeben haben": a
  // German clause keeps its verb for the end, so a phrase after the number that runs past six
  // words runs into what was done; cut, it ends mid-phrase ("… Union je", judge17) and the point
  // is lost: no label
  if (ws.length > MAX_WORDS && !fromEnd && /^de\b/iu.test(lang)) return '';
  if (ws.length > MAX_WORDS) {
    ws = ws.slice(0, MAX_WORDS);
    while (ws.length && isFunctionWord(ws[ws.length - 1] ?? '', lang)) ws.pop();
    // "of global lithium demand outside [of China]": a place word the cut leaves without its
    // place turns the label into nonsense and drops what limits the figure (judge21, Brainard)
    if (PLACE_WORD.test(bareWord(ws[ws.length - 1] ?? ''))) return '';
  }
  while (ws.length && isFunctionWord(ws[ws.length - 1] ?? '', lang)) ws.pop();
  while (ws.length && fromEnd && isFunctionWord(ws[0] ?? '', lang) && !/^of$/i.test(ws[0] ?? '')) ws.shift();
  return ws.join(' ').replace(/[,;:]+$/u, '');
}

const HEDGE = /^(?:at\s+least|at\s+most|as\s+much|as\s+many|more\s+than|less\s+than|up\s+to)$/iu;

/** Words of time that say when, not what: a label needs a content word besides these. */
const TIME_WORD =
  /^(?:years?|months?|weeks?|fortnights?|days?|today|yesterday|tomorrow|time|times|period|decade|century|annual|annually|last|next|this|ago|later|earlier|год\p{L}*|месяц\p{L}*|сегодня|año|años|mes|hoy|an|année|mois|aujourd'hui|عام|سنة|اليوم|年|月|今天)$/iu;
const PRONOUN = new RegExp(
  String.raw`^(?:${alternation(PERSONAL_SUBJECT, POSSESSIVE)}|it|nobody|everybody|everyone|someone|somebody|anyone|anybody|мы|я|наш\p{L}*|nosotros|nuestr\p{L}*|nous|notre|nos|نحن)$`,
  'iu',
);

/**
 * Words that open a clause or a verb phrase, never a noun phrase ("were based", "to turn", "since
 * Congress", "when compared"): a label that starts with one says what happened, not what is counted.
 */
const CLAUSE_HEAD = oneOf(
  SUBORDINATOR,
  RELATIVE,
  AUXILIARY_VERB,
  'to than so went came fell rose grew found became resulted'.split(' '),
  // verbs that say what a number is or does, and adverbs before them ("represents", "hardly looks")
  'represent represents represented means meant looks looked seems seemed appears goes comes makes remains equals amounts accounts adds leaves'.split(
    ' ',
  ),
  // ("it now offers nearly 150 resources": "now offers" is a verb, not what is counted)
  'hardly barely scarcely also still even already never not now'.split(' '),
);
/** A finite verb ending a phrase makes it a clause ("four dozen major mergers found", "pay went"). */
const FINITE_TAIL = new RegExp(
  String.raw`^(?:${alternation(BE_FINITE, HAVE, DO)}|went|came|fell|rose|grew|found|get|gets|got|favor|favors|favour|favours|says|said|became|resulted|applies|apply|applied|goes|comes|means|looks|seems|represents|amounts|equals|leaves|gives|takes|makes|remains)$`,
  'iu',
);
/** Numbers in words say how many, not what: "in the last two years" is no label. */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens)$/iu;

/**
 * Whether a word is a stop word (stopwords-iso) of a language lexicon.ts keeps no closed-word list
 * for (Latvian "ir", "mums"): the label rules read those languages by the borrowed short words only.
 */
function unlistedStopWord(word: string, lang: string): boolean {
  const l = primaryLang(lang);
  return (
    !!l && !FUNCTION_WORD_LANGS.includes(l) && stopWords(l).has(bareWord(word).toLowerCase().normalize('NFC'))
  );
}

/** Whether a phrase may label a figure. */
export function isLabel(phrase: string, lang = ''): boolean {
  // "… de euros": a label opening on an ellipsis is a phrase cut off before it
  if (/^\s*(?:…|\.\.\.)/u.test(phrase)) return false;
  // (". osób" of "26 tys. osób" cut at the abbreviation's dot: a label opens on a word, judge20)
  // ("-year low" of "a more than 50-year low of 3.4 percent": a word cut at its hyphen, judge22)
  if (/^\s*[.,;:!?\-‐—–]/u.test(phrase)) return false;
  // "5 percent — more is not nearly enough" (Ford, 1974): a judgement of the figure is a clause
  if (englishOrUnsaidLang(lang) && /(?:^|\s)(?:is|are|was|were)\s+not\s/iu.test(phrase)) return false;
  // no number in a label; digits inside a name (COVID-19, G20) are part of the name
  if (/(?<![\p{L}][-‐]?\p{Nd}*)\p{Nd}/u.test(phrase)) return false;
  if (/^\p{Ll}/u.test(phrase) === false && /^\p{Lu}\p{Ll}+\s+(?:year|month|week)\b/u.test(phrase))
    return false;
  // ("大约", "很好": a hedge or a judgement, empty-label.ts)
  if (CJK.test(phrase) && !/\s/.test(phrase))
    return phrase.replace(/[^\p{L}]/gu, '').length >= 2 && !saysNothing(phrase);
  const ws = words(phrase);
  if (ws.length < 2 || ws.length > MAX_WORDS) return false;
  if (PRONOUN.test(bareWord(ws[0] ?? '')) || /['’](?:re|ll|ve|d|m)$/iu.test(ws[0] ?? '')) return false;
  // "sent Beth": a verb in the past says what was done, not what is counted (label-words.ts)
  if (englishOrUnsaidLang(lang) && PAST_VERB.test(bareWord(ws[0] ?? ''))) return false;
  // "Sie sendet", "eu vou repetir": a subject and its verb say who does what (label-words.ts)
  if (isSubjectPronoun(bareWord(ws[0] ?? ''), lang)) return false;
  // "que os municípios pagaram", "dass so viele…": a clause opened in the speech's language
  if (opensClause(bareWord(ws[0] ?? ''), lang)) return false;
  // (English clause words: Swedish "till" is "to", Dutch "was" is "laundry"; label-open.ts reads those)
  if (
    !ownsClauseWords(lang) &&
    (CLAUSE_HEAD.test(bareWord(ws[0] ?? '')) || FINITE_TAIL.test(bareWord(ws[ws.length - 1] ?? '')))
  )
    return false;
  // "40 of them were made": what "them" counts is in another sentence; "of man's": a possessive
  // waits for its noun; an opened quote is a quotation cut short
  if (
    /^(?:of|among|de|из|среди)\s+(?:them|these|those|us|you|which|whom|it|ellos|ellas|eux|elles|них|которых)$/iu.test(
      `${ws[0]} ${bareWord(ws[1] ?? '')}`,
    )
  )
    return false;
  if (/['’]s?$/u.test(ws[ws.length - 1] ?? '')) return false;
  if ((phrase.match(/["“”«»]/gu) ?? []).length % 2 === 1) return false;
  // (a single quote mark that opens the label and never closes in it: "'Euroopa Liidu" of the
  // question quoted "'Euroopa Liidu 28 liikmesriigist 22 kasutavad …", judge37)
  if (/^\s*['‘‚„]\p{L}/u.test(phrase) && !/\p{L}['’‘]\s*$/u.test(phrase)) return false;
  // "bipartisan vote to fund", "plan to invest": the figure is the object of the verb, not this noun
  if (/\sto\s+\p{L}+$/u.test(phrase.trim())) return false;
  if (isFunctionWord(ws[ws.length - 1] ?? '', lang)) return false;
  // (a language with no list of its own reads the end by its stop words: Latvian "Tagad mums ir",
  // "now we have", ends on the copula and says who has, not what is counted, judge35)
  if (unlistedStopWord(ws[ws.length - 1] ?? '', lang)) return false;
  // "on February" (of "on February 1", the day taken as a number): a date says when, not what
  const content = ws.filter((w) => !isFunctionWord(w, lang));
  if (content.length > 0 && content.every((w) => MONTH_WORD.test(bareWord(w)))) return false;
  // a hedge says how sure, not what is counted ("25 years — at least by 50 percent")
  if (HEDGE.test(phrase.trim())) return false;
  // "где-то в районе", "хороший показатель", "предлагаю повысить", "хотя бы" (empty-label.ts)
  if (saysNothing(phrase)) return false;
  // "από το", "які ви", "і повернули": uk/pl/cs/el/hu function words or a clause (label-open.ts)
  if (isOpenOrEmptyLabel(phrase, lang)) return false;
  // "to your early", "first time": an adverb or an ordinal says how, not what
  if (
    /^(?:\p{L}+ly|first|second|third|last|next)$/iu.test(bareWord(ws[ws.length - 1] ?? '')) &&
    !/^(?:family|italy|july|supply|assembly)$/iu.test(bareWord(ws[ws.length - 1] ?? ''))
  )
    return false;
  return ws.some(
    (w) =>
      // (a Devanagari vowel sign is a mark: "घरों", homes, is a word of two letters)
      (/\p{L}{3,}/u.test(w) || /^(?=\p{Script=Devanagari})(?:\p{L}\p{M}*){2,}$/u.test(w)) &&
      !isFunctionWord(w, lang) &&
      !TIME_WORD.test(w) &&
      !PRONOUN.test(w) &&
      // ("Twenty-two years later": a number in words, hyphened too, says how many, Johnson 1965)
      !bareWord(w)
        .split(/[-‐]/u)
        .every(
          (part) =>
            NUMBER_WORD.test(part) ||
            /^(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty|(?:thir|four|fif|six|seven|eigh|nine)teen)$/iu.test(
              part,
            ),
        ),
  );
}

/**
 * The noun phrase that opens a text ("in the railway over the next…" → "in the railway",
 * "of that money goes to…" → "of that money"): leading function words, then content words up to
 * the next function word (but "of" carries on: "scale of China's economy") or verb.
 */
/** A language's "and" and "or" (lexicon.ts's table), which join two nouns of one phrase. */
const coordinators = new Map<string, Set<string>>();
function COORDINATOR(lang: string): Set<string> {
  const l = lang.split(/[-_]/u)[0]!.toLowerCase();
  let set = coordinators.get(l);
  if (!set) coordinators.set(l, (set = conjunctions([l], ['and', 'or'])));
  return set;
}

function nounPhrase(text: string, lang: string): string {
  if (CJK.test(text) && !/\s\S+\s/.test(text.trim())) return text;
  const ws = words(text);
  const out: string[] = [];
  let content = false;
  let other = false;
  for (const [i, w] of ws.entries()) {
    const fn = isFunctionWord(w, lang);
    const prev = out[out.length - 1] ?? '';
    // "of man's recorded history": a possessive carries on to its noun
    const afterOf = /^(?:of|de|del|du|des)$/iu.test(prev) || /\p{L}['’]s$/u.test(prev);
    // "in plant and laboratory facilities": nouns joined by "and" before the noun they share
    const joined =
      (/^and$/iu.test(w) &&
        /^other$/iu.test(ws[i + 1] ?? '') &&
        !!ws[i + 2] &&
        !isFunctionWord(ws[i + 2]!, lang)) ||
      (/^(?:and|or)$/iu.test(w) &&
        !/[,;:]$/u.test(prev) &&
        [ws[i + 1], ws[i + 2]].every((n) => !!n && !isFunctionWord(n, lang) && !VERB_LIKE.test(n)));
    // "90 procent av svensk import och export går på sjön": a noun joined by the language's "and"
    // or "or" is what is measured too ("av svensk import" alone changes the claim, judge31); the
    // phrase ends on that noun, as no verb of these languages is told apart here
    const coordinated = ws[i + 1] ?? '';
    if (
      content &&
      !englishOrUnsaidLang(lang) &&
      !/[,;:]$/u.test(prev) &&
      COORDINATOR(lang).has(w.toLowerCase()) &&
      /^\p{Ll}[\p{L}'’-]*[,;:.!?]?$/u.test(coordinated) &&
      !isFunctionWord(coordinated, lang) &&
      !VERB_LIKE.test(coordinated)
    ) {
      out.push(w, coordinated.replace(/[,;:.!?]$/u, ''));
      break;
    }
    // "Americans out of work": "out of" carries on like "of"
    if (content && /^out$/iu.test(w) && /^of$/iu.test(ws[i + 1] ?? '')) {
      out.push(w);
      continue;
    }
    // "tanks and other armored vehicles": the pair is one thing counted
    if (/^other$/iu.test(w) && /^and$/iu.test(prev)) other = true;
    const otherAfterAnd = other && (!fn || /^other$/iu.test(w));
    if (
      content &&
      !afterOf &&
      !joined &&
      !otherAfterAnd &&
      ((fn && !/^(?:of|de|del|du|des|da|do|dos|das)$/iu.test(w)) ||
        VERB_LIKE.test(w) ||
        (englishOrUnsaidLang(lang) && PAST_VERB.test(w)))
    )
      break;
    // "more than 85 FLOW participants use these data": after two words of a noun phrase, a word
    // followed by a determiner is the clause's verb, which no label ends on (judge21, Brainard)
    if (
      englishOrUnsaidLang(lang) &&
      !fn &&
      out.filter((o) => !isFunctionWord(o, lang)).length >= 2 &&
      /^\p{Ll}+$/u.test(w) &&
      /^(?:the|these|those|their|its|our|his|her|my|your)$/iu.test(ws[i + 1] ?? '')
    )
      break;
    if (!fn) content = true;
    out.push(w);
    if (/[,;:]$/u.test(w)) break;
  }
  return out.join(' ');
}

/** Whether a clause has anything to say besides its figure (else a label may be borrowed). */
export function saysMore(sentence: string, fig: Span, lang = ''): boolean {
  const clause = clauseOf(sentence, fig);
  const rest = withoutDates(
    sentence.slice(clause.start, fig.start) + ' ' + sentence.slice(fig.end, clause.end),
  );
  return words(rest.replace(/\p{Nd}+/gu, ' ')).some(
    (w) =>
      /(?:\p{L}\p{M}*){3,}/u.test(w) &&
      !isFunctionWord(w, lang) &&
      !TIME_WORD.test(bareWord(w)) &&
      !LEAD_FILLER.test(w + ' '),
  );
}

/** Verbs whose figure is taken off what the phrase after it names ("save … $400 in drug costs"). */
const SAVES =
  /(?<![\p{L}])(?:save|saves|saved|saving|cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing)(?![\p{L}])/iu;

/** A phrase after a figure that says where it is or what it comes with, not what it counts. */
const WHERE = /^(?:from|at|across|within|throughout|around|near|inside|outside)\s/iu;

/** A verb that undoes what it acts on, in its past form ("cancelled or postponed"). */
const UNDO_VERB =
  '(?:cancell?ed|postponed|delayed|eliminated|abandoned|shelved|scrapped|halted|suspended|withdrawn)';
const HEDGE_BEFORE = '(?:(?:over|about|nearly|almost|some|more than|up to)\\s+)?';
/** The verb right before the figure ("have cancelled or postponed [over 60 percent]"). */
const UNDONE_DIRECT = new RegExp(
  `\\b(${UNDO_VERB}(?:\\s+(?:or|and)\\s+${UNDO_VERB})?)\\s+${HEDGE_BEFORE}$`,
  'iu',
);
/** The verb before a first figure and its whole, joined to this one ("… of planned nuclear expansion and [30 percent]"). */
const UNDONE_JOINED = new RegExp(
  `\\b(${UNDO_VERB}(?:\\s+(?:or|and)\\s+${UNDO_VERB})?)\\s+${HEDGE_BEFORE}\\p{Nd}[\\p{Nd},.]*\\s*(?:percent|per cent|%)?\\s+of\\s+[^,;:\\p{Nd}]+\\s(?:and|or)\\s+${HEDGE_BEFORE}$`,
  'iu',
);

/**
 * "utilities have cancelled or postponed over 60 percent of planned nuclear expansion and 30
 * percent of planned additions": a part of a whole that a verb undoes is labelled by the whole and
 * that verb ("planned nuclear expansion cancelled or postponed"); "of planned additions" alone
 * reads as growth. The verb takes the figure as its object, or the figure before it joined by
 * "and"/"or" (the second of the pair). '' when no such verb.
 */
export function undoneWhole(clauseBefore: string, ofPhrase: string): string {
  if (!/^of\s/iu.test(ofPhrase)) return '';
  const m = UNDONE_DIRECT.exec(clauseBefore) ?? UNDONE_JOINED.exec(clauseBefore);
  return m ? `${ofPhrase.slice(3).replace(/^the\s+/iu, '')} ${m[1]!.toLowerCase()}` : '';
}

const englishOrUnsaidLang = (lang: string) => !lang || lang === 'en' || lang.startsWith('en-');

/**
 * "reentering the atmosphere at speeds of 25,000 miles per hour": the noun after "at" is the
 * measure, alone no label, and the words before it ("atmosphere at speeds") are no label either.
 */
const MEASURE_OF = /\s(?:at|by)\s+[\p{L}-]+\s*$/iu;

function bareWord(w: string): string {
  return w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/**
 * The label of the figure at `fig` in `sentence`, or '' when its clause has no acceptable phrase.
 * `taken` are the spans of the sentence's other numbers: a label never reaches into one.
 */
export function figureLabel(sentence: string, fig: Span, taken: Span[], lang = ''): string {
  if (countsNothing(sentence, fig)) return '';
  const clause = clauseOf(sentence, fig);
  const nextNumber = taken
    .filter((t) => t.start >= fig.end)
    .reduce((m, t) => Math.min(m, t.start), clause.end);
  const prevNumber = taken
    .filter((t) => t.end <= fig.start)
    .reduce((m, t) => Math.max(m, t.end), clause.start);
  // (Hindi puts the counted noun after the number and its postposition after the noun: label-hi.ts)
  if (isDevanagari(sentence, lang)) return hindiLabel(sentence, fig, clause, prevNumber, nextNumber);
  // (Japanese: the clause after the number, its hedge "ともいわれる" off, never a verb cut: label-ja.ts)
  if (/^ja\b/iu.test(lang))
    return japaneseLabel(
      sentence.slice(fig.end, Math.min(clause.end, nextNumber)),
      sentence.slice(Math.max(clause.start, prevNumber), fig.start),
    );
  const after = sentence
    .slice(fig.end, Math.min(clause.end, nextNumber))
    .replace(/\s\S*\p{L}-(?:\s[\s\S]*)?$/u, '')
    // "$400 per year on average in drug costs": how it is spread is no part of what is counted
    .replace(/^\s+on\s+average(?![\p{L}])/iu, '')
    .replace(/\s(?:starting|beginning|effective)\s[\s\S]*$/iu, '')
    // "1.2 million American lives year in and year out": how often is no part of what is counted
    .replace(/\s(year|month|week|day|time)\s+(?:in\s+and\s+\1\s+out|after\s+\1|by\s+\1)[\s\S]*$/iu, '');
  // ("Mer konkret betyder detta att av 77 kilometer": only the words after "att", label-open.ts)
  // ("hasta el 31 de este mes se inscribieron 300 empresas": the day's "of this month" is no label, date-parts.ts)
  const before = clauseTailBefore(
    withoutRestOfDay(sentence.slice(Math.max(clause.start, prevNumber), fig.start)),
    lang,
  );
  // "240,000 miles away from the control station", "reentering the atmosphere at speeds of …"
  const isWord = (w: string) => !isFunctionWord(w, lang) && !PRONOUN.test(w);
  const framed =
    awayFrom(sentence.slice(fig.start, fig.end), after, isWord) || measuredAction(before, isWord);
  if (framed && isLabel(framed, lang)) return framed;
  // "the shortfall of 18 million", "a loss of $3 billion": the noun the figure measures, or nothing
  const head = ofHead(before.slice(-200), after.slice(0, 200), lang, isLabel);
  if (head && 'label' in head) return head.label;
  // a number ends the phrase, a name with digits (COVID-19) does not
  // ("$300 billion per year and expand opportunities for…": a verb joined on says what else happens)
  const { rest, period } = periodBeforeOf(after);
  // ("e que as rendas subiram 20 %": another clause, in the speech's language too)
  let a =
    /^\s+(?:and|or|but)\s/iu.test(after) || isConjunction(/^\s+([\p{L}]+)\s/u.exec(after)?.[1] ?? '', lang)
      ? ''
      : unjudged(
          tidy(nounPhrase(rest.replace(/(?<![\p{L}\p{Nd}-])\p{Nd}[\s\S]*$/u, ''), lang), false, lang),
          rest,
          lang,
          isLabel,
        );
  if (rest !== after && /^of\s/iu.test(a)) a = period ? `${a.slice(3)} ${period}` : a;
  if (!a) a = changeIn(nounPhrase(rest, lang).trim(), rest);
  // "for the average household", "for couples filing": for whom says not what the figure is
  if (forWhom(a)) a = '';
  // "from this Center", "across our nation": where, a label only when nothing says what
  const where = WHERE.test(a);
  // "will save seniors $400 per year in drug costs": the figure is what is saved, not the costs
  if (/^in\s/iu.test(a) && SAVES.test(sentence.slice(clause.start, fig.start))) return '';
  const undone = englishOrUnsaidLang(lang) ? undoneWhole(sentence.slice(clause.start, fig.start), a) : '';
  if (undone && isLabel(undone, lang)) return undone;
  if (isLabel(a, lang) && !onlyNames(a) && !where) return a;
  // "4.5 million people — people of every nation": the apposition after a dash says who
  const dash = /^\s*[—–]\s*([^—–;:.!?]{3,80})/u.exec(sentence.slice(fig.end, fig.end + 90));
  // "70 % — eu vou repetir: 70 % — abaixo do que pagam": an aside that repeats the figure says
  // nothing of it; the figure is labelled where it is said again
  const value = sentence.slice(fig.start, fig.end);
  const again = dash ? sentence.indexOf(value, fig.end + dash[0].length) : -1;
  if (dash && again >= 0 && again <= fig.end + dash[0].length + 8) {
    const repeat = { start: again, end: again + value.length };
    return figureLabel(sentence, repeat, [...taken.filter((t) => t.start !== again), fig], lang);
  }
  if (dash) {
    const d = unjudged(tidy(nounPhrase(dash[1]!, lang), false, lang), dash[1]!, lang, isLabel);
    // ("– guaranteeing rents at 30%": a participle says what else is done, verb-label.ts)
    // ("35 percent — halfway back to the previous level", "— it's a lot more than…": an aside that
    // compares the figure or says something of it counts nothing, label-words.ts)
    if (d && !onlyNames(d) && !opensOnParticiple(d) && !ASIDE_OPENER.test(dash[1]!.trim())) return d;
  }
  // "your taxes will still be cut $335 billion": the figure is a cut in taxes, not taxes
  const passive = head ? '' : passiveChange(before, (w) => !isFunctionWord(w, lang) && !PRONOUN.test(w));
  if (passive && isLabel(passive, lang)) return passive;
  // "最近5年增长了30%": the unit of the number before (年) is its, not the start of this label
  const b = unjudged(
    tidy(
      withoutDates(englishOrUnsaidLang(lang) ? withoutFrameInside(before) : before)
        .replace(/^[\s\S]*\p{Nd}/u, '')
        .replace(/^[年月日天周个位名人家项次倍岁所座条台辆吨米元万亿千百]+/u, ''),
      true,
      lang,
    ),
    before,
    lang,
    isLabel,
  );
  if (
    !head &&
    // ("The Treasury estimates this will raise $50 billion": who reports the figure is its source,
    // never what it is: label-words.ts)
    !REPORTING_VERB.test(b) &&
    // (a Scandinavian, Dutch or Finnish clause puts its verb right before the figure: "Vorig jaar
    // kwamen 3.500", "Hallitus esittää 300 miljoonaa euroa" — the words before say what happened)
    !ownsClauseWords(lang) &&
    isLabel(b, lang) &&
    // ("In Oberhausen erhielten rund 30 Menschen": a German noun phrase ends on its capitalised
    // noun; a word in lower case there is the clause's verb, glued to a place, judge17)
    !(/^de\b/iu.test(lang) && /^\p{Ll}/u.test(words(b).at(-1) ?? '')) &&
    // ("guaranteeing rents at 30% of those families’ incomes": the figure is no object of the verb)
    !(opensOnParticiple(b) && /^\s+of\s/u.test(after)) &&
    !onlyNames(b) &&
    !actsOn(before) &&
    !verbHasObject(before, b, lang) &&
    !MEASURE_OF.test(
      before.replace(/\bof\s+(?:(?:about|nearly|almost|over|some|more than|up to)\s+)*$/iu, ''),
    )
  )
    return b;
  if (where && isLabel(a, lang) && !onlyNames(a)) return a;
  // "For 15 consecutive years, we have seen a troubling decline…": a figure in a fronted clause
  // counts what the main clause is about (its object)
  if (clause.start === 0 && clause.end < sentence.length && !saysMore(sentence, fig, lang)) {
    const main = sentence.slice(clause.end + 1, clause.end + 160);
    const o = unjudged(tidy(nounPhrase(objectOf(main), lang), false, lang), main, lang, isLabel);
    if (o && !onlyNames(o)) return o;
  }
  return '';
}

/** Verbs that say how much a thing measures, not what someone did to the figure. */
const MEASURE_VERB =
  /^(?:reached|totalled|totaled|stood|amounted|averaged|fell|rose|grew|dropped|declined|increased|decreased|jumped|climbed|surged|doubled|tripled|exceeded|topped|hit|ranked|accounted|being|during|according|including|excluding|morning|evening|ending|remaining|something|nothing|everything|anything|thing|spending|funding|financing|housing|building|training|lending|pricing|earnings|savings)$/iu;
/** Transitive verbs that do not end on -ed/-ing. */
const DOING_VERB =
  /^(?:hired|provided|shipped|spent|paid|built|made|gave|given|lost|sold|won|got|claimed|added|served|saw|seen|took|taken|kept|held|raised|put|sent|invest|invests|fund|funds|spend|spends|pay|pays|hire|hires|lose|loses|give|gives|make|makes|ship|ships|save|saves|cut|cuts|owe|owes|need|needs|want|wants|mobilize|mobilise|provide|provides)$/iu;

/**
 * Whether the text before a figure ends on a verb whose object the figure is ("Ghana has hired
 * 90 000 …", "the government has provided more than $140 billion", "are saving 33 million …"):
 * its subject says who acted, not what is counted.
 */
function actsOn(before: string): boolean {
  const t = before
    .replace(/[\s,]+$/u, '')
    .replace(
      /(?:\s+(?:about|approximately|around|nearly|almost|over|some|roughly|just|only|more than|less than|fewer than|at least|up to|as much as|as many as|a|an|the))+$/iu,
      '',
    )
    // "will save you 335 billion": the one the verb is done for stands between it and its object
    .replace(/\s+(?:you|us|them|him|her|me)$/iu, '')
    // "to separate something under 16,500 homosexuals": "something under" hedges the number
    .replace(/\s+something(?:\s+(?:under|over|like|around))?$/iu, '');
  // an infinitive right before the figure acts on it ("$500 million in tax dollars to separate
  // … 16,500 homosexuals"): the words before say what was done, not what is counted
  if (/\bto\s+\p{Ll}{3,}$/u.test(t) && !/\b(?:up|close|equal|due|next|similar)\s+to\s+\S+$/iu.test(t))
    return true;
  const last = bareWord(/(\S+)$/u.exec(t)?.[1] ?? '');
  if (!last || MEASURE_VERB.test(last)) return false;
  return DOING_VERB.test(last) || /^\p{Ll}{2,}(?:ed|ing)$/u.test(last);
}

/** Auxiliaries, and the adverbs said among them ("has also", "will not"). */
const AUXILIARY = oneOf(AUXILIARY_VERB, 'now also still already not just only recently'.split(' '));
/** Verbs whose subject is what the figure measures ("the share … stood at 40 percent"). */
const COPULA =
  /^(?:remains?|remained|stands?|stood|ranks?|ranked|reached|totalled|totaled|averaged|amounted|accounted|fell|rose|grew|went|came|dropped|declined|increased|decreased|climbed|jumped)$/iu;

/**
 * Whether the verb after a subject label has an object of its own before the figure ("a lack of
 * competition can reduce **wages** by about 20 percent"): the figure then measures the object,
 * and the subject is no label of it.
 */
function verbHasObject(before: string, subject: string, lang: string): boolean {
  const at = before.lastIndexOf(subject);
  if (at < 0) return false;
  const ws = words(before.slice(at + subject.length))
    .map(bareWord)
    .filter(Boolean);
  let i = 0;
  while (i < ws.length && AUXILIARY.test(ws[i]!)) i++;
  if (i >= ws.length || COPULA.test(ws[i]!)) return false;
  const next = ws[i + 1];
  // "three major banks have lowered it to 14 percent": the figure measures what "it" stands for
  if (next && /^(?:it|them|this|that|these|those)$/iu.test(next)) return true;
  return (
    !!next &&
    !isFunctionWord(next, lang) &&
    !/^(?:up|down|out|off|back|below|above|under|over|about|nearly|almost|roughly|some|more|less|by|to)$/iu.test(
      next,
    )
  );
}

/** A label of names only ("United States", "Al Qaida") says who, not what is counted. */
function onlyNames(label: string): boolean {
  const ws = words(label);
  return !CJK.test(label) && ws.length > 0 && ws.every((w) => /^\p{Lu}/u.test(w));
}

/** What follows a clause's subject and verb ("we have seen a troubling decline…" → "a troubling decline…"). */
function objectOf(clause: string): string {
  const m =
    /^\s*(?:(?:we|i|they|you|he|she|it|this|that)(?:['’](?:ve|re|d|ll))?\s+)?(?:(?:have|has|had|will|would|can|could|must|should|are|is|were|was|been|also|now|all)\s+)*(?:\p{L}+ed|seen|had|lost|made|built|spent|given|gave|grew|saw|taken|took|won|got|gotten|sold|paid|hired|found|kept|held|led|met|raised|reached|created)\s+([\s\S]*)$/iu.exec(
      clause,
    );
  return m?.[1] ?? '';
}
