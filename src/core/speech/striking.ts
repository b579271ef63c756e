/**
 * A slide's striking line when no sentence of it is short enough to quote whole: the speaker's
 * refrain said as a saying ("…I would repeat what I say to my own race: "Cast down your bucket
 * where you are.""), a parallel phrase that ends a long period ("…will bring into our beloved
 * South a new heaven and a new earth."), or the head clause of a sentence before its semicolon.
 * Each is a complete phrase cut at a clause boundary, never a sentence cut off with "…"; a line
 * that leans on what came before, a thanks or a question is never one.
 */
import { pastConnective } from './connective';
import { primaryLang } from './lang';
import { isKorean, koreanHeadline } from './titles-ko';
import { bare, ENGLISH_THEREFORE, isFunctionWord, pointsBackIn } from './lexicon';
import {
  antithesisHead,
  asksForAnswer,
  isSelfCorrected,
  isThrowaway,
  LONG_QUOTE_WORDS,
  MAX_QUOTE_WORDS,
  quoteScore,
  unbalancedQuotes,
} from './quotable';
import { isSignedQuotation, unsignedQuotation } from './reported';
import { isSetUp } from './setup';
import { hasNumberCorrection } from './slips';
import { taggedTerms } from './tagger';
import { MAX_SCREEN_WORDS, screenWords } from './screen';
import { capitalize, foldWords, hasCjk, quotations, wordsOf } from './text';
import { alternation, AUXILIARY, DEMONSTRATIVE, without } from './word-classes';

/**
 * A sentence opening with a pronoun that refers back to what was said before, with "I answer", or
 * with the conclusion it draws from it or the reason it gives for it ("Thus, American justice is a
 * very special thing. For, from the first, this has been a land of towering expectations.", Johnson
 * 1965, judge22), or with what came after it ("What followed was decline in our nation’s industrial
 * and technological-innovation capacity.", Deese 2022, judge26: after what?), or with a condition on
 * it ("If that happens, …", "When this occurs, …", "If so, …"), or with a marker that says it again in
 * other words ("In other words, they would have a real wage insurance policy against inflation…",
 * Carter 1978, judge31: what they would have is the tax rebate of the sentence before), or with a
 * phrase whose object is such a pronoun ("Upon the answer to them depends the peace of the world.",
 * Wilson 1918, corpus: the answer to the questions of the sentence before).
 */
export const LEANS_BACK = new RegExp(
  String.raw`^(?:i\s+answer\b|in\s+other\s+words\b|that\s+is\s+to\s+say\b|(?:to\s+)?put\s+(?:it\s+)?another\s+way\b|(?:upon|on|to|for|with|of|from|by)\s+(?:the\s+\p{L}+\s+(?:to|of|for|on|with)\s+)?(?:him|her|them|it)\b|(?:if|when|once|unless)\s+(?:that|this)\s+(?:happens|happened|occurs|occurred|is\s+the\s+case)\b|if\s+so,|what\s+(?:followed|came\s+(?:next|after)|happened\s+(?:next|then|after))\b|(?:${ENGLISH_THEREFORE})\b|for,\s|(?:their|theirs)\b|(?:this|that|these|those|it|its|they|them|he|she|his|her|such|because)\b(?!\s+which\b)|for\s+(?:there|it|this|that|they|we|he|she|i)\b|(?:it|that|they|he|she)['’]|(?:ello|esto|eso|ce|cela|ceci|il|elle|ils|elles)\b|(?:это|он|она|они|оно|этот|эта|эти)(?![\p{L}\p{M}])|[这那此它他她其该])`,
  'iu',
);

/**
 * French and Italian openings that point back (judge13): "C’est vrai pour…", "Questa fu, e
 * rimane, la scelta…", "Esso poggia…", "Da qui, l'inquietudine…" — a demonstrative pronoun
 * before its verb, a pronoun for what was named, "from here"; Spanish "Son ellos quienes más
 * apoyo necesitan…" (Juan Carlos I 2008, judge22), "Es lo que todos queremos." (Felipe VI 2020,
 * judge23). (German's, "Das ist entscheidend; denn…", "Sie gefährdet…", "Dazu gehören…", are
 * its entry of lexicon.ts BACK_POINTERS, read in a German speech.)
 */
