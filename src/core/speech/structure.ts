/**
 * Structure lines: the parts of a speech file that frame it rather than carry its content — the
 * title line, salutations ("Madam Chair,"), greetings and thanks, datelines ("Geneva, 3 May 2021,
 * 10:00"), bylines ("By Jane Doe", "Remarks as prepared for delivery") and signatures. They belong
 * to the title slide (or the closing slide's notes), never to a content slide.
 */
import { buildMemo } from './memo';
import { firstWords, hasCjk, wordsOf } from './text';
import { MORE_MONTHS } from './months';

export type StructureKind = 'salutation' | 'greeting' | 'thanks' | 'dateline' | 'byline' | 'format';

/** Emphasis markers a plain-text file wraps a whole line in ("*Via Teleconference*"): never on screen. */
export function withoutEmphasisMarks(text: string): string {
  return text.trim().replace(/^([*_]{1,3})(?=\S)(.*\S)\1$/u, '$2');
}

/**
 * A line about how or where the talk was given, not what it says: "Via Teleconference",
 * "As Prepared for Delivery", "Check against delivery" (and its "Es gilt das gesprochene Wort", "Det
 * talade ordet gäller", "Seul le prononcé fait foi"), "Embargoed until …", a transcript's
 * "END 3:25 P.M. EDT", a chair's "Mødet er åbnet." ("the sitting is opened"), a Japanese statement's
 * stamp "閣議決定" ("decided by the cabinet", under the date of a 内閣総理大臣談話, judge22). It goes
 * to the notes of the title (or last) slide, never on screen.
 */
const FORMAT_LINE =
  /^(?:(?:via|by)\s+(?:tele|video|zoom|phone|telephone|satellite|webcast|live\s*stream|web\b)[\p{L}\s-]*|(?:pre-?recorded|recorded|virtual|video(?:taped)?)\s+(?:remarks|message|address|statement)|as\s+(?:prepared\s+for\s+delivery|delivered)|check\s+against\s+(?:the\s+)?delivery|es\s+gilt\s+das\s+gesprochene\s+wort|det\s+tal(?:ade|te)\s+ord(?:et)?\s+(?:gäller|gælder|gjelder)|het\s+gesproken\s+woord\s+geldt|seul\s+le\s+prononcé\s+fait\s+foi|embargoed\b.*|for\s+immediate\s+release|[（(]?閣議(?:決定|了解|報告)[)）]?|(?:по|в режиме)\s+видеосвязи|por\s+videoconferencia|par\s+visioconférence|(?:mødet|møtet|mötet|sammanträdet|de\s+vergadering|istunto)\s+(?:er|är|is|on)\s+(?:åbnet|satt|öppnat|geopend|avattu))[.!]?$/iu;

/**
 * A chair's words that close the sitting: "Se levanta la sesión." (Patxi López, Congreso 2016),
 * "Закривам заседанието." (Народно събрание 2022), "The meeting is adjourned.", "La séance est
 * levée.", "Die Sitzung ist geschlossen.", "Объявляю заседание закрытым.", "La seduta è tolta.",
 * "Mødet er hævet.", "Istunto on päättynyt.". Said last, they are the speech's closing words, on
 * its closing slide (closing-line.ts); the chair's opening words are a format line (FORMAT_LINE).
 */
export const SITTING_CLOSED = new RegExp(
  '^(?:' +
    [
      String.raw`(?:the\s+|this\s+)?(?:meeting|session|sitting|house|conference|hearing)\s+(?:is|stands)\s+(?:now\s+|hereby\s+)?(?:adjourned|closed)`,
      String.raw`se\s+(?:levanta|cierra|suspende)\s+la\s+sesión`,
      String.raw`(?:la\s+)?séance\s+est\s+(?:levée|close)`,
      String.raw`(?:je\s+)?lève\s+la\s+séance`,
      String.raw`die\s+sitzung\s+ist\s+geschlossen|ich\s+schließe\s+die\s+sitzung`,
      String.raw`(?:la\s+)?seduta\s+è\s+(?:tolta|chiusa)|tolgo\s+la\s+seduta`,
      String.raw`(?:está|fica)\s+encerrada\s+a\s+sessão`,
      String.raw`(?:объявляю\s+)?(?:\p{L}+\s+)?(?:заседание|собрание|сессию|съезд)\s+(?:закрыт(?:ым|о)|объявляется\s+закрытым)`,
      String.raw`(?:оголошую\s+)?(?:\p{L}+\s+)?(?:засідання|сесію)\s+(?:закрит(?:им|е)|оголошується\s+закритим)`,
      String.raw`закривам\s+(?:\p{L}+\s+)?(?:заседанието|сесията)`,
      String.raw`zamykam\s+(?:\p{L}+\s+)?(?:posiedzenie|obrady)`,
      String.raw`(?:ukončuji|končím|uzavírám)\s+(?:\p{L}+\s+)?(?:schůzi|jednání)`,
      String.raw`zaključujem\s+(?:\p{L}+\s+)?(?:sjednicu|sejo)`,
      String.raw`(?:az\s+)?ülést\s+bezárom`,
      String.raw`λύεται\s+η\s+συνεδρίαση`,
      String.raw`birleşimi\s+kapatıyorum`,
      String.raw`(?:mødet|møtet|mötet|sammanträdet|de\s+vergadering|istunto)\s+(?:er|är|is|on)\s+(?:hævet|hevet|avslutat|gesloten|päättynyt)`,
    ].join('|') +
    String.raw`)\s*[.!]?\s*$`,
  'iu',
);

/** The sitting a chair opens or closes, as the chair names it ("пленарне засідання", "la seduta"). */
const SITTING_NOUN = String.raw`(?:засідання|заседани[ея]|заседанието|сесі[юяї]|сесси[юя]|сесията|sitting|session|meeting|séance|seduta|sessione|sesión|sessão|sitzung|posiedzenie|schůzi|ülést)`;

/**
 * A chair's words that open the sitting and name it: "Ранкове пленарне засідання Верховної Ради
 * України оголошую відкритим." (Парубій 2019, judge29), "Оголошую пленарне засідання … відкритим",
 * "I declare the sixty-first session of the General Assembly open.", "Dichiaro aperta la seduta.",
 * "Je déclare ouverte la séance.". `openedSitting` gives what is opened: the occasion of the talk.
 */
