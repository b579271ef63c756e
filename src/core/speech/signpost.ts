/**
 * Sign-posts: lines in which the talk speaks of itself — where it goes next ("Now I turn to…",
 * "Let's look at the record.", "Passons maintenant à…"), what it will come back to ("I will return
 * to the meaningful outcomes … in a moment", "j'y reviendrai"), what it said ("As I said, …",
 * "Tolik nález Ústavního soudu…"), what it is about ("I want to discuss economic development and
 * opportunity.", "My subject, then, fellow-citizens, is AMERICAN SLAVERY.") and the agenda item it
 * opens ("The fourth issue that I will address is democracy."). The slide's title may say the
 * topic; as its quote such a line says nothing a designer would put on screen (render19, judge19).
 * Per language: en, fr, es, pt, it, de, ru, sl, cs (setup.ts has the English set-up lines whose
 * point is the next sentence; quotable.ts the thanks, the room's asides and the chair's procedure).
 */
import { enumerationMarker } from './enumeration';
import { wordsOf } from './text';

/** Not inside a word (JavaScript's \b knows ASCII letters only: "хочу", "à", "él"). */
const B = String.raw`(?<![\p{L}\p{M}])`;
const E = String.raw`(?![\p{L}\p{M}])`;

/**
 * The talk pointing back or ahead at itself, anywhere in the line: "I will return to … in a
 * moment", "more on that later", "as I said earlier", "j'y reviendrai", "volveré sobre…",
 * "darauf komme ich gleich zurück", "к этому я ещё вернусь".
 */
const POINTS_IN_TALK = new RegExp(
  [
    // en: "I will return to the meaningful outcomes … in a moment" (Sherwood-Randall, judge19)
    String.raw`${B}(?:I|we)(?:['’]ll|\s+will|\s+shall|\s+want\s+to|\s+would\s+like\s+to|['’]d\s+like\s+to)\s+(?:(?:now|also|then|later|briefly)\s+)?(?:return|come\s+back|get\s+back|go\s+back)\s+(?:to|on)${E}`,
    String.raw`${B}more\s+(?:on|about)\s+(?:that|this|it)\s+(?:later|shortly|in\s+a\s+(?:moment|minute))${E}`,
    String.raw`${B}(?:in\s+a\s+(?:moment|minute)|later\s+(?:on\s+)?in\s+(?:this|my)\s+(?:speech|remarks|address|talk|statement))(?=\s*[.,;:!—–]|\s*$)`,
    // fr
    String.raw`${B}j['’]y\s+reviendrai${E}|${B}(?:je|nous)\s+(?:y\s+)?reviendr(?:ai|ons)\s+(?:sur|à|au|aux)${E}|${B}dans\s+un\s+instant${E}`,
    // es, pt, it
    String.raw`${B}volveré\s+(?:sobre|a|al)${E}|${B}en\s+unos\s+(?:momentos|minutos)${E}|${B}voltarei\s+(?:a|ao|à|sobre)${E}|${B}tornerò\s+(?:su|sul|sulla|sui|a|al|alla)${E}`,
    // de
    String.raw`${B}(?:ich\s+)?komme\s+(?:\p{L}+\s+){0,3}?(?:gleich|später|noch)\s+(?:\p{L}+\s+){0,2}?zurück${E}|${B}darauf\s+komme\s+ich${E}`,
    // ru
    String.raw`${B}(?:я\s+)?(?:ещё\s+|еще\s+)?вернусь\s+к${E}|${B}к\s+этому\s+(?:я\s+)?(?:ещё\s+|еще\s+)?(?:вернусь|вернёмся|вернемся)${E}`,
  ].join('|'),
  'iu',
);

/** Openings a line may have before its frame ("And", "Now,", "Finally,", "Today"). */
const LEAD = String.raw`(?:(?:and|so|now|next|then|finally|lastly|but|today|tonight|this\s+(?:morning|afternoon|evening))\s*,?\s+)*`;

