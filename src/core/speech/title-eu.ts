/**
 * French, German and Italian titles that are no headline (issue 10, judge13): key phrases cut out
 * of their clause, in the form the clause gave them.
 * - a demonstrative or "qualsiasi" opens it ("Ces parcours", "Questa scelta", "Qualsiasi
 *   nostalgia"): it points back to, or hangs on, what the title cannot show;
 * - a preposition opens it ("D’un cap", "Di pace", "Zur Zukunft"): a complement without its head;
 * - a verb opens it: a modal ("Debbono conquiste"), an infinitive with no article after it
 *   ("Recourir simplement"), a French past participle with its object ("Préféré l’esprit
 *   d’ouverture");
 * - it ends on a verb: a German title on a lower-case word (nouns are capitalised: "Tabak
 *   nimmt zu"), a French or Italian one on a verb of change ("Tabac augmente");
 * - a German adjective inflected for the article it lost ("Deutschen Welle" out of "der
 *   Deutschen Welle"): the base form is "Deutsche Welle".
 * No morphology: word lists and endings only those forms have.
 */
import { articles, conjunctions } from './lexicon';
import { alternation, oneOf } from './word-classes';

const DEMONSTRATIVE =
  /^(?:ce|cet|cette|ces|celui|celle|ceux|celles|questo|questa|questi|queste|quello|quella|quelli|quelle|qualsiasi|qualunque|dieser|diese|dieses|diesen|diesem|jener|jene|jenes)$/iu;
