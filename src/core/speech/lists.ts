/**
 * Lists in running speech: enumerations (markers at sentence starts, across or inside
 * paragraphs), bullet lines of a plain-text file, and anaphora (three or more sentences opening
 * with the same words). Each is a run of sentences that the planner keeps on one slide.
 */
import { COUNTS } from './clause-list';
import { enumerationMarker, isClosingWish, isLeadIn } from './enumeration';
import { bare, isFunctionWord } from './lexicon';
import { buildMemo } from './memo';
import { structureKind } from './structure';
import { firstWords, withoutJoiner, wordsOf } from './text';

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
  /** The sentence that says the count (list-count.ts). */
  announcedAt?: number;
  /**
   * A speech in sections, each opened by its ordinal, far apart ("Первое. … / … / Второе. …"): the
   * planner cuts inside its items as in any speech, and it is no list to keep on one slide.
   */
  sections?: boolean;
  /** A list shared over slides: how many of its items the slides before this one showed. */
  before?: number;
}

/** More unmarked paragraphs than this end an item. */
const MAX_ITEM_PARAS = 2;

/** One noun in its singular and plural ("front", "fronts"; "ponto", "pontos"). */
const sameNoun = (a: string, b: string) => a.replace(/s$/u, '') === b.replace(/s$/u, '');

function enumerationAt(units: readonly ListUnit[], i: number): ListRun | null {
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
  // the last item runs to the end of its paragraph
  let end = items[items.length - 1]! + 1;
  while (
    end < units.length &&
    units[end]!.para === units[end - 1]!.para &&
    !enumerationMarker(units[end]!.text)
  )
    end++;
  if (items.length < 2) return null;
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
  for (let k = j; k < units.length && units[k]!.para - units[j]!.para <= MAX_SECTION_PARAS; k++) {
    const m = opensPara(units, k) && enumerationMarker(units[k]!.text);
    // a list inside a section ("And finally, just as America can never tolerate…") is its own
    if (
      m &&
      (m.ordinal === items.length + 1 ||
        (m.kind === 'last' && items.length >= 3 && !isClosingWish(units[k]!.text)))
    )
      return k;
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
  for (const n of [4, 3, 2, 1]) {
    const open = openingOf(units[i]!.text, n);
    const ws = open.split(' ');
    if (ws.length < n || !open) continue;
    tried.push(open);
    const content = ws.filter((w) => !isFunctionWord(w) && w.length >= 4);
    // two function words open a list only when the list is set out ("To summarize the plan I'm
    // announcing tonight: / We will cut… / We will slash…"): after a colon, or a line each
    const setOut = n === 2 && content.length === 0;
    if (n === 1 ? content.length === 0 || (ws[0]?.length ?? 0) < 5 : setOut && !setOutAt(units, i)) continue;
    let j = i + 1;
    while (j < units.length && openingOf(units[j]!.text, n) === open && j - i < MAX_SERIES) j++;
    const colon = /[:：]\s*$/u.test(units[i - 1]?.text ?? '');
    if (setOut && !colon && !units.slice(i + 1, j).every((u, k) => u.para !== units[i + k]!.para)) j = i;
    if (j - i >= 3) {
      // "Thank you. Thank you very much." is not a list: nor is any run whose opening, or a longer
      // one tried before it, is a line of structure (asked only once a run is found)
      if (tried.some((o) => structureKind(o))) return null;
      const opening = firstWords(units[i]!.text, n).join(' ');
      return { kind: 'anaphora', start: i, end: j, items: range(i, j), ordered: false, opening };
    }
  }
  return null;
}

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
    if (!close || !close.split(' ').some((w) => !isFunctionWord(w) && w.length >= 4)) continue;
    let j = i + 1;
    while (j < units.length && j - i < MAX_SERIES && closingOf(units[j]!.text, n) === close) j++;
    if (j - i < 3) continue;
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

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, k) => a + k);
}

/** The list runs of a sequence of sentences, in order, not overlapping. */
export function listRuns(units: readonly ListUnit[]): ListRun[] {
  const runs: ListRun[] = [];
  for (let i = 0; i < units.length;) {
    const u = units[i]!;
    const m = enumerationMarker(u.text);
    const run =
      (u.bullet ? bulletsAt(units, i) : null) ??
      (m?.kind === 'opener' ? enumerationAt(units, i) : null) ??
      (!m && i - 1 >= (runs[runs.length - 1]?.end ?? 0) ? announcedAt(units, i) : null) ??
      (!m ? anaphoraAt(units, i) : null) ??
      (!m ? epistropheAt(units, i) : null);
    if (!run) {
      i++;
      continue;
    }
    const before = units[run.start - 1];
    const prevEnd = runs[runs.length - 1]?.end ?? 0;
    if (before && run.start - 1 >= prevEnd && isLeadIn(before.text)) run.lead = run.start - 1;
    runs.push(run);
    // the lists inside a speech's sections are found as well (the planner keeps those whole)
    i = run.sections ? run.start + 1 : run.end;
  }
  return runs;
}