/**
 * A frame in which the speaker says what the talk does next or what it is about, at the line's
 * opening: "Now I turn to…", "Let me now turn to…", "Turning to…", "That brings me to…", "Let's
 * look at the record.", "I want to discuss…", "I want to talk to you today about…", "Let me say a
 * few words about…", "My subject … is …", "As I said, …".
 */
const FRAMES: Record<string, RegExp> = {
  en: new RegExp(
    [
      // "Now I turn to…", "Let me now turn to…", "We now come to…", "I move on to…"
      // (a "we" turns to the talk's next part only "now": "We will turn to our allies" is a policy)
      String.raw`^${LEAD}(?:let\s+me|let\s+us|let['’]s|allow\s+me\s+to|permit\s+me\s+to|I(?:\s+(?:now\s+)?(?:want|wish|would\s+like|['’]d\s+like)\s+to|['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to)?|we\s+(?:will\s+|shall\s+)?now)\s+(?:(?:now|just|briefly|also|then|first|next)\s+)*(?:turn|move\s+on|proceed|pass|come\s+now)(?:\s*,[^,.!?]{1,25},)?\s+(?:now\s+)?to${E}`,
      String.raw`^${LEAD}(?:I|we)\s+now\s+come\s+to${E}|^${LEAD}turning\s+(?:now\s+)?to${E}|^${LEAD}(?:which|that|this)\s+brings\s+(?:me|us)\s+to${E}`,
      // "Let's look at the record." (Reagan 1982), "Let us take a closer look at…", "Let me review…"
      String.raw`^${LEAD}(?:let['’]s|let\s+us|let\s+me)\s+(?:(?:now|just|briefly|first|quickly)\s+)*(?:(?:take|have)\s+a\s+(?:quick\s+|brief\s+|closer\s+|close\s+)?look\s+at|look\s+(?:briefly\s+|closely\s+|again\s+|quickly\s+)?at|examine|review)${E}`,
      // "I want to discuss economic development and opportunity." (Obama, Cairo), "I'd like to talk
      // to you today about…", "Let me say a few words about…", "Tonight I will speak of…"
      // (the speaker's own "I", or "let me/us": "We will talk about this with our partners" is a policy)
      String.raw`^${LEAD}(?:let\s+me|let\s+us|let['’]s|allow\s+me\s+to|permit\s+me\s+to|I\s+(?:(?:just|also|now|briefly|first)\s+)?(?:want|wish|would\s+like|['’]d\s+like|intend|plan|am\s+going|['’]m\s+going|will|['’]ll|shall)\s+(?:now\s+)?(?:to\s+)?)(?:(?:briefly|now|also|just|first)\s+)?(?:talk|speak|say\s+(?:a\s+(?:few\s+)?words?|something|a\s+little)|dwell|touch|comment)\s+(?:(?:to|with)\s+(?:you|all\s+of\s+you)\s+)?(?:(?:today|tonight|briefly|now|a\s+(?:bit|little)|for\s+a\s+(?:moment|minute|few\s+minutes))\s+)*(?:about|on|upon|of)${E}`,
      String.raw`^${LEAD}(?:let\s+me|let\s+us|let['’]s|I\s+(?:(?:just|also|now|briefly|first)\s+)?(?:want|wish|would\s+like|['’]d\s+like|intend|am\s+going|['’]m\s+going|will|['’]ll|shall)\s+(?:now\s+)?(?:to\s+)?)(?:(?:briefly|now|also|just|first)\s+)?(?:discuss|outline)${E}`,
      // "Let me also address the issue of Iraq." (Cairo), "Let me give you an example." (judge19),
      // "Now, I want to speak very bluntly." (Ford 1975)
      String.raw`^${LEAD}(?:let\s+me|I\s+(?:(?:just|also|now)\s+)?(?:want|wish|would\s+like|['’]d\s+like)\s+to)\s+(?:(?:also|now|briefly|just|first)\s+)?(?:address\s+the\s+(?:issue|question|matter|subject|topic)|give\s+you\s+(?:an|one|a\s+few|another|a\s+(?:good|concrete|simple)|two|three)\s+(?:\p{L}+\s+)?examples?)${E}`,
      String.raw`^${LEAD}(?:let\s+me|I\s+(?:(?:just|also|now)\s+)?(?:want|wish|would\s+like|['’]d\s+like)\s+to)\s+(?:speak|talk)\s+(?:to\s+you\s+)?(?:very\s+|quite\s+|as\s+)?(?:bluntly|frankly|plainly|candidly|directly|honestly)(?=\s*[.!]?\s*$)`,
      // "My subject, then, fellow-citizens, is AMERICAN SLAVERY." (Douglass), "My topic tonight is…"
      String.raw`^${LEAD}(?:my|our)\s+(?:subject|topic|theme)${E}[^.!?;]{0,50}?${B}is${E}`,
    ].join('|'),
    'iu',
  ),
  // "Permettez-moi de revenir sur…", "J'en viens à…", "Passons maintenant à…", "Je dis bien
  // toutes, depuis celle de Michel Debré…" (Philippe 2017, corpus), "Comme je l'ai dit, …"
  fr: new RegExp(
    [
      String.raw`^(?:(?:et|alors|maintenant|enfin|ensuite|mais)\s*,?\s+)?(?:je\s+(?:voudrais|veux|souhaite|souhaiterais|vais|voulais|tiens\s+à)\s+(?:(?:maintenant|d['’]abord|enfin|aussi|également|brièvement|ici)\s+)*|permettez-moi\s+(?:(?:maintenant|d['’]abord|enfin)\s+)*(?:de\s+|d['’]))(?:vous\s+)?(?:parler|évoquer|aborder|dire\s+(?:un|quelques)\s+mots?|revenir|en\s+venir|m['’]arrêter|m['’]attarder)${E}`,
      // "Je veux ce soir être très clair avec vous." (Macron 2018, judge19): a set-up, its point follows
      String.raw`^(?:(?:et|alors|maintenant|enfin|ensuite|mais)\s*,?\s+)?je\s+(?:veux|voudrais|tiens\s+à)\s+(?:\p{L}+\s+){0,2}?être\s+(?:très\s+|parfaitement\s+|bien\s+)?clair(?:e)?(?:\s+avec\s+vous)?\s*[.!]?\s*$`,
      String.raw`^(?:(?:et|alors|maintenant|enfin|ensuite|mais)\s*,?\s+)?(?:j['’]en\s+(?:viens|arrive)|venons-en|j['’]aborde\s+(?:maintenant|enfin|ensuite)|passons\s+(?:maintenant\s+|ensuite\s+|enfin\s+)?(?:à|au|aux)|je\s+dis\s+bien)${E}`,
    ].join('|'),
    'iu',
  ),
  // "Quisiera comenzar mi intervención destacando que…" (Sánchez 2018, corpus), "Paso ahora a…"
  es: new RegExp(
    String.raw`^(?:(?:y|ahora|pues|bien|finalmente|por\s+último)\s*,?\s+)?(?:(?:quiero|quisiera|quería|deseo|me\s+gustaría|voy\s+a|permítanme|permítame|déjenme)\s+(?:(?:ahora|también|brevemente|ya)\s+)*(?:hablar(?:les)?|referirme|detenerme|decir\s+unas\s+palabras|comenzar|empezar|terminar|concluir|abordar|volver)${E}|paso\s+(?:(?:ahora|ya)\s+(?:a|al)|al)${E}|veamos${E})`,
    'iu',
  ),
  pt: new RegExp(
    String.raw`^(?:(?:e|agora|bem|finalmente|por\s+fim)\s*,?\s+)?(?:(?:quero|queria|gostaria\s+de|desejo|vou|permitam-me|permita-me|deixem-me)\s+(?:(?:agora|também|brevemente)\s+)*(?:falar|referir-me|deter-me|dizer\s+(?:umas|algumas|duas)\s+palavras|começar|terminar|concluir|abordar|voltar)${E}|passo\s+(?:agora\s+(?:a|ao|à|aos|às)|ao|à|aos|às)${E}|vejamos${E})`,
    'iu',
  ),
  it: new RegExp(
    String.raw`^(?:(?:e|ora|adesso|infine|ebbene)\s*,?\s+)?(?:(?:vorrei|voglio|desidero|intendo|permettetemi\s+di|lasciatemi|consentitemi\s+di)\s+(?:(?:ora|adesso|anche|brevemente|soltanto|solo)\s+)*(?:parlare|soffermarmi|dire\s+(?:qualche|alcune|due)\s+parol[ea]|accennare|tornare|passare|venire|cominciare|concludere)${E}|(?:vengo|passo)\s+(?:(?:ora|adesso|infine)\s+(?:a|al|alla|ai|alle|agli)|al|alla|ai|alle|agli)${E}|vediamo${E})`,
    'iu',
  ),
  // "Ich möchte kurz auf die Finanzen eingehen.", "Lassen Sie mich noch etwas zu … sagen.", "Ich komme nun zu…"
  de: new RegExp(
    String.raw`^(?:(?:und|nun|jetzt|so|schließlich)\s*,?\s+)?(?:(?:ich\s+(?:möchte|will|werde|wollte)|lassen\s+Sie\s+mich)\s+(?:\p{L}+\s+){0,5}?(?:sprechen|eingehen|zurückkommen|ansprechen|sagen(?=\s*[.!]))${E}|ich\s+komme\s+(?:nun|jetzt|damit|zum\s+Schluss)\s+(?:zu|zum|zur)${E}|kommen\s+wir\s+(?:nun|jetzt)\s+zu|schauen\s+wir\s+(?:uns\s+)?(?:\p{L}+\s+){0,4}?an${E})`,
    'iu',
  ),
  // "Позвольте остановиться на…", "Теперь перейду к…", "Как я уже говорил, …"
  ru: new RegExp(
    String.raw`^(?:(?:и|а|теперь|итак|далее)\s*,?\s+)?(?:(?:я\s+)?(?:хотел(?:а)?\s+бы|хочу)\s+(?:\p{L}+\s+){0,2}?(?:остановиться|коснуться|сказать\s+несколько\s+слов|поговорить|перейти|вернуться)${E}|позвольте\s+(?:мне\s+)?(?:\p{L}+\s+){0,2}?(?:остановиться|коснуться|сказать\s+несколько\s+слов|перейти|вернуться)${E}|(?:теперь\s+)?перейд(?:у|ём|ем)\s+к${E}|давайте\s+(?:посмотрим|перейдём|перейдем|вернёмся|вернемся)${E}|остановлюсь\s+на${E}|скажу\s+несколько\s+слов${E})`,
    'iu',
  ),
  // "Ker gre za tretjo obravnavo bom navedel le bistvene elemente…" (Zorčič 2022, corpus)
  sl: new RegExp(
    String.raw`${B}(?:bom|bomo)\s+(?:\p{L}+\s+){0,2}?(?:navedel|navedla|predstavil|predstavila|povedal|povedala|omenil|omenila)\s+(?:le|samo|zgolj|na\s+kratko)${E}`,
    'iu',
  ),
  // "Tolik nález Ústavního soudu, který …" (Jakob 2023, corpus): "so much for …", closing a citation
  cs: new RegExp(String.raw`^tolik\s+(?:k\s+)?\p{L}+\s+\p{L}|^vrátím\s+se\s+k${E}`, 'iu'),
  // "עד כאן דבריו של זאב ז'בוטינסקי." (Rivlin 2003, judge35): "so far his words", closing a citation
  he: /^ו?עד\s+כאן\s+(?:דבריו|דבריה|דבריהם|הדברים|הציטוט|ציטוט)(?![\p{L}\p{M}])/u,
};

