/**
 * Hedges and bounds said with a number ("more than 50 cents", "almost 200 civilians", "below 4
 * percent", "más de 300", "plus de 40 heures", "более 50 лет", "超过50万", "أكثر من 20", "5000人以上")
 * stay with it: "50 cents" on a card for "more than 50 cents" says something the speaker did not.
 * A figure's span is widened over the hedge next to it, so the card shows it and the span still
 * holds exactly what was said.
 */
import type { Span } from '../segment';
import { conjunctions } from '../lexicon';
import { alternation, escapeRegExp } from '../word-classes';

/** Words before a number, per language (Latin, Cyrillic and Arabic scripts end on a word boundary). */
const WORD_HEDGES = [
  'more than|less than|fewer than|no more than|no less than|no fewer than|at least|at most|up to',
  'as many as|as much as|as few as|as little as|nearly|almost|about|around|approximately|roughly',
  'some|just over|just under|well over|close to|upwards of|in excess of|below|above|over|under',
  'an estimated|a maximum of|a minimum of',
  // "more 2 million rounds": a speaker who drops the "than" still said "more"
  'more',
  // Spanish, Portuguese, French, German, Italian
  'más de|menos de|casi|cerca de|alrededor de|aproximadamente|unos|unas|hasta|al menos|por lo menos',
  // ("un impacto recaudatorio en torno a 61 millones de euros", judge19)
  'en torno a|en torno al',
  // (before a share: "cerca del 50 %", "más del 60 %", "perto de 40 %", judge18)
  'cerca del|alrededor del|más del|menos del|casi el|cerca do|perto de|perto do|mais do que|menos do que',
  "mais de|quase|pelo menos|plus de|moins de|près de|presque|environ|quelque|jusqu’à|jusqu'à",
  'au moins|pas moins de|mehr als|weniger als|fast|knapp|rund|etwa|über|bis zu|mindestens',
  'più di|meno di|quasi|circa|oltre|fino a|almeno',
  // Russian
  'более чем|более|менее|свыше|почти|около|примерно|приблизительно|порядка|не менее|не более',
  'больше|меньше|чуть более|чуть менее',
  // Polish, Czech, Ukrainian, Greek, Hungarian ("ponad 10 milionów ha", "co najmniej 28 osób", judge14)
  // ("Order otrzymało ok. 26 tys. osób": "ok." is "około", carded "Order otrzymało ok", judge20)
  'ponad|więcej niż|mniej niż|co najmniej|przynajmniej|około|ok.|prawie|blisko|niemal',
  'více než|víc než|méně než|téměř|skoro|zhruba|kolem|nejméně|alespoň|minimálně|přibližně',
  'понад|більше ніж|менше ніж|більше|менше|майже|близько|приблизно|щонайменше|не менше|не більше',
  'πάνω από|περισσότερο από|περισσότερα από|λιγότερο από|σχεδόν|περίπου|τουλάχιστον',
  // (before a share, with its article: "θρήνησε πάνω από το 70% του εβραϊκού πληθυσμού", judge26)
  'πάνω από το|πάνω από τα|περισσότερο από το|λιγότερο από το|σχεδόν το|περίπου το|τουλάχιστον το',
  'több mint|kevesebb mint|közel|csaknem|majdnem|körülbelül|mintegy|legalább|nagyjából',
  // Swedish, Danish, Dutch, Finnish, Croatian/Slovenian/Serbian, Bulgarian ("drygt 50 procent", judge15)
  'drygt|knappt|cirka|omkring|nästan|mer än|minst|godt|næsten|mere end|mindst|ruim|bijna|ongeveer|meer dan|minstens',
  // (bounds: "vermogens boven 1 miljoen euro", "Einkommen unter 50.000 Euro", "över 1 miljon kronor", judge18)
  'boven|onder|minder dan|unter|över|mindre än',
  'noin|lähes|yli|vähintään|oko|gotovo|više od|najmanje|skoraj|približno|več kot|najmanj|около|почти|повече от|поне',
  // Vietnamese, Indonesian and Malay, Catalan ("hơn 80 năm nay", more than 80 years now; "gần 100
  // năm nay", nearly 100 years: Hồ Chí Minh 1945, judge27)
  'hơn|gần|khoảng|trên|ít nhất|xấp xỉ|chừng',
  'lebih dari|kurang dari|hampir|sekitar|kira-kira|setidaknya|sedikitnya|paling sedikit|lebih kurang',
  'més de|menys de|gairebé|prop de|al voltant de|almenys|aproximadament',
  // Arabic
  'أكثر من|أقل من|حوالي|حوالى|نحو|قرابة|ما يقارب|ما يزيد على|ما يزيد عن|ما لا يقل عن|زهاء|أزيد من',
  // Tamil ("சுமார் 17 லட்சம் ரூபாய்", about 17 lakh rupees; Mann Ki Baat, June 2017, judge26)
  'சுமார்|கிட்டத்தட்ட|ஏறக்குறைய|குறைந்தது',
  // Hindi ("क़रीब" with its nukta precomposed or combining, or without it)
  'करीब|\u0958रीब|क\u093Cरीब|लगभग|तकरीबन|त\u0958रीबन|तक\u093Cरीबन|कम से कम',
].flatMap((line) => line.split('|'));
/** Han and kana hedges before a number ("最近" is "recently", not "nearly"; "延べ", a count in person-times, stays too). */
const CJK_BEFORE =
  /(?:超过|超出|多达|高达|将近|接近|大约|不到|不足|至少|(?<![最附])近|(?<![条契公节预])约|(?<![条條契公節予要集制規誓婚])約|逾|およそ|おおよそ|ほぼ|少なくとも|最大|延べ)$/u;
