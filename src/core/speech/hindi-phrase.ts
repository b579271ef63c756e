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
      'है हैं हूँ हूं था थे थी थीं हो होता होते होती होगा होगी होंगे होना होने',
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
 * Why a Devanagari phrase said in `text` is no title, or null: every time it is said, it is its
 * clause's predicate (see above).
 */
export function hindiPredicate(phrase: string, text: string): string | null {
  const t = phrase.trim().normalize('NFC');
  if (!/^\p{Script=Devanagari}|\p{Script=Devanagari}$/u.test(t)) return null;
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
    else if (AFTER_PREDICATE.test(next) || (DO_FORM.test(next) && AFTER_PREDICATE.test(then))) predicate++;
  }
  return said > 0 && predicate === said ? 'a predicate, not a noun phrase' : null;
}