/**
 * "As I said", in the languages above: a sign-post only when little follows it ("As I said
 * before, I mean it."); what follows is the speaker's claim, said again ("A jak jsem říkal, tu
 * délku výstupu a počet vystupování taky je zcela neoddiskutovatelné…", Jakob 2023, corpus).
 */
const AS_SAID = new RegExp(
  String.raw`^(?:(?:and|so|but|well|et|mais|y|pero|e|mas|ma|und|aber|и|а|a)\s*,?\s+)?(?:as\s+I\s+(?:have\s+|['’]ve\s+)?(?:said|mentioned|noted|indicated)|comme\s+je\s+(?:l['’]ai|vous\s+l['’]ai)\s+(?:dit|indiqué|rappelé)|como\s+(?:ya\s+)?(?:he\s+dicho|dije|decía|he\s+señalado|señalé)|como\s+(?:já\s+)?(?:disse|referi|afirmei)|come\s+(?:ho\s+)?(?:già\s+)?(?:detto|ricordato)|wie\s+(?:ich\s+)?(?:bereits|schon)\s+(?:sagte|gesagt\s+habe|erwähnt)|как\s+я\s+уже\s+(?:сказал|говорил|отмечал)|jak\s+jsem\s+(?:(?:již|už)\s+)?(?:řekl|říkal|uvedl))${E}(?:\s+(?:earlier|before|a\s+moment\s+ago|at\s+the\s+outset))?[\s,]*`,
  'iu',
);
/** The most words a line says after its "as I said" and still says nothing new. */
const AS_SAID_REST = 6;

