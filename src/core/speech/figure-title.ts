/**
 * A figure slide's title says what its figures are: a title taken from another sentence than the
 * figures' ("Direct budgetary support" over "more than 221,000 — Ukrainians seeking refuge", said
 * three sentences later) reads as what the number counts, and misstates it. The rule: every word
 * of the title is said (or a word of its stem) in a sentence that says a figure on the slide; if
 * not, the title is taken again from those sentences, else from a figure's label. Figures said in
 * several sentences are a topic's, and a title the speaker set in bold is theirs: both are kept.
 */
import type { Block, KeyFigure } from '../deck';
import { maskForScreen, tidyMasked } from './mask';
import { sentenceSpans } from './segment';
import { stemsWithin } from './body';
import { deriveTitle, isTitle, titlesInTurn, type UsedTitles } from './titles';
import { endsOnVerb } from './keylist';
import { endsOnNoun } from './last-line';
import { capitalize, foldWords, wordsOf } from './text';
import { isFunctionWord } from './lexicon';
import { englishOrUnsaid, primaryLang } from './lang';
import { alternation, AUXILIARY, COORDINATOR, DEMONSTRATIVE, RELATIVE, SUBORDINATOR } from './word-classes';
import { isPersonName, isPlaceOrPeople } from './names';
import { elsewhere, opposesCards, repeatsCard } from './card-title';
import { breakdownWhole } from './figures/breakdown';
import { UNSPACED } from './figures/numbers';
import { sentenceFigures } from './figures';
import { COPULA } from './figures/label-nordic';
import { TURN } from './negation';

/** A participle after a counted noun, the verb said of it ("cancer cell lines mapped", "people … mourned"). */
const DONE_AFTER = /(?<=\p{L}{3}s?)\s+\p{Ll}{3,}ed$/u;

/** The sentences of `notes` (a slide's paragraphs joined by a blank line) that say the block's figures. */
export function figureSentences(notes: string, block: Block, lang = ''): string[] {
  if (block.type !== 'figures') return [];
  const masked = maskForScreen(notes);
  const spans = sentenceSpans(masked, lang);
  const out: string[] = [];
  for (const f of block.items) {
    const at = f.span?.start ?? notes.indexOf(f.value);
    const s = spans.find((x) => at >= x.start && at < x.end);
    const text = s && tidyMasked(masked.slice(s.start, s.end));
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** A pronoun that points back to what a sentence before named ("three major banks have lowered it to 14 percent"). */
const POINTS_BACK = /\b(?:it|they|them)\b/iu;
/**
 * A sentence that opens on a connective or a demonstrative goes on from the one before it (one
 * step only); not one that opens on "But", which turns from it ("…26 in an elementary school. But
 * I hope we also see the 30 precious lives cut short…": the school is not what the 30 count).
 */
const GOES_ON = /^(?:and|so|this|that|these|those)\b/iu;

/**
 * The figures' sentences with those they point back to: a sentence that says "it" or "they"
 * speaks of what the sentence before named, so that one says the figures' topic too.
 */
export function pointedTo(notes: string, said: readonly string[], lang = ''): string[] {
  const masked = maskForScreen(notes);
  const all = sentenceSpans(masked, lang).map((x) => tidyMasked(masked.slice(x.start, x.end)));
  const out = [...said];
  for (const s of said) {
    let i = all.indexOf(s);
    for (let k = 0; i > 0 && k < 4; k++) {
      // (in its first clause: "they" after a semicolon speaks of what that clause named)
      const head = all[i]!.split(/;|\s--\s|\s[—–]\s/u)[0]!;
      if (!POINTS_BACK.test(head) && !(k === 0 && GOES_ON.test(all[i]!))) break;
      i--;
      if (!out.includes(all[i]!)) out.push(all[i]!);
    }
  }
  return out;
}

/**
 * Whether `title` is said only in a sentence of `notes` other than the figures' (`said`) that says
 * a figure of its own: the title of that figure, which the cards do not show ("Média europeia" of
 * "A banca portuguesa paga 70 % … na média europeia", over the 40,5 % said two sentences later).
 */
export function namesOtherFigure(title: string, notes: string, said: readonly string[], lang = ''): boolean {
  if (!title || titleSaysFigures(title, said)) return false;
  const masked = maskForScreen(notes);
  return sentenceSpans(masked, lang)
    .map((x) => tidyMasked(masked.slice(x.start, x.end)))
    .some(
      (s) =>
        !said.includes(s) &&
        /\p{Nd}/u.test(s) &&
        stemsWithin(title, s) &&
        // (a date, "28 Ekim 2018 tarihinde", is no figure: the sentence must say one)
        sentenceFigures(s, lang).length > 0,
    );
}

/** Whether the title is said in one of the figures' sentences (each of its words, or its stem). */
export function titleSaysFigures(title: string, sentences: readonly string[]): boolean {
  if (!title || !wordsOf(title).length) return true;
  return sentences.some((s) => stemsWithin(title, s));
}

/** The clause of `sentence` that says `value` (cut at commas, dashes, semicolons and "and"/"but"). */
export function figureClause(sentence: string, value: string): string {
  const at = sentence.indexOf(value);
  if (at < 0) return sentence;
  const BOUND = /[,;:]\s|\s[—–]\s|\s(?:and|but|while|whereas)\s/giu;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(BOUND)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + value.length) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end).trim();
}

