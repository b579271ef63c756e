/**
 * Whether a French, German, Italian or Spanish key phrase reads as a noun phrase (bodies14,
 * judge13/14 "monotone quote walls"). The phrase finder cuts runs between function words, and
 * these languages have no part-of-speech filter: without one, its phrases were verb fragments
 * ("Debbono conquiste", "Venuta caratterizzando", "Travolto certezze") and lists lost to quotes.
 * A phrase is kept only when:
 * - it passes the title rules of title-eu.ts (no verb, preposition or demonstrative opening it,
 *   no verb ending it, no clause cut across its verb);
 * - it neither opens nor ends on a function word;
 * - no word of it is a gerund or infinitive, and in French, Italian and Spanish some saying of it
 *   follows a determiner (an article, a possessive, a demonstrative, a number: "le forze
 *   politiche", "la réforme", "los derechos"), or a preposition or conjunction when its first word
 *   is no participle ("di grande rilievo", "disuguaglianze e ingiustizie"): a noun phrase in a
 *   Romance sentence is almost always introduced so, a verb's complement cut from it is not.
 * No morphology: word lists and endings only those forms have.
 */
import { isFunctionWord } from './lexicon';
import { primaryLang } from './lang';
import { capitalize } from './text';
import { euTitleProblem, MODAL } from './title-eu';

export type Romance = 'fr' | 'it' | 'es';

const DETERMINER: Record<Romance, RegExp> = {
  fr: /^(?:le|la|les|l|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes|ton|ta|tes|chaque|plusieurs|quelques|tous|toutes|deux|trois|quatre|cinq|dix|cent|mille)$/u,
  it: /^(?:il|lo|la|i|gli|le|l|un|uno|una|del|dello|della|dei|degli|delle|dell|al|allo|alla|ai|agli|alle|all|nel|nello|nella|nei|negli|nelle|nell|dal|dallo|dalla|dai|dagli|dalle|dall|sul|sullo|sulla|sui|sugli|sulle|sull|col|questo|questa|questi|queste|quel|quello|quella|quei|quegli|quelle|nostro|nostra|nostri|nostre|vostro|vostra|vostri|vostre|suo|sua|suoi|sue|loro|mio|mia|miei|mie|ogni|alcuni|alcune|molti|molte|tanti|tante|tutti|tutte|altri|altre|nessun|nessuna|qualche|due|tre|quattro|cinque|dieci|cento|mille)$/u,
  es: /^(?:el|la|los|las|lo|un|una|unos|unas|del|al|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquellos|aquellas|su|sus|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|mi|mis|tu|tus|cada|todo|toda|todos|todas|muchos|muchas|varios|varias|otros|otras|algunos|algunas|dos|tres|cuatro|cinco|diez|cien|mil)$/u,
};
/** Prepositions and conjunctions that may come before a noun phrase without an article. */
const LINK: Record<Romance, RegExp> = {
  fr: /^(?:de|d|à|en|dans|par|pour|sur|avec|sans|entre|vers|contre|chez|et|ou|ni)$/u,
  it: /^(?:di|d|a|ad|da|in|con|su|per|tra|fra|verso|senza|contro|e|ed|o|né)$/u,
  es: /^(?:de|a|en|con|por|para|sin|sobre|entre|hacia|contra|desde|y|e|o|u|ni)$/u,
};
/** Forms of a verb no noun phrase holds: gerunds and infinitives (with the nouns that end so). */
const VERB_FORM: Record<Romance, RegExp> = {
  fr: /^\p{L}{3,}(?:ant)$/u,
  it: /^\p{L}{2,}(?:ando|endo|are|ere|ire|arsi|ersi|irsi)$/u,
  es: /^\p{L}{2,}(?:ando|iendo|yendo|ar|er|ir|arse|erse|irse)$/u,
};
const NOT_VERB =
  /^(?:enfant|enfants|gouvernant|habitant|habitants|important|importante|puissant|restaurant|président|pendant|avant|durant|maintenant|cependant|étudiant|étudiants|commandant|représentant|représentants|dirigeant|dirigeants|carattere|potere|dovere|piacere|sapere|parere|mestiere|consigliere|quartiere|cavaliere|infermiere|avvenire|cantiere|ingegnere|genere|maniere|frontiere|barriere|bandiere|carriere|fiere|misere|opere|sfere|atmosfere|lire|mare|affare|mire|stupendo|tremendo|orrendo|fondo|secondo|mondo|profondo|rotondo|quando|comando|grande|lugar|mar|hogar|bienestar|militar|nuclear|popular|familiar|particular|singular|regular|similar|titular|auxiliar|mujer|poder|deber|placer|taller|alquiler|cáncer|líder|carácter|ayer|porvenir|elixir|mártir|nadir|zafir)$/u;
