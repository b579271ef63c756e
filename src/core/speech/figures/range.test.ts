import { describe, expect, it } from 'vitest';
import { sentenceFigures } from './index';

const values = (s: string, lang = 'en') => sentenceFigures(s, lang).map((f) => f.value);

describe('a range is shown whole, with what opens it', () => {
  it('keeps "from"/"с"/"от" before its first end: a change, not a span the value lies in', () => {
    // Putin 2024: "350 до 450 тысяч рублей" dropped the "с" and read as no Russian
    expect(
      values(
        'Размер дохода, на который распространяется вычет, предлагаю повысить с 350 до 450 тысяч рублей.',
        'ru',
      ),
    ).toEqual(['с 350 до 450 тысяч рублей']);
    expect(values('Зарплаты выросли от 30 до 40 тысяч рублей.', 'ru')).toEqual(['от 30 до 40 тысяч рублей']);
    expect(values('The share of women rose from 50 to 52 percent last year.')).toEqual([
      'from 50 to 52 percent',
    ]);
    expect(values('The cost grew from $5 to $10 billion.')).toEqual(['from $5 to $10 billion']);
  });
  it('reads "between X and Y" as one range, never two numbers', () => {
    expect(values('We will hire between 300 and 400 nurses in the region.')).toEqual([
      'between 300 and 400 nurses',
    ]);
    expect(values('Мы наймём между 300 и 400 врачей.', 'ru')).not.toContain('300');
  });
  it('joins two numbers an em dash sets close, never shows the top alone (judge18: "15 prosentilla" ← "10—15 prosentilla")', () => {
    const fi = values(
      'Masennuksesta kärsii jopa 15 prosenttia nuorista, ja 10—15 prosentilla on toistuvia itsetuhoisia ajatuksia.',
      'fi',
    );
    expect(fi).toContain('10—15 prosentilla');
    expect(fi.filter((v) => v === '15 prosentilla')).toEqual([]);
    expect(values('Between 10—15 percent of young people report it.')).toEqual(['Between 10—15 percent']);
    expect(values('Each counselor has 700—2,000 students.')).toEqual(['700—2,000 students']);
    // a dash with spaces is still a break: the speaker corrects himself
    expect(values('We did more than 900 — 9 million cancer screenings.')).not.toContain('900 — 9 million');
  });
  it('leaves a range with no opener as it was', () => {
    expect(values('Prices rose 5 to 7 percent last year.')).toEqual(['5 to 7 percent']);
    expect(values('Children aged 5 to 11 can get it.')).toEqual([]);
  });
  it.each([
    // sr judge16: "16 — svim našim mladima" (the lower bound alone, an age read as a count)
    ['sr', 'Pomoć je namenjena svim našim mladima od 16 do 29 godina.', 'od 16 do 29 godina'],
    ['hr', 'Plaće su porasle od 400 do 600 eura.', 'od 400 do 600 eura'],
    ['sl', 'Delež se je povečal od 5 do 10 %.', 'od 5 do 10 %'],
    ['bs', 'Program je za mlade od 16 do 29 godina.', 'od 16 do 29 godina'],
    ['pl', 'Program obejmuje osoby od 16 do 29 lat.', 'od 16 do 29 lat'],
    ['pl', 'Bezrobocie spadło z 16 do 9 procent.', 'z 16 do 9 procent'],
    ['cs', 'Program je pro mladé od 16 do 29 let.', 'od 16 do 29 let'],
    ['uk', 'Програма для молоді від 16 до 29 років.', 'від 16 до 29 років'],
    ['bg', 'Заплатите се увеличиха от 400 до 600 лева.', 'от 400 до 600 лева'],
    ['mk', 'Платите се зголемија од 400 до 600 евра.', 'од 400 до 600 евра'],
  ])('%s "od/от/від … do/до": one range or none, never the lower bound (%s)', (lang, s, range) => {
    const got = values(s, lang);
    expect(got.filter((v) => v !== range)).toEqual([]);
    expect(got.every((v) => v === range)).toBe(true);
  });
  it('a Portuguese "do" joins no range', () => {
    expect(values('O aumento de 20 do 30 de março.', 'pt')).not.toContain('de 20 do 30');
  });
});