/**
 * The title of a slide that shows `block` (a figures block): `title` when one of the figures'
 * sentences says it; else a title from the clauses that say the figures ("The Congress mandated
 * spending cuts of $130 billion" of "…, and adopted the biggest tax cut in history"), else a
 * figure's label when it reads as a title, else a title from the figures' sentences. A place or a
 * people alone ("The United States") says nothing of what a number counts.
 */
export function figureSlideTitle(
  title: string,
  notes: string,
  block: Block,
  lang: string,
  avoid: UsedTitles,
): string {
  if (block.type !== 'figures') return title;
  const said = figureSentences(notes, block, lang);
  // a whole broken into parts titles its cards with what it is ("Notable machine learning models")
  const labels = new Set(block.items.map((f) => f.label));
  const whole = said.map((s) => breakdownWhole(s, labels)).find((w) => w && isTitle(capitalize(w), lang));
  if (whole) return capitalize(whole);
  // (two figures of one clause, "949 cancer cell lines across 40 types of cancers": the clause once)
  const clauses = [
    ...new Set(
      block.items.flatMap((f) => {
        const s = said.find((x) => x.includes(f.value));
        return s ? [figureClause(s, f.value)] : [];
      }),
    ),
  ];
  // a title that only repeats a card, or says the opposite of one, tells nothing true: another
  // is taken from the figures' clauses or the slide's other sentences (card-title.ts)
  // nor names the person who said or asked for it ("Treasury Donald Regan" over the $985 billion)
  // nor says what the sentence turns from before it says the figures ("Wages and profits and
  // family income" of "…are at their highest levels in history—but I would remind you that … 13
  // percent of our industrial capacity are still idle today", Johnson 1964, judge33)
  const fits = (t: string) =>
    !repeatsCard(t, block.items) &&
    !opposesCards(t, block.items) &&
    !isPersonName(t, notes, lang) &&
    !namesUncardedItem(t, said, block.items) &&
    !said.some((x) => turnedFrom(t, x, clauses));
  // a title naming an item of the figures' list that has no card ("European Commission" over
  // France's, Germany's… pledges): the list's head says what its items are ("Historic pledges")
  if (namesUncardedItem(title, said, block.items)) {
    const heads = said.flatMap((s) => (listItems(s) ? [listItems(s)![0]!] : []));
    // (a list whose items are sentences of their own, a paragraph each, under a line that ends on
    // a colon: "In just the last few months:" over Intel's, General Motors' and Ford's investments)
    const lead = said.length > 1 ? listLead(notes, said[0]!, lang) : '';
    if (lead) heads.push(lead);
    const head = heads.length ? deriveTitle(heads, [], lang, avoid) : '';
    if (head && !/\p{Nd}/u.test(head) && !isPlaceOrPeople(head, lang) && fits(head)) return head;
  }
  // no number in a title (it would read as another figure), no place or people alone ("The
  // United States" says nothing of what a number counts)
  const bare = (t: string) => !/\p{Nd}/u.test(t) && !isPlaceOrPeople(t.replace(/^the\s+/iu, ''), lang);
  // the last resort, better than a title said of something else ("Extraordinary possibility" over
  // "more than 4.5 million — people of every nation"): a card's label, though it repeats the card
  const plain = (t: string) => bare(t) && !isPersonName(t, notes, lang);
  const fromLabel = (): string => {
    for (const f of block.items) {
      // ("949 — cancer cell lines mapped": the noun the verb is said of, figures/verb-kept.ts)
      const counts = englishOrUnsaid(lang) ? f.label.replace(DONE_AFTER, '') : f.label;
      const label = capitalize(counts.replace(/^(?:of|in|for|de|du|des|del)\s+/iu, '').trim());
      const sentence = said.find((x) => x.includes(f.value)) ?? said[0]!;
      // the words right after the number are what it counts, a noun phrase whatever the tagger
      // reads ("949 cancer cell lines": "lines" is no verb there)
      // (a plural the tagger reads as a verb's "-s"; never a label that says a verb, "House Republicans wrote")
      const counted = sentence.includes(`${f.value} ${counts}`) && /\p{L}{2}s$/u.test(counts);
      if (
        wordsOf(label).length >= 2 &&
        // ("l-year temporary tax surcharge": the source's slip for "1-year", Ford 1974, judge22;
        // "last year that rate": a demonstrative points back to what the title cannot show, Johnson 1965)
        !/^[lIO]-\p{Ll}/u.test(f.label.trim()) &&
        !/(?:^|\s)(?:that|this|these|those)\s+\p{L}+$/iu.test(label) &&
        // ("From the United States": where the counted things come from, no topic)
        !/^(?:from|to|at|on|by|with|across|into|onto|over|under|within|through)\s/iu.test(label) &&
        isTitle(label, lang) &&
        (counted || (!endsOnVerb(label, sentence) && endsOnNoun(label, sentence))) &&
        !avoid.has(label.toLowerCase()) &&
        plain(label) &&
        titleSaysFigures(label, said) &&
        !opposesCards(label, block.items)
      )
        return label;
    }
    return '';
  };
  // a title from elsewhere that names a person gives way to a card's label (a person is no topic)
  // (nor one that names what an uncarded figure of the sentence is: "Electric-vehicle battery
  // plant" over the $700 million said after the plant's $4.4 billion)
  const uncarded = namesUncardedItem(title, said, block.items);
  const retitled = (titleSaid = true) => {
    const t = elsewhere(title, block.items, lang, avoid, clauses, titleSaid && !uncarded);
    return isPersonName(t, notes, lang) || (uncarded && t === title) ? fromLabel() || t : t;
  };
  // figures said in several sentences are the slide's topic's: its title names the topic; the
  // tagger that reads a label as a noun phrase reads English only
  const en = !primaryLang(lang) || primaryLang(lang) === 'en';
  if (said.length !== 1 || !en) {
    // the cards all count one thing ("$985 billion — request to raise the debt ceiling", "$50
    // billion — jump over the previous debt ceiling"): a title that does not name it ("Dramatic
    // jump") gives way to one from the figures' clauses that does
    const shared = en ? sharedPhrase(block.items.map((f) => f.label)) : '';
    if (shared && !foldWords(title).includes(shared)) {
      const named = clauses.length ? deriveTitle(clauses, [], lang, avoid) : '';
      if (named && foldWords(named).includes(shared) && !/\p{Nd}/u.test(named) && fits(named)) return named;
      // else the first card's label that names it and reads as a title ("Request to raise the debt ceiling")
      const byLabel = fromLabel();
      if (byLabel && foldWords(byLabel).includes(shared)) return byLabel;
    }
    // a title no figure's sentence says, over figures said apart, reads as what they count ("White
    // House" over "$16 billion — one-year tax reduction" and "$12 billion — cash rebate"): one
    // from the figures' sentences that names them all is taken when there is one. In any language
    // whose words are spaced: "Média europeia" (of the sentence before, "70 % abaixo … da média
    // europeia") over "40,5 % — subida do pagamento das prestações" read as the average's rise
    // (judge32): a title said in another sentence of the slide that says a number of its own names
    // that number's subject; figures of one sentence only, where a title from it names what they
    // are (of several, "Novo Banco" would take a holder's name over the Santander's and its cards)
    // Figures said in several sentences, in any language whose words are spaced: a title none of
    // their sentences says (nor one they point back to) reads as what they count ("Relativt korta
    // sträckor", of the ferries sentence after, over "678 000 ton / 738 000 ton
    // koldioxidekvivalenter", the emissions of "inrikes sjöfart": judge34)
    const spaced = !UNSPACED.test(title) && !UNSPACED.test(said.join(' '));
    if (
      en || (said.length > 1 && spaced)
        ? !titleSaysFigures(title, pointedTo(notes, said, lang))
        : said.length === 1 && spaced && namesOtherFigure(title, notes, said, lang)
    ) {
      // (figures of several sentences in another language: what the first figure's sentence is
      // about, the subject it opens on, "Utsläppen från inrikes sjöfart" of "Utsläppen från inrikes
      // sjöfart var 738 000 ton …"; a title the tagger cuts from them reads as a fragment)
      const again =
        en || said.length === 1
          ? deriveTitle(said, [], lang, avoid)
          : openingSubject(said, block.items, lang);
      if (
        again &&
        !/\p{Nd}/u.test(again) &&
        bare(again) &&
        fits(again) &&
        titleSaysFigures(again, said) &&
        !avoid.has(again.toLowerCase())
      )
        return again;
    }
    // (one sentence in another language: a title said only in a clause after the figures' names
    // what the sentence goes on to, "Bütçenin Cumhurbaşkanlığı" over "yüzde 4-4,5 — kurumlarının
    // ödeneklerinde bir artış", the institutions' rise said beside the presidency's doubling: the
    // card's label titles it instead, judge34)
    if (!en && said.length === 1 && spaced && saidOnlyAfter(title, said[0]!, clauses)) {
      const byLabel = fromLabel();
      if (byLabel) return byLabel;
    }
    return fits(title) ? title : retitled();
  }
  // (a title the sentence turns from before it says the figures is not said of them)
  const titleSays =
    titleSaysFigures(title, pointedTo(notes, said, lang)) && !said.some((x) => turnedFrom(title, x, clauses));
  if (titleSays && fits(title)) return title;
  // bare, said with the figures, and no person ("Treasury Donald Regan" names who asked for the
  // $985 billion, not what it is: fits() refuses it)
  const good = (t: string) => !!t && bare(t) && titleSaysFigures(t, said) && fits(t);
  // a title that only says the card's words again gives way to one from what the sentence adds
  // to them: the clause before the figure's, or what the card's noun phrase goes on to say
  const withContext = (t: string): string => {
    if (!repeatsCard(t, block.items)) return t;
    const more = contextTitle(said[0]!, block.items[0]!, lang, avoid, (c) => !!c && bare(c) && fits(c));
    return more || t;
  };
  const fromClauses = clauses.length ? deriveTitle(clauses, [], lang, avoid) : '';
  if (good(fromClauses)) return fromClauses;
  const again = deriveTitle(said, [], lang, avoid);
  // the clauses' title repeats a card: another from what the sentence says before the figure's
  // clause ("In all government programs tied to the Consumer Price Index…, I also propose a
  // one-year maximum increase of 5 percent"), never from a clause after it ("…spending cuts of
  // $130 billion over 3 years and adopted the biggest tax cut in history")
  const sentence = said[0]!;
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(clauses[0] ?? sentence)));
  if (fromClauses && !fits(fromClauses))
    return again && stemsWithin(again, foldWords(before)) && bare(again) && fits(again)
      ? again
      : withContext(retitled(titleSays));
  if (good(again)) return again;
  const retitle = retitled(titleSays);
  if (retitle !== title || titleSays) return withContext(retitle);
  return withContext(fromLabel() || title);
}