const PREPOSITION: Record<string, RegExp> = {
  fr: /^(?:d['’]\p{L}*|de|du|à|au|aux|dans|par|pour|sur|avec|sans|sous|entre|vers|chez|contre|depuis|pendant)$/iu,
  it: /^(?:d['’]\p{L}*|di|a|da|dal|dalla|in|nel|nella|con|su|sul|sulla|per|tra|fra|verso|senza|contro)$/iu,
  de: /^(?:von|vom|zu|zum|zur|mit|für|aus|bei|beim|nach|über|unter|durch|gegen|ohne|seit|trotz|wegen)$/iu,
};
/**
 * Finite modal and auxiliary verbs ("Debbono conquiste", "Doit avancer"; in any place of a key
 * phrase, phrase-eu.ts: "Parlement devront aller", "Pudieran obtener", judge19): a clause's verb.
 */
export const MODAL =
  /^(?:deve|devono|debbono|debba|dobbiamo|dovrà|dovranno|dovrebbe|può|possono|possiamo|potrà|potranno|potrebbe|vuole|vogliono|vogliamo|occorre|bisogna|dois|doit|doivent|devons|devez|devra|devront|devrait|devraient|peux|peut|peuvent|pouvons|pouvez|pourra|pourront|pourrait|pourraient|faut|faudra|faudrait|veux|veut|veulent|voulons|voulez|voudra|voudront|voudrait|debe|deben|debemos|deberá|deberán|debería|deberían|puede|pueden|podemos|podrá|podrán|podría|podrían|pudiera|pudieran|pueda|puedan|quiere|quieren|queremos|muss|müssen|soll|sollen|sollte|sollten|kann|können|könnte|könnten|will|wollen|darf|dürfen)$/iu;
/** A French or Italian infinitive ("recourir", "rétablir", "garantire"). */
const INFINITIVE: Record<string, RegExp> = {
  fr: /^\p{L}{3,}(?:er|ir|re)$/iu,
  it: /^\p{L}{3,}(?:are|ere|ire)$/iu,
};
/** Nouns and adjectives that end as an infinitive does. */
const NOT_INFINITIVE =
  /^(?:premier|dernier|entier|hier|hiver|mer|fer|cher|fier|amer|enfer|métier|quartier|papier|avenir|désir|plaisir|loisir|pouvoir|devoir|savoir|espoir|soir|miroir|territoire|histoire|mémoire|victoire|gloire|ministre|centre|titre|autre|notre|votre|lettre|être|maître|membre|nombre|ordre|libre|pare|mare|carattere|potere|dovere|piacere|sapere|parere|mestiere|cantiere|giornaliere|consigliere|quartiere|cavaliere|infermiere|avvenire|desire)$/iu;
/** French and Italian verbs of change, in the forms a clause ends on ("Tabac augmente"). */
const CHANGE_VERB =
  /^(?:augmente|augmentent|diminue|diminuent|baisse|baissent|progresse|progressent|recule|reculent|explose|explosent|chute|chutent|croît|croissent|stagne|aumenta|aumentano|diminuisce|diminuiscono|cresce|crescono|cala|calano|scende|scendono|sale|salgono)$/iu;
/**
 * Italian verbs of state, judgement and make-up in the third person, as a clause ends a title cut
 * before its complement ("Governo riconosce" of "Il Governo riconosce di essere nato…", "Sistema
 * pensionistico rimane" of "Il nostro sistema pensionistico rimane però caratterizzato…", "Abitazioni
 * principali costituisce" of "L'esenzione dall'ICI delle abitazioni principali costituisce…";
 * Monti, Senato 2011, judge24): the "-isce" verbs, "(ri)conosce", and the common ones, listed.
 */
const IT_FINITE_END =
  /^(?:\p{L}{3,}(?:isce|iscono)|(?:ri)?conosce|(?:ri)?conoscono|rimane|rimangono|resta|restano|sembra|sembrano|appare|appaiono|diventa|diventano|permane|permangono|rappresenta|rappresentano|comporta|comportano|richiede|richiedono|consente|consentono|riguarda|riguardano|dipende|dipendono|esiste|esistono|manca|mancano|ritiene|ritengono|intende|intendono|sostiene|sostengono|afferma|affermano|chiede|chiedono|vuole|vogliono|ha|hanno)$/iu;
const ARTICLE = new RegExp(String.raw`^(?:l['’]\p{L}*|${alternation(articles(['fr', 'it']))})$`, 'iu');
const ORDINAL =
  /^(?:premier|première|second|seconde|deuxième|troisième|dernier|dernière|primo|prima|secondo|seconda|terzo|terza|ultimo|ultima|erste|erster|zweite|zweiter|dritte|letzte)$/iu;
const COMMON_VERB =
  /^(?:est|sont|vit|vivent|fait|font|va|vont|dit|disent|voit|voient|peut|doit|sait|vient|viennent|met|prend|porte|donne|reste|è|sono|fa|fanno|va|vanno|dice|vede|sa|viene|ist|sind|hat|haben|wird|werden|gibt)$/iu;
/** Conjunctions and the connectives said like one ("donc", "quindi", "denn"). */
const CONJUNCTION = oneOf(conjunctions(['fr', 'it', 'de']), [
  'donc',
  'car',
  'or',
  'però',
  'quindi',
  'denn',
  'doch',
]);
/** A French verb with its subject clitic after it ("devrait-elle", "faut-il"). */
const CLITIC = /^\p{L}+-(?:t-)?(?:il|elle|ils|elles|on|nous|vous|je)$/iu;
/** The French future ("tranchera", "seront"), in forms no noun has. */
const FUTURE =
  /^\p{L}{3,}(?:era|ira|eront|iront|erons|irons|erez|irez)$|^\p{L}{2,}(?:rrez|rrons|rront|urez|urons)$/iu;
/**
 * French finite verbs a headline has none of ("Chemin fut tracé", "Demeurent libres", "Devint
 * français"): the simple past, the imperfect, the present of the verbs of state, listed.
 */
const FR_FINITE =
  /^(?:fut|furent|était|étaient|avait|avaient|ont|demeurent|restent|deviennent|devint|devinrent|semblent|parut|\p{L}{3,}(?:èrent|irent|urent))$/iu;
/** A French participle feminine or plural ("cousue", "proclamées"), agreeing with a noun. */
const FR_AGREEING_PARTICIPLE = /^\p{L}{3,}(?:ée|ées|ues|sue|çue|cue|due|tue|nue|ise|ises)$/iu;
/** The Italian auxiliaries in their finite forms ("abbiano dichiarato", "è stato", "sono nati"). */
const IT_AUXILIARY =
  /^(?:ho|hai|ha|abbiamo|avete|hanno|abbia|abbiano|avevano|aveva|avrà|avranno|è|sono|sia|siano|era|erano|fu|furono|sarà|saranno|siamo|siete)$/iu;
/** Italian verbs a decree's walk-through opens with ("detta disposizioni", "reca norme"). */
export const IT_OPENING_VERB =
  /^(?:detta|reca|prevede|introduce|dispone|stabilisce|disciplina|contiene|riguarda|modifica)$/iu;
/** Words an article may follow inside a noun phrase: prepositions and conjunctions. */
const LINK =
  /^(?:de|d['’]\p{L}*|du|des|à|au|aux|en|dans|par|pour|sur|avec|sans|entre|et|ou|di|a|da|in|con|su|per|tra|fra|e|o|del|della|dei|degli|delle|dal|dalla|nel|nella)$/iu;
/** A German adjective's ending (with "-en"/"-em" of a case after an article). */
const DE_INFLECTED = /^\p{Lu}\p{Ll}*(?:isch|lich|ig|bar|sam|haft|sch|al|ell|iv|ant|ent|er)(?:en|em)$/u;

/** Why a French, German or Italian title is no headline, or null. */
export function euTitleProblem(title: string, lang: string): string | null {
  if (lang !== 'fr' && lang !== 'de' && lang !== 'it') return null;
  const words = title
    .trim()
    .replace(/[.!?]+$/u, '')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}’']+$/gu, ''))
    .filter(Boolean);
  if (words.length < 2) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (DEMONSTRATIVE.test(first)) return 'points back to what was named before';
  // "Le second discours", "Il secondo punto": the second of what the slide's title cannot show
  if (ARTICLE.test(first) && ORDINAL.test(words[1]!)) return 'points back to what was named before';
  // "Vit porte", "Considerarsi meritorio": a common verb, or an infinitive with its clitic
  if (
    COMMON_VERB.test(first) ||
    (lang === 'it' && /^\p{L}{3,}(?:ar|er|ir)(?:si|lo|la|li|le|ne|ci|vi)$/iu.test(first))
  )
    return 'opens on a verb';
  if (CONJUNCTION.test(first)) return 'opens on a conjunction';
  // "Devrait-elle aller", "Tranchera rapidement", "Portant Emmanuel Macron": a verb, no topic
  if (lang === 'fr' && (CLITIC.test(first) || FUTURE.test(first))) return 'opens on a verb';
  if (lang === 'fr' && FUTURE.test(last)) return 'ends on a verb';
  if (lang === 'fr' && words.some((w) => FR_FINITE.test(w))) return 'a clause (finite verb)';
  if (lang === 'it' && IT_OPENING_VERB.test(first)) return 'opens on a verb';
  // "Importante sottolinearlo" (of "è importante sottolinearlo"): an infinitive with its clitic
  if (lang === 'it' && /^\p{L}{3,}(?:ar|er|ir)(?:lo|la|li|le|ne|ci|si|vi)$/iu.test(last))
    return 'ends on a verb';
  // "Également proclamées": an adverb and a participle, the noun they speak of left behind
  if (
    lang === 'fr' &&
    /^\p{L}+ment$/iu.test(first) &&
    /^\p{L}{3,}(?:é|ée|és|ées|ie|ies|is|ue|ues|us)$/iu.test(words[1]!)
  )
    return 'an adverb and a participle, no noun';
  // "Grand-père tailleur cousue" (of "l'étiquette de son grand-père tailleur cousue"): a
  // participle feminine or plural after a word that is neither agrees with a noun cut away
  if (
    lang === 'fr' &&
    FR_AGREEING_PARTICIPLE.test(last) &&
    !/(?:e|es|s|x|é|és|ion|ions)$/iu.test(words[words.length - 2]!)
  )
    return 'a participle agreeing with a noun cut away';
  if (
    lang === 'fr' &&
    /^\p{L}{3,}ant$/iu.test(first) &&
    (ARTICLE.test(words[1]!) || /^\p{Lu}/u.test(words[1]!))
  )
    return 'a verb and its object, no headline';
  // "Vent'anni l'Italia", "Préféré l’esprit": an article after a word that is no preposition is
  // the object of a verb cut away
  for (let i = 1; i < words.length; i++)
    if (ARTICLE.test(words[i]!) && !LINK.test(words[i - 1]!)) return 'a clause cut across its verb';
  if (PREPOSITION[lang]!.test(first)) return 'opens on a preposition';
  if (MODAL.test(first)) return 'opens on a verb';
  const infinitive = INFINITIVE[lang];
  if (infinitive?.test(first) && !NOT_INFINITIVE.test(first) && !ARTICLE.test(words[1]!))
    return 'a verb and its object, no headline';
  if (lang === 'fr' && /^\p{L}{3,}(?:é|ée|és|ées)$/iu.test(first) && ARTICLE.test(words[1]!))
    return 'a verb and its object, no headline';
  if (lang === 'de' && /^\p{Ll}/u.test(last)) return 'ends on a verb';
  if (lang !== 'de' && CHANGE_VERB.test(last)) return 'ends on a verb';
  if (lang === 'it' && IT_FINITE_END.test(last)) return 'ends on a verb';
  // "Elettori abbiano dichiarato" (of "…che gli elettori abbiano dichiarato…"): a subject, its
  // auxiliary and participle are a clause
  if (lang === 'it' && words.slice(1, -1).some((w) => IT_AUXILIARY.test(w)))
    return 'a clause cut across its verb';
  // (or before another adjective so inflected: "Größeren europäischen Mehrwert" of "auf einen
  // größeren europäischen Mehrwert", Scholz 2018, judge22)
  if (
    lang === 'de' &&
    DE_INFLECTED.test(first) &&
    (/^\p{Lu}/u.test(words[1]!) ||
      (/^\p{Ll}+(?:en|em)$/u.test(words[1]!) && !!words[2] && /^\p{Lu}/u.test(words[2])))
  )
    return 'an adjective inflected for an article it lost';
  if (lang === 'de' && deClauseAcross(words)) return 'a clause cut across its verb';
  return null;
}

/** German words between two nouns that join them in a noun phrase (prepositions, conjunctions). */
const DE_JOIN =
  /^(?:neben|zwischen|binnen|entlang|gegenüber|innerhalb|außerhalb|anstelle|sowie|beziehungsweise|bzw|ohne|gegen|wegen)$/iu;

/**
 * Whether German title words hold a noun, then a lower-case determiner or adjective, then a noun,
 * where the second noun phrase is no genitive of the first: the subject and the object of a
 * clause whose verb was cut away ("Europäische Kommission ihren Vorschlag" of "hat die Europäische
 * Kommission ihren Vorschlag … vorgelegt", "Staat elementare Güter" of "dass der Staat elementare
 * Güter … bereitstellt", "Steuerschätzung hinzugekommenen Spielraum" of "mit dem nach der
 * Steuerschätzung hinzugekommenen Spielraum"; Scholz, Bundestag 2018, judge22). A genitive keeps
 * "-er" ("Zeiten wirtschaftlicher Prosperität", "Unterstützung unserer Partner") or "-en/-es"
 * before a noun in "-s" ("Zeichen guten Willens").
 */
function deClauseAcross(words: readonly string[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    const [noun, mid, next] = [words[i]!, words[i + 1]!, words[i + 2]!];
    if (!/^\p{Lu}/u.test(noun) || !/^\p{Lu}/u.test(next) || !/^\p{Ll}/u.test(mid)) continue;
    // ("Eine wesentliche Säule", "Der demografische Wandel": an article opens the noun phrase)
    if (DE_DETERMINER.test(noun)) continue;
    // ("Repressive technische Blockaden": two adjectives, the first capitalised as the title's)
    if (i === 0 && /(?:e|en|er|es|em)$/u.test(noun)) continue;
    if (PREPOSITION.de!.test(mid) || DE_JOIN.test(mid) || CONJUNCTION.test(mid) || /^des$/iu.test(mid))
      continue;
    if (/(?:e|em)$/u.test(mid)) return true;
    if (/(?:en|es)$/u.test(mid) && !/s$/u.test(next)) return true;
  }
  return false;
}

/** German determiners after which an adjective takes a weak ending ("der sendenden", "einer stabilen"). */
const DE_DETERMINER =
  /^(?:der|den|dem|des|das|die|einer|einem|eines|einen|eine|kein(?:e|er|em|es|en)|(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|er|em|es|en)|(?:dies|jen|jed|welch|solch)(?:e|er|em|es|en))$/iu;

/**
 * Whether a German title opens on an adjective cut from its article, in the ending the article
 * gave it ("Gesamte Stimmenaufkommen" of "das gesamte Stimmenaufkommen", "Sendenden TV-Anstalt" of
 * "der sendenden TV-Anstalt", "Stabilen Mehrheit" of "einer stabilen Mehrheit"): alone it needs
 * the strong ending ("Gesamtes Stimmenaufkommen"). Only "die/eine … -e" ("die stabile Mehrheit")
 * keeps its form. `text`: the slide's sentences.
 */
export function deAdjectiveCut(title: string, text: string, lang: string): boolean {
  if (lang !== 'de') return false;
  const m = /^(\p{Lu})(\p{Ll}+(?:e|en|em|er|es))\s+(\p{Lu}\S*)/u.exec(title.trim());
  if (!m) return false;
  const adjective = m[1]!.toLowerCase() + m[2]!;
  // (a name's adjective is capitalised where it is said: "der Vereinigten Staaten")
  const re = new RegExp(
    `(?<![\\p{L}])(\\p{L}+)\\s+[${m[1]!}${m[1]!.toLowerCase()}]${m[2]!}\\s+${m[3]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`,
    'gu',
  );
  let cut = false;
  for (const hit of text.matchAll(re)) {
    const article = hit[1]!.toLowerCase();
    // the second of two adjectives joined by "und" takes the case the first one's article gave
    // both ("einer modernen und funktionierenden Besteuerung"), or a genitive after a noun ("der
    // Bezieher unterer und mittlerer Einkommen", Scholz 2018, judge22): alone it is cut ("ein
    // starkes und solidarisches Deutschland" has no article to lose)
    if (/^(?:und|oder|sowie)$/u.test(article)) {
      if (coordinatedCut(text, hit.index, adjective)) {
        cut = true;
        continue;
      }
      return false;
    }
    // "-em" is the dative's, whatever comes before it ("in angemessenem Wohnraum", Scholz 2018)
    if (/em$/u.test(adjective)) {
      cut = true;
      continue;
    }
    if (!DE_DETERMINER.test(article)) return false;
    if (
      /^(?:die|eine|keine|meine|deine|seine|ihre|unsere|eure|diese|jede)$/u.test(article) &&
      /e$/u.test(adjective)
    )
      return false;
    cut = true;
  }
  return cut;
}

/**
 * Whether the adjective before "und" that ends `before` (the text up to the "und") shares
 * `adjective`'s ending and follows a determiner or a noun (a genitive): both take the case that
 * word gave them. `-e` may stand alone.
 */
function coordinatedCut(text: string, at: number, adjective: string): boolean {
  const ending = /(?:en|em|er|es)$/u.exec(adjective)?.[0];
  if (!ending) return false;
  const m = /(\p{L}+)\s+(\p{Ll}+)\s*$/u.exec(text.slice(0, at));
  if (!m || !m[2]!.endsWith(ending)) return false;
  return DE_DETERMINER.test(m[1]!) || /^\p{Lu}/u.test(m[1]!);
}
