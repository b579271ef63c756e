/**
 * Phrases that sit next to a number but say nothing of what it counts: a hedge ("где-то в
 * районе", "somewhere around", "alrededor de"), an evaluation ("хороший показатель", "a good
 * result", "un buen dato"), a verb of proposing, wanting or doing said by the speaker ("предлагаю
 * повысить", "направим таким регионам", "I propose", "propongo"), a particle ("хотя бы", "even").
 * None of them is a label. And a bare plural of a number word ("миллионы", "millions", "thousands",
 * "тысячи", "Millionen", "آلاف", "数百万") says no number: it is no figure. Word lists per language,
 * as label-words.ts keeps its own.
 */

const list = (lists: Record<string, string>) => Object.values(lists).join(' ').split(/\s+/u).join('|');

/** Hedges, particles and vague words, one word each (a phrase of only these says nothing). */
const EMPTY: Record<string, string> = {
  ru: 'где-то где то в районе порядка около примерно приблизительно почти более менее свыше не хотя бы даже лишь только уже ещё еще же ведь вот именно всего как минимум максимум так это и а но',
  en: 'somewhere around roughly approximately about some nearly almost at least most or so give take even just only still already well over under in the region of neighbourhood neighborhood ballpark range order',
  es: 'alrededor de del unos unas aproximadamente casi más menos al lo por hasta incluso solo sólo ya cerca o así',
  fr: "environ près de du presque plus moins au jusqu’à jusqu'à même seulement déjà quelque autour ou à peu",
  de: 'etwa ungefähr rund fast mehr als weniger mindestens höchstens bis zu sogar nur schon knapp circa zirka gut oder so',
  ar: 'حوالي نحو تقريبا قرابة على الأقل أكثر من أقل حتى فقط ما يقارب',
  // connectives and hedges ("Thế mà hơn 80 năm nay": "and yet more than", no label, judge27)
  vi: 'thế mà vậy nhưng và thì còn rồi hơn gần khoảng trên chừng xấp xỉ ít nhất chỉ đã',
  id: 'dan tetapi tapi namun lalu jadi bahkan saja hanya sudah juga lagi lebih dari kurang hampir sekitar kira-kira setidaknya',
  ca: 'i però doncs més menys de gairebé prop al voltant uns unes fins a almenys aproximadament',
};
const EMPTY_WORD = new RegExp(String.raw`^(?:${list(EMPTY)})$`, 'iu');
/** Words of judgement and the vague nouns they go with ("хороший показатель", "a good result", "un buen dato"). */
const JUDGE: Record<string, string> = {
  ru: String.raw`хорош\p{L}* отличн\p{L}* неплох\p{L}* плох\p{L}* значительн\p{L}* серьёзн\p{L}* серьезн\p{L}* огромн\p{L}* большой высок\p{L}* низк\p{L}* рекордн\p{L}* показател\p{L}* результат\p{L}* цифр\p{L}* уровень очень весьма`,
  en: 'good great excellent remarkable impressive strong solid big huge record bad poor number figure result results achievement a an very quite really',
  es: String.raw`buen buena bueno buenos buenas excelente\p{L}* gran grande\p{L}* enorme\p{L}* importante\p{L}* récord resultado\p{L}* cifra\p{L}* dato\p{L}* logro\p{L}* muy un una`,
  fr: String.raw`bon bonne bons bonnes excellent\p{L}* beau belle grand\p{L}* énorme\p{L}* important\p{L}* record résultat\p{L}* chiffre\p{L}* très un une`,
  de: String.raw`gut\p{L}* hervorragend\p{L}* groß\p{L}* stark\p{L}* Rekord\p{L}* Ergebnis\p{L}* Zahl\p{L}* Wert\p{L}* sehr ein eine einen`,
  ar: 'جيد جيدة ممتاز ممتازة كبير كبيرة رقم نتيجة إنجاز مؤشر قياسي جدا',
};
const JUDGED = new RegExp(String.raw`^(?:${list(JUDGE)})$`, 'iu');
/** A verb of proposing or wanting that opens a phrase: what the speaker will do, not what is counted. */
const PROPOSE: Record<string, string> = {
  ru: 'предлагаю предлагаем предложу прошу просим хочу хотим считаю думаю полагаю надо нужно необходимо должны',
  en: 'propose proposing suggest suggesting want wish urge ask recommend',
  es: 'propongo proponemos propone quiero queremos pido pedimos sugiero planteo',
  fr: 'proposons souhaite souhaitons veux voulons demande demandons suggère',
  de: 'schlage schlagen vorschlagen möchte möchten will wollen fordere fordern',
  ar: 'أقترح نقترح أريد نريد أدعو ندعو',
};
const PROPOSING = new RegExp(String.raw`^(?:${list(PROPOSE)})$`, 'iu');
/**
 * A Russian verb the speaker says of what "we" will do ("направим", "выделим", "сохраним",
 * "увеличим"): a prefixed perfective in its first person plural, the label of nobody's figure.
 */
