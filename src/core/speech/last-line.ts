/**
 * The last resort of a content slide's body: a slide never shows its title alone when its notes
 * hold a line. When no list, figure, quote, key line or key phrases were found, the slide shows
 * its best own sentence even if it leans on the one before ("He was wrong, wrong, and wrong."),
 * or the head clause of a self-corrected sentence ("He's willing to give his life for his
 * country" of "… for his country and all the folks who are with — came with him today.").
 * A sentence too long to show gives its head clause, when that is a statement of its own.
 * Never a question, a thanks, a line said to someone in the room, a slip or a web address.
 */
import { introLength, opensOnPreposition, pairing } from './items';
import { isFunctionWord } from './lexicon';
import {
  asksForAnswer,
  isAnnouncement,
  isSelfCorrected,
  isThrowaway,
  quoteScore,
  unbalancedQuotes,
} from './quotable';
import { ADDRESSED, leansBack, opensWithTitle } from './striking';
import { primaryLang } from './lang';
import { unsignedQuotation } from './reported';
import { takesUpNoun } from './connective';
import { capitalize, wordsOf } from './text';
import { taggedDoc, taggedTerms } from './tagger';

/** Whether the tagger reads a phrase's last word, where the sentence says it, as a noun ("…seeking refuge", not "…hardly looks like"). */
export function endsOnNoun(phrase: string, sentence: string): boolean {
  const last = (phrase.trim().split(/\s+/u).pop() ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '');
  // (the build's shared parse of the sentence: its words and tags are compromise's own, read once)
  return taggedTerms(sentence).some(
    (t) => t.text.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '') === last && t.tags.includes('Noun'),
  );
}

/** Fewest words of a last-resort line. */
const MIN_WORDS = 4;

/** Words a head clause may not open with: it would be a subordinate clause or a phrase, not a statement. */
const NOT_A_HEAD =
  /^(?:and|but|or|so|yet|as|if|when|while|although|though|because|since|until|unless|whether|in|on|at|of|for|with|by|from|to|after|before|what|how|why|where|who|which)\b/iu;

/**
 * The head of a self-corrected sentence: the words before its first dash, cut at the last "and"
 * or comma before it, when that leaves a whole clause of 6 words or more ending on a content word.
 */
export function headBeforeSlip(sentence: string, lang = ''): string | null {
  const before = sentence.split(/\s[—–]\s|\s--\s/u)[0] ?? '';
  if (before === sentence) return null;
  const cut = Math.max(before.lastIndexOf(' and '), before.lastIndexOf(', '));
  if (cut <= 0) return null;
  const head = before.slice(0, cut).trim();
  const words = wordsOf(head);
  if (words.length < 6 || !/^\p{Lu}/u.test(head) || /[,;:]$/u.test(head) || NOT_A_HEAD.test(head))
    return null;
  // a cut between two adjectives ("challenged by urgent and looming crises") leaves no whole clause
  if (!endsOnNoun(head, sentence)) return null;
  if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang)) return null;
  return isSelfCorrected(head, lang) ? null : head;
}

/**
 * The head clause of a sentence too long to show, before a comma that opens a relative or
 * coordinate clause ("We should be civil because we want to live up to the example of public
 * servants like John Roll and Gabby Giffords, who knew…"): a statement of its own, 6 words or more.
 */
export function headClause(sentence: string, lang = ''): string | null {
  const m = /,\s+(?:who|which|and|but|so|while|where|including)\b/iu.exec(sentence);
  if (!m) return null;
  const head = sentence.slice(0, m.index).trim();
  const words = wordsOf(head);
  // a simple clause, no comma in it (a cut inside a series leaves its last item out)
  if (words.length < 6 || !/^\p{Lu}/u.test(head) || NOT_A_HEAD.test(head) || /[—–,;:]|--/u.test(head))
    return null;
  if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang) || !endsOnNoun(head, sentence))
    return null;
  return head;
}

