/**
 * Turkish labels: what a count counts is the noun phrase said right after it (issue 10). Turkish
 * puts the counted noun, singular, straight after the number ("84 farklı kurum", "360 bilim
 * insanı", "12 akademik oturum") and the verb at the clause's end, so label.ts's words-after-the-
 * number ran on into the rest of the clause: "30 — ülkenin katılımcıları görüş ve düşüncelerini
 * dünya", "12 — akademik oturum ve", "11 — vaka kritik toplantısıyla tamamlandı".
 *
 * The label is the words after the number, at most three, up to the first of:
 * - a clause mark (the word before a comma is the phrase's last);
 * - a conjunction or postposition ("ve", "ile", "veya", "gibi", "olmak", "da"…);
 * - a finite verb ("tamamlandı", "paylaştılar", "katılıyor", "gelmiştir");
 * - the head of a genitive or ablative ("ülkenin katılımcıları", "üniversiteden akademisyen"):
 *   the word after one is taken, and the phrase ends there;
 * - a compound's head, marked by its possessive ("bilim insanı", "vaka kritik toplantısı"): the
 *   word after it ("…insanı katılım sağladı") belongs to the clause.
 * The instrumental "-(y)la/-(y)le" (the clitic "ile") is no part of what is counted:
 * "toplantısıyla" is labelled "toplantısı", a prefix of the word said. A day of a month ("28 Ekim
 * 2018") counts nothing: no label.
 */
import { isTurkishFinite } from '../turkish';

/** Conjunctions, postpositions and particles that end a counted noun phrase. */
const ENDS =
  /^(?:ve|ile|veya|yahut|ya|ama|fakat|ancak|gibi|olmak|olarak|üzere|da|de|ki|için|kadar|daha|en|çok|bile|hem|ise)$/u;
/** Turkish months: a number before one is a day, not a count. */
const MONTH = /^(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)/u;
/** A genitive or ablative ending: the word after it is the phrase's head. */
const TAKES_HEAD = /(?:[ıiuü]n|[dt][ae]n)$/u;
/** The instrumental clitic glued to a word ending in a vowel ("toplantısıyla", "kurumla"). */
const INSTRUMENTAL = /(?<=[aeıioöuü])yl[ae]$/u;

const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}’']+$/gu, '');
const lower = (w: string) => w.toLocaleLowerCase('tr');

/**
 * The noun phrase a Turkish count counts, from the text right after the number; '' when none
 * (a date, a clause mark right after, a verb).
 */
export function turkishCountLabel(after: string): string {
  const m = /^\s+([^]*)$/u.exec(after);
  if (!m) return '';
  const out: string[] = [];
  for (const raw of m[1]!.split(/\s+/u)) {
    if (!raw) break;
    const word = bare(raw);
    const low = lower(word);
    if (!word || /\p{Nd}/u.test(raw) || ENDS.test(low) || isTurkishFinite(word)) break;
    if (!out.length && MONTH.test(low)) return '';
    const ended = /[,;:.!?)—–"“”]/u.test(raw.slice(raw.indexOf(word) + word.length));
    const instrumental = INSTRUMENTAL.test(low);
    out.push(instrumental ? word.slice(0, -3) : word);
    // "bilim insanı", "kritik toplantısı": the compound's possessive ends it ("…insanı katılım sağladı")
    const compound = out.length >= 2 && /[ıiuü]$/u.test(low);
    if (ended || instrumental || compound || out.length >= 3) break;
    // "ülkenin katılımcıları": the head after a genitive (or an ablative) ends the phrase
    if (TAKES_HEAD.test(low)) {
      const next = m[1]!.split(/\s+/u)[out.length];
      const head = next ? bare(next) : '';
      if (head && !ENDS.test(lower(head)) && !isTurkishFinite(head) && !/\p{Nd}/u.test(next!)) out.push(head);
      break;
    }
  }
  return out.join(' ');
}

/**
 * Adjectives said after a number whose noun is left to the next item ("62 ulusal, 32 yabancı
 * üniversiteden akademisyen": 62 national universities): a word of a kind, never what is counted.
 * The common derivational endings (-sal/-sel, -lı/-li/-lu/-lü, -sız/-siz/-suz/-süz) and the
 * everyday adjectives.
 */
const ADJECTIVE =
  /(?:sal|sel|l[ıiuü]|s[ıiuü]z)$|^(?:yabancı|yerli|yeni|eski|büyük|küçük|farklı|çeşitli|diğer|ayrı|özel|genel|yerel|uluslararası|önemli|temel|ana|ilk|son)$/u;

/**
 * Whether a Turkish count's label is one noun, the counted thing itself ("46 panel"): a card
 * says enough with it, as "46 panels" would. Never an adjective whose noun is elided.
 */
export function countedNoun(label: string): boolean {
  return /^\p{L}{3,}$/u.test(label) && !ADJECTIVE.test(lower(label));
}

/** A genitive after a vowel ("ülkenin", "şirketin" is left out: "-in" ends many nouns, "kadın"). */
const GENITIVE = /\p{L}{2,}[aeıioöuü]n[ıiuü]n$/u;
/** A possessed head, third person ("katılımcıları", "temsilcisi", "vatandaşları"). */
const POSSESSED = /\p{L}{3,}(?:[ıiuü]|s[ıiuü]|l[ae]r[ıi])$/u;

