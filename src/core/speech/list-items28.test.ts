import { describe, expect, it } from 'vitest';
import { clauseAnaphora, semicolonSeries } from './clause-list';
import { buildDeck } from './index';
import { BRAINARD } from '../../../tests/helpers/brainard';
import { cutShort, itemText, wholeItemText } from './items';

// judge28 #2, #4: list items that say less than the speech, and clause scraps shown as items.
// Sources: Hồ Chí Minh, Tuyên ngôn độc lập, 2 September 1945; 安倍晋三, 長崎原爆犠牲者慰霊平和祈念式典
// あいさつ, 9 August 2020 (kantei.go.jp); Lael Brainard, Remarks Assessing Progress on the US
// Economy, Council on Foreign Relations, 2024 (whitehouse.gov); Josep Maria Riba, homenatge a
// Antoni Dalmau, Parlament de Catalunya, 2022.
describe('an anaphora item keeps every part of the coordination it shows (judge28 #2)', () => {
  it.each([
    [
      'vi: three regimes in the three regions, "Trung, Nam, Bắc", up to the purpose clause',
      'Chúng lập ba chế độ khác nhau ở Trung, Nam, Bắc để ngăn cản việc thống nhất nước nhà của ta, để ngăn cản dân tộc ta đoàn kết.',
      'Chúng lập ba chế độ khác nhau ở Trung, Nam, Bắc',
    ],
    [
      'vi: opium and alcohol, both, up to the purpose clause',
      'Chúng dùng thuốc phiện, rượu cồn để làm cho nòi giống ta suy nhược.',
      'Chúng dùng thuốc phiện, rượu cồn',
    ],
  ])('%s', (_, sentence, item) => {
    expect(itemText(sentence, 'vi')).toBe(item);
    expect(wholeItemText(sentence, 'vi')).toBe(item);
  });

  it('an item cut inside a series said with commas alone is cut short', () => {
    const s =
      'Chúng lập ba chế độ khác nhau ở Trung, Nam, Bắc ngăn cản việc thống nhất nước nhà của ta, ngăn cản dân tộc ta đoàn kết.';
    expect(cutShort('Chúng lập ba chế độ khác nhau ở Trung, Nam', s, 'vi')).toBe(true);
    expect(cutShort('Chúng lập ba chế độ khác nhau ở Trung', s, 'vi')).toBe(true);
    // a clause of its own after the comma is no member of a series
    expect(
      cutShort(
        'In 2009 we passed the law',
        'In 2009 we passed the law, and the country has been better for it ever since.',
        'en',
      ),
    ).toBe(false);
  });
});

describe('a Japanese clause that waits for its predicate is no list item (judge28 #4)', () => {
  it('te-form and topic clauses that open on the same noun are no anaphora', () => {
    const text =
      '我が国は、被爆者の方々と手を取り合って、被爆の実相への理解を促す努力を重ねてまいります。被爆者の方々に対しましては、保健、医療、福祉にわたる支援の必要性をしっかりと受け止め、原爆症の認定について、できる限り迅速な審査を行うなど、高齢化が進む被爆者の方々に寄り添いながら、今後とも、総合的な援護施策を推進してまいります。';
    expect(clauseAnaphora(text, 'ja')).toBeNull();
  });
});

describe('one enumeration is one list, its parts in sequence (judge28, Brainard)', () => {
  it('"Third, …" is on the slide of "First" and "Second", numbered 3.', () => {
    const paras = BRAINARD;
    const deck = buildDeck(paras.join('\n\n'), { fileName: 'brainard.txt' });
    // (lists31: three items fit one slide; the list is no longer shared 2 + 1, judge30 #3)
    const lists = deck.slides.filter((s) => s.blocks.some((b) => b.type === 'list'));
    expect(lists).toHaveLength(1);
    const list = lists[0]!.blocks.find((b) => b.type === 'list');
    expect(list).toMatchObject({ ordered: true });
    expect(lists[0]!.screenText).toContain('3. The Administration mounted a comprehensive effort');
    expect(lists[0]!.title).not.toMatch(/\(\d\/\d\)$/u);
  });
});

describe('a semicolon series shows its members, never a date as one, nor drops its last (judge28 #5)', () => {
  it('ca: four laws, their years left to the notes', () => {
    expect(
      semicolonSeries(
        "D'aquells onze anys cal destacar, també, els seus treballs com a ponent, entre d'altres, de les lleis de Museus, del 1990; del Sistema Bibliotecari de Catalunya, el 93; del Patrimoni Cultural Català, també el 93, i molt particularment, de la llei de política lingüística, el 98, que va contribuir a redactar personalment, en bona mesura.",
        'ca',
      ),
    ).toEqual([
      'De les lleis de Museus',
      'Del Sistema Bibliotecari de Catalunya',
      'Del Patrimoni Cultural Català',
      'De la llei de política lingüística',
    ]);
  });
});
