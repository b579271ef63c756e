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

/**
 * Endings that close a clause or a sentence: a title ending so is a statement, not a headline. The
 * copula's connective forms ("투자이며", "미래이고", "사실이지만") close a clause as a verb's do.
 */
const CLAUSE_END =
  /(?:니다|니까|세요|어요|아요|여요|해요|예요|이다|한다|했다|된다|있다|없다|겠다|였다|었다|았다|시다|하고|되고|지고|[했었았였겠않]고|하며|하면|해서|하여|지만|는데|면서|도록|려고|으며|으면|어야|아야|해야|[아어와워해여]도|이기도|이며|이고|이므로|이라서|이어서|이라면|이라고|이니)[.!?]?$/u;

/**
 * Adverbs a phrase ends on while it waits for its verb: an adjective's adverb in -게 ("강하게",
 * "새롭게", "크게"), "함께", and the postpositions of purpose and means ("미래를 위해", "대화를
 * 통해"). Nouns that end on 게 ("가게", "무게") are told apart.
 */
const ADVERB_END = /(?:게|함께|위해|위해서|위하여|통해|통해서|통하여|대해|대하여|향해|향하여|따라)$/u;
const NOUN_GE = /^(?:가게|무게|지게|집게|게)$/u;

/**
 * Roots of adjectives in 하다 (위대하다, 중요하다): "국민은 위대했습니다" states a quality, no action,
 * so its headline is the quality before its noun ("위대한 국민"), never "국민 위대".
 */
const ADJECTIVE_ROOT =
  /^(?:위대|중요|필요|행복|가능|충분|분명|확실|시급|소중|부족|풍요|강력|다양|편안|불안|안전|건강|유일|당연|절실|간절|공정|정의|평등|자유|위험|심각|치열|막중|겸허|엄중|중대|특별|불행|부당|정당|유능|무능|성실|정직|투명|깨끗|튼튼|든든|굳건|확고|단호|엄숙|진실|순수|건전|평화|조용|어려|대단|훌륭|무관)$/u;
/** A last word that modifies a noun still to come ("위대한", "새로운", "평화로운", "국가적인"): no headline ends so. */
const MODIFIER_END = /(?:스러운|로운|다운|적인|있는|없는|했던|하던|였던|었던|았던)$/u;
/** A verb's passive past modifier ("분열된 국가", "준비된 대통령"): no headline ends on it either. */
const PASSIVE_END = /\p{Script=Hangul}된$/u;

/** A predicate of a Sino-Korean noun (two syllables or more) + 하다/시키다/되다, as said at a sentence's or clause's end. */
const NOUN_VERB =
  /^(\p{Script=Hangul}{2,}?)(?:하겠습니다|합니다|했습니다|하였습니다|하겠다|하고|하며|하자|한다|했다|해야|하여야|시키겠습니다|시킵니다|시켰습니다|시키고|시키며|되었습니다|됩니다|됐습니다|되고|되며|드리겠습니다|드립니다|드렸습니다)$/u;
/** Nouns of a speech act (말씀드리겠습니다, 감사드립니다): the talk itself or thanks, no headline. */
const SPEECH_ACT = /^(?:말씀|감사|인사|부탁|보고)$/u;

/**
 * The copula after a noun phrase, closing a sentence or a clause ("투자이며", "미래입니다"): the
 * phrase before it is the headline ("사람에 대한 투자"). Bound nouns and pronouns ("때문입니다",
 * "그것입니다") name nothing.
 */
const COPULA =
  /^(\p{Script=Hangul}{2,}?)(?:이며|이고|입니다|이었습니다|였습니다|이다|이었다|이지만|이므로|이기 때문)$/u;
const NO_HEAD = /^(?:때문|이것|그것|저것|무엇|누구|우리|저희|여러분|하나|자신)$/u;
/** Bound nouns, which head the clause before them: "것", "수", "바". */
const BOUND = /^(?:것|것임|수|바|데|줄|뿐|때문|따름)$/u;
/** A verb's modifier before a noun ("할 동반자", "만들어가려는 나라", "가야 할"). */
const VERB_MODIFIER = /^(?:할|될|갈|올|볼|줄|살)$|(?:[가-힣][아어여해]야|려는|하는|되는|했던|하던|였던)$/u;
/** Postpositions that make "X에 대한", "X를 위한" a modifier of the noun after them. */
const RELATIVE = /^(?:대한|관한|의한|위한|향한|통한|따른)$/u;

