/**
 * A year said as a frame ("in fiscal year 1976", "in fiscal 1967", "en el ejercicio 2023", "im
 * Haushaltsjahr 2024", "في العام المالي 2023") is one phrase: a label cut at the number keeps only
 * the frame ("$66 billion — in fiscal year", "$4 billion — taxpayers in fiscal"), which names
 * nothing that was measured and loses the year the figure belongs to. The label keeps the frame
 * with its year, or loses the frame; a label that was only the frame is no label. And a fiscal
 * year said right after a figure stays on its label ("savings to the taxpayers, fiscal 1967"): a
 * budget year is which figure it is, often a projected one.
 */
import type { Span } from '../segment';
import { escapeRegExp } from '../word-classes';

/** Words that name a period by the number said after them. */
const FRAME_WORD =
  /^(?:fiscal|year|FY|calendar|budget|quarter|ejercicio|año|exercice|année|Jahr|år|Haushaltsjahr|Geschäftsjahr|Fiskaljahr|عام|العام|سنة|السنة|المالي|المالية)$/iu;
/** Prepositions (and articles) that open the frame ("in fiscal year", "für das Haushaltsjahr"). */
const FRAME_HEAD =
  /^(?:in|for|during|of|since|by|until|through|from|to|the|this|that|en|el|del|de|para|la|le|l['’]|dans|pour|au|im|in|für|das|dem|seit|في|خلال|منذ|لعام|للعام)$/iu;
/** A year as said after its frame word: "1976", "'76". */
const YEAR_AFTER = /^\s+((?:1[89]|20)\d\d|['’]\d\d)(?!\p{Nd})/u;
/** "in fiscal 1967", "in fiscal year 1979", "FY 2024": a budget year said right after a figure. */
const FISCAL_AFTER =
  /^(?:\s+(?:a|per)\s+(?:year|annum))?\s+(?:in|for|during)\s+((?:fiscal(?:\s+year)?|FY)\s+(?:1[89]|20)\d\d)(?!\p{Nd})/iu;

const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The label with a frame cut from its year made whole: the year added when the label says more
 * than the frame, '' when it is only the frame. `isLabel` is the label test of label.ts.
 */
export function withFrameYear(sentence: string, label: string, isLabel: (phrase: string) => boolean): string {
  const ws = label.trim().split(/\s+/u).filter(Boolean);
  const last = ws[ws.length - 1];
  if (!last || !FRAME_WORD.test(bare(last))) return label;
  // the frame's words as said, then the year: "in fiscal year 1976"
  let from = ws.length - 1;
  while (from > 0 && (FRAME_WORD.test(bare(ws[from - 1]!)) || FRAME_HEAD.test(bare(ws[from - 1]!)))) from--;
  const frame = ws.slice(from).join(' ');
  const esc = escapeRegExp(frame).replace(/\s+/gu, String.raw`\s+`);
  const said = new RegExp(String.raw`(?<![\p{L}])${esc}`, 'giu');
  let year = '';
  for (const m of sentence.matchAll(said)) {
    const y = YEAR_AFTER.exec(sentence.slice(m.index + m[0].length));
    if (y) {
      year = y[1]!;
      break;
    }
  }
  if (!year) return label;
  const rest = ws.slice(0, from).join(' ');
  // ("738 000 ton koldioxidekvivalenter år 2018": one noun before the frame says what was measured
  // that year, its unit in the value; cut at "år" the two cards of 2018 and 2010 read alike, judge31)
  return rest && (isLabel(rest) || (!/\s/u.test(rest) && isLabel(`${rest} ${frame}`)))
    ? `${label} ${year}`
    : '';
}

/** The fiscal year said right after the figure at `fig` ("fiscal 1967"), or ''. */
export function fiscalYearAfter(sentence: string, fig: Span): string {
  return FISCAL_AFTER.exec(sentence.slice(fig.end, fig.end + 40))?.[1]?.replace(/\s+/gu, ' ') ?? '';
}

/** A label with the fiscal year said for its figure, unless it says a year already. */
export function withFiscalYear(label: string, year: string): string {
  if (!label || !year || /(?:1[89]|20)\d\d/u.test(label)) return label;
  return `${label}, ${year}`;
}
