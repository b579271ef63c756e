/**
 * Quotable lines: short sentences a designer would put on screen as they were said — ones built
 * on repetition ("ask not what your country can do for you — ask what you can do for your
 * country"), antithesis ("not X but Y"), a rule of three, or a run of parallel clauses.
 */
import { bare, isFunctionWord } from './lexicon';
import { buildMemo } from './memo';
import { isSetUp } from './setup';
import { isSignpost } from './signpost';
import { englishOrUnsaid, primaryLang } from './lang';
import { VOCATIVE } from './structure';
import { hasCjk, wordsOf } from './text';
import { alternation, ARTICLE, COORDINATOR, POSSESSIVE, SUBORDINATOR } from './word-classes';

/** Longest quote on screen, in words (CJK: twice as many characters). */
export const MAX_QUOTE_WORDS = 22;
/** The longest whole sentence set as a quote, when its rhetoric carries it. */
export const LONG_QUOTE_WORDS = 30;
/**
 * A sentence longer than a quote (up to LONG_QUOTE_WORDS) is the slide's line when its rhetoric
 * scores this much at least; it competes with shorter lines with LONG_PENALTY off its score.
 */
const LONG_RHETORIC = 5;
const LONG_PENALTY = 1.5;

const ANTITHESIS =
  /,\s+yet\s+(?!again\b|another\b)\p{L}|,\s+(?:and\s+)?not\s+(?!only\b|least\b|just\b|even\b|yet\b|quite\b|always\b|all\b|necessarily\b|to\s+mention\b|so\b|too\b|much\b|many\b|long\b|far\b|once\b)(?:to\s+|a\s+|an\s+|the\s+)?\p{L}{3,}|\brather\s+than\b|,\s+(?:et\s+)?non\s+(?:pas\s+)?(?:un|une|des|le|la|les|de|du|à|pour|par)\s|\bnon\s+pas\b[^.!?]{2,80}?\bmais\b|\bplutôt\s+que\b|\b(?:toujours|souvent)\b[^.!?]{2,60}?\bmais\s+(?:trop\s+|si\s+|bien\s+)?(?:rarement|jamais|peu)\b|\bnot\b[^.!?]{2,80}?\b(?:but|rather)\b|\bnot\b[^.!?]{2,60}?[;—–]\s|\bno\b[^.!?]{2,80}?\bsino\b|\bne\b[^.!?]{2,60}?\bmais\b|\bне\b[^.!?]{2,80}?[,—]\s*(?:а|но)\b|不是[^。！？]{1,30}而是|ليس[^.!?]{2,80}?بل/iu;
/** The forms of "be" a passive is said with ("to be buried", "were judged"). */
const PASSIVE_BE = /^(?:be|been|being|is|are|was|were)$/u;

/**
 * Whether an English line says a verb and then the same verb in the passive, the speaker's act
 * turned back on him: "We intend to bury no one, and we do not intend to be buried." (Johnson 1964,
 * judge33: "We can fight, if we must, …" was shown instead), "Judge not, that ye be not judged.",
 * "Love, and be loved." The participle is the verb's past form: "-ed", "-d" after "e", "-ied" for
 * "-y", a doubled last consonant ("stop" → "stopped").
 */
function turnsVoice(line: string): boolean {
  const w = wordsOf(line.toLowerCase()).map(bare);
  for (let j = 1; j < w.length; j++) {
    if (!PASSIVE_BE.test(w[j - 1]!) && !(w[j - 1] === 'not' && j > 1 && PASSIVE_BE.test(w[j - 2]!))) continue;
    const done = w[j]!;
    if (!done.endsWith('ed') || done.length < 5) continue;
    for (let i = 0; i < j - 1; i++) {
      const v = w[i]!;
      if (v.length < 3 || PASSIVE_BE.test(v)) continue;
      const forms = [`${v}ed`, `${v}d`, `${v.replace(/y$/u, '')}ied`, `${v}${v.at(-1)}ed`];
      if (forms.includes(done) && (v.endsWith('e') || done !== `${v}d`)) return true;
    }
  }
  return false;
}

const TRIAD =
  /(?:^|[\s,;:])([\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3}),\s([\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3}),?\s(?:and|or|y|e|et|und|и|или|و|和|与)\s([\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3})[.!?;,]?$|、.+、.+/u;

/** Three items in a row that open on the same word, parted by commas ("no strife, no prejudice, no national conflict"). */
const SERIES = /(?:^|[\s,;:])(\p{L}+)\s[^,;.!?]{1,40},\s+\1\s[^,;.!?]{1,40},\s+(?:(?:and|or|nor)\s+)?\1\s/iu;
/**
 * Three items in a row whose second word is the same, parted by commas: "global in scope,
 * atheistic in character, ruthless in purpose, and insidious in method" (Eisenhower 1961).
 */
const SERIES_SECOND =
  /(?:^|[\s,;:—–-])\p{L}+\s+(\p{L}+)\s[^,;.!?]{1,30},\s+\p{L}+\s+\1\s[^,;.!?]{1,30},\s+(?:(?:and|or|nor|et|y|e|und)\s+)?\p{L}+\s+\1\s/iu;
/** An imperative or exhortation to the hearers. */
const IMPERATIVE = /^(?:do\s+not|don['’]t|never|let\s+us|let['’]s|ask\s+not|always|remember)\b/iu;

function size(s: string): number {
  return hasCjk(s) && !/\s\S+\s/.test(s) ? s.length / 2 : wordsOf(s).length;
}

/**
 * Words a clause never ends on: a dash after one breaks the clause off ("the weather, the—I can
 * remember…", "as long as—well, you know…"). Pronouns are not among them: "a part of it—we mean
 * to lead it" is a whole clause.
 */
const DANGLING = new RegExp(
  String.raw`^(?:${alternation(ARTICLE, POSSESSIVE, COORDINATOR, SUBORDINATOR, ['as', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'than'])})$`,
  'u',
);
/** What opens a restart after a dash: a hesitation or a word that takes the sentence back ("—well, you know", "—I mean,"). */
const RESTART = /^(?:(?:well|why|ah|oh|er|um|uh|now)\s*,|i\s+mean\b|you\s+know\b|that\s+is\s+to\s+say\b)/iu;