/** 하다 said apart from its noun ("정권교체 하겠습니다"): the word before is the predicate's noun. */
const BARE_HA = /^(?:하겠습니다|합니다|했습니다|하겠다|하자|한다|했다)$/u;

/** Particles that make a phrase adverbial ("불안에서", "국민과", "정치로"): the headline stops before it. */
const ADVERBIAL = /(?:에서|에게|께서|으로|부터|까지|처럼|보다|에|께|와|과|로|도|만)$/u;
/** Adverbs said before a verb: "엄숙히", "강하게", "다시", "반드시", "하나씩". */
const ADVERB =
  /^(?:\p{Script=Hangul}+(?:히|게|씩)|다시|함께|반드시|꼭|더|가장|모두|먼저|바로|이제|새로|크게|우선|하나하나)$/u;

/** Nouns that end on a syllable ADVERBIAL reads as a particle: "한반도 평화", "제도 개선", "성과 평가". */
const NOUN_NOT_ADVERBIAL =
  /(?:한반도|반도|제도|정도|태도|속도|의도|시도|수도|지도|온도|용도|강도|척도|궤도|결과|효과|성과|학과|교과)$/u;
/** Whether a word ends on an adverbial particle (and is no noun that only looks so). */
const adverbial = (word: string): boolean => ADVERBIAL.test(word) && !NOUN_NOT_ADVERBIAL.test(word);
/** … of two syllables, which no common noun ends on (a noun may end on 도, 과: "한반도", "결과"). */
const ADVERBIAL_LONG = /(?:에서|에게|께서|으로|부터|까지|처럼|보다)$/u;

/**
 * A quotative or reported clause ("가능했다고 생각합니다", "통일이 꿈이라는 믿음", "하자고 말씀"):
 * the verb's object is a clause, whose last word is no noun; a title never holds one. The -는 forms
 * are told from a noun's topic particle ("바다는", "나라는") by the verb ending before them.
 */
const QUOTATIVE =
  /\p{Script=Hangul}(?:다고|라고|냐고|자고)$|(?:[었았였했겠는한된있없]다는|이라는|[었았였했겠]냐는)$/u;
/** An auxiliary verb made a noun by -기 ("나가길", "주시기를"): the clause before it is a verb's. */
const VERB_NOUN = /^(?:나가|가|주|주시|오|보|드리|되|하)(?:길|기를|기)$/u;
/** Whether a word ends a quoted or reported clause (QUOTATIVE). */
export const quotative = (word: string): boolean => QUOTATIVE.test(word.replace(/[,，]$/u, ''));

/** Whether a Hangul syllable ends on a final consonant (받침). */
function closed(syllable: string): boolean {
  const code = syllable.codePointAt(0)!;
  return code >= 0xac00 && code <= 0xd7a3 && (code - 0xac00) % 28 !== 0;
}

/**
 * Adjectives and verbs in their adnominal -은 before a noun ("낡은 질서", "젊은 세대", "남은 과제"):
 * the 은 is their ending, not the topic particle after a closed syllable, so a headline keeps it.
 */
const ADNOMINAL_EUN =
  /^(?:낡|젊|좋|많|작|높|깊|넓|늙|밝|맑|옳|같|굳|짧|얇|검|붉|낮|얕|짙|옅|괜찮|싫|남|받|잃|겪|얻|맺|품|담|입|쌓|넘|묻|찾|닦|읽|먹|죽|씻|심)은$/u;

/** A word without its case or topic particle (을/를, 이/가, 은/는), where the particle's form fits. */
function withoutParticle(word: string): string {
  if (word.length < 2 || ADNOMINAL_EUN.test(word)) return word;
  const last = word.slice(-1);
  const before = word.slice(-2, -1);
  const afterClosed = last === '을' || last === '이' || last === '은';
  const afterOpen = last === '를' || last === '가' || last === '는';
  if ((afterClosed && closed(before)) || (afterOpen && !closed(before))) return word.slice(0, -1);
  return word;
}

/** Whether a title is mostly Korean. */
export const isKorean = (t: string): boolean => HANGUL.test(t);

