/**
 * A sentence that opens on a number and a lower-case word ends the one before it (judge24 A2):
 * ICU (UAX #29 SB8) reads no end at ". 553 бійці", so a count was glued to the sentence before and
 * took that sentence's words as its label ("64 прикордонники — бійці Національної гвардії").
 */
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './segment';
import { cards } from '../../../tests/helpers/figure-cards';

const sentences = (text: string, lang: string) =>
  sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));

// Володимир Зеленський, вечірнє звернення, 17 квітня 2022 (president.gov.ua, CC BY 4.0)
const AWARDS =
  "Державними нагородами відзначені 188 військовослужбовців Збройних Сил України. 553 бійці Національної гвардії. 64 прикордонники. П'ять поліцейських, 26 працівників Державної служби з надзвичайних ситуацій.";

describe('a sentence opening on a number and a lower-case word (segment.ts)', () => {
  it('ends the sentence before it', () => {
    expect(sentences(AWARDS, 'uk')).toEqual([
      'Державними нагородами відзначені 188 військовослужбовців Збройних Сил України.',
      '553 бійці Національної гвардії.',
      '64 прикордонники.',
      "П'ять поліцейських, 26 працівників Державної служби з надзвичайних ситуацій.",
    ]);
    expect(sentences('Il Senato ha votato. 156 senatori hanno detto sì. Grazie.', 'it')).toEqual([
      'Il Senato ha votato.',
      '156 senatori hanno detto sì.',
      'Grazie.',
    ]);
  });

  it('never after an abbreviation that numbers or hedges what follows', () => {
    // Mario Monti, Senato, 17 novembre 2011
    const monti =
      "Il decreto legislativo n. 23 del 14 marzo 2011 prevede per il 2014 l'entrata in vigore dell'imposta municipale.";
    expect(sentences(monti, 'it')).toEqual([monti]);
    expect(sentences('Es kamen ca. 5 000 neue Leute.', 'de')).toEqual(['Es kamen ca. 5 000 neue Leute.']);
    expect(sentences('See art. 12 of the law and No. 5 in the list.', 'en')).toHaveLength(1);
  });

  it('64 border guards never take the National Guard’s label', () => {
    const shown = cards(AWARDS, 'uk');
    expect(shown).toContain('553 — бійці Національної гвардії');
    expect(shown.filter((c) => c.startsWith('64'))).not.toContain(
      '64 прикордонники — бійці Національної гвардії',
    );
  });
});
