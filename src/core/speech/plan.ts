/**
 * Plan: group the sentences of unstructured prose into slides by speaking time. A slide should
 * carry 15–100 s of speech (about 45 s is best); a paragraph boundary is the natural place to cut,
 * a sentence boundary inside a paragraph is next best (cheaper where a new **topic** starts),
 * consecutive short paragraphs that share words stay together, and a list (enumeration, bullets,
 * anaphora) is never cut, nor is a lead-in ("three proposals:") parted from its list.
 * Dynamic programming over the cut points finds the cheapest plan; it looks back at most
 * `MAX_LOOKBACK` sentences, so it is linear in the length of the speech.
 */
import { bare, isFunctionWord } from './lexicon';
import { semicolonSeries } from './clause-list';
import { bareMarker, enumerationMarker, innerMarkers, pointAfterAside } from './enumeration';
import { fitCost, fitsScreen, itemWords, listParts, type ListPart, type ListWords } from './list-fit';
import { announceRuns } from './list-count';
import { headingTopic, sectionHeading } from './announced-topic';
import { isPassageList, listRuns, type ListRun, type ListUnit } from './lists';
import { maskForScreen, speakerLabel, tidyMasked } from './mask';
import { isReporterLabel, parliamentName } from './turn-labels';
import { paraPart, type SpokenPara } from './model';
import { sentenceSpans, type Span } from './segment';
import { speakingSeconds } from './words';
import { structureKind } from './structure';
import { acknowledgementRoll } from './roll';
import { thanksPeople } from './thanks-list';
import { closingStart } from './closing-line';

export interface PlanOptions {
  /** Speaking rate (words a minute). */
  wpm: number;
  lang: string;
  /**
   * What the whole speech takes to say (seconds), when it is more than these paragraphs: a short
   * speech gives each paragraph a slide where time allows (`pacedShort`). Unset: these paragraphs
   * are the speech.
   */
  speechSeconds?: number;
}

/** A planned slide: its paragraph parts and the list it shows, if any. */
export interface PlannedSlide {
  paras: SpokenPara[];
  /** A list run, with sentence indexes relative to this slide's sentences. */
  list?: ListRun;
  /** The slide's sentences (texts), in order. */
  sentences: string[];
  /**
   * A long enumeration split over slides at its items: the items said up to this slide (their
   * sentences, this slide's last), when this slide holds an item but not the whole list.
   */
  itemsSoFar?: string[];
  /**
   * The items so far are a speech's sections whose count its lead-in said ("…guided by five key
   * principles."): each a point of its own, which may run longer than a signpost's headline.
   */
  itemsCounted?: boolean;
  /** A list too long for one screen, shared over consecutive slides: which part this slide shows. */
  part?: ListPart;
  /** The bare ordinal that opens this slide's section of an enumeration in sections ("Второе"). */
  section?: string;
  /** The sentence that opens this slide's section ("The fourth issue that I will address is democracy."). */
  opening?: string;
  /** That sentence is the refrain that heads each section ("这一年的步伐，我们走得很坚实。", lists.ts). */
  refrain?: boolean;
  /**
   * The count this slide announces ("請更以三事爲諸君告。") of an enumeration the next slides say
   * item by item: its title ("三事") and the items' sentences, an agenda of what follows.
   */
  agenda?: { title: string; items: string[]; counted?: boolean };
}

const TARGET = 45;
const MIN = 15;
const MAX = 100;
/** No slide carries more speech than this (seconds) when any cut is possible. */
export const HARD_MAX = 150;
/** A speech longer than this (seconds) is never one slide. */
export const ONE_SLIDE_MAX = 60;
const MAX_LOOKBACK = 80;
/** What starting a slide at a reporter's question costs (a bonus). */
const QUESTION_CUT = -12;
/** What starting a slide at a section of an enumeration in sections costs (a bonus). */
const SECTION_CUT = -12;

/** How much of an acknowledgement roll's speaking time counts when slides are cut (roll.ts). */
const ROLL_WEIGHT = 0.2;

/** What starting a slide where the speaker turns to thanking people by name, or back, costs (a bonus). */
const THANKS_CUT = -4;

/** What starting a slide at a salutation said mid-speech costs (a bonus): it opens a new part. */
const ADDRESS_CUT = -8;
/** A speaker's turn after another speaker's, in a transcript of several (a question time's answer). */
const TURN_CUT = -6;

/**
 * Whether `p` opens another speaker's turn than `prev`'s in a parliament's record: a member's or a
 * minister's label of its own (turn-labels.ts), and a voice of its own. (A host who introduces the
 * main speaker at a reception shares the slide: only a parliament's turns are exchanges.)
 */