/** A particle stacked on the genitive ("하에서의", "국제사회와의"): the phrase it ends began words before. */
const STACKED_GENITIVE = /\p{Script=Hangul}(?:에서|으로|로|와|과|에게|에|부터|까지)의$/u;

/** Why a Korean title fails, if it does: a clause or sentence ending, or a quote mark left open. */
export function koreanTitleProblem(title: string): string | null {
  const t = title.trim();
  if (CLAUSE_END.test(t)) return 'a clause, not a headline';
  // a verb of purpose opens a clause ("되도록 복지 증진" of "…도움이 되도록 복지를 증진하고")
  if (t.split(/\s+/u).some((w) => PURPOSE_VERB.test(w))) return 'a clause, not a headline';
  if (t.split(/\s+/u).some(quotative)) return 'a quotative clause, not a noun phrase';
  const end = t
    .split(/\s+/u)
    .at(-1)!
    .replace(/[.!?]$/u, '');
  if (ADVERB_END.test(end) && !NOUN_GE.test(end)) return 'ends on an adverb';
  if (
    MODIFIER_END.test(end) ||
    PASSIVE_END.test(end) ||
    ADNOMINAL_EUN.test(end) ||
    ADJECTIVE_ROOT.test(end.replace(/한$/u, '')) ||
    // a Sino-Korean -적 word said bare waits for its noun ("세계에서가장 모범적" of "가장 모범적이고
    // 효과적으로 … 이루어 냈고")
    SINO_ADNOMINAL.test(end)
  )
    return 'ends on a modifier';
  const opens = (t.match(/[‘“]/gu) ?? []).length;
  const closes = (t.match(/[’”]/gu) ?? []).length;
  if (opens !== closes) return 'a quote mark left open';
  // a last word that keeps its particle waits for the rest of its clause ("보통사람들은")
  const last = t.split(/\s+/u).at(-1)!;
  if (withoutParticle(last) !== last || ADVERBIAL_LONG.test(last)) return 'ends on a particle';
  // a particle stacked on the genitive ("하에서의", "국제사회와의") waits for the noun it modifies
  if (STACKED_GENITIVE.test(last)) return 'ends on a particle';
  return null;
}

/**
 * The noun-style headline of a Korean sentence or clause whose predicate is a noun + 하다 (and the
 * like), or a noun phrase + the copula ("교육은 사람에 대한 투자이며…" → "사람에 대한 투자"), of at
 * most three words (four with a "X에 대한"); null when it has no such predicate or nothing before it.
 */
export function koreanHeadline(sentence: string): string | null {
  const words = sentence
    .replace(QUOTES, '')
    .replace(/[.!?…]+$/u, '')
    .trim()
    .split(/\s+/u);
  const bareWord = (w: string) => w.replace(/[,，]$/u, '');
  // the first clause: up to a word that closes one ("강화하고", "추진하며", "투자이며")
  const bare = (i: number) =>
    i > 0 && BARE_HA.test(words[i]!) && /^\p{Script=Hangul}{2,}$/u.test(words[i - 1]!);
  const end = words.findIndex((w, i) => NOUN_VERB.test(bareWord(w)) || bare(i));
  const copula = words.findIndex((w) => COPULA.test(bareWord(w)));
  if (copula >= 0 && (end < 0 || copula < end)) return copulaHeadline(words, copula);
  if (end < 1) return null;
  // "정권교체 하겠습니다" → "정권교체": the noun before a 하다 said apart is the headline's last word
  // ("양보를 필요로 합니다": a noun in 로 before 하다 is an adverbial, no headline's noun)
  if (bare(end))
    return words.slice(Math.max(0, end - 2), end).every((w) => !ADVERBIAL_LONG.test(w) && !adverbial(w))
      ? words
          .slice(Math.max(0, end - 2), end)
          .map(withoutParticle)
          .join(' ')
      : null;
  const stem = NOUN_VERB.exec(bareWord(words[end]!))![1]!;
  // a speech act names no point; "뒤로하고" is an adverbial, no noun
  if (SPEECH_ACT.test(stem) || adverbial(stem)) return null;
  if (ADJECTIVE_ROOT.test(stem)) {
    // "국민은 위대했습니다" → "위대한 국민": the quality before the subject it is said of
    const subject = words[end - 1] ?? '';
    const noun = withoutParticle(subject);
    return noun !== subject && /[은는이가]$/u.test(subject) && [...noun].length >= 2
      ? `${stem}한 ${noun}`
      : null;
  }
  const before: string[] = [];
  // an adverbial or an adverb right before the verb, after its object ("창출을 최우선으로 추진",
  // "출마를 국민 앞에 엄숙히 선언"), is left out: the headline is the object and the verb's noun
  const last = words[end - 1] ?? '';
  const object = words.findLastIndex(
    (w, k) => k < end - 1 && k >= end - 4 && /[을를]$/u.test(w) && withoutParticle(w) !== w,
  );
  const start = object >= 0 && (adverbial(last) || ADVERB.test(last)) ? object : end - 1;
  for (let i = start; i >= 0 && before.length < 2; i--) {
    const word = words[i]!;
    if (/[,，]$/u.test(word) || !HANGUL.test(word) || adverbial(word)) break;
    // a quoted clause is the verb's object ("가능했다고 생각합니다"), or a verb made a noun with
    // its auxiliary ("확대해 나가길 기대합니다"): no noun to head a title
    if (quotative(word) || VERB_NOUN.test(word)) return null;
    // a bound noun ("다할 것임을 천명") heads a clause, no headline
    if (BOUND.test(withoutParticle(word))) return null;
    before.unshift(withoutParticle(word));
  }
  if (before.length === 0) return null;
  return [...before, stem].join(' ');
}

