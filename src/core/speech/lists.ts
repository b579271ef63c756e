/**
 * Lists in running speech: enumerations (markers at sentence starts, across or inside
 * paragraphs), bullet lines of a plain-text file, and anaphora (three or more sentences opening
 * with the same words). Each is a run of sentences that the planner keeps on one slide.
 */
import { COUNTS } from './clause-list';
import { bareMarker, enumerationMarker, EXAMPLES_LEAD, isClosingWish, isLeadIn } from './enumeration';
import { itemText } from './items';
import { bare, decisivePattern, isFunctionWord } from './lexicon';
import { buildMemo } from './memo';
import { screenWords } from './screen';
import { structureKind } from './structure';
import { firstWords, hasCjk, withoutJoiner, wordsOf } from './text';

/** A sentence as the list finder sees it. */
export interface ListUnit {
  text: string;
  /** Index of its paragraph (sentences of one paragraph share it). */
  para: number;
  /** Its paragraph started with a bullet glyph and this is its first sentence. */
  bullet?: boolean;
  /** Its paragraph was numbered ("1. …"). */
  numbered?: boolean;
  /** The room said it (a reporter's question, voices.ts): never the speaker's list. */
  room?: boolean;
}

export interface ListRun {
  kind: 'enumeration' | 'bullets' | 'anaphora';
  /** Sentence range [start, end) of the items (a lead-in sentence is before `start`). */
  start: number;
  end: number;
  /** Sentence index where each item starts. */
  items: number[];
  ordered: boolean;
  /** The lead-in sentence ("…several proposals:"), if any. */
  lead?: number;
  /** Anaphora: the shared opening words, as said in the first sentence. */
  opening?: string;
  /**
   * Epistrophe: the shared closing words ("found that grace"), as said in the first sentence; its
   * items are what each sentence says before them ("Clementa Pinckney", "Cynthia Hurd", …).
   */
  closing?: string;
  /** The things a count said before it counts, as its title ("Eight situations": list-count.ts). */
  announced?: string;
  /**
   * The items as the sentence before them named them, each a word or two ("protect, invest,
   * together": list-count.ts namedCount): what the list shows.
   */
  named?: string[];
  /** The sentence that says the count (list-count.ts). */
  announcedAt?: number;
  /**
   * A speech in sections, each opened by its ordinal, far apart ("Первое. … / … / Второе. …"): the
   * planner cuts inside its items as in any speech, and it is no list to keep on one slide.
   */
  sections?: boolean;
  /** A list shared over slides: how many of its items the slides before this one showed. */
  before?: number;
  /** A list shared over slides: its lead-in is on a slide before this one. */
  ledBefore?: boolean;
  /**
   * A numbered list's first or last item alone on its slide, the slide beside it showing the rest
   * (plan.ts): a part of the list, shown though it is one item.
   */
  alone?: boolean;
}

/** Fewest words of a numbered point that is a passage, no item of a list (enumerationAt). */
const PASSAGE_POINT_WORDS = 30;

/** More unmarked paragraphs than this end an item. */
const MAX_ITEM_PARAS = 2;

/** One noun in its singular and plural ("front", "fronts"; "ponto", "pontos"). */
const sameNoun = (a: string, b: string) => a.replace(/s$/u, '') === b.replace(/s$/u, '');

/**
 * Whether a marker is a numeral written before its point ("1.", "(2)", "3 —"), not an ordinal said
 * ("첫째,", "Secondly,"): a speech that numbers its pledges "1. … 6." and lists inside one "첫째, …
 * 넷째," (Moon Jae-in, 17 June 2012, judge23 D5) has two levels, each its own list.
 */