/** A pronoun after a turn that points back to what the clause before it named ("but its promise …"). */
const TURNED_BACK = /(?<![\p{L}])(?:it|its|they|their|them)(?![\p{L}])/iu;

/**
 * Whether `title` is said in `sentence` only before a word that turns from it ("but", "aber",
 * "ale": negation.ts TURN) said before the figures' `clauses` (and in none of them): the sentence
 * sets the title's thing against what the figures count ("Wages and profits and family income are
 * … at their highest levels in history—but … 13 percent of our industrial capacity are still idle").
 */
export function turnedFrom(title: string, sentence: string, clauses: readonly string[]): boolean {
  if (!wordsOf(title).length || titleSaysFigures(title, clauses)) return false;
  const starts = clauses.map((c) => sentence.indexOf(c)).filter((i) => i >= 0);
  if (!starts.length) return false;
  const start = Math.min(...starts);
  const turn = [...sentence.slice(0, start).matchAll(/\p{L}+/gu)].findLast((m) => TURN.test(m[0]));
  // (not when what follows the turn points back to the title's thing: "The dream of opportunity
  // … has not come true for everyone …, but its promise exists for all …, and that includes nearly
  // 7 million American Muslims", Obama 2009)
  return (
    !!turn &&
    !TURNED_BACK.test(sentence.slice(turn.index + turn[0].length, start)) &&
    stemsWithin(title, sentence.slice(0, turn.index)) &&
    !stemsWithin(title, sentence.slice(turn.index))
  );
}