/**
 * A verb's modifier of one or two syllables, past or present ("닥친", "받은", "하는", "갈"): a final
 * ㄴ or ㄹ on its last syllable, and no adjective's ending ("새로운", "국가적인").
 */
function verbModifier(word: string): boolean {
  const last = word.slice(-1);
  const code = last.codePointAt(0) ?? 0;
  if (code < 0xac00 || code > 0xd7a3 || [...word].length > 3 || MODIFIER_END.test(word)) return false;
  const final = (code - 0xac00) % 28;
  return (final === 4 || final === 8) && !/(?:운|인)$/u.test(word) && !ADJECTIVE_ROOT.test(word.slice(0, -1));
}

/**
 * The noun phrase before the copula at `at` ("사람에 대한 투자이며" → "사람에 대한 투자"): the words
 * back to the clause's subject or topic (a word with its particle, "교육은"), a comma or an
 * adverbial; "X에 대한" is taken whole. Null for a bound noun or a lone short noun.
 */
function copulaHeadline(words: readonly string[], at: number): string | null {
  const head = COPULA.exec(words[at]!.replace(/[,，]$/u, ''))![1]!;
  if (NO_HEAD.test(head)) return null;
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && before.length < 3; i--) {
    const word = words[i]!;
    // "낭비가 아니고 투자입니다" → "낭비 아닌 투자": what the noun is said not to be, before it
    const not =
      /^아니[고라]$/u.test(word) && before.length === 0
        ? /^(\p{Script=Hangul}{2,})[이가]$/u.exec(words[i - 1] ?? '')
        : null;
    if (not && withoutParticle(words[i - 1]!) === not[1]) return `${not[1]} 아닌 ${head}`;
    // a clause ends before it ("비용이 아니라 | 사람에 대한 투자", "낭비가 아니고 | 투자")
    if (/[,，]$/u.test(word) || !HANGUL.test(word) || CLAUSE_END.test(word) || /아니[라고]$/u.test(word))
      break;
    // nor a verb's modifier: "이끌어가야 할 | 동반자"
    if (VERB_MODIFIER.test(word)) break;
    if (RELATIVE.test(word) && i > 0 && /(?:에|을|를|과|와)$/u.test(words[i - 1]!)) {
      before.unshift(words[i - 1]!, word);
      i--;
      continue;
    }
    if (withoutParticle(word) !== word || adverbial(word) || ADVERBIAL_LONG.test(word)) {
      // a verb's modifier whose own complement stops the phrase ("인류에게 | 닥친 위기이자 도전"):
      // the modifier without it is a clause cut open; the phrase starts at its noun ("위기이자 도전")
      if (before.length >= 2 && verbModifier(before[0]!)) before.shift();
      // a one-syllable verb's modifier takes its object with it ("탄 공동운명체" → "한 배를 탄
      // 공동운명체", of "노사는 한 배를 탄 공동운명체입니다"), with a determiner before it ("한 배")
      else if (before.length === 1 && [...before[0]!].length === 1 && verbModifier(before[0]!)) {
        if (!/[을를]$/u.test(word) || withoutParticle(word) === word) return head.length >= 3 ? head : null;
        before.unshift(word);
        if (DETERMINER.test(words[i - 1] ?? '')) before.unshift(words[i - 1]!);
      }
      break;
    }
    before.unshift(word);
  }
  if (before.length === 0 && [...head].length < 3) return null;
  return [...before, head].join(' ');
}