/** Han and kana hedges after a number and its measure word ("5000人以上", "200万人を超える"; "三十多万" is a rule's). */
const CJK_AFTER =
  /^(?:以上|以下|左右|上下|之多|多|余|未満|余り|前後|程度|近く|強|弱|を超える|を超す|を上回る)/u;
/**
 * Words after a number: "10 years or more", "a dozen or so", "تقريبا", "से अधिक" (more than), "को
 * पार" of "98% को पार कर गया है" (has gone past 98%: the card shows "98% को पार", never a flat
 * "98%", render19).
 */
const WORD_AFTER =
  /^\s+(?:or more|or so|or less|or fewer|or above|or higher|and more|and up|and above|تقريبا|تقريبًا|على الأقل|से\s+(?:भी\s+)?(?:अधिक|ज\u093C?्यादा|\u095B्यादा|ऊपर)|को\s+पार(?=\s+(?:कर|हो)))(?![\p{L}\p{M}])/iu;

const escape = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');
const WORD_BEFORE = new RegExp(
  // (Arabic joins "and" to the next word: "وحوالي 300" is "and about 300")
  // (hedges may be chained: "less than about $8,000" is not "about $8,000")
  String.raw`(?<![\p{L}’'](?<!(?:^|\s)و))(?:(?:${[...WORD_HEDGES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\s+(?:a\s+)?)+$`,
  'iu',
);
/**
 * A minus said before a number: a sign glued to it ("-40", "−40", after a space or a bracket, never
 * a range's "20-40"), or a word ("minus", "moins", "минус", "ناقص", "மைனஸ்", "零下"), with the
 * numbers of a series it opens before this one ("minus 20, 25, 40", "minus 5 and 10": the
 * conjunctions are lexicon.ts's "and" and "or" of every language).
 */
const SIGN_BEFORE = new RegExp(
  String.raw`(?:(?<=^|[\s(])[-−]|(?<![\p{L}\p{M}])(?:minus|negative|moins|menos|meno|минус|мінус|ناقص|سالب|माइनस|मायनस|மைனஸ்|マイナス|零下)\s*(?:\d[\d.,]*\s*,\s*)*(?:(?:${alternation(conjunctions([], ['and', 'or']))})\s+)?)$`,
  'iu',
);

/** "over 12 months" may say when ("rose over 12 months"): a length takes "over"/"under" only after "for". */
const DURATION_ONLY_AFTER_FOR = /^(?:over|under|über|oltre)\s+$/iu;

/**
 * The span widened over a hedge said right before or after it, or the span itself. `duration`:
 * the figure is a length of time (then "over"/"under" are hedges only in "for over 60 years").
 */
export function withHedge(sentence: string, span: Span, duration = false): Span {
  let { start, end } = span;
  // a sign is the number's: "minus 40 degrees", "-40 °C", and a series it opens ("மைனஸ் 20, 25,
  // 40 டிகிரிகள்", minus 20, 25, 40 degrees): "40 degrees" alone says +40 (judge26)
  const signed = SIGN_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start));
  if (signed) start -= signed[0].length;
  const head = sentence.slice(Math.max(0, start - 40), start);
  const word = WORD_BEFORE.exec(head);
  if (word && !(duration && DURATION_ONLY_AFTER_FOR.test(word[0]) && !/\bfor\s+\S+\s+$/iu.test(head)))
    start -= word[0].length;
  else {
    const cjk = CJK_BEFORE.exec(head);
    if (cjk) start -= cjk[0].length;
  }
  const tail = sentence.slice(end, end + 20);
  const after = CJK_AFTER.exec(tail) ?? WORD_AFTER.exec(tail);
  if (after) end += after[0].length;
  return { start, end };
}

/**
 * Widens each figure of a sentence (in reading order) over the hedge said with it, never reaching
 * into its neighbour: labels stop at the next figure, so they leave the hedge to it. `kind`
 * `duration`: see `withHedge`.
 */
export function widenOverHedges(sentence: string, spans: Array<Span & { kind: string }>): void {
  spans.forEach((s, i) => {
    const h = withHedge(sentence, s, s.kind === 'duration');
    if (h.start >= (spans[i - 1]?.end ?? 0)) s.start = h.start;
    if (h.end <= (spans[i + 1]?.start ?? sentence.length)) s.end = h.end;
  });
}