function turnChange(prev: SpokenPara, p: SpokenPara): boolean {
  const who = (x: SpokenPara) => (typeof x.voice === 'object' ? x.voice.cite : (x.voice ?? ''));
  if (who(prev) === who(p) || p.voice === 'audience') return false;
  const label = speakerLabel(p.text);
  return label !== null && parliamentName(label) !== null;
}
/** A paragraph that is only a salutation ("국민 여러분,"), said where the speech turns to a new part. */
const addressing = (p: SpokenPara): boolean => !p.spokenOnly && structureKind(p.text.trim()) === 'salutation';

interface Unit extends ListUnit, Span {
  seconds: number;
  /** A clause continuing the previous unit's sentence (split at an inner enumeration marker). */
  inSentence?: boolean;
  /** It says a number (a figure that a list slide would hide). */
  numbers?: boolean;
  /** A sentence whose clauses are a parallel series parted by semicolons (clause-list.ts). */
  series?: boolean;
}

/**
 * What a slide costs that holds a semicolon series (shown as its list: body.ts seriesBlock) and a
 * figure said in another sentence: the figures would win its screen, and the series be lost.
 */
const SERIES_WITH_FIGURES = 40;

/** A speech shorter than this (seconds) is short: four slides of TARGET seconds would hold it. */
const SHORT_SPEECH = 4 * TARGET;
/**
 * What starting a slide at a paragraph costs in a short speech (a bonus): each of its thoughts, a
 * paragraph of its own, is a slide of its own down to MIN seconds (slideCost keeps every slide
 * MIN seconds or more). A 182-word memorial address of ten paragraphs was two slides, one of them
 * eight of its paragraphs for 65 s (he, Yom HaZikaron, judge24 F2). A paragraph is never cut in
 * two for it: a cut inside one costs what it always does.
 */
const SHORT_PARAGRAPH_CUT = -10;

/** A paragraph that ends a sentence (its closing quote or bracket aside). */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*\s*$/u;

/** Whether a speech of `seconds` is short (`SHORT_PARAGRAPH_CUT`). */
export const pacedShort = (seconds: number): boolean => seconds < SHORT_SPEECH;

function slideCost(seconds: number): number {
  if (seconds < 6) return 200;
  if (seconds < MIN) return 30 + (MIN - seconds) * 2;
  if (seconds <= MAX) return ((seconds - TARGET) / 30) ** 2 * 4;
  if (seconds <= HARD_MAX) return 30 + (seconds - MAX);
  return 400 + seconds;
}

