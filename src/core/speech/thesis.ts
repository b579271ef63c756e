/**
 * The line a short speech turns on, the point of its slide (judge25 F1: "Short texts: the point
 * never on screen"). In a speech of a few paragraphs a designer puts on screen the sentence the
 * paragraph turns to ("في كل بلدان العالم، ترفرف الأعلام الوطنية … لكن هناك علما واحدا ننتمي
 * إليه جميعا." — but there is one flag we all belong to, Ban Ki-moon, UN Day 2015), the short
 * saying the next sentence takes up ("광복이 있었기에 건국이 있었습니다. 이 둘은 …", Lee
 * Myung-bak 2008) or the line that turns on itself ("Those who live today remember those who do
 * not.", Reagan, Veterans Day 1988), not the plainest sentence around it.
 */
import { TURN } from './negation';
import { asksForAnswer, isThrowaway } from './quotable';
import { leansBack } from './striking';
import { wordsOf } from './text';

/** A thesis line is a short statement: this many words at least, and at most. */
const FEWEST = 3;
const MOST = 14;
/** A saying the next sentence takes up is shorter still. */
const SAYING = 6;

/**
 * A sentence that opens by taking up the one before as a thing, a demonstrative: "이 둘은 서로
 * 나누어지고…" (these two), "이는 …", "إنه ذلك العلم الأزرق" (it is that blue flag), "This is…",
 * "These two…", "Это …", "Cela …". (Personal pronouns, "They told me…", only go on.)
 */
const TAKES_UP =
  /^(?:(?:and|so)\s+)?(?:this|that|these|those|both)\s|^(?:это|эти|cela|ceci|esto|eso|ello|dies|questo|isto|isso)(?![\p{L}])|^(?:이|그)\s*(?:둘|것|는|러한|와\s*같은)|^(?:و|ف)?(?:هذا|هذه|ذلك|تلك|إنه|إنها)(?![\p{L}\p{M}])/iu;

/**
 * A clause that turns on itself: its opening words said again with a denial ("Those who live
 * today remember those who do not.", "Ceux qui … ceux qui ne …").
 */
const MIRROR =
  /(?:^|\s)((?:\p{L}+\s+){1,2})\S[^.!?]{1,60}?\s\1(?:(?:do|does|did|can|could|will|would|have|has|had|are|were|is|was)\s*(?:not|n['’]t)|ne|n['’]|no|не|nicht)(?![\p{L}])/iu;

/**
 * A turn to what is hard to know ("ولكن قد يصعب علينا معرفة ما ينبغي أن نفعل أو من أين نبدأ." — but
 * it may be hard to know what to do or where to begin, Guterres, World Environment Day 2018,
 * judge23): it sets up the answer the next sentences give, no point of its own.
 */
const ASKS =
  /(?<![\p{L}])(?:what|where|how|why|whether|ما|ماذا|كيف|أين|لماذا|quoi|comment|où|pourquoi|qué|cómo|dónde|was|wie|wo|warum|что|как|где|почему|무엇|어떻게|어디|왜)(?![\p{L}\p{M}])/iu;

/** A statement of FEWEST to `most` words: no question, no thanks or welcome. */
function statement(s: string, most: number, lang: string): boolean {
  const n = wordsOf(s).length;
  return n >= FEWEST && n <= most && !asksForAnswer(s) && !isThrowaway(s, lang) && /[.!。]\s*$/u.test(s);
}

/** The first word of a sentence, its punctuation aside. */
const firstWord = (s: string): string => (s.trim().split(/\s+/u)[0] ?? '').replace(/[,،:;.!]+$/u, '');

/**
 * The line a slide of a short speech turns on, from its sentences in order, or null: a short
 * statement opened by "but" (a turn from the sentence before; what follows the "but" does not
 * point back), else a short saying the next sentence takes up as a thing, else a line that turns
 * on itself. `next`: the sentence said after the slide's last, when there is one.
 */
export function thesisLine(sentences: readonly string[], lang = '', next?: string): string | null {
  const said = sentences.map((s) => s.trim()).filter(Boolean);
  for (let i = 1; i < said.length; i++) {
    const s = said[i]!;
    if (!TURN.test(firstWord(s)) || !statement(s, MOST, lang)) continue;
    const rest = s.slice(s.indexOf(firstWord(s)) + firstWord(s).length).replace(/^[\s,،]+/u, '');
    // (nor a turn to the speaker himself: "But I can't really answer your question.", Reagan 1981)
    const self = /^(?:I|je|j['’]|ich|yo|io|eu|я)(?![\p{L}])/iu.test(rest);
    if (!leansBack(rest, lang) && !TAKES_UP.test(rest) && !ASKS.test(rest) && !self) return s;
  }
  for (let i = 0; i < said.length; i++) {
    const after = said[i + 1] ?? (i === said.length - 1 ? next?.trim() : undefined);
    if (after && TAKES_UP.test(after) && statement(said[i]!, SAYING, lang) && !TAKES_UP.test(said[i]!))
      return said[i]!;
  }
  return said.find((s) => statement(s, MOST, lang) && MIRROR.test(s)) ?? null;
}