/** French nouns that are mostly said inside an idiom ("en train de", "au lieu de", "à cause de", "au sein de"). */
const FR_IDIOM_NOUN = /^(?:train|lieu|face|cause|sein|fait|fond|effet|sorte|mesure|égard|part|cours)$/u;
/** French infinitives ("aller", "ouvrir", "disparaître", "construire", "prendre", "mettre"). */
const FR_INFINITIVE = /^\p{L}{2,}(?:[^i]er|ir|aître|oître|uire|endre|ondre|andre|ettre|ivre)$/u;
/** Nouns and adjectives that end as a French infinitive does. */
const FR_NOT_INFINITIVE =
  /^(?:premier|dernier|entier|hiver|enfer|cancer|danger|étranger|léger|berger|boucher|rocher|clocher|avenir|souvenir|désir|plaisir|loisir|élixir|saphir|martyr|cher|fier|amer|hier|super|laser|leader|manager|poster|membre|nombre|ordre|libre|mètre|lettre|maître|centre|cendre|tendre|gendre|esclandre)$/u;
/** Past participles opening a phrase ("Travolto certezze", "Venuta …", "Préféré …", "Logrado …"). */
export const PARTICIPLE: Record<Romance, RegExp> = {
  fr: /^\p{L}{3,}(?:é|ée|és|ées)$/u,
  it: /^\p{L}{2,}(?:at|it|ut|olt|ors|ess|ent)(?:o|a|i|e)$/u,
  es: /^\p{L}{2,}(?:ad|id)(?:o|a|os|as)$/u,
};
/** Nouns and adjectives that end as a participle does (Italian and Spanish especially). */
export const NOT_PARTICIPLE =
  /^(?:stato|stati|senato|mercato|mercati|partito|partiti|risultato|risultati|diritto|diritti|deputato|deputati|delegato|mandato|reato|trattato|trattati|attentato|attentati|dato|dati|fato|lato|prato|soldato|soldati|abitato|contenuto|istituto|istituti|tributo|minuto|minuti|rifiuto|aiuto|saluto|merito|spirito|limite|limiti|debito|credito|sito|invito|sviluppo|ente|enti|mente|gente|presidente|continente|parlamento|parlamentari|ambiente|momento|ordinamento|movimento|cittadino|ciudad|estado|estados|mercado|partido|resultado|senado|tratado|pasado|cuidado|soldado|diputado|diputados|sentido|contenido|vida|comida|medida|medidas|salida|partida|unida|unidas|unidos|nación|cité|société|sécurité|liberté|égalité|fraternité|santé|réalité|volonté|unité|beauté|vérité|université|communauté|autorité|identité|majorité|minorité|solidarité|priorité|dignité|activité|capacité|qualité|quantité|responsabilité|nécessité|égalité|clarté|pauvreté|année|années|idée|idées|armée|armées|entrée|journée|pensée|durée|musée|lycée|député|députés|comité|marché|marchés|été|côté|degré|clé|pitié|moitié|amitié)$/u;

