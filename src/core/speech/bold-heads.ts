/**
 * A Markdown speech's section heads set in bold instead of as headings: a paragraph that is only
 * bold words, short, with no sentence stop ("**The Outlook**", "**Why this matters**", "**Smart
 * Public Investment**" in Lael Brainard's speech to the Economic Club of New York, 2023). The author
 * parts the speech with them as with `##`: each opens a section and titles its first slide. A bold
 * sentence of emphasis ("**This is the most important point.** Resilience is …") is no head: it is
 * not alone in its paragraph, or it ends on a stop.
 */
import type { Paragraph } from 'mdast';
import { DATE_OR_TIME, structureKind, westernDigits } from './structure';
import { speakerLabel } from './mask';
import { isNameLine } from './names';
import { plainHeadTitle, titleCased } from './plain-heads';
import { isTitle, MAX_TITLE_WORDS } from './titles';
import { hasCjk, wordsOf } from './text';

/** A head is a few words; a longer one only when written in title case like a printed head. */
const MAX_HEAD_WORDS = 10;
const MAX_TITLE_CASED_HEAD_WORDS = 16;
const MAX_HEAD_CJK = 20;

/** An outline's number and its stop before a capital: "I. ", "IV. ", "A. ", "2. ", "3.1 ", "B) ". */
const OUTLINE_NUMBER = /^(?:[IVX]{1,5}|[A-H]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?=\p{Lu})/u;

/** The words of a Markdown paragraph made only of bold text, or null. */
function boldOnly(p: Paragraph): string | null {
  const parts = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.type !== 'strong') return null;
  const words = (nodes: Paragraph['children']): string =>
    nodes
      .map((n) =>
        n.type === 'text' || n.type === 'inlineCode'
          ? n.value
          : 'children' in n
            ? words(n.children as Paragraph['children'])
            : '',
      )
      .join('');
  return words(only.children).replace(/\s+/gu, ' ').trim();
}

/**
 * The author's bold section head of a paragraph, with the title it gives its section (undefined
 * when the head is too long for a slide title and has no shorter form), or null when the paragraph
 * is no head.
 */
export function boldHead(p: Paragraph, lang = ''): { head: string; title?: string } | null {
  const whole = boldOnly(p)?.replace(/\s*[:：]$/u, '');
  if (!whole) return null;
  // an outline's number before the head ("**II. The Imperative for an Industrial Strategy**",
  // "**A. Deploying New Tools and Fresh Approaches**": Brian Deese, City Club of Cleveland,
  // 2022-10-13, judge26) is read past: its stop ends no sentence, and the title is the head's words
  const head = whole.replace(OUTLINE_NUMBER, '');
  if (!head) return null;
  // a sentence, an exclamation or a clause: emphasis, not a head
  if (/[.!;,…。！；，、]$/u.test(head) || /[.!?。！？]\s/u.test(head)) return null;
  const words = wordsOf(head);
  if (
    hasCjk(head)
      ? [...head].length > MAX_HEAD_CJK
      : words.length > MAX_HEAD_WORDS && !(words.length <= MAX_TITLE_CASED_HEAD_WORDS && titleCased(words))
  )
    return null;
  // a structure line set in bold ("**Check against delivery**", "**Madam Speaker**", a speaker's label) stays what it is
  // and a place or a time ("**New York, New York**", "**10:01 A.M. EDT**") is a header line, no head
  DATE_OR_TIME.lastIndex = 0;
  if (
    structureKind(head) !== null ||
    speakerLabel(head) ||
    isNameLine(head) ||
    /[,，،]/u.test(head) ||
    DATE_OR_TIME.test(westernDigits(head))
  )
    return null;
  const title =
    words.length <= MAX_TITLE_WORDS && isTitle(head, lang)
      ? head
      : (plainHeadTitle(head, lang || 'en') ?? undefined);
  return { head: whole, ...(title ? { title } : {}) };
}
