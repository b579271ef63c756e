/**
 * The issue's rules for a derived deck, written independently of the engine (so a test of the
 * engine against them can fail): pacing, titles, figures on spans, structure lines. Used by the
 * corpus test and by scripts/speech/corpus-report.ts, which prints the same measures.
 */
import type { Block, Deck, KeyFigure, Slide } from '../../src/core/deck';

/** Slides whose timing the pacing rule is about (title and closing slides aside). */
export const contentSlides = (deck: Deck): Slide[] =>
  deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');

export interface Pacing {
  slides: number;
  within: number;
  over150: number;
  under6: number;
  share: number;
}

export function pacing(deck: Deck): Pacing {
  const slides = contentSlides(deck);
  const secs = slides.map((s) => s.plannedSeconds);
  const within = secs.filter((s) => s >= 15 && s <= 100).length;
  return {
    slides: slides.length,
    within,
    over150: secs.filter((s) => s > 150).length,
    under6: secs.filter((s) => s < 6).length,
    share: slides.length ? within / slides.length : 1,
  };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// (Spanish and French prepositions too: "desigualdad insoportable entre los que…" closes its noun phrase before "entre")
const ENDING_FUNCTION_WORD =
  /(?:^|\s)(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|as|that|which|who|is|are|was|were|be|has|have|had|will|would|can|could|our|their|its|his|her|my|your|this|these|those|than|such|what|de|del|la|le|les|el|los|las|y|et|en|à|au|du|des|que|entre|con|para|por|sin|sobre|avec|pour|par|sans|sur|и|в|на|с|к|по|о|от|до|из|за|для|что|как|а|но|и|في|من|على|إلى|و|का|की|के|को|से|में|पर|ने|तक|और|तथा|या|एवं|व|कि|है|हैं|था|थे|थी|भी|ही|तो|हूँ|हूं)$/iu;
const GREETING =
  /^(?:good (?:morning|afternoon|evening)|hello|thank you|thanks|ladies and gentlemen|dear|excellenc|distinguished|mr\.? (?:president|chair)|madam|buenos|buenas|gracias|bonjour|merci|messieurs|mesdames|добр|здравствуй|уважаем|спасибо|大家好|谢谢|各位来宾|尊敬的|أيها|شكرا|मेरे प्यारे|प्यारे देशवासि|साथियो|नमस्कार|धन्यवाद)/iu;
const MARKER_ONLY =
  /^(?:so|so far|now|well|then|then there|no|yes|and|but|today|first|second|third|finally|however|moreover|also|[•·▪‣●*–—-].*|[IVXLC]+\.?|\d+[.)]?)$/iu;

/** Why a content slide's title would fail a designer's eye, or null when it passes. */
export function titleProblem(title: string, notes: string): string | null {
  const t = title.trim();
  if (!t) return 'no title'; // a content slide always has a title (the engine's last resort)
  if (CJK.test(t) && !/\s\S+\s/.test(t)) {
    if (t.length > 16) return 'over 16 CJK characters';
  } else if (t.split(/\s+/).length > 8) return 'over 8 words';
  if (/[,;:、，；：]$/u.test(t)) return 'ends on a comma';
  if (ENDING_FUNCTION_WORD.test(t.replace(/[?!.]$/u, ''))) return 'ends on a function word';
  if (GREETING.test(t)) return 'greeting or thanks';
  if (MARKER_ONLY.test(t.replace(/[.,:!]$/u, '').trim())) return 'marker, bullet or numeral';
  // a Hindi title that opens on a personal pronoun ("मैं अहमदाबाद", "मै हमेशा कहता हूँ") is a clause's start
  if (/^(?:मैं|मै|हम|आप|तुम|वह|वो|वे|यह|ये)(?:\s|$)/u.test(t)) return 'opens on a pronoun';
  if (/\p{L}-$/u.test(t) || /…$/u.test(t)) return 'cut-off word';
  // a Korean quotative clause ("가능했다고 생각" from "…가능했다고 생각합니다") is no noun phrase
  if (/\p{Script=Hangul}(?:다고|라고|냐고|자고)(?:\s|$)/u.test(t)) return 'a quotative clause';
  const fragment = fragmentOf(t, notes);
  if (fragment) return fragment;
  // the opening words of a longer sentence, cut mid-clause (a whole sentence is fine)
  if (/[.!?。！？」”]$/u.test(t)) return null;
  if (CJK.test(t) && t.length < 6) return null; // a CJK key word, not a cut sentence
  for (const para of notes.split(/\n\s*\n/)) {
    const flat = para.replace(/\s+/g, ' ');
    const why = cutSentenceStart(t, flat);
    if (why) return why;
  }
  return null;
}