function contentWords(text: string, lang: string): Set<string> {
  return new Set(
    text
      .split(/\s+/)
      .map(bare)
      .filter((w) => w.length >= 4 && !isFunctionWord(w, lang)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * A letter's first numbered point said after its salutation's comma ("Ex.mo Senhor Presidente da
 * Assembleia da República, 1. Dirijo-me a Vossa Excelência… 2. Com efeito, …", a veto message read
 * out, judge33 pt): the segmenter ends the sentence at "1.", so the numeral opens the next span,
 * where the list finder sees its point 1.
 */
const FIRST_POINT_AFTER_COMMA = /[,;:]\s+(?=1[.)]\s*$)/u;

function firstPointAfterComma(text: string, spans: readonly Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  for (let k = 0; k + 1 < out.length; k++) {
    const m = FIRST_POINT_AFTER_COMMA.exec(text.slice(out[k]!.start, out[k]!.end).trimEnd());
    if (!m) continue;
    out[k + 1]!.start = out[k]!.start + m.index + m[0].length;
    out[k]!.end = out[k + 1]!.start;
  }
  return out;
}

/** Sentence units of the paragraphs. */
function unitsOf(paras: readonly SpokenPara[], opts: PlanOptions): Unit[] {
  const units: Unit[] = [];
  paras.forEach((p, para) => {
    const masked = maskForScreen(p.text);
    const found = p.spokenOnly ? [] : sentenceSpans(masked, opts.lang);
    const spans = firstPointAfterComma(masked, found.length ? found : [{ start: 0, end: p.text.length }]);
    const clauses = spans.flatMap((s) => {
      // "第一，…；第二，…" in one sentence: each marked clause is a unit of its own
      // (an opening marker's point named after an aside, "Finalmente, se o Sr. Presidente me permitir
      // concluir, o último ponto é…", is one point: no unit of the aside alone)
      const said = masked.slice(s.start, s.end);
      const aside = enumerationMarker(said) ? pointAfterAside(said)[0] : undefined;
      const inner = p.spokenOnly
        ? []
        : innerMarkers(said)
            .filter((o) => o !== aside)
            .map((o) => o + s.start);
      const bounds = [s.start, ...inner, s.end];
      return bounds.slice(0, -1).map((b, x) => ({ start: b, end: bounds[x + 1]!, inSentence: x > 0 }));
    });
    clauses.forEach((s, k) => {
      // spoken-only text and stage directions are timed but never shown: the finders see spaces
      const text = p.spokenOnly ? '' : tidyMasked(masked.slice(s.start, s.end));
      units.push({
        ...s,
        text,
        para,
        ...(k === 0 && p.bullet ? { bullet: true, numbered: p.bullet === 'number' } : {}),
        ...(p.voice === 'audience' ? { room: true } : {}),
        // (an acknowledgement roll is timed lightly: it rides along with the slide before it, no
        // reason to cut that slide's own point short, roll.ts)
        seconds: speakingSeconds(p.text.slice(s.start, s.end), opts.wpm) * (p.roll ? ROLL_WEIGHT : 1),
        ...(s.inSentence ? { inSentence: true } : {}),
        ...(/\p{Nd}/u.test(text) ? { numbers: true } : {}),
        ...(text.includes(';') && !s.inSentence && semicolonSeries(text.slice(0, 2000), opts.lang)
          ? { series: true }
          : {}),
      });
    });
  });
  return units;
}

/** What it costs to start a slide at unit `i` (0 = free, Infinity = not allowed). */
function cutCosts(units: Unit[], paras: readonly SpokenPara[], runs: ListRun[], lang: string): number[] {
  const asking = reportersTurns(paras);
  // a question that no answer follows (an excerpt that ends as a reporter asks) opens no slide of
  // its own, which would have nothing to show: it ends the last answer's notes
  const answered = paras.findLastIndex((p) => p.voice !== 'audience');
  // a paragraph's content words, read only where two paragraphs meet at a cut that may be taken
  const words = new Map<number, Set<string>>();
  const wordsOf = (para: number): Set<string> => {
    let w = words.get(para);
    if (!w) words.set(para, (w = contentWords(paras[para]!.text.slice(0, 2000), lang)));
    return w;
  };
  // which paragraphs thank people by name, read where two paragraphs meet (thanks-list.ts)
  const thanks = new Map<number, boolean>();
  const thanking = (para: number): boolean => {
    let t = thanks.get(para);
    if (t === undefined) thanks.set(para, (t = thanksPeople(paras[para]!.text, lang)));
    return t;
  };
  // the first paragraph past a roll that opens the speech (roll.ts)
  const firstOwn = paras[0]?.roll ? paras.findIndex((p) => !p.roll) : -1;
  const cost = units.map((u, i): number => {
    if (i === 0) return 0;
    const prev = units[i - 1]!;
    if (u.inSentence) return Infinity;
    // a reporter's question is never cut, over all its paragraphs ("Q. Mr. President? …", "The
    // basis of the concern is …", "My question is …"), nor parted from the answer after it: it
    // opens the slide of its answer
    if (asking[prev.para]) return Infinity;
    if (prev.para === u.para) return startsBold(paras[u.para]!, u.start) || enumerationMarker(u.text) ? 1 : 6;
    // an acknowledgement roll goes with the slide before it, and a roll that opens the speech
    // with the slide after it: no slide is the roll alone (roll.ts)
    if (paras[u.para]?.roll) return Infinity;
    if (u.para === firstOwn) return Infinity;
    if (enumerationMarker(u.text)) return -1;
    // a salutation said again mid-speech ("존경하는 국민 여러분,", "My fellow Americans,") opens
    // its next part: the slide starts at it and never ends on it
    if (addressing(paras[prev.para]!)) return Infinity;
    if (addressing(paras[u.para]!)) return ADDRESS_CUT;
    // a reporter's question opens a new exchange: each exchange its own slide where time allows
    if (asking[u.para]) return u.para > answered ? Infinity : QUESTION_CUT;
    if (paras[u.para]?.voice === 'audience') return -3;
    // another speaker takes the floor ("Pääministeri Antti Rinne (vastauspuheenvuoro): …" after a
    // member's question): the answer opens a slide of its own where time allows (voices.ts)
    if (turnChange(paras[prev.para]!, paras[u.para]!)) return TURN_CUT;
    // the speaker turns to thanking people, or back from it: the thanks are a slide of their own
    // where time allows (thanks-list.ts)
    if (thanking(prev.para) !== thanking(u.para)) return THANKS_CUT;
    // consecutive paragraphs on one topic (sharing many words) prefer to stay together
    return overlap(wordsOf(prev.para), wordsOf(u.para)) > 0.35 ? 4 : 0;
  });
  for (const r of runs) {
    for (let i = (r.lead ?? r.start) + 1; i < r.end; i++) cost[i] = Infinity;
    if ((r.lead ?? r.start) > 0) cost[r.lead ?? r.start] = Math.min(cost[r.lead ?? r.start] ?? 0, 0) - 2;
    if (r.end < units.length) cost[r.end] = Math.min(cost[r.end] ?? 0, 0) - 2;
  }
  units.forEach((u, i) => {
    if (i + 1 < units.length && /[:：]\s*$/u.test(u.text)) cost[i + 1] = Infinity;
  });
  return cost;
}

/**
 * Which paragraphs are a reporter's question: a run of the room's paragraphs opened by a "Q"
 * label ("Q:", "Q.", "Q "), the paragraphs after the label included; not the room's other lines.
 */
function reportersTurns(paras: readonly SpokenPara[]): boolean[] {
  let reporter = false;
  return paras.map((p) => {
    if (p.voice !== 'audience') return (reporter = false);
    const label = speakerLabel(p.text);
    if (label) reporter = isReporterLabel(label);
    return reporter;
  });
}

function startsBold(p: SpokenPara, offset: number): boolean {
  let at = 0;
  for (const n of p.inlines) {
    const len =
      n.type === 'text' || n.type === 'code' ? n.value.length : n.type === 'break' ? 1 : textLen(n.children);
    if (n.type === 'strong' && at >= offset && at - offset < 60) return true;
    at += len;
    if (at > offset + 60) break;
  }
  return false;
}
function textLen(nodes: SpokenPara['inlines']): number {
  return nodes.reduce(
    (s, n) =>
      s +
      (n.type === 'text' || n.type === 'code'
        ? n.value.length
        : n.type === 'break'
          ? 1
          : textLen(n.children)),
    0,
  );
}

/** Splits a run of unstructured paragraphs into slides. */
export function planSlides(given: readonly SpokenPara[], opts: PlanOptions): PlannedSlide[] {
  // an acknowledgement roll ("Debbie Stabenow is here.") is spoken only: never a slide's title or
  // line, and it goes with the slide before it (roll.ts)
  const roll = acknowledgementRoll(
    given.map((p) => p.text),
    opts.lang,
  );
  const paras = roll.some(Boolean)
    ? given.map((p, i) => (roll[i] && !p.spokenOnly ? { ...p, spokenOnly: true, roll: true } : p))
    : given;
  const units = unitsOf(paras, opts);
  if (!units.length) return paras.length ? [{ paras: [...paras], sentences: [] }] : [];
  const runs = listRuns(units, opts.lang);
  announceRuns(
    runs,
    units.map((u) => u.text),
    opts.lang,
  );
  const words = itemWords(
    runs,
    units.map((u) => u.text),
    opts.lang,
  );
  listShortSections(runs, units, paras, words);
  // an enumeration in sections is cut as any speech is: only a list is kept on one slide
  const lists = runs.filter((r) => !r.sections);
  const cut = cutCosts(units, paras, lists, opts.lang);
  // …and each of its sections opens a slide, as a reporter's question does
  for (const r of runs)
    if (r.sections) for (const i of r.items) if (i > 0) cut[i] = Math.min(cut[i]!, 0) + SECTION_CUT;
  // a list longer than HARD_MAX, or with more items or words than fit one screen, may continue on
  // the next slide, at an item (fitCost keeps a lone item for when nothing else fits)
  for (const r of lists) {
    const secs = units.slice(r.start, r.end).reduce((s, u) => s + u.seconds, 0);
    // a long enumeration of passages ("一曰抱定宗旨。…（a paragraph）二曰砥礪德行。…") is cut at its
    // items as readily as at a marked paragraph: each point its own slide
    const at = secs > HARD_MAX && isPassageList(r) ? -1 : 8;
    if (secs > HARD_MAX || !fitsScreen(r, r.items, words))
      for (const i of r.items.slice(1)) if (cut[i] === Infinity) cut[i] = at;
    // an item longer than HARD_MAX on its own (a lecture's "（三）…" that runs for pages) may
    // continue on further slides, at a sentence
    r.items.forEach((at, k) => {
      const end = r.items[k + 1] ?? r.end;
      if (units.slice(at, end).reduce((s, u) => s + u.seconds, 0) <= HARD_MAX) return;
      for (let x = at + 1; x < end; x++)
        if (!units[x]!.inSentence && !/[:：]\s*$/u.test(units[x - 1]!.text)) cut[x] = 10;
    });
  }
  const n = units.length;
  // the runs a slide [j, i) overlaps, found from the first run that ends after j: each slide's
  // costs look at its own lists only, so a speech of thousands of runs stays linear
  const firstAfter = new Array<number>(n + 1);
  for (let j = 0, r = 0; j <= n; j++) {
    while (r < lists.length && lists[r]!.end <= j) r++;
    firstAfter[j] = r;
  }
  const overlapping = (j: number, i: number): ListRun[] => {
    const out: ListRun[] = [];
    for (let r = firstAfter[j]!; r < lists.length && lists[r]!.start < i; r++) out.push(lists[r]!);
    return out;
  };
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  const prefix = [0];
  for (const u of units) prefix.push(prefix[prefix.length - 1]! + u.seconds);
  // (a short speech starts a slide at each paragraph where time allows: SHORT_PARAGRAPH_CUT; not
  // after a paragraph that goes on into the next, ended on ";", "," or a dash: "Mark Harding in
  // the UK, who saw …;" / "Silvana da Castro in Brazil, who …;", en-who-hrh-forum-closing)
  if (pacedShort(opts.speechSeconds ?? prefix[n]!))
    for (let k = 1; k < n; k++)
      if (
        units[k]!.para !== units[k - 1]!.para &&
        cut[k] !== Infinity &&
        SENTENCE_END.test(paras[units[k - 1]!.para]!.text) &&
        // (nor at closing words, which end the thought before them: "…to the future we're going
        // to forge together." / "Vive la France. And God bless America.", Biden's toast 2024)
        closingStart(units[k]!.text) !== 0
      )
        cut[k] = cut[k]! + SHORT_PARAGRAPH_CUT;
  // how many semicolon series, and sentences saying a number outside one, before each unit
  const seriesBefore = [0];
  const figuresBefore = [0];
  const numbered = [0];
  for (const u of units) {
    numbered.push(numbered[numbered.length - 1]! + (u.numbers ? 1 : 0));
    seriesBefore.push(seriesBefore[seriesBefore.length - 1]! + (u.series ? 1 : 0));
    figuresBefore.push(figuresBefore[figuresBefore.length - 1]! + (u.numbers && !u.series ? 1 : 0));
  }
  const seriesCost = (j: number, i: number): number =>
    seriesBefore[i]! > seriesBefore[j]! && figuresBefore[i]! > figuresBefore[j]! ? SERIES_WITH_FIGURES : 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i - 1; j >= 0 && i - j <= MAX_LOOKBACK; j--) {
      const c = cut[j] ?? 0;
      if (c === Infinity || best[j] === Infinity) continue;
      const here = overlapping(j, i);
      const total =
        best[j]! +
        c +
        3 +
        slideCost(prefix[i]! - prefix[j]!) +
        mixCost(here, units, j, i, numbered) +
        fitCost(here, words, j, i) +
        seriesCost(j, i);
      if (total < best[i]!) {
        best[i] = total;
        from[i] = j;
      }
    }
    if (best[i] === Infinity) {
      // nothing allowed within reach (a very long list or sentence run): fall back to the last legal cut
      let j = i - 1;
      while (j > 0 && (cut[j] === Infinity || best[j] === Infinity)) j--;
      best[i] = (best[j] ?? 0) + slideCost(prefix[i]! - prefix[j]!);
      from[i] = j;
    }
  }
  // a talk of more than a minute is never one slide (the whole remarks under one picture): its
  // last slide starts at the cheapest paragraph that leaves each side MIN seconds or more
  // (an exchange with the room is cut by its own rules: a question opens the slide of its answer)
  if (from[n] === 0 && prefix[n]! > ONE_SLIDE_MAX && !paras.some((p) => p.voice === 'audience')) {
    let bestSplit = Infinity;
    for (let j = 1; j < n; j++) {
      const c = cut[j] ?? 0;
      if (units[j]!.para === units[j - 1]!.para || c === Infinity || best[j] === Infinity) continue;
      if (prefix[j]! < MIN || prefix[n]! - prefix[j]! < MIN) continue;
      const here = overlapping(j, n);
      const total =
        best[j]! +
        c +
        slideCost(prefix[n]! - prefix[j]!) +
        mixCost(here, units, j, n, numbered) +
        fitCost(here, words, j, n);
      if (total < bestSplit) {
        bestSplit = total;
        from[n] = j;
      }
    }
  }
  let bounds: number[] = [];
  for (let i = n; i > 0; i = from[i]!) bounds.unshift(from[i]!);
  bounds.push(n);
  // a talk of a minute or less, a slide of it a list under MIN seconds, is one slide when no figure
  // is said outside that list ("Восемьдесят лет назад… выбор. Сотрудничество, а не хаос. Закон, а
  // не беззаконие. Мир, а не конфликты." would be a slide of 10 s of a 37 s message): its list
  // is the slide's
  const slides = bounds.slice(0, -1).map((b, k) => [b, bounds[k + 1]!] as const);
  const shortList = slides.find(
    ([b, e]) => prefix[e]! - prefix[b]! < MIN && lists.some((r) => r.start >= b && r.end <= e),
  );
  if (
    shortList &&
    prefix[n]! <= ONE_SLIDE_MAX &&
    !units.some((u, k) => u.numbers && (k < shortList[0] || k >= shortList[1])) &&
    !paras.some((p) => p.voice === 'audience')
  )
    bounds = [0, n];
  const out: PlannedSlide[] = [];
  const held: Array<ListRun | undefined> = [];
  const alone: Array<ListRun | undefined> = [];
  /** The run each slide holds items of, shown as its list or not. */
  const runOf: Array<ListRun | undefined> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const slide = slideOf(paras, units, runs, bounds[k]!, bounds[k + 1]!);
    // the items so far, after a slide that showed the ones before as its list, say them again
    // ("1. The Administration took decisive action… 2. The President made a clear commitment…" on
    // two slides in a row, Brainard 2024): the slide says its own item instead
    if (slide.planned.itemsSoFar && slide.run && held[k - 1] === slide.run) delete slide.planned.itemsSoFar;
    out.push(slide.planned);
    held.push(slide.planned.list && slide.run);
    alone.push(slide.alone);
    runOf.push(slide.run);
  }
  // a numbered list's first or last item alone on its slide, beside the slide that shows the rest
  // of the list, is that list's part ("3. The Administration mounted a comprehensive effort…" under
  // "(2/2)", Brainard 2024, judge28): the sequence holds, and the item never reads as a new topic
  alone.forEach((list, k) => {
    // (the last item after the slide before, the first before the slide after)
    const beside = list && (list.before !== undefined ? held[k - 1] : held[k + 1]);
    if (!list || !beside || beside !== runOf[k] || out[k]!.list) return;
    delete out[k]!.itemsSoFar;
    out[k]!.list = { ...list, alone: true };
    held[k] = beside;
  });
  const parts = listParts(
    held,
    out.map((s) => s.list?.items.length ?? 0),
    (r) => (r.lead !== undefined ? units[r.lead]?.text : undefined),
  );
  parts.forEach((part, k) => {
    if (part) out[k]!.part = part;
  });
  for (const r of runs) {
    if (!r.sections) continue;
    for (const x of r.items) {
      const k = bounds.indexOf(x);
      if (k < 0 || k >= out.length) {
        // an item after its lead-in on the same slide ("…몇 가지 중요한 열쇠들이 있다고 생각합니다. /
        // 첫째, …"): the item, the only one there, is that slide's point as well
        const at = bounds.findIndex((b, j) => b < x && x < (bounds[j + 1] ?? 0));
        const alone = at >= 0 && r.items.filter((y) => bounds[at]! <= y && y < bounds[at + 1]!).length === 1;
        if (alone && at < out.length && !out[at]!.opening && !bareMarker(units[x]!.text))
          out[at]!.opening = units[x]!.text;
        continue;
      }
      const said = bareMarker(units[x]!.text);
      if (said) out[k]!.section = said;
      else out[k]!.opening = units[x]!.text;
      if (!said && r.kind === 'anaphora') out[k]!.refrain = true;
    }
  }
  // a count said on a slide before the items it counts, said over the slides after it
  const agendaShown = new Set<ListRun>();
  for (const r of runs) {
    if (r.announced === undefined || r.announcedAt === undefined) continue;
    // a speech in sections it counted ("…por tres motivos. / Primero, …"): the slide its first
    // section opens shows them all, the list the count announced; each section after recalls them
    const first = r.sections ? bounds.indexOf(r.items[0]!) : -1;
    // (…or the slide before it that says the count, when the sections' first opens with its own
    // heading: "Today, I have identified 10 areas for our joint action…" / "Number one: food.", Ford 1974)
    const said = bounds.findIndex((b, x) => b <= r.announcedAt! && r.announcedAt! < bounds[x + 1]!);
    if (first > 0 && said === first - 1 && !out[said]!.list && sectionHeading(units[r.items[0]!]!.text)) {
      out[said]!.agenda = { title: r.announced, items: r.items.map((x) => units[x]!.text), counted: true };
      agendaShown.add(r);
      continue;
    }
    if (first >= 0 && first < out.length && !(bounds[first + 1]! > r.items[1]!)) {
      // (a section opened by its bare ordinal, "Erstens.", says its point in the sentence after it)
      const said = (x: number) => (bareMarker(units[x]!.text) ? (units[x + 1]?.text ?? '') : units[x]!.text);
      out[first]!.agenda = { title: r.announced, items: r.items.map(said), counted: true };
      agendaShown.add(r);
      continue;
    }
    const k = bounds.findIndex((b, x) => b <= r.announcedAt! && r.announcedAt! < bounds[x + 1]!);
    if (k >= 0 && !out[k]!.list && bounds[k + 1]! <= r.start && bounds[k + 2]! < r.end) {
      out[k]!.agenda = {
        title: r.announced,
        items: r.items.map((x) => units[x]!.text),
        ...(r.sections ? { counted: true } : {}),
      };
      agendaShown.add(r);
    }
  }
  // a long enumeration recalled on each slide of its items is a sliding window, the same items
  // over and over ("1. 大革命之前 2. 到了大革命的时代", then "1. … 2. … 3. 等到大革命成功后", Lu Xun 1927,
  // judge35): only the slide of its last item recalls them, each item once, and none when a slide
  // before showed them all as the agenda its count announced ("三事: 1. 抱定宗旨 2. 砥礪德行 3. 敬愛師友",
  // Cai Yuanpei 1917); the other slides of its items show their own point
  const recalls = new Map<ListRun, number>();
  out.forEach((s, k) => {
    if (s.itemsSoFar && runOf[k]) recalls.set(runOf[k]!, k);
  });
  out.forEach((s, k) => {
    const run = runOf[k];
    if (s.itemsSoFar && run && (recalls.get(run) !== k || agendaShown.has(run))) delete s.itemsSoFar;
  });
  return out;
}

