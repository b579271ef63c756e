/**
 * Stage-manager cues: a short message from the crew (`/crew`) that the speaker sees prominently
 * until they acknowledge it (a key, or a tap on the presenter or the phone remote). Never shown to
 * the audience (core/projections.ts strips it from what the audience and delegate views are sent).
 *
 * A cue is one line of plain text (at most MAX_CUE_CHARS characters) or one of the presets, whose
 * words each view says in its own language. Views render it as text, never as markup, so a hostile
 * cue is inert. The pending cue and the answered ones live in ShowState: journalled like the rest
 * of the show, and a rehearsal's run keeps the cues given during it (core/rehearsal.ts).
 */

export const CUE_PRESETS = ['5min', '1min', 'wrap', 'slow-down', 'speed-up'] as const;
export type CuePreset = (typeof CUE_PRESETS)[number];

/** Longest cue text, in characters (code points): a line the speaker reads at a glance. */
export const MAX_CUE_CHARS = 140;
/** Answered cues kept in the state (the oldest are forgotten first). */
export const MAX_CUE_RECORDS = 100;

export interface Cue {
  /** Increases with every cue of the show; an acknowledgement may name it. */
  id: number;
  /** The crew's words; null for a preset. */
  text: string | null;
  preset: CuePreset | null;
  /** When it was sent (ms since the epoch). */
  at: number;
  /** The slide the speaker was on (0-based). */
  index: number;
}

export interface CueRecord extends Cue {
  /** When the speaker acknowledged it; null when another cue replaced it first. */
  answeredAt: number | null;
}

/**
 * Characters that make text not plain: controls, and the bidirectional embeddings, overrides and
 * isolates that reorder text on screen. The left-to-right and right-to-left marks (U+200E, U+200F)
 * are allowed: they only settle where punctuation goes, and text copied from Arabic or Hebrew
 * sources is full of them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** What is wrong with a cue's text, as data: the crew's page says it in its reader's language. */
export type CueTextFault = { kind: 'empty' } | { kind: 'too-long'; length: number } | { kind: 'not-plain' };

/** What is wrong with a cue's text, or null when it can be shown. */
export function cueTextFault(text: string): CueTextFault | null {
  if (text.trim() === '') return { kind: 'empty' };
  const length = Array.from(text.trim()).length;
  if (length > MAX_CUE_CHARS) return { kind: 'too-long', length };
  if (NOT_PLAIN.test(text)) return { kind: 'not-plain' };
  return null;
}

/** Why a cue's text cannot be shown (the host's refusal, in English), or null when it can. */
export function cueTextProblem(text: string): string | null {
  const fault = cueTextFault(text);
  if (fault === null) return null;
  if (fault.kind === 'empty') return 'a cue needs some text';
  if (fault.kind === 'too-long')
    return `a cue is at most ${MAX_CUE_CHARS} characters; this one has ${fault.length}`;
  return 'a cue is one line of plain text (no control characters or direction overrides)';
}

/** The id the next cue gets. */
export function nextCueId(pending: Cue | null, records: readonly CueRecord[]): number {
  return Math.max(pending?.id ?? 0, records.at(-1)?.id ?? 0) + 1;
}

/** Adds a record, keeping at most MAX_CUE_RECORDS. */
export function recordCue(records: readonly CueRecord[], record: CueRecord): CueRecord[] {
  const kept =
    records.length >= MAX_CUE_RECORDS ? records.slice(records.length - MAX_CUE_RECORDS + 1) : records;
  return [...kept, record];
}