function cutSentenceStart(t: string, flat: string): string | null {
  for (const m of flat.matchAll(/(?:^|[.!?。！？]\s*)/gu)) {
    const at = m.index + m[0].length;
    if (flat.startsWith(t, at)) {
      const next = flat.slice(at + t.length, at + t.length + 12);
      if (
        next &&
        !/^\s*(?:[,;:—–.!?，。；：！？]|$)/u.test(next) &&
        // a Korean noun phrase ends on its case particle, glued to it ("이산가족의 고령화가 …")
        !(
          /\p{Script=Hangul}$/u.test(t) &&
          /^(?:이|가|은|는|을|를|의|에|에서|으로|로|와|과|도|만)\s/u.test(next)
        ) &&
        !/^\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|remains|becomes)\b/u.test(
          next,
        )
      )
        return 'opening words of a longer sentence';
    }
  }
  return null;
}

const LEANS =
  /^(?:including|regarding|concerning|according|and|but|or|nor|which|that|who|whose|where|while|because|although|if|unless|than|as|so|also|such|whether|not)\b/iu;
const DETERMINER = /^(?:a|an|the|our|their|its|his|her|my|your|this|these|those|them|us|him)$/iu;
const ADJ_END = /(?:ic|al|ous|ive|ful|less|able|ible|ian|ese|ary)$/iu;

/**
 * A title that does not stand on its own (Latin and Cyrillic text; checked against the notes,
 * where it was said): it leans on what came before ("Including terrorist threats"), it is a proper
 * name cut in two ("Health Organization" from "World Health Organization"), an adjective whose
 * noun was left behind ("Democratic Palestinian" from "…Palestinian state"), a verb whose object
 * was left behind ("Women strengthen" from "…strengthen our democracy"), or two words from two
 * clauses ("Realities women" from "the realities women face").
 */