/**
 * Most seconds one section of an enumeration in sections takes to say and still be an item of a
 * list shared over slides (listShortSections): a minute, a few such points to a slide.
 */
const SECTION_ITEM = 60;
/** Fewest sections such a list has: two or three short sections are a list of one slide or none. */
const MIN_SECTION_ITEMS = 4;

/** An item opened by an ordinal said in words ("둘째,", "Zweitens,", "第二，"), not a numeral. */
const SAID_ORDINAL = /^\s*\p{L}/u;

/**
 * An enumeration in sections that is short is one list after all ("첫째, …발상의 전환입니다. / (three
 * paragraphs) / 둘째, … / (one) / 셋째, … / (two)", said in 77 s): when its sections, the last
 * running on as far as the longest before it or to a salutation, are said in MAX seconds or less
 * and its items' heads fit one screen, the run becomes a list kept on one slide, its last item
 * running to the end of its section, and the lists found inside it are dropped. So does an
 * enumeration of MIN_SECTION_ITEMS sections or more each said in SECTION_ITEM seconds or less, as a
 * list shared over consecutive slides at its items, each item on one of them. Long sections stay
 * sections, each its own slide; so do paragraphs numbered in writing ("1. …", "(2) …"): headings of
 * a written plan, each its slide, where an ordinal said ("Secondly", "둘째", "第二") lists.
 */