const numeralMarker = (text: string) => /^\s*(?:[•·*-]\s+)?[(（]?\d/u.test(text);

function enumerationAt(units: readonly ListUnit[], i: number, lang = ''): ListRun | null {
  const items = [i];
  let j = i + 1;
  let lastPara = units[i]!.para;
  let ended = false;
  let sections = false;
  // a reporter's two-part question ("First of all, … And the second question is, …") is no list
  if (units[i]!.room) return null;
  const noun = enumerationMarker(units[i]!.text)?.noun;
  while (j < units.length && !ended) {
    const u = units[j]!;
    const m = enumerationMarker(u.text);
    if (m?.kind === 'opener') break;
    // "The first front is… / The second point is…": the items of one list name the same noun
    if (m?.noun && noun && !sameNoun(m.noun, noun)) break;
    // a point of another level (a numeral after said ordinals, "넷째, … / 3. ‘강한 복지국가’를…"), or a
    // place that does not follow the last one said, ends the list
    const place = enumerationMarker(units[items[items.length - 1]!]!.text)?.ordinal;
    if (
      m &&
      (numeralMarker(u.text) !== numeralMarker(units[i]!.text) || (m.ordinal && place && m.ordinal <= place))
    )
      break;
    if (m) {
      if (m.kind === 'last' && isClosingWish(u.text)) break;
      items.push(j);
      lastPara = u.para;
      if (m.kind === 'last') ended = true;
    } else if (u.para !== lastPara && u.bullet) break;
    else if (
      u.para - lastPara >= MAX_ITEM_PARAS ||
      (u.para !== lastPara && items.length >= 2 && !nextMarkerSoon(units, j))
    ) {
      // a speech in sections, each opened by its ordinal ("Первое. … / Второе. …"): the next
      const next = nextSection(units, items, j);
      if (next < 0) break;
      sections = true;
      j = next;
      continue;
    }
    j++;
  }
  // the last item runs to the end of its paragraph, up to the decision the points lead to
  // ("4. Mas muito mais importante é… / … / Nestes termos, decidi devolver à Assembleia da
  // República, sem promulgação, …", a veto message, judge33 pt): that is the speech's act, no point
  const declares = decisivePattern('declares', lang);
  let end = items[items.length - 1]! + 1;
  while (
    end < units.length &&
    units[end]!.para === units[end - 1]!.para &&
    !enumerationMarker(units[end]!.text) &&
    !declares?.test(units[end]!.text)
  )
    end++;
  if (items.length < 2) return null;
  // points numbered in writing inside one paragraph, each a passage ("1. Dirijo-me a Vossa
  // Excelência… 2. Com efeito, … (three sentences) 3. É sabido que… 4. …", a veto message read out,
  // judge33 pt): the headings of a written text, each opening its slide, as paragraphs numbered are
  if (!sections && numeralMarker(units[i]!.text) && units[end - 1]!.para === units[i]!.para) {
    const said = (a: number, b: number) => units.slice(a, b).reduce((n, u) => n + wordsOf(u.text).length, 0);
    sections = items.every((at, k) => said(at, items[k + 1] ?? end) >= PASSAGE_POINT_WORDS);
  }
  return { kind: 'enumeration', start: i, end, items, ordered: true, ...(sections ? { sections } : {}) };
}

/** Most paragraphs one section of an enumeration in sections runs to. */
const MAX_SECTION_PARAS = 30;

const opensPara = (units: readonly ListUnit[], i: number) => units[i - 1]?.para !== units[i]!.para;

/**
 * A speech in sections, each opened by its ordinal ("Первое. Российские регионы… / (three
 * paragraphs) / Второе. …", "The first issue… / The fourth issue…", "一曰…"): where the next section
 * of the enumeration `items` starts, looking from unit `j` on, or -1. Every item so far opens its
 * paragraph with the place it says, in order from the first; the next must open a paragraph within
 * MAX_SECTION_PARAS with the next place (or, after three, with a last marker that is no closing
 * wish); the markers of a list inside a section are passed over.
 */
function nextSection(units: readonly ListUnit[], items: readonly number[], j: number): number {
  const inOrder = items.every(
    (at, k) => opensPara(units, at) && enumerationMarker(units[at]!.text)?.ordinal === k + 1,
  );
  if (!inOrder) return -1;
  // (a list inside a section, opened by its own first marker, ends on its own last one: "Number
  // one, I have ordered… / Two, … / Three: … / Finally, I urge State and local units…" inside
  // Ford's third area, 1974; the fourth area is "Number four: We need more capital.", judge22)
  let inner = false;
  const numeral = numeralMarker(units[items[0]!]!.text);
  for (let k = j; k < units.length && units[k]!.para - units[j]!.para <= MAX_SECTION_PARAS; k++) {
    const m =
      opensPara(units, k) && numeralMarker(units[k]!.text) === numeral && enumerationMarker(units[k]!.text);
    if (m && m.ordinal === items.length + 1) return k;
    if (m && m.kind === 'opener') inner = true;
    else if (m && m.kind === 'last' && inner) inner = false;
    // a list inside a section ("And finally, just as America can never tolerate…") is its own
    else if (m && m.kind === 'last' && items.length >= 3 && !isClosingWish(units[k]!.text)) return k;
  }
  return -1;
}

/** A lead-in's count of what follows ("capability in four key areas:"). */
const COUNTED = /\b(three|four|five|six)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*[:：]\s*$/iu;

/**
 * An enumeration whose first item has no marker: a lead-in that ends on a colon, an item, then
 * the next ones marked ("… capability in four key areas: / Air defense. … / Secondly … /
 * Thirdly, … / And fourthly, …"). The next marker must be a middle one ("secondly"), in the first
 * item's paragraph or the next; a count the lead-in says must match the items.
 */
function announcedAt(units: readonly ListUnit[], i: number): ListRun | null {
  const lead = units[i - 1];
  if (!lead || !/[:：]\s*$/u.test(lead.text) || !isLeadIn(lead.text)) return null;
  let k = i + 1;
  while (k < units.length && !enumerationMarker(units[k]!.text)) k++;
  const next = units[k];
  if (!next || next.para - units[i]!.para > 1 || enumerationMarker(next.text)?.kind !== 'middle') return null;
  const run = enumerationAt(units, i);
  const count = COUNTED.exec(lead.text)?.[1];
  if (!run || (count && COUNTS[count.toLowerCase()] !== run.items.length)) return null;
  return run;
}

function nextMarkerSoon(units: readonly ListUnit[], j: number): boolean {
  const para = units[j]!.para;
  for (let k = j; k < units.length && units[k]!.para === para; k++)
    if (enumerationMarker(units[k]!.text)) return true;
  return false;
}

function bulletsAt(units: readonly ListUnit[], i: number): ListRun | null {
  const items = [i];
  let j = i + 1;
  for (; j < units.length; j++) {
    const u = units[j]!;
    if (u.bullet) items.push(j);
    else if (u.para !== units[j - 1]!.para) break;
  }
  if (items.length < 2) return null;
  return { kind: 'bullets', start: i, end: j, items, ordered: !!units[i]!.numbered };
}

/** The first four words of each text asked about (a sentence is asked about for each length). */
const openings = new Map<string, string[]>();

function openingOf(text: string, n: number): string {
  let first = openings.get(text);
  if (!first) {
    first = firstWords(withoutJoiner(text), 4).map(bare);
    if (openings.size >= 256) openings.clear();
    openings.set(text, first);
  }
  return first.slice(0, n).join(' ');
}

function anaphoraAt(units: readonly ListUnit[], i: number): ListRun | null {
  /** The openings tried so far, each of which opens no list if it is a line of structure. */
  const tried: string[] = [];
  let best: ListRun | null = null;
  for (const n of [4, 3, 2, 1]) {
    const open = openingOf(units[i]!.text, n);
    const ws = open.split(' ');
    if (ws.length < n || !open) continue;
    tried.push(open);
    const content = ws.filter((w) => !isFunctionWord(w) && w.length >= 4);
    // two function words open a list only when the list is set out ("To summarize the plan I'm
    // announcing tonight: / We will cut… / We will slash…"): after a colon, or a line each
    // …or when its sentences are short and said in one breath, one paragraph ("Sie wird ihr
    // Informationsangebot ausbauen; … Sie wird etwa der russischen Propaganda … Sie wird sich
    // technisch weiterentwickeln…")
    const setOut = n === 2 && content.length === 0;
    if (n === 1 && (content.length === 0 || (ws[0]?.length ?? 0) < 5)) continue;
    let j = i + 1;
    /** Units passed over inside the run: a few words said to the room between two of its sentences. */
    const aside: number[] = [];
    for (; j < units.length && j - i < MAX_SERIES; j++) {
      if (openingOf(units[j]!.text, n) === open) continue;
      const on = goesOnItem(units, i, j, (k) => openingOf(units[k]?.text ?? '', n) === open);
      if (on > j) {
        for (; j < on; j++) aside.push(j);
        j--;
        continue;
      }
      if (!roomAside(units, j) || openingOf(units[j + 1]?.text ?? '', n) !== open) break;
      aside.push(j);
    }
    const colon = /[:：]\s*$/u.test(units[i - 1]?.text ?? '');
    const laidOut =
      setOutAt(units, i) &&
      (colon ||
        units.slice(i + 1, j).every((u, k) => aside.includes(i + 1 + k) || u.para !== units[i + k]!.para));
    const tight = units
      .slice(i, j)
      .every((u) => u.para === units[i]!.para && wordsOf(u.text).length <= TIGHT_WORDS);
    if (setOut && !laidOut && !tight) j = i;
    // the longest run wins, the longer opening of two as long: "Last night Japanese forces
    // attacked…" ×3 and "Last night the Japanese attacked Wake Island." are one run of "Last night"
    if (j - i - aside.length >= 3 && (!best || j > best.end)) {
      // "Thank you. Thank you very much." is not a list: nor is any run whose opening, or a longer
      // one tried before it, is a line of structure (asked only once a run is found)
      if (tried.some((o) => structureKind(o))) return null;
      const opening = firstWords(units[i]!.text, n).join(' ');
      const items = range(i, j).filter((k) => !aside.includes(k));
      best = { kind: 'anaphora', start: i, end: j, items, ordered: false, opening };
    }
  }
  // a last sentence that says nothing after the shared words but a pronoun ("We are grateful to
  // them.", Obama, Tucson 2011, judge23 D6) closes the run, and is no item of it
  // (it stays in the run, so on its slide: "them" are the doctors of the item before)
  const closed = !!best?.opening && saysNothingAfter(units[best.end - 1]!.text, wordsOf(best.opening).length);
  if (closed) {
    best!.items.pop();
    if (best!.items.length < 3) best = null;
  }
  // (one complementiser opening each sentence set out on its own, "بأن نعطي… / بأن نعمل… / بأن
  // نحمي… / وبأن نعيد…": the pledges a sentence before them announced)
  best ??= complementiserRunAt(units, i);
  // a sentence said after the last one, in its paragraph, that goes on with the same words after
  // another opening is the run's next item ("Last night the Japanese attacked Wake Island. And
  // this morning the Japanese attacked Midway Island.")
  if (best?.opening && !closed)
    while (
      best.end < units.length &&
      best.end - best.start < MAX_SERIES &&
      units[best.end]!.para === units[best.end - 1]!.para &&
      goesOnAlike(units[best.end - 1]!.text, units[best.end]!.text, wordsOf(best.opening).length)
    )
      best.items.push(best.end++);
  return best;
}

/** Most words of an aside to the room passed over inside an anaphora ("Right over there."). */
const ASIDE_WORDS = 3;

/**
 * Whether unit `j` is a few words said to the room between two sentences of one paragraph ("We are
 * grateful to the men who tackled the gunman as he stopped to reload. (Applause.) Right over there.
 * (Applause.) We are grateful for petite Patricia Maisch…", Obama, Tucson 2011): it stays in the
 * run's notes, and is no item and no end of it.
 */
function roomAside(units: readonly ListUnit[], j: number): boolean {
  const u = units[j]!;
  const n = wordsOf(u.text).length;
  if (n < 1 || n > ASIDE_WORDS || /[?？؟:：]\s*$/u.test(u.text)) return false;
  const before = units[j - 1];
  const after = units[j + 1];
  if (before?.para !== u.para || after?.para !== u.para) return false;
  // (a sentence said again after it is a correction, no aside: "Це не про ті мільярди. Вибачте. Це
  // не про ті мільярди, які вчора винесли на загал…", Razumkov 2023, corpus: the run ends there)
  const said = (t: string) => wordsOf(t).map(bare).filter(Boolean).join(' ');
  return !said(after.text).startsWith(said(before.text));
}

/**
 * Where the paragraph of the run's last item ends, when unit `j` goes on with that item: every item
 * of the run so far (from `i`) a paragraph of its own, at least two of them, and the paragraph after
 * opens alike (`alike`) again (LBJ 1964: "We must modernize our unemployment insurance and establish
 * a high-level commission on automation. | If we have the brain power to invent these machines… /
 * We must extend the coverage of our minimum wage laws…": one list of eleven "We must", never two
 * titled alike, judge34); else `j`.
 */
function goesOnItem(units: readonly ListUnit[], i: number, j: number, alike: (k: number) => boolean): number {
  const para = units[j]!.para;
  if (units[j - 1]?.para !== para || units[i - 1]?.para === units[i]!.para) return j;
  const items = range(i, j).filter((k) => alike(k));
  if (items.length < 2 || !items.every((k) => opensPara(units, k))) return j;
  let e = j;
  while (e < units.length && units[e]!.para === para) e++;
  return e < units.length && units[e]!.para === para + 1 && alike(e) ? e : j;
}

/** Whether a sentence says only function words after its first `n` words ("We are grateful | to them."). */
function saysNothingAfter(text: string, n: number): boolean {
  const rest = wordsOf(withoutJoiner(text)).slice(n).map(bare).filter(Boolean);
  return rest.length > 0 && rest.every((w) => isFunctionWord(w));
}

/**
 * Words that open a clause said as the object of a verb before it ("that", "بأن", "que", "dass"):
 * a run of sentences opened by one of them, each on its own, continues the sentence before.
 */
const COMPLEMENTISER = /^(?:that|que|dass|che|dat|чтобы|بأن|أن|بان|ان)$/iu;

/** A sentence's opening complementiser (Arabic "و" joined to it taken off: "وبأن" → "بأن"), or ''. */
function complementiserOf(text: string): string {
  const first = bare(firstWords(withoutJoiner(text), 1)[0] ?? '').replace(/^و(?=\p{L}{2})/u, '');
  return COMPLEMENTISER.test(first) ? first.toLowerCase() : '';
}

/**
 * Three or more sentences in a row each opened by the same complementiser and each a paragraph of
 * its own (or said after a colon): a series of clauses the sentence before them governs (Guterres,
 * UN Day 2022: "…إلى إحياء قِيم ميثاق الأمم المتحدة… / بأن نعطي السلام فرصةً… / بأن نعمل… / بأن
 * نحمي كوكبنا… / وبأن نعيد التوازن…"). One function word opens no other anaphora (anaphoraAt).
 */
function complementiserRunAt(units: readonly ListUnit[], i: number): ListRun | null {
  const word = complementiserOf(units[i]!.text);
  if (!word || !setOutAt(units, i)) return null;
  const colon = /[:：]\s*$/u.test(units[i - 1]?.text ?? '');
  let j = i + 1;
  while (
    j < units.length &&
    j - i < MAX_SERIES &&
    complementiserOf(units[j]!.text) === word &&
    (colon || units[j]!.para !== units[j - 1]!.para)
  )
    j++;
  if (j - i < 3 || structureKind(units[i]!.text)) return null;
  const opening = firstWords(withoutJoiner(units[i]!.text), 1).join(' ');
  return { kind: 'anaphora', start: i, end: j, items: range(i, j), ordered: false, opening };
}

/** Words two sentences must share, in a row, to go on alike. */
const ALIKE_WORDS = 3;

/**
 * Whether `next` says, in a row, ALIKE_WORDS words (one a content word) that `prev` says after
 * its first `n` words, and is no longer than `prev` by more than a few words.
 */
function goesOnAlike(prev: string, next: string, n: number): boolean {
  const a = wordsOf(prev).map(bare).filter(Boolean).slice(n);
  const b = wordsOf(withoutJoiner(next)).map(bare).filter(Boolean);
  if (b.length > a.length + n + 3) return false;
  const said = new Set<string>();
  for (let k = 0; k + ALIKE_WORDS <= b.length; k++) said.add(b.slice(k, k + ALIKE_WORDS).join(' '));
  for (let k = 0; k + ALIKE_WORDS <= a.length; k++) {
    const run = a.slice(k, k + ALIKE_WORDS);
    if (said.has(run.join(' ')) && run.some((w) => !isFunctionWord(w) && w.length >= 4)) return true;
  }
  return false;
}

/** Most sentences a paragraph of a paragraph anaphora holds. */
const MAX_ITEM_SENTENCES = 3;

/**
 * An anaphora of paragraphs: three or more paragraphs in a row, each opened by the same two to
 * four words, with sentences of their own after them ("C’est celle du couple de salariés… / C’est
 * celle de la mère de famille célibataire… Je les ai vues… / C’est celle des retraités modestes… /
 * C’est celle des plus fragiles… Leur détresse…"): each paragraph an item, its first sentence
 * what the item shows. (Sentences in a row, one a paragraph or not, are anaphoraAt's.)
 */
function paragraphAnaphoraAt(units: readonly ListUnit[], i: number): ListRun | null {
  if (!opensPara(units, i)) return null;
  const tried: string[] = [];
  let best: ListRun | null = null;
  for (const n of [4, 3, 2]) {
    const open = openingOf(units[i]!.text, n);
    if (open.split(' ').length < n) continue;
    tried.push(open);
    const items: number[] = [];
    let k = i;
    let more = false;
    while (k < units.length && items.length < MAX_SERIES && openingOf(units[k]!.text, n) === open) {
      let e = k + 1;
      while (e < units.length && units[e]!.para === units[k]!.para) e++;
      // (a paragraph that says a number is its figures' slide; questions, "Will we…? Or will
      // we…?", are weighed against each other, cut short as items)
      if (e - k > MAX_ITEM_SENTENCES || units.slice(k, e).some((u) => /\p{Nd}/u.test(u.text))) break;
      if (/[?？؟]\s*$/u.test(units[k]!.text)) break;
      if (items.length && units[k]!.para !== units[k - 1]!.para + 1) break;
      more ||= e - k > 1;
      items.push(k);
      k = e;
    }
    if (items.length >= 3 && more && (!best || k > best.end)) {
      if (tried.some((o) => structureKind(o))) return null;
      const opening = firstWords(units[i]!.text, n).join(' ');
      best = { kind: 'anaphora', start: i, end: k, items, ordered: false, opening };
    }
  }
  // (sentences in a row that open alike inside it are the list: "Je vois une jeune femme
  // officier… / Je vois un autre… / Je vois des sportifs… Je vois même des matheux !")
  if (best?.items.slice(1).some((k) => anaphoraAt(units, k))) return null;
  return best;
}

/** Most words (CJK: characters at half a word) of a refrain that heads its paragraph (refrainSectionsAt). */
const REFRAIN_WORDS = 10;

/** A CJK sentence's first clause, two to twelve characters before its comma ("这一年的步伐，…"). */
const CJK_LEAD_CLAUSE = /^\s*([^，,、：:；;。！？!?\s]{2,12})[，,、：:]/u;

/**
 * A refrain that heads paragraphs too long to be a list's items: three or more paragraphs in a row,
 * each opened by a short sentence of its own that opens with the same two to four words (Xi Jinping,
 * New Year address 2024: "这一年的步伐，我们走得很坚实。…（five sentences） / 这一年的步伐，我们走得很有
 * 力量。… / …很见神采。… / …很显底气。…"). The speech is in sections the refrain heads: each paragraph
 * opens its slide, under its refrain (plan.ts), as an enumeration in sections does under its
 * ordinals. Only the first paragraph of such a run opens it.
 */
function refrainSectionsAt(units: readonly ListUnit[], i: number): ListRun | null {
  if (!opensPara(units, i)) return null;
  const paraOf = (k: number) => units[k]!.para;
  // (CJK, written without spaces, shares its first clause: "这一年的步伐，")
  const cjk = hasCjk(units[i]!.text) && !/\s/u.test(units[i]!.text.trim());
  const openOf = (text: string, n: number) =>
    cjk ? (CJK_LEAD_CLAUSE.exec(text)?.[1] ?? '') : openingOf(text, n);
  for (const n of cjk ? [1] : [4, 3, 2]) {
    const open = openOf(units[i]!.text, n);
    if (!open || (!cjk && open.split(' ').length < n)) continue;
    if (!cjk && !open.split(' ').some((w) => !isFunctionWord(w) && w.length >= 4)) continue;
    // (the paragraph before opens otherwise: the run is found once, at its first paragraph)
    let before = i - 1;
    while (before > 0 && paraOf(before - 1) === paraOf(before)) before--;
    if (before >= 0 && before < i && openOf(units[before]!.text, n) === open) return null;
    const items: number[] = [];
    let k = i;
    let long = false;
    while (k < units.length && items.length < MAX_SERIES && openOf(units[k]!.text, n) === open) {
      if (items.length && paraOf(k) !== paraOf(items[items.length - 1]!) + 1) break;
      let e = k + 1;
      while (e < units.length && paraOf(e) === paraOf(k)) e++;
      // each refrain a short sentence of its own, with more said after it in its paragraph
      if (e - k < 2 || screenWords(units[k]!.text) > REFRAIN_WORDS) break;
      long ||= e - k > MAX_ITEM_SENTENCES;
      items.push(k);
      k = e;
    }
    if (items.length < 3 || !long || structureKind(open)) continue;
    const opening = cjk ? open : firstWords(units[i]!.text, n).join(' ');
    return { kind: 'anaphora', start: i, end: k, items, ordered: false, opening, sections: true };
  }
  return null;
}

/**
 * The anaphora at `i`, or the anaphora of paragraphs there when it holds more items: a run of
 * sentences that stops inside a paragraph, at a sentence that goes on with the item (Kennedy,
 * inaugural address, 1961: "Let both sides explore… / Let both sides, for the first time,
 * formulate… / Let both sides seek to invoke the wonders of science… Together let us explore the
 * stars… / Let both sides unite to heed…"), is the paragraphs' list, each paragraph an item.
 */
function longerAnaphoraAt(units: readonly ListUnit[], i: number): ListRun | null {
  const run = anaphoraAt(units, i);
  if (!run || run.end >= units.length || units[run.end]!.para !== units[run.end - 1]!.para) return run;
  const paras = paragraphAnaphoraAt(units, i);
  return paras && paras.items.length > run.items.length ? paras : run;
}

/** Most words of each sentence of an anaphora of two function words said in one paragraph. */
const TIGHT_WORDS = 20;

/** Most sentences one anaphora or epistrophe holds. */
const MAX_SERIES = 12;

/** A series set out: after a lead-in ending on a colon, or each sentence a paragraph of its own. */
function setOutAt(units: readonly ListUnit[], i: number): boolean {
  const u = units[i]!;
  const before = units[i - 1];
  return (
    (!!before && /[:：]\s*$/u.test(before.text)) ||
    ((!before || before.para !== u.para) && units[i + 1]?.para !== u.para)
  );
}

/**
 * A sentence's words, bare, remembered for the build: the epistrophe finder compares the last 4,
 * 3 and 2 words of each sentence with the next ones, and read each sentence's words six times.
 */
const bareWords = buildMemo<readonly string[]>(256);

/** A sentence's last words, bare, without its final punctuation. */
function closingOf(text: string, n: number): string {
  const ws = bareWords(text, () => wordsOf(text).map(bare).filter(Boolean));
  return ws.length > n ? ws.slice(-n).join(' ') : '';
}

/**
 * Epistrophe: three or more sentences ending on the same words with a content word among them ("Clementa Pinckney found that grace. / Cynthia
 * Hurd found that grace. / …"), what each says before them short (a name, a subject).
 */
function epistropheAt(units: readonly ListUnit[], i: number): ListRun | null {
  for (const n of [4, 3, 2]) {
    const close = closingOf(units[i]!.text, n);
    if (!close) continue;
    let j = i + 1;
    while (j < units.length && j - i < MAX_SERIES && closingOf(units[j]!.text, n) === close) j++;
    // (the run first: most sentences end unlike the next, and the words need not be looked up)
    if (j - i < 3 || !close.split(' ').some((w) => !isFunctionWord(w) && w.length >= 4)) continue;
    const heads = range(i, j).map((k) => wordsOf(units[k]!.text).length - n);
    if (heads.some((h) => h < 1 || h > 6)) return null;
    const said = wordsOf(units[i]!.text)
      .slice(-n)
      .join(' ')
      .replace(/[.!?;…]+$/u, '');
    return { kind: 'anaphora', start: i, end: j, items: range(i, j), ordered: false, closing: said };
  }
  return null;
}

/** Most words either side of the comma of a line of an antithesis series. */
const ANTITHESIS_SIDE = 5;

/**
 * The words after the comma of a short line "X, not Y" ("Сотрудничество, а не хаос."), bare: its
 * 1–2 words that turn it, or '' when the line is not one comma between two short sides.
 */
function turnOf(text: string): string {
  const parts = text.replace(/[.!?;…]+$/u, '').split(/,\s+/u);
  if (parts.length !== 2) return '';
  const [a, b] = parts.map((x) => wordsOf(x!).map(bare).filter(Boolean)) as [string[], string[]];
  if (!a.length || a.length > ANTITHESIS_SIDE || b.length < 2 || b.length > ANTITHESIS_SIDE) return '';
  // the turn is function words ("а не", "not", "pas", "no"), what follows it the other side
  const turn = b.slice(0, b.length > 2 && isFunctionWord(b[1]!) ? 2 : 1);
  return turn.every((w) => isFunctionWord(w)) ? turn.join(' ') : '';
}

/**
 * An antithesis series: three or more short lines in a row, each two sides parted by a comma and
 * turned by the same words ("Сотрудничество, а не хаос. Закон, а не беззаконие. Мир, а не
 * конфликты.", "Cooperation, not chaos."): each line an item, whole.
 */
function antithesisAt(units: readonly ListUnit[], i: number): ListRun | null {
  const turn = turnOf(units[i]!.text);
  if (!turn) return null;
  let j = i + 1;
  while (j < units.length && j - i < MAX_SERIES && turnOf(units[j]!.text) === turn) j++;
  if (j - i < 3) return null;
  return { kind: 'anaphora', start: i, end: j, items: range(i, j), ordered: false };
}

/**
 * An enumeration whose every item is a passage (three sentences or more after its marker, "first,
 * I am gratified by … We have received almost 800 replies … $4 billion per year …"): its markers
 * order the talk rather than list short points.
 */
export function isPassageList(run: ListRun): boolean {
  if (run.kind !== 'enumeration') return false;
  const ends = [...run.items.slice(1), run.end];
  return run.items.every((at, k) => (ends[k] ?? at) - at >= 3);
}

/**
 * An enumeration whose every item opens on its ordinal alone ("Перше. Кожен переселенець може
 * отримати грошову допомогу… / Друге. Триває евакуація… / Третє. … / Четверте. …", Zelensky, 17 Apr
 * 2022): the speaker heads each point, and the sentence after each ordinal is the point a list shows.
 */
export function headedPoints(run: ListRun, texts: readonly string[] | ((at: number) => string)): boolean {
  const text = typeof texts === 'function' ? texts : (at: number) => texts[at] ?? '';
  return (
    run.kind === 'enumeration' &&
    run.items.every((at, k) => !!bareMarker(text(at)) && at + 1 < (run.items[k + 1] ?? run.end))
  );
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, k) => a + k);
}

