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
import { structureKind, THANKS_SAID_LAST } from './structure';
import { wordsOf } from './text';

/**
 * A blessing that closes an address: "God bless you.", "May He love and watch over the survivors.",
 * "And may He bless the United States of America." (Obama, Tucson 2011).
 */
const BLESSING = /^(?:and\s+)?(?:may\s+(?:god|he)\b|god\s+bless\b)/iu;
/**
 * The words that end a memorial address, honouring the dead: "Æret være Svend Jakobsens minde!"
 * (Folketinget 2022), "Αιωνία η μνήμη τους." (Boukoros 2022), "Вечная память", "Cześć ich
 * pamięci!", "Ehre seinem Andenken".
 */
const MEMORY =
  /^(?:æret\s+være|ære\s+være|αιωνία\s+(?:η\s+)?μνήμη|вечная\s+память|светлая\s+память|вічна\s+пам['’]ять|cześć\s+(?:jego|jej|ich)\s+pamięci|ehre\s+(?:seinem|ihrem)\s+andenken)(?![\p{L}])/iu;
/**
 * A thanks said last in a language that ends its sentence on it: "मेरी आप सबको बहुत-बहुत
 * शुभकामनाएँ, बहुत-बहुत धन्यवाद |" (Modi, Mann Ki Baat, January 2019).
 */
const THANKS_LAST = new RegExp(String.raw`(?:${THANKS_SAID_LAST})\s*[|।.!]*\s*$`, 'u');
/**
 * The words a cheer opens with, one table for the closing words and the toast finder
 * (transcript.ts toastLine): "Vive la France !", "Vive la France." (Biden's toast, 2024), "¡Viva
 * México!", "Long live the friendship between our peoples", "Es lebe …!", "Han leve!", "Hurra!",
 * "Да здравствует …".
 */
const CHEER_WORDS = String.raw`vive|viva|vivan|evviva|long\s+live|es\s+lebe|h[ao]n\s+leve|hurra|hurrah|hooray|yaşasın|zindabad|да\s+здравствует`;
/**
 * Cheer words that are also plain words of another sentence: a cheer only said as an exclamation
 * ("Leve kongen!", "Слава Україні!", "Ура!"), never "Слава пришла к нему." nor Portuguese "leve"
 * ('light', 'take': "Leve esta mensagem a todos.").
 */
const EXCLAIMED_WORDS = String.raw`leve|ура|слава|хай\s+живе`;
/** A sentence that is a cheer. */
const CHEER = new RegExp(
  String.raw`^(?:${CHEER_WORDS})(?![\p{L}]).*[!！.]\s*$|^(?:${EXCLAIMED_WORDS})(?![\p{L}]).*[!！]\s*$`,
  'iu',
);
/**
 * A cheer said inside a sentence, as a toast says it ("Et laisse-moi dire, vive les États-Unis
 * d’Amérique, vive la France", "… and long live the friendship between our peoples"): the cheer
 * words of a clause's start only, after a comma or an "and", never the adjective "viva" of "a
 * memória viva do povo", nor the never-exclaimed words ("leve", 'light' in Portuguese).
 */
export const CHEER_IN_SENTENCE = new RegExp(
  String.raw`(?:^\s*|[,;:—–]\s*|\s(?:and|et|y|e|ed|und|och|og|и|і|i)\s+)¡?(?:${CHEER_WORDS})\s+\p{L}`,
  'iu',
);

/**
 * A good night said to end the speech: "Thank you, and good night.", "¡De corazón, para todos,
 * muy feliz 2009, y muy buenas noches!" (Juan Carlos I, Christmas message 2008, judge22). Only
 * at the end of a sentence: said first, "Buenas noches" is the greeting (structure.ts).
 */
const GOOD_NIGHT =
  /(?:^|[\s,;¡])(?:buenas\s+noches|good\s*night|bonne\s+nuit|gute\s+nacht|buona\s*notte|boa\s+noite|спокойной\s+ночи|dobranoc|god\s+natt|god\s+nat)(?:\s+(?:a\s+todos|à\s+tous|a\s+tutti|a\s+todas|everyone|to\s+all|all))?\s*[!.]*\s*$/iu;

/**
 * The season's wishes that end a Christmas or New Year message: "Feliz Navidad, Eguberri on, Bon
 * Nadal, Boas Festas." (Felipe VI 2014, judge26), "Eguberri on. Bon Nadal y Boas festas." (2020),
 * and a farewell said as the last word, "வணக்கம்." (Modi, Mann Ki Baat in Tamil, 2017, judge26).
 */
const SEASON =
  /^(?:feliz\s+navidad|feliz\s+año\s+nuevo|merry\s+christmas|happy\s+new\s+year|joyeux\s+noël|bonne\s+année|frohe\s+weihnachten|buon\s+natale|feliz\s+natal|eguberri\s+on|bon\s+nadal|boas\s+festas|с\s+новым\s+годом|с\s+рождеством)(?![\p{L}])|^(?:வணக்கம்|नमस्कार)\s*[.!|।]*\s*$/iu;

/** Whether one sentence is a closing word of the speech (a thanks, a blessing, a cheer or a toast). */
export function isClosingSentence(sentence: string): boolean {
  const s = sentence.trim().replace(/^[¡¿]\s*/u, '');
  if (!s) return false;
  return (
    structureKind(s) === 'thanks' ||
    BLESSING.test(s) ||
    MEMORY.test(s) ||
    (SEASON.test(s) && wordsOf(s).length <= 12) ||
    (THANKS_LAST.test(s) && wordsOf(s).length <= 12) ||
    CHEER.test(s) ||
    isToast(s) ||
    (GOOD_NIGHT.test(s) && wordsOf(s).length <= 16)
  );
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