/** What opens a clause that restates or spells out the one before ("…, meaning they reserve …"). */
const RESTATED =
  /(?:,\s+|;\s+|\s[—–]\s)(?:meaning(?:\s+that)?|that\s+is,?|in\s+other\s+words,?|namely,?|which\s+means(?:\s+that)?)\s+/giu;
/** Where such a clause ends: the next coordinate or relative clause, or a dash or semicolon. */
const CLAUSE_END = /,\s+(?:and|but|so|while|which|who|where|whereas)\b|;|\s[—–]\s/u;

/**
 * The Greek complementiser "ότι" ("that"): it opens a clause that says the claim of the frame before
 * it ("είναι δυστυχώς κοινός τόπος ότι…", "it is sadly common ground that…"). Unlike English "that"
 * or Romance "que" it is never a relative nor a demonstrative, and the clause after it keeps a main
 * clause's word order, so it reads whole on its own.
 */
const GREEK_THAT = /(?:^|[\s,])ότι\s+/gu;
/** Fewest and most words of the claim said after "ότι" (claimClause). */
const CLAIM_WORDS = [6, 24] as const;

/**
 * The claim a long Greek sentence makes after "ότι", when it runs to the sentence's end: "Ειδικά
 * για εμάς τους Έλληνες … είναι δυστυχώς κοινός τόπος ότι | ο θάνατος, ο ξεριζωμός και η
 * προσφυγιά παραμένουν ένας θλιβερός κοινός παρονομαστής για την ανθρωπότητα." (Greek Parliament,
 * Holocaust Remembrance Day 2022, judge26/30): the statement, where the frame before it is a
 * fronted phrase and an impersonal "it is…". 6–24 words, opened by a lower-case word, no other
 * "ότι" in it; capitalised, with the sentence's own stop.
 */
export function claimClause(sentence: string, lang = ''): string | null {
  if (primaryLang(lang) !== 'el') return null;
  const s = sentence.trim();
  const found = [...s.matchAll(GREEK_THAT)].at(-1);
  if (!found || wordsOf(s.slice(0, found.index)).length < 3) return null;
  const clause = s.slice(found.index + found[0].length).trim();
  const n = wordsOf(clause).length;
  if (n < CLAIM_WORDS[0] || n > CLAIM_WORDS[1] || !/^\p{Ll}/u.test(clause) || !/[.!]$/u.test(clause))
    return null;
  return leansBack(clause, lang) ? null : capitalize(clause);
}

/**
 * The clause a long sentence spells out its point in, when its head is no statement ("Now, as long
 * as they do that …, meaning they reserve unto themselves the right to commit any crime, to lie, to
 * cheat, in order to attain that, and that is moral, …"): a subject and its verb, 6 words or more.
 */
export function restatedClause(sentence: string): string | null {
  for (const m of sentence.matchAll(RESTATED)) {
    const rest = sentence.slice(m.index + m[0].length);
    const end = CLAUSE_END.exec(rest);
    const clause = (end ? rest.slice(0, end.index) : rest).replace(/[,;:]+$/u, '').trim();
    if (wordsOf(clause).length < 6) continue;
    const doc = taggedDoc(clause);
    if (!doc.has('^#Pronoun #Adverb? #Verb') && !doc.has('^#Determiner? #Noun+ #Adverb? #Verb')) continue;
    return capitalize(clause);
  }
  return null;
}

/**
 * What opens a sentence with a clause or phrase before its main clause ("Whether in Singapore…, "),
 * past a connective ("And while no democracy is perfect, …").
 */
const FRONTED =
  /^(?:(?:and|but|yet|so)\s+)?(?:whether|if|when|while|although|though|as|once|in|on|at|for|with|by|from|after|before|since|because|throughout|across|like)\b/iu;

