import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { quotedName } from './compose';
import { clauseAnaphora } from './clause-list';
import { commaHead } from './last-line';
import { namedAhead } from './list-title';
import { BRAINARD } from '../../../tests/helpers/brainard';

// judge30 REVIEW #3 and judge29c: lists split, cut or made of scraps.
// Sources: Lael Brainard, Remarks Assessing Progress on the US Economy, Council on Foreign
// Relations, 2024 (whitehouse.gov); Josep Maria Riba, homenatge a Antoni Dalmau, Parlament de
// Catalunya, 2022; Brian Deese, Remarks on Executing a Modern American Industrial Strategy,
// Cleveland, 13 October 2022 (whitehouse.gov); Hồ Chí Minh, Tuyên ngôn độc lập, 2 September 1945;
// Joe Biden, state dinner toast for President Ruto, 23 May 2024 (whitehouse.gov).

const listsOf = (text: string, fileName: string) =>
  buildDeck(text, { fileName }).slides.filter((s) => s.blocks.some((b) => b.type === 'list'));

describe('a list of three is one slide, titled by what the three are (judge30 #3, Brainard)', () => {
  const paras = BRAINARD.slice(0, 5);

  it('"First … Second … Third …" share one slide, its title the plural subject said before them', () => {
    const lists = listsOf(paras.join('\n\n'), 'brainard.txt');
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list!.title).toBe('Policy actions');
    expect(list!.screenText.split('\n').slice(1)).toEqual([
      '1. The Administration took decisive action to support families, workers, businesses, and communities',
      '2. The President made a clear commitment to respect the independence of the Federal Reserve in fighting inflation',
      '3. The Administration mounted a comprehensive effort to address price pressures',
    ]);
  });

  it('a sentence that opens on a determiner, a pronoun or a singular names no items', () => {
    const none = new Set<string>();
    expect(namedAhead('These actions jumpstarted a broad-based recovery.', 'en', none, {})).toBe('');
    expect(namedAhead('We jumpstarted a broad-based recovery.', 'en', none, {})).toBe('');
    expect(namedAhead('Policy action jumpstarted a broad-based recovery.', 'en', none, {})).toBe('');
    // (only the sentence right before a list: a lead-in is read by its own rules)
    expect(namedAhead('Policy actions jumpstarted a broad-based recovery.', 'en', none)).toBe('');
  });
});

describe('a period too long to show is shown to where it goes on with another clause (judge30 #3, ca s13)', () => {
  const riba =
    "En aquesta època, acabada la seva etapa institucional, aprofundeix en l'estudi i la documentació exhaustiva del catarisme, l'obrerisme i la violència social i la recuperació de la memòria de personatges de l'anarquisme oblidats, així com la literatura, i publica Naufragis quotidians el 99, L'amor de lluny el 2001, Primavera d'hivern el 2005 i El testament de l'últim càtar el 2006, i estudis històrics com Pecats capitals de la història de Catalunya, Per la causa dels humils: una biografia de Tarrida del Mármol, La Guerra Civil i el primer franquisme a l'Anoia el 2014, El procés de Montjuïc.";

  it('ca: the main clause after its fronted phrases, up to ", i publica"', () => {
    expect(commaHead(riba, 'ca')).toBe(
      "En aquesta època, acabada la seva etapa institucional, aprofundeix en l'estudi i la documentació exhaustiva del catarisme, l'obrerisme i la violència social i la recuperació de la memòria de personatges de l'anarquisme oblidats, així com la literatura",
    );
  });

  it('never cut before the last member of a series ("…, businesses, and communities")', () => {
    expect(
      commaHead(
        'Through the severe pandemic-related shocks, the Administration took decisive action to support families, workers, businesses, and communities through the severe pandemic-related and geopolitical shocks.',
        'en',
      ),
    ).toBeNull();
  });

  it('nor before the last of a series of phrases that open alike ("à la …, à la …, et surtout à la …")', () => {
    expect(
      commaHead(
        "À bref délai, nous vous saisirons ensuite d'un large système de simplification el de détente fiscale, soulageant la production et le commerce, ne demandant de nouvelles ressources qu'à la contribution de la richesse acquise, à la répression de la fraude, et surtout à la reprise de l'activité générale.",
        'fr',
      ),
    ).toBeNull();
  });

  it('the slide shows that clause, not key phrases picked out of it', () => {
    const deck = buildDeck(`## Etapa institucional\n\n${riba}`, {
      fileName: 'ca-riba-homenatge-dalmau-2022.md',
    });
    const slide = deck.slides.find((s) => s.notes.includes('En aquesta època'));
    expect(slide!.blocks.some((b) => b.type === 'list')).toBe(false);
    expect(slide!.screenText).toContain("aprofundeix en l'estudi i la documentació exhaustiva del catarisme");
  });

  it('a name said in the rest of the period, off screen, does not title its head', () => {
    const head = commaHead(riba, 'ca')!;
    expect(quotedName([riba], [{ text: riba, inlines: [] }], head, 'ca', new Set())).toBe('');
  });
});