/**
 * Whether `title` is said in `sentence` only after the last of the figures' `clauses` (and in none
 * of them): it names what the sentence says after the figures, another thing than they count.
 */
export function saidOnlyAfter(title: string, sentence: string, clauses: readonly string[]): boolean {
  if (!wordsOf(title).length || !clauses.length || titleSaysFigures(title, clauses)) return false;
  const end = Math.max(...clauses.map((c) => sentence.indexOf(c) + c.length));
  return end > 0 && stemsWithin(title, sentence.slice(end)) && !stemsWithin(title, sentence.slice(0, end));
}

/**
 * The subject a figure's sentence opens on, as a title: the words of the figure's clause before it,
 * when that clause opens the sentence and only its copula stands between them and the figure
 * ("Utsläppen från inrikes sjöfart var 738 000 ton …" → "Utsläppen från inrikes sjöfart"); the
 * first figure's sentence that has one, '' when none has. The copulas known are the Nordic, Dutch
 * and Finnish ones (figures/label-nordic.ts): a closed word alone may be a preposition ("se dvigne
 * na 3,5 evra") or a conjunction ("Spłonęły tysiące domów i ponad 10 milionów ha"), after a verb.
 */
export function openingSubject(said: readonly string[], items: readonly KeyFigure[], lang: string): string {
  for (const f of items) {
    const sentence = said.find((x) => x.includes(f.value));
    if (!sentence) continue;
    const clause = figureClause(sentence, f.value);
    if (!sentence.trimStart().startsWith(clause)) continue;
    const ws = clause.slice(0, clause.indexOf(f.value)).split(/\s+/u).filter(Boolean);
    if (!COPULA.test(ws.pop() ?? '')) continue;
    const subject = capitalize(ws.join(' '));
    if (
      ws.length >= 2 &&
      !/[\p{Nd},;:]/u.test(subject) &&
      !isFunctionWord(ws[0]!, lang) &&
      isTitle(subject, lang)
    )
      return subject;
  }
  return '';
}