export function fragmentOf(title: string, notes: string): string | null {
  if (CJK.test(title) || /\p{Script=Arabic}/u.test(title)) return null;
  const t = title.replace(/[?!.]$/u, '');
  const ws = t.split(/\s+/);
  if (LEANS.test(t)) return 'fragment: leans on what came before';
  const filler = wordsFragment(t, ws);
  if (filler) return filler;
  const said: Array<{ prev: string; next: string; text: string }> = [];
  const re = new RegExp(
    `(\\S*)\\s?(?<![\\p{L}\\p{N}])(${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}\\p{N}])\\s?(\\S*)`,
    'giu',
  );
  for (const para of notes.split(/\n\s*\n/))
    for (const m of para.replace(/\s+/g, ' ').matchAll(re))
      said.push({ prev: m[1] ?? '', next: m[3] ?? '', text: m[2] ?? '' });
  if (!said.length) return null;
  const every = (f: (x: (typeof said)[number]) => boolean) => said.every(f);
  const word = (w: string) => /^[\p{L}'’-]+$/u.test(w);
  const names = ws.length >= 2;
  if (
    names &&
    every(
      (x) =>
        /^\p{Lu}/u.test(x.text) &&
        word(x.prev) &&
        /^\p{Lu}/u.test(x.prev) &&
        // (a capitalised article opening the sentence is no name: Hungarian "Az LMP válasza";
        // nor a quantifier: "More United States-sourced vaccinations arrived…")
        !/^(?:the|a|an|of|az|more|most|many|some|all|every|each|our|these|those)$/iu.test(x.prev),
    )
  )
    return 'fragment: a name cut in two';
  if (
    names &&
    every(
      (x) =>
        /\p{Lu}\p{L}*$/u.test(x.text) &&
        word(x.next) &&
        /^\p{Lu}/u.test(x.next) &&
        !/^(?:of|the)$/iu.test(x.next),
    )
  )
    return 'fragment: a name cut in two';
  // (English determiners: French and Spanish "a" is a verb or a preposition)
  if (/^\p{ASCII}*$/u.test(t) && every((x) => DETERMINER.test(x.next)))
    return 'fragment: a verb without its object';
  if (
    ADJ_END.test(ws[ws.length - 1] ?? '') &&
    every((x) => word(x.next) && /^\p{Ll}{3,}$/u.test(x.next) && !ENDING_FUNCTION_WORD.test(x.next))
  )
    return 'fragment: an adjective without its noun';
  if (
    ws.length === 2 &&
    /(?:ies|[^sui]s)$/iu.test(ws[0] ?? '') &&
    // a possessive is no verb ("Father's lifetime")
    !/['’]s$/u.test(ws[0] ?? '') &&
    !/s$/iu.test(ws[1] ?? '') &&
    !/^(?:rights|arms|affairs|news|states|nations)$/iu.test(ws[0] ?? '') &&
    every((x) => /^\p{Ll}/u.test(x.text))
  )
    return 'fragment: words of two clauses';
  if (/^(?:women|men|people|children)$/iu.test(ws[0] ?? '') && ws.length === 2)
    return 'fragment: words of two clauses';
  return null;
}

/** Units and scales ("Миллиардов рублей", "Million dollars"): the words of a figure, no topic. */
const UNIT =
  /^(?:millions?|billions?|trillions?|thousands?|hundreds?|percent|per|cent|dollars?|euros?|pounds?|миллион\p{L}*|миллиард\p{L}*|триллион\p{L}*|тысяч\p{L}*|процент\p{L}*|рубл\p{L}*|доллар\p{L}*|евро|millones|mil|euros|millions|milliards)$/iu;
/** A speech act about the talk itself ("Вот что хочу сказать", "Here's what I want to say"). */
const SPEECH_ACT =
  /^(?:вот что|here(?:'s| is) what|let me (?:say|tell))|(?:хочу|хотел бы) (?:сказать|отметить|подчеркнуть)|want to (?:say|tell you)/iu;
/** A short phrase's last word that belongs to the clause it was cut from ("American tonight"). */
const CLAUSE_ADVERB =
  /^(?:tonight|today|tomorrow|yesterday|now|here|there|again|anyway|overnight|ago|сегодня|сейчас|теперь|здесь)$/iu;
/** Russian case endings no nominative has (adjectives: -ого, -ому, -ыми, -ых; nouns: -ами). */
const RU_NOT_NOMINATIVE = /^\p{Script=Cyrillic}{2,}(?:ого|его|ому|ему|ыми|ими|ых|их|ами|ями)$/iu;
const RU_QUANTIFIER = /^(?:много|немного|всего|этого|того|самого|своего|нашего|вашего)$/iu;
/** Russian verb forms: reflexive, present third person, short participles ("началась", "связан", "принято"). */
const RU_PREDICATE =
  /^\p{Script=Cyrillic}{3,}(?:ся|сь|ает|яет|ует|ают|яют|уют|ано|ено|ято)$|^\p{Script=Cyrillic}{4,}(?:ан|ен)$/iu;

/**
 * Words no title is made of: units alone, a speech act, a clause's adverb at the end, a Russian
 * phrase opening in an oblique case (a Russian title is in the nominative), a Russian subject and
 * its predicate ("Вызов связан").
 */
function wordsFragment(t: string, ws: string[]): string | null {
  const words = ws.map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
  if (words.length && words.every((w) => UNIT.test(w) || ENDING_FUNCTION_WORD.test(` ${w}`)))
    return 'fragment: unit words alone';
  if (SPEECH_ACT.test(t)) return 'fragment: a speech act about the talk';
  if (words.length >= 2 && words.length <= 3 && CLAUSE_ADVERB.test(words[words.length - 1]!))
    return "fragment: ends on its clause's adverb";
  const first = words[0] ?? '';
  if (first.length >= 5 && RU_NOT_NOMINATIVE.test(first) && !RU_QUANTIFIER.test(first))
    return 'fragment: opens in an oblique case';
  if (
    words.length === 2 &&
    /\p{Script=Cyrillic}/u.test(first) &&
    !/(?:ый|ий|ой|ая|яя|ое|ые)$/u.test(first) &&
    RU_PREDICATE.test(words[1]!) &&
    !/(?:стан|граждан)$/u.test(words[1]!)
  )
    return 'fragment: a subject and its predicate';
  return null;
}

export function figuresOf(slide: Slide): KeyFigure[] {
  return slide.blocks.flatMap((b: Block) => (b.type === 'figures' ? b.items : []));
}

/** Why a figure breaks "every number on screen is a whole number the speech said", or null. */
export function figureProblem(f: KeyFigure, notes: string): string | null {
  if (!f.span) return 'no span';
  if (notes.slice(f.span.start, f.span.end) !== f.value) return 'span does not hold the value';
  const before = notes.charAt(f.span.start - 1);
  const after = notes.charAt(f.span.end);
  if (/[\p{Nd}]/u.test(before) || /[\p{Nd}]/u.test(after)) return 'cuts a number';
  if (
    /^[\s\u00A0\u202F\u2009,.]$/u.test(before) &&
    /\p{Nd}/u.test(notes.charAt(f.span.start - 2)) &&
    /^\p{Nd}{3}/u.test(f.value)
  )
    return 'cuts a thousands group';
  if (
    /\p{Nd}/u.test(f.value.charAt(0)) &&
    /[\p{L}][-‐]?$/u.test(notes.slice(Math.max(0, f.span.start - 2), f.span.start)) &&
    !/\p{Sc}|US\$$/u.test(notes.slice(f.span.start - 3, f.span.start))
  )
    return 'glued to a name';
  // a number in words must be said whole ("half a billion" is not "a billion"); a value with digits
  // that opens on a word opens on its hedge ("and almost 200 civilians"), not on a number in words
  if (
    /^\p{L}/u.test(f.value) &&
    !/\p{Nd}/u.test(f.value) &&
    /(?:half|quarter|hundred|thousand|and|[-‐])\s*$/iu.test(
      notes.slice(Math.max(0, f.span.start - 9), f.span.start),
    )
  )
    return 'cuts a number said in words';
  if (/\d[:：]\d\d/u.test(notes.slice(f.span.start - 3, f.span.end + 3)) && /^\d{1,2}$|^\d\d$/u.test(f.value))
    return 'a time of day';
  // (digits inside a name — COVID-19, G20 — are the name, not a number)
  // (a projection keeps the year it is projected to, said in the notes: "for imported oil by 1985";
  // an estimate the year it was made: "shortfall anticipated in 2016"; a doer's share the year it
  // is said of: "Federal Government taking … of the gross national product in 1985")
  const when = /(?:\sby\s+(?:the\s+end\s+of\s+)?|(?<=ed|forecast|…[^…]*)\s+in\s+)(?:19|20)\d\d$/u.exec(
    f.label,
  );
  let label = when && notes.includes(when[0].trim()) ? f.label.slice(0, when.index) : f.label;
  // (a time frame said for the figure keeps its length, said in the notes: "…, over 3 years",
  // "…, next 5 years")
  const frame =
    /,\s((?:(?:over|in|during|within)\s+)?(?:(?:the|these|those|a)\s+)?(?:(?:next|coming|last|past|first|same)\s+)?\d+(?:\s+(?:years?|months?|decades?)|-(?:year|month)\s+period))$/iu.exec(
      label,
    );
  if (frame && notes.includes(frame[1]!)) label = label.slice(0, frame.index);
  // (a budget year said for the figure keeps its year, said in the notes: "…, fiscal 1967", "… in
  // fiscal year 1979")
  const fiscal = /(?:,|\s(?:in|for|during))\s((?:fiscal(?:\s+year)?|FY)\s+(?:19|20)\d\d)$/u.exec(label);
  if (fiscal && notes.includes(fiscal[1]!)) label = label.slice(0, fiscal.index);
  // (the time a figure is said for, said right after it in the notes, keeps its number: "— in
  // fiscal year 1976", "increase in level, on February 1")
  const anchor = /(?:^|,?\s)((?:in|on|by|during|for)\s[^,]*\d)$/u.exec(label);
  if (
    anchor &&
    new RegExp(String.raw`^\s+${anchor[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\p{Nd})`, 'u').test(
      notes.slice(f.span.end),
    )
  )
    label = label.slice(0, anchor.index);
  // (the year or years a figure is said for keep their number, said in the notes: "American
  // families, 2023", "военные расходы СССР, 1981–1988", "Novo Banco: lucro em 2023")
  const year = /(?:,\s(?:к\s)?|\s(?:em|en|in|в)\s)((?:1[6-9]|20)\d\d(?:[–—-](?:1[6-9]|20)\d\d)?)$/u.exec(
    label,
  );
  if (year && notes.includes(year[1]!.slice(0, 4))) label = label.slice(0, year.index);
  if (label && /(?<![\p{L}][-‐]?\p{Nd}*)\p{Nd}/u.test(label)) return 'a number in the label';
  // (a life's milestone, "pastor by 18", says enough in one word said right before its number)
  const milestone =
    f.label.trim().split(/\s+/).length === 1 &&
    new RegExp(
      String.raw`(?<![\p{L}])${f.label.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:by|at)\s+$`,
      'u',
    ).test(notes.slice(Math.max(0, f.span.start - f.label.length - 8), f.span.start));
  // (or the counted noun said right after its number, "46 panel")
  const counted =
    /^\p{L}+$/u.test(f.label.trim()) && notes.slice(f.span.end).startsWith(` ${f.label.trim()}`);
  if (!f.label || (!CJK.test(f.label) && f.label.trim().split(/\s+/).length < 2 && !milestone && !counted))
    return 'no label of two words';
  if (f.label && ENDING_FUNCTION_WORD.test(f.label)) return 'label ends on a function word';
  if (/[|।॥,;:]$/u.test(f.label.trim())) return 'label ends on a danda or a comma';
  return null;
}

/** On-screen words of a slide (title and blocks), CJK characters counting half. */
export function screenWords(slide: Slide): number {
  const cjk = (slide.screenText.match(new RegExp(CJK.source, 'gu')) ?? []).length;
  const other = slide.screenText
    .replace(new RegExp(CJK.source, 'gu'), ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return other + cjk / 2;
}

/** Whitespace-insensitive containment, for strings the corpus quotes across line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