const SITTING_OPENED = [
  // the sitting first, then the verb ("… засідання … оголошую відкритим")
  new RegExp(
    String.raw`^([^.!?]*?${SITTING_NOUN}[^.!?]*?)\s+(?:оголошую|объявляю)\s+(?:відкрит\p{L}*|открыт\p{L}*)\s*[.!]?$`,
    'iu',
  ),
  // the verb first ("I declare … open", "Оголошую … відкритим", "Dichiaro aperta …")
  new RegExp(
    String.raw`^(?:I\s+(?:now\s+|hereby\s+)?declare|(?:je\s+)?déclare|dichiaro|declaro|оголошую|объявляю|ich\s+eröffne|otwieram|откривам)\s+(?:(?:ouverte?s?|apert[ao]|abiert[ao]|abert[ao])\s+)?([^.!?]*?${SITTING_NOUN}[^.!?]*?)(?:\s+(?:open(?:ed)?|відкрит\p{L}*|открыт\p{L}*))?\s*[.!]?$`,
    'iu',
  ),
  // the sitting the chair's sentence ends by resuming ("…тому сьогодні … ми продовжуємо наше
  // пленарне засідання.", Головуючий 2022, judge31: the deck was titled by the cheer before it)
  new RegExp(
    String.raw`(?:^|\s)(?:продовжуємо|продолжаем|we\s+(?:now\s+)?(?:resume|continue)|riprendiamo|reanudamos|reprenons|wznawiamy)\s+(?:наше|наш[еу]|our|the|la|il|le|nuestra|notre)?\s*((?:[^\s.!?,]+\s+){0,3}${SITTING_NOUN})\s*[.!]?$`,
    'iu',
  ),
];

/**
 * The sitting a chair's sentence opens, as the chair names it ("Ранкове пленарне засідання
 * Верховної Ради України"); null when the sentence opens none or names it in a word ("the sitting").
 */