/**
 * The parts of a sentence that is a list of three or more items parted by semicolons, its head
 * (what comes before the first item's colon) first: "…historic pledges to keep building on this
 * record: almost 1.6 billion … euros from France; 1.3 billion from Germany; …" → ["…historic
 * pledges…record", "almost 1.6 billion … from France", "1.3 billion from Germany", …]; null else.
 */
export function listItems(sentence: string): string[] | null {
  const colon = sentence.search(/:\s/u);
  if (colon < 0) return null;
  const items = sentence.slice(colon + 1).split(/;\s/u);
  return items.length >= 3 ? [sentence.slice(0, colon), ...items] : null;
}

/**
 * The line a list of sentences hangs from: what ends on a colon right before the paragraph break
 * that opens the list ("In just the last few months:", which the sentence splitter joins to the
 * first item, "… months: Intel broke ground on…"), said in `first` (the first figure's sentence)
 * or as the sentence before it in `notes`; without its colon, '' when there is none.
 */
export function listLead(notes: string, first: string, lang: string): string {
  const masked = maskForScreen(notes);
  const colon = first.search(/:\s/u);
  const head = colon > 0 ? first.slice(0, colon + 1) : '';
  const at = head ? masked.indexOf(head) : -1;
  if (at >= 0) return HANGS.test(masked.slice(at + head.length)) ? head.slice(0, -1).trim() : '';
  const start = masked.indexOf(first);
  if (start < 0) return '';
  const before = masked.slice(0, start);
  if (!/:\s*\n\s*\n\s*$/u.test(before)) return '';
  const last = sentenceSpans(before, lang).at(-1);
  return last ? tidyMasked(before.slice(last.start, last.end)).replace(/:\s*$/u, '') : '';
}
/** A paragraph break right after a colon: what follows is a list of paragraphs. */
const HANGS = /^[ \t]*\n\s*\n/u;