function listShortSections(
  runs: ListRun[],
  units: Unit[],
  paras: readonly SpokenPara[],
  words: ListWords,
): void {
  const seconds = (a: number, b: number) => units.slice(a, b).reduce((s, u) => s + u.seconds, 0);
  for (const r of [...runs]) {
    if (!r.sections || r.items.some((i) => !SAID_ORDINAL.test(units[i]!.text))) continue;
    // (sections each said in a minute or less are the items of one list shared over slides, each
    // slide its own items: LBJ, State of the Union 1964, "First, we must maintain… / Second, … /
    // (a paragraph) / … / Tenth, and finally, we must develop…", judge33; shown as sections, each
    // slide recalled the items before it, "5. We must expand world trade" on three slides)
    // (a refrain's sections, "这一年的步伐，…", head their slides: refrainSectionsAt, lists.ts)
    const short =
      r.kind === 'enumeration' &&
      r.items.every((at, k) => seconds(at, r.items[k + 1] ?? r.end) <= SECTION_ITEM);
    if (!short && !fitsScreen(r, r.items, words)) continue;
    const last = r.items[r.items.length - 1]!;
    const longest = Math.max(
      ...r.items.slice(0, -1).map((at, k) => units[r.items[k + 1]! - 1]!.para - units[at]!.para + 1),
    );
    let end = last + 1;
    while (
      end < units.length &&
      units[end]!.para - units[last]!.para < longest &&
      (units[end]!.para === units[end - 1]!.para || !addressing(paras[units[end]!.para]!)) &&
      !enumerationMarker(units[end]!.text)
    )
      end++;
    // the last section's paragraph is whole: a cut inside it would part the item from its words
    while (end < units.length && units[end]!.para === units[end - 1]!.para) end++;
    const secs = seconds(r.start, end);
    if (secs > MAX && !(short && r.items.length >= MIN_SECTION_ITEMS)) continue;
    delete r.sections;
    r.end = end;
    for (let k = runs.length - 1; k >= 0; k--)
      if (runs[k] !== r && runs[k]!.start >= r.start && runs[k]!.start < end) runs.splice(k, 1);
  }
}