/**
 * The main clause of a long sentence opened by a fronted clause or phrase ("Whether in Singapore or
 * Vietnam, Southeast Asia or the Indo-Pacific region, the United States intends to strengthen our
 * participation and partnership with our partners and allies, and further…" → "The United States
 * intends to strengthen our participation and partnership with our partners and allies"): a subject
 * and its verb after a comma, up to the next coordinate or relative clause, 6 words or more, no
 * comma inside, ending on a noun (judge15: a minute of such periods had nothing on screen).
 */
export function mainClause(sentence: string, lang = ''): string | null {
  if (!FRONTED.test(sentence.trim())) return null;
  // (the main clause may follow the dash that closes an aside: "And while no democracy is
  // perfect, including the United States — who will continue to struggle … — democracy remains
  // the best tool we have to unleash our full human potential.", judge17)
  for (const m of sentence.matchAll(/,\s+|\s[—–]\s+/gu)) {
    const rest = sentence.slice(m.index + m[0].length);
    if (
      /^(?:and|but|or|so|as|which|who|where|when|while|if|because|since|though|although|understanding|including)\b/iu.test(
        rest,
      )
    )
      continue;
    const end = CLAUSE_END.exec(rest) ?? /,\s/u.exec(rest);
    const clause = (end ? rest.slice(0, end.index) : rest).replace(/[,;:.!?]+$/u, '').trim();
    const words = wordsOf(clause);
    if (words.length < 6 || /[,;:—–]/u.test(clause)) continue;
    const doc = taggedDoc(clause);
    if (!doc.has('^#Pronoun #Adverb? #Verb') && !doc.has('^#Determiner? #Adjective? #Noun+ #Adverb? #Verb'))
      continue;
    if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang) || !endsOnNoun(clause, sentence))
      continue;
    return capitalize(clause);
  }
  return null;
}

/**
 * The statement a long sentence opens with before a spaced dash ("This is all about saving lives —
 * there's no ambiguity here — working with partners…" → "This is all about saving lives"): a
 * subject and its verb, 4 words or more, no comma inside, not ending on a function word. A slide
 * of thanks and asides had nothing else to show (judge16: 53 s of Biden's opening, an empty slide).
 */
export function dashHead(sentence: string, lang = ''): string | null {
  const m = /\s[—–]\s/u.exec(sentence);
  if (!m) return null;
  const head = sentence.slice(0, m.index).trim();
  const words = wordsOf(head);
  if (words.length < 4 || /[,;:]/u.test(head) || isFunctionWord(words[words.length - 1]!.toLowerCase(), lang))
    return null;
  if (isSelfCorrected(head, lang)) return null;
  const doc = taggedDoc(head);
  if (
    !doc.has('^(#Pronoun|#Determiner) #Adverb? #Verb') &&
    !doc.has('^#Determiner? #Adjective? #Noun+ #Adverb? #Verb')
  )
    return null;
  return head;
}

