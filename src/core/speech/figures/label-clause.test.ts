/**
 * A label says what is counted, never who does what (judge10: "34 Sprachen — Sie sendet", "she
 * broadcasts", and "70 % — eu vou repetir", "I will repeat it", an aside between dashes).
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { isLabel } from './label';

const labels = (s: string, lang: string) => findFigures(s, lang).map((f) => `${f.value} — ${f.label}`);

describe('a subject pronoun and its verb are no label', () => {
  it.each([
    ['de', 'Sie sendet'],
    ['de', 'wir haben'],
    ['pt', 'eu vou repetir'],
    ['pt', 'ela recebeu'],
    ['it', 'noi abbiamo speso'],
    ['it', 'lei ha detto'],
    ['es', 'ella recibió'],
    ['fr', 'il faut'],
    ['fr', 'on compte'],
  ])('%s: "%s"', (lang, phrase) => {
    expect(isLabel(phrase, lang)).toBe(false);
  });

  it('the same words are labels where they are no pronoun ("il" is "the" in Italian, "EU" a union)', () => {
    expect(isLabel('il bilancio europeo', 'it')).toBe(true);
    expect(isLabel('EU funds', 'en')).toBe(true);
    expect(isLabel('ordini ricevuti', 'it')).toBe(true);
  });

  it('the speech: "Sie sendet in 34 Sprachen" keeps what is counted in its value, with no clause label', () => {
    const out = labels('Heute verfügt sie über Redaktionen weltweit. Sie sendet in 34 Sprachen.', 'de');
    expect(out).toEqual(['34 Sprachen — ']);
  });
});

describe('an aside between dashes is no label', () => {
  it('the speech: "70 % — eu vou repetir: 70 % —" labels 70 % by neither the aside nor its subject', () => {
    const out = labels(
      'A banca portuguesa paga 70 % — eu vou repetir: 70 % — abaixo do que pagam, na média europeia, os bancos dos outros países pelos depósitos.',
      'pt',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).not.toMatch(/repetir|paga/u);
  });

  it('an apposition after a dash is still a label', () => {
    // (a verb said of the count stays on its label instead, verb-kept.ts: "We vaccinated …")
    expect(labels('The camps hold 4.5 million people — children of every nation.', 'en')).toEqual([
      '4.5 million people — children of every nation',
    ]);
  });
});
