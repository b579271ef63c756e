/**
 * A figure card's label says what is counted, in the figure's own words (issue 10's worst class:
 * render19 and judge19 found labels that say only "of them", "with the antenna", "at the highest
 * level", "for the community", or a verb phrase cut from the clause). The label rules of the other
 * files read what follows or precedes a figure; this is the last look at what they gave, per
 * language, with the honest label the sentence has instead where it has one, else none (a figure
 * without a label is no card; its slide shows a line of the speech):
 *
 * - a partitive of a pronoun ("víc než 70 % z nich byli poslanci opoziční", "из них", "of them"):
 *   what "them" counts is in another sentence; the noun phrase after the copula says what the share
 *   is ("poslanci opoziční"), else no label;
 * - a relative pronoun heading the label ("moins de 2.000 euros — ceux qui touchent par mois",
 *   "los que", "coloro che"): who, never what;
 * - Greek: a share and its genitive chain ("86% των ανθρώπων των ελληνικών κοινοτήτων χάθηκαν")
 *   is cut at the second article no more, and the verb said before it follows it ("το 100% των
 *   μελών της εβραϊκής κοινότητας" + "διασώθηκε"), in the language's order; a share reached "for"
 *   someone ("Η απώλεια έφτασε στο 26% για την κοινότητα του Βόλου") is labelled by what reached it
 *   and for whom ("απώλεια για την κοινότητα του Βόλου");
 * - Croatian, Serbian, Bosnian: "s/sa/uz" and a noun ("868 metara sa antenom") say what the
 *   measure comes with, not what it measures;
 * - Arabic: a length of time and where it was spent ("87 يومًا على أعلى مستوى في هذه الحكومة يبذل
 *   جهودًا متواصلة لإنهاء هذه الحرب") is labelled by what was done in it, the verb phrase after;
 * - English: a length of time labelled by the subject of the clause after it ("for a thousand years
 *   the world's banquets have utterly ignored the baby"): that subject did something all that
 *   time; the years count no banquets;
 * - uk/pl/cs/el: a verb that opens its sentence heads its label in lower case ("28 osób — zginęło w
 *   nim do tej pory"; the capital was the sentence's);
 * - Spanish, Italian, Portuguese: a label opening on a verb and its article ("tendrá un impacto
 *   recaudatorio que puede alcanzar") is the noun phrase it names ("impacto recaudatorio"), cut
 *   before a relative clause.
 */
import { isFunctionWord } from '../lexicon';
import { isPastVerb } from './label-open';

