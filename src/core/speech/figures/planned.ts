/**
 * A figure said of a plan in French, Italian, Spanish or German ("Nous porterons progressivement
 * le prix du paquet de cigarettes à 10 euros", Philippe 2017): the price is what the government
 * means to set, not what a pack costs. judge13's card "10 euros — prix du paquet de cigarettes"
 * showed the plan as today's price. The label keeps the plan in the speech's words: the future
 * verb (said after a subject pronoun in French), up to the figure ("10 euros — porterons
 * progressivement le prix du paquet de cigarettes"). As goal labels, it may run to nine words,
 * where other labels stop at six. A plan whose noun is said after the figure ("Nous construirons
 * 15 000 places supplémentaires de prison") has no one phrase that says both, and a label is never
 * stitched round its figure with "…" (render19): no label. When that cannot be said, or
 * the language puts its verb after the figure (German "wir werden … auf 12 Euro erhöhen"), the
 * figure has no label and so no card. English "will" is left to goal.ts (it foretells as often as
 * it promises), but for a level a subject "will rise to" (englishForecast).
 */
import type { Span } from '../segment';
import { clauseOf } from './label';
import { englishOrUnsaid } from '../lang';

type PlanLang = 'fr' | 'it' | 'es' | 'de';

/** French future forms (after a subject pronoun: "nous porterons", "on fera", "il sera"). */
const FR_FUTURE =
  /^(?:\p{L}+[ei]r(?:ai|as|a|ons|ez|ont)|(?:aur|pourr|devr|viendr|tiendr|prendr|mettr|rendr|verr|faudr|vaudr|atteindr|conduir|produir|réduir|construir)(?:ai|as|a|ons|ez|ont))$/u;
/** "nous allons porter": the near future, a form of "aller" and an infinitive. */
const FR_GOING = /^(?:vais|vas|va|allons|allez|vont)$/u;
const FR_SUBJECT = /^(?:nous|je|j|on|il|elle|ils|elles|vous)$/iu;
/** Object pronouns and the negation between subject and verb ("nous le ferons", "on n’y arrivera"). */
const FR_CLITIC = /^(?:ne|n|le|la|les|l|lui|leur|y|en|se|s|nous|vous)$/iu;
const INFINITIVE = /^\p{L}+(?:er|ir|re|are|ere|ire)$/u;
/** Italian future forms ("porteremo", "sarà"); "però" is "but". */
const IT_FUTURE =
  /^(?!però$)(?:\p{L}+[aei]r(?:ò|ai|à|emo|ete|anno)|(?:sar|avr|potr|dovr|vorr|andr|verr|terr|rimarr)(?:ò|ai|à|emo|ete|anno))$/u;
/** Spanish future forms ("llevaremos", "será", "tendremos"). */
const ES_FUTURE = /^(?:\p{L}+[aei]r|\p{L}*dr|har|dir|habr|querr|sabr|cabr)(?:é|ás|á|emos|éis|án)$/u;
/** "vamos a llevar": a form of "ir", "a" and an infinitive. */
const ES_GOING = /^(?:voy|vas|va|vamos|vais|van)$/u;
/** German future auxiliary; its infinitive closes the clause ("… auf 12 Euro erhöhen"). */
const DE_WERDEN = /(?<![\p{L}])(?:werde|werden|wird|wirst|werdet)(?![\p{L}])/u;
const DE_INFINITIVE_END = /(?<![\p{L}])(?!ge)\p{Ll}+e?n\s*[.!?]?\s*$/u;

