/**
 * Korean titles as a Korean designer writes them: a headline in noun style (개조식), never a whole
 * sentence. A Korean sentence ends on its predicate ("…추진하겠습니다", "…새였습니다"), so a first
 * sentence is no title as it stands; where its predicate is a Sino-Korean noun + 하다/시키다/되다
 * ("추진하겠습니다", "강화하고", "해방시키겠습니다"), the headline is that noun after its object,
 * each without its particle: "포용적 성장을 추진하겠습니다" → "포용적 성장 추진", "전쟁의 불안에서
 * 한반도를 해방시키겠습니다" → "한반도 해방" (an adverbial phrase, "불안에서", is left out).
 *
 * Particles are told from a word's own last syllable by the rule of their form: 을/이/은 follow a
 * closed syllable (one with a final consonant), 를/가/는 an open one, so "국가" (nation) keeps its
 * 가 and "나라가" loses it.
 */
const HANGUL = /\p{Script=Hangul}/u;
const QUOTES = /[‘’“”'"「」『』]/gu;

/** Endings that close a clause or a sentence: a title ending so is a statement, not a headline. */
const CLAUSE_END =
  /(?:니다|니까|세요|어요|아요|여요|해요|예요|이다|한다|했다|된다|있다|없다|겠다|였다|었다|았다|시다|하고|되고|지고|[했었았였겠않]고|하며|하면|해서|하여|지만|는데|면서|도록|려고|으며|으면|어야|아야|해야|[아어와워해여]도|이기도)[.!?]?$/u;

/** A predicate of a Sino-Korean noun (two syllables or more) + 하다/시키다/되다, as said at a sentence's or clause's end. */
const NOUN_VERB =
  /^(\p{Script=Hangul}{2,}?)(?:하겠습니다|합니다|했습니다|하였습니다|하겠다|하고|하며|하자|한다|했다|해야|하여야|시키겠습니다|시킵니다|시켰습니다|시키고|시키며|되었습니다|됩니다|됐습니다|되고|되며)$/u;

/** 하다 said apart from its noun ("정권교체 하겠습니다"): the word before is the predicate's noun. */
const BARE_HA = /^(?:하겠습니다|합니다|했습니다|하겠다|하자|한다|했다)$/u;

/** Particles that make a phrase adverbial ("불안에서", "국민과", "정치로"): the headline stops before it. */
const ADVERBIAL = /(?:에서|에게|께서|으로|부터|까지|처럼|보다|에|와|과|로|도|만)$/u;
/** … of two syllables, which no common noun ends on (a noun may end on 도, 과: "한반도", "결과"). */
const ADVERBIAL_LONG = /(?:에서|에게|께서|으로|부터|까지|처럼|보다)$/u;

/** Whether a Hangul syllable ends on a final consonant (받침). */
function closed(syllable: string): boolean {
  const code = syllable.codePointAt(0)!;
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 !== 0;
}

/** A word without its case or topic particle (을/를, 이/가, 은/는), where the particle's form fits. */
function withoutParticle(word: string): string {
  if (word.length < 2) return word;
  const last = word.slice(-1);
  const before = word.slice(-2, -1);
  const afterClosed = last === '을' || last === '이' || last === '은';
  const afterOpen = last === '를' || last === '가' || last === '는';
  if ((afterClosed && closed(before)) || (afterOpen && !closed(before))) return word.slice(0, -1);
  return word;
}

/** Whether a title is mostly Korean. */
export const isKorean = (t: string): boolean => HANGUL.test(t);

/** Why a Korean title fails, if it does: a clause or sentence ending, or a quote mark left open. */
export function koreanTitleProblem(title: string): string | null {
  const t = title.trim();
  if (CLAUSE_END.test(t)) return 'a clause, not a headline';
  const opens = (t.match(/[‘“]/gu) ?? []).length;
  const closes = (t.match(/[’”]/gu) ?? []).length;
  if (opens !== closes) return 'a quote mark left open';
  // a last word that keeps its particle waits for the rest of its clause ("보통사람들은")
  const last = t.split(/\s+/u).at(-1)!;
  if (withoutParticle(last) !== last || ADVERBIAL_LONG.test(last)) return 'ends on a particle';
  return null;
}

/**
 * The noun-style headline of a Korean sentence or clause whose predicate is a noun + 하다 (and the
 * like), of at most three words; null when it has no such predicate or nothing before it.
 */
export function koreanHeadline(sentence: string): string | null {
  const words = sentence
    .replace(QUOTES, '')
    .replace(/[.!?…]+$/u, '')
    .trim()
    .split(/\s+/u);
  // the first clause: up to a word that closes one ("강화하고", "추진하며")
  const bare = (i: number) =>
    i > 0 && BARE_HA.test(words[i]!) && /^\p{Script=Hangul}{2,}$/u.test(words[i - 1]!);
  const end = words.findIndex((w, i) => NOUN_VERB.test(w.replace(/,$/u, '')) || bare(i));
  if (end < 1) return null;
  // "정권교체 하겠습니다" → "정권교체": the noun before a 하다 said apart is the headline's last word
  if (bare(end))
    return words.slice(Math.max(0, end - 2), end).every((w) => !ADVERBIAL_LONG.test(w))
      ? words
          .slice(Math.max(0, end - 2), end)
          .map(withoutParticle)
          .join(' ')
      : null;
  const stem = NOUN_VERB.exec(words[end]!.replace(/,$/u, ''))![1]!;
  const before: string[] = [];
  for (let i = end - 1; i >= 0 && before.length < 2; i--) {
    const word = words[i]!;
    if (/[,，]$/u.test(word) || !HANGUL.test(word) || ADVERBIAL.test(word)) break;
    before.unshift(withoutParticle(word));
  }
  if (before.length === 0) return null;
  return [...before, stem].join(' ');
}