const primary = (lang: string) => lang.split(/[-_]/u)[0]!.toLowerCase();
const words = (s: string) => s.split(/\s+/u).filter(Boolean);
const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** A preposition and a pronoun: a share "of them", whose whole is said elsewhere. */
const OF_PRONOUN =
  /^(?:z|ze|s|iz|od|spośród|из|среди|з|із|від|серед|από|of|among|de|d['’]entre|entre|tra|fra|di)\s+(?:nich|nás|vás|njih|nas|vas|них|нас|вас|их|αυτούς|αυτές|αυτά|αυτών|μας|σας|them|us|you|these|those|ellos|ellas|nosotros|eux|elles|nous|vous|loro|noi|voi)$/iu;
/** The copula a share "of them" is said with, then what the share is ("byli poslanci opoziční"). */
const COPULA_AFTER =
  /^\s+(?:byli|byly|bylo|byl|byla|jsou|je|boli|sú|były|było|są|jest|были|был|было|являются|є|були|була|було|ήταν|είναι)\s+([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}?)(?=\s*(?:$|[,.;:!?)—–]))/iu;

/** Relative and demonstrative pronouns heading a clause about who: "ceux qui", "los que", "coloro che". */
const WHO_HEAD =
  /^(?:ceux|celles|celui|celle|quiconque|aquellos|aquellas|aquel|aquella|quienes|quien|coloro|quelli|quelle|chi|aqueles|aquelas|quem|diejenigen|derjenige|diejenige|those|whoever)(?=$|\s)/iu;
const WHO_PAIR = /^(?:los|las|el|la|lo|os|as|o|a)\s+(?:que|cuales)(?=$|\s)/iu;

/** A Greek genitive article, and the endings a genitive noun or adjective takes. */
const EL_GENITIVE_ARTICLE = /^(?:των|της|του)$/u;
const EL_GENITIVE = /(?:ων|ών|ης|ής|ας|άς|ου|ού|εως)$/u;
/** Greek verbs of reaching a level: their subject is what the share measures. */
const EL_REACHED = /^(?:έφτασε|έφθασε|ανήλθε|ξεπέρασε|άγγιξε|έφτασαν|ανήλθαν|ξεπέρασαν)$/u;

/** hr/sr/bs: "s", "sa", "uz" (with) and "bez" (without) open what a measure comes with. */
const HR_WITH = /^(?:s|sa|uz|bez|са|уз|без)$/iu;

/** Arabic prepositions that say where or how, not of what ("على أعلى مستوى", "في هذه الحكومة"). */
const AR_WHERE = /^(?:على|في|عن|إلى|الى|لدى|عند|خلال)$/u;
/** An Arabic imperfect verb ("يبذل", "تعمل"): what was being done. */
const AR_DOING = /^[يت]\p{L}{2,}$/u;

/** Articles of Spanish, Italian, Portuguese and French: a word before one heading a label is its verb. */
const ARTICLES: Record<string, RegExp> = {
  es: /^(?:un|una|unos|unas|el|la|los|las)$/iu,
  it: /^(?:un|una|uno|un['’]|il|lo|la|l['’]|i|gli|le)$/iu,
  pt: /^(?:um|uma|uns|umas|o|a|os|as)$/iu,
  fr: /^(?:un|une|le|la|l['’]|les|des)$/iu,
};
/** Whether a word is an article of a Romance language (`lang`); false for other languages. */
export function isRomanceArticle(word: string, lang: string): boolean {
  return !!ARTICLES[primary(lang)]?.test(word);
}
const ROMANCE_RELATIVE = /^(?:que|cui|il\s+quale|la\s+quale|cuyo|cuya|donde|dove|onde|che)$/iu;

/**
 * The label `label` of a figure of `sentence` (at `start`–`end`, relative to it), made honest per
 * the rules above; the label as given when none applies.
 */
export function honestLabel(
  sentence: string,
  f: { start: number; end: number; value: string; kind: string },
  label: string,
  lang: string,
): string {
  const l = primary(lang);
  const after = sentence.slice(f.end);
  const ws = words(label);
  if (!ws.length) return label;
  // "víc než 70 % z nich byli poslanci opoziční": the noun phrase after the copula, or none
  if (OF_PRONOUN.test(label.trim())) {
    const rest = after.slice(after.indexOf(label) + label.length);
    const np = COPULA_AFTER.exec(rest)?.[1] ?? '';
    const npWords = words(np);
    return npWords.length >= 2 && npWords.every((w) => !isFunctionWord(w, lang)) ? np : '';
  }
  if (WHO_HEAD.test(label) || WHO_PAIR.test(label)) return '';
  // ("Zginęło w nim do tej pory", "Проголосувало в залі": the capital is the sentence's, render19)
  if (/^\p{Lu}/u.test(label) && sentence.trimStart().startsWith(ws[0]!) && isPastVerb(bare(ws[0]!), lang))
    label = label.charAt(0).toLowerCase() + label.slice(1);
  if (l === 'el') return greekLabel(sentence, f, label);
  if ((l === 'hr' || l === 'sr' || l === 'bs') && HR_WITH.test(bare(ws[0]!)) && ws.length <= 3) return '';
  if (l === 'ar') return arabicLabel(after, f, label);
  // "for a thousand years the world's banquets have utterly ignored the baby": the subject of the
  // clause after a length is what did something all that time, not what the years count (render19)
  if ((l === 'en' || !l) && f.kind === 'duration' && subjectAfter(after, label)) return '';
  if (l === 'es' || l === 'it' || l === 'pt') return romanceLabel(label, lang);
  return label;
}

/** Whether `label` is said right after a figure as the subject of a verb that follows it. */
function subjectAfter(after: string, label: string): boolean {
  const at = after.indexOf(label);
  if (at < 0 || !/^\s+(?:the\s+|a\s+|an\s+)?$/iu.test(after.slice(0, at))) return false;
  return /^\s+(?:have|has|had|is|are|was|were|will|would|can|could|\p{Ll}{3,}ed)(?![\p{L}])/u.test(
    after.slice(at + label.length),
  );
}

/** The genitive chain right after a Greek figure ("των μελών της εβραϊκής κοινότητας"), or ''. */
function greekGenitiveChain(after: string): string[] {
  const ws = words(after);
  const out: string[] = [];
  for (const w of ws) {
    const b = bare(w);
    if (!b) break;
    if (EL_GENITIVE_ARTICLE.test(b) || (out.length && EL_GENITIVE.test(b))) out.push(b);
    else break;
    if (b !== w) break;
  }
  while (out.length && EL_GENITIVE_ARTICLE.test(out.at(-1)!)) out.pop();
  return out.length >= 2 ? out : [];
}

function greekLabel(sentence: string, f: { start: number; end: number }, label: string): string {
  const after = sentence.slice(f.end);
  const chain = greekGenitiveChain(after);
  const before = words(sentence.slice(0, f.start)).map(bare);
  if (chain.length) {
    // the verb said after the chain ("… κοινοτήτων χάθηκαν"), else the one said before the figure
    const next = bare(words(after)[chain.length] ?? '');
    // (not one with its own subject before it: "Η Ελλάδα θρήνησε πάνω από το 70% του εβραϊκού
    // πληθυσμού" is Greece mourning; "… πληθυσμού θρήνησε" made the population the mourner, judge26)
    const said = before.slice(-3).findLastIndex((w) => isPastVerb(w, 'el'));
    const at = before.length - Math.min(3, before.length) + said;
    const verb = isPastVerb(next, 'el')
      ? next
      : said >= 0 && !/^(?:ο|η|οι)$/iu.test(before[at - 2] ?? '')
        ? before[at]!
        : '';
    const out = verb && chain.length < 6 ? [...chain, verb] : chain;
    return out.slice(0, 6).join(' ');
  }
  // "Η απώλεια έφτασε στο 26% για την κοινότητα του Βόλου": what reached the share, and for whom
  if (/^για\s/u.test(label)) {
    const reached = before.findLastIndex((w) => EL_REACHED.test(w));
    const subject = reached >= 1 ? before[reached - 1]! : '';
    const phrase = /^\s+(για\s+(?:την|τον|το|τη|τους|τις|τα)\s+\p{L}+(?:\s+(?:του|της|των)\s+\p{L}+)?)/u.exec(
      after,
    )?.[1];
    if (subject && !EL_GENITIVE_ARTICLE.test(subject) && phrase && words(phrase).length <= 5)
      return `${subject} ${phrase}`;
    return '';
  }
  return label;
}

function arabicLabel(after: string, f: { kind: string }, label: string): string {
  const first = bare(words(label)[0] ?? '');
  if (!AR_WHERE.test(first)) return label;
  // a length of time: what was done in it, said after where ("يبذل جهودًا متواصلة لإنهاء هذه الحرب")
  if (f.kind !== 'duration') return '';
  const clause = after.split(/[،,.;:!?؟]/u)[0] ?? '';
  const ws = words(clause);
  const at = ws.findIndex((w) => AR_DOING.test(bare(w)));
  if (at < 0) return '';
  const phrase = ws.slice(at, at + 6).map(bare);
  return phrase.length >= 3 && phrase.every(Boolean) ? phrase.join(' ') : '';
}

function romanceLabel(label: string, lang: string): string {
  const ws = words(label);
  // "tendrá un impacto recaudatorio que puede alcanzar": a verb and its article before the noun
  if (ws.length < 3 || isFunctionWord(ws[0]!, lang) || !isRomanceArticle(ws[1]!, lang)) return label;
  const np = ws.slice(2);
  const rel = np.findIndex((w) => ROMANCE_RELATIVE.test(bare(w)));
  const cut = rel >= 0 ? np.slice(0, rel) : np;
  while (cut.length && isFunctionWord(cut.at(-1)!, lang)) cut.pop();
  return cut.length >= 2 ? cut.join(' ') : '';
}
