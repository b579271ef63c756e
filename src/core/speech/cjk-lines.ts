/**
 * Chinese and Japanese lines on screen. A line never opens with a particle or a conjunction that
 * joins it to what came before ("が、そうするとボンヤリして来る。", "と私はこう云いたい。",
 * "即使产生了，也是活不下去的。"), nor with a pronoun that points back ("その結果は…", "这…"): such a
 * line dangles on its own. A transitional opener ("で", "さて", "それで") is dropped, as English
 * drops "And". A long period gives a clause of its own: a run of its clauses that starts where a
 * statement starts and ends on a finite predicate ("…名づけておきましょうが、" → "…名づけておきましょう。"),
 * never a condition or a clause that goes on ("…すれば、", "…訳で、"), nor the words a reporting or
 * refuting verb governs. The best line says a contrast ("前者…後者", "没有土，便没有花木了") or
 * the slide's key words.
 */
import { enumerationMarker, innerMarkers } from './enumeration';
import { primaryLang } from './lang';
import { hasCjk } from './text';
import { segmenter } from '../segmenter';

function firstWord(text: string, lang: string): string {
  for (const s of segmenter(lang, 'word').segment(text.slice(0, 12))) if (s.isWordLike) return s.segment;
  return '';
}

const set = (s: string) => new Set(s.split(' '));
/** Japanese openers dropped on screen: they move the talk on, and the line stands without them. */
const JA_DROP = set('で さて それで そこで そして そうして だから ですから が けれども しかし だが ところが');
/** … and the phrases that do so ("となると", "そうすると" of "と|なる|と" to the segmenter). */
const JA_DROP_PHRASE = /^(?:となると|そうなると|すると)[、，]?/u;
/** Japanese openers that join a line to the one before: particles, conjunctions, pointing back. */
const JA_JOINS = set(
  'が は を に と も し て か や へ の より から まで けれども けれど けど ので のに ですが でも では じゃ しかも それから それでも なのに なお また つまり すると それ そう そこ そんな これ これら かく かように だ',
);
/** Chinese openers that join a line to the one before (conjunctions, linking adverbs). */
const ZH_JOINS = set(
  '但 但是 而 而且 并且 所以 因此 因而 因为 即使 即便 虽然 虽 然而 可是 于是 否则 不过 如果 倘 倘使 倘若 假如 要是 也 就 又 还 便 却 况且 何况 只是 并 且 则 故 乃 甚者 甚至',
);
/** Chinese openers dropped on screen: "so", "thus" move the talk on ("所以我想，…" → "我想，…"). */
const ZH_DROP = set('所以 因此 于是 然而 可是 但是 但 不过');
/** A Chinese line opening on a pronoun that points back (as striking.ts's LEANS_BACK), not "其实" ("in fact"). */
const ZH_BACK = /^(?!其实|其次)[这那此它他她其该]/u;
/** A Japanese line opening on a verb of saying or thinking: its subject and object were said before ("思われるのですけれども…"). */
const JA_VERB_FIRST = /^思[わう]/u;
/** A Japanese line opening on a word that points back, whatever the segmenter makes of it ("そうすると…", "それほど…"). */
const JA_BACK = /^(?:そう|それ|そこ|そんな|これ(?!から)|かく)/u;

const isJa = (line: string, lang: string) =>
  primaryLang(lang) === 'ja' || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line);

/**
 * A CJK line as shown: its transitional opener dropped ("で前のを…" → "前のを…"), or null when it
 * opens on a particle, a conjunction or a pronoun that points back. Other lines as they are.
 */
export function cjkOnScreen(line: string, lang = ''): string | null {
  const s = line.trim();
  if (!hasCjk(s.slice(0, 4))) return s;
  if (isJa(s, lang)) {
    const phrase = JA_DROP_PHRASE.exec(s)?.[0];
    if (phrase) return cjkOnScreen(s.slice(phrase.length), lang);
    const w = firstWord(s, 'ja');
    if (JA_DROP.has(w)) return cjkOnScreen(s.slice(w.length).replace(/^[、，\s]+/u, ''), lang);
    if (JA_JOINS.has(w) || JA_BACK.test(s) || JA_VERB_FIRST.test(s) || /^[、。]/u.test(s)) return null;
    // nor ends on a conjunction: an afterthought to the sentence before ("…はずなのですから。")
    if (/(?:から|ので|のに|けれども|けれど|けど|が|し)[。！]$/u.test(s)) return null;
    return s;
  }
  const w = firstWord(s, 'zh');
  if (ZH_DROP.has(w)) return cjkOnScreen(s.slice(w.length).replace(/^[，、,\s]+/u, ''), lang);
  // (a two-character word on a linking adverb links too: "也许", "还有", "就是")
  // a demonstrative heading its own noun in a line that sets its own contrast stands
  // ("这样的风气的民众是灰尘，不是泥土…"), as English "This visit…" does
  if (/^[这那](?:样的|种|些|个)/u.test(s) && CONTRAST_ZH.test(s)) return s;
  if (ZH_JOINS.has(w) || ZH_BACK.test(s) || (w.length <= 2 && /^[也就又还便却而但并且则]/u.test(w)))
    return null;
  return s;
}