describe('an item ends before an aside it opens on a dash (judge30 #3, Deese s03)', () => {
  it('"the first electric traffic light—which is fitting, since…" is the traffic light', () => {
    expect(
      clauseAnaphora(
        'Cleveland was home to the first public square illuminated by electricity, the first electric streetcar, and the first electric traffic light—which is fitting, since Thomas Edison was born nearby.',
        'en',
      ),
    ).toEqual([
      'The first public square illuminated by electricity',
      'The first electric streetcar',
      'The first electric traffic light',
    ]);
  });
});

describe('a list is titled by the topic the sentence before it sets, not by its first item (judge30 #3, vi s03)', () => {
  it('"Về chính trị, chúng…" before "Chúng thi hành… / Chúng lập…"', () => {
    const none = new Set<string>();
    const before = 'Về chính trị, chúng tuyệt đối không cho nhân dân ta một chút tự do dân chủ nào.';
    expect(namedAhead(before, 'vi', none, { opening: 'Chúng' })).toBe('Về chính trị');
    // (a topic the list does not go on with names nothing of it)
    expect(namedAhead(before, 'vi', none, { opening: 'Họ' })).toBe('');
  });

  it('the deck', () => {
    const text = `Về chính trị, chúng tuyệt đối không cho nhân dân ta một chút tự do dân chủ nào.

Chúng thi hành những luật pháp dã man. Chúng lập ba chế độ khác nhau ở Trung, Nam, Bắc để ngăn cản việc thống nhất nước nhà của ta, để ngăn cản dân tộc ta đoàn kết.

Chúng lập ra nhà tù nhiều hơn trường học. Chúng thẳng tay chém giết những người yêu nước thương nòi của ta. Chúng tắm các cuộc khởi nghĩa của ta trong những bể máu.

Chúng ràng buộc dư luận, thi hành chính sách ngu dân.

Chúng dùng thuốc phiện, rượu cồn để làm cho nòi giống ta suy nhược.`;
    const [list] = listsOf(text, 'vi-ho-chi-minh-tuyen-ngon-doc-lap-1945.txt');
    expect(list!.title.replace(/ \(\d\/\d\)$/u, '')).toBe('Về chính trị');
  });
});

describe('an anaphora said twice in one sentence is two items (judge30 #3, Biden toast s04)', () => {
  it('the Irish toast shows its four lines', () => {
    const text = `We share the belief in freedom, democracy, dignity, and equality. The fact is these are shared beliefs that give both our nations strength.

And let me end with a toast — an Irish toast, if you don’t mind an Irish toast.

May the road rise to meet you.  May the wind be always at your back.  May the sun shine warmly on your face, and may the rains fall softly on your fields.  Until we meet again, may God hold you in the palm of his hand.

To Kenya.  To our guests.  Cheers.`;
    const [list] = listsOf(text, 'en-biden-kenya-state-dinner-toast-2024.txt');
    expect(list!.screenText.split('\n').slice(1)).toEqual([
      '• May the road rise to meet you',
      '• May the wind be always at your back',
      '• May the sun shine warmly on your face',
      '• May the rains fall softly on your fields',
    ]);
  });
});
