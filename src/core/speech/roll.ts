/**
 * Acknowledgement rolls: the paragraphs in which the speaker says who is in the room ("From
 * Michigan, Debbie Stabenow is here. Debbie, welcome.", "Folks, leaders from key American
 * industries are here as well, including steel…", "And Congresswoman Debbie Dingell.", "I want to
 * recognize all the labor unions here today…"). They are spoken, so they stay in the notes, but
 * they are never a slide of their own nor its title or line: each goes with the slide before it
 * (judge13, class 7; plan.ts marks them spoken only and never cuts a slide before one).
 */
import { primaryLang } from './lang';
import { maskForScreen, tidyMasked } from './mask';
import { sentenceSpans } from './segment';
import { wordsOf } from './text';

/** "X is here.", "X are here as well", "X is with us today": a person pointed out in the room. */
const HERE =
  /\b(?:is|are)\s+(?:(?:also|all)\s+)?(?:here|with\s+us|in\s+the\s+(?:room|audience)|joining\s+us)(?:\s+(?:as\s+well|too|today|tonight|this\s+(?:morning|afternoon|evening)|with\s+us))*(?:[.!]|,\s+including\b.*)?$/iu;
/** "I want to thank …", "I — and I want to recognize …", "Let me recognize …". */
const THANKS_ROLL =
  /^(?:[\p{L}'’—–-]+,?\s+){0,3}?(?:I|we)\s+(?:also\s+)?(?:want\s+to|would\s+like\s+to|['’]d\s+like\s+to|have\s+to)\s+(?:also\s+)?(?:thank|acknowledge|recogni[sz]e)\b(?!\s+that\b)|^(?:let\s+me|allow\s+me\s+to)\s+(?:also\s+)?(?:thank|acknowledge|recogni[sz]e)\b|^(?:I|we)\s+(?:am|are|['’]m|['’]re)\s+(?:also\s+|so\s+|very\s+)*(?:proud|honou?red|pleased|delighted|thrilled|happy)\s+to\s+be\s+joined\s+(?:here\s+)?(?:today\s+|tonight\s+|this\s+(?:morning|afternoon|evening)\s+)?by\b/iu;

/**
 * A sentence that only names someone ("And Congresswoman Debbie Dingell.", "Elissa Slotkin —"):
 * capitalised words, "of"/"the"/"and" between them, two at least.
 */
function introduces(sentence: string): boolean {
  // a name with "And" or a role before it: a roll call of the dead ("Cynthia Hurd. Susie
  // Jackson.") is no introduction
  if (!/^(?:and|also)\s/iu.test(sentence.trim()) && !ROLE.test(sentence)) return false;
  const words = sentence
    .trim()
    .replace(/^(?:and|also)\s+/iu, '')
    .split(/\s+/u)
    .map((w) => w.replace(/[,.!;:—–-]+$/u, ''))
    .filter(Boolean);
  // (said: it ends on a stop, a comma or a dash; a bold head "**Smart Public Investment**" does not)
  return (
    /[.!,—–]\s*$/u.test(sentence.trim()) &&
    words.length >= 2 &&
    /^\p{Lu}/u.test(words[0]!) &&
    /^\p{Lu}/u.test(words[words.length - 1]!) &&
    words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and)$/u.test(w))
  );
}

/** Roles a guest is introduced by. */
const ROLE =
  /\b(?:Congress(?:wo)?man|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|Secretary|Ambassador|Administrator|Chairman|Chairwoman|Chair|Director)\s+\p{Lu}/u;

/** A paragraph that opens on thanks ("Thank you, thank you, thank you.", "Rox, thank you very much…"). */
const OPENS_THANKS = /^(?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2},\s+)?thank(?:s|\s+you)\b/iu;

/** Words of a line said between a roll's names ("THE PRESIDENT:  All right.", "I am.  I’m happy."). */
const ASIDE_WORDS = 6;

/** The longest paragraph an acknowledgement is (words): a roll names, it does not argue. */
const MAX_WORDS = 70;

/** Whether an English sentence points someone out in the room, recognises them, or only introduces them by name. */
export function acknowledges(sentence: string): boolean {
  const s = sentence.trim();
  // (not "We are here today to remember a man of God…": the speaker's own presence is the occasion)
  return (HERE.test(s) && !/^(?:we|i|you)\b/iu.test(s)) || THANKS_ROLL.test(s) || introduces(s);
}

/**
 * Whether a paragraph is part of an acknowledgement roll: at most MAX_WORDS words, no number, and
 * its first sentence points someone out in the room ("Debbie Stabenow is here."), thanks them, or
 * only names them ("And Congresswoman Debbie Dingell."); a transcript's speaker label is not read.
 */
export function isAcknowledgement(text: string, lang = ''): boolean {
  // (English rolls: elsewhere a line of capitalised nouns is no roll of names, "Meine Damen und Herren!")
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const said = tidyMasked(maskForScreen(text));
  // (a year a guest graduated in, "who graduated from this academy in 2009", is no figure)
  const numbers = said.replace(/\b(?:in|of|since|class\s+of)\s+(?:19|20)\d{2}\b/giu, '');
  if (!said || wordsOf(said).length > MAX_WORDS || /\p{Nd}/u.test(numbers)) return false;
  const first = sentenceSpans(said, lang)[0];
  const opening = first ? said.slice(first.start, first.end) : said;
  return acknowledges(opening);
}

/**
 * Which paragraphs are an acknowledgement roll: each acknowledgement, and a short line between two
 * of them ("THE PRESIDENT:  All right." after "REPRESENTATIVE STEVENS:  I’m here.").
 */
export function acknowledgementRoll(texts: readonly string[], lang = ''): boolean[] {
  const said = texts.map((t) => tidyMasked(maskForScreen(t)));
  const ack = texts.map((t) => isAcknowledgement(t, lang));
  const l = primaryLang(lang);
  if ((l && l !== 'en') || !ack.some(Boolean)) return ack;
  // the thanks that open the speech are its opening, with the roll they lead into
  for (let i = 0; i < texts.length && (ack[i] || OPENS_THANKS.test(said[i]!)); i++) ack[i] = true;
  const short = (i: number) => wordsOf(said[i]!).length <= ASIDE_WORDS;
  // a short line said inside a roll or right after it (a guest's "I’m here.", "Elissa Slotkin —")
  for (let i = 1; i < texts.length; i++) if (!ack[i] && ack[i - 1] && short(i)) ack[i] = true;
  return ack;
}