/** A line that sets two things against each other, or repeats itself in step. */
const CONTRAST_JA = /前者|後者|一方.+(?:一方|他方)|一つは.+一つは|反対|に対して|ではなく/u;
const CONTRAST_ZH =
  /不是.+而是|是.+[，,]不是|没有.+[，,](?:便|就|也)?没有|非.+不可|一面.+一面|与其.+不如|不但.+而且|不在.+而在|不要.+只要|不是.+就是/u;
/** The speaker stating his own view ("私は…", "我想，…"): the slide's point, in his words. */
const STANCE = /^(?:私は|私の考|吾々は|我(?:想|以为|认为|觉得|总|希望|们))/u;
/** An example ("たとえば…", "譬如…") shows a point; it is not the point. */
const EXAMPLE = /^(?:たとえば|例えば|譬如|比如|例如|——譬如)|^.{0,4}(?:例を挙げ|举[个一]?例|打个比方)/u;
/** "The same goes for…": a line that says what was said before holds again, with nothing of its own. */
const SAME_AGAIN = /同じ事|同じこと|同様|同样|也是这样|亦然/u;
/** Characters of grammar, which make no repetition ("的", "了"). */
const GRAMMAR_CHAR = /[的了是也就都在和与而之其我你他她们这那有不一个をにはがのでとも]/u;

/** Whether a line says a two-character run twice ("将来的梦…目前的梦", "虐待儿媳…虐待儿媳"): parallel clauses. */
function repeats(line: string): boolean {
  const seen = new Set<string>();
  const cs = [...line];
  for (let i = 0; i + 1 < cs.length; i++) {
    const pair = cs[i]! + cs[i + 1]!;
    if (
      !/^[\p{Script=Han}\p{Script=Katakana}]{2}$/u.test(pair) ||
      (GRAMMAR_CHAR.test(cs[i]!) && GRAMMAR_CHAR.test(cs[i + 1]!))
    )
      continue;
    if (seen.has(pair)) return true;
    seen.add(pair);
  }
  return false;
}

/** A Japanese clause that ends on a finite predicate (a statement), before its comma or "が". */
const JA_FINITE =
  /(?:ない|たい|しい|よい|いい|ある|いる|する|なる|れる|せる|くる|ます|です|ません|でしょう|ましょう|だろう|た|だ|う|る|ぬ|ん)$/u;
/** A coordinate link after a finite predicate: the clause before it is asserted ("…ますが、"). */
const JA_LINK = /(?:が|けれども|けれど|けど|し)?[、，]$/u;
/** Before a reporting or refuting verb, what is said is not the speaker's claim. */
const REPORTED_AFTER = /^(?:と(?:云|言|い|思|申|考|称|名)|という|って)/u;
const ZH_REPORTED = /(?:反证|否认|否定|驳斥|他们说|有人说|人说|据说|听说|说是|以为|所谓)$/u;

interface Piece {
  text: string;
  /** The clause can end the line here (a statement, the conjunction after it dropped). */
  ends: string | null;
  /** A line may start with the next piece. */
  opensNext: boolean;
  /** The clause is what the speaker grants before his point ("…ようですが、"): a line only when no other is. */
  granted?: boolean;
}

/**
 * A Japanese clause that ends on a verb's continuative form before its comma ("…切に願い、",
 * "…追悼の意を表し、", "…上に立って、"): the clauses after it share its subject and stand as a
 * statement of their own. Not a postposition made of a verb ("人々に対し、", "全国民と共に、").
 */
const JA_CONTINUATIVE = /(?:[てしみいきりちびえけせめれ])[、，]$/u;
const JA_POSTPOSITION =
  /(?:に対し|に対して|について|によって|にとって|において|として|をもって|と共に|とともに|に関し|に関して|を通じ|を通して|につき|にわたり|にわたって|に当たり|に際し|に基づき|に応じ|に従い)[、，]$/u;

function piecesJa(sentence: string, continuative = false): Piece[] {
  const parts = sentence
    .split(/(?<=[、，])|(?<=(?:ます|です|ない|ある|いる)が)(?![、，。])/u)
    .filter(Boolean);
  return parts.map((p, i) => {
    const last = i === parts.length - 1;
    if (last) return { text: p, ends: /[。！？!]$/u.test(p) ? p : null, opensNext: false };
    const core = p.replace(JA_LINK, '').replace(/が$/u, '');
    const finite = JA_FINITE.test(core) && !REPORTED_AFTER.test(parts[i + 1] ?? '');
    // a clause before a bare comma may be a wish or a thought that a later "という" governs
    // ("願くは…自由になりたい、…という根性が"): a line ends only on "が、" or "けれども、"; the clause
    // before "が" or "けれども" is mostly what the speaker grants before his point ("…奨励するよう
    // ですが、これは道徳上の話で…"), weaker unless it sets a contrast itself
    const linked = /(?:が|けれども|けれど|けど|し)[、，]?$/u.test(p);
    const granted = /(?:が|けれども|けれど|けど)[、，]?$/u.test(p);
    // ("…できるし、…できるし、" is a series: its first item alone is no line)
    const ends = finite && granted ? `${core}。` : null;
    const goesOn = continuative && JA_CONTINUATIVE.test(p) && !JA_POSTPOSITION.test(p);
    return {
      text: p,
      ends,
      granted: granted && !CONTRAST_JA.test(core),
      opensNext: (finite && linked) || goesOn,
    };
  });
}

