/**
 * Goals and targets said in prose ("Our goal is to insulate 90 percent of American homes by
 * 1985", "we must cut emissions by 50 percent", "—to train 500,000 nurses") are not facts:
 * a card "90 percent — of American homes" reads as a count of homes already insulated. Such a
 * figure's label carries the goal and its verb said before it ("plan to invest", "target:
 * vaccinate" when the speech says "target is to"), or it has no label and no card: a goal whose
 * figure is followed by what it counts ("to insulate 90 percent of American homes") has no one
 * phrase of the speech that says both, and a label is never stitched round the figure with "…"
 * (render19).
 * A list of goals is a list (items.ts), not cards. "will" is left alone: in speeches it foretells
 * more often than it promises ("will continue to lose about 50 percent of their heat", "will
 * spend more than $550 billion … by 1985", whose year qualify.ts keeps).
 */
import { isFunctionWord } from '../lexicon';
import type { Span } from '../segment';
import { clauseOf } from './label';
import { alternation, CONDITIONAL_MODAL, HAVE, oneOf } from '../word-classes';
import { englishOrUnsaid } from '../lang';

/**
 * What says that a verb after it is aimed at, not done (English): a goal noun ("our goal is to"),
 * a verb of intent ("we plan to", "we need to", "we must"), or an infinitive opening its clause
 * ("These are the goals: to reduce…; to insulate…"); and what only could be ("could increase wages
 * by nearly $300 billion" → "could increase wages": a possibility is no more a fact than a goal).
 * Its modals are those of duty or of a mere possibility; "will", "shall", "can", "may" say what is done.
 */
const GOAL_MARK = String.raw`(?:(?<noun>goal|target|aim|objective|ambition|plan|mission|pledge|promise|commitment|task|job)s?\s+(?:is|are|was|were|will\s+be)\s+to|(?<intent>(?:aims?|aiming|plans?|planning|want|wants|need|needs|intend|intends|seek|seeks|hope|hopes|pledged?|pledges|commit|committed|promised?|promises|going|determined|resolved)\s+to|${alternation(CONDITIONAL_MODAL, ['must', 'should'])})|^\s*to(?!\s+date\b))`;
/** Verbs after which a figure is a state or a forecast, not something to do. */
const NOT_AN_ACTION = oneOf(
  HAVE,
  ['be', 'been'],
  'become remain stay see cost take last mean exceed reach total average amount equal'.split(' '),
);
const ACTION = String.raw`(?<verb>\p{Ll}[\p{L}-]*)(?<middle>(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:(?<prep>by|to|for)\s+)?$`;
const GOAL = new RegExp(
  String.raw`(?:(?<![\p{L}’'])|^)${GOAL_MARK}\s+(?:(?:also|now|then|soon|together|help|work\s+to|try\s+to|be\s+able\s+to)\s+)*${ACTION}`,
  'iu',
);
/** "could increase wages by $300 billion and expand opportunities for 30 million": a verb joined on. */
const JOINED_GOAL = new RegExp(
  String.raw`(?:(?<![\p{L}’'])|^)${GOAL_MARK}\s[^;:—–]*?\sand\s+${ACTION}`,
  'iu',
);
/** "a goal of 1 million new homes": a target with no verb says not what is to be done. */
const GOAL_NOUN_OF = /(?<![\p{L}])(?:goal|target|aim|objective|ambition)s?\s+of\s+$/iu;
/**
 * The counted thing said right after the figure ("of American homes", "of the world"), up to the
 * next preposition ("must release $11 billion of tax reduction into the private spending stream":
 * the money is of tax reduction, so "must release" alone is no label, LBJ 1964, judge36).
 */
const OF_AFTER =
  /^\s+(of\s+(?:(?:the|our|their|all|its)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=$|\s+(?:by|in|into|to|for|and|or|within|before|over|of|from|on|at|through|across|under|with|toward|towards|as|per)\s|[,.;:!?—–)])/iu;

/** What money is put in or spent on, said right after it ("in plant and laboratory facilities"). */
const IN_AFTER =
  /^\s+((?:in|on)\s+(?:(?:the|our|their|all|its|new)\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=$|\s+(?:by|in|to|for|within|before|over|from)\s|[,.;:!?—–)])/iu;
const MONEY = /\p{Sc}|\b(?:dollars?|euros?|pounds?|yen|cents?)\b/iu;

const MAX_TOKENS = 9;

/**
 * The label of the figure at `fig` when its clause makes it a goal: the label ('' when none can be
 * said honestly), or null when the figure is no goal.
 */
export function goalLabel(sentence: string, fig: Span, lang = ''): string | null {
  if (!englishOrUnsaid(lang)) return null;
  const clause = clauseOf(sentence, fig);
  // (the words just before: a goal is said close to its figure, and a long clause stays linear)
  const before = sentence.slice(Math.max(clause.start, fig.start - 200), fig.start);
  if (GOAL_NOUN_OF.test(before)) return '';
  const m = GOAL.exec(before) ?? JOINED_GOAL.exec(before);
  if (!m) return null;
  const verb = m.groups!.verb!;
  if (NOT_AN_ACTION.test(verb) || isFunctionWord(verb, lang) || /ing$/iu.test(verb)) return null;
  // "must reduce our imports to …", "could expand opportunities for …": a card that ends on "…"
  // reads as a sentence cut off, and without the preposition it would misstate the figure
  const prep = m.groups!.prep;
  if (prep && prep !== 'by') return '';
  const middle = m.groups!.middle!.trim();
  // the object between verb and figure is words, not a clause of its own
  if (middle.split(/\s+/).some((w) => w && /^(?:that|which|who|if|when|because|and|or)$/iu.test(w)))
    return null;
  const rest = sentence.slice(fig.end, clause.end);
  // money keeps what it is put in ("to invest some $200 million in plant and laboratory facilities")
  const after =
    OF_AFTER.exec(rest) ?? (MONEY.test(sentence.slice(fig.start, fig.end)) ? IN_AFTER.exec(rest) : null);
  // the speaker's own word of intent ("plan to invest"), else the goal noun said ("target:
  // vaccinate"), else the infinitive itself ("to invest"): never a word the speech did not say
  const intent = m.groups?.intent?.replace(/\s+/gu, ' ').toLowerCase();
  const noun = m.groups?.noun?.toLowerCase();
  const head = intent ? `${intent} ${verb}` : noun ? `${noun}: ${verb}` : `to ${verb}`;
  // "which would prevent [more than 55,000 low-income households] from…", "aims to ensure [40%]
  // flow to…": a verb with nothing it is done to says not what the figure counts (judge15);
  // money is what the verb spends ("plan to invest $1.5 billion each year")
  if (!middle && !after && !MONEY.test(sentence.slice(fig.start, fig.end))) return '';
  // "to insulate [90 percent] of American homes": the goal and what it counts lie either side
  if (after) return '';
  const label = [head, middle].filter(Boolean).join(' ');
  const tokens = label.split(/\s+/);
  if (tokens.length > MAX_TOKENS || /\p{Nd}/u.test(label)) return '';
  // "would receive a reduction of [$210]": a label ending on "of" is cut before what it measures
  if (isFunctionWord(tokens[tokens.length - 1]!, lang)) return '';
  return label;
}