/**
 * A sentence the speaker corrected while saying it: a restart after a dash that repeats the
 * opening words without the whole of what came before ("It'll be the most — it'll be more than
 * just."), a dash after a dangling function word ("families on — diagnosed"), a dash followed by
 * a hesitation ("as long as—well, you know I was born courteous", "a sterilized Christian—I mean,
 * you take…"), a sentence that trails off at a dash or an ellipsis, "[sic]". The dash may be spaced or not (older texts print "word—word").
 * Such a line is never set on screen; an emphatic repeat ("I refuse to believe — I refuse to
 * believe this…") is not a correction.
 */
export function isSelfCorrected(sentence: string, lang = ''): boolean {
  if (/\[sic\]|\p{L}-\s+[—–]/iu.test(sentence)) return true;
  // a sentence that trails off unfinished ("If only we had—", "And then…")
  if (/(?:[—–]|--|\.\.\.|…)\s*["”’)\]]?\s*$/u.test(sentence.trim())) return true;
  // a spaced dash (— or –), or an unspaced em dash or double hyphen between words (captured)
  const parts = sentence.split(/(\s[—–]\s|\s*(?:—|(?<=\p{L})--(?=\s*\p{L}))\s*)/u);
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const a = wordsOf(parts[i]!.toLowerCase()).map(bare);
    const b = wordsOf(parts[i + 2]!.toLowerCase()).map(bare);
    if (!a.length || !b.length) continue;
    const end = a[a.length - 1]!;
    // any function word dangles before a spaced dash; a pronoun may end a clause before "—"
    const spaced = /^\s[—–]\s$/u.test(parts[i + 1]!);
    if (DANGLING.test(end) || (spaced && isFunctionWord(end, lang))) return true;
    if (RESTART.test(parts[i + 2]!.trim())) return true;
    // a restart says its opening again and goes on further ("It'll be the most — it'll be more
    // than just."); a shorter second clause on the same opening is a climax ("We mean to be a
    // part of it—we mean to lead it.")
    const whole = a.every((w, k) => b[k] === w);
    if (!whole && a.length >= 2 && a[0] === b[0] && a[1] === b[1] && b.length > a.length) return true;
  }
  return false;
}

/**
 * A thanks or a welcome is said to the room ("So, thank you, thank you, thank you.", "I thank all
 * speakers…", "…teşekkür ediyor, Genel Kurulu saygıyla selamlıyorum.", "Muito obrigado.").
 */
const THANKS =
  /\b(?:thank(?:s|\s+you)|(?:I|we)\s+(?:also\s+|again\s+)?(?:(?:want|wish|would\s+like)\s+to\s+(?:also\s+|again\s+|particularly\s+)?)?thank|welcome|(?:join\s+me\s+in\s+)?welcoming|(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:also\s+|so\s+|truly\s+|deeply\s+|very\s+|most\s+)*grateful\s+(?:to|for)\s+(?:all\s+)?(?:the\s+|our\s+|my\s+|your\s+|you\b))\b|спасибо|gracias|\bmerci\b|谢谢|شكرا|teşekkür|selamlıyorum|selamlarım|\bobrigad[oa]s?\b|\bgrazie\b|\bdanke\b|\bbedank(?:en|t)?\b|\bdank\s+(?:u|je|jullie)\b|\btak\s+for\b|\btakk\b|\bkiitos\b|\btänan\b|\btäname\b|\baitäh\b|\bhvala\b|\bzahvaljujem\b|\bagradec(?:er|emos|erles|erle)\b|\bremercie[rz]?\b|\bringrazi(?:are|amo|o)\b|\b(?:mich\s+)?bedanken\b|поблагодарить|благодарю|добро\s+пожаловать|\bbienvenu(?:e|s|es)?\b|\bbienvenid[oa]s?\b|\bwillkommen\b|\bbenvenut[ioe]\b|\bbem-vind[oa]s?\b|धन्यवाद|감사합니다|ありがとう/iu;
/**
 * A line about who is in the room or about the talk's own delivery, not about its subject: "Folks,
 * leaders from key American industries are here as well, including steel, aluminum…", "I want to
 * recognize the mayor", "And I'm really going fast because of the rain.", "I'll be brief." (English)
 */
const ROOM_ASIDE = new RegExp(
  [
    String.raw`\bare\s+here\s+(?:as\s+well|too|today|tonight|with\s+us)\b`,
    String.raw`\bis\s+here\s+(?:as\s+well|with\s+us)\b`,
    String.raw`\b(?:is|are)\s+with\s+us\s+(?:here\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b`,
    String.raw`\b(?:I|we)\s+(?:want\s+to|would\s+like\s+to|['’]d\s+like\s+to)\s+(?:acknowledge|recogni[sz]e)\s+(?!that\b|the\s+(?:fact|need|importance|right)\b)`,
    String.raw`\bbecause\s+of\s+the\s+(?:rain|heat|cold|wind|time)\b`,
    String.raw`\bI['’]ll\s+be\s+brief\b`,
    String.raw`\bI['’]m\s+(?:really\s+)?going\s+(?:fast|quickly)\b`,
    String.raw`\bget\s+out\s+of\s+the\s+rain\b`,
    // congratulations and thanks said to people in the room ("Admiral Schultz, Rear Admiral Kelly,
    // congratulations to you both.", "Lauren, I am so thankful for your service.")
    String.raw`\bcongratulations\s+to\s+(?:you\s+(?:both|all)|both\s+of\s+you|all\s+of\s+you)\b`,
    // a greeting to someone in the room ("I want to particularly shout out to the new President of
    // the Teamsters", "I want to say a quick hi to a pal": Biden, trucking, judge19)
    String.raw`\bshout(?:\s+|-)?out\s+to\b|\bsay\s+(?:a\s+(?:quick\s+)?)?(?:hi|hello)\s+to\b`,
    // the room's applause spoken of, in any language: a remark to the room, never the point ("Non
    // ripeterò l'importanza del valore costituzionale delle autonomie speciali, perché altrimenti
    // arrivano di nuovo applausi; …", "ascoltate, non applaudite!": Monti 2011, judge24 E1; "Hold
    // your applause"). The noun, or the verb told to the room: "I applaud the Senate" is praise
    String.raw`(?<!\p{L})(?:applause|applausi|applauso|applaudissements?|aplausos?|beifall|applaus|applåder|bifald|аплодисмент\p{L}*|оплеск\p{L}*|oklask\p{L}*|potlesk\p{L}*)(?!\p{L})|\bnon\s+applaudite\b|\bn['’]applaudissez\s+pas\b|\bno\s+aplaudan\b|\bdon['’]t\s+applaud\b`,
    String.raw`\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:also\s+|so\s+|truly\s+|deeply\s+|very\s+)*thankful\s+(?:to\s+you|for\s+your)\b`,
    String.raw`\b(?:proud|honou?red|pleased|delighted|thrilled|happy)\s+to\s+be\s+joined\s+(?:here\s+)?(?:today\s+|tonight\s+)?by\b`,
    String.raw`^(?:[^:.!?]{0,120}:\s+)?(?:and\s+)?(?:it\s+is|it['’]s)\s+(?:such\s+)?(?:an?\s+)?(?:great\s+|real\s+|special\s+)?(?:honou?r|privilege|pleasure)\s+to\s+be\s+(?:with\s+you|here)\b`,
    // the speaker glad to be in the room ("I’m happy to be here today to talk about an American
    // industrial strategy.", Deese 2022, judge20), per language: "Je suis heureux d’être parmi
    // vous", "Estoy muy contento de estar aquí", "Ich freue mich, heute hier zu sein", "Sono lieto
    // di essere qui", "É um prazer estar aqui", "Рад быть здесь", "Рад приветствовать вас"
    String.raw`^(?:(?:and|so|well|first)\s*,?\s+)?(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:(?:so|very|really|truly|just|particularly|especially|delighted\s+and)\s+)*(?:happy|glad|delighted|pleased|thrilled|excited|honou?red|proud|grateful)\s+to\s+be\s+(?:(?:back\s+)?here|with\s+(?:you|all\s+of\s+you)|back|among\s+you|in\s+\p{Lu})`,
    String.raw`^(?:je\s+suis|nous\s+sommes)\s+(?:(?:très|si|vraiment|particulièrement)\s+)?(?:heureu(?:x|se|ses)|ravi(?:e|s|es)?|content(?:e|s|es)?|fier(?:e|s|es)?|honoré(?:e|s|es)?)\s+d['’](?:être|etre)\s+(?:ici|parmi\s+vous|avec\s+vous)`,
    String.raw`^(?:estoy|estamos)\s+(?:muy\s+)?(?:content[oa]s?|feli(?:z|ces)|orgullos[oa]s?)\s+de\s+estar\s+(?:aquí|con\s+ustedes)|^(?:es|é)\s+un\s+(?:placer|prazer|honor|honra)\s+(?:estar|poder\s+estar)\s+(?:aquí|aqui|con\s+ustedes|convosco|com\s+vocês)`,
    String.raw`^(?:estou|estamos)\s+(?:muito\s+)?(?:content[ea]s?|feliz(?:es)?)\s+(?:por|de)\s+estar\s+aqui|^(?:sono|siamo)\s+(?:molto\s+)?(?:liet[oaie]|felic[ei]|onorat[oaie])\s+di\s+essere\s+(?:qui|qua|con\s+voi|tra\s+voi)`,
    String.raw`^(?:ich\s+freue\s+mich|wir\s+freuen\s+uns)\s*,?\s+(?:(?:heute|sehr|so)\s+)*(?:hier|bei\s+(?:Ihnen|euch))\s+(?:sein\s+zu\s+dürfen|zu\s+sein)`,
    String.raw`^(?:я\s+)?(?:очень\s+)?рад(?:а|ы)?\s+(?:быть\s+здесь|(?:снова\s+)?(?:приветствовать|видеть)\s+вас)`,
    // the format of the talk announced ("I'm going to give a few remarks and then I'll take
    // questions.", "With that, I'll take questions.": judge15)
    String.raw`\b(?:I|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]d\s+be\s+(?:happy|glad)\s+to|\s+would\s+be\s+(?:happy|glad)\s+to)\s+(?:then\s+)?(?:take|answer)\s+(?:your\s+|a\s+few\s+|some\s+|any\s+)?questions\b`,
    String.raw`\b(?:give|make|offer|say|share)\s+(?:just\s+)?(?:a\s+few|some|a\s+couple\s+of|brief|short|a\s+few\s+brief)\s+(?:opening\s+|brief\s+|short\s+)?(?:remarks|words|comments)\b`,
    // a line about the talk itself ("I spoke earlier about international rules and norms.")
    String.raw`^(?:and\s+|so\s+|now\s+)?(?:I|we)\s+(?:spoke|talked|have\s+spoken|['’]ve\s+spoken|mentioned)\s+(?:earlier|before|a\s+moment\s+ago)\b`,
    String.raw`^(?:and\s+|so\s+)?as\s+I\s+(?:said|mentioned)\s+(?:earlier|before|a\s+moment\s+ago)[.,]?\s*$`,
    // the order of business, in the other languages (judge16): "En mevrouw Leijten zal reageren op
    // de financiële gevolgen…", "In het vervolg van mijn beantwoording zal ik ingaan op…", "Vi
    // starter med mindeord for Svend Jakobsen…", "Esittelen eduskunnan käsittelyyn…"
    String.raw`\b(?:zal|zullen|gaat|ga)\s+(?:\p{L}+\s+){0,2}(?:reageren\s+op|ingaan\s+op|het\s+hebben\s+over|antwoorden\s+op)\b`,
    String.raw`\bin\s+het\s+vervolg\s+van\s+mijn\s+(?:beantwoording|betoog|bijdrage)\b|^(?:en\s+)?ik\s+(?:begin|start|eindig)\s+met\b|\bgeef\s+(?:ik\s+)?het\s+woord\b`,
    String.raw`\b(?:vi|jeg)\s+(?:starter|begynder|slutter)\s+med\b|\bmindeord\s+for\b|\bbyder\s+(?:\p{L}+\s+)?velkommen\b|\bgiver\s+ordet\b|\bmødet\s+er\s+(?:åbnet|hævet)\b`,
    String.raw`\b(?:jag|vi)\s+(?:börjar|inleder|avslutar)\s+med\b|\bger\s+ordet\b|\besittelen\s+(?:\p{L}+\s+){0,3}käsittelyyn\b|\bdajem\s+riječ\b|\bdajem\s+reč\b|\bdajem\s+besedo\b`,
  ].join('|'),
  'iu',
);
/**
 * The chair's procedure, said to run the sitting, not to make a point (judge18: a Portuguese deck
 * quoted "Peço aos Srs. Deputados que tomem os seus lugares"): members asked to take their seats,
 * the floor given, the sitting opened, suspended or closed, a vote called, a bill's business
 * announced. Per language: en, pt, es, it, fr, de, nl, pl, cs.
 */
const PROCEDURE = new RegExp(
  [
    // en: "I ask Members to take their seats.", "Order, order.", "The question is that the Bill be now read a second time."
    String.raw`\b(?:take|resume)\s+(?:their|your)\s+(?:seats|places)\b|^order[,.!]\s*(?:order\b|$)|^the\s+question\s+is\s+["“]?that\b|\bthe\s+(?:sitting|house|meeting)\s+(?:is|stands)\s+(?:suspended|adjourned|closed)\b|\bI\s+(?:now\s+)?call\s+(?:on\s+)?(?:the\s+)?(?:honou?rable|hon\.|member|minister|senator)\b|\bwe\s+(?:will\s+)?now\s+(?:proceed\s+to|move\s+to)\s+(?:the\s+)?(?:vote|division|votes)\b|\bwe\s+now\s+(?:come|move)\s+(?:on\s+)?to\s+the\s+next\s+item\s+of\s+business\b|\bsuspend\s+the\s+(?:house|sitting)\b|^I\s+beg\s+to\s+move\b`,
    // pt: "Peço então, Sr.as e Srs. Deputados, que ocupem os vossos lugares…", "Tem a palavra o Sr. Deputado…",
    // "Srs. Deputados, vamos passar ao período regimental de votações.", "vou suspender a reunião plenária"
    String.raw`\b(?:tomem|ocupem|retomem)\s+(?:os\s+)?(?:seus|vossos)\s+lugares\b|\btem\s+a\s+palavra\b|\b(?:declaro|está)\s+(?:aberta|encerrada|suspensa|reaberta)\s+a\s+(?:sessão|reunião)\b|\bvou\s+(?:suspender|encerrar)\s+a\s+(?:sessão|reunião)\b|\bvamos\s+(?:agora\s+)?(?:passar\s+(?:agora\s+)?(?:ao|à)s?\s+(?:período\s+(?:regimental\s+)?de\s+)?vota|proceder\s+à\s+(?:votação|reapreciação|verificação)|votar\s+(?:a|o)\s+(?:proposta|projeto|projecto|requerimento))|\bsistema\s+de\s+votação\b|\bsubmetid[oa]s?\s+à\s+votação\b`,
    // es: "Ruego a sus señorías que ocupen sus escaños.", "Tiene la palabra…", "Se abre/suspende/levanta la sesión."
    String.raw`\bocupen\s+sus\s+(?:escaños|asientos|lugares)\b|\btiene\s+(?:usted\s+)?la\s+palabra\b|\bse\s+(?:abre|reanuda|suspende|levanta)\s+la\s+sesión\b|\bcomienza\s+la\s+votación\b|\bpasamos\s+a\s+(?:la\s+)?votaci(?:ón|ones)\b`,
    // it: "Invito i colleghi a prendere posto.", "Ha facoltà di parlare…", "Dichiaro aperta la votazione."
    String.raw`\bprendere\s+posto\b|\bha\s+facoltà\s+di\s+parlare\b|\bdichiaro\s+(?:aperta|chiusa|tolta)\s+la\s+(?:seduta|votazione)\b|\bla\s+seduta\s+è\s+(?:aperta|sospesa|tolta)\b|\bpassiamo\s+(?:ai\s+voti|alla\s+votazione)\b|\bl['’]ordine\s+del\s+giorno\s+reca\b|^domando\s+di\s+parlare\b|^ne\s+ha\s+facoltà(?!\p{L})`,
    // fr: "Je demande à chacun de regagner sa place.", "La parole est à…", "La séance est ouverte/suspendue/levée."
    String.raw`\bregagner\s+(?:sa|vos|leurs?)\s+places?\b|\bla\s+parole\s+est\s+à(?=\s)|\bla\s+séance\s+est\s+(?:ouverte|reprise|suspendue|levée)(?!\p{L})|\bje\s+mets\s+aux\s+voix\b|\ble\s+scrutin\s+est\s+(?:ouvert|clos)\b|\bl['’]ordre\s+du\s+jour\s+appelle\b|\bl['’]amendement\s+n[o°º]\s*\d+\s+(?:est|n['’]est)\b`,
    // de: "Ich bitte Sie, Platz zu nehmen.", "Ich erteile das Wort …", "Ich eröffne die Aussprache.", "Die Sitzung ist geschlossen."
    String.raw`\bPlatz\s+zu\s+nehmen\b|\bnehmen\s+Sie\s+(?:bitte\s+)?Platz\b|\bwer\s+stimmt\s+dagegen\b|\bwer\s+enthält\s+sich\b|\bIhre\s+Plätze\s+einzunehmen\b|\b(?:ich\s+)?erteile\s+(?:\p{L}+\s+){0,3}das\s+Wort\b|^das\s+Wort\s+hat\s+(?:jetzt|nun|der|die|Kollege|Kollegin|Frau|Herr)\b|\bich\s+(?:eröffne|schließe)\s+die\s+(?:Aussprache|Sitzung|Abstimmung|Aussprache)\b|\bdie\s+Sitzung\s+ist\s+(?:eröffnet|unterbrochen|geschlossen)\b|\bwir\s+kommen\s+(?:nun\s+|jetzt\s+)?zur\s+Abstimmung\b`,
    // nl: "Ik verzoek de leden hun plaatsen in te nemen.", "Ik geef het woord aan…" (ROOM_ASIDE), "Ik open/sluit de vergadering."
    String.raw`\bhun\s+plaats(?:en)?\s+in\s+te\s+nemen\b|\bik\s+(?:open|heropen|schors|sluit)\s+de\s+vergadering\b|\bde\s+vergadering\s+is\s+(?:geopend|geschorst|gesloten)\b|\bwij\s+gaan\s+(?:nu\s+)?(?:over\s+tot\s+de\s+)?stemmen\b|\bwe\s+gaan\s+(?:nu\s+)?stemmen\b|\bgeef\s+(?:ik\s+)?(?:nu\s+)?(?:als\s+eerste\s+)?het\s+woord\s+aan\b|^het\s+woord\s+is\s+aan\b|^aan\s+de\s+orde\s+is\b|\btoe\s+te\s+voegen\s+aan\s+de\s+agenda\b|\bwordt\s+besloten\.?$`,
    // pl: "Proszę państwa posłów o zajęcie miejsc.", "Udzielam głosu…", "Otwieram/zamykam posiedzenie.", "Przystępujemy do głosowania."
    String.raw`\bo\s+zajęcie\s+miejsc\b|\budzielam\s+(?:głosu|glosu)\b|\b(?:otwieram|zamykam|wznawiam)\s+(?:\p{L}+\s+){0,2}(?:posiedzenie|obrady|dyskusję|głosowanie)(?!\p{L})|\bporządek\s+obrad\s+(?:został\s+)?przyjęty\b|\bprzystępujemy\s+do\s+(?:głosowania|rozpatrzenia)\b|\bogłaszam\s+przerwę(?!\p{L})`,
    // cs: "Vážená paní předsedající, prosím tímto, abyste o předneseném procedurálním návrhu dala
    // hlasovat bezprostředně." (Jakob 2023, corpus), "Zahajuji/ukončuji rozpravu.", "Přistoupíme k hlasování."
    String.raw`\b(?:dal[ai]?|nechal[ai]?)\s+(?:\p{L}+\s+)?hlasovat\b|\bo\s+(?:\p{L}+\s+)?procedurálním\s+návrhu\b|\b(?:zahajuji|ukončuji|přerušuji)\s+(?:\p{L}+\s+)?(?:rozpravu|schůzi|hlasování)(?!\p{L})|\bpřistoupíme\s+k\s+hlasování(?!\p{L})`,
  ].join('|'),
  'iu',
);

/**
 * A bill or an act named by its formal title and number, as the chair reads it out ("Vamos
 * proceder à reapreciação do Decreto da Assembleia da República n.º 107/XV — Alteração ao
 * Estatuto da Ordem dos Advogados.", "Entwurf eines Gesetzes zur Änderung des …"): an item of
 * business, never a quote or a title. A document number ("n.º 562/X", "Drucksache 20/1234", "nr
 * druku 123", "Kamerstuk 36 200") or a sentence that opens on the bill's formal name.
 */
const BILL_TITLE = new RegExp(
  [
    String.raw`\b(?:lei|decreto(?:-lei)?|projec?to\s+de\s+(?:lei|resolução)|proposta\s+de\s+(?:lei|resolução)|resolução|ley|real\s+decreto|proyecto\s+de\s+ley|proposición\s+de\s+ley|legge|decreto-legge|disegno\s+di\s+legge|loi|projet\s+de\s+loi|proposition\s+de\s+loi|décret)\s+(?:[\p{L}\s]{0,40}\s)?n(?:\.\s?[º°o]|[º°]|\.|o\.)\s*\d`,
    // an act's closing formula read out with it: "Uchwała podlega ogłoszeniu w Dzienniku Urzędowym …
    // «Monitor Polski»" (Senat RP, 2020-01, corpus), "Das Gesetz tritt am Tag nach der Verkündung in Kraft."
    String.raw`\bpodlega\s+ogłoszeniu\b|\bwchodzi\s+w\s+życie\s+z\s+dniem\b|\btritt\s+(?:am|mit)\s+[\p{L}\s]{0,40}in\s+Kraft\b|\bentra\s+em\s+vigor\s+no\s+dia\b|\bentrará\s+en\s+vigor\b|\bentre(?:ra)?\s+en\s+vigueur\s+le\b|\bentra\s+in\s+vigore\s+il\b|\btreedt\s+in\s+werking\s+met\s+ingang\b|\bshall\s+come\s+into\s+force\b`,
    String.raw`\b(?:Ley(?:\s+Orgánica)?|Real\s+Decreto(?:-ley)?|Decreto(?:-Lei|-ley)?|Lei)\s+\d+\/\d{2,4}\b|\bDrucksache\s+\d|\bKamerstuk(?:ken)?\s+\d|\b(?:nr|numer)\s+druku\s+\d|\bdruk\s+nr\.?\s*\d|\bBill\s+\[HL\]|\bno\.\s*\d+\s+of\s+(?:19|20)\d\d\b`,
    String.raw`^(?:(?:der|den|dem)\s+)?(?:Entwurf\s+eines\s+)?Gesetz(?:es)?\s+(?:zur|zum|über)\s+\p{L}|^(?:a\s+)?bill\s+(?:to|for)\s+(?:amend|make|provide|an\s+act)\b|^(?:wetsvoorstel|voorstel\s+van\s+wet)\b|^projekt\s+ustawy\s+o\b|^(?:projet|proposition)\s+de\s+loi\s+(?:relati(?:f|ve)|portant|visant|tendant)\b|^(?:proyecto|proposición)\s+de\s+ley\s+(?:orgánica\s+)?(?:de|por|sobre)\b|^(?:projec?to|proposta)\s+de\s+lei\b|^disegno\s+di\s+legge\b`,
  ].join('|'),
  'iu',
);

/** Whether a sentence is the sitting's procedure or a bill's formal title read out (PROCEDURE, BILL_TITLE). */
export function isProcedural(sentence: string): boolean {
  const s = sentence.trim();
  // (asked of the same sentences by the title, the quote and the closing line: once per build; the
  // long patterns only when a word they need is there, as few sentences have one)
  return procedural(s, () => {
    const lower = s.toLowerCase();
    return PROCEDURE_WORDS.some((w) => lower.includes(w)) && (PROCEDURE.test(s) || BILL_TITLE.test(s));
  });
}
/** A word or stem each pattern of PROCEDURE and BILL_TITLE needs, lower-cased. */
const PROCEDURE_WORDS = [
  ...['seat', 'place', 'order', 'question', 'sitting', 'house', 'meeting', 'call', 'vote', 'division'],
  ...['item of business', 'beg to move', 'lugar', 'palavra', 'sessão', 'reunião', 'vota', 'escaño'],
  ...['asiento', 'palabra', 'sesión', 'posto', 'facoltà', 'seduta', 'giorno', 'parlare', 'parole'],
  ...['séance', 'voix', 'scrutin', 'ordre', 'amendement', 'platz', 'plätze', 'stimmt', 'enthält'],
  ...['wort', 'aussprache', 'sitzung', 'abstimmung', 'plaats', 'vergadering', 'stemmen', 'woord'],
  ...['orde', 'agenda', 'besloten', 'miejsc', 'głos', 'glos', 'posiedzenie', 'obrad', 'dyskusj'],
  ...['przerw', 'rozpatrz', 'porządek', 'lei', 'ley', 'legge', 'loi', 'decret', 'décret', 'drucksache'],
  ...['kamerstuk', 'druk', 'bill', 'no.', 'gesetz', 'wetsvoorstel', 'voorstel van wet', 'projekt'],
  ...['projet', 'proposition', 'proyecto', 'proposición', 'projeto', 'projecto', 'proposta', 'disegno'],
  ...['podlega', 'wchodzi', 'kraft', 'vigor', 'vigueur', 'vigore', 'werking', 'into force', 'proceder'],
  ...['voti', 'resolu', 'hlasov', 'procedurál', 'rozprav', 'schůzi'],
];
const procedural = buildMemo<boolean>(4096);

/**
 * "You", per language (the deck's; English when unknown): a line that says it to someone it
 * names is about that person. German's formal "Sie"/"Ihnen"/"Ihr" only with its capital inside
 * the line, where it is the address, not "she/they".
 */
const YOU: Record<string, string> = {
  en: 'you|your|yours|yourself|yourselves',
  fr: 'vous|votre|vos|tu|toi|ton|ta|tes',
  es: 'usted|ustedes|vosotr[oa]s|vuestr[oa]s?|tú|te|ti|tus',
  pt: 'você|vocês|vós|voss[oa]s?|teus?|tuas?|te|ti',
  it: 'voi|vostr[oaie]|tu|te|ti|tuo|tua|tuoi|tue',
  de: 'du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?',
  nl: 'jij|jou|jouw|jullie|uw',
  da: 'du|dig|din|dit|dine|jer|jeres',
  nb: 'du|deg|din|ditt|dine|dere|deres',
  sv: 'du|dig|din|ditt|dina|ni|er|era',
  ru: 'вы|вас|вам|вами|ваш(?:а|е|и|его|ей|ему|им|их|ими)?|ты|тебя|тебе|тобой|тво(?:й|я|ё|е|и|его|ей|ему|их)',
  uk: 'ви|вас|вам|вами|ваш(?:а|е|і|ого|ій|ому|им|их)?|ти|тебе|тобі|тобою|тві(?:й)|тво(?:я|є|ї|го|єї|єму|їх)',
  pl: 'wy|was|wam|wami|wasz(?:a|e|ego|ej|ym|ych)?|ty|ciebie|cię|tobie|tobą|twój|twoja|twoje',
};
const YOU_RE = new Map(
  Object.entries(YOU).map(([l, w]) => [
    l,
    new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${w})(?![\p{L}\p{M}])`, 'iu'),
  ]),
);
/** German's formal "you", capitalised inside the line. */
const YOU_FORMAL_DE = /(?<=\S\s+)(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)(?![\p{L}\p{M}])/u;
/** Chinese and Japanese "you". */
const YOU_CJK = /[您你]|あなた/u;

function saysYou(s: string, lang: string): boolean {
  const l = primaryLang(lang);
  if (YOU_CJK.test(s)) return true;
  if (l === 'de' && YOU_FORMAL_DE.test(s)) return true;
  return (YOU_RE.get(l) ?? YOU_RE.get('en')!).test(s);
}

/** The most words a courtesy says after its form of address. */
const COURTESY_WORDS = 20;

/** A form of address set off by a comma (structure.ts VOCATIVE, or a title and name: "Madam First Lady", "President Ruto"). */
function isAddress(part: string, lang: string): boolean {
  const p = part.trim();
  const words = wordsOf(p);
  if (!words.length || words.length > 5) return false;
  if (VOCATIVE.test(p)) return true;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) && !isFunctionWord(w, lang));
}

/** A line's words before its first comma: where a form of address stands. */
const ADDRESS_FIRST = /^([^,，،;:!?.]{2,60})(?:,\s+|[，،]\s*)/u;

/**
 * Whether a line opens on a form of address set off by a comma ("Señorías, estamos viviendo
 * tiempos de gran incertidumbre.", López 2016, corpus; "Madam First Lady, …"): said to someone in
 * the room, a plain line is no key line (a striking one is weighed by the quote rules first).
 */
export function opensOnAddress(s: string, lang = ''): boolean {
  const first = ADDRESS_FIRST.exec(s.trim());
  return !!first && isAddress(first[1]!, lang);
}

/**
 * A courtesy said to someone the line names ("Madam First Lady, you have been so kind." — Ruto,
 * state dinner toast, 2024, judge20; "…, mon cher Président, vous êtes ici chez vous."): a form of
 * address before the first comma or after the last, and "you" in what is said to them, with no
 * rhetoric of its own (quoteScore: "My fellow Americans, ask not what your country can do for
 * you…" is the speech's point, said to the room).
 */
function saidToSomeone(s: string, lang: string): boolean {
  // (a long period after the address is the speech's point: "Fellow-citizens, above your national,
  // tumultous joy, I hear the mournful wail of millions…", Douglass 1852, corpus)
  if (!saysYou(s, lang)) return false;
  const first = ADDRESS_FIRST.exec(s);
  const last = /(?:,\s+|[，،]\s*)([^,，،;:!?]{2,60}?)[.!。！]?["”»’)]*$/u.exec(s);
  const rest =
    first && isAddress(first[1]!, lang)
      ? s.slice(first[0].length)
      : last && isAddress(last[1]!, lang)
        ? s.slice(0, last.index)
        : null;
  return !!rest && size(rest) <= COURTESY_WORDS && saysYou(rest, lang) && quoteScore(rest, lang) === 0;
}

/** A line that points back for its reason: "That's why she's the First Lady." answers a quip. */
const POINTS_BACK = /^(?:and\s+|so\s+)?(?:that['’]s|that\s+is|this\s+is|which\s+is)\s+why\b/iu;

/**
 * A line said to the room, not a line to read: a thanks or a welcome, a reply that points back
 * for its reason, the chair's procedure, a sign-post of the talk (signpost.ts), or a bare introduction — only names and roles in capitals ("Our First Lady,
 * Dr. Jill Biden.", "Ladies and gentlemen, the President of the United States.").
 */
export function isThrowaway(sentence: string, lang = ''): boolean {
  const s = sentence.trim();
  return throwaways(`${lang}\u0000${s}`, () => throwaway(s, lang));
}

/**
 * The answers of isThrowaway in this build: the key line, the best quote and the striking line
 * each ask it of the same sentences, and its patterns run over the whole sentence.
 */
const throwaways = buildMemo<boolean>(4096);

function throwaway(s: string, lang: string): boolean {
  if (
    THANKS.test(s) ||
    POINTS_BACK.test(s) ||
    ROOM_ASIDE.test(s) ||
    isProcedural(s) ||
    isSignpost(s) ||
    saidToSomeone(s, lang)
  )
    return true;
  const words = wordsOf(s).map((w) => w.replace(/[^\p{L}\p{N}]+$/u, ''));
  const named = words.filter((w) => /^\p{Lu}/u.test(w));
  return (
    named.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w) || isFunctionWord(w, lang) || /^(?:ladies|gentlemen)$/iu.test(w))
  );
}

/**
 * A line that announces what the speaker is about to say, or points back at what was said, without
 * saying it (judge21, fault 30): "We must face an unpleasant fact about energy prices." (Carter
 * 1977: the fact is the next sentence), "…still, he—but I will tell you about it." (Twain 1906),
 * "During the next few weeks, the Congress will make a judgment on these vital questions."
 * (Carter 1977), "I believe that the duties of this office permit me to do no less." (ibid.),
 * "Another factor in maintaining balance involves the element of time." (Eisenhower 1961),
 * "Mes chers collègues, je vous parlais, un peu plus tôt, de dialogue entre nous." (Braun-Pivet
 * 2022). Never a slide's key line while a sentence with the content is there.
 */
const ANNOUNCES = new RegExp(
  [
    String.raw`\b(?:face|confront|tell\s+you|admit|accept|state)\s+(?:an?|the|one|another|this|some)\s+(?:[\p{L}-]+\s+){0,2}(?:fact|truth|reality)s?(?:\s+(?:about|of|on|concerning)\s+[^,;:.!?]{1,40})?[.!:]?$`,
    String.raw`\b(?:I|we)\s+(?:will|['’]ll|shall|want\s+to|am\s+going\s+to|['’]m\s+going\s+to)\s+tell\s+you\s+(?:about\s+(?:it|that|this|them)|why|how)\b`,
    String.raw`\b(?:these|those)\s+(?:[\p{L}-]+\s+)?(?:questions|issues|matters|problems|points|things|decisions|choices|subjects)[.!]?$`,
    String.raw`\bdo\s+(?:no|nothing)\s+less[.!]?$`,
    // "We must face these tensions squarely." (Obama, Cairo 2009): what they are comes next
    String.raw`\b(?:face|address|discuss|confront|examine|consider|turn\s+to)\s+(?:these|those)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:\s+(?:squarely|directly|honestly|head-on|openly|frankly|now|today|first))?[.!]?$`,
    // "I renew that pledge to the new members of this Congress." (Ford 1975): the pledge was said before
    String.raw`^(?:and\s+)?(?:I|we)\s+(?:now\s+)?(?:renew|repeat|reaffirm|restate|reiterate)\s+(?:that|this|my|our)\s+(?:pledge|promise|commitment|call|offer|point)\b`,
    String.raw`^(?:another|one\s+more|a\s+(?:further|final|second|third|last))\s+(?:factor|element|point|aspect|consideration|matter)\b[^.!?]{0,60}\b(?:involves|concerns|relates\s+to)\b`,
    String.raw`\b(?:je\s+vous\s+(?:parlais|ai\s+parlé)|j['’](?:évoquais|ai\s+évoqué))\b[^.!?]{0,40}\b(?:plus\s+tôt|tout\s+à\s+l['’]heure|au\s+début)\b`,
  ].join('|'),
  'iu',
);

/** Whether a line only announces what is said next, or points back at it (ANNOUNCES). */
export function isAnnouncement(sentence: string): boolean {
  return ANNOUNCES.test(sentence.trim());
}

/** Whether a two-word phrase with a content word in it is said twice in a line ("all things"). */
function repeatsPhrase(s: string, lang: string): boolean {
  const w = wordsOf(s.toLowerCase()).map(bare);
  const seen = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) {
    if (isFunctionWord(w[i + 1]!, lang) || w[i + 1]!.length < 4) continue;
    const pair = `${w[i]} ${w[i + 1]}`;
    if (seen.has(pair)) return true;
    seen.add(pair);
  }
  return false;
}

/**
 * Whether a line's quotation marks do not pair up: it opens inside a quotation the sentence
 * splitter cut ("Göçmenleri seviyorum demek, … değildir.” ifadelerini kullandı.") or stops inside
 * one. Such a line is never set on screen: it is not a whole saying of anyone's.
 */
export function unbalancedQuotes(line: string): boolean {
  const count = (re: RegExp) => (line.match(re) ?? []).length;
  // a transcript that mixes straight and curly marks ("“I hope you know … heart."", "\"I hope you
  // jump in rain puddles.”", Obama, Tucson 2011): each mark opens or closes, whichever it is
  const straight = count(/"/gu);
  if (straight && /[“”„]/u.test(line))
    return (straight + count(/[“”„]/gu)) % 2 === 1 || count(/«/gu) !== count(/»/gu);
  // German opens with „ and closes with “ (or ”); English opens with “ and closes with ”
  const curly = line.includes('„') ? count(/„/gu) !== count(/[“”]/gu) : count(/“/gu) !== count(/”/gu);
  return curly || count(/«/gu) !== count(/»/gu) || count(/"/gu) % 2 === 1;
}

/** How quotable a sentence is (0 = not at all). */
export function quoteScore(sentence: string, lang = '', max = MAX_QUOTE_WORDS): number {
  const s = sentence.trim();
  const n = size(s);
  if (n < 4 || n > max || isSelfCorrected(s, lang) || isThrowaway(s, lang) || isSetUp(s, lang)) return 0;
  // a line that announces its point or points back at it without saying it (ANNOUNCES)
  if (isAnnouncement(s)) return 0;
  if (unbalancedQuotes(s)) return 0;
  if (/\p{Nd}/u.test(s) && !/(?:\p{L}\p{M}*){3,}/u.test(s)) return 0;
  let score = 0;
  const words = wordsOf(s.toLowerCase())
    .map(bare)
    .filter((w) => w.length >= 4 && !isFunctionWord(w, lang));
  const seen = new Set<string>();
  let repeats = 0;
  for (const w of words) {
    if (seen.has(w)) repeats++;
    seen.add(w);
  }
  // a phrase said twice ("in all things … in all things") is repetition however long the line
  if (repeats >= 2 || (repeats && (n <= 14 || repeatsPhrase(s, lang)))) score += 1 + Math.min(repeats, 2);
  if (ANTITHESIS.test(s)) score += 2;
  // (a verb turned into its passive is the antithesis of who does it, "bury … be buried": English)
  else if (englishOrUnsaid(lang) && turnsVoice(s)) score += 2;
  if (TRIAD.test(s)) score += 1.5;
  const clauses = s.split(/[,;—–]\s*/u).map((c) => wordsOf(c.toLowerCase()).slice(0, 2).join(' '));
  const openings = new Map<string, number>();
  for (const c of clauses) if (c.includes(' ')) openings.set(c, (openings.get(c) ?? 0) + 1);
  if ([...openings.values()].some((v) => v >= 2)) score += 2;
  // three items in a row on the same word ("no strife, no prejudice, no national conflict")
  else if (SERIES.test(s) || SERIES_SECOND.test(s)) score += 2.5;
  // an imperative said to the hearers ("Never give up on…", "Let us begin anew.")
  if (IMPERATIVE.test(s)) score += 1;
  if (!score) return 0;
  if (s.endsWith('!')) score += 0.5;
  if (n <= 12) score += 0.5;
  // a line that opens with a connective leans on what came before: weaker on its own
  if (
    /^(?:besides|moreover|however|also|and|but|so|then|furthermore|además|sin embargo|cependant)\b|^(?:кроме\s+того|однако|также|тем\s+не\s+менее)(?![\p{L}\p{M}])/iu.test(
      s,
    )
  )
    score -= 1.5;
  return score;
}

/** A series going on after a comma: a member or two, then "and"/"or" and the last, to the clause's end. */
const SERIES_ON = /^,\s*(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+,?\s+(?:and|or)\s+[^,;:.!?—–]+/u;

/**
 * A long sentence up to the end of its antithesis ("We choose to go to the moon in this decade
 * and do the other things, not because they are easy, but because they are hard, because that
 * goal…" → "…, but because they are hard."), or null: the cut is at the clause boundary after
 * the antithesis's second half, and leaves something after it.
 */
export function antithesisHead(sentence: string): string | null {
  const s = sentence.trim();
  const m = /\bnot\b[^.!?]{2,80}?\b(?:but|rather)\b/iu.exec(s);
  if (!m || !/^[\p{Lu}“"]/u.test(s)) return null;
  const end = /\s*(?:[,;:]|\s[—–]\s|—)\s*/u.exec(s.slice(m.index + m[0].length));
  if (!end) return null;
  let head = s.slice(0, m.index + m[0].length + end.index);
  // (a comma that opens a series goes on to its last member: "…not only at the federal level, but
  // with state, | local, and tribal partners.", Deese 2022, judge26 B2: the line was cut at "state")
  const series = SERIES_ON.exec(s.slice(head.length));
  if (series) head += series[0];
  if (wordsOf(s.slice(head.length)).length < 3) return null;
  // (the cut leaves a subject said before its predicate: "…but I know that how we treat one another,
  // | that's entirely up to us.", Obama 2011, judge23 B1)
  if (/^[\s,;:—–]*(?:that['’]s|that\s+is|it['’]s|this\s+is)\b/iu.test(s.slice(head.length))) return null;
  // (nor a frame that says what follows is said, with the point after it: "I speak to you not just
  // as a President, but as a father, | when I say that responsibility for our children's education
  // must begin at home.", Obama 2009, judge24 B3)
  if (
    /^[\s,;:—–]*(?:when|as|if)\s+(?:I|we)\s+(?:say|tell|ask|urge|repeat|insist)\b/iu.test(
      s.slice(head.length),
    )
  )
    return null;
  // the speaker's words to the cut, no full stop he did not say there
  return head.replace(/[\s,;:—–]+$/u, '');
}

/** A question, or a sentence that sets one up ("…was asked why he wanted to climb it."): its point is the answer. */
export function asksForAnswer(sentence: string): boolean {
  const s = sentence.trim();
  return (
    /[?？؟][”"»’)]*$|[:：]$/u.test(s) ||
    // (not the imperative that answers itself: "ask not what your country can do for you—ask what
    // you can do for your country", Kennedy's inaugural, judge20)
    (!/\bask\s+not\b/iu.test(s) &&
      /\b(?:asked|ask|asks|wonder(?:ed|s)?)\s+(?:[\p{L}'’]+\s+){0,3}?(?:why|what|how|whether|who|when|where)\b/iu.test(
        s,
      ))
  );
}

/**
 * The most quotable of some sentences, if one is quotable enough (score ≥ 2.5). A question (or
 * its set-up) is never set on screen without its answer: it is quoted with the sentence that
 * answers it at once, or not at all ("But why, some say, the moon?" alone is a set-up).
 */
export function bestQuote(sentences: readonly string[], lang = ''): string | null {
  let best: string | null = null;
  let bestScore = 2.49;
  for (let i = 0; i < sentences.length; i++) {
    let s = sentences[i]!.trim();
    if (asksForAnswer(s)) {
      const answer = sentences[i + 1]?.trim();
      if (!answer || asksForAnswer(answer)) continue;
      s = `${s} ${answer}`;
    }
    // a period whose rhetoric is strong is the line however long, within LONG_QUOTE_WORDS: "We
    // seek not just legal equity but human ability, not just equality as a right and a theory but
    // equality as a fact and equality as a result." (Johnson 1965, judge22: 27 words, antithesis
    // twice and "equality" three times) over the shorter "We seek not just freedom but opportunity."
    const n = size(s);
    // (an antithesis in it: a long run of repetition alone, "We share common values from the past,
    // a common defense line at present, and common aspirations…", is the slide's list, keylist.ts)
    const long = n > MAX_QUOTE_WORDS && ANTITHESIS.test(s) ? quoteScore(s, lang, LONG_QUOTE_WORDS) : 0;
    const sc = long >= LONG_RHETORIC ? long - LONG_PENALTY : quoteScore(s, lang);
    if (sc > bestScore) {
      best = s;
      bestScore = sc;
    }
  }
  return best;
}
