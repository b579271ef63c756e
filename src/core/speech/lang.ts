/**
 * The speech's language, where the engine needs it (sentence rules, number recognition, stop
 * words). Front matter `lang` wins; otherwise franc-min guesses from a sample of the spoken text.
 * Fonts and direction per language are issue #11's; this only gives a BCP 47 primary tag.
 */
import { franc } from 'franc-min';

/** franc's ISO 639-3 codes → the BCP 47 primary tags the engine has rules for (others pass through). */
const ISO3_TO_BCP47: Record<string, string> = {
  eng: 'en',
  cmn: 'zh',
  rus: 'ru',
  spa: 'es',
  arb: 'ar',
  fra: 'fr',
  por: 'pt',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  jpn: 'ja',
  ukr: 'uk',
  pes: 'fa',
  hin: 'hi',
  kor: 'ko',
  tur: 'tr',
  pol: 'pl',
};

/** Characters sampled for detection: enough for a stable guess, cheap on a 10 MB speech. */
const SAMPLE_CHARS = 3000;

/** The primary language subtag of a BCP 47 tag ("en-GB" → "en"), lower case. */
export function primaryLang(tag: string | undefined): string {
  return (tag ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * Guesses the language of a text (BCP 47 primary tag), or undefined when the sample is too short
 * or franc is unsure. Han script without kana is Chinese even when franc has too little text.
 */
export function detectLang(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters && han / letters > 0.3) return kana > han / 10 ? 'ja' : 'zh';
  const code = franc(sample, { minLength: 20 });
  if (code === 'und') return undefined;
  return ISO3_TO_BCP47[code] ?? code;
}

/** Right-to-left scripts, for the few rules that care (quotes, marker punctuation). */
export function isRtl(lang: string): boolean {
  return ['ar', 'he', 'fa', 'ur'].includes(primaryLang(lang));
}
