/**
 * Turkish word classes the speech rules share (issue 10): Turkish puts its verb at the clause's
 * end and glues case endings to its nouns, so a run of words with no function word between runs
 * from a noun phrase into its clause ("…84 farklı kurum … katılım sağladı").
 */

/**
 * A finite verb: the past in -dı/-tı, the present in -yor, the reported past in -mış, the future in
 * -acak/-ecek with a person ending, the copula -dır, the "-makta" present, each with its person ending;
 * the conditional after the aorist or past ("olursanız", "yaptıysak"), the necessitative
 * ("çıkartmamalıyız", "olmalıdır") and the third person imperative ("unutulmasın").
 */
const FINITE =
  /^\p{L}{2,}(?:(?:[aeıiuü]r|d[ıiuü]|t[ıiuü])s[ae](?:m|n|k|n[ıi]z|l[ae]r)?|m[ae]l[ıi](?:y[ıi][mz]|s[ıi]n(?:[ıi]z)?|d[ıi]r|l[ae]r)?|m[ae]s[ıi]n(?:l[ae]r)?|(?:[aeıioöuülnrmyz]d|[çfhkpsşt]t)[ıiuü](?:m|n|k|nız|niz|nuz|nüz|lar|ler)?|[ıiuü]?yor(?:um|sun|uz|sunuz|lar)?|m[ıiuü]ş(?:t[ıiuü]r)?(?:lar|ler)?|(?:acak|ecek)(?:t[ıiuü]r|lar|ler)|(?:mak|mek)t[ae](?:d[ıi]r)?|[dt][ıiuü]r(?:lar|ler)?)$/u;
/** Nouns and adverbs that end as a past verb does ("kendi", "şimdi", "ordu"). */
const NOT_FINITE = /^(?:efendi|şimdi|kendi|hindi|ordu|vakti|sanki|mahkeme|gündemdi|yedi|iki|kedi)$/u;
const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Whether a Turkish word reads as a finite verb (and so ends a noun phrase). */
export function isTurkishFinite(word: string): boolean {
  const w = bare(word).toLocaleLowerCase('tr');
  return w.length >= 5 && FINITE.test(w) && !NOT_FINITE.test(w);
}

/**
 * A converb ("alarak", "görerek", "gelip") or a participle ("başlayan"): a clause goes on or
 * modifies what follows; no noun phrase runs across one.
 */
const CONVERB = /^\p{L}{2,}(?:[ae]r[ae]k|[ıiuü]p)$/u;
/**
 * A participle after a vowel stem ("başlayan", "söyleyen", and "diyen" of the one-letter stem "de-"):
 * a clause modifying the noun after it. Not the nouns that end so ("beyan", "ayan").
 */
const PARTICIPLE = /^\p{L}+[aeıioöuü]y[ae]n$/u;
/**
 * The object participle ("söylediği", "yaptığı", "olduğunu"): a clause modifying the noun after it
 * ("…evde zor tuttuğunu söylediği kitleyi"); a title never opens on one ("Söylediği kitleyi").
 */
const OBJECT_PARTICIPLE = /^\p{L}{2,}[dt][ıiuü]ğ[ıiuü](?:n[ıiuü]|n[ae]|nd[ae]|nd[ae]n)?$/u;
export const isTurkishObjectParticiple = (word: string): boolean =>
  OBJECT_PARTICIPLE.test(bare(word).toLocaleLowerCase('tr'));
const NOT_PARTICIPLE = /^(?:beyan|ayan|mayan|kayan)$/u;
export const isTurkishConverb = (word: string): boolean => {
  const w = bare(word).toLocaleLowerCase('tr');
  return w.length >= 5 && (CONVERB.test(w) || (PARTICIPLE.test(w) && !NOT_PARTICIPLE.test(w)));
};

/**
 * A Turkish word in an oblique case after its possessive: the locative and ablative ("gündeminde",
 * "konuşmasından"), the accusative ("dikkatini", "yerini"), the dative ("üzerine", "Başkanına"),
 * the instrumental after a vowel ("saygıyla"), a plural's locative ("meselelerde"). A title ending on
 * one ("Dünyanın gündeminde yerini", "Genel Kurulu saygıyla") is an object or an adverbial cut from
 * its clause, never a headline.
 */
const OBLIQUE = /\p{L}{2,}(?:[ıiuü]n(?:d[ae]n?|[ıiuü]|[ae])|[aeıioöuü]yl[ae]|l[ae]r[dt][ae])$/u;
/** Nominatives that end as an oblique does ("makine", "hazine"). */
const NOT_OBLIQUE = /^(?:makine|hazine|define|sine|mine|pine|kine)$/u;
export function isTurkishOblique(word: string): boolean {
  const w = bare(word).toLocaleLowerCase('tr');
  return OBLIQUE.test(w) && !NOT_OBLIQUE.test(w);
}
