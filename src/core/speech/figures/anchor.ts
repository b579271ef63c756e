/**
 * The time a figure is said for, right after it: "more than $66 billion in fiscal year 1976",
 * "over $4 billion per year in fiscal 1967", "$1 per barrel on February 1". A label read up to the
 * year stops at it, since a label holds no number of its own ("more than $66 billion — in fiscal
 * year"), and two figures said for two times then share one label ("about $40 billion — in fiscal
 * year"): a from→to pair, or a schedule, reads as two figures of one thing. The time said is part
 * of what the figure is: a label left dangling on it takes it whole, and figures of one sentence
 * that share a label are told apart by the time each was said for. English only.
 */
import type { Span } from '../segment';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** "in fiscal year 1976", "in fiscal 1967", "in 1987", "on February 1", "by March 1, 1976". */
const ANCHOR = new RegExp(
  String.raw`^\s+((?:in|on|by|during|for)\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?|the\s+year\s+)?(?:${MONTH}\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?|(?:19|20)\d\d))(?![\p{L}\p{Nd}])`,
  'u',
);
/** A label that ends where its time's number was: "in fiscal year", "taxpayers in fiscal". */
const DANGLING = /\s*(?<![\p{L}])(?:in|on|by|during|for)(?:\s+(?:fiscal|calendar))?(?:\s+year)?$/iu;

/** The time said right after the figure ("in fiscal year 1976"), or ''. */
export function anchorAfter(sentence: string, fig: Span): string {
  return ANCHOR.exec(sentence.slice(fig.end, fig.end + 60))?.[1]!.replace(/\s+/gu, ' ') ?? '';
}

/**
 * Sets, in place, each figure's label with the time it is said for: a label dangling on the
 * time's words ("in fiscal year") takes the time whole; labels two figures share are each told
 * apart by their own time ("increase in level, on February 1"), when each has one.
 */
export function anchorLabels(sentence: string, figures: Array<Span & { label: string }>): void {
  const anchors = figures.map((f) => anchorAfter(sentence, f));
  figures.forEach((f, i) => {
    const anchor = anchors[i]!;
    const dangling = DANGLING.exec(f.label);
    if (!anchor || !dangling || !dangling[0].trim()) return;
    const head = f.label.slice(0, dangling.index).trim();
    // only the words the time began with: "in fiscal" is "in fiscal 1967"'s, not "in 1967"'s
    if (!anchor.toLowerCase().startsWith(dangling[0].trim().toLowerCase())) return;
    // a time alone says when, not what is counted: no label (cut-frame.ts)
    f.label = head ? `${head} ${anchor}` : '';
  });
  const shared = new Map<string, number[]>();
  figures.forEach((f, i) => f.label && shared.set(f.label, [...(shared.get(f.label) ?? []), i]));
  for (const [label, at] of shared) {
    if (at.length < 2 || at.some((i) => !anchors[i] || label.endsWith(anchors[i]!))) continue;
    if (new Set(at.map((i) => anchors[i])).size < at.length) continue;
    for (const i of at) figures[i]!.label = `${label}, ${anchors[i]}`;
  }
}

/** What says that the figure after it is the one before compared ("—compared to", "as against", "versus"). */
const COMPARED_TO =
  /^\s*(?:[—–,]|\s--)?\s*(?:compared\s+(?:to|with)|as\s+(?:against|compared\s+(?:to|with))|against|versus|vs\.?)\s+$/iu;
/** A label that only says a time: "for the current year", "in the last fiscal year", "last year", "in 1963". */
const TIME_ONLY =
  /^(?:(?:for|in|during|over|of)\s+)?(?:(?:the|this|that)\s+)?(?:(?:current|present|previous|past|last|coming|next|same|prior|preceding)\s+)?(?:(?:fiscal|calendar|budget)\s+)?(?:year|quarter|month|period|decade|(?:19|20)\d\d)$/iu;

/**
 * "total expenditures of $97,900 million—compared to $98,400 million for the current year": the
 * figure compared is the same thing at another time, and its label is that time alone ("$98,400
 * million — for the current year" said nothing of what was counted; beside the first it was taken
 * for a part of it, whole.ts). Sets, in place, the label of a figure said "compared to" right after
 * another, when its label says only a time, to the other's label with that time ("total
 * expenditures for the current year"). English only.
 */
export function comparedAtTime(sentence: string, figures: Array<Span & { label: string }>): void {
  for (let i = 1; i < figures.length; i++) {
    const [f, g] = [figures[i - 1]!, figures[i]!];
    if (!f.label || !TIME_ONLY.test(g.label.trim()) || TIME_ONLY.test(f.label.trim())) continue;
    if (COMPARED_TO.test(sentence.slice(f.end, g.start))) g.label = `${f.label} ${g.label.trim()}`;
  }
}
