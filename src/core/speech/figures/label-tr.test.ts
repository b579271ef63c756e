import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { turkishCountLabel } from './label-tr';

const labels = (text: string) => findFigures(text, 'tr', 20).map((f) => [f.value, f.label]);

describe('a Turkish count is labelled by the noun phrase right after it (label-tr.ts)', () => {
  it.each([
    // judge11's Kartepe speech: was "12 — akademik oturum ve", "11 — vaka kritik toplantısıyla tamamlandı"
    [' akademik oturum ve 11 vaka', 'akademik oturum'],
    [' vaka kritik toplantısıyla tamamlandı.', 'vaka kritik toplantısı'],
    // was "30 — ülkenin katılımcıları görüş ve düşüncelerini dünya": a genitive takes its head, then ends
    [' ülkenin katılımcıları görüş ve düşüncelerini dünya kamuoyuyla paylaştılar.', 'ülkenin katılımcıları'],
    [' farklı kurum, 62 ulusal', 'farklı kurum'],
    [' bilim insanı, medya', 'bilim insanı'],
    [' yabancı üniversiteden akademisyen, 360', 'yabancı üniversiteden akademisyen'],
    // a verb right after the number, a date, a clause mark: nothing counted
    [' katıldı.', ''],
    [' Ekim 2018 tarihinde', ''],
    [', ve', ''],
    [' öğrenci geliyor', 'öğrenci'],
  ])('after the number %j → %j', (after, label) => {
    expect(turkishCountLabel(after)).toBe(label);
  });

  it('labels every count of the summit sentence by its own noun, never the clause after it', () => {
    expect(
      labels(
        'Açılış oturumuyla başlayan Kartepe Zirvesi, 2 çalıştay, 46 panel, 12 akademik oturum ve 11 vaka kritik toplantısıyla tamamlandı.',
      ),
    ).toEqual([
      ['46', 'panel'],
      ['12', 'akademik oturum'],
      ['11', 'vaka kritik toplantısı'],
    ]);
    expect(labels('Kartepe Zirvesi’ne 84 farklı kurum, 360 bilim insanı katılım sağladı.')).toEqual([
      ['84', 'farklı kurum'],
      ['360', 'bilim insanı'],
    ]);
  });

  it('leaves other languages as they were', () => {
    // (English keeps the counted noun in the value)
    expect(
      findFigures('The summit held 46 panels and 12 academic sessions.', 'en', 20).map((f) => f.value),
    ).toEqual(['46 panels', '12 academic sessions']);
  });
});