/** French openings of an impersonal "il", which points back to nothing ("Il aura fallu attendre…"). */
const IMPERSONAL_FR =
  /^il\s+(?:(?:a|aura|aurait|avait)\s+fallu|faut|fallait|fallut|faudra|faudrait|y\s+a|y\s+avait|y\s+aura|est\s+temps|s['’]agit|reste|suffit)\b/iu;
/** French subjects that open a statement of the speaker's own ("Nous avons…", "Je crois…"). */
const SUBJECT_FR = /^(?:je|j['’]|nous|on)\s*\p{L}/iu;

/**
 * The head of a sentence too long to show, up to its first semicolon, when the sentence's clauses
 * are parted by semicolons: a statement of its own, shown as said, with no full stop the speaker
 * did not say there (judge17: "I ran for president with a fundamentally different vision: to build
 * the economy from the middle out and the bottom up instead of the top down; to grow…" →
 * "I ran for president … instead of the top down"; « Il aura fallu attendre près d’un siècle pour
 * qu’enfin, le 21 octobre 1945, trente-trois femmes entrent … dans cet hémicycle ; encore vingt ans
 * … »). It opens on a subject and its verb (English: the tagger reads them; French: a subject
 * pronoun or an impersonal "il"), ends on a content word, 6 words or more.
 */
export function semicolonHead(sentence: string, lang = ''): string | null {
  const m = /\s?;\s/u.exec(sentence);
  if (!m) return null;
  const head = sentence.slice(0, m.index).trim();
  const words = wordsOf(head);
  if (words.length < 6 || !/^\p{Lu}/u.test(head) || NOT_A_HEAD.test(head) || /[:,]$/u.test(head)) return null;
  if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang) || isSelfCorrected(head, lang))
    return null;
  const l = primaryLang(lang);
  if (l === 'fr') return IMPERSONAL_FR.test(head) || SUBJECT_FR.test(head) ? head : null;
  // (a head that points back, "They call to us to say…", says nothing on its own)
  if ((l !== '' && l !== 'en') || leansBack(head, lang)) return null;
  // the clause before any colon opens on its subject and verb ("I ran for president…")
  const doc = taggedDoc(head.split(/:\s/u)[0]!);
  if (!doc.has('^#Pronoun #Adverb? #Verb') && !doc.has('^#Determiner? #Adjective? #Noun+ #Adverb? #Verb'))
    return null;
  return endsOnNoun(head, sentence) ? head : null;
}

/** Subordinators of the Romance languages that open a clause before the main one ("Si…,", "Quando…,"). */
const SUBORDINATE_HEAD =
  /^(?:si|se|cuando|quando|quand|lorsque|aunque|embora|bien|benché|porque|perché|parce|puisque|como|comme|come|mientras|enquanto|mentre|que|qui|che|donde|onde|dove|où)\b/iu;

/**
 * The head of a long period before its first comma, when it says something of its own: 6 words or
 * more, no dash, colon or semicolon in it, not an opening phrase (items.ts) nor a subordinate
 * clause, not ending on a function word ("Palabras para manifestar nuestra solidaridad con el
 * pueblo turco, con el camerunés y con todos los países que hoy lloran…"). The very last resort:
 * a slide of one or two long periods showed its title alone (es-lopez "Lacra terrorista").
 */
export function commaHead(sentence: string, lang = ''): string | null {
  const m = /,\s/u.exec(sentence);
  // (a question's head is no statement: "Will we affirm and uphold the human dignity … under
  // which nations in common cause" of Biden's "…, more than seven decades ago, formed this
  // institution?", UNGA 2021)
  if (!m || asksForAnswer(sentence)) return null;
  const head = sentence.slice(0, m.index).trim();
  const words = wordsOf(head);
  if (/[;:—–]|\s-\s|--/u.test(head)) return null;
  // (nor a phrase set before the main clause: "En la celebración del bicentenario de la
  // independencia de México y el centenario de su revolución, | rendimos homenaje…", Obama 2010;
  // the head then goes on to where the period goes on with a clause of its own: clauseHead)
  if (
    words.length < COMMA_HEAD_MIN_WORDS ||
    NOT_A_HEAD.test(head) ||
    SUBORDINATE_HEAD.test(head) ||
    opensOnPreposition(head, lang) ||
    introLength(wordsOf(sentence), lang) > 0
  )
    return clauseHead(sentence, lang);
  if (!/^\p{Lu}/u.test(head)) return null;
  if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang) || isSelfCorrected(head, lang))
    return null;
  // a short phrase set off by commas right after the head names what the head points at, or goes
  // on its series: "…a ciò che mantiene il Paese stabile, la disciplina finanziaria, e a ciò che …"
  // (Monti, Senato 2011, judge24 B1) cut there drops both things the sentence names
  const next = /^([^,;:.!?]+),\s/u.exec(sentence.slice(m.index + m[0].length));
  if (next && wordsOf(next[1]!).length <= 4) return null;
  return leansBack(head, lang) ? null : head;
}

/** Fewest words on each side of the comma and "and" where a period goes on with another clause (clauseHead). */
const CLAUSE_SIDE_WORDS = 3;

