/**
 * The count a speaker announces before an enumeration ("…demonstrated anew in at least eight
 * different situations… / First, … / Second, … / … / And finally, …"; "…three new and highly
 * advanced weapons systems. / … first, … Second, … And finally, …"): the things counted, as the
 * title of the list's slides ("Eight situations", "Three weapons systems"), where the count
 * matches the items said.
 */
import { COUNTS } from './clause-list';
import { enumerationMarker } from './enumeration';
import { capitalize } from './text';
import type { ListRun } from './lists';
import { taggedTerms } from './tagger';
import { countWords } from './number-words';

/** Sentences before the first item that may announce the count. */
const LOOK_BACK = 3;

/**
 * "(at least) eight different situations" ending a phrase: the count, at most five words, and a
 * plural noun before punctuation or a word that starts what is said of them.
 */
const COUNTED = new RegExp(
  String.raw`\b(at least\s+)?(${Object.keys(COUNTS).join('|')}|[2-9]|1[0-2])\s+((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+s)(?=\s*(?:[.,:;!?]|$)|\s+(?:this|that|which|who|in|of|on|for|to|where|we|I)\b)`,
  'iu',
);

/** What the counted things are for, said after them ("areas | for our joint action"), to its punctuation. */
const COUNTED_FOR = /^\s+((?:for|of)\s+[^.,;:!?]{3,40}?)(?=\s*[.,;:!?]|$)/iu;

/**
 * The title of what a count announces ("Eight situations"): the count and the nouns that end its
 * phrase (at most two), its describing words left to the notes; else the phrase as said.
 */
function countTitle(count: string, phrase: string): string {
  const terms = taggedTerms(phrase);
  const nouns: string[] = [];
  for (let k = terms.length - 1; k >= 0 && nouns.length < 2; k--) {
    const t = terms[k]!;
    if (!t.tags.includes('Noun') || t.tags.includes('Adjective')) break;
    nouns.unshift(t.text);
  }
  return capitalize(`${count} ${nouns.length ? nouns.join(' ') : phrase}`.toLowerCase());
}

/** Chinese and Japanese numerals of a count ("三事", "兩點"). */
const CJK_COUNTS: Record<string, number> = {
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * A CJK count and the things it counts ("請更以三事爲諸君告", "茲所計畫者二事：", "三つの点"): the
 * numeral (not an ordinal "第三") and a word for points, matters or items.
 */
const CJK_COUNTED = new RegExp(
  String.raw`(?<![第\p{Nd}一二两兩三四五六七八九十百千])([${Object.keys(CJK_COUNTS).join('')}])(?:つの)?(件事|事|点|點|条|條|项|項|个方面|個方面|方面|样|樣|端|ヵ条|カ条|ヶ条)`,
  'u',
);

/**
 * A Spanish or Portuguese count of the reasons, points or ways that follow, ending its phrase
 * ("…no ha sido la tramitación de un real decreto-ley cualquiera, por tres motivos."): the count
 * and its noun, one of the nouns a list calls its items by.
 */
const IBERIAN_COUNTED = new RegExp(
  String.raw`(?<![\p{L}])(${[...countWords('es').keys(), ...countWords('pt').keys()].join('|')})\s+((?:motivos|razones|razões|puntos|pontos|cuestiones|questões|aspectos|aspetos|ejes|eixos|principios|princípios|objetivos|prioridades|medidas|pilares|elementos)(?=\s*(?:[.,:;!?]|$)))`,
  'iu',
);

/**
 * A German count of the things that follow, ending its phrase or before what is said of them
 * ("…auf vier grundlegende Entwicklungen in unserer Gesellschaft reagieren", Scholz 2018): the
 * count, at most two adjectives and a plural noun (capitalised, as German nouns are).
 */
const GERMAN_COUNTED = new RegExp(
  String.raw`(?<![\p{L}])(${[...countWords('de').keys()].join('|')})\s+((?:\p{Ll}+\s+){0,2}\p{Lu}\p{L}+(?:en|e|n|s|er))(?=\s*[.,:;!?]|\s+(?:in|für|auf|an|bei|mit|von|zu|der|die|des|unserer|unseres|unserem)\s)`,
  'u',
);

/** One noun in the singular or the plural ("frente", "frentes"; "Punkt", "Punkte"; "point", "points"). */
const sameNoun = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort((p, q) => p.length - q.length) as [string, string];
  return x === y || (y.startsWith(x) && /^(?:s|es|e|n|en)$/u.test(y.slice(x.length)));
};

