/**
 * A printed speech's editor's section heads ("< 기후변화 대응을 위한 우리나라의 노력과 행동계획 >",
 * "〈결론〉" on lines of their own): never said, masked off screen (mask.ts), yet they part the speech
 * into sections, and a head that reads as a headline titles the slide its section opens on.
 */
import { EDITOR_HEAD } from './mask';
import type { Section, SpokenPara } from './model';
import { isTitle, MAX_TITLE_CJK } from './titles';
import { wordsOf } from './text';
import { isPlainHead, PLACE_HEAD, plainHeadTitle } from './plain-heads';

/**
 * A Korean purpose phrase that opens a head ("기후변화 대응을 위한 …"): the words after it are the
 * head's own noun phrase ("우리나라의 노력과 행동계획"), the shorter title.
 */
const KO_PURPOSE = /^[\p{Script=Hangul}\p{N}\s℃%.]+?[을를]\s+위한\s+/u;
const hangulOrCjk = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A part's numeral alone on its line, as a printed speech numbers its parts ("II.", "IV", "3."). */
const SECTION_NUMERAL = /^(?:[IVXL]{1,6}|\d{1,2})\.?$/u;

/** The words of an editor's head, or null when the paragraph is none. */
export function editorHead(text: string): string | null {
  return EDITOR_HEAD.exec(text)?.[1]?.trim() ?? null;
}

/** Letters of a CJK or Korean title, spaces and punctuation aside. */
const cjkLength = (t: string) => [...t.replace(/[\p{P}\s]/gu, '')].length;

/** Whether a title fits a slide: ≤ 16 CJK or Korean letters, else the title rules' words. */
function fits(title: string, lang: string): boolean {
  if (hangulOrCjk.test(title) && cjkLength(title) > MAX_TITLE_CJK) return false;
  if (!hangulOrCjk.test(title) && wordsOf(title).length > 8) return false;
  return isTitle(title, lang);
}

/**
 * The title an editor's head gives its section: the head whole when it fits, else its noun phrase
 * past a Korean purpose phrase ("기후변화 대응을 위한 우리나라의 노력과 행동계획" → "우리나라의
 * 노력과 행동계획"); null for a marker of place ("맺음말") or a head with no title that fits
 * ("지구 평균온도 2℃ 이하 상승 억제를 위한 기여": its noun alone, "기여", names no point). A head
 * is never cut mid-phrase.
 */
export function headTitle(head: string, lang = ''): string | null {
  const h = head.replace(/\s+/gu, ' ').trim();
  if (!h || PLACE_HEAD.test(h)) return null;
  const rest = h.replace(KO_PURPOSE, '');
  const title = fits(h, lang) ? h : rest !== h && wordsOf(rest).length >= 2 && fits(rest, lang) ? rest : null;
  // a number on screen is one the speech said: an editor's head is not said
  return title && !/\p{N}/u.test(title) ? title : null;
}

/**
 * The body of a plain speech parted at its editor's heads: each head opens a section of its own
 * (the head its first paragraph, so the notes stay the whole speech in order), titled by the head
 * when it reads as a title; a marker of place ("< 맺음말 >") opens none. A body with no head is one
 * section, as before.
 */
export function sectionsAtHeads(body: SpokenPara[]): Section[] {
  const out: Section[] = [];
  let current: Section | null = null;
  // a speech printed in numbered parts ("II." … "VII." on lines of their own, Eisenhower's farewell
  // address; judge21): each numeral opens a part, and no slide runs across two
  const numbered = body.filter((p) => SECTION_NUMERAL.test(p.text.trim())).length >= 2;
  for (const [i, p] of body.entries()) {
    if (numbered && SECTION_NUMERAL.test(p.text.trim())) {
      current = { paras: [{ ...p, spokenOnly: true }], pos: p.pos, plannable: true };
      out.push(current);
      continue;
    }
    // a printed head in title case ("Increasing the Availability of Housing Americans Can Afford")
    // opens its section too, titled by it or a shorter form of it, and is kept off screen (plain-heads.ts)
    if (isPlainHead(body, i)) {
      const h = p.text.replace(/\s+/gu, ' ').trim();
      const place = PLACE_HEAD.test(h);
      const title = place ? null : plainHeadTitle(h);
      current = { paras: [], pos: p.pos, plannable: true, ...(title ? { title } : {}) };
      out.push(current);
      current.paras.push({ ...p, spokenOnly: true });
      continue;
    }
    const head = editorHead(p.text);
    // a head that only says where the talk is ("< 맺음말 >") opens no slide of its own: the few
    // closing lines under it stay with the slide before (a slide of 14 seconds is no slide)
    const opens = head !== null && !PLACE_HEAD.test(head.replace(/\s+/gu, ' ').trim());
    if (!current || (opens && current.paras.length)) {
      const title = head !== null ? headTitle(head) : null;
      current = { paras: [], pos: p.pos, plannable: true, ...(title ? { title } : {}) };
      out.push(current);
    }
    current.paras.push(p);
  }
  return out;
}