export function openedSitting(sentence: string): string | null {
  for (const re of SITTING_OPENED) {
    const m = re.exec(sentence.trim());
    if (!m) continue;
    const named = m[1]!.trim();
    // (more than the bare noun and its article: "the sitting", "la seduta" name no occasion)
    if (wordsOf(named).filter((w) => w.length > 3).length < 2) return null;
    return named.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  return null;
}

export const VOCATIVE = new RegExp(
  '^(?:' +
    [
      String.raw`(?:my\s+)?dear\b`,
      'ladies',
      'gentlemen',
      'distinguished',
      'excellenc',
      String.raw`honou?rable`,
      String.raw`your\s+(?:excellenc|majest|highness|honou?r)`,
      String.raw`mr\.?\s`,
      'madam',
      'madame',
      'members of',
      String.raw`(?:my\s+)?fellow`,
      'friends',
      'colleagues',
      'delegates',
      'esteemed',
      'respected',
      'brothers',
      'sisters',
      String.raw`(?:mr\.?|madam|madame)\s+(?:chair|president|speaker|secretary)`,
      'señor',
      'señora',
      'señoras',
      // Italian and Portuguese parliaments: "Signor Presidente, onorevoli colleghi", "Sr. Presidente, Srs. Deputados"
      String.raw`signor[ae]?\b`,
      'onorevol',
      'egregi',
      'gentil[ie]\\s',
      String.raw`senhor(?:a|es|as)?\b`,
      String.raw`sr[as]?\.(?:as)?\s`,
      String.raw`srs\.\s`,
      // "Sr.ª Presidente", "Ex.mo Senhor" (a raised ª/º or "mo"/"ma" after the stop)
      String.raw`sr\.?[ªº]\s`,
      String.raw`ex\.?m[oa]s?\s`,
      'excelentíssim',
      String.raw`querid[oa]s?\b`,
      'estimad',
      'distinguid',
      'excelent',
      'mesdames',
      String.raw`monsieur\s+(?:le|la)\s`,
      'messieurs',
      String.raw`ch[eè]re?s?\b`,
      String.raw`meine\s+(?:sehr\s+)?(?:verehrten\s+|geehrten\s+|lieben\s+)?(?:damen|herren)`,
      String.raw`sehr\s+(?:geehrte|verehrte)`,
      // the Bundestag's "Frau Präsidentin!", "Herr Präsident!", "Liebe Kolleginnen und Kollegen!"
      String.raw`(?:(?:verehrte|geehrte|werte)\s+)?(?:frau|herr)\s+(?:präsident|vizepräsident|bundeskanzler|minister|kolleg|abgeordnete)`,
      String.raw`liebe\s+(?:kolleg|bürger|mitbürger)`,
      String.raw`(?:liebe|verehrte|werte)\s+(?:freunde|freundinnen|kolleg|mitbürger|landsleute|gäste|anwesende|damen)`,
      'уважаем',
      'дорог',
      'коллеги',
      'друзья',
      'господ',
      '尊敬',
      '各位',
      '女士们',
      '先生们',
      '亲爱的',
      'أيها',
      'السيد',
      'السيدة',
      'السادة',
      'الإخوة',
      'الأخوات',
      'أصحاب',
      'حضرات',
      'سعادة',
      'معالي',
      'فخامة',
      // Korean: "존경하는 국민 여러분!", "사랑하는 국민 여러분", "국민 여러분,"; Hebrew: "חברי הכנסת,", "אדוני היושב-ראש,"
      '존경하(?:는|고)',
      '사랑하는',
      '친애하는',
      String.raw`(?:국민|동포|시민|청년|당원|내외빈)?\s*여러분(?=\s*[,!]?\s*$)`,
      String.raw`(?:ו?חברי|ו?חברות)\s+(?:ה?כנסת|הבית)`,
      'אדוני',
      'גבירותיי',
      'רבותיי',
      'נכבדי',
      // Ukrainian, Polish, Czech, Greek, Hungarian parliaments (judge14): "Шановні колеги", "Панове
      // народні депутати", "Panie Marszałku! Wysoka Izbo!", "Paní místopředsedkyně, vážený pane
      // premiére", "Κύριε Πρόεδρε, κυρίες και κύριοι συνάδελφοι", "Tisztelt Elnök Úr! Tisztelt Ház!"
      'шановн',
      'вельмишановн',
      String.raw`(?:пане|пані|панове)\s`,
      'колеги',
      'szanown',
      String.raw`(?:panie|pani|panowie|państwo)\s`,
      String.raw`wysoka\s+izbo`,
      'ekscelencjo',
      'drodzy',
      String.raw`vážen[áéíý]`,
      String.raw`(?:paní|pane|páni)\s`,
      String.raw`mil[éí]\s`,
      'κύριε',
      'κυρίες',
      'κύριοι',
      'αγαπητ',
      'αξιότιμ',
      'συνάδελφοι',
      'tisztelt',
      String.raw`kedves\s`,
      'hölgyeim',
      // Croatian, Serbian, Bosnian, Slovenian, Bulgarian, Macedonian parliaments (judge15):
      // "Poštovani predsjedniče", "Spoštovane kolegice in kolegi", "Уважаеми колеги" (above),
      // "Почитувани пратеници", "Dame i gospodo", "Gospodine predsjedniče"
      String.raw`(?:s|u)?po[šs]tovan`,
      'поштован',
      'почитуван',
      String.raw`cijenjen[aeio]\s`,
      String.raw`(?:drag[aeio]|dra[gž]i)\s+(?:koleg|prijatelj|sugrađan|građan|gost)`,
      String.raw`kolegic[ae]\s+i(?:n)?\s+koleg`,
      String.raw`(?:dame|gospe)\s+i(?:n)?\s+(?:gospodo|gospodje)`,
      String.raw`gospodine\s`,
      String.raw`gospo[đd]o\s`,
      String.raw`господине\s`,
      String.raw`(?:даме|дами)\s+(?:и|и\s+)`,
      // Swedish, Danish, Norwegian, Dutch, Finnish parliaments (judge15): "Fru talman!", "Herr
      // talman!", "Ärade ledamöter", "Formand!", "Kære kolleger", "Voorzitter!", "Geachte
      // aanwezigen", "Arvoisa puhemies!", "Herra puhemies!", "Hyvät kollegat"
      String.raw`(?:fru|herr|hr\.?)\s+(?:talman|ålderspresident|ordförande|formand|præsident|president)(?![\p{L}])`,
      String.raw`(?:talman|formand|voorzitter|puhemies)(?![\p{L}])`,
      String.raw`(?:ärade|ærede|kära|kære|kjære)\s`,
      String.raw`(?:mevrouw|meneer|mijnheer)\s+de\s+voorzitter`,
      'geachte',
      String.raw`beste\s+(?:collega|leden|vrienden|aanwezigen)`,
      String.raw`dames\s+en\s+heren`,
      'arvoisa',
      String.raw`(?:herra|rouva)\s+puhemies`,
      String.raw`hyvät\s+(?:kollegat|edustajat|naiset|ystävät|kuulijat|kansalaiset|läsnäolijat)`,
      // Icelandic Alþingi (judge35): "Forseti." / "Virðulegi forseti." / "Hæstvirtur forseti!" (the
      // chair, said alone: never "Forseti Íslands…"), "Kæru landsmenn", "Háttvirtir þingmenn"
      String.raw`(?:(?:herra|frú|virðuleg\p{L}*|hæstvirt\p{L}*|háttvirt\p{L}*)\s+)?forseti(?=\s*[.!,:]|\s*$)`,
      String.raw`(?:kæru|kæri|kæra|háttvirt\p{L}*|hæstvirt\p{L}*|ágætu|góðir\s+(?:landsmenn|gestir|áheyrendur|þingmenn|félagar))\s`,
      // Latvian Saeima (judge35): "Godātās amatpersonas!", "Cienījamie deputāti!", "Dārgie Saeimas darbinieki!"
      String.raw`(?:augsti\s+)?(?:godāt|cienījam)\p{L}*\s`,
      String.raw`(?:dārgie|dārgās|mīļie|mīļās)\s`,
      // Serbian (judge35): "Narodni poslanici," said to the house ("Dame i gospodo narodni poslanici," above)
      String.raw`(?:gospodo\s+)?narodni\s+poslanici(?=\s*[,!:]|\s*$)`,
      // Hebrew (judge35): "כבוד ראש הממשלה, מכובדי זקן חברי הכנסת, …" ('honoured …')
      String.raw`כבוד\s+(?:ה?נשיא|ראש|ה?יושב|השר|השרה|הרב|חברי)`,
      String.raw`מכובדיי?\s`,
      // Romanian, Slovak, Estonian parliaments and the Bengali radio talk (judge37): "Stimaţi colegi
      // deputaţi", "Doamnelor şi domnilor", "Dragi colegi", "Domnule preşedinte", "Pán kolega",
      // "Austatud Riigikogu juhataja", "Lugupeetud kolleegid", "আমার প্রিয় দেশবাসী"
      String.raw`stima[ţț]i?\s`,
      String.raw`doamnelor\s+(?:[şș]i|si)\s+domnilor`,
      String.raw`(?:dragi|onora[ţț]i)\s+(?:colegi|prieteni|deputa|senatori|concet[ăa][ţț]eni|invita)`,
      String.raw`(?:domnule|doamn[ăa])\s+(?:pre[şș]edint|ministr|deputat|senator|prim-ministr)`,
      String.raw`p[áa]n\s+(?:kolega|predsed|poslan|minister)`,
      String.raw`(?:austatud|lugupeetud)\s`,
      String.raw`(?:আমার\s+)?\u09AA\u09CD\u09B0\u09BF(?:\u09AF\u09BC|\u09DF)\s+(?:দেশবাসী|বন্ধুরা|ভাই)(?=\s*[,!।]?\s*$)`,
      // Turkish parliament (judge22): "Sayın Başkan, değerli milletvekilleri; …"
      String.raw`sayın\s`,
      String.raw`(?:değerli|kıymetli|aziz)\s+(?:milletvekil|arkadaş|vatandaş|misafir|konuk|meslektaş|dostlar)`,
    ].join('|') +
    ')',
  'iu',
);
/**
 * A greeting said as a line or sentence of its own, in English and the languages the speeches
 * came in; a radio talk's form of address alone among them (Hindi "प्यारे देशवासियो", Tamil
 * "நாட்டு மக்களே", Malayalam "പ്രിയപ്പെട്ട ജനങ്ങളേ", judge37: three slides were titled so).
 */
const GREETING =
  /^(?:(?:well|so|now|حسنا|حسناً)[,،]?\s+)?(?:good\s+(?:morning|afternoon|evening|day)|hello|hi\b|welcome|buen[oa]s\s+(?:días|dias|tardes|noches)|bonjour|bonsoir|guten\s+(?:morgen|tag|abend)|добр(?:ый|ое|ого)\s+(?:день|утро|вечер)|здравствуй|大家好|早上好|上午好|下午好|晚上好|你们好|صباح\s+الخير|مساء\s+الخير|طاب\s+(?:مساؤكم|صباحكم|يومكم)|مساء\s+النور|السلام\s+عليكم|bismillah\p{L}*|assalamu?\s?['’]?alaikum\b|selamat\s+(?:pagi|siang|sore|malam)\b|(?:मेरे\s+)?(?:(?:प्यारे|प्रिय|नन्हे-मुन्ने)\s+)?(?:देशवासियो|देशवासियों|साथियो|साथियों|भाइयो|भाइयों|बहनो|बहनों|दोस्तो|दोस्तों)(?:\s+(?:और|एवं)\s+(?:बहनो|बहनों|भाइयो|भाइयों))?(?=\s*[,!|।॥]?\s*$)|नमस्कार|नमस्ते|(?:(?:எனதருமை|எனது\s+அருமை|என்\s+அருமை|அன்பார்ந்த|அன்புள்ள)\s+)?(?:நாட்டு\s*மக்களே|சகோதர\s+சகோதரிகளே|சகோதரர்களே|சகோதரிகளே|நண்பர்களே)(?=\s*[,!]?\s*$)|வணக்கம்(?=\s*[.!]?\s*$)|(?:(?:എന്റെ\s+)?(?:പ്രിയപ്പെട്ട|പ്രിയ)\s+)?(?:ദേശവാസികളേ|ജനങ്ങളേ|നാട്ടുകാരേ|സുഹൃത്തുക്കളേ|സഹോദരീസഹോദരന്മാരേ)(?=\s*[,!]?\s*$)|നമസ്[\u200C\u200D]?കാരം(?=\s*[.!]?\s*$)|please,?\s+(?:please,?\s+)?(?:be\s+seated|have\s+a\s+seat|sit\s+down|take\s+(?:a|your)\s+seats?)(?=\s*(?:[.!,]|$)))/iu;
/**
 * The thanks of languages that say them last in a sentence (Hindi, Korean, Turkish): a line of thanks here,
 * and closing-line.ts's thanks said at the end of a closing sentence ("…बहुत-बहुत धन्यवाद |").
 */
const HI_THANKS = 'धन्यवाद';
/**
 * Korean: "감사합니다", and the thanks offered in words, "…국민 여러분께 깊은 감사의 말씀을 드립니다" (Roh
 * Moo-hyun, 광복절 2006, judge31: its closing thanks on no slide), "…경의와 감사를 드립니다."
 */
const KO_THANKS = String.raw`감사합니다|고맙습니다|감사드립니다|감사(?:의\s*말씀을|를)\s*드립니다`;
/** Turkish: "Teşekkür ederim.", "Hepinize teşekkür ediyorum.", "Teşekkürler." */
const TR_THANKS = String.raw`teşekkür\s+(?:eder(?:im|iz)|ediyor(?:um|uz))|teşekkürler`;
/**
 * Japanese, the thanks said in the polite or humble form at the end of the sentence that says what
 * for: "…即位をお祝いいただくことに、深く感謝いたします。" (国民祭典 2019, judge33: the closing thanks was on
 * no slide), "…心から感謝申し上げます。", "…厚くお礼申し上げます。". Never the plain "感謝します", said
 * mid-speech of what the speaker is glad of ("お祝いいただくことに感謝します。").
 */
const JA_THANKS = String.raw`感謝(?:いたします|致します|申し上げます)|(?:御礼|お礼)申し上げます`;
export const THANKS_SAID_LAST = `${HI_THANKS}|${KO_THANKS}|${TR_THANKS}|${JA_THANKS}`;
/**
 * The thanks said with the word that makes them many or warm before it: "Muchísimas gracias."
 * (Batet, Congreso 2023, judge31), "Mil gracias.", "Muito obrigado.", "Vielen Dank.", "Herzlichen
 * Dank.", "Molte grazie.", "Many thanks."
 */
/** Malayalam thanks, with its intensifiers ("വളരെ വളരെ നന്ദി", judge37: a slide was titled so). */
const ML_THANKS = String.raw`(?:(?:വളരെ|വളരെയധികം)\s+)*നന്ദി(?![\p{L}\p{M}])`;
const MANY_THANKS = String.raw`(?:many|muchas|muchísimas|mil)\s+(?:thanks|gracias)|(?:muito|muitíssimo)\s+obrigad[oa]s?|(?:vielen|herzlichen|besten|tausend)\s+dank|(?:molte|moltissime|mille)\s+grazie`;
const THANKS = new RegExp(
  String.raw`^(?:(?:i|we)\s+thank\s+you(?!\s+(?:to|that|who|for\s+(?:having|being)))|thank\s+you|thanks|${MANY_THANKS}|gracias|merci|danke|grazie|(?:vi|ti)\s+ringrazio|ich\s+(?:danke|bedanke\s+mich)|obrigad[oa]|${HI_THANKS}|${TR_THANKS}|спасибо|благодарю|谢谢|感谢|شكرا|شكراً|(?:(?:대단히|정말|진심으로|참으로|매우|너무나?)\s+)?(?:${KO_THANKS})|תודה|(?:щиро\s+)?дякую(?!\p{L})|дякуємо|dziękuję|dziękujemy|děkuji|děkuju|děkujeme|köszönöm|köszönjük|(?:σας\s+)?ευχαριστώ|(?:σας\s+)?ευχαριστούμε|hvala|zahvaljujem|zahvaljujemo|хвала|захваљујем|благодаря|благодарим|благодарам|ви\s+благодарам|terima\s+kasih|${ML_THANKS})`,
  'iu',
);
/**
 * An apology said as a sentence of its own ("Вибачте.", "Przepraszam.", "Promiňte!"): a courtesy
 * to the room or the chair, no point of the speech. Only the word alone (with a vocative at most):
 * "Sorry we are late for the vote" is a sentence.
 */
const APOLOGY =
  /^(?:вибачте|пробачте|вибачаюся|вибачаюсь|извините|простите|przepraszam|przepraszamy|promiňte|pardon|omlouvám\s+se|elnézést|bocsánat|συγγνώμη|συγνώμη|perdón|perdone|disculpen?)(?:[,\s]+[\p{L}\s.]{0,40})?[.!]*$/iu;
const BYLINE =
  /^(?:by\s+\p{Lu}|(?:extracts?|excerpts?)\s+(?:from|of)\s|[—–-]\s*\p{Lu}|(?:remarks|speech|address|statement|keynote|lecture|toast|eulogy|commencement address)\s+(?:by|of|at|to|delivered)\b|delivered\s+(?:by|at|on)\b|as\s+prepared\s+for\s+delivery|as\s+delivered|check\s+against\s+delivery|(?:выступление|доклад|речь)\s+\p{L}|(?:tal|anförande)\s+av\s|tale\s+af\s|toespraak\s+(?:van|door)\s|discurso\s+(?:de|del|pronunciado)|palabras\s+de|intervención\s+de|allocution\s+de|discours\s+de|كلمة\s|خطاب\s|(?:致辞|讲话|发言)人?[:：])/iu;

/**
 * An official record's byline, its preposition and the speaker's honorific before the name, alone
 * on its line under the title ("par M. Eric WOERTH," under "DÉCLARATION DU GOUVERNEMENT", Assemblée
 * nationale 2007, judge29; "von Frau Dr. Anna Muster", "door dhr. Jan de Vries"): the name is group 1.
 * The honorific is required: "Por Dios" or "Per Natale" open sentences.
 */
export const HONORED_BYLINE =
  /^(?:par|von|door|por|per|by)\s+(?:M\.|MM\.|Mme|Mlle|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Sr\.|Sra\.|D\.|Dña\.|Sig\.(?:ra)?|On\.|dhr\.|mevr\.|Herrn?|Frau)\s+(?:Dr\.\s+|Prof\.\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|van|von|der|di|da|del)\s+)?\p{Lu}[\p{L}'’.-]*){0,3})\s*,?$/u;

/**
 * An Arabic speaker's line under the title, an honorific and the name alone ("الدكتور جوزيف ويستفول",
 * the ambassador's National Day address, Riyadh 2016, judge37): Arabic has no capitals for a name
 * to show by, so the honorific marks it. Not an office said as a form of address ("السيد رئيس مجلس
 * النواب" is whom the talk greets): no word of the name is an office's.
 */
export const ARABIC_HONORED_NAME =
  /^(?:الدكتور|الدكتورة|السيد|السيدة|الأستاذ|الأستاذة|السفير|السفيرة|الشيخ|الشيخة|المهندس|المهندسة)\s+(?!\S*(?:رئيس|وزير|نائب|مجلس|أمين|ممثل|مدير|سفير|حضرات|الحضور))\p{Script=Arabic}{2,}(?:\s+(?!\S*(?:رئيس|وزير|نائب|مجلس|أمين|ممثل|مدير|سفير))\p{Script=Arabic}{2,}){1,3}$/u;

/** Hindi months, with their common spellings (nukta written or not, anusvara or half nasal). */
const HINDI_MONTHS = String.raw`जनवरी|फ(?:\u093C)?रवरी|\u095Eरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर`;
export const MONTHS = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|${HINDI_MONTHS}|${MORE_MONTHS})(?![\p{L}\p{M}])`;
/** A month name (a phrase with one says when, not what). */
export const MONTH_WORD = new RegExp(String.raw`(?:^|[\s/])(?:${MONTHS}|شهر)(?=$|[\s/,.])`, 'iu');

/**
 * The time zone a transcript puts after "A.M."/"P.M." ("11:36 A.M. EST"): part of the time, never
 * the place of a dateline. Only after the a.m./p.m. marker: the pattern ignores case, and "est"
 * or "ist" after a bare "10:00" is a word ("à 10h00 est annulée").
 */
const TIME_ZONE = String.raw`(?:\s+(?:[ECMPA][SD]T|GMT|UTC)(?![\p{L}\d]))?`;

/**
 * A line that opens with a day of the month and a month's name ("6. Februar 1919", "6 de febrero
 * de 1919", "6 февраля"): a date in every language, never a numbered list item "6.".
 */
export const DAY_MONTH = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?${MONTHS}`, 'iu');

/** A time of day and nothing else ("10:01 A.M. EDT"). */
const TIME_ONLY = new RegExp(
  String.raw`^(?:\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?\s?m\.?${TIME_ZONE})?|\d{1,2}\s*[ap]\.?\s?m\.?${TIME_ZONE})$`,
  'iu',
);

/**
 * A calendar date or a time of day, in the forms speeches and press releases use, in ASCII digits:
 * read a text with Arabic-Indic or Persian digits through westernDigits ("٢٤ تشرين الأول/أكتوبر
 * ٢٠١٩", judge20: "٢٠١٩" was carded as a count), or with dateOrTimeMatches / withoutDateOrTime.
 */
export const DATE_OR_TIME = new RegExp(
  [
    String.raw`\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?${MONTHS}(?:\s+(?:الأول|الثاني))?(?:/[\p{L}]+)?(?:\s+(?:de\s+)?\d{4}(?:\s*г\.?)?)?`,
    // (a month's name starts after no letter: "\b" only sees Latin letters, never "സെപ്റ്റംബര്‍ 23";
    // and its day is no year's first digits: "May 2019" is no "May 20")
    String.raw`(?<![\p{L}\p{M}\d_])${MONTHS}\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
    String.raw`(?<![\p{L}\p{M}\d_])${MONTHS}\s+\d{4}`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    // year first, as Korean and Chinese sites stamp a text ("2024.08.15 15:33", "2024/08/15")
    String.raw`\b(?:1[89]|20)\d{2}[./](?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\d|3[01])\b`,
    String.raw`\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`,
    String.raw`\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?`,
    // a Japanese era date, month and day in digits, full-width or not ("令和元年８月６日", "平成31年4月30日")
    String.raw`(?:令和|平成|昭和|大正|明治)(?:元|[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日`,
    String.raw`\d{1,2}\s*月\s*\d{1,2}\s*日`,
    // minutes run to 59, and money or a scaled amount is no time ("$1.85 billion", "2.50 per cent")
    String.raw`(?<!\p{Sc}\s?)\b\d{1,2}[:h.][0-5]\d(?:\s*[ap]\.?\s?m\.?(?!\p{L})${TIME_ZONE})?(?![\p{L}\d])(?!\s*(?:%|per\s?cent|percent|(?:thousand|million|billion|trillion)s?\b|mil|millones|milliards?|millions?|млн|млрд|миллион))`,
    String.raw`\b\d{1,2}\s*[ap]\.?\s?m\.?${TIME_ZONE}(?=\s|$|[,.])`,
  ].join('|'),
  'giu',
);

function short(text: string, words: number): boolean {
  return hasCjk(text) ? text.length <= words * 2.5 : firstWords(text, words + 1).length <= words;
}

/**
 * A byline that labels the speaker with a role, as an archive writes it on the first line
 * ("President: Ronald Reagan", "Speaker: Jane Doe"): the name, else null. It is never the title.
 */
const ROLE_BYLINE =
  /^(?:(?:vice\s+)?president|prime\s+minister|chancellor|secretary(?:\s+of\s+state)?|senator|governor|ambassador|minister|speaker|author|orator|presenter|président|presidente|ministro|ministre|präsident|bundeskanzler|президент|оратор)\s*[:：]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*$/iu;

/**
 * A Chinese or Japanese byline, the office then the name after a space, as a printed report sets
 * it under its title ("国务院总理 李强", "内閣総理大臣 安倍晋三"): an office ends on its title word.
 */
const CJK_ROLE_BYLINE =
  /^[\p{Script=Han}\p{Script=Katakana}ー]{0,12}(?:总理|總理|总统|總統|主席|总书记|總書記|书记|書記|部长|部長|委员长|委員長|秘书长|秘書長|大使|省长|市长|院长|会长|校长|主任|首相|大臣|知事|議長|议长)\s+([\p{Script=Han}·]{2,4})$/u;

export function roleBylineName(text: string): string | null {
  const t = withoutEmphasisMarks(text);
  return ROLE_BYLINE.exec(t)?.[1] ?? CJK_ROLE_BYLINE.exec(t)?.[1] ?? null;
}

/**
 * A Korean line of address, whoever it names before its "여러분" ("700만 해외동포와 북한 동포
 * 여러분,", "반 총장님, 그리고 세계 각국 지도자 여러분,"): nouns, a count and "그리고", no verb.
 */
const KO_ADDRESS =
  /^(?:그리고\s+)?[\p{Script=Hangul}\p{Nd}·,\s]*[\p{Script=Hangul}\p{Nd}]\s+여러분\s*[,!]?\s*$/u;

/**
 * The answers of this build (memo.ts): the planner, the title finder and the line pickers ask
 * about the same sentences again and again (the corpus asked 38,460 times of 5,740 sentences).
 */
const kinds = buildMemo<StructureKind | null>(4096);

/** The structure kind of a short paragraph, or null when it is speech content. */
export function structureKind(text: string): StructureKind | null {
  return kinds(text, () => kindOf(text));
}

function kindOf(text: string): StructureKind | null {
  // (Spanish opens an exclamation with "¡": "¡Buenas noches!" is a greeting, judge22)
  const t = withoutEmphasisMarks(text).replace(/^[¡¿]\s*/u, '');
  if (!t || !short(t, 30)) return null;
  if (isFormatLine(t)) return 'format';
  if (BYLINE.test(t) || ROLE_BYLINE.test(t) || CJK_ROLE_BYLINE.test(t)) return 'byline';
  if (/[,!:：，！،]\s*$/u.test(t) && isAddressList(t)) return 'salutation';
  if (isVocativeRoll(t)) return 'salutation';
  if (KO_ADDRESS.test(t) && !/(?:다|요|까)\s/u.test(t) && t.split(/\s+/u).length <= 8) return 'salutation';
  if (!short(t, 24)) return null;
  // a salutation may be long ("Mr. Vice President, and Mr. Speaker, and Members of the Senate…:")
  if (VOCATIVE.test(t) && /[,!:：，！،]\s*$/u.test(t)) return 'salutation';
  if (!short(t, 16)) return null;
  if (BYLINE.test(t)) return 'byline';
  if (isDateline(t)) return 'dateline';
  if (!short(t, 12)) return null;
  if (GREETING.test(t)) return 'greeting';
  if (THANKS.test(t)) return 'thanks';
  if (APOLOGY.test(t) && wordsOf(t).length <= 4) return 'thanks';
  if (VOCATIVE.test(t) && (/[,!:：，！،]\s*$/u.test(t) || !/[.?؟]\s*$/u.test(t))) return 'salutation';
  // (a form of address alone, as a record writes it with a full stop: "Forseti.", "Virðulegi
  // forseti.", Alþingi 2021, judge35; "Mr. President.")
  if (VOCATIVE.test(t) && wordsOf(t).length <= ADDRESS_ALONE_WORDS && /\.\s*$/u.test(t)) return 'salutation';
  return null;
}

/** Most words of a form of address said alone with a full stop ("Virðulegi forseti."). */
const ADDRESS_ALONE_WORDS = 3;

/**
 * A roll of forms of address said as a sentence of its own, whatever ends it: "السيد رئيس مجلس
 * النواب، والسيدة نائبة الرئيس، والسيدة الأولى، والسيد الثاني." (Arabic writes the roll with a
 * full stop and "و" joined to each title), "Mr. Speaker, Madam Vice President, our First Lady."
 * Two parts or more, each a vocative of at most five words past its "and".
 */
function isVocativeRoll(text: string): boolean {
  const said = text
    .replace(/[.!,:：，！،]\s*$/u, '')
    .split(/[,;،，]\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts = said.map((p) => p.replace(/^(?:and\s+|y\s+|et\s+|и\s+|و\s*)(?=\p{L})/iu, ''));
  if (parts.length >= 2 && parts.every((p) => wordsOf(p).length <= 5 && VOCATIVE.test(p))) return true;
  // Arabic: three titles or more, each after the first joined by "و", one of them plainly an
  // address ("رئيس القضاة، ومساعدي القضاة، وقضاة المحكمة العليا المتقاعدين، وأنتم إخواني الأميركيين.")
  return (
    parts.length >= 3 &&
    said.slice(1).every((p) => /^و\p{L}/u.test(p)) &&
    parts.every((p) => wordsOf(p).length <= 5) &&
    parts.some((p) => VOCATIVE.test(p) || AR_ADDRESSEE.test(p))
  );
}

/** Who an Arabic speech addresses: the room's members, "you, my fellow …", a title of honour. */
const AR_ADDRESSEE = /^(?:أعضاء|أنتم|إخواني|أخواتي|ضيوف|سعادة|معالي|فخامة|رئيس\s+القضاة|أصحاب)/u;

/** Someone addressed in a list of addressees ("…, distinguished guests, and ladies and gentlemen:"). */
const ADDRESSEE =
  /\b(?:ladies|gentlemen|guests|friends|colleagues|delegates|excellenc\p{L}*|mr|mrs|ms|madam|members|distinguished|honou?rable)\b/iu;

/**
 * A roll of addressees that opens a speech without a vocative first word ("President Pitzer, Mr.
 * Vice President, Governor, …, and ladies and gentlemen:"): at least three short parts, nearly all
 * a capitalised name or title or a form of address, one of them plainly addressing the room.
 */
function isAddressList(text: string): boolean {
  const parts = text
    .replace(/[,!:：，！،]\s*$/u, '')
    .split(/[,;،，]\s*|\.\s+|\s+(?:and|y|et|и|و)\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 3 || parts.some((p) => wordsOf(p).length > 4)) return false;
  const named = parts.filter((p) => /^\p{Lu}/u.test(p) || VOCATIVE.test(p) || ADDRESSEE.test(p));
  return named.length >= parts.length * 0.75 && parts.some((p) => ADDRESSEE.test(p) || VOCATIVE.test(p));
}

/**
 * A line of names only, as a salutation roll lists those it greets between its forms of address
 * ("Deputados federais Arlindo Sinaga, Edio Lopes, João Morais."): two parts or more, each a few
 * words opening on a capital, nothing else.
 */
export function isNameRoll(text: string): boolean {
  const parts = withoutEmphasisMarks(text)
    .replace(/[.,;:]\s*$/u, '')
    .split(/\s*[,;]\s*|\s+(?:and|e|y|et|und|и)\s+/u)
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => wordsOf(p).length <= 5 && /^\p{Lu}/u.test(p));
}

/**
 * A publisher's pointer to another version of the text on its page ("Se talet på engelska nedan.",
 * after "Det talade ordet gäller." on regeringen.se: Jonson 2024, judge25; "See the English version
 * below."): about the page, never said.
 */
const OTHER_VERSION =
  /^(?:se\s+talet\s+på\s+\p{L}+\s+nedan|se\s+talen\s+på\s+\p{L}+\s+nedenfor|(?:see|read)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:speech|text|remarks|version|translation)(?:\s+in\s+\p{L}+)?\s+below|\p{L}+\s+(?:version|translation)\s+below)[.!]?$/iu;

/** A format line (see FORMAT_LINE), or a transcript's "END" with the time the talk ended. */
export function isFormatLine(text: string): boolean {
  const t = withoutEmphasisMarks(text);
  if (FORMAT_LINE.test(t)) return true;
  // "Det talade ordet gäller. Se talet på engelska nedan.": a format line and the page's pointer
  const parts = t.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  if (parts.length === 2 && FORMAT_LINE.test(parts[0]!) && OTHER_VERSION.test(parts[1]!)) return true;
  const end = /^END\b[\s.:]*(.*)$/u.exec(t);
  return !!end && (!end[1] || (isDateline(end[1]) && !hasCalendarDate(end[1])));
}

/** Whether a text names a day of the calendar, not only a time of day ("3:17 P.M. EDT" does not). */
export function hasCalendarDate(text: string): boolean {
  return dateOrTimeMatches(text).some((m) => !TIME_ONLY.test(m[0]));
}

/**
 * The dates and times of a text (DATE_OR_TIME), found in its ASCII digits, at their places in it.
 * Remembered for the build (a figure's sentence is read for dates by the finder and again by each
 * label tried): the answer is shared, so callers only read it.
 */
export function dateOrTimeMatches(text: string): readonly RegExpExecArray[] {
  if (!ANY_DIGIT.test(text)) return NO_MATCHES;
  return datesAndTimes(text, () => {
    DATE_OR_TIME.lastIndex = 0;
    return [...westernDigits(text).matchAll(DATE_OR_TIME)];
  });
}
const datesAndTimes = buildMemo<readonly RegExpExecArray[]>(512);
/**
 * A digit of any script. Every form of DATE_OR_TIME holds one, so a text without is read no further
 * (most sentences of a speech: 1.5 % of a corpus build went to matching them and to their memo).
 */
const ANY_DIGIT = /\p{Nd}/u;
const NO_MATCHES: readonly RegExpExecArray[] = [];

/** A text with its dates and times (dateOrTimeMatches) replaced by `by`, its other digits as written. */
export function withoutDateOrTime(text: string, by: string): string {
  let out = '';
  let from = 0;
  for (const m of dateOrTimeMatches(text)) {
    out += text.slice(from, m.index) + by;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** The digits of Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam. */
const INDIC_DIGIT =
  /[\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F]/gu;

/**
 * Arabic-Indic, Persian and Indic digits as ASCII ones ("٢٤ أكتوبر ٢٠١٩" → "24 أكتوبر 2019",
 * "২৫ ডিসেম্বর" → "25 ডিসেম্বর"), same length. The Indic scripts' zeros are at U+0966, U+09E6, …
 * U+0D66: a digit's value is its code point less 6, modulo 16.
 */
export function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(INDIC_DIGIT, (d) => String((d.charCodeAt(0) - 6) & 0xf));
}

/**
 * A dateline: a date or time with at most a place or a name around it and no sentence
 * ("Geneva, 3 May 2021, 10:00", "Jane Doe, June 4, 1999", "Москва, 12 марта 2019 г.").
 */
export function isDateline(text: string): boolean {
  const t = westernDigits(text.trim());
  if (!short(t, 14) || /[!?؟]$/u.test(t)) return false;
  DATE_OR_TIME.lastIndex = 0;
  if (!DATE_OR_TIME.test(t)) return false;
  DATE_OR_TIME.lastIndex = 0;
  const rest = t
    .replace(DATE_OR_TIME, ' ')
    .replace(/[\d\s\p{P}]+/gu, ' ')
    .trim();
  const words = wordsOf(rest);
  // the rest is a place or a name: few words, capitalised (or a connecting preposition)
  return (
    words.length <= 6 &&
    words.every(
      (w) =>
        /^\p{Lu}/u.test(w) ||
        // (the article or preposition before a day: "Paris, le 3 mai", "Berlin, den 3. Oktober",
        // "Stockholm, den 15 september", "Madrid, el 3 de mayo", "Berlin, am 3. Oktober")
        /^(?:de|del|la|le|el|den|am|of|the|on|at|in|г|года?|و|في|月|日|年)$/iu.test(w) ||
        WEEKDAY_WORD.test(w) ||
        /^[\p{Script=Arabic}\p{Script=Han}]/u.test(w),
    )
  );
}

/** The date (or time) inside a dateline, as written. */
export function datelineDate(text: string): string | undefined {
  // (found in ASCII digits, given as written: "٢٤ أكتوبر ٢٠١٩")
  const found = dateOrTimeMatches(text).map((m) => text.slice(m.index, m.index + m[0].length));
  return found.length ? found.join(', ') : undefined;
}

/** A day of the week, which belongs to the date beside it, never to the place ("… الثلاثاء 14 آب"). */
const WEEKDAYS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье`;
const WEEKDAY = new RegExp(
  String.raw`(?:^|[\s,،]+)(?:${WEEKDAYS}|(?:يوم\s+)?(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد))(?=$|[\s,،]+$)`,
  'iu',
);
/** A day of the week as a word of a dateline ("Erevan – Arménie, vendredi 29 septembre 2006"). */
const WEEKDAY_WORD = new RegExp(String.raw`^(?:${WEEKDAYS})$`, 'iu');

/** The place or name part of a dateline ("Geneva" in "Geneva, 3 May 2021, 10:00"). */
export function datelinePlace(text: string): string | undefined {
  DATE_OR_TIME.lastIndex = 0;
  const rest = westernDigits(text)
    .replace(DATE_OR_TIME, '\u0000')
    .split('\u0000')
    .map((p) =>
      p
        .replace(WEEKDAY, '')
        // the article or preposition of the day after the place belongs to the date ("Paris, le
        // 3 mai 2021", "Kungliga slottet, Stockholm, den 15 september 2023")
        .replace(/[\s,]+(?:le|el|den|am|il)\s*$/iu, '')
        .replace(/^[\s\p{P}\d]+|[\s\p{P}\d]+$/gu, '')
        // a Chinese dateline says "at … on" round its place ("在第十四届…会议上"): the place is inside
        .replace(/^在(?=\p{Script=Han}{4})(\p{Script=Han}.*?)(?:上|讲|发言|致辞)?$/u, '$1'),
    )
    .filter((p) => /\p{L}/u.test(p));
  return rest[0];
}

/**
 * A header line at the top of a speech, before its first sentence: a place, a time, a name and
 * role, an editor's note ("New York, New York", "10:01 A.M. EDT", "——一九二三年…在北京…讲").
 */
export function isHeaderLine(text: string): boolean {
  // (a transcript may set its place in italics: "*South Lawn*")
  const t = withoutEmphasisMarks(text);
  if (!t || t.includes('\n')) return false;
  if (/^[—―]{1,2}\s*[^—―\s]/u.test(t) && short(t, 16)) return true;
  if (!short(t, 14) || (/[.!?。！？؟:;]$/u.test(t) && !/(?:\b[AP]\.M\.|\b\p{Lu}\.)$/u.test(t))) return false;
  DATE_OR_TIME.lastIndex = 0;
  if (DATE_OR_TIME.test(westernDigits(t))) return true;
  const words = wordsOf(t.replace(/[,،()]/gu, ' '));
  if (/^[\p{Script=Arabic}\p{Script=Hebrew}\s،,/\d]+$/u.test(t)) return words.length <= 8;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length <= 8 && caps >= Math.ceil(words.length * 0.6);
}

/**
 * A section head's number: a CJK numeral, "第三章", a Roman numeral or a number with its stop,
 * set off from the head's words ("一 はじめに", "二、", "III. ", "1. ").
 */
const NUMBERED_HEAD =
  /^(?:[一二三四五六七八九十]{1,3}[\s\u3000、．.]|第[一二三四五六七八九十百\d]{1,4}[章節节部編编](?:\s|\u3000|$)|[IVXLC]{1,5}[.)]\s|\d{1,2}[.)．]\s|[０-９]{1,2}[．.]\s?)(?=\S)/u;

/**
 * A line that opens on a section's number ("一 はじめに", "二、2024 年工作回顾", "III. Die Lage"):
 * the head of a numbered section, never the title of the whole speech.
 */
export function isNumberedHead(text: string): boolean {
  return NUMBERED_HEAD.test(text.trim());
}

/**
 * Where a paragraph's opening salutation ends ("Señora presidenta …, delegados y delegadas, …"),
 * or 0: its first sentence when that is short, else its run of vocative segments.
 */
export function salutationEnd(text: string, firstSentenceEnd: number): number {
  const lead = text.length - text.trimStart().length;
  if (!VOCATIVE.test(text.trimStart())) return 0;
  // an address set off by a dash, as old prints write it ("MR. PRESIDENT,—I do not know…"): its
  // "MR." is no sentence of its own. It ends at the dash; run on into the speech without a space,
  // it stays with it (the notes keep the text as written)
  const dashed = /^(\S.{1,60}?),?\s*(?:[—–]|--)(\s*)(?=\p{Lu})/u.exec(text.slice(lead));
  if (
    dashed &&
    lead + dashed[0].length > firstSentenceEnd &&
    VOCATIVE.test(dashed[1]!) &&
    wordsOf(dashed[1]!).length <= 6
  )
    return dashed[2] ? lead + dashed[0].length : 0;
  let end = 0;
  const re = /[,:;،]\s+/gu;
  let from = lead;
  for (const m of text.matchAll(re)) {
    const segment = text.slice(from, m.index);
    if (wordsOf(segment).length > 8 || !(VOCATIVE.test(segment.trim()) || /^\p{Lu}/u.test(segment.trim())))
      break;
    end = m.index + m[0].length;
    from = end;
  }
  // "Monsieur le président, mesdames, messieurs les députés, « Malgré un destin… »": a quotation
  // right after the forms of address is the speech's first words, never part of the salutation
  if (end > 0 && end < firstSentenceEnd && /^[«„“"‚‹]/u.test(text.slice(end))) return end;
  // "Sayın Başkan, değerli milletvekilleri; 30 Ekim 1961 günü …": forms of address closed by a
  // semicolon, the speech's first sentence running on after it (judge22)
  if (end > 0 && end < firstSentenceEnd && /;\s+$/u.test(text.slice(0, end))) return end;
  if (wordsOf(text.slice(0, firstSentenceEnd)).length <= 45) return withMoreAddress(text, firstSentenceEnd);
  return end;
}

/**
 * "Sehr verehrte Frau Präsidentin! Meine Damen und Herren! „In dem Moment…": the short forms of
 * address said as sentences of their own after the first one go with it.
 */
function withMoreAddress(text: string, end: number): number {
  for (;;) {
    const m = /^\s*([^.!?;:]{2,60}[!,])(?=\s|$)/u.exec(text.slice(end));
    if (!m || wordsOf(m[1]!).length > 6 || !VOCATIVE.test(m[1]!)) return end;
    end += m[0].length;
    while (/[^\S\n]/u.test(text.charAt(end))) end++;
  }
}

/**
 * A signature line at the end of a speech: a short line without sentence punctuation, mostly
 * capitalised words ("Jane Doe", "President of the Republic").
 */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.includes('\n') || !short(t, 10) || (/[.!?。！？؟:;]$/u.test(t) && !/\b\p{Lu}\.$/u.test(t)))
    return false;
  if (isDateline(t)) return true;
  const words = wordsOf(t.replace(/[,()]/g, ' '));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // (a Japanese signature parts role and name with "・": "内閣総理大臣・安倍晋三")
  return caps >= Math.ceil(words.length / 2) || /^[\p{Script=Han}\p{Script=Arabic}\s·・]+$/u.test(t);
}
