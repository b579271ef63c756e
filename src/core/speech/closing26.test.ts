import { describe, expect, it } from 'vitest';
import { buildDeck, normalizeSpoken, spokenText } from './index';
import { CHEER_IN_SENTENCE, isClosingSentence } from './closing-line';
import { toastLine } from './transcript';

/**
 * Closing words the deck missed (issue 10, close26): a thanks with an adverb before it, "I thank
 * you", a good night that ends a Christmas message. Sentences from judge22–23's unseen speeches
 * (sources in /work/tmp/judge22/SOURCES.md and /work/tmp/judge23/SOURCES.md).
 */
describe('closing words (closing-line.ts), close26', () => {
  it.each([
    ['대단히 고맙습니다.', true], // Moon Jae-in, declaration of candidacy 2012 (judge23)
    ['I thank you very much.', true], // Ford, "Whip Inflation Now" 1974 (judge22)
    ['¡De corazón, para todos, muy feliz 2009, y muy buenas noches!', true], // Juan Carlos I, 2008 (judge22)
    ['Thank you, and good night.', true], // Carter, anti-inflation program 1978 (judge25)
    ['Leve kongen!', true],
    // a memorial's closing honour, and a thanks said last (corpus: da-mindeord-jakobsen-2022,
    // el-boukoros-holocaust-2022, hi-modi-mann-ki-baat-2019-01)
    ['Æret være Svend Jakobsens minde!', true],
    ['Αιωνία η μνήμη τους.', true],
    ['मेरी आप सबको बहुत-बहुत शुभकामनाएँ, बहुत-बहुत धन्यवाद |', true],
    ['Jeg vil bede jer om at rejse jer, så vi kan ære Svend Jakobsens minde.', false],
    // judge26: the Greek Parliament's Holocaust remembrance 2022, Felipe VI 2014, Modi in Tamil 2017
    ['Σας ευχαριστώ.', true],
    ['Feliz Navidad, Eguberri on, Bon Nadal, Boas Festas.', true],
    ['வணக்கம்.', true],
    [
      'Gracias nuevamente por escucharme esta noche y muchísimas felicidades en nombre de la Reina, de la Princesa de Asturias y de la Infanta Sofía.',
      false,
    ],
    // Portuguese "leve" is 'light' or 'take', a cheer only when exclaimed
    ['Leve esta mensagem a todos.', false],
    // an adverb and a thanks that is no thanks: 'it is a truly grateful thing'
    ['정말 감사한 일입니다.', false],
    // a good evening said first is the greeting, no closing: the good night ends the sentence
    ['Buenas noches a todos, y gracias por acompañarnos esta noche en este mensaje.', false],
  ])('%s → %s', (sentence, closing) => {
    expect(isClosingSentence(sentence)).toBe(closing);
  });

  it('finds a cheer inside a toast only at a clause start, never the adjective "viva"', () => {
    // Chirac, Erevan 2006 (judge22)
    expect(
      CHEER_IN_SENTENCE.test('Et laisse-moi dire, vive les États-Unis d’Amérique, vive la France.'),
    ).toBe(true);
    // Felipe VI, Christmas message 2020 (judge23): 'the living image of those thousands of citizens'
    const felipe = 'Los dos tenemos en nuestra memoria la imagen viva de esos miles de ciudadanos.';
    expect(CHEER_IN_SENTENCE.test(felipe)).toBe(false);
    expect(toastLine([felipe], true)).toBeNull();
  });
});

const JUAN_CARLOS_2008 = [
  'Un compromiso y unos sentimientos que el Príncipe de Asturias comparte plenamente conmigo y que tienen en él la mejor garantía de porvenir.',
  'En esta Nochebuena y en vísperas del Año Nuevo, la Reina y toda mi Familia se unen a mí para expresar a todos los españoles nuestro mayor afecto y mejores deseos, que dedicamos asimismo a cuantos extranjeros viven con nosotros.',
  '¡De corazón, para todos, muy feliz 2009, y muy buenas noches!',
].join('\n\n');

