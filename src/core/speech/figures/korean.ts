/**
 * Korean figures (judge11, Park Geun-hye's 3·1절 address of 2015). Korean glues its scale (만, 억,
 * 조, with 천/백/십 before them) and its counter or unit (불, 달러, 원, 명, 개, 세, 톤, %…) to the
 * digits, and its particle after them ("860억불을 넘어섰고"), so no rule for spaced languages ever
 * saw a figure there: the speech got no card. Korean is SOV: what is counted is the subject or
 * object said before the number with its particle ("교역량은 860억불을", "연령이 90세에").
 *
 * A figure is a number token with a counter or a scale glued to it, said whole ("860억불", "1조
 * 2천억원", "4천여명"), with its hedge ("약", "무려", "이상"). Its label is the noun phrase right
 * before it, ending on a topic, subject or object particle (은/는/이/가/을/를, matched to the
 * final consonant of the syllable before it, so "국가" keeps its 가): the particle dropped, the noun
 * and at most one modifier before it (a genitive "양국의" or a bare noun "상호", "평균"). No such
 * phrase → no figure: a Korean figure is never shown without a label.
 *
 * Not figures: dates, years and names (their tokens are not `number`s: numbers.ts, time-ref.ts),
 * ordinals ("제5차", "3번째"), lengths and points of time ("분단 70년", "광복 70주년", "3개년",
 * "21세기": a time unit makes no Korean card), a bare number with no counter or scale, an age
 * ("90세") unless its label says it is an age ("평균 연령").
 */
import type { Span } from '../segment';
import type { FoundFigure, FigureKind } from './index';
import type { NumberToken } from './numbers';

const HANGUL = /\p{Script=Hangul}/u;

/** Whether a sentence is Korean prose, whose figures this file finds. */
export function isKorean(sentence: string, lang: string): boolean {
  return /^ko(?:-|$)/iu.test(lang) || (!lang && /\p{Script=Hangul}{2}/u.test(sentence));
}

const NUM = String.raw`\p{Nd}[\p{Nd},]*(?:\.\p{Nd}+)?`;
const SCALE = String.raw`(?:[천백십]?[조억만]|천)`;
/** Counters and units, each with the kind of figure it makes (longest first where one opens another). */
const UNITS: ReadonlyArray<[RegExp, FigureKind]> = [
  [/^(?:달러|불|원|엔|유로|위안|파운드)/u, 'currency'],
  [/^(?:%|％|퍼센트|프로(?![젝그세]))/u, 'percentage'],
  [/^배(?![송달추경우])/u, 'multiplier'],
  [/^(?:톤|킬로미터|km|㎞|헥타르|제곱킬로미터)/u, 'dimension'],
  // ("3개년", "6개월" are lengths of time; "21세기" a century; "명예" honour)
  [/^(?:명(?![예령])|개국|개사|개소|개(?![년월])|가구|곳|건|척|마리|세(?![기대])|채)/u, 'count'],
];
/** A currency word after a scale and a space, with at most its particle after it ("5천만 달러를"). */
const SPACED_CURRENCY =
  /^\s(?:달러|유로|엔|위안|파운드|원)(?=[을를이가은는의에도와과로까]?(?!\p{Script=Hangul}))/u;
/** Units of time: a number said with one is a length or a point of time, never a Korean card. */
const TIME_UNIT = /^(?:년|개년|개월|월|일|시간|시|분|초|주년|주일|주|세기|세대|여년)/u;
const HEDGE_BEFORE = /(?:^|\s)(?:약|무려|총|대략|거의|연간)\s$/u;
/** A hedge after the figure, before its particle ("500만명 이상을"). */
const HEDGE_AFTER =
  /^\s?(?:이상|가량|정도|남짓|미만|이하|이내)(?=[은는이가을를에의도로]?(?!\p{Script=Hangul}))/u;

/** The final consonant (받침) of a Hangul syllable, 0 when it ends on a vowel, -1 for no syllable. */
function finalConsonant(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0xac00 && c <= 0xd7a3 ? (c - 0xac00) % 28 : -1;
}

/** The noun a word carries its topic, subject or object particle on ("교역량은" → "교역량"), or ''. */
function particleNoun(word: string): string {
  const m = /^(\p{Script=Hangul}+)([은는이가을를])$/u.exec(word);
  if (!m) return '';
  const stem = m[1]!;
  const fin = finalConsonant(stem[stem.length - 1]!);
  // 은/이/을 follow a final consonant, 는/가/를 a vowel: "국가" ends on its own 가
  const afterConsonant = /[은이을]/u.test(m[2]!);
  if (fin < 0 || afterConsonant !== fin > 0) return '';
  return PRONOUN.test(stem) ? '' : stem;
}