/** The paragraphs as one slide (an author's slide): its sentences and its first list, if any. */
export function asOneSlide(paras: readonly SpokenPara[], opts: PlanOptions): PlannedSlide {
  const units = unitsOf(paras, opts);
  if (!units.length) return { paras: [...paras], sentences: [] };
  const runs = listRuns(units, opts.lang);
  announceRuns(
    runs,
    units.map((u) => u.text),
    opts.lang,
  );
  const slide = slideOf(paras, units, runs, 0, units.length).planned;
  return { ...slide, paras: [...paras] };
}

/**
 * A slide that mixes a list with much other speech, or holds two lists, costs more (`runs`: those
 * it overlaps; `numbered[k]`: how many of the units before k say a number).
 */
function mixCost(runs: ListRun[], units: Unit[], j: number, i: number, numbered: readonly number[]): number {
  // a list's first items after other speech, its rest on the next slide: the list has no head
  const headless = runs.filter((r) => r.start < i && r.end > i && j < (r.lead ?? r.start)).length * 60;
  const inside = runs.filter((r) => r.start >= j && r.end <= i);
  if (!inside.length) return headless;
  const outside = i - j - inside.reduce((s, r) => s + r.end - (r.lead ?? r.start), 0);
  // figures said outside the list would never reach the screen of a list slide
  let hidden = 0;
  // (the units are only looked at when one of them says a number: the planner asks of every slide)
  if (numbered[i]! > numbered[j]!)
    for (let k = j; k < i; k++)
      if (units[k]!.numbers && !inside.some((r) => k >= (r.lead ?? r.start) && k < r.end)) hidden++;
  return headless + (inside.length - 1) * 40 + Math.max(0, outside - 1) * 12 + hidden * 60;
}

