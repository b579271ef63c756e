/**
 * English closed word classes, one list each, shared by the rules that look for a verb, a clause
 * opener or a determiner. A rule whose list needs another membership composes it from these
 * (`alternation(MODAL, ['then'])`) and says why, so no list of them is written out twice.
 * All entries are lower case; the regexes built from them are case-insensitive.
 */

/** Finite forms of "be" ("am" goes only with "I"). */
export const BE_FINITE: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were']);
/** "be" without person or tense: after a modal or "to" ("will be", "has been", "being"). */
export const BE_NONFINITE: ReadonlySet<string> = new Set(['be', 'been', 'being']);
/** Every form of "be", the copula. */
export const COPULA: ReadonlySet<string> = union(BE_FINITE, BE_NONFINITE);
/** Forms of "have" (perfect auxiliary or verb of possession). */
export const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** Forms of "do" (auxiliary of questions and negation, or the verb). */
export const DO: ReadonlySet<string> = new Set(['do', 'does', 'did']);
/** Modals that tell what is to come: the future. */
export const FUTURE_MODAL: ReadonlySet<string> = new Set(['will', 'shall']);
/** Modals that tell what would follow from a condition. */
export const CONDITIONAL_MODAL: ReadonlySet<string> = new Set(['would', 'could', 'might']);
/** Every modal verb: the next word is a bare verb. */
export const MODAL: ReadonlySet<string> = union(
  FUTURE_MODAL,
  CONDITIONAL_MODAL,
  new Set(['should', 'can', 'may', 'must']),
);
/** Every auxiliary verb: the copula, "have", "do" and the modals. */
export const AUXILIARY: ReadonlySet<string> = union(COPULA, HAVE, DO, MODAL);

/** Personal pronouns that can be a subject, people only ("it" is also an object, so apart). */
export const PERSONAL_SUBJECT: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** Object pronouns that are no subject ("you" and "it" are both, so not here). */
export const OBJECT_PRONOUN: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them']);
/** Possessive determiners. */
export const POSSESSIVE: ReadonlySet<string> = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);
/** The definite article. */
export const DEFINITE_ARTICLE: ReadonlySet<string> = new Set(['the']);
/** The indefinite article. */
export const INDEFINITE_ARTICLE: ReadonlySet<string> = new Set(['a', 'an']);
/** Articles. */
export const ARTICLE: ReadonlySet<string> = union(INDEFINITE_ARTICLE, DEFINITE_ARTICLE);
/** Demonstratives (determiners or pronouns). */
export const DEMONSTRATIVE: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Quantifiers that open a noun phrase. */
export const QUANTIFIER: ReadonlySet<string> = new Set(['all', 'every', 'each', 'some', 'any', 'no']);
/** Every determiner: a noun phrase starts here. */
export const DETERMINER: ReadonlySet<string> = union(ARTICLE, DEMONSTRATIVE, POSSESSIVE, QUANTIFIER);

/** Coordinating conjunctions. */
export const COORDINATOR: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);
/** Relative pronouns ("that" too: "the plan that…"). */
export const RELATIVE: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);
/** Subordinating conjunctions of time, condition, cause and concession. */
export const SUBORDINATOR: ReadonlySet<string> = new Set([
  'since',
  'when',
  'whenever',
  'while',
  'whereas',
  'if',
  'because',
  'although',
  'though',
  'unless',
  'until',
  'till',
]);

/** The words of several classes (or lists) as one set. */
export function union(...parts: Iterable<string>[]): Set<string> {
  return new Set(parts.flatMap((p) => [...p]));
}

/** A set's words without some of them. */
export function without(set: Iterable<string>, ...words: string[]): Set<string> {
  return new Set([...set].filter((w) => !words.includes(w)));
}

/** `text` as a regex pattern that matches it literally (every special character escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The words of classes (or lists) as a regex alternation, longest first, for a pattern to splice
 * in: `new RegExp(String.raw`^(?:${alternation(MODAL, ['then'])})$`, 'iu')`.
 */
export function alternation(...parts: Iterable<string>[]): string {
  return [...union(...parts)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

/** A case-insensitive regex that matches exactly one word of the classes (or lists). */
export function oneOf(...parts: Iterable<string>[]): RegExp {
  return new RegExp(`^(?:${alternation(...parts)})$`, 'iu');
}

/**
 * Endings of French, Spanish, Italian and Portuguese adjectives, which follow their noun
 * ("partenaires sociaux et associatifs", "la Comisión Europea"): where a verb might stand instead.
 */
export const ROMANCE_ADJECTIVE =
  /\p{L}{2,}(?:al|ales|ar|ares|icos?|icas?|ivos?|ivas?|osos?|osas?|ados?|adas?|idos?|idas?|bles?|entes?|antes?|anos?|anas?|arios?|arias?|eros?|eras?|és|esas?|eses|istas?|els?|elles?|ifs?|ives?|iques?|aires?|eux|euses?|ais|aises?|iens?|iennes?|ale|aux|ali|ici|iche|ivi)$/iu;