/** What says nothing counted: pronouns, demonstratives, time words. */
const PRONOUN =
  /^(?:이것|그것|저것|이|그|저|우리|저희|나|너|여러분|이들|그들|누구|무엇|것|수|때|지난해|올해|작년|금년|내년|매년|이제|지금|현재|당시|최근|오늘|어제)$/u;
/** A modifier that may open a label: a genitive ("양국의") or a bare noun ("상호", "평균"), never a verb form. */
function modifier(word: string): string {
  if (!/^\p{Script=Hangul}+$/u.test(word) || PRONOUN.test(word)) return '';
  if (/^\p{Script=Hangul}{2,}의$/u.test(word) && !PRONOUN.test(word.slice(0, -1))) return word;
  // adnominal verb forms ("계신", "넘는", "했던"), connectives and particles end otherwise
  if (
    word.length < 2 ||
    /(?:한|된|는|던|운|인|진|신|난|른|큰|은|할|될|을|갈|고|며|서|게|지|다|요|까|에|로|와|과|도|만|가|이|를|께)$/u.test(
      word,
    )
  )
    return '';
  return word;
}

/** Adverbs and determiners said bare before a number: never what it counts ("모두 100명"). */
const BARE_NOT_NOUN =
  /^(?:모두|모든|전부|단|불과|겨우|이미|벌써|다시|또|또한|각각|무려|약|총|대략|거의|오직|다만|바로|이제|모두가|특히|이번|이들)$/u;

/**
 * The label before a Korean figure: the particle-marked noun right before it, with one modifier;
 * or, where the figure carries the particle itself (`argument`), the bare noun it stands beside
 * ("협력 국가 20개국이" → "협력 국가"): the counted noun said before its count.
 */
function labelBefore(before: string, argument: boolean): string {
  const ws = before.split(/\s+/u).filter(Boolean);
  const last = ws[ws.length - 1] ?? '';
  // (a bare noun may end as a particle would, where the particle's form does not fit: "국가")
  const bare =
    argument &&
    /^\p{Script=Hangul}{2,}$/u.test(last) &&
    !BARE_NOT_NOUN.test(last) &&
    !PRONOUN.test(last) &&
    !/(?:한|된|는|던|운|인|진|신|난|른|큰|은|할|될|을|갈|고|며|서|게|지|다|요|까|에|로|와|과|도|만|를|께|의)$/u.test(
      last,
    )
      ? last
      : '';
  const head = particleNoun(last) || bare;
  if (!head || !/[\s]$/u.test(before)) return '';
  const mod = ws.length >= 2 ? modifier(ws[ws.length - 2]!) : '';
  return mod ? `${mod} ${head}` : head;
}

/** Verbs that take an amount as object while their subject is what amounts to it ("교역량은 860억불을 넘어섰고"). */
const REACH = /^\s(?:넘|넘어|기록|돌파|달성|웃돌|밑돌|상회|하회|차지|육박)/u;
/**
 * A topic or subject before an amount said as the object of another verb is who acts, not what is
 * counted: "정부는 100만원을 지원합니다" is no "100만원 — 정부".
 */
function agentBefore(sentence: string, start: number, end: number): boolean {
  const head = /(\S+)\s$/u.exec(sentence.slice(Math.max(0, start - 20), start))?.[1] ?? '';
  const object = /^[을를]/u.exec(sentence.slice(end));
  return /[은는이가]$/u.test(head) && !!object && !REACH.test(sentence.slice(end + 1));
}

/**
 * "우리나라는 이미 GCF에 약 5천만 달러를 지원하기로 약속하여": an amount that is the object of a
 * 하다 verb, said by its subject, is what that verb gives; its label is the verb's own noun (지원,
 * 투자, 기부…, the stem before 하) with where it goes, the noun marked 에 right before the amount
 * ("GCF 지원"), or '' when there is no such noun: the noun alone ("지원") says not to whom.
 * `before`: the sentence up to the figure (its hedge included); `after`: from its end.
 */
function givenLabel(before: string, after: string): string {
  const verb = /^[을를]\s+(\p{Script=Hangul}{2,3}?)(?:하기로|하고|하여|해|했|합니다|하겠|할|한|하는)/u.exec(
    after,
  );
  const to = /(?:^|\s)([\p{L}\p{Nd}]{2,})에\s+(?:\S+\s+)?$/u.exec(before);
  if (!verb || !to || PRONOUN.test(to[1]!) || !GIVING.test(verb[1]!)) return '';
  return `${to[1]} ${verb[1]}`;
}
/** Nouns of giving a 하다 verb makes ("지원하다", "투자하다"): what an amount given by its subject is. */
const GIVING = /^(?:지원|투자|기부|출연|기여|공여|제공|지급|배정|투입|출자|원조|융자|대출)$/u;

