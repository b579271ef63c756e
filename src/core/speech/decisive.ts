/**
 * A slide's decisive line: the line a designer puts on screen whatever else the slide says, of one
 * of four classes (judge33/34, "the key line is missing"):
 * - a declaration or decision said as it is done, a solidarity said in the first person plural, a
 *   call that now is the time (lexicon.ts DECISIVE: "This administration today, here and now,
 *   declares unconditional war on poverty in America.", "decidi devolver … sem promulgação",
 *   "estamos con el pueblo ucraniano", "국민적 단합과 신뢰회복이 필요한 때입니다");
 * - a run of short sentences in step, an anaphora ("We all breathe the same air. We all cherish
 *   our children's future. And we are all mortal.", Kennedy 1963);
 * - two sentences that end on the same words, an epistrophe ("I have counted the words … and there
 *   were exactly three thousand four hundred and thirty-nine. I also carefully counted the lies—there
 *   were exactly three thousand four hundred and thirty-nine.", Twain 1899);
 * - a question answered at once with a bare yes or no, the punchline of its set-up ("Well, sir, do
 *   you think it ever rains on that tin? No, sir; skips it every time.", Twain 1876);
 * - the answer said right after a question read out in quotation marks (an interpellation's);
 * - a statement the speaker flags as the thing to keep before a colon ("ראוי לזכור ולהזכיר: הבית
 *   הזה - בית זכוכית הוא.", Rivlin 2003; "Make no mistake: …").
 * Each is shown as said: whole sentences, or a declaration's clause cut at a clause boundary, never
 * a sentence cut off with "…".
 */
import { decisivePattern, isFunctionWord, bare } from './lexicon';
import {
  isSelfCorrected,
  isThrowaway,
  LONG_QUOTE_WORDS,
  MAX_QUOTE_WORDS,
  unbalancedQuotes,
} from './quotable';
import { opensWithTitle, standsOnItsOwn } from './striking';
import { capitalize, hasCjk, wordsOf } from './text';

/** The longest sentence of a run in step, in words. */
const RUN_SENTENCE_WORDS = 10;
/** The fewest sentences of a run in step. */
const RUN_FEWEST = 3;
/** The fewest words two sentences end on together to be an epistrophe (function words aside, two). */
const EPISTROPHE_WORDS = 3;
/** The longest epistrophe pair shown, in words: the joke needs both halves (≤ 45 with a title). */
const PAIR_WORDS = 40;
/** The fewest words an answer says after its yes or no: a bare "No." is no punchline. */
const ANSWER_WORDS = 3;
/** The fewest words of a declaration's clause. */
const CLAUSE_FEWEST = 4;

/** A coordinator that may open the last sentence of a run ("And we are all mortal."). */
const RUN_JOIN = /^(?:and|but|so|or|y|e|et|und|en|och|og|и|і|та|а)$/iu;

/** Words of a line (CJK characters count half). */
const size = (s: string) => (hasCjk(s) && !/\s\S+\s/.test(s) ? s.length / 2 : wordsOf(s).length);

/** A sentence's lower-case bare words, an opening coordinator left out. */
function openingWords(s: string): string[] {
  const w = wordsOf(s.toLowerCase()).map(bare).filter(Boolean);
  return w.length > 1 && RUN_JOIN.test(w[0]!) ? w.slice(1) : w;
}

/**
 * The longest run of RUN_FEWEST or more short sentences in a row that open on the same word, two of
 * them on the same two words ("We all breathe…", "We all cherish…", "And we are all…"), joined as
 * said; null when there is none. Statements only: no question, none leaning on another line.
 */