const MOON_2012 = [
  '도종환 시인의 <담쟁이>라는 시의 일부입니다. 우리 모두 담쟁이처럼 서로 두 손 꽉 잡고 벽을 넘읍시다. 특권의 벽, 차별의 벽, 분단과 분열의 벽, 패배주의의 벽을 넘읍시다. 저 문재인과 함께 새로운 세상의 문을 엽시다.',
  '저 문재인은 겸손한 권력, 따뜻한 나라를 만들겠습니다. 국민의 마음에서 길을 찾는 우리나라 대통령이 되겠습니다. 우리 모두가 주인인 진정한 우리나라 대통령이 되겠습니다.',
  '대단히 고맙습니다.',
].join('\n\n');

describe('the closing slide of a good night and of a thanks with an adverb', () => {
  it.each([
    // (was: the deck ended on "Año Nuevo" over the sentence before; the good night never on screen)
    [
      'es, Juan Carlos I 2008',
      JUAN_CARLOS_2008,
      'es-juancarlos.txt',
      '¡De corazón, para todos, muy feliz 2009, y muy buenas noches!',
    ],
    // (was: the deck ended on "차별의 벽"; the thanks never on screen)
    ['ko, Moon 2012', MOON_2012, 'ko-moon.txt', '대단히 고맙습니다.'],
  ])('%s', (_, text, file, title) => {
    const deck = buildDeck(text, { fileName: file });
    const last = deck.slides.at(-1)!;
    expect(last.layout).toBe('closing');
    expect(last.title).toBe(title);
    expect(normalizeSpoken(deck.slides.map((s) => s.notes).join('\n\n'))).toBe(
      normalizeSpoken(spokenText(text, file)),
    );
  });
});

/** The close of Kennedy's American University commencement address, 1963 (judge23). */
const KENNEDY_1963 = [
  'While we proceed to safeguard our national interests, let us also safeguard human interests. And the elimination of war and arms is clearly in the interest of both. No treaty, however much it may be to the advantage of all, however tightly it may be worded, can provide absolute security against the risks of deception and evasion.',
  'The United States, as the world knows, will never start a war. We do not want a war. We do not now expect a war. This generation of Americans has already had enough—more than enough—of war and hate and oppression. We shall be prepared if others wish it. We shall be alert to try to stop it. But we shall also do our part to build a world of peace where the weak are safe and the strong are just. We are not helpless before that task or hopeless of its success. Confident and unafraid, we labor on—not toward a strategy of annihilation but toward a strategy of peace.',
].join('\n\n');

describe('a speech with no closing words ends on its last point', () => {
  it('en, Kennedy 1963 (was "The United States, as the world knows, will never start a war.")', () => {
    const deck = buildDeck(KENNEDY_1963, { fileName: 'en-kennedy-1963.txt' });
    const last = deck.slides.at(-1)!;
    expect(last.layout).not.toBe('closing');
    expect(last.screenText.split('\n').slice(1).join(' ')).toBe(
      'Confident and unafraid, we labor on—not toward a strategy of annihilation but toward a strategy of peace.',
    );
  });

  it('keeps the line it shows when the last sentence leans on the one before', () => {
    // Johnson, Howard University 1965 (judge22): "it" is the candle of the sentence before
    const text = [
      'All it will take is for all of us to understand what this country is and what this country must become.',
      'The Scripture promises: "I shall light a candle of understanding in thine heart, which shall not be put out."',
      'Together, and with millions more, we can light that candle of understanding in the heart of all America.',
      'And, once lit, it will never again go out.',
    ].join('\n\n');
    const shown = buildDeck(text, { fileName: 'en-johnson-1965.txt' })
      .slides.map((s) => s.screenText)
      .join('\n');
    expect(shown).not.toContain('Once lit, it will never again go out.');
  });
});
