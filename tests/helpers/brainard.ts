import { readFileSync } from 'node:fs';

/**
 * Six paragraphs of Lael Brainard, Remarks Assessing Progress on the US Economy, 2024
 * (whitehouse.gov, a US government work): "First, … Second, … Third, …" and what follows them,
 * shared by the list tests that read this enumeration (list-items28, lists31).
 */
export const BRAINARD = readFileSync(
  new URL('../fixtures/speeches/brainard-2024-first-second-third.txt', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n\n');