/**
 * The count a sentence says of the noun a list's items are named by, in words ("…propõe-se avançar
 * em três frentes complementares…" before "A primeira frente é… A segunda frente é… A terceira e
 * última frente é…"; "Queria ainda salientar, em quatro pontos, a leitura que Portugal faz…" before
 * "O primeiro ponto é…", Santos Silva, Assembleia da República, 16 March 2022): the count and the
 * words said up to the noun, at most two between ("Três frentes", "Quatro pontos").
 */
function countedNoun(sentence: string, noun: string, lang: string): { n: number; title: string } | undefined {
  const counts = countWords(lang);
  if (!counts.size) return undefined;
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${[...counts.keys()].join('|')})(?:\s+[\p{L}-]+){1,3}`,
    'giu',
  );
  for (const m of sentence.matchAll(re)) {
    const words = m[0].split(/\s+/u);
    const at = words.findIndex((w, k) => k > 0 && sameNoun(w, noun));
    if (at > 0)
      return { n: counts.get(words[0]!.toLowerCase())!, title: capitalize(words.slice(0, at + 1).join(' ')) };
  }
  return undefined;
}

/**
 * The title the count said with the noun the items are named by gives them (countedNoun), in any
 * language whose counts and ordinal nouns the engine reads (number-words.ts, enumeration.ts): the
 * nearest such count of the `before` sentences must be the number of items.
 */
function nounAnnounced(
  before: readonly string[],
  items: number,
  noun: string,
  lang: string,
): string | undefined {
  for (const s of before.slice(-LOOK_BACK).reverse()) {
    const c = countedNoun(s, noun, lang || 'en');
    if (c) return c.n === items ? c.title : undefined;
  }
  return undefined;
}

/** The count said in a CJK sentence and its title ("三事"), if any. */
export function cjkCount(sentence: string): { n: number; title: string } | undefined {
  const m = CJK_COUNTED.exec(sentence);
  return m ? { n: CJK_COUNTS[m[1]!]!, title: m[0] } : undefined;
}

/**
 * The title a count said in one of the `before` sentences (nearest last) gives a list of `items`
 * items: the count must be the number of items, or at most it when said "at least". English,
 * and Chinese or Japanese ("請更以三事爲諸君告。/ 一曰…二曰…三曰…" → "三事").
 */
export function announcedCount(
  before: readonly string[],
  items: number,
  lang: string,
  sections = false,
): string | undefined {
  if (/^(?:zh|ja)\b/iu.test(lang))
    for (const s of before.slice(-LOOK_BACK).reverse()) {
      const c = cjkCount(s);
      if (c) return c.n === items ? c.title : undefined;
    }
  if (/^(?:es|pt)\b/iu.test(lang))
    for (const s of before.slice(-LOOK_BACK).reverse()) {
      const m = IBERIAN_COUNTED.exec(s);
      if (m)
        return (countWords('es').get(m[1]!.toLowerCase()) ?? countWords('pt').get(m[1]!.toLowerCase())) ===
          items
          ? capitalize(m[0].toLowerCase())
          : undefined;
    }
  if (/^de\b/iu.test(lang))
    for (const s of before.slice(-LOOK_BACK).reverse()) {
      const m = GERMAN_COUNTED.exec(s);
      if (m) return countWords('de').get(m[1]!.toLowerCase()) === items ? capitalize(m[0]) : undefined;
    }
  if (lang && !/^en\b/iu.test(lang)) return undefined;
  for (const s of before.slice(-LOOK_BACK).reverse()) {
    const m = COUNTED.exec(s);
    if (!m) continue;
    const n = COUNTS[m[2]!.toLowerCase()] ?? Number(m[2]);
    if (n === items || (m[1] && n <= items)) return countTitle(m[2]!, m[3]!);
    // a speech in sections that names fewer than it counted ("I have identified 10 areas for our
    // joint action" and then "Number one: food … Number nine: Federal taxes and spending", Ford
    // 1974): the things counted, without the count the list would belie ("Areas for our joint action")
    if (sections && n > items && items >= 3) {
      const forWhat = COUNTED_FOR.exec(s.slice(m.index + m[0].length))?.[1];
      const nouns = countTitle(m[2]!, m[3]!).split(' ').slice(1).join(' ');
      return forWhat && nouns ? capitalize(`${nouns} ${forWhat}`) : undefined;
    }
  }
  return undefined;
}

/**
 * A count and the things it counts, then, after a colon, the things named one word or two each,
 * parted by commas, as many as it counts, ending the sentence ("Three key themes informed that
 * meeting and are at the core of my call for action: protect, invest, together.").
 */
const NAMED_COUNT = new RegExp(
  String.raw`\b(${Object.keys(COUNTS).join('|')})\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+s)\b[^:.!?;]*:\s+((?:[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s*,\s*)+(?:(?:and|or)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)[.!]?\s*$`,
  'iu',
);

/**
 * The things a sentence counts and names after a colon (NAMED_COUNT): its title ("Three key
 * themes") and the names, capitalised ("Protect", "Invest", "Together"), or undefined.
 */
export function namedCount(sentence: string): { title: string; names: string[] } | undefined {
  const m = NAMED_COUNT.exec(sentence);
  if (!m) return undefined;
  const names = m[3]!.split(/\s*,\s*/u).map((x) => capitalize(x.replace(/^(?:and|or)\s+/iu, '').trim()));
  if (names.length !== COUNTS[m[1]!.toLowerCase()]) return undefined;
  return { title: capitalize(`${m[1]} ${m[2]}`.toLowerCase()), names };
}

/**
 * Gives each enumeration without a lead-in, and each in sections, the title its announced count says (ListRun.announced),
 * looking back from its first item to the end of the run before it.
 */
export function announceRuns(runs: ListRun[], texts: readonly string[], lang: string): void {
  let prevEnd = 0;
  // (the sentence after the last item of the run before: its last item runs to the end of its
  // paragraph, which may say the next list's count, "…a terceira e última frente é… Queria ainda
  // salientar, em quatro pontos, …" in a speech of one paragraph)
  let prevLast = 0;
  for (const r of runs) {
    // (a speech in sections counts its sections in its lead-in: "…guided by five key principles.")
    if (r.kind === 'enumeration' && (r.lead === undefined || r.sections)) {
      const from = Math.max(prevEnd, r.start - LOOK_BACK);
      // the count said with the noun the first item is named by ("…em quatro pontos… / O primeiro ponto é…")
      const noun = enumerationMarker(texts[r.start] ?? '')?.noun;
      const nounFrom = Math.max(prevLast, r.start - LOOK_BACK);
      const counted = noun
        ? nounAnnounced(texts.slice(nounFrom, r.start), r.items.length, noun, lang)
        : undefined;
      let said = counted ?? announcedCount(texts.slice(from, r.start), r.items.length, lang, r.sections);
      // a count one fewer than the markers: the last ("Schließlich…", said long after "Und
      // viertens…" of "vier grundlegende Entwicklungen", Scholz 2018) closes another point, no
      // section of the count; so does the "Finally" after the two things a speaker announced ("…to
      // announce two important decisions in this regard. / First: … / Second: … / Finally, my fellow
      // Americans, let us examine our attitude toward peace and freedom here at home.", Kennedy 1963,
      // judge33): it ends the series the speech was in before them, and is no third decision
      const last = r.items[r.items.length - 1]!;
      if (
        !said &&
        r.items.length >= (r.sections ? 4 : 3) &&
        enumerationMarker(texts[last] ?? '')?.kind === 'last'
      ) {
        said = announcedCount(texts.slice(from, r.start), r.items.length - 1, lang, r.sections);
        if (said) {
          r.items.pop();
          r.end = last;
        }
      }
      // the sentence before the items names them, as many as it counts ("…my call for action:
      // protect, invest, together. / First, I call on all countries to protect… / Second, …"): its
      // names are the list, a rule of three as the speaker named it
      const named = r.start > prevEnd && !said ? namedCount(texts[r.start - 1] ?? '') : undefined;
      if (named && named.names.length >= r.items.length) {
        r.announced = named.title;
        r.announcedAt = r.start - 1;
        r.named = named.names;
      }
      if (said) {
        r.announced = said;
        // the sentence that says it: the nearest before the items that says the count
        for (let k = r.start - 1; k >= (counted ? nounFrom : from); k--)
          if (
            (counted
              ? nounAnnounced([texts[k]!], r.items.length, noun!, lang)
              : announcedCount([texts[k]!], r.items.length, lang, r.sections)) === said
          ) {
            r.announcedAt = k;
            break;
          }
      }
    }
    prevEnd = r.end;
    prevLast = r.items[r.items.length - 1]! + 1;
  }
}