/** Most examples one announced list shows. */
const MAX_EXAMPLES = 6;
/** Fewest words of an example's point on screen. */
const MIN_EXAMPLE_WORDS = 3;

/**
 * The examples a sentence announces (EXAMPLES_LEAD), said after it in its paragraph (Lacin,
 * Tweede Kamer, 2019: "Een paar voorbeelden. GenX zit niet alleen in Dordrecht … in het drinkwater,
 * maar ook … Chemours loost nog altijd het kankerverwekkende PFOA, … Dan het lekken van gifgas
 * PFIB, … Mensen met een moestuin …"): each sentence an item while its point (items.ts) says
 * MIN_EXAMPLE_WORDS words at least; the sentences after the last such one stay in the run, on its
 * slide. Three items at least.
 */
function examplesAt(units: readonly ListUnit[], i: number, lang: string): ListRun | null {
  const lead = units[i - 1];
  if (!lead || lead.para !== units[i]!.para || !EXAMPLES_LEAD.test(lead.text.trim())) return null;
  let end = i;
  while (end < units.length && units[end]!.para === lead.para) end++;
  const items: number[] = [];
  for (let k = i; k < end && items.length < MAX_EXAMPLES; k++) {
    const point = itemText(units[k]!.text, lang);
    const ws = wordsOf(point);
    if (ws.length < MIN_EXAMPLE_WORDS || isFunctionWord(bare(ws[ws.length - 1]!), lang)) break;
    items.push(k);
  }
  if (items.length < 3) return null;
  return { kind: 'bullets', start: i, end, items, ordered: false, lead: i - 1 };
}