/**
 * Where a sentence parts into what it says one by one: commas and semicolons, and a dash that
 * opens a joined clause ("…at its factory in Toledo—and has committed to scale…").
 */
const SENTENCE_PARTS = new RegExp(String.raw`[,;]\s+|\s*[—–]\s*(?=(?:${alternation(COORDINATOR)})\s)`, 'iu');
/**
 * A part that is a deed of its own, joined on with its verb and no subject ("and has committed to
 * scale a lithium-ion battery factory in Youngstown", after "General Motors committed nearly $1
 * billion to make electric-vehicle components"): what it names is not what the figure counts.
 */
const JOINED_DEED = new RegExp(
  String.raw`^(?:${alternation(COORDINATOR)})\s+(?:${alternation(AUXILIARY)})\s`,
  'iu',
);

/**
 * Whether `title` is said only in an item of one of the figures' lists that holds no card
 * ("European Commission", of "…; 750 [715] million euros from the European Commission; …", over
 * the cards of France's and Germany's pledges), or only in a part of a figure's sentence (between
 * commas) that says a number no card shows ("Electric-vehicle battery plant", of "…to invest up to
 * $4.4 billion in an electric-vehicle battery plant in Fayette County, and a further $700 million
 * retooling…", over the $700 million alone: judge26, Deese 2022), or only in a deed joined on
 * after a figure ("Lithium-ion battery factory", of "General Motors committed nearly $1 billion to
 * make electric-vehicle components, … —and has committed to scale a lithium-ion battery factory",
 * over Intel's, General Motors' and Ford's cards: judge28): it reads as what the cards count.
 */