/** The first words of compound prepositions ("frente a", "junto con", "grâce à", "accanto a"). */
const PREPOSITION_HEAD =
  /^(?:frente|junto|acerca|además|dentro|fuera|cerca|lejos|delante|detrás|debajo|encima|antes|después|grâce|près|loin|auprès|lors|accanto|insieme|vicino|lontano|dentro|fuori|prima|dopo|oltre|rispetto|davanti|dietro)$/iu;
/** Adverbs of time and degree a run of content words may hold. */
const ADVERB =
  /^(?:aujourd['’]hui|toujours|jamais|déjà|encore|ensuite|désormais|oggi|sempre|mai|già|ancora|ormai|poi|hoy|siempre|nunca|ya|todavía|ahora|después|heute|immer|nie|schon|noch|jetzt|bereits|dann)$/u;
/**
 * Adverbs in -mente (Spanish, Italian) and the French ones a noun never ends as ("previsto
 * inicialmente", "fini lâchement"): an adverb is said beside a verb, not inside a noun phrase.
 */
const MANNER_ADVERB =
  /^\p{L}{3,}mente$|^\p{L}{2,}(?:amment|emment|ément)$|^(?:seulement|également|vraiment|notamment|simplement|directement|lâchement|dignement|pleinement|clairement|rapidement|lentement|justement|entièrement|totalement|réellement|profondément|tellement|évidemment|certainement|absolument)$/u;
const NOT_MANNER_ADVERB = /^(?:demente|clemente|vehemente|veemente|simiente|élément|éléments)$/u;
/** What a German noun phrase follows: an article, a possessive, a preposition or a conjunction. */
const DE_BEFORE =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|welche|welcher|welches|welchen|kein|keine|keinen|keiner|unser|unsere|unseren|unserer|ihr|ihre|ihren|ihrer|sein|seine|seinen|seiner|dieser|diese|dieses|diesen|diesem|jede|jeder|jedes|viele|vielen|alle|allen|von|vom|zu|zum|zur|mit|für|aus|bei|beim|nach|über|unter|durch|gegen|ohne|seit|um|an|am|auf|in|im|und|oder|als|wie|zwei|drei|weil|dass|wenn|ob|obwohl|da)$/u;

function wordsOf(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}’']+$/gu, ''))
    .filter(Boolean);
}