function piecesZh(sentence: string): Piece[] {
  const parts = sentence.split(/(?<=[，；：,;:])/u).filter(Boolean);
  return parts.map((p, i) => {
    const last = i === parts.length - 1;
    if (last) return { text: p, ends: /[。！!]$/u.test(p) ? p : null, opensNext: false };
    const semi = /[；;]$/u.test(p);
    const core = p.slice(0, -1);
    return {
      text: p,
      ends: semi && !ZH_REPORTED.test(core) ? `${core}。` : null,
      opensNext: semi || (/[：:]$/u.test(p) && !ZH_REPORTED.test(core)),
    };
  });
}

/** The clause lines a CJK sentence holds (the sentence itself included), each as it is shown. */
export function cjkClauseLines(sentence: string, lang = ''): string[] {
  return clauseLines(sentence, lang).map((c) => c.line);
}

function clauseLines(
  sentence: string,
  lang: string,
  continuative = false,
): Array<{ line: string; granted: boolean }> {
  const s = sentence.trim();
  const ja = isJa(s, lang);
  const pieces = ja ? piecesJa(s, continuative) : piecesZh(s);
  const out: Array<{ line: string; granted: boolean }> = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0 && !pieces[i - 1]!.opensNext) continue;
    let text = '';
    for (let j = i; j < pieces.length; j++) {
      const p = pieces[j]!;
      if (p.ends) {
        const line = cjkOnScreen(text + p.ends, lang);
        if (line) out.push({ line, granted: !!p.granted });
      }
      text += p.text;
      if (text.length > 80) break;
    }
  }
  return out;
}

const SAID_TO_ROOM = /すみません|済みません|申し訳|恐縮|失礼|ありがとう|有難う|谢谢|感谢|对不起|抱歉/u;

/** Shortest and longest CJK line (characters). */
const MIN_CHARS = 8;
export const MAX_CJK_LINE = 48;

/**
 * The best line of a CJK slide: a whole sentence or a clause of its own, MIN_CHARS–`max`
 * characters, not a question, not opening with the title; scored by contrast, the slide's key
 * words it says, and wholeness. Null when none. `continuative`: a Japanese line may also open
 * after a clause that ends on a verb's continuative form (JA_CONTINUATIVE), for a slide of one
 * long period that holds no other line (ja-tenno 2025 "戦争の惨禍" showed its title alone).
 */
export function cjkKeyLine(
  sentences: readonly string[],
  title: string,
  keyWords: readonly string[],
  lang = '',
  max = MAX_CJK_LINE,
  continuative = false,
): string | null {
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const raw of sentences) {
    const whole = raw.trim();
    // a question waits for its answer; an apology or a thanks is said to the room
    if (/[？?]$/u.test(whole)) continue;
    for (const { line, granted } of clauseLines(whole, lang, continuative)) {
      const n = [...line].length;
      if (n < MIN_CHARS || n > max || (title && line.startsWith(title)) || SAID_TO_ROOM.test(line)) continue;
      const ja = isJa(line, lang);
      // the slide's key words it says (two at most: the segmenter's words overlap, "義務", "好んで義務")
      let score = Math.min(2, keyWords.filter((k) => k && line.includes(k)).length);
      if ((ja ? CONTRAST_JA : CONTRAST_ZH).test(line)) score += 2;
      if (repeats(line)) score += 1;
      if (STANCE.test(line)) score += 1;
      if (EXAMPLE.test(line)) score -= 1;
      if (SAME_AGAIN.test(line)) score -= 1.5;
      if (line === whole) score += 0.5;
      // "その…", "この…": a demonstrative heading its own noun stands, but leans on what came before
      if (ja && /^[そこ]の/u.test(line)) score -= 1;
      if (granted) score -= 3;
      // a signpost ("举出几样来说：其一就是…") announces the point, it is not one
      if (enumerationMarker(line) || innerMarkers(line).length) score -= 2;
      // a short line reads at a glance; a very short one says little
      if (n > 36) score -= 0.5;
      if (n < (ja ? 12 : 10)) score -= 0.5;
      if (score > bestScore) {
        best = line;
        bestScore = score;
      }
    }
  }
  return best;
}
