import { describe, expect, it } from 'vitest';
import { clauseAnaphora } from './clause-list';
import { cutShort, itemText, wholeItemText } from './items';

// judge28 #2, #4: list items that say less than the speech, and clause scraps shown as items.
// Sources: Hồ Chí Minh, Tuyên ngôn độc lập, 2 September 1945; 安倍晋三, 長崎原爆犠牲者慰霊平和祈念式典
// あいさつ, 9 August 2020 (kantei.go.jp).
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