export const EU_LEANS_BACK =
  /^(?:(?:son|fueron|serán|es|fue|será)\s+(?:ellos|ellas|él|ella)\s+(?:quienes|quien|los\s+que|las\s+que|el\s+que|la\s+que)\b|es\s+lo\s+que\b|(?:ellos|ellas)\s+(?!mismos|mismas)\p{L}|c['’](?:est|était|étaient|sera)\b|ça\s|cela\s|(?:questa|questo|ciò|quello|quella)\s+(?:fu|è|era|sarà|rimane|resta)\b|(?:esso|essa|essi|esse)\s|da\s+qui\b)/iu;

/**
 * A Romance line that opens on a preposition and an infinitive, the purpose of the sentence
 * before said on its own ("De servir a todos nuestros ciudadanos, alentando todo lo que nos
 * une…", "Para engrandecer y rejuvenecer día a día nuestra vida colectiva, …": Juan Carlos I
 * 2008, judge22): no sentence of its own — unless a main clause follows its first comma ("Pour
 * redevenir elle-même, la France doit rétablir la confiance…", Philippe 2017, corpus); a gerund
 * there goes on with the purpose.
 */
export const INFINITIVE_TAIL =
  /^(?:De|Para|Pour|Per)\s+\p{Ll}+(?:ar|er|ir|ír|re)(?:se|le|la|lo|les|los|las|nos)?(?![\p{L}])(?![^,;:]*,\s+(?!\p{Ll}+(?:ando|endo|iendo|ant)(?![\p{L}]))\S)/u;

/** A demonstrative followed by a noun, not by a verb ("This visit…", not "This is…"). */
const DEMONSTRATIVE_HEAD = new RegExp(
  String.raw`^(?:${alternation(DEMONSTRATIVE)})\s+(?!(?:${alternation(AUXILIARY, ['means', 'made', 'makes'])})\b)\p{L}`,
  'iu',
);

/**
 * Whether a line leans on the sentence before for what it is about: LEANS_BACK, except a
 * demonstrative that heads its own noun ("This visit to the United States became…"); in the
 * speech's language, a pointer its table knows ("Hierop…", "Sie gefährdet…", "이를 위해…",
 * "इसके बावजूद…": lexicon.ts BACK_POINTERS).
 */
export function leansBack(line: string, lang = ''): boolean {
  const s = line.trim();
  if (EU_LEANS_BACK.test(s) || INFINITIVE_TAIL.test(s)) return true;
  if (pointsBackIn(s, lang)) return true;
  // (past the connectives it opens with, "And yet", "But then": "But then if that happens, the
  // Government will respond…", Carter 1978, judge31; "And yet their soul is not subservient.",
  // Wilson 1918, corpus)
  const past = pastConnective(s);
  // ("this" there points at the matter in hand and stands, as connective.ts reads it: "But this can
  // really be an American moment that proves…", Biden 2022)
  if (past !== s && /^\p{L}/u.test(past) && !/^this\b/iu.test(past) && leansBack(past, lang)) return true;
  if (DEMONSTRATIVE_HEAD.test(s)) return false;
  return LEANS_BACK.test(s);
}

/** A demonstrative subject's noun ("These standards are fair.": standards), as DEMONSTRATIVE_HEAD reads it. */
const DEMONSTRATIVE_NOUN = new RegExp(String.raw`^(?:${alternation(DEMONSTRATIVE)})\s+(\p{L}+)`, 'iu');

/**
 * Whether a line leans on `before`, the sentence said just before it: leansBack, or a
 * demonstrative subject whose noun that sentence named ("…workers fear that if they cooperate with
 * the standards while others do not… These standards are fair."): it takes them up, not a matter
 * of its own.
 */
export function leansOn(line: string, before: string, lang = ''): boolean {
  const s = line.trim();
  if (leansBack(s, lang)) return true;
  const m = DEMONSTRATIVE_HEAD.test(s) ? DEMONSTRATIVE_NOUN.exec(s) : null;
  const stem = m?.[1]!.toLowerCase().replace(/(?:es|s)$/u, '') ?? '';
  return stem.length >= 4 && wordsOf(before.toLowerCase()).some((w) => w.startsWith(stem));
}

/**
 * A sentence opening on "because": the reason for the sentence before it, said on its own ("Тому
 * що те, що відбувається сьогодні, це знищення економіки нашої держави.", Razumkov 2023, corpus).
 */
const BECAUSE =
  /^(?:because|porque|parce\s+que|perché|weil|omdat|тому\s+що|бо|потому\s+что|так\s+как)(?![\p{L}\p{M}])/iu;

/**
 * A line that leans on the sentence before it, shown with that sentence ("Porque la economía debe
 * estar siempre al servicio de las personas. Por eso, debemos proteger especialmente a las personas
 * más desfavorecidas y vulnerables.", Felipe VI 2014, judge26), when that one stands on its own and
 * both fit the screen with the title (MAX_SCREEN_WORDS); else null: a line that stands alone is
 * shown instead. `sentences` are the slide's own, in order.
 */
export function withWhatItLeansOn(
  line: string,
  sentences: readonly string[],
  title: string,
  lang = '',
): string | null {
  const s = line.trim();
  const at = sentences.findIndex((x) => x.trim() === s);
  const before = at > 0 ? sentences[at - 1]!.trim() : '';
  if (!before || !leansOn(s, before, lang) || !standsOnItsOwn(before, lang) || BECAUSE.test(before))
    return null;
  const both = `${before} ${s}`;
  return screenWords(both) + screenWords(title) <= MAX_SCREEN_WORDS ? both : null;
}

/**
 * A line that opens by addressing someone in the room ("Mr. President, to start with you: …",
 * "존경하는 국민 여러분, …", "אדוני היושב-ראש, …").
 */
export const ADDRESSED =
  /^(?:(?:mr|mrs|ms|madam|madame|dr)\.?\s+(?:president|speaker|chair(?:man|woman)?|secretary|prime\s+minister|\p{Lu}[\p{L}'’-]+)|ladies\s+and\s+gentlemen|my\s+(?:dear\s+)?friends|(?:(?:존경하(?:는|고)|사랑하는|친애하는)\s+)*(?:[\p{Script=Hangul}\d]+\s+){0,2}여러분|אדוני\s+ה?יושב[-\s]ה?ראש|ו?(?:חברי|חברות)\s+ה?כנסת)\s*[,:!]/iu;

/** A form of address before a colon, after an opening "And so," ("And so, my fellow Americans: …"). */
const ADDRESS_LEAD =
  /^(?:(?:and\s+so|and|so|now)\s*,?\s+)?(?:my\s+(?:dear\s+)?(?:fellow\s+)?(?:\p{L}+\s+){0,3}?(?:americans|citizens|countrymen|friends|compatriots)(?:\s+of\s+the\s+world)?|ladies\s+and\s+gentlemen)\s*:\s+(?=\p{L})/iu;

/** A line opening with a connective that joins it to the sentence before. */
const CONNECTIVE =
  /^(?:not\s+(?:only\s+|just\s+)?because|and|but|so|or|nor|because|which|then|besides|moreover|however|also|yet|y|pero|et|mais)\b|^(?:и|но|а|و)(?![\p{L}\p{M}])/iu;

/**
 * Whether a line opens by saying the title again, past an article ("The founding ethos of the
 * United Nations…" under "Founding ethos"), or is the Korean sentence the title is the headline
 * of ("일자리 창출을 최우선으로 추진하겠습니다." under "일자리 창출 추진": titles-ko.ts).
 */
export function opensWithTitle(line: string, title: string): boolean {
  const t = foldWords(title).replace(/^(?:the|a|an)\s+/u, '');
  if (!t) return false;
  if (isKorean(line) && koreanHeadline(line) === title.trim()) return true;
  // past an opening connective the line keeps on screen ("But the mission must be clear…")
  const l = foldWords(line).replace(/^(?:(?:and|but|so|or|yet|then)\s+)+/u, '');
  return l.startsWith(t) || l.replace(/^(?:the|a|an|our|this)\s+/u, '').startsWith(t);
}

/** Whether a line can stand on screen by itself: whole, said to the audience, leaning on nothing. */
export function standsOnItsOwn(line: string, lang = ''): boolean {
  const s = line.trim();
  return (
    !!s &&
    /^[\p{Lu}\p{Lo}“"«]/u.test(s) &&
    !leansBack(s, lang) &&
    !ADDRESSED.test(s) &&
    !CONNECTIVE.test(s) &&
    !asksForAnswer(s) &&
    !isThrowaway(s, lang) &&
    !isSelfCorrected(s, lang) &&
    !isSetUp(s, lang) &&
    !hasNumberCorrection(s) &&
    !unbalancedQuotes(s)
  );
}

/**
 * The refrains of some sentences: three-word runs (bare, not all function words) that open a
 * clause in two or more of them ("cast down your" in "Cast down your bucket where you are" and
 * "Cast down your bucket among these people").
 */
function refrains(sentences: readonly string[], lang: string): Set<string> {
  const seen = new Map<string, Set<number>>();
  sentences.forEach((s, i) => {
    for (const clause of s.split(/[,;:—–"“”]\s*|\s[—–]\s/u)) {
      const w = wordsOf(clause.toLowerCase()).map(bare).slice(0, 3);
      if (w.length < 3 || w.every((x) => isFunctionWord(x, lang))) continue;
      const key = w.join(' ');
      seen.set(key, (seen.get(key) ?? new Set()).add(i));
    }
  });
  return new Set([...seen].filter(([, at]) => at.size >= 2).map(([k]) => k));
}

const opensWith = (line: string, keys: Set<string>) =>
  keys.has(wordsOf(line.toLowerCase()).map(bare).slice(0, 3).join(' '));

/** Words of a line (CJK characters count half), as the quote rules count them. */
const size = (s: string) => (hasCjk(s) && !/\s\S+\s/.test(s) ? s.length / 2 : wordsOf(s).length);

/**
 * A whole sentence said in quotation marks inside a longer one (English, French or German marks):
 * quoted words that end on ".", "!" or "?" (asked where they are read).
 */
const QUOTED = quotations(9, 241);

/**
 * A parallel phrase that ends a sentence: two or three noun phrases opening with the same
 * determiner and modifier ("a new heaven and a new earth", "no more war, no more hate").
 */
const PARALLEL_END =
  /(?:^|[\s,:;])((a|an|the|no|our|one|every)\s+(\p{L}+)\s+[\p{L}'’-]+(?:,\s+\2\s+\3\s+[\p{L}'’-]+)?,?\s+(?:and|or|nor)\s+\2\s+\3\s+[\p{L}'’-]+)[.!]$/iu;

/**
 * The head clause of a sentence, up to its first semicolon or colon, shown as said, with no full
 * stop the speaker did not say there ("The day is ours; …" → "The day is ours"): a complete clause has a verb the clause rules can see
 * (an auxiliary, but not "being": a participle makes no clause).
 */
const FINITE = new RegExp(String.raw`\b(?:${alternation(without(AUXILIARY, 'being'), ['cannot'])})\b`, 'iu');

/**
 * The last word of a clause that announces what a colon brings after it — a verb of saying, "as
 * follows", "the following", "this", "namely" ("…by saying: Now you are free to go…", Johnson
 * 1965; "…wrote him a letter addressed as follows:", Twain 1899; "Ich sage Ihnen:", "Je vous le
 * dis :"): cut there, the clause ends on nothing.
 */
const ANNOUNCING_END =
  /(?<![\p{L}])(?:saying|say|says|said|tell(?:s|ing)?|told|ask(?:s|ed|ing)?|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|declar(?:e|es|ed|ing)|add(?:s|ed|ing)?|writ(?:e|es|ing)|wrote|written|read(?:s|ing)?|follows?|following|thus|this|these|namely|words|clear|simple|sure|certain|klar|fest|einfach|clair|claro|sencillo|sagen|sage|sagt|sagte|sagten|folgt|folgendes|folgende|lautet|heißt|nämlich|dire|dis|dit|disait|disant|suivant(?:e|s|es)?|ceci|voici|decir|digo|dice|dijo|diciendo|siguiente|esto|dizer|digo|diz|disse|dizendo|seguinte|isto|dire|dico|disse|seguente|сказать|сказал|говорит|следующее)$|(?<![\p{L}])(?:sage|sagen|tell|dis|digo|dico)\s+(?:Ihnen|euch|dir|you|vous|te|les|os|ti|vi)$/iu;

/** Whether a clause cut before a colon only announces what comes after it (ANNOUNCING_END). */
export function announcesColon(head: string): boolean {
  return ANNOUNCING_END.test(head.trim().replace(/[\s,]+$/u, ''));
}

export { LONG_QUOTE_WORDS } from './quotable';

/** A sentence that raises a glass, and the "to the …" clauses it ends on: the toast itself. */
const TOAST_TAIL =
  /\brais(?:e|ing)\s+(?:our|your|a|my)\s+glass(?:es)?\b.*?,\s+(to\s+the\s+[^.!?—–()]+)[.!]$/iu;
/** Where a further "to the …" of a toast opens (", and to the enduring bonds…"). */
const TOAST_NEXT = /,\s+(?:and\s+)?(?=to\s+the\s)/giu;

/**
 * The toast a sentence raises its glass to: its "to the …" clauses from the first, else from a
 * later one when the whole run is too long to quote ("…raise your glasses and join me in a toast
 * to the continued well-being … of President Joe Biden …, to the continued security … of the
 * United States, and to the enduring bonds of friendship, partnership, and solidarity between
 * Kenya and the United States." — Ruto, 2024, judge20: the last clause).
 */
function toastTail(sentence: string): string | null {
  const toast = TOAST_TAIL.exec(sentence)?.[1];
  if (!toast) return null;
  if (size(toast) <= MAX_QUOTE_WORDS) return toast;
  for (const m of toast.matchAll(TOAST_NEXT)) {
    const rest = toast.slice(m.index + m[0].length);
    if (size(rest) <= MAX_QUOTE_WORDS) return rest;
  }
  return toast;
}
/** The clause a long period ends on after "say/know … that,": a statement of its own. */
const SAID_TAIL =
  /\b(?:say|declare|confess|agree)\s+(?:with\s+me|it)?,?\s*that,?\s+([^;:,—–()]{0,60},?[^;:,—–()]+[.!])$/iu;

/** The longest sentence head cut after its antithesis. */
const ANTITHESIS_WORDS = 26;

/** The longest question-and-answer pair set as a quote (≤ 45 words with a short title). */
const QA_WORDS = 40;

interface Candidate {
  line: string;
  score: number;
}

/**
 * The most striking short line a slide's long sentences hold, or null: scored by the quote
 * rules (repetition, antithesis, rule of three), with a bonus for a refrain of the slide. With
 * `long` (the last resort, when no shorter line says the slide), a whole sentence of up to
 * LONG_QUOTE_WORDS words whose rhetoric is strong is a candidate too.
 * Only English-like scripts: clause boundaries in CJK are another matter.
 */
export function strikingLine(
  sentences: readonly string[],
  title: string,
  lang = '',
  long = false,
): string | null {
  const text = sentences.join(' ');
  if (!text || hasCjk(text.slice(0, 200)) || /^(?:zh|ja|ko|ar)/u.test(lang)) return null;
  const keys = refrains(sentences, lang);
  const out: Candidate[] = [];
  const pairs: string[] = [];
  // (`shown`: what goes on screen when it is not the line weighed — a quotation with its marks)
  const add = (line: string, base: number, max = MAX_QUOTE_WORDS, least = 2.5, shown = line) => {
    const n = size(line);
    if (n < 4 || n > max || !standsOnItsOwn(line, lang)) return;
    if (opensWithTitle(line, title)) return;
    const score = base + quoteScore(line, lang, max) + (opensWith(line, keys) ? 2 : 0);
    if (score >= least) out.push({ line: shown, score });
  };
  sentences.forEach((s, i) => {
    // a sentence said as a saying, in quotation marks: quoted, it stands apart from its lead-in
    // (with `long`, the last resort, a quoted sentence whose rhetoric is weaker: "The equal and
    // inalienable rights … is the foundation of freedom, justice, and peace in the world.")
    // (with its marks: on screen, quoted words without them read as the speaker's own, judge22)
    // (only words the speech says whose they are: reported.ts)
    for (const m of s.matchAll(QUOTED))
      if (/[.!?]$/u.test(m[1]!) && isSignedQuotation(sentences, i, m.index, m.index + m[0].length, lang))
        add(m[1]!.trim(), long ? 1.5 : 0.5, long ? LONG_QUOTE_WORDS : MAX_QUOTE_WORDS, 2.5, m[0].trim());
    // someone's quoted words the slide does not say whose they are: no line (reported.ts)
    if (unsignedQuotation(s, sentences, lang)) return;
    // a short line that stands on its own was weighed whole by the quote rules already
    if (size(s) <= MAX_QUOTE_WORDS && standsOnItsOwn(s, lang)) return;
    // `long`: a longer period set large when its rhetoric is strong (antithesis and repetition)
    if (long) add(s.trim(), 0, LONG_QUOTE_WORDS, 3);
    // `long`: the speech's own question and the answer it gives at once ("What to the American
    // slave is your Fourth of July? I answer, a day that reveals to him…"), read together
    const answer = sentences[i + 1]?.trim() ?? '';
    if (long && asksForAnswer(s) && /^I\s+answer\b/iu.test(answer) && !/[:：]$/u.test(s.trim()))
      pairs.push(`${s.trim()} ${answer}`);
    // a long sentence up to the end of its antithesis ("…, not because they are easy, but
    // because they are hard"): the rhetoric without what follows it
    // the line said to the room after its form of address ("And so, my fellow Americans: ask not
    // what your country can do for you—ask what you can do for your country.", judge20)
    const addressed = ADDRESS_LEAD.exec(s.trim());
    if (addressed) add(capitalize(s.trim().slice(addressed[0].length)), 1);
    // (a clause, with its verb: never the sentence's opening adverbial alone, "Not once, but again
    // and again" of "…, we have laid our whole thought and purpose before the world…", Wilson 1918,
    // corpus; English, where the tagger reads verbs)
    const contrast = antithesisHead(s);
    const english = primaryLang(lang) === '' || primaryLang(lang) === 'en';
    if (contrast && (!english || taggedTerms(contrast).some((t) => t.tags.includes('Verb'))))
      add(contrast, 1, ANTITHESIS_WORDS);
    const parallel = PARALLEL_END.exec(s.trim());
    if (parallel) add(capitalize(parallel[1]!), 2.5);
    // the head clause before a semicolon: with `long`, a plain one too ("The day of conquest and
    // aggrandizement is gone by; so is also the day of secret covenants…")
    const cut = /^([^;:"“”]+?)([;:])\s/u.exec(s);
    const head = cut?.[1];
    // (never a head that announces what the colon brings: "You do not wipe away the scars of
    // centuries by saying: Now you are free…", Johnson 1965, judge22)
    // (nor the first of phrases in step: "…a young girl who was just becoming aware of our democracy;
    // just beginning to understand…; just starting to glimpse…", Obama 2011, judge23 B1)
    const after = cut ? s.slice(cut[0].length) : '';
    const stepped =
      !!head &&
      /^(\p{L}+)\s/u.test(after) &&
      new RegExp(`\\b${/^(\p{L}+)/u.exec(after)![1]}\\s+\\p{L}+ing\\b`, 'iu').test(head);
    if (
      head &&
      !stepped &&
      FINITE.test(head) &&
      !/\p{Nd}/u.test(head) &&
      !(cut[2] === ':' && announcesColon(head))
    )
      add(head.replace(/[,—–\s]+$/u, ''), long ? 2.5 : 0);
    // the toast a long sentence raises its glass to ("…please join me in raising our glasses …
    // to the history that binds us and the values that still unite us, and to the future…")
    const toast = toastTail(s.trim());
    if (toast) add(capitalize(toast), 2.5);
    // with `long`: what a long period says the hearer will say ("…and you will say with me, that,
    // for revolting barbarity and shameless hypocrisy, America reigns without a rival.")
    const said = long && size(s) > LONG_QUOTE_WORDS ? SAID_TAIL.exec(s.trim())?.[1] : undefined;
    if (said) add(capitalize(said), 2.5);
  });
  out.sort((a, b) => b.score - a.score);
  const pair = pairs.find((p) => size(p) <= QA_WORDS && !opensWithTitle(p, title));
  return out[0]?.line ?? pair ?? null;
}
