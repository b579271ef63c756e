/**
 * The speech's own closing words at the end of its last paragraphs: the thanks ("… la fiducia nelle
 * sue istituzioni. Vi ringrazio."), the blessing ("Thank you. God bless you, and may God bless the
 * United States of America. Thank you."), the cheer or toast ("Han leve! Hurra, hurra, hurra,
 * hurra!", "Vive la France !"). A designer ends the deck on them, a closing slide of their own
 * (compose.ts splitClosing); the notes keep them where they are said.
 */
import { maskForScreen } from './mask';
import { sentenceSpans } from './segment';
import { isToast } from './speech-parts';
import { structureKind } from './structure';

/**
 * A blessing that closes an address: "God bless you.", "May He love and watch over the survivors.",
 * "And may He bless the United States of America." (Obama, Tucson 2011).
 */
const BLESSING = /^(?:and\s+)?(?:may\s+(?:god|he)\b|god\s+bless\b)/iu;
/**
 * A cheer: "Vive la France !", "Vive la France." (Biden's toast, 2024), "¡Viva México!", "Es lebe
 * …!", "Han leve!", "Hurra!"; in the Slavic languages only as an exclamation ("Слава Україні!",
 * "Ура!"), where the word is also a noun ("Слава пришла к нему.").
 */
const CHEER =
  /^(?:vive|viva|vivan|evviva|es\s+lebe|h[ao]n\s+leve|leve|hurra|hurrah|hooray|yaşasın|zindabad)(?![\p{L}]).*[!！.]\s*$|^(?:ура|слава|хай\s+живе|да\s+здравствует)(?![\p{L}]).*[!！]\s*$/iu;

/** Whether one sentence is a closing word of the speech (a thanks, a blessing, a cheer or a toast). */
export function isClosingSentence(sentence: string): boolean {
  const s = sentence.trim().replace(/^[¡¿]\s*/u, '');
  if (!s) return false;
  return structureKind(s) === 'thanks' || BLESSING.test(s) || CHEER.test(s) || isToast(s);
}

/**
 * Where the closing words that end `text` start (an offset of `text`), or null when its last
 * sentence is none. Stage directions ("(Applause.)", "[[Oklaski]]") in the run are part of it; a
 * paragraph all of closing words gives 0.
 */
export function closingStart(text: string, lang = ''): number | null {
  const masked = maskForScreen(text);
  const spans = sentenceSpans(masked, lang);
  let at: number | null = null;
  for (let k = spans.length - 1; k >= 0; k--) {
    const said = masked.slice(spans[k]!.start, spans[k]!.end);
    if (!said.trim()) continue;
    if (!isClosingSentence(said)) break;
    at = spans[k]!.start;
  }
  return at === null ? null : at === spans[0]?.start ? 0 : at;
}