/** Determiners before a noun: numerals ("한 배"), demonstratives, "모든", "같은". */
const DETERMINER = /^(?:한|두|세|네|그|이|저|모든|같은|온|새)$/u;

/** Pronouns that head no genitive phrase worth a title ("제 삶", "저의 꿈"). */
const OWN = /^(?:제|저의|나의|내|그의|그녀의|이의|여러분의|우리의|저희의)$/u;

/**
 * Noun phrases of a Korean sentence a headline may be, in the order said: a genitive ("성장의
 * 과실이" → "성장의 과실") and two nouns joined by 과/와 ("중소기업과 자영업자가" → "중소기업과
 * 자영업자"), each without its particle. The next best titles when a slide's first sentence gives
 * none, or the one it gives is taken (the deck's own title).
 */
export function koreanNounPhrases(sentence: string): string[] {
  const words = sentence
    .replace(QUOTES, '')
    .replace(/[.!?…]+$/u, '')
    .trim()
    .split(/\s+/u);
  // a phrase the speaker sets in quotes ("‘미래 대한민국을 위한 희망의 새 길’임을") is the one they
  // stress: first, when it is a noun phrase of two to six words
  const out: string[] = [...sentence.matchAll(/[‘“]([^‘’“”]+)[’”]/gu)]
    .map((m) => m[1]!.trim())
    .filter((q) => {
      const n = q.split(/\s+/u).length;
      return n >= 2 && n <= 6 && HANGUL.test(q) && !koreanTitleProblem(q) && !/[,.!?]/u.test(q);
    });
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    // "분단의 70년을" → "분단의 70년": a genitive before a number with its counter
    const counted =
      /^\p{Script=Hangul}{2,}의$/u.test(word) &&
      /^\p{Nd}+\p{Script=Hangul}{1,2}[을를이가은는]?$/u.exec(next ?? '');
    if (counted && !OWN.test(word)) out.push(`${word} ${withoutParticle(next!)}`);
    // "대한민국을 위한 길을" → "대한민국을 위한 길": a noun after its "X를 위한" modifier, whole
    const head = next && withoutParticle(next.replace(/[,，]$/u, '')).replace(ADVERBIAL, '');
    if (
      i > 0 &&
      head &&
      RELATIVE.test(word) &&
      /^\p{Script=Hangul}{2,}(?:을|를|에)$/u.test(words[i - 1]!) &&
      /^\p{Script=Hangul}+$/u.test(head) &&
      !/의$/u.test(head) &&
      !BOUND.test(head) &&
      !NO_HEAD.test(head)
    )
      out.push(`${words[i - 1]} ${word} ${head}`);
    // "도약하느냐, 이대로 정체하느냐의 갈림길에" → "도약과 정체의 갈림길": the choice a speaker
    // poses as two questions is the two nouns of their verbs, joined by 과/와
    const second = /^(\p{Script=Hangul}{2,}?)(?:하느냐|이냐|냐)의$/u.exec(word);
    const first = words
      .slice(Math.max(0, i - 3), i)
      .map((w) => /^(\p{Script=Hangul}{2,}?)(?:하느냐|이냐|냐)[,，]$/u.exec(w)?.[1])
      .find(Boolean);
    if (second && first && head && /^\p{Script=Hangul}{2,}$/u.test(head))
      out.push(`${first}${closed(first.slice(-1)) ? '과' : '와'} ${second[1]}의 ${head}`);
    if (!next || /[,，]$/u.test(word) || !/^\p{Script=Hangul}+[,，]?$/u.test(next)) continue;
    const noun = withoutParticle(next.replace(/[,，]$/u, ''));
    // the second noun must have shed a particle or stand bare: "과실이" → "과실", not "나누어지는"
    if ([...noun].length < 2 || CLAUSE_END.test(noun) || adverbial(noun) || ADVERBIAL_LONG.test(noun))
      continue;
    // (a bare word is a noun of 2–4 syllables, never a genitive or a modifier itself: "공존의", "위대한")
    if (noun === next && (!/^\p{Script=Hangul}{2,4}$/u.test(noun) || /[의한운인던는은을]$/u.test(noun)))
      continue;
    if (MODIFIER_END.test(noun) || PASSIVE_END.test(noun)) continue;
    // (never a stacked one: "하에서의 기여 방안" is cut from "새로운 기후체제 하에서의 기여 방안")
    const genitive = !STACKED_GENITIVE.test(word) && /^(\p{Script=Hangul}{2,})의$/u.exec(word);
    const joined = /^(\p{Script=Hangul}{2,})[과와]$/u.exec(word);
    // an adjective before its noun: "새로운 대한민국을" → "새로운 대한민국"
    // (and a Sino-Korean -적 word said bare before its noun: "정신적 자산")
    const modifier =
      /^\p{Script=Hangul}+(?:로운|스러운|다운|적인)$/u.test(word) ||
      ADJECTIVE_ROOT.test(word.slice(0, -1)) ||
      SINO_ADNOMINAL.test(word);
    // a bare noun that goes on into the next ("남북철도의 남측 구간을") closes the phrase with it
    const after = words[i + 2] ?? '';
    const whole =
      noun === next && continues(after) && !/^\p{Nd}/u.test(after)
        ? `${noun} ${withoutParticle(after.replace(/[,，.!?]$/u, '').replace(COPULA_END, '')).replace(ADVERBIAL, '')}`
        : noun;
    if (noun === next && continues(after) && whole === noun) continue;
    if (genitive && !OWN.test(word)) out.push(`${word} ${whole}`);
    else if (joined && !NOUN_NOT_ADVERBIAL.test(word)) out.push(`${word} ${whole}`);
    else if (modifier && /한$|운$|인$|적$/u.test(word)) out.push(`${word} ${whole}`);
  }
  return out;
}

