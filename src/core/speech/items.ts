/**
 * A list item as the screen shows it: the sentence without its bullet or enumeration marker,
 * shortened to a clause end within MAX_ITEM_WORDS or else to its headline phrase, never cut off
 * where the sentence still needs its next word ("…nuclear weapons will continue").
 */
import { enumerationMarker } from './enumeration';
import { keyPhrases } from './keyphrases';
import { BULLET_LINE } from './reflow';
import { withoutHedge } from './titles-cjk';
import { capitalize, hasCjk, wordsOf } from './text';

const MAX_ITEM_WORDS = 12;

/** Words that open a new clause, so a cut before them leaves a whole one. */
const CLAUSE_OPENER =
  /^(?:and|or|which|that|who|where|when|because|while|so|but|to|и|или|который|которые|чтобы|y|o|que|et|ou|qui|و)$/iu;
/** Words after which "to" or "that" completes the verb ("continue to be", "make certain that"). */
const TAKES_COMPLEMENT =
  /^(?:continue[sd]?|want(?:s|ed)?|need(?:s|ed)?|ha(?:ve|s|d)|going|able|tr(?:y|ies|ied)|seek|hope[sd]?|plan(?:s|ned)?|expect(?:s|ed)?|begin|start(?:s|ed)?|ought|decided?|agreed?|refused?|fail(?:s|ed)?|intend(?:s|ed)?|wish(?:es|ed)?|promised?|choose|learn(?:ed)?|seem(?:s|ed)?|appear(?:s|ed)?|tend|used|like|prefer|certain|sure|clear|ensure|believe|know|think|say|said|show|is|are|was|were|be|been)$/iu;

/** Whether a cut between `prev` and `next` ends a clause: `next` opens one of its own. */
function startsClause(prev: string, next: string): boolean {
  if (!CLAUSE_OPENER.test(next)) return false;
  return !(/^(?:to|that)$/iu.test(next) && TAKES_COMPLEMENT.test(prev));
}

/** A shortened list item: the sentence up to a clause boundary within MAX_ITEM_WORDS, never "…". */
export function itemText(sentence: string, lang = '', opening = ''): string {
  let s = sentence.trim().replace(BULLET_LINE, '');
  const marker = enumerationMarker(s);
  if (marker) s = s.slice(marker.length);
  if (opening && s.toLowerCase().startsWith(opening.toLowerCase())) s = s.slice(opening.length);
  s = s
    .replace(/^[\s,;:—–-]*(?:that|que|что|чтобы|أن|to)?\s*/iu, '')
    .replace(/[.!?。！？;；…]+$/u, '')
    .replace(/\.\.\.$/u, '');
  if (hasCjk(s) && !/\s\S+\s/.test(s)) {
    const clause = withoutHedge(s).split(/[，；：、,]/u)[0] ?? s;
    return clause.length <= 28 ? clause : (keyPhrases(s, lang)[0]?.text ?? '');
  }
  s = s
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,;:.])/gu, '$1')
    .replace(/[\s,;:]+$/u, '');
  if (wordsOf(s).length <= MAX_ITEM_WORDS) return capitalize(s);
  // a dash between words ("lying—and doubtless") ends a clause as a comma does
  const words = wordsOf(s.replace(/(\p{L})(—|–|--)(?=\p{L})/gu, '$1$2 '));
  for (let n = MAX_ITEM_WORDS; n >= 3; n--) {
    const w = words[n - 1] ?? '';
    const next = words[n] ?? '';
    if (/[,;:—–-]$/u.test(w) || startsClause(w, next)) {
      const cut = words
        .slice(0, n)
        .join(' ')
        .replace(/[,;:—–-]+$/u, '');
      return capitalize(cut);
    }
  }
  const phrase = keyPhrases(s, lang)[0]?.text;
  return phrase ? capitalize(phrase) : '';
}