/** The figure a Korean number token makes: its span (with scale, counter, hedge) and kind. */
function figureAt(
  sentence: string,
  token: NumberToken,
): (Span & { kind: FigureKind; core: number; age: boolean }) | null {
  const before = sentence.slice(Math.max(0, token.start - 8), token.start);
  // "제5차", "제96주년": an ordinal; a number glued to a Hangul word before it is part of a name
  if (/제\s?$/u.test(before) || /\p{Script=Hangul}$/u.test(before)) return null;
  const rest = sentence.slice(token.start);
  const num = new RegExp(String.raw`^(?:${NUM}${SCALE}\s?)*${NUM}(${SCALE})?(여)?`, 'u').exec(rest);
  if (!num) return null;
  let end = token.start + num[0].length;
  const after = sentence.slice(end);
  if (TIME_UNIT.test(after)) return null;
  // ("5천만 달러를": a currency said as its own word after a scale, the particle on it)
  const spaced = num[1] ? SPACED_CURRENCY.exec(after) : null;
  const unit = spaced
    ? { m: spaced, kind: 'currency' as FigureKind }
    : UNITS.map(([re, kind]) => ({ m: re.exec(after), kind })).find((u) => u.m);
  if (!unit && !num[1]) return null;
  if (unit) end += unit.m![0].length;
  // "3번째", "4대 구조개혁", "3.1운동": a number glued to what is no counter is no figure
  else if (HANGUL.test(sentence[end] ?? '') && !/^[은는이가을를에의도로과와]/u.test(sentence.slice(end)))
    return null;
  const kind: FigureKind = unit?.kind ?? 'scaled';
  const age = unit?.m![0] === '세';
  const core = end;
  end += HEDGE_AFTER.exec(sentence.slice(end))?.[0].length ?? 0;
  return { start: token.start, end, kind, core, age };
}

/**
 * Verbs that make the amount before them a bound: "860억불을 넘어섰고" (exceeded), "90세에
 * 가까워서" (came close to), "육박", "돌파", "밑돌". The card's value is the words said, so it cannot
 * carry the verb after them; without it "860억불 — 양국의 교역량" says an exact amount the speech
 * did not (render19). Such a figure has no card, unless a hedge is said with it ("약", "이상").
 */
const BOUND_VERB =
  /^(?:[을를에]\s?)?(?:넘어서|넘어섰|넘었|넘는|넘을|넘어|넘겼|넘긴|돌파|상회|웃돌|웃도|육박|가까|근접|밑돌|밑도|하회|못\s?미치|미치지\s?못)/u;

/** Korean figures of one sentence, each with its label; a figure with no faithful label is left out. */
export function koreanFigures(sentence: string, tokens: NumberToken[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  let covered = 0;
  for (const token of tokens) {
    if (token.kind !== 'number' || token.start < covered) continue;
    const f = figureAt(sentence, token);
    if (!f) continue;
    covered = f.end;
    // a figure never takes in another token that is not a number ("1919년" inside one)
    if (tokens.some((t) => t.kind !== 'number' && t.start < f.end && t.end > f.start)) continue;
    const hedge = HEDGE_BEFORE.exec(sentence.slice(Math.max(0, f.start - 6), f.start));
    const start = hedge ? f.start - hedge[0].replace(/^\s/u, '').length : f.start;
    // (a figure with its own case particle is what the clause is about: "20개국이 참여했습니다")
    const argument = /^[이가은는을를](?!\p{Script=Hangul})/u.test(sentence.slice(f.end));
    // (an amount given by its subject is labelled by the giving: "GCF에 약 5천만 달러를 지원하기로" → "GCF 지원")
    const given = givenLabel(sentence.slice(0, start), sentence.slice(f.end));
    const label = agentBefore(sentence, start, f.end)
      ? given
      : labelBefore(sentence.slice(0, start), argument) || given;
    // an age is a figure only when its label says it is one ("평균 연령이 90세에")
    if (!label || (f.age && !/연령|나이|수명/u.test(label))) continue;
    // "860억불을 넘어섰고": a bound the card cannot show, unless a hedge is said with the figure
    if (f.end === f.core && !hedge && BOUND_VERB.test(sentence.slice(f.end))) continue;
    const value = sentence.slice(start, f.end);
    out.push({ start, end: f.end, kind: f.kind, value, label, core: sentence.slice(f.start, f.core) });
  }
  return out;
}