/**
 * A Sino-Korean noun with -적 said bare before the noun it modifies ("정신적 자산", "경제적 지원"):
 * three syllables or more, so not the nouns that end so ("기적", "목적", "업적").
 */
const SINO_ADNOMINAL = /^\p{Script=Hangul}{2,}적$/u;

/** A verb in its ending of purpose ("되도록", "하도록"): a clause, never a title's word. */
const PURPOSE_VERB = /^\p{Script=Hangul}+도록$/u;

/** A noun of two syllables or more with the copula after it ("자산입니다", "투자이며"). */
const COPULA_END = /(?:입니다|이다|이며|이고|였습니다|이었습니다|이었고)$/u;
const NOUN_COPULA = new RegExp(String.raw`^\p{Script=Hangul}{2,}${COPULA_END.source}`, 'u');

/**
 * Whether a word said right after a bare noun goes on with its noun phrase: a number ("광복
 * 100주년을") or a noun with its case particle ("남측 구간을"), never a verb ("정권교체 하겠습니다").
 */
function continues(word: string): boolean {
  const w = word.replace(/[,，.!?]$/u, '');
  if (/^\p{Nd}/u.test(w)) return true;
  // a noun with the copula ends the phrase it closes ("소중한 정신적 자산입니다": "정신적" goes on
  // into "자산", Lee Myung-bak 2008)
  if (NOUN_COPULA.test(w)) return true;
  if (!/^\p{Script=Hangul}{2,}$/u.test(w) || CLAUSE_END.test(w) || BARE_HA.test(w) || NOUN_VERB.test(w))
    return false;
  return withoutParticle(w) !== w || /(?:의|에서|으로|에)$/u.test(w);
}

/**
 * Whether a Korean title is cut inside a noun phrase of the text it comes from: its last word is
 * said only bare and goes on into the next word ("통일한국의 국민으로 광복" from "…광복 100주년을
 * 맞이할"), so it does not close its phrase. A word the text never says bare (always with a
 * particle or a verb after it: "복구하고") is not cut.
 */
export function koreanCutPhrase(title: string, text: string): boolean {
  const last = title.trim().split(/\s+/u).at(-1) ?? '';
  if (!HANGUL.test(last)) return false;
  const words = text.replace(QUOTES, '').split(/\s+/u);
  const bare = words.flatMap((w, i) => (w === last ? [words[i + 1] ?? ''] : []));
  return bare.length > 0 && bare.every(continues);
}