function slideOf(
  paras: readonly SpokenPara[],
  units: Unit[],
  runs: ListRun[],
  j: number,
  i: number,
): { planned: PlannedSlide; run?: ListRun; alone?: ListRun } {
  const parts: SpokenPara[] = [];
  for (let k = j; k < i;) {
    const para = units[k]!.para;
    let e = k;
    while (e + 1 < i && units[e + 1]!.para === para) e++;
    const p = paras[para]!;
    const first = k === 0 || units[k - 1]!.para !== para;
    const last = e + 1 >= units.length || units[e + 1]!.para !== para;
    // a part ends where the next slide's starts, but for the spaces between: what lies between two
    // sentences ("God-fearing people.  (Applause.)  People so full of life") is said, or heard, on
    // the slide of the sentence before it, and is never dropped from the notes
    const end = last
      ? p.text.length
      : units[e]!.end + p.text.slice(units[e]!.end, units[e + 1]!.start).trimEnd().length;
    parts.push(paraPart(p, first ? 0 : units[k]!.start, end));
    k = e + 1;
  }
  const run =
    runs.find((r) => r.start >= j && r.end <= i) ??
    runs.find((r) => r.items.some((x) => x >= j && x < i) && r.start < i && r.end > j);
  const list = run && {
    ...run,
    start: Math.max(run.start, j) - j,
    end: Math.min(run.end, i) - j,
    items: run.items.filter((x) => x >= j && x < i).map((x) => x - j),
    // a numbered list shared over slides goes on counting where the slide before stopped
    ...(run.items.some((x) => x < j) ? { before: run.items.filter((x) => x < j).length } : {}),
    ...(run.lead !== undefined && run.lead >= j ? { lead: run.lead - j } : { lead: undefined }),
    ...(run.lead !== undefined && run.lead < j ? { ledBefore: true } : {}),
  };
  if (list && list.lead === undefined) delete list.lead;
  // (a speech's sections are no list to recall: each opens its slide with its own sentence;
  // unless the speech counted them before, "…guided by five key principles.": then they are its list)
  // (but sections each opened by a heading, "Number seven: thrift institutions.", title their
  // slides by it: the agenda was shown once, on the slide that counted them, Ford 1974)
  const counted =
    !!run?.sections && run.announced !== undefined && !run.items.every((x) => headingTopic(units[x]!.text));
  const soFar =
    run?.kind === 'enumeration' && (!run.sections || counted) ? run.items.filter((x) => x < i) : [];
  const planned: PlannedSlide = {
    paras: parts,
    sentences: units.slice(j, i).map((u) => u.text),
    ...(list && list.items.length >= 2 ? { list } : {}),
    ...(list && list.items.length === 1 && soFar.length >= 2
      ? { itemsSoFar: soFar.map((x) => units[x]!.text), ...(counted ? { itemsCounted: true } : {}) }
      : {}),
  };
  // (a numbered list's first or last item alone on this slide: plan() shows it as the list's part
  // when the slide beside it shows the rest)
  const edge = list && list.items.length === 1 ? list.items[0]! + j : -1;
  const alone =
    list && run.ordered && !run.sections && (edge === run.items[0] || edge === run.items.at(-1))
      ? list
      : undefined;
  return { planned, ...(run ? { run } : {}), ...(alone ? { alone } : {}) };
}
