/**
 * A figure said in a relative clause of place counts only within the place the clause hangs on:
 * "Χαρακτηριστικότερο όλων ήταν αυτό της Ζακύνθου, όπου διασώθηκε το 100% των μελών της εβραϊκής
 * κοινότητας" (Boukoros 2022, judge29c #2) was carded "100% — των μελών της εβραϊκής κοινότητας
 * διασώθηκε" beside "86% — των ανθρώπων των ελληνικών κοινοτήτων χάθηκαν": without Zakynthos the two
 * cards say 86% perished and 100% were saved. A label cut from the clause says what, never where;
 * when it does not name the place the clause is said of, the figure has no label (no card, and no
 * label borrowed for it).
 */

/** "where" opening a relative clause right after its place, in the languages a speech comes in. */
const WHERE_RELATIVE =
  /^(?:where|όπου|où|donde|en\s+donde|dove|onde|wo|waar|där|hvor|jossa|missä|где|де|gdzie|kde|gdje|gde|kjer|ahol)(?![\p{L}])/iu;

/** Words of at least four letters said right before the comma: the place the clause hangs on. */
function placeWords(before: string): string[] {
  const ws = before.trim().split(/\s+/u).slice(-3);
  return ws.map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase()).filter((w) => w.length >= 4);
}

/**
 * Whether the figure at `at` of `sentence`, its clause opening at `clauseStart`, is said in a
 * relative clause of place whose place `label` does not name.
 */
export function placeLeftOut(sentence: string, clauseStart: number, label: string): boolean {
  if (!label || clauseStart === 0 || !/,\s*$/u.test(sentence.slice(0, clauseStart))) return false;
  if (!WHERE_RELATIVE.test(sentence.slice(clauseStart).trimStart())) return false;
  const said = label.toLowerCase();
  // (a stem of the place is enough: "Ζακύνθου", "Ζάκυνθος")
  return !placeWords(sentence.slice(0, clauseStart - 1)).some((w) => said.includes(w.slice(0, 5)));
}