// (not an adjective's or a possessive's -им: "высоким", "нашим", "общим", "последним", "средним")
const RU_WE_WILL =
  /^(?:на|вы|пре|при|про|по|у|с|за|от|об|раз|рас|до|пере|о)\p{Ll}{3,}(?<![кгхшщжц]|[дтжшхзск]н)им$/u;
/** Han hedges and judgements that make a whole CJK label ("大约", "左右", "很好", "不错"). */
const CJK_EMPTY =
  /^(?:大约|大概|约|左右|至少|差不多|将近|接近|几乎|甚至|只有|仅仅|仅|起码|最少|最多|上下|很好|不错|很大|可观|了不起|好成绩|好结果|成绩|建议|我建议|提议|希望)+$/u;

const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Whether a would-be label says nothing of what its figure counts. */
export function saysNothing(phrase: string): boolean {
  if (CJK_EMPTY.test(phrase.trim())) return true;
  const ws = phrase.split(/\s+/u).map(bare).filter(Boolean);
  if (!ws.length) return true;
  if (PROPOSING.test(ws[0]!) || RU_WE_WILL.test(ws[0]!)) return true;
  if (ws.every((w) => EMPTY_WORD.test(w))) return true;
  return ws.every((w) => JUDGED.test(w) || EMPTY_WORD.test(w));
}

/** "миллионы", "thousands", "des milliers": a plural of a number word alone, said without a number. */
const BARE_PLURAL =
  /^(?:(?:many|several|countless|tens\s+of|hundreds\s+of|многие|многих|десятки|сотни|несколько|des|plusieurs|varios|varias|muchos|mehrere|viele|einige)\s+)?(?:millions|billions|thousands|hundreds|dozens|tens|миллион(?:ы|ов|ами|ам|ах)|миллиард(?:ы|ов|ами|ам|ах)|тысяч(?:и|ами|ам|ах)?|сотни|сотен|десятки|десятков|millones|miles|cientos|decenas|centenares|millions|milliers|centaines|dizaines|milliards|Millionen|Milliarden|Tausende|Hunderte|Dutzende|(?:ال)?ملايين|(?:ال)?آلاف|(?:ال)?مئات|(?:ال)?عشرات)$/iu;
/**
 * "数百万", "成千上万", "数以万计": Han bare plurals; and the set phrases for "countless" that read
 * as numbers and count nothing ("会有千百万个李公朴站起来", "千千万万", "亿万", "成百上千").
 */
const CJK_BARE =
  /^(?:(?:数|几|上|成千上)(?:十|百|千|万|十万|百万|千万|亿|十亿)(?:计)?|成千上万|成千成万|成百上千|数以(?:万|千|百万|亿)计|千百万|千千万万|千千万|千万万|万万千千|亿万|百千万|千百)[个名人]?$/u;

/** Whether a figure's value is only a bare plural of a number word (no figure). */
export function isBarePlural(value: string): boolean {
  // ("направил миллиарды рублей": billions of what, still no number, judge20)
  const v = value.trim().replace(/\s+(?:of\s+)?[\p{L}'’-]+$/u, '');
  return (
    !/\p{Nd}/u.test(value) &&
    (BARE_PLURAL.test(value.trim()) ||
      CJK_BARE.test(value.trim()) ||
      (v !== value.trim() && BARE_PLURAL.test(v)))
  );
}
