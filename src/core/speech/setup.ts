/**
 * Set-up lines: a sentence that only announces what comes next ("Let me tell you something.",
 * "I want to say a word about our teachers.", "There is one thing I ask of you.") says nothing on
 * screen; its point is the next sentence. When the announcement and its point are one sentence,
 * parted by a colon ("I will offer here, as a sound maxim, this: That we can't reach old age by
 * another man's road."), the point after the colon is the line. English only.
 */
import { primaryLang } from './lang';
import { capitalize, wordsOf } from './text';

/** A frame that announces a saying: "let me tell you", "I want to say", "I will now offer". */
const ANNOUNCE =
  /^(?:(?:and|so|now|well|but|first|finally|lastly),?\s+)?(?:let\s+me(?:\s+(?:just|now|also|first|briefly))?|allow\s+me\s+to|i\s+(?:just\s+|also\s+|now\s+)?(?:want|wish|desire|would\s+like|['’]d\s+like|need|have|had)\s+(?:now\s+)?to(?:\s+(?:just|now|also|briefly))?|i(?:\s+(?:will|shall|am\s+going\s+to)|['’]ll|['’]m\s+going\s+to)(?:\s+(?:just|now|also|briefly))?)\s+(?:say|tell|talk|speak|add|mention|offer|begin|start|close|end|turn|repeat|emphasi[sz]e|urge|share|ask|point\s+out|note|remind|conclude|quote|be\s+(?:clear|honest|frank|blunt|brief))\b/iu;

/**
 * What a frame announces when it holds no point of its own, said right after its verb: "this",
 * "something", "a word", "one thing", "the following" ("Let me tell you something.", "I'll close
 * with this.").
 */
const POINTER =
  /^\s*(?:(?:to\s+)?(?:you|all\s+of\s+you)\s+|(?:here|now|again|once\s+more|briefly|today|tonight)\s+|(?:with|on|by|about)\s+)*(?:this|these|something|a\s+(?:word|few\s+words|story|thing|point)|(?:one|two|three|a\s+few)\s+(?:more\s+)?(?:things?|points?|words?|stor(?:y|ies))|the\s+following|(?:a|one|this|that)\s+(?:[\p{L}-]+\s+)?(?:maxim|principle|rule|lesson|truth))\b(?:\s+(?:about|on|to|of|for|with|as)\b[^;]*)?\s*[.!:—–]?\s*$/iu;

/** A line that points at what follows: "There is one thing…", "Here is what…", "My point is this". */
const POINTS_AHEAD =
  /^(?:(?:and|so|now|well|but),?\s+)?(?:there\s+(?:is|are|was)\s+(?:one|two|three|a\s+few|another|something)\b(?:\s+\w+){0,2}\s+(?:i|we|you)\b|here\s*(?:is|['’]s|are)\s+(?:what|the\s+thing|my\s+point|the\s+point|how|why)\b|(?:the|my|our|one)\s+(?:\w+\s+)?(?:point|question|answer|lesson|truth|thing|message|maxim)\s+(?:is|was)\s+(?:this|simple|clear)\b)/iu;

/**
 * Whether a sentence only sets up the next one: an announcing frame whose object is a pointer
 * ("Let me tell you something.") or that holds nothing past its verb ("Let me say a word."), or
 * a line that points ahead ("There is one thing I want to say."). A frame with its point in it
 * ("I want to say that we are proud of you.") is no set-up; nor is a colon whose point follows.
 */
export function isSetUp(sentence: string, lang = ''): boolean {
  const l = primaryLang(lang);
  if (l && l !== 'en') return false;
  const s = sentence.trim();
  // the point is said after a colon in the same sentence (afterSetUp takes it)
  const head = s.split(/[:：]\s/u)[0]!;
  if (head !== s && wordsOf(s.slice(head.length)).length >= 4) return false;
  const frame = ANNOUNCE.exec(head);
  if (frame) {
    const rest = head.slice(frame[0].length);
    if (/^\s*(?:you\s+|to\s+you\s+|it\s+)?that\b/iu.test(rest)) return false;
    // nothing past the verb but its topic ("Let me turn to education.", "I want to talk about jobs.")
    const topic = /^\s*(?:[.!:—–]|(?:about|on|to)\b)/iu.test(rest) && wordsOf(rest).length <= 6;
    return POINTER.test(rest) || topic || !wordsOf(rest).length;
  }
  return POINTS_AHEAD.test(head);
}

/**
 * The point of a sentence that announces it before a colon ("I will offer here, as a sound
 * maxim, this: That we can't reach old age by another man's road." → "We can't reach old age by
 * another man's road."), or null: the part before the colon is a set-up (an announcing frame, or
 * it ends on "this"/"these"/"as follows"), the point after it a statement of four words or more.
 */
export function afterSetUp(sentence: string, lang = ''): string | null {
  const l = primaryLang(lang);
  if (l && l !== 'en') return null;
  const s = sentence.trim();
  const m = /^([^:：]+)[:：]\s+(.+)$/u.exec(s);
  if (!m) return null;
  const [, lead, point] = m as unknown as [string, string, string];
  const announces =
    ANNOUNCE.test(lead) || POINTS_AHEAD.test(lead) || /\b(?:this|these|as\s+follows)\s*$/iu.test(lead);
  if (!announces || wordsOf(point).length < 4 || !/[.!]$/u.test(point)) return null;
  // "That we can't…" after the colon is the maxim itself: its "that" only joined it to the frame
  const said = point.replace(/^that\s+(?=\p{L})/iu, '');
  return /^[\p{L}"“]/u.test(said) ? capitalize(said) : null;
}

/** The sentences a line may be picked from, each set-up without its point left out, and each point said after its set-up taken alone. */
export function pointsOf(sentences: readonly string[], lang = ''): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const point = afterSetUp(s, lang);
    if (point) out.push(point);
    else if (!isSetUp(s, lang)) out.push(s);
  }
  return out;
}
