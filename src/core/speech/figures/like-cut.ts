/**
 * "$15 billion a year to develop technologies like wind power and solar power, advanced biofuels,
 * clean coal…": a label that runs into the examples ("to develop technologies like wind") ends on
 * the first word of a list it cuts (judge24 A6). The label stops before "like"/"such as"/"including"
 * when the sentence goes on past where the label ends.
 */

/** The examples' opener and the words after it in a label. */
const EXAMPLES = /\s+(?:like|such\s+as|including|especially|notably)(?:\s+\S+){1,3}$/iu;

/** The label without a cut list of examples; other labels as they are. */
export function withoutCutExamples(sentence: string, label: string): string {
  const m = EXAMPLES.exec(label);
  if (!m) return label;
  const at = sentence.indexOf(label);
  if (at < 0) return label;
  // the list goes on in the sentence: "wind" is followed by "power and solar power"
  if (!/^\s+\p{L}/u.test(sentence.slice(at + label.length))) return label;
  const kept = label.slice(0, m.index).trim();
  return kept.split(/\s+/u).length >= 2 ? kept : label;
}
