/**
 * The stretch of time a figure is said over, when the speaker says it once for the figure or for
 * the whole sentence: "During the next 5 years [NASA] expects … to invest some $200 million…",
 * "spending cuts of $130 billion over 3 years", "your taxes will still be cut $335 billion in these
 * next three years". Without it a card reads as a yearly or a current figure ("$130 billion —
 * Congress mandated spending cuts"); the label carries it, in the speech's words ("…, over 3
 * years", "…, next 5 years"). English only.
 */
import type { Span } from '../segment';

const COUNT = String.raw`(?:\p{Nd}+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)`;
const UNIT = String.raw`(?:years?|months?|quarters?|decades?)`;
/** "next 5 years", "these next three years", "a 3-year period", "3 years". */
const STRETCH = String.raw`(?:(?:the|these|those|a)\s+)?(?:(?:next|coming|last|past|first|same)\s+)?${COUNT}(?:\s+${UNIT}|-(?:year|month)\s+period)`;
/** A frame that opens the sentence: "During the next 5 years", "Over the past ten years,". */
const OPENING = new RegExp(
  String.raw`^[\s"“]*(?:(?:and|but|so|now)\s+)?(?:during|over|in|within)\s+(${STRETCH})(?![\p{L}\p{Nd}-])`,
  'iu',
);
/** A frame said right after the figure: "$130 billion over 3 years", "… in these next three years". */
const AFTER = new RegExp(String.raw`^\s+((?:over|in|during|within)\s+${STRETCH})(?![\p{L}\p{Nd}-])`, 'iu');
/** A frame said in the figure's clause before it: "would increase over a 3-year period by about $99 billion". */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}])((?:over|in|during|within)\s+${STRETCH})(?![\p{L}\p{Nd}-])[^,;:—–()]*$`,
  'iu',
);
/** A frame said inside the words before a figure ("productivity growth over the last two quarters has averaged"). */
const FRAME_INSIDE = new RegExp(
  String.raw`\s(?:over|in|during|within)\s+${STRETCH}(?![\p{L}\p{Nd}-])`,
  'giu',
);

/**
 * The words before a figure without the time frame said inside them: "productivity growth over
 * the last two quarters has averaged over 4 percent" (Waller, 2023) has the subject "productivity
 * growth"; the frame goes on the label after it (withTimeFrame: "productivity growth, last two
 * quarters"), never in the middle, where it made the subject too long to be a label (no card).
 */
export function withoutFrameInside(before: string): string {
  return before.replace(FRAME_INSIDE, '');
}

/** A label that says its time already ("actual new taxes over three years", "cut in that same period"). */
const HAS_TIME = /(?<![\p{L}])(?:years?|months?|decades?|period|annual|annually|yearly)(?![\p{L}])/iu;

/** The frame as shown: from "next"/"last"/"same" on when said, else with its preposition. */
function shown(frame: string): string {
  const from = /(?<![\p{L}])(?:next|coming|last|past|first|same)\s/iu.exec(frame);
  return (from ? frame.slice(from.index) : frame).replace(/\s+/gu, ' ');
}

/**
 * The time frame of the figure at `fig` said in `sentence` (its clause from `clauseStart`), as the
 * label shows it, or '' when none is said or the figure is itself a stretch of time.
 */
export function timeFrame(sentence: string, fig: Span & { kind: string }, clauseStart: number): string {
  if (fig.kind === 'duration') return '';
  const after = AFTER.exec(sentence.slice(fig.end, fig.end + 60));
  if (after) return shown(after[1]!);
  const before = BEFORE.exec(sentence.slice(clauseStart, fig.start));
  if (before) return shown(before[1]!);
  const opening = OPENING.exec(sentence);
  if (opening && opening.index + opening[0].length <= fig.start) return shown(opening[1]!);
  return '';
}

/** A label with the figure's time frame (see above), unless it says a time already. */
export function withTimeFrame(label: string, frame: string): string {
  if (!label || !frame || HAS_TIME.test(label)) return label;
  return `${label}, ${frame}`;
}

/** Verbs that bring a thing to a new level: "to increase its outlays … to $60 million a year". */
const RAISED_TO =
  /(?<![\p{L}])(?:increase|increases|increased|raise|raises|raised|bring|brings|brought|boost|boosts|boosted|lift|lifts|lifted|expand|expands|expanded)\s+(?:(?:its|their|our|the|his|her|your)\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]{3,})\s+to\s+(?:(?:about|nearly|almost|over|some|roughly|more\s+than)\s+)*$/iu;

/**
 * "to increase its outlays for salaries and expenses to $60 million a year": the figure is the
 * level the thing is brought to, and the thing is its label ("outlays for salaries and
 * expenses"); only with a time frame said (which the label then carries), since without it a level
 * aimed at would read as one reached. `isWord`: whether a word is a content word.
 */
export function raisedTo(before: string, frame: string, isWord: (w: string) => boolean): string {
  if (!frame) return '';
  const m = RAISED_TO.exec(before);
  if (!m) return '';
  const ws = m[1]!.split(/\s+/u);
  return ws.length >= 2 && isWord(ws[0]!) && isWord(ws[ws.length - 1]!) ? ws.join(' ') : '';
}