/**
 * The head of a long period that opens on a phrase set before its main clause, up to the comma
 * and "and" where it goes on with another clause ("En aquesta època, acabada la seva etapa
 * institucional, aprofundeix en l'estudi … de personatges de l'anarquisme oblidats, així com la
 * literatura, | i publica Naufragis quotidians el 99, …", Riba, homenatge a Dalmau 2022): the
 * main clause whole, rather than key phrases picked out of the period ("Documentació exhaustiva /
 * Violència social / L'anarquisme oblidats", judge30). A comma and "and" after a word or two ends
 * a series, not a clause ("families, workers, businesses, and communities"): the cut is where
 * CLAUSE_SIDE_WORDS words or more stand on each side, and the words after "and" do not open as
 * the phrase before them did. Null when there is no such place.
 */
function clauseHead(sentence: string, lang: string): string | null {
  const and = pairing(lang);
  const pieces = sentence.split(/(?<=,)\s+/u);
  for (let k = 1; k < pieces.length; k++) {
    const [first, ...rest] = wordsOf(pieces[k]!);
    if (!first || !and.test(first)) continue;
    const after = rest.join(' ').split(/[,;:.!?]/u)[0] ?? '';
    if (wordsOf(pieces[k - 1]!).length < CLAUSE_SIDE_WORDS || wordsOf(after).length < CLAUSE_SIDE_WORDS)
      continue;
    // (nor where the words after "and" open as the phrase before did: "…à la contribution de la
    // richesse acquise, à la répression de la fraude, | et surtout à la reprise de l'activité
    // générale", Blum 1936, is a series of three)
    const opener = wordsOf(pieces[k - 1]!)[0]!.toLowerCase();
    if (rest.slice(0, 2).some((w) => w.toLowerCase() === opener)) continue;
    const head = pieces.slice(0, k).join(' ').replace(/,$/u, '').trim();
    const words = wordsOf(head);
    if (!/^\p{Lu}/u.test(head) || /[;:—–]|\s-\s|--/u.test(head)) return null;
    if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang)) return null;
    return leansBack(head, lang) ? null : head;
  }
  return null;
}