export function namesUncardedItem(
  title: string,
  said: readonly string[],
  items: readonly KeyFigure[],
): boolean {
  if (!wordsOf(title).length) return false;
  let named = false;
  for (const s of said) {
    const list = listItems(s);
    let inPart = false;
    for (const part of list ? list.slice(1) : s.split(SENTENCE_PARTS)) {
      if (!stemsWithin(title, part)) continue;
      if (items.some((f) => part.includes(f.value))) return false;
      // (a part with no number says no figure: the title is the sentence's; not a deed joined on
      // with its own verb, which says another thing than the figures)
      if (!list && !/\p{Nd}/u.test(part) && !JOINED_DEED.test(part)) return false;
      inPart = true;
    }
    if (inPart) named = true;
    else if (!list && stemsWithin(title, s)) return false;
  }
  return named;
}

/**
 * The longest run of two or more words that every label says (folded; no function word at either
 * end), or '' — what several cards on one slide count alike ("debt ceiling").
 */
export function sharedPhrase(labels: readonly string[]): string {
  if (labels.length < 2) return '';
  const [first, ...rest] = labels.map((l) => ` ${foldWords(l)} `);
  const words = wordsOf(first!.trim());
  for (let n = Math.min(words.length, 6); n >= 2; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (isFunctionWord(run[0]!, 'en') || isFunctionWord(run[n - 1]!, 'en')) continue;
      const phrase = run.join(' ');
      if (rest.every((l) => l.includes(` ${phrase} `))) return phrase;
    }
  return '';
}

/** How a card's noun phrase goes on in its sentence: a relative clause ("… Americans who have jobs"). */
const GOES_ON_TO = /^\s*(?:who|that|which|whose)\s/iu;
/** A title opening on a relative word or a preposition is a clause's or a phrase's tail ("Who have jobs"). */
/** A clause's opening word: the title would lean on the sentence it was cut from. */
const OPENS_CLAUSE = new RegExp(
  String.raw`^(?:${alternation(RELATIVE, COORDINATOR, SUBORDINATOR, ['of', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'before', 'after', 'even', 'as', 'so', 'than'])})\s`,
  'iu',
);
/** "this bill", "those cuts": a thing named in another sentence, which a title cannot point back to. */
const NAMED_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternation(DEMONSTRATIVE)})\s+\p{L}`, 'iu');

/**
 * A title that adds to a card what its label lacks, from the figure's sentence only: the clause
 * said before the figure's ("There were 59 million Americans employed at the start of 1949; now
 * …"), or the relative clause its noun phrase goes on with ("… 85 million Americans who have
 * jobs" → "Jobs"); '' when the sentence adds nothing (a title from another sentence would read as
 * what the number counts).
 */
export function contextTitle(
  sentence: string,
  item: KeyFigure,
  lang: string,
  avoid: UsedTitles,
  ok: (t: string) => boolean,
): string {
  const clause = figureClause(sentence, item.value);
  const at = clause.indexOf(item.value);
  const label = item.label ? clause.indexOf(item.label, at) : -1;
  const rest = label >= 0 ? clause.slice(label + item.label.length) : '';
  const lead = sentence.slice(0, Math.max(0, sentence.indexOf(clause))).replace(/[\s,;:—–-]+$/u, '');
  const tried = new Set(avoid);
  // the card's own phrase goes on: a word of it will do ("Jobs"); a clause before it says more
  // than its topic, and one word of it is only a circumstance ("Before several days …" → "Days")
  for (const [text, min] of [
    [GOES_ON_TO.test(rest) ? rest : '', 1],
    [lead, 2],
  ] as const) {
    if (!wordsOf(text).length) continue;
    for (const t of titlesInTurn([text], [], lang, tried, true, 4)) {
      if (
        ok(t) &&
        !OPENS_CLAUSE.test(t) &&
        !NAMED_BEFORE.test(t) &&
        wordsOf(t).length >= min &&
        stemsWithin(t, text) &&
        // (a phrase cut before its noun is none: "Driving cutting-edge" of "driving cutting-edge research")
        (!englishOrUnsaid(lang) || endsOnNoun(t, text))
      )
        return t;
    }
  }
  return '';
}