/** The word said right before each saying of `phrase` in `text` ('' at a sentence's opening). */
function wordsBefore(phrase: string, text: string): string[] {
  const l = text.toLowerCase();
  const p = phrase.toLowerCase();
  const out: string[] = [];
  for (let at = l.indexOf(p); at >= 0; at = l.indexOf(p, at + 1)) {
    // a saying inside a longer word ("lo stato" in "dello stato") is not one
    if (at > 0 && /[\p{L}\p{N}]/u.test(l[at - 1]!)) {
      // an elided article or preposition joined by its apostrophe ("l'Europa", "dell'Unione")
      const m = /(?:^|[^\p{L}])(\p{L}+)['’]$/u.exec(l.slice(Math.max(0, at - 12), at));
      if (!m) continue;
      out.push(m[1]!);
      continue;
    }
    const m = /(\p{L}+)['’]?\s*$/u.exec(l.slice(Math.max(0, at - 20), at));
    // after punctuation the phrase opens a clause of its own, with no word before it
    out.push(m && !/[,;:.!?()«»"“”„—–]\s*$/u.test(l.slice(Math.max(0, at - 3), at)) ? m[1]! : '');
  }
  return out;
}

/** Why a French, German, Italian or Spanish key phrase is no noun phrase, or null. */
export function euPhraseProblem(phrase: string, text: string, lang: string): string | null {
  const l = primaryLang(lang);
  if (l !== 'fr' && l !== 'de' && l !== 'it' && l !== 'es') return null;
  const words = wordsOf(phrase);
  if (words.length < 1) return 'no words';
  if (isFunctionWord(words[0]!, l)) return 'opens on a function word';
  if (isFunctionWord(words[words.length - 1]!, l) || PREPOSITION_HEAD.test(words[words.length - 1]!))
    return 'ends on a function word';
  const title = l === 'es' ? null : euTitleProblem(capitalize(phrase.trim()), l);
  if (title) return title;
  const lower = words.map((w) => w.toLowerCase());
  // an adverb of time said beside the noun ("Rougeole aujourd’hui") is no part of it
  // (German nouns end so too: "Dokumente", "Elemente")
  const manner = (w: string) => l !== 'de' && MANNER_ADVERB.test(w) && !NOT_MANNER_ADVERB.test(w);
  if (lower.some((w) => ADVERB.test(w) || manner(w))) return 'holds an adverb';
  if (lower.some((w) => MODAL.test(w))) return 'a clause (a modal verb)';
  // a French noun said only inside its idiom ("Train" of "en train de recréer", judge19)
  if (
    l === 'fr' &&
    lower.length === 1 &&
    FR_IDIOM_NOUN.test(lower[0]!) &&
    wordsBefore(phrase, text).every((w) => /^(?:en|au|à|de|du)$/u.test(w))
  )
    return 'a word of an idiom';
  if (l === 'de') {
    // inside a German noun phrase a lower-case word is an inflected adjective ("mündige
    // Bürgerinnen"), never a verb ("Demokratie braucht mündige Bürgerinnen")
    if (words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !/(?:e|en|er|es|em)$/u.test(w)))
      return 'holds a verb';
    // and it follows an article, a preposition or a conjunction ("der Deutschen Welle"), not a
    // clause's opening ("Erinnert Hannah Arendt")
    return wordsBefore(phrase, text).some((w) => DE_BEFORE.test(w))
      ? null
      : 'no article before it: a verb’s fragment';
  }
  // an elided word inside it: the article before its noun only ("l’esprit républicain"), never a
  // preposition ("Nell'assetto istituzionale", "Nécessité d’empêcher") nor a pronoun ("L’on croyait")
  for (const [i, w] of lower.entries()) {
    const m = /^(\p{L}+)['’](\p{L}+)$/u.exec(w);
    if (!m) continue;
    if (i > 0 || !/^(?:l|un)$/u.test(m[1]!) || isFunctionWord(m[2]!, l))
      return 'an elided preposition or pronoun';
  }
  if (lower.some((w) => VERB_FORM[l].test(w) && !NOT_VERB.test(w))) return 'holds a gerund or an infinitive';
  // a French infinitive alone ("Recréer"), or ending a phrase with no preposition before it ("Vie
  // disparaître" of "voir la vie disparaître", judge19): a verb's complement, not a noun phrase
  // ("Devoir d’apprendre" is one)
  if (
    l === 'fr' &&
    FR_INFINITIVE.test(lower[lower.length - 1]!) &&
    !FR_NOT_INFINITIVE.test(lower[lower.length - 1]!) &&
    (lower.length === 1 || !LINK.fr.test(lower[lower.length - 2]!))
  )
    return 'ends on an infinitive';
  // a determiner inside, after a word that is no preposition, opens a second phrase ("Año toda
  // clase" of "durante el año toda clase de éxitos", judge19)
  for (let i = 1; i < lower.length; i++)
    if (DETERMINER[l].test(lower[i]!) && !LINK[l].test(lower[i - 1]!)) return 'two phrases run together';
  // an elided article opens it ("L'inquietudine diffusa", "l'esprit républicain"): a noun phrase
  if (/^(?:l|un)['’]\p{L}/u.test(lower[0]!)) return null;
  const participle = PARTICIPLE[l].test(lower[0]!) && !NOT_PARTICIPLE.test(lower[0]!);
  const before = wordsBefore(phrase, text);
  if (before.some((w) => DETERMINER[l].test(w))) return null;
  if (!participle && before.some((w) => LINK[l].test(w))) return null;
  return participle
    ? 'a participle and its complement, no noun phrase'
    : 'no article before it: a verb’s fragment';
}