/** A negation in the clause ("ne … jamais", "non", "no", "nunca"). */
const NEGATION =
  /(?<![\p{L}])(?:n['’]|(?:ne|pas|jamais|non|mai|no|nunca|jamás|nicht|nie|kein\p{L}*)(?![\p{L}]))/iu;

/** At most this many words in a plan's label. */
const MAX_WORDS = 9;

const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
/** Words, an elided "j’"/"n’"/"l’" split off its word so that it reads as a word of its own. */
const wordsOf = (t: string) =>
  t
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((w) => {
      const m = /^([jnlsJNLS])['’](\p{L}.*)$/u.exec(w);
      return m ? [`${m[1]}’`, m[2]!] : [w];
    });
const joinWords = (ws: string[]) => ws.join(' ').replace(/([jnlsJNLS]’)\s/gu, '$1');

/**
 * Where the plan's words start in `ws` (the words before the figure): -1 when no plan is said, -2
 * when it is said of a noun phrase the label cannot hold.
 */
function planStart(ws: string[], lang: PlanLang): number {
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = bare(ws[i]!).toLowerCase();
    if (lang === 'fr') {
      const going = FR_GOING.test(w) && INFINITIVE.test(bare(ws[i + 1] ?? '').toLowerCase());
      if (!FR_FUTURE.test(w) && !going) continue;
      // the subject pronoun before the verb, over its clitics ("nous le ferons", "on n’y arrivera")
      let subject = -1;
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const b = bare(ws[j]!);
        if (FR_SUBJECT.test(b)) subject = j;
        if (!FR_CLITIC.test(b) && !FR_SUBJECT.test(b)) break;
      }
      // (the label opens on the verb: a subject and its verb say who does what, label.ts isLabel)
      if (subject >= 0) return i;
      // "le prix sera porté à 10 euros": a plan whose subject is a noun phrase; no label says it whole
      if (/^\p{Ll}/u.test(ws[i]!) && /(?:a|ont)$/u.test(w)) return -2;
      continue;
    }
    if (lang === 'it' && IT_FUTURE.test(w)) return i;
    if (lang === 'es') {
      if (ES_FUTURE.test(w)) return i;
      if (ES_GOING.test(w) && bare(ws[i + 1] ?? '') === 'a' && INFINITIVE.test(bare(ws[i + 2] ?? '')))
        return i;
    }
  }
  return -1;
}

/**
 * "The national debt will rise to over $500 billion" (Ford 1975): the level a thing is to change
 * to, said right after its subject and "will <verb of change>". The card "over $500 billion —
 * national debt" stated the forecast as today's debt; the label keeps the verb ("national debt
 * will rise"). English only this narrow case: "will" foretells as often as it promises (goal.ts).
 */
const EN_FORECAST =
  /^(?<subject>.*?)\s+(?<modal>will|shall)\s+(?<verb>rise|grow|climb|increase|fall|drop|decline|reach|double|triple|go\s+up|go\s+down)(?:\s+(?:to|by))?\s+$/iu;
function englishForecast(before: string, label: string): string | null {
  if (!label) return null;
  const m = EN_FORECAST.exec(before);
  if (!m || !m.groups!.subject!.endsWith(label)) return null;
  const out = `${label} ${m.groups!.modal!} ${m.groups!.verb!.replace(/\s+/gu, ' ')}`;
  return out.split(/\s+/u).length <= MAX_WORDS ? out : '';
}

/**
 * The label of the figure at `fig` when its clause says it is planned: the plan in the speech's
 * words, or '' when it cannot be said (no card); null when the figure is no plan. `label` is the
 * label found before; `isFunction` the language's function-word test.
 */
export function plannedLabel(
  sentence: string,
  fig: Span,
  label: string,
  lang: string,
  isFunction: (w: string) => boolean,
): string | null {
  const clause = clauseOf(sentence, fig);
  const before = sentence.slice(clause.start, fig.start);
  if (englishOrUnsaid(lang)) return englishForecast(before, label);
  const l = /^(fr|it|es|de)\b/iu.exec(lang)?.[1]?.toLowerCase() as PlanLang | undefined;
  if (!l) return null;
  if (l === 'de')
    return DE_WERDEN.test(before) && DE_INFINITIVE_END.test(sentence.slice(fig.end, clause.end)) ? '' : null;
  const ws = wordsOf(before);
  const start = planStart(ws, l);
  if (start === -2) return '';
  if (start < 0) return null;
  const plan = ws.slice(start);
  // "nous ne le porterons jamais à 10 euros": a plan denied is no plan a label can keep whole
  if (NEGATION.test(before)) return '';
  // "… à 10 euros": the preposition that leads to the figure is not said of the plan
  while (plan.length > 1 && isFunction(bare(plan[plan.length - 1]!).toLowerCase())) plan.pop();
  // the noun said after the figure ("15 000 places supplémentaires de prison"): plan and noun lie
  // either side of it
  if (label && !before.includes(label) && sentence.indexOf(label, fig.end) >= 0) return '';
  if (plan.length < 2 || plan.length > MAX_WORDS || /\p{Nd}/u.test(plan.join(' '))) return '';
  return joinWords(plan);
}
