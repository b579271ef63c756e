/**
 * The tens said in words, in the languages speeches come in: the head of a compound number
 * ("Четиридесет и седмото" = the 47th, "treinta y siete", "vingt et un", "forty-seven"). A phrase
 * read from the middle of one drops its number: "Седмото народно събрание" (the Seventh) for the
 * 47th (judge15), as "Εβραίων της Ευρώπης" once dropped "έξι εκατομμυρίων" (judge14).
 */
const TENS = new Set(
  `twenty thirty forty fifty sixty seventy eighty ninety
   vingt trente quarante cinquante soixante
   veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa
   vinte trinta quarenta cinquenta sessenta setenta oitenta noventa
   venti trenta quaranta cinquanta sessanta settanta ottanta novanta
   zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig
   tjugo trettio fyrtio femtio sextio sjuttio åttio nittio
   tyve tredive fyrre halvtreds tres halvfjerds firs halvfems
   двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто
   двадцять тридцять п'ятдесят п’ятдесят шістдесят сімдесят вісімдесят дев'яносто дев’яносто
   двадесет тридесет четиридесет петдесет шестдесет седемдесет осемдесет деветдесет
   четрдесет педесет шездесет седамдесет осамдесет деведесет
   dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset
   dvajset štirideset petdeset šestdeset sedemdeset osemdeset devetdeset
   dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt
   dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát
   είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα`.split(/\s+/u),
);
/** The word that joins tens to units ("и", "y", "et", "and", "e", "i", "a", "och", "og"). */
const JOIN = /^(?:и|і|й|y|et|and|e|i|a|och|og|und|en|ve|και)$/iu;

/** Whether the word is a tens number word ("forty", "Четиридесет"). */
export const isTensWord = (word: string): boolean => TENS.has(word.toLowerCase());
/** Whether the word joins a tens word to its units ("и" in "Четиридесет и седмото"). */
export const joinsNumber = (word: string): boolean => JOIN.test(word);

/**
 * The small counts said in words, two to ten, in the languages whose speeches count what follows
 * ("three fronts", "três frentes", "quatro pontos", "vier grundlegende Entwicklungen", "tre
 * pilastri"): per language, as a word may be a count in one and a word of the sentence in another
 * (Portuguese "sei" is "I know", Italian "sei" six).
 */
const SMALL_COUNTS: Record<string, readonly string[]> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
  es: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  pt: ['dois|duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'],
  it: ['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'],
  de: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
  nl: ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'],
};

/** The count words of `lang` (its primary subtag) from two to `most`, each with its number. */
export function countWords(lang: string, most = 10): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const l = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  for (const [k, words] of (SMALL_COUNTS[l] ?? []).entries())
    if (k + 2 <= most) for (const w of words.split('|')) out.set(w, k + 2);
  return out;
}

/** Whether the engine knows the count words of `lang`. */
export const countsIn = (lang: string): boolean => !!SMALL_COUNTS[lang.toLowerCase().split(/[-_]/u)[0] ?? ''];