function stepRun(sentences: readonly string[], lang: string): string | null {
  let best: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const run: string[] = [];
    for (let j = i; j < sentences.length; j++) {
      const s = sentences[j]!.trim();
      const w = openingWords(s);
      if (size(s) > RUN_SENTENCE_WORDS || w.length < 2 || !/[.!]["”»’]?$/u.test(s)) break;
      if (run.length && openingWords(run[0]!)[0] !== w[0]) break;
      run.push(s);
    }
    if (run.length < RUN_FEWEST) continue;
    const pairs = run.map((s) => openingWords(s).slice(0, 2).join(' '));
    const twice = pairs.some((p, k) => pairs.indexOf(p) !== k);
    // (a run on "I" alone, "I went… I saw… I came…", is narration unless its two words recur too)
    if (!twice) continue;
    if (!/^[\p{Lu}"“«]/u.test(run[0]!) || run.some((s) => isThrowaway(s, lang))) continue;
    if (run.length > best.length) best = run;
  }
  // (as many as fit a quote: the first sentences of a long run)
  while (best.length > RUN_FEWEST && size(best.join(' ')) > LONG_QUOTE_WORDS) best.pop();
  return best.length >= RUN_FEWEST && size(best.join(' ')) <= LONG_QUOTE_WORDS ? best.join(' ') : null;
}

/**
 * Two sentences in a row that end on the same EPISTROPHE_WORDS words or more, two of them no
 * function words ("…there were exactly three thousand four hundred and thirty-nine."), joined as
 * said; null when there are none.
 */
function epistrophe(sentences: readonly string[], lang: string): string | null {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const a = sentences[i]!.trim();
    const b = sentences[i + 1]!.trim();
    const wa = wordsOf(a.toLowerCase()).map(bare);
    const wb = wordsOf(b.toLowerCase()).map(bare);
    let k = 0;
    while (k < wa.length && k < wb.length && wa[wa.length - 1 - k] === wb[wb.length - 1 - k]) k++;
    const shared = wa.slice(wa.length - k);
    if (k < EPISTROPHE_WORDS || shared.filter((w) => !isFunctionWord(w, lang)).length < 2) continue;
    // (never a name said twice, a roll or a thanks: "Благодаря на … на Народното събрание.
    // Благодаря на … на Народното събрание.", bg 2022, corpus)
    if (
      wordsOf(b)
        .slice(-k)
        .some((w) => /^\p{Lu}/u.test(w))
    )
      continue;
    // (never the whole of one sentence said again: the pair turns on what differs)
    if (k >= Math.min(wa.length, wb.length)) continue;
    const pair = `${a} ${b}`;
    if (size(pair) <= PAIR_WORDS && standsOnItsOwn(a, lang) && !unbalancedQuotes(pair)) return pair;
  }
  return null;
}

/**
 * A question and the answer said right after it, opening on a bare yes or no (lexicon.ts DECISIVE
 * `answers`) and saying ANSWER_WORDS words more ("No, sir; skips it every time."), joined as said;
 * null when there is none.
 */
function answeredQuestion(sentences: readonly string[], lang: string): string | null {
  const answers = decisivePattern('answers', lang);
  if (!answers) return null;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const q = sentences[i]!.trim();
    const a = sentences[i + 1]!.trim();
    if (!/[?？][”"»’)]*$/u.test(q) || !/[.!]["”»’]?$/u.test(a)) continue;
    const yes = answers.exec(a);
    if (!yes || size(a.slice(yes[0].length)) < ANSWER_WORDS) continue;
    const pair = `${q} ${a}`;
    if (size(pair) <= LONG_QUOTE_WORDS && !isSelfCorrected(pair, lang) && /^[\p{Lu}"“«]/u.test(q))
      return pair;
  }
  return null;
}

/** The fewest clauses of a sentence in step (clausesInStep). */
const STEP_CLAUSES = 3;
/** The words each clause in step and its answer open on alike. */
const STEP_OPENING = 2;

/**
 * A sentence whose clauses, parted by semicolons, are in step twice over: each opens on the same
 * words and answers, after its comma, on the same words again ("…that while there is a lower
 * class, I am in it; while there is a criminal element, I am of it; and while there is a soul in
 * prison, I am not free.", Debs 1918, judge37: on no slide). The clauses are shown from where the
 * first says its opening, as said, within PAIR_WORDS; null when no sentence has STEP_CLAUSES such
 * clauses. Function words may make up the openings: it is their repetition, twice in every clause,
 * that is the rhetoric.
 */
function clausesInStep(sentences: readonly string[]): string | null {
  const opening = (x: string) =>
    wordsOf(x.toLowerCase())
      .map(bare)
      .filter(Boolean)
      .filter((w, k) => k > 0 || !RUN_JOIN.test(w))
      .slice(0, STEP_OPENING)
      .join(' ');
  for (const raw of sentences) {
    const s = raw.trim();
    const parts = s.split(/;\s*/u);
    if (parts.length < STEP_CLAUSES) continue;
    const halves = parts.map((p) => {
      const comma = p.lastIndexOf(',');
      return comma < 0 ? null : [p.slice(0, comma), p.slice(comma + 1)];
    });
    if (halves.some((h) => !h)) continue;
    const heads = halves.map((h) => opening(h![0]!));
    const answers = halves.map((h) => opening(h![1]!));
    const head = heads[1]!;
    const answer = answers[0]!;
    if (wordsOf(head).length < STEP_OPENING || !answers.every((a) => a === answer)) continue;
    if (!heads.slice(1).every((h) => h === head)) continue;
    // (the first clause may open on a lead: "I said then, and I say now, that while there is…")
    const first = parts[0]!;
    const at = heads[0] === head ? 0 : first.toLowerCase().lastIndexOf(head.split(' ')[0]! + ' ');
    if (at < 0) continue;
    const line = capitalize(s.slice(at).trim());
    if (size(line) <= PAIR_WORDS && /[.!]["”»’]?$/u.test(line)) return line;
  }
  return null;
}

/** The mark that opens a quotation a closing mark ends. */
const OPENING_MARK: Record<string, string> = { '”': '“', '»': '«', '’': '‘' };

/**
 * The answer said right after a question the speaker reads out in quotation marks, an
 * interpellation's or a letter's ("Esimene küsimus: '… Kas Eesti vajab terviklikku maksureformi või
 * võime julgelt jätkata tänase süsteemiga?' Mina ei näe põhjust, et Eesti peaks tegema põhjaliku
 * maksureformi.", Lauri 2015, judge37: the answer was on no slide), alone: the question is
 * another's words, read out as a passage that opened in a sentence before; a statement of
 * ANSWER_WORDS words up to MAX_QUOTE_WORDS that stands on its own; null when there is none.
 */
function answerToReadQuestion(sentences: readonly string[], lang: string): string | null {
  for (let i = 0; i + 1 < sentences.length; i++) {
    // (a passage read out: its quotation opened in a sentence before, "Esimene küsimus: '…"; never a
    // question quoted whole, a story's punchline: "\"למה לא היית זושא?\"", Burg 2003, judge27)
    const q = sentences[i]!.trim();
    const mark = /[?？]\s*(['"”»’])$/u.exec(q)?.[1];
    if (!mark || q.slice(0, -1).includes(OPENING_MARK[mark] ?? mark)) continue;
    const a = sentences[i + 1]!.trim();
    const n = size(a);
    if (n >= ANSWER_WORDS && n <= MAX_QUOTE_WORDS && /[.!]$/u.test(a) && standsOnItsOwn(a, lang)) return a;
  }
  return null;
}

/** Where a clause opens or ends inside a sentence: a comma, semicolon, colon, dash or bracket. */
const CLAUSE_MARK = /[,;:()—–]/gu;
/** The most words of an aside set off by commas that a clause goes on past (", sem promulgação,"). */
const ASIDE_WORDS = 3;

/**
 * The clause of a long sentence that holds a declaration, a solidarity or a call (`at`: where its
 * words are), from the clause mark before it, as shown: to the sentence's end, else to the first
 * bracket, semicolon, colon or dash after it, else to the first comma after it, past asides of
 * ASIDE_WORDS words set off by commas ("Nestes termos, decidi devolver à Assembleia da República,
 * sem promulgação, nos termos do artigo 136.º, …" → "Decidi devolver à Assembleia da República, sem
 * promulgação"); within LONG_QUOTE_WORDS, never a line said to the room or an item of business
 * (quotable.ts isThrowaway); null when no cut leaves CLAUSE_FEWEST words.
 */
function clauseAt(s: string, at: number, lang: string): string | null {
  let start = 0;
  for (const m of s.slice(0, at).matchAll(CLAUSE_MARK)) start = m.index + 1;
  const rest = s.slice(start);
  const from = at - start;
  const mark = rest.slice(from).search(/[(;:]|\s[—–]\s/u);
  let comma = rest.indexOf(',', from);
  while (comma >= 0) {
    const next = rest.indexOf(',', comma + 1);
    if (next < 0 || size(rest.slice(comma + 1, next)) > ASIDE_WORDS) break;
    comma = next;
  }
  for (const end of [rest.length, mark < 0 ? -1 : from + mark, comma]) {
    if (end < 0) continue;
    const clause = capitalize(
      rest
        .slice(0, end)
        .trim()
        .replace(/[\s,;:—–]+$/u, ''),
    );
    const n = size(clause);
    if (n >= CLAUSE_FEWEST && n <= LONG_QUOTE_WORDS && !isThrowaway(clause, lang)) return clause;
  }
  return null;
}

/** The kinds of decisive sentence, strongest first. */
const KINDS = ['declares', 'stands', 'time'] as const;

/**
 * The declaration, solidarity or call a slide's sentences say (lexicon.ts DECISIVE), as shown: the
 * whole sentence when it stands on its own within LONG_QUOTE_WORDS, else its clause (clauseAt);
 * with `declares` only, the strongest kind alone.
 */
function declared(
  sentences: readonly string[],
  title: string,
  lang: string,
  declaresOnly: boolean,
): string | null {
  for (const kind of declaresOnly ? (['declares'] as const) : KINDS) {
    const re = decisivePattern(kind, lang);
    if (!re) continue;
    for (const raw of sentences) {
      const s = raw.trim();
      const m = re.exec(s);
      if (!m || asked(s) || isSelfCorrected(s, lang)) continue;
      // (the whole sentence when it stands; a long one's clause, an item of business read with
      // it aside: "…o Decreto da Assembleia da República n.º 127/XV (…)")
      const whole = size(s) <= LONG_QUOTE_WORDS;
      const line =
        whole && standsOnItsOwn(s, lang) && !isThrowaway(s, lang)
          ? s
          : !whole || (size(s) > MAX_QUOTE_WORDS && isThrowaway(s, lang))
            ? clauseAt(s, m.index, lang)
            : null;
      if (line && !opensWithTitle(line, title) && !unbalancedQuotes(line)) return line;
    }
  }
  return null;
}

/** The fewest words of a statement the speaker flags before it. */
const FLAGGED_FEWEST = 3;

/**
 * The statement a sentence says after the head that flags it as the thing to keep (lexicon.ts
 * DECISIVE `flags`: "ראוי לזכור ולהזכיר: הבית הזה - בית זכוכית הוא." → "הבית הזה - בית זכוכית
 * הוא."), as said after the colon; a statement of FLAGGED_FEWEST words up to MAX_QUOTE_WORDS,
 * never a question; null when no sentence has one.
 */
function flagged(sentences: readonly string[], lang: string): string | null {
  const flags = decisivePattern('flags', lang);
  if (!flags) return null;
  for (const s of sentences) {
    const m = flags.exec(s);
    if (!m) continue;
    const rest = capitalize(s.slice(m[0].length).trim());
    const n = size(rest);
    if (n >= FLAGGED_FEWEST && n <= MAX_QUOTE_WORDS && /[.!]["”»’]?$/u.test(rest) && !unbalancedQuotes(rest))
      return rest;
  }
  return null;
}

const asked = (s: string) => /[?？][”"»’)]*$/u.test(s);

/**
 * A slide's decisive line, or null: a declaration, a solidarity or a call (lexicon.ts DECISIVE),
 * else a run of short sentences in step, two sentences that end alike, or a question answered at
 * once with a yes or no. With `declaresOnly`, a declaration or decision alone: the act the speech
 * exists for, set before the slide's figures (compose.ts).
 */
export function decisiveLine(
  sentences: readonly string[],
  title: string,
  lang = '',
  declaresOnly = false,
): string | null {
  const said = sentences.map((s) => s.trim()).filter(Boolean);
  if (!said.length) return null;
  const line = declared(said, title, lang, declaresOnly);
  if (line || declaresOnly) return line;
  for (const found of [
    flagged(said, lang),
    clausesInStep(said),
    stepRun(said, lang),
    epistrophe(said, lang),
    answeredQuestion(said, lang),
    answerToReadQuestion(said, lang),
  ])
    if (found && !opensWithTitle(found, title)) return found;
  return null;
}
