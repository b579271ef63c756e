/**
 * English labels that are a verb read as a noun phrase (judge14): "mean savings" of "which will
 * mean savings of around $1,200 per year" ("mean" is the verb, not "average"), and "guaranteeing
 * rents" of "100,000 low-income households – guaranteeing rents at 30% of…" (a participle after a
 * dash says what else is done, never what the figure counts).
 */

/** Nouns in -ing that are things a figure counts or measures ("housing", "funding", "savings"). */
export const ING_NOUN =
  /^(?:housing|funding|spending|building|buildings|training|lending|financing|pricing|earnings|savings|holdings|meeting|meetings|hearing|hearings|offering|offerings|filing|filings|listing|listings|opening|openings|shooting|shootings|killing|killings|bombing|bombings|screening|screenings|booking|bookings|warning|warnings|drawing|drawings|painting|paintings|being|beings|morning|evening|wedding|clothing|ceiling|setting|nothing|something|everything|anything|thing|things|king|kings|spring|string|wing|ring|swing)$/iu;

/** Whether a phrase opens on a participle ("guaranteeing rents"), not on an -ing noun ("housing units"). */
export function opensOnParticiple(phrase: string): boolean {
  const first = /^\s*(\p{Ll}+)/u.exec(phrase)?.[1] ?? '';
  return /ing$/u.test(first) && first.length > 4 && !ING_NOUN.test(first);
}

/** "will mean", "which means", "would also mean": "mean" is the verb there. */
const MEAN_VERB_BEFORE =
  /(?:^|\s)(?:will|would|could|can|may|might|must|should|shall|to|which|that|this|it|does|did|do)(?:\s+(?:also|only|still|now|not))?\s+$/iu;

/**
 * A label opening on "mean"/"means"/"meant" said as a verb keeps only its object, with whom it is
 * for when the object alone is one word ("mean savings … for a homebuyer buying a median home" →
 * "savings for a homebuyer"); '' when none is left. Other labels are returned as they are.
 */
export function withoutMeanVerb(sentence: string, label: string): string {
  const m = /^(mean|means|meant)\s+(.+)$/iu.exec(label);
  if (!m) return label;
  const at = sentence.indexOf(label);
  if (at < 0 || !MEAN_VERB_BEFORE.test(sentence.slice(0, at))) return label;
  const rest = m[2]!;
  if (/\s/u.test(rest)) return rest;
  // "savings of around $1,200 per year for a homebuyer": whom the object is for, up to its noun
  const tail = sentence.slice(at + label.length);
  const forWhom = /\sfor\s+(?:a|an|the|each|every)\s+(\p{Ll}[\p{L}-]*)(?=$|[\s,.;:!?])/u.exec(tail);
  return forWhom && !/ing$/u.test(forWhom[1]!) ? `${rest} ${forWhom[0].trim()}` : '';
}
