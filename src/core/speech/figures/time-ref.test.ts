/**
 * Numbers that say when, name a day, or give one person's prison term are no figures (judge10:
 * "10.4" of the 10·4 declaration carded as ten point four; "לפני 72 שנה", 72 years ago, carded as
 * "72 — שנה כותב מורנו"; "zu 22 Jahren Straflager verurteilt" carded as "22 — Jahren Straflager
 * verurteilt worden" beside 533 jailed journalists).
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { NOT_A_LENGTH, saysAgo, TIME_UNIT } from './time-ref';

const values = (s: string, lang: string) => findFigures(s, lang).map((f) => f.value);

describe('days that name a thing', () => {
  it('the speech: neither 6.15 nor 10.4 is a figure', () => {
    expect(
      values(
        '김대중 대통령의 6.15 공동선언과 노무현 대통령의 10.4 남북정상선언을 남북 양측이 책임 있게 지키고 이행하도록 하겠습니다.',
        'ko',
      ),
    ).toEqual([]);
  });

  it('every month.day and day.month before a name noun, with a dot or a middle dot, is no figure', () => {
    for (let a = 1; a <= 12; a++)
      for (const b of [1, 4, 9, 10, 15, 28, 31])
        for (const sep of ['.', '·'])
          for (const noun of ['선언을 지키겠습니다', '공동선언과 합의', '정신을 잇겠습니다', '절 기념식']) {
            const s = `우리는 ${a}${sep}${b} ${noun}.`;
            expect(values(s, 'ko'), s).toEqual([]);
            const glued = `우리는 ${a}${sep}${b}${noun}.`;
            expect(values(glued, 'ko'), glued).toEqual([]);
          }
  });

  it('two days joined by a Korean "and" are days, and a day beside a named one', () => {
    expect(values('6.15와 10.4를 지키겠습니다.', 'ko')).toEqual([]);
    expect(values('the 6.15 and 10.4 declarations still hold.', 'en')).toEqual([]);
  });

  it('a decimal is still a figure: with a unit, or two decimals with no name noun', () => {
    expect(values('Growth was 10.4 percent.', 'en')).toEqual(['10.4 percent']);
    expect(values('Prices rose 10.4 and 3.5 percent.', 'en').length).toBeGreaterThan(0);
    expect(values('There were 10.4 million visitors.', 'en')).toEqual(['10.4 million visitors']);
  });
});

describe('N years ago', () => {
  const said: Array<[string, string]> = [
    ['he', "כבר לפני 72 שנה כותב מורנו, זאב ז'בוטינסקי, את הדברים האלה."],
    ['en', 'Some 72 years ago our teacher wrote these words.'],
    ['de', 'Vor 72 Jahren schrieb unser Lehrer diese Worte.'],
    ['pt', 'Há 72 anos o nosso professor escreveu estas palavras.'],
    ['pt', 'O nosso professor escreveu estas palavras 72 anos atrás.'],
    ['it', 'Il nostro maestro scrisse 72 anni fa queste parole.'],
    ['es', 'Hace 72 años nuestro maestro escribió estas palabras.'],
    ['fr', 'Il y a 72 ans notre maître écrivait ces mots.'],
    ['ru', '72 года назад наш учитель написал эти слова.'],
    ['ar', 'قبل 72 عاما كتب معلمنا هذه الكلمات.'],
    ['ko', '72년 전 우리 스승이 이 글을 썼습니다.'],
  ];
  it.each(said)('%s: "%s" has no figure', (lang, s) => {
    expect(values(s, lang)).toEqual([]);
  });

  it('a count after "vor" that is no time stays a figure', () => {
    // (the count keeps the noun it counts: label-eu.ts, judge17 "51 articoli")
    expect(values('Er sprach vor 72 Abgeordneten im Bundestag.', 'de')).toEqual(['72 Abgeordneten']);
  });
});

describe('a prison term', () => {
  it.each([
    ['de', 'Der Journalist Iwan Safronow ist zu 22 Jahren Straflager verurteilt worden.'],
    ['de', 'Er bekam 22 Jahre Haft.'],
    ['en', 'He was sentenced to 22 years in prison for his reporting.'],
    ['es', 'Fue condenado a 22 años de prisión por sus artículos.'],
    ['it', 'È stato condannato a 22 anni di carcere.'],
  ])('%s: "%s" has no figure', (lang, s) => {
    expect(values(s, lang)).toEqual([]);
  });

  it('beside a count of people, only the count is a figure', () => {
    const s =
      'Weltweit sind 533 Journalistinnen inhaftiert, und der Journalist Iwan Safronow ist zu 22 Jahren Straflager verurteilt worden.';
    expect(values(s, 'de')).toEqual(['533 Journalistinnen inhaftiert']);
  });
});

describe('one list of units of time: a length in index.ts, "ago" here', () => {
  const units: Array<[string, string]> = [
    ['en', 'generations'],
    ['de', 'Jahren'],
    ['pt', 'anos'],
    ['it', 'anni'],
    ['es', 'años'],
    ['fr', 'années'],
    ['ru', 'лет'],
    ['he', 'שנים'],
    ['ar', 'عاما'],
  ];
  it.each(units)('%s: "%s" after a number is a length, and with "ago" a point in time', (_, unit) => {
    expect(TIME_UNIT.test(` ${unit} `)).toBe(true);
    expect(NOT_A_LENGTH.test(` ${unit} ago`)).toBe(true);
    expect(saysAgo(`40 ${unit} ago`, 0, 2)).toBe(true);
    expect(NOT_A_LENGTH.test(` ${unit} of work`)).toBe(false);
  });
  it('"12 years later", "12 years old" are no lengths; "12 times" takes no counted noun', () => {
    expect(NOT_A_LENGTH.test(' years later')).toBe(true);
    expect(NOT_A_LENGTH.test(' years old')).toBe(true);
    expect(TIME_UNIT.test(' times')).toBe(true);
    expect(TIME_UNIT.test(' timesheets')).toBe(false);
  });
});

describe('an anniversary is a rank, not a count', () => {
  it('the 243rd anniversary of independence shows no "243" card (judge11)', () => {
    expect(values('نحتفل بالذكرى 243 لإعلان الاستقلال الأمريكي.', 'ar')).toEqual([]);
    expect(values('وهذه هي الذكرى السنوية 75 لتأسيس المنظمة.', 'ar')).toEqual([]);
    expect(values('Celebramos el 243 aniversario de la independencia.', 'es')).toEqual([]);
    expect(values('Festeggiamo il 70° anniversario della Repubblica.', 'it')).toEqual([]);
    expect(values('Wir feiern den 70. Jahrestag des Grundgesetzes.', 'de')).toEqual([]);
  });

  it('a count beside the word is still one', () => {
    expect(values('وصل 243 طالبا إلى الحفل في ذكرى الاستقلال.', 'ar')).not.toEqual([]);
    expect(values('Invitamos a 243 estudiantes al aniversario.', 'es')).not.toEqual([]);
  });
});