/** Most items of a list set out in paragraphs after a colon (colonParagraphsAt). */
const MAX_COLON_ITEMS = 12;

/**
 * A list set out in paragraphs after a colon, each going on with the sentence the colon opened, so
 * each opens in lower case ("…PNL vă propune: / licitaţii corecte şi organizate la timp…; / o
 * programă şcolară stabilă…; / o evaluare, monitorizare şi un control al calităţii manualelor…",
 * Pirtea, Camera Deputaţilor 2018, judge37): each paragraph's first sentence is an item, up to the
 * paragraph that opens in upper case again ("Trebuie să păstrăm…"). Three items at least.
 */
function colonParagraphsAt(units: readonly ListUnit[], i: number): ListRun | null {
  const lead = units[i - 1];
  if (!lead || !opensPara(units, i) || !/[:：]\s*$/u.test(lead.text)) return null;
  const items: number[] = [];
  let k = i;
  while (k < units.length && items.length < MAX_COLON_ITEMS && /^\p{Ll}/u.test(units[k]!.text.trimStart())) {
    items.push(k);
    k++;
    while (k < units.length && !opensPara(units, k)) k++;
  }
  if (items.length < 3) return null;
  return { kind: 'bullets', start: i, end: k, items, ordered: false, lead: i - 1 };
}

