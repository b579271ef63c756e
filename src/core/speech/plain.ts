/**
 * Plain-text speeches: paragraphs separated by blank lines, `**bold**` emphasis. Recognises the
 * title line, the opening, enumerations and the closing, and groups paragraphs into sections.
 */
import { inlineText, type SpeechMeta } from '../deck';
import { enumerationRuns, isLeadIn } from './enumeration';
import { parsePlainInline } from './inline';
import type { Section, SpeechModel, SpokenPara } from './model';
import { isClosing, isOpening, isTitleLine, speakerFromIntro, titleFromFileName } from './speech-parts';
import { LineIndex } from './text';

export interface RawPara {
  text: string;
  offset: number;
}

/** Paragraphs of a plain text (blank-line separated), trimmed, with their start offsets. */
export function plainParagraphs(text: string): RawPara[] {
  const out: RawPara[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, offset: start + lead });
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The title line of a plain speech, if its first paragraph is one. */
export function plainTitle(paras: RawPara[]): string | null {
  const first = paras[0];
  return first && paras.length > 1 && isTitleLine(first.text) && !isOpening(first.text) ? first.text : null;
}

function toSpoken(p: RawPara, lines: LineIndex): SpokenPara {
  const inlines = parsePlainInline(p.text);
  return { text: inlineText(inlines), inlines, pos: lines.pos(p.offset) };
}

/** Splits a paragraph with several bold topics at the sentences where the later topics start. */
function splitByTopics(p: RawPara): RawPara[] {
  const window = p.text.slice(0, 4000);
  const re = /\*\*(?=\S)[^*\n]*?\S\*\*/g;
  const starts: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) starts.push(m.index);
  if (starts.length < 2) return [p];
  const parts: RawPara[] = [];
  let from = 0;
  for (const idx of starts.slice(1)) {
    const before = p.text.slice(from, idx);
    const ends = ['. ', '! ', '? ', '。', '！', '？'].map((e) => {
      const at = before.lastIndexOf(e);
      return at < 0 ? -1 : at + e.length;
    });
    const cut = Math.max(...ends);
    if (cut > 0 && p.text.slice(from, from + cut).trim()) {
      parts.push({ text: p.text.slice(from, from + cut).trim(), offset: p.offset + from });
      from += cut;
      while (/\s/.test(p.text.charAt(from))) from++;
    }
  }
  parts.push({ text: p.text.slice(from).trim(), offset: p.offset + from });
  return parts.filter((x) => x.text);
}

export function readPlain(text: string, fileName: string): SpeechModel {
  const lines = new LineIndex(text);
  const paras = plainParagraphs(text);
  const title = plainTitle(paras);
  let i = title ? 1 : 0;
  const meta: SpeechMeta = { title: title ?? titleFromFileName(fileName) };
  const titleSection: Section = { layout: 'title', paras: [], pos: lines.pos(paras[0]?.offset ?? 0) };
  while (
    i < paras.length &&
    i < 6 &&
    isOpening(paras[i]?.text ?? '') &&
    !(i === paras.length - 1 && isClosing(paras[i]?.text ?? ''))
  ) {
    const p = paras[i] as RawPara;
    titleSection.paras.push(toSpoken(p, lines));
    const who = speakerFromIntro(p.text);
    if (who.speaker && !meta.speaker) Object.assign(meta, who);
    i++;
  }
  const last = paras[paras.length - 1];
  const closing = paras.length > i && last && isClosing(last.text) ? last : null;
  const body = paras.slice(i, closing ? paras.length - 1 : paras.length);
  const sections: Section[] = [titleSection];
  const runs = enumerationRuns(body.map((p) => p.text));
  let k = 0;
  for (const [start, end] of runs) {
    const lead = start > k && isLeadIn(body[start - 1]?.text ?? '') ? start - 1 : start;
    pushSingles(body.slice(k, lead), sections, lines);
    const group = body.slice(lead, end).map((p) => toSpoken(p, lines));
    sections.push({ paras: group, pos: group[0]?.pos ?? { line: 1, column: 1 } });
    k = end;
  }
  pushSingles(body.slice(k), sections, lines);
  if (closing) {
    const p = toSpoken(closing, lines);
    sections.push({ layout: 'closing', paras: [p], pos: p.pos });
  }
  return { meta, sections, warnings: [] };
}

/** One section per paragraph (split by bold topics); a lead-in paragraph joins the next one. */
function pushSingles(paras: RawPara[], sections: Section[], lines: LineIndex): void {
  let pending: SpokenPara[] = [];
  for (const p of paras) {
    for (const part of splitByTopics(p)) {
      const sp = toSpoken(part, lines);
      if (isLeadIn(part.text) && part.text.length < 300) {
        pending.push(sp);
        continue;
      }
      const group = [...pending, sp];
      pending = [];
      sections.push({ paras: group, pos: group[0]?.pos ?? sp.pos });
    }
  }
  if (pending.length) sections.push({ paras: pending, pos: pending[0]?.pos ?? { line: 1, column: 1 } });
}
