import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { isLabel } from './label';
import { withFrameYear } from './cut-frame';

const labels = (text: string, lang = 'en') => findFigures(text, lang, 20).map((f) => [f.value, f.label]);

describe('a frame cut from its year keeps the year or goes (cut-frame.ts)', () => {
  it('a label that is only "in fiscal year" is none (Carter 1978: was "$66 billion — in fiscal year")', () => {
    // (each end of the pair is now the deficit at its own time, change.ts; never the frame alone)
    const found = labels(
      'We have brought the deficit down by one-third since I ran for President—from more than $66 billion in fiscal year 1976 to about $40 billion in fiscal year 1979.',
    );
    expect(found.map((l) => l[0])).toEqual(['more than $66 billion', 'about $40 billion']);
    for (const [, label] of found) expect(label).not.toMatch(/^in fiscal|year$/u);
  });
  it('a fiscal year said after the figure stays on its label (LBJ 1964: was "taxpayers in fiscal")', () => {
    expect(
      labels(
        'This is going to be an important part of the effort which we believe is going to produce savings to the taxpayers of over $4 billion per year in fiscal 1967.',
      ),
    ).toEqual([['over $4 billion per year', 'savings to the taxpayers, fiscal 1967']]);
  });
  it('keeps the year when the label says more than the frame, in any language with a frame word', () => {
    const en = (l: string) => isLabel(l, 'en');
    expect(
      withFrameYear(
        'The federal deficit rose to 40 in fiscal year 1979.',
        'federal deficit in fiscal year',
        en,
      ),
    ).toBe('federal deficit in fiscal year 1979');
    expect(
      withFrameYear('Ahorros en el ejercicio 2023.', 'ahorros públicos en el ejercicio', (l) =>
        isLabel(l, 'es'),
      ),
    ).toBe('ahorros públicos en el ejercicio 2023');
    expect(
      withFrameYear('Es sind 40 im Haushaltsjahr 2024.', 'im Haushaltsjahr', (l) => isLabel(l, 'de')),
    ).toBe('');
    // a frame with no year after it is whole ("budgeted for this fiscal year")
    expect(
      withFrameYear('already budgeted for this fiscal year and', 'employees for this fiscal year', en),
    ).toBe('employees for this fiscal year');
  });
});
