/**
 * Whether a key phrase is clean enough to stand as a bullet in place of a quote (bodies14,
 * judge13/14 "monotone quote walls"): the last resort's phrases (phrase-list.ts, `loose`) are
 * now also shown instead of a long plain sentence, so those a designer would strike are refused:
 * - a vague head or modifier ("Short term", "Literal sense", "Specific targets", "Real
 *   difference"): it says nothing of the slide's point;
 * - a name said without an article ("Michel Debré", "Aldo Moro", "Top Down"): a person, or words
 *   capitalised at a clause's opening; an institution is said with one ("the World Health
 *   Organization", "la Sécurité sociale", "der Deutschen Welle");
 * - a verb in -ing and the name it acts on ("Threatening Israel").
 */
import { primaryLang } from './lang';
import { articles } from './lexicon';
import { oneOf } from './word-classes';

const VAGUE_HEAD =
  /^(?:terms?|sense|basis|part|parts|way|ways|things?|kinds?|lot|deal|fact|facts|case|cases|point|points|matter|difference|lack|level|number|times?|sorts?|aspects?|respect|regard|manner|means|stuff|roles?|attempts?|journey|achievements?|opportunity|opportunities|challenges?|steps?|efforts?|moments?|issues?|problems?|approach|actions?|measures?|ideas?|tasks?|work|proposals?|programs?|strategy|strategies|areas?|ways|parts?|results?)$/iu;
/** Modifiers that say nothing of what they modify, or only praise it ("Additional attempts", "Vital role"). */
const VAGUE_MODIFIER =
  /^(?:specific|particular|real|literal|practical|certain|various|short|whole|same|other|such|own|mere|main|major|general|actual|several|different|continuing|additional|vital|remarkable|tremendous|enormous|urgent|intense|concrete|massive|creative|deliberate|affirmative|great|important|significant|critical|key|incredible|extraordinary|huge|strong|new|big|good|best|better|true|full|entire|further|recent|current|next|last|first|previous|simple|clear|deep|broad|broader|wider|extensive|serious|proper|right|wrong)$/iu;
/** "Own" and "same" in French, Italian, Spanish and German. */
const OWN =
  /^(?:propre|propres|même|mêmes|proprio|propria|propri|proprie|stesso|stessa|stessi|stesse|propio|propia|propios|propias|mismo|misma|mismos|mismas|eigene|eigenen|eigener|selbe|selben)$/iu;
/** Articles, possessives and demonstratives an institution's name follows. */
const ARTICLE = oneOf(articles(), [
  'our',
  'this',
  'that',
  'these',
  'those',
  'au',
  'aux',
  'del',
  'della',
  'dei',
  'degli',
  'delle',
  'dell',
  'al',
  'alla',
  'nel',
  'nella',
]);

/** Why a key phrase is no clean bullet, or null. */
export function phraseCleanProblem(phrase: string, text: string, lang = ''): string | null {
  const words = phrase.trim().split(/\s+/u);
  const l = primaryLang(lang);
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  if (l === '' || l === 'en') {
    if (VAGUE_HEAD.test(last)) return 'a vague head';
    if (words.length === 2 && VAGUE_MODIFIER.test(words[0]!)) return 'a vague modifier';
    if (/^\p{L}{3,}ing$/iu.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return 'a verb and its object';
  }
  // "vera e propria rottura" → "Propria rottura": an idiom's half, not a modifier
  if (words.length === 2 && OWN.test(words[0]!)) return 'a vague modifier';
  if (words.every((w) => /^\p{Lu}/u.test(w)) && !saidAfterArticle(phrase, text))
    return 'a name said without an article';
  return null;
}

/** Whether some saying of `phrase` in `text` follows an article. */
function saidAfterArticle(phrase: string, text: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const m = /(\p{L}+)(?:['’]|\s+)$/u.exec(text.slice(Math.max(0, at - 12), at));
    if (m && ARTICLE.test(m[1]!)) return true;
  }
  return false;
}