/** The list runs of a sequence of sentences, in order, not overlapping. */
export function listRuns(units: readonly ListUnit[], lang = ''): ListRun[] {
  const runs: ListRun[] = [];
  for (let i = 0; i < units.length;) {
    const u = units[i]!;
    const m = enumerationMarker(u.text);
    const run =
      (u.bullet ? bulletsAt(units, i) : null) ??
      (m?.kind === 'opener' ? enumerationAt(units, i, lang) : null) ??
      (!m && i - 1 >= (runs[runs.length - 1]?.end ?? 0) ? announcedAt(units, i) : null) ??
      (!m ? examplesAt(units, i, lang) : null) ??
      (!m ? colonParagraphsAt(units, i) : null) ??
      (!m ? longerAnaphoraAt(units, i) : null) ??
      (!m ? paragraphAnaphoraAt(units, i) : null) ??
      (!m ? refrainSectionsAt(units, i) : null) ??
      (!m ? epistropheAt(units, i) : null) ??
      (!m ? antithesisAt(units, i) : null);
    if (!run) {
      i++;
      continue;
    }
    const before = units[run.start - 1];
    const prevEnd = runs[runs.length - 1]?.end ?? 0;
    // (the sentence a run of complementiser clauses completes is their lead-in: complementiserRunAt)
    const governed =
      run.kind === 'anaphora' && !!run.opening && COMPLEMENTISER.test(bare(run.opening).replace(/^و/u, ''));
    // (points each headed by its ordinal alone, "Перше. …", are announced by the paragraph of one
    // sentence before them: "Прем'єр-міністр … відзвітував сьогодні про виконання доручення щодо
    // додаткової соціальної допомоги…", Zelensky, 17 Apr 2022)
    const announcing =
      !!before &&
      before.para === u.para - 1 &&
      units[run.start - 2]?.para !== before.para &&
      headedPoints(run, (at) => units[at]?.text ?? '');
    if (before && run.start - 1 >= prevEnd && (governed || announcing || isLeadIn(before.text)))
      run.lead = run.start - 1;
    runs.push(run);
    // the lists inside a speech's sections are found as well (the planner keeps those whole)
    i = run.sections ? run.start + 1 : run.end;
  }
  return runs;
}
