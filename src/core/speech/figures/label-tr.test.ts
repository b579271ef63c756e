import { describe, expect, it } from 'vitest';
import { findFigures } from './index';
import { countedNoun, turkishCountLabel } from './label-tr';
import { figuresBlock } from '../body';

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

describe('a Turkish count labelled by its one noun is a card (countedNoun), a roll of counts is shown whole', () => {
  it.each([
    ['panel', true],
    ['öğrenci', true],
    // an adjective whose noun the next item says ("62 ulusal, 32 yabancı üniversiteden")
    ['ulusal', false],
    ['yerel', false],
    ['farklı', false],
    ['akademik oturum', false],
  ])('%j → %j', (label, ok) => {
    expect(countedNoun(label)).toBe(ok);
  });

  it('shows the summit\'s six counts, "46 — panel" among them (Kartepe 2018: cut at four, 46, 12 and 11 were lost)', () => {
    const text =
      'Kartepe Zirvesi’ne 84 farklı kurum, 62 ulusal, 32 yabancı üniversiteden akademisyen, 360 bilim insanı, medya, siyaset, bürokrat, STK temsilcileri, uluslararası kuruluş yetkilileri gibi çok çeşitli disiplinler katılım sağladı. Açılış oturumuyla başlayan Kartepe Zirvesi, 2 çalıştay, 46 panel, 12 akademik oturum ve 11 vaka kritik toplantısıyla tamamlandı.';
    const b = figuresBlock([{ text }], 'tr');
    expect(b?.type === 'figures' ? b.items.map((f) => `${f.value} — ${f.label}`) : []).toEqual([
      '84 — farklı kurum',
      '32 — yabancı üniversiteden akademisyen',
      '360 — bilim insanı',
      '46 — panel',
      '12 — akademik oturum',
      '11 — vaka kritik toplantısı',
    ]);
  });
});