/**
 * Nouns an agenda item is named by after its ordinal ("The fourth issue…", "Le deuxième point…",
 * "Der zweite Punkt…"), and the verbs that say what it is.
 */
const AGENDA_NOUN = new RegExp(
  String.raw`${B}(?:issue|topic|subject|area|item|theme|matter|point|source|question|point|sujet|thème|question|volet|axe|punto|tema|asunto|cuestión|eje|ponto|assunto|questão|eixo|questione|argomento|Punkt|Thema|Frage|Bereich|Schwerpunkt|вопрос|тема|пункт|направление)${E}`,
  'iu',
);
const AGENDA_REST = new RegExp(
  // "…(of tension) (that I will address / we need to discuss) is democracy."
  String.raw`^(?:of\s+\p{L}+\s+)?(?:(?:that|which)\s+)?(?:(?:I|we)\s+(?:\p{L}+\s+){0,3}?(?:address|discuss|confront|raise|mention|talk\s+about|speak\s+(?:about|of|to)|consider|examine|turn\s+to|deal\s+with|tackle|cover|highlight|take\s+up)\s+(?:(?:together|here|today|now|first)\s+)?)?(?:is|are|concerne|porte\s+sur|es|se\s+refiere\s+a|é|diz\s+respeito\s+a|è|riguarda|ist|betrifft|—|–|касается)\s+(?!(?:that|to|this|these|simple|clear|how|why|what|whether|because|que|à|de|dass|zu|che|di|что|чтобы|это)${E})`,
  'iu',
);
/** The longest agenda line: a longer one says more than its topic. */
const AGENDA_WORDS = 25;

