/**
 * Hindi phrases that are no title (judge9: "मै हमेशा कहता हूँ", "स्वच्छ रखने", "सफलतापूर्वक आगे
 * बढ़ाएँ", "कार्यक्रम क हिस्सा बनने"). Hindi puts the verb last, after its noun and adjective (SOV):
 * a phrase said right before an auxiliary ("है", "वाले", "रहा"), before a "do"/"give"/"take" verb
 * ("शुरू की थी", "घोषित कर दिया") or at the end of its sentence is the predicate of its clause, a
 * statement cut short, not a noun phrase naming the slide's point.
 */
import { escapeRegExp } from './word-classes';

/** Auxiliaries and light verbs said after a predicate. */
const AFTER_PREDICATE = new RegExp(
  '^(?:' +
    [
      'है हैं हूँ हूं था थे थी थीं हो होता होते होती होगा होगी होंगे होना होने हुआ हुए हुई',
      'वाला वाले वाली रहा रहे रही रहीं गया गये गए गई गयी सकता सकते सकती सके चुका चुके चुकी',
      'जाता जाते जाती जाए जाएगा जाएंगे करता करते करती करना करने कर करें करूँ करूं करके किया किए किये करायी कराई',
      'देता देते देती दिया दिए दी लेता लेते लेती लिया लिए ली',
    ]
      .join(' ')
      .split(' ')
      .join('|') +
    ')$',
  'u',
);
/** "की", "का", "के" before an auxiliary are the verb "do" ("शुरू की थी"), not a genitive. */
const DO_FORM = /^(?:की|का|के)$/u;

const bare = (w: string) => w.normalize('NFC').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '');

/**
 * A noun in its oblique plural (-ों, -ओं, -यों), the form said only before a postposition
 * ("सशस्त्र बलों पर", "मानव अधिकारों की रक्षा", "युवाओं को"): a title names its subject in the
 * direct case, never the form a postposition bends.
 */
const OBLIQUE_PLURAL = /\p{Script=Devanagari}(?:ों|ओं)$/u;
/**
 * Adjectives that agree with the noun after them (छोटा/छोटे/छोटी …): a title ending on one has lost
 * its noun ("भावना छोटे" of "ये भावना छोटे से कद-काठी वाले उस महा-मानव …").
 */
const ADJECTIVE =
  /^(?:छोट|बड़|अच्छ|बुर|नय|पुरान|सच्च|ऊँच|ऊंच|नीच|लंब|पूर|सार|मोट|पतल|गहर|ताज़|ताज|सुनहर|हर|पील|काल|लाल|गोर|सीध|टेढ़|कच्च|पक्क|प्यार|न्यार)[ाेी]$|^(?:नए|नई|नया|नयी)$/u;
/** Adverbs in -भर ("जीवनभर", "विश्वभर", "दिनभर": all one's life, the world over), said before a verb. */
const BHAR = /\p{Script=Devanagari}{2,}भर$/u;
/** A noun of manner before "से" ("विशेष रूप से", "खास तौर पर"): with it, an adverb. */
const MANNER = /(?:^|\s)(?:रूप|तौर|तरह|प्रकार)$/u;
/** Postpositions after an oblique infinitive ("शांति कायम रखने में", "काम करने के लिए"). */
const AFTER_INFINITIVE = /^(?:में|के|की|का|से|पर|को|वाले|वाला|वाली|हेतु)$/u;
/** The negation before a verb ("ध्यान न आता", "गर्व न हो"): the phrase before it is the predicate's. */
const NEGATION = /^(?:न|ना|नहीं)$/u;

/** Why a Devanagari phrase can be no title whatever it is said with, or null. */
function hindiForm(t: string): string | null {
  const words = t.split(/\s+/u).map(bare);
  const last = words.at(-1) ?? '';
  if (OBLIQUE_PLURAL.test(last)) return 'an oblique case, not the direct one';
  if (ADJECTIVE.test(last)) return 'an adjective without its noun';
  // (and a word said twice, "साथ-साथ", "धीरे-धीरे": an adverb too)
  if ([last, words[0] ?? ''].some((w) => BHAR.test(w) || /^([\p{L}\p{M}]+)-\1$/u.test(w)))
    return 'an adverb, not a noun phrase';
  return null;
}

/**
 * Why a Devanagari phrase said in `text` is no title, or null: its form (an oblique plural, an
 * adjective without its noun, an adverb at its edge), or every time it is said it is its clause's
 * predicate (see above).
 */
export function hindiPredicate(phrase: string, text: string): string | null {
  const t = phrase.trim().normalize('NFC');
  if (!/^\p{Script=Devanagari}|\p{Script=Devanagari}$/u.test(t)) return null;
  const form = hindiForm(t);
  if (form) return form;
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}])${escapeRegExp(t)}(?![\\p{L}\\p{M}])([^\\p{L}\\p{M}\\p{N}]*)(\\S*)\\s*(\\S*)`,
    'gu',
  );
  let said = 0;
  let predicate = 0;
  for (const m of text.normalize('NFC').matchAll(re)) {
    said++;
    const gap = m[1] ?? '';
    const next = bare(m[2] ?? '');
    const then = bare(m[3] ?? '');
    // a sentence's last words are its verb ("…आगे बढ़ाएँ |"); a comma or a quote mark ends a noun phrase
    if (/[|।॥?!]/u.test(gap) || !next) predicate++;
    else if (/[,;:“”"‘’—–()]/u.test(gap)) continue;
    else if (
      AFTER_PREDICATE.test(next) ||
      NEGATION.test(next) ||
      (MANNER.test(t) && /^(?:से|पर)$/u.test(next)) ||
      (/\p{Script=Devanagari}ने$/u.test(t) && AFTER_INFINITIVE.test(next)) ||
      (DO_FORM.test(next) && AFTER_PREDICATE.test(then))
    )
      predicate++;
  }
  return said > 0 && predicate === said ? 'a predicate, not a noun phrase' : null;
}