/**
 * "30 ülkenin katılımcıları": the number counts the countries, said in the genitive, and the head
 * after it is theirs; the card "30 — ülkenin katılımcıları" read as 30 participants. The genitive
 * joins the value and the head is the label: "30 ülkenin — katılımcıları". The length of " ülkenin"
 * and the head, or null when the count's noun is no genitive with its head.
 */
export function turkishGenitiveCount(after: string): { take: number; head: string } | null {
  const m = /^\s+(\p{L}+)\s+(\p{L}+)/u.exec(after);
  if (!m) return null;
  const [, gen, head] = m;
  if (!GENITIVE.test(lower(gen!)) || !POSSESSED.test(lower(head!)) || isTurkishFinite(head!)) return null;
  if (ENDS.test(lower(head!))) return null;
  return { take: 1 + gen!.length, head: head! };
}

/** Postpositions that hedge the figure before them ("yüzde 4-4,5 civarında"): no part of the label. */
const HEDGE_AFTER = /^(?:civarında|civarı|dolayında|kadar|yakın|aşkın|üzerinde)$/u;
/** A converb in "-ken" ("öngörülmüşken", "artarken") or a form of "olmak" ("oldu", "olan"): the clause goes on. */
const CLAUSE_GOES_ON =
  /^(?:\p{L}{3,}(?:m[ıiuü]şken|yorken|[ae]rken|[ıiuü]rken)|ol(?:du|ur|muş|acak|an|up|sa)\p{L}*)$/u;
/** A verbal noun with its possessive ("artırılması", "düşürülmesi"): what is done, whose is said before. */
const VERBAL_NOUN = /\p{L}{3,}m[ae]s[ıi](?:n[ıiae])?$/u;
/** A genitive ("bütçesinin", "kurumların"), or a locative ("ödeneklerinde"): said right before the figure, its owner or its place. */
const OWNER_BEFORE = /\p{L}{3,}(?:n[ıiuü]n|[ıiuü]n|[dt][ae])$/u;

/**
 * An owner said before the figure that is itself possessed ("ödeneklerinde", their appropriations-in;
 * "bütçesinin"): the plural or "-sı/-si" possessive before a case ending. Its own owner, a genitive
 * right before it ("kurumlarının ödeneklerinde"), says whose it is.
 */
const POSSESSED_OWNER = /\p{L}{2,}(?:l[ae]r[ıi]|s[ıiuü])n(?:d[ae]|[ıiuü]n|[ae])$/u;

/** The most words of a Turkish figure's noun phrase after it. */
const MAX_PHRASE = 6;

/**
 * The label of a Turkish figure with a unit or a scale (a percent, money, "1,5 milyarlık"), from
 * what is said around it, or '' (label-tr.ts's count labels are for bare counts). Turkish puts the
 * figure before the noun phrase it measures and the verb last: the label is the noun phrase after
 * the figure up to the verb ("1,5 milyarlık bin odadan fazla bir saray yaptırmıştır" → "bin odadan
 * fazla bir saray"), past a hedging postposition ("civarında"); when that phrase is one verbal
 * noun or opens on an article, the owner or place said right before the figure comes first
 * ("bütçesinin yüzde 50 veya yüzde 100 artırılması" → "bütçesinin artırılması", what is increased).
 */
export function turkishFigureLabel(before: string, after: string): string {
  const m = /^\s+([^]*)$/u.exec(after);
  if (!m) return '';
  const out: string[] = [];
  for (const raw of m[1]!.split(/\s+/u)) {
    const word = bare(raw);
    const low = lower(word);
    if (!word || /\p{Nd}/u.test(raw)) break;
    if (!out.length && HEDGE_AFTER.test(low)) continue;
    if (ENDS.test(low) || isTurkishFinite(word) || CLAUSE_GOES_ON.test(low)) break;
    out.push(word);
    if (/[,;:.!?)—–"“”]/u.test(raw.slice(raw.indexOf(word) + word.length)) || out.length > MAX_PHRASE) break;
  }
  if (!out.length || out.length > MAX_PHRASE) return '';
  // (past a particle or a hedge said before the figure: "ödeneklerinde ancak yüzde 4-4,5")
  const ws = before.split(/\s+/u).map(bare).filter(Boolean);
  while (ws.length > 1 && ENDS.test(lower(ws[ws.length - 1]!))) ws.pop();
  const owner = /[,;:]\s*$/u.test(before) ? '' : (ws[ws.length - 1] ?? '');
  const needsOwner = (out.length === 1 && VERBAL_NOUN.test(lower(out[0]!))) || lower(out[0]!) === 'bir';
  if (needsOwner && owner && OWNER_BEFORE.test(lower(owner)) && !ENDS.test(lower(owner))) {
    out.unshift(owner);
    // "kamu kurumlarının ödeneklerinde ancak yüzde 4-4,5 civarında bir artış": the appropriations
    // are the institutions'; without the genitive, "ödeneklerinde bir artış" under a slide about the
    // presidency's budget read as the presidency's rise (judge32)
    const whose = ws[ws.length - 2] ?? '';
    if (POSSESSED_OWNER.test(lower(owner)) && GENITIVE.test(lower(whose)) && out.length < MAX_PHRASE)
      out.unshift(whose);
  }
  return out.join(' ');
}
