/**
 * Titles of list slides: from the list's lead-in ("These are the goals that we set for 1985:" →
 * "Goals for 1985"), and the same title with its part ("Goals for 1985 (1/2)", "(2/2)") on each
 * slide of a list shared over slides (list-fit.ts).
 */
import type { ListPart } from './list-fit';
import { askedThings, deriveTitle, isTitle, withoutMarker, type UsedTitles } from './titles';
import { cjkCount } from './list-count';
import { capitalize, hasCjk } from './text';
import { unbalancedQuotes } from './quotable';
import { ANNOUNCED_THINGS } from './enumeration';

/** "These are the…", "Here are our…", "The following are…": words that only present what follows. */
const PRESENTS =
  /^(?:these|those|here|the following|following)\s+(?:are|were|will be)\s+(?:the|our|my|some of (?:the|our))?\s*/iu;
/** "goals that we set for 1985" → "goals" + "for 1985": a relative clause of a pronoun and one verb. */
const SET_FOR =
  /^(\p{L}+(?:\s+\p{L}+)?)\s+(?:that|which)\s+(?:we|i|you|they)\s+(?:have\s+|will\s+|must\s+)?\p{L}+\s+((?:for|in|by|to|on|at)\s+\S+(?:\s+\S+)?)$/iu;

/** The headline a presentative lead-in names ("These are the goals that we set for 1985"), if any. */
function presented(clause: string): string | null {
  const m = PRESENTS.exec(clause);
  if (!m) return null;
  const rest = clause.slice(m[0].length).trim();
  const set = SET_FOR.exec(rest);
  return set ? `${set[1]} ${set[2]}` : rest || null;
}

/** Title of a list slide from its lead-in: its first clause ("To further cooperate with CAREC partners"), else derived. */
export function leadTitle(lead: string, lang: string, avoid: UsedTitles): string {
  // a CJK lead-in names its list in the clause that counts it, before its colon ("余到校視事僅數日，
  // 校事多未詳悉，茲所計畫者二事：" → "茲所計畫者二事")
  const counting = lead
    .replace(/[:：]\s*$/u, '')
    .split(/[，,；;：:]/u)
    .pop()
    ?.trim();
  if (counting && hasCjk(counting) && cjkCount(counting) && isTitle(counting, lang) && !avoid.has(counting))
    return counting;
  const clause = withoutMarker(lead.split(/[,:：，]/u)[0]?.trim() ?? '');
  const named = presented(clause);
  if (named && isTitle(named, lang) && !avoid.has(named.toLowerCase())) return capitalize(named);
  const announced = ANNOUNCED_THINGS.exec(lead);
  const purpose = announced && /^to\s/iu.test(clause) ? withPurpose(announced, clause) : '';
  if (purpose && isTitle(purpose, lang) && !avoid.has(purpose.toLowerCase())) return purpose;
  if (
    clause &&
    clause.length < lead.trim().length &&
    // (never the opening of a quotation it does not close: "«Tendo promulgado")
    !unbalancedQuotes(clause) &&
    isTitle(clause, lang) &&
    !avoid.has(clause.toLowerCase())
  )
    return capitalize(clause);
  const things = announced && announced[1]!.toLowerCase() !== 'the following' ? announced[0] : '';
  if (things && !avoid.has(things.toLowerCase())) return capitalize(things);
  const asked = askedThings(lead.split(/[:：]/u)[0] ?? '', lang);
  if (asked && !avoid.has(asked.toLowerCase())) return asked;
  return deriveTitle([lead], [], lang, avoid);
}

/**
 * The announced things with the purpose the lead-in opens on ("To further cooperate with CAREC
 * partners, I'd like to give several proposals:" → "Proposals to further cooperate with CAREC
 * partners"). A count the speech said stays ("Three proposals to…"); a vague one ("several") goes,
 * and the title is never longer than eight words.
 */
function withPurpose(announced: RegExpExecArray, clause: string): string {
  const said = /^(?:two|three|four|five|six)$/iu.test(announced[1]!) ? `${announced[1]} ` : '';
  const title = capitalize(`${said}${announced[2]!.toLowerCase()} ${clause.replace(/^To\b/u, 'to')}`);
  return title.split(/\s+/u).length <= 8 ? title : '';
}

/** A part's title: the list's title with its place ("Goals for 1985 (2/2)"). */
export function partTitle(base: string, part: ListPart): string {
  return base ? `${base} (${part.index}/${part.of})` : '';
}