/**
 * An agenda line: an ordinal with a noun that names the item, then what the item is ("The second
 * major source of tension that we need to discuss is the situation between Israelis,
 * Palestinians, and the Arab world.", "The third source of tension is our shared interest in …"
 * — Obama, Cairo 2009, corpus), not what the item says ("The first reason is that…").
 */
export function isAgendaLine(s: string): boolean {
  const marker = enumerationMarker(s);
  if (!marker?.ordinal || wordsOf(s).length > AGENDA_WORDS) return false;
  const head = s.slice(0, marker.length);
  if (!AGENDA_NOUN.test(head)) return false;
  return AGENDA_REST.test(s.slice(marker.length));
}

/**
 * Whether a line is about the talk itself, not its subject: a sign-post, never a slide's quote.
 * Every language's frames are read whatever the deck's language (each is said in its own words).
 */
export function isSignpost(sentence: string): boolean {
  const s = sentence.trim();
  if (!s) return false;
  // the point said after a colon is the line ("Let me say this: we will not fail.": setup.ts)
  const head = s.split(/[:：]\s/u)[0]!;
  if (head !== s && wordsOf(s.slice(head.length)).length >= 4) return false;
  if (POINTS_IN_TALK.test(s) || isAgendaLine(s)) return true;
  const said = AS_SAID.exec(s);
  if (said) return wordsOf(s.slice(said[0].length)).length <= AS_SAID_REST;
  return Object.values(FRAMES).some((re) => re.test(s));
}