/** A question, as said: it ends on its question mark (a closing quotation mark after it). */
const QUESTION = /[?？؟][”"»’)]*$/u;

/** Most words of a line that only points back (lastResortLine). */
const SHORT_BACK = 6;

/** A quantity said without its noun at a line's end ("…so many more.", "…and others."). */
const ELIDED_NOUN = /\s(?:more|others|many|several)[.!]?$/iu;

/**
 * The best line of `sentences` within `maxWords` words, or null. `pointing`: a short plain line
 * that only points back is taken too (the very last resort: "Sviluppo economico", Monti 2011).
 * `asking`: a question is taken too, whole (a slide of questions that nothing else says: "Are the
 * great principles of political freedom and of natural justice, embodied in that Declaration of
 * Independence, extended to us?", Douglass 1852), never cut to a head that drops its question mark.
 */
export function lastResortLine(
  sentences: readonly string[],
  title: string,
  maxWords: number,
  lang = '',
  pointing = false,
  asking = false,
): string | null {
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const raw of sentences) {
    const whole = raw.trim();
    // someone's quoted words the slide does not say whose they are read as the speaker's (reported.ts)
    if (unsignedQuotation(whole, sentences, lang)) continue;
    const question = asking && QUESTION.test(whole);
    if (question && (wordsOf(whole).length > maxWords || isSelfCorrected(whole, lang))) continue;
    // (a statement whole before its first dash stands, whatever is said after it: "This is all
    // about saving lives — there's no ambiguity here — …")
    let line = isSelfCorrected(whole, lang) ? (headBeforeSlip(whole, lang) ?? dashHead(whole, lang)) : whole;
    if (line && wordsOf(line).length > maxWords)
      line =
        headClause(line, lang) ??
        restatedClause(line) ??
        mainClause(line, lang) ??
        dashHead(line, lang) ??
        semicolonHead(line, lang) ??
        claimClause(line, lang);
    if (!line) continue;
    const n = wordsOf(line).length;
    if (n < MIN_WORDS || n > maxWords) continue;
    // a line that stops on a comma or a semicolon is a clause whose sentence goes on ("Mark Harding
    // in the UK, who saw … the intensive care unit he was working in;", WHO HRH Forum 2023), and one
    // that takes up the last sentence's noun ("Desafíos que España, mi país, encara…") has no verb
    // ("There are so many more.": a short line that ends on a quantity whose noun was said before
    // points at what is not on screen)
    if (
      /[,;:，；：、]$/u.test(line) ||
      takesUpNoun(line, sentences, lang) ||
      (n <= 8 && ELIDED_NOUN.test(line))
    )
      continue;
    if (
      (asksForAnswer(line) && !question) ||
      isThrowaway(line, lang) ||
      ADDRESSED.test(line) ||
      unbalancedQuotes(line) ||
      /https?:\/\/|www\./iu.test(line)
    )
      continue;
    if (!/^[\p{Lu}\p{Lo}“"«]/u.test(line) || opensWithTitle(line, title)) continue;
    // a short plain line that only points back ("That is our responsibility.", Obama 2009, judge25
    // F2) says nothing on its own; a short one with its own rhetoric stands ("He was wrong, wrong,
    // and wrong.")
    // ("This …" points at the matter in hand and stands: "This is all about saving lives", Biden)
    const back = leansBack(line, lang) && !/^this\s/iu.test(line);
    if (!pointing && n <= SHORT_BACK && back && quoteScore(line, lang, maxWords) === 0) continue;
    // a line that stands on its own beats one that leans back; then the more quotable, the fuller (to 12 words)
    // (and one that only announces its point, "…but I will tell you about it.", comes last: quotable.ts)
    const score =
      (leansBack(line, lang) || isAnnouncement(line) ? 0 : 3) +
      quoteScore(line, lang, maxWords) +
      Math.min(n, 12) / 12;
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

/** Fewest words of a period's head cut at a comma (commaHead, longestCommaHead). */
const COMMA_HEAD_MIN_WORDS = 6;
/** Fewest words of the head's last part after its comma: fewer is an aside ("…, I think"). */
const COMMA_HEAD_LAST_WORDS = 3;

/**
 * The longest head of a long period that ends at one of its commas and fits `maxWords`: the very
 * last resort of a slide of one period too long to show, with no clause that stands on its own
 * ("With malice toward none, with charity for all, …, let us strive on to finish the work we are
 * in, to bind up the nation's wounds" of Lincoln's 74-word closing period, 1865, judge35: the last
 * slide was empty). At least 6 words, opened by a capital, not ending on a function word, its
 * quotation marks balanced; never a question's head. Null when no such head fits.
 */
export function longestCommaHead(sentences: readonly string[], maxWords: number, lang = ''): string | null {
  let best: string | null = null;
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (asksForAnswer(sentence) || !/^\p{Lu}/u.test(sentence)) continue;
    let from = 0;
    for (const m of sentence.matchAll(/,\s/gu)) {
      const head = sentence.slice(0, m.index).trim();
      const words = wordsOf(head);
      if (words.length > maxWords) break;
      // (never on an aside set off by commas: "…over 27 times, I think", Biden 2021)
      const part = wordsOf(sentence.slice(from, m.index)).length;
      from = m.index + m[0].length;
      if (part < COMMA_HEAD_LAST_WORDS) continue;
      if (words.length < COMMA_HEAD_MIN_WORDS || (best && words.length <= wordsOf(best).length)) continue;
      if (isFunctionWord(words[words.length - 1]!.toLowerCase(), lang) || unbalancedQuotes(head)) continue;
      best = head;
    }
  }
  return best;
}
