/**
 * The speech's own closing words at the end of its last paragraphs: the thanks ("… la fiducia nelle
 * sue istituzioni. Vi ringrazio."), the blessing ("Thank you. God bless you, and may God bless the
 * United States of America. Thank you."), the cheer or toast ("Han leve! Hurra, hurra, hurra,
 * hurra!", "Vive la France !"). A designer ends the deck on them, a closing slide of their own
 * (compose.ts splitClosing); the notes keep them where they are said.
 */
import { maskForScreen } from './mask';
import { sentenceSpans } from './segment';
import { isToast } from './speech-parts';
import { SITTING_CLOSED, structureKind, THANKS_SAID_LAST } from './structure';
import { wordsOf } from './text';
import { raisesGlass } from './transcript';

/**
 * A blessing that closes an address, God's blessing or keeping asked for the room or the country,
 * anywhere in the sentence (it is said in a clause: "Until we meet again, may God hold you in the
 * palm of his hand.", Biden's toast 2024; "U mag zich gesteund weten door het besef dat velen u
 * wijsheid toewensen en met mij om kracht en Gods zegen voor u bidden.", troonrede 2015), in the
 * languages where it is a fixed form: "God bless you.", "And may He bless the United States of
 * America." (Obama, Tucson 2011), "Gott schütze unser Land", "Que Dieu vous bénisse", "Dios les
 * bendiga", "Deus abençoe o Brasil", "Niech Bóg błogosławi", "Gud bevare Danmark", "Боже, храни",
 * "Allah milletimizi korusun", "والله ولي التوفيق", "Wallahul muwaffiq", and the Hebrew "רובי, במה
 * אברך אותך?" ('with what shall I bless you?', Burg 2003), which opens the blessing it asks for.
 */
const BLESSING = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      // en
      String.raw`god\s+bless|may\s+(?:god|he|the\s+lord)|god['’]s\s+blessings?|god\s*speed|god\s+be\s+with\s+(?:you|us)|so\s+help\s+(?:us|me)\s+god`,
      // nl
      String.raw`god\s+zegene|gods\s+zegen|god\s+behoede`,
      // de
      String.raw`gott\s+(?:segne|schütze|beschütze|behüte)|gottes\s+segen`,
      // fr, es, ca, pt, it
      String.raw`dieu\s+(?:vous\s+|te\s+|nous\s+)?(?:bénisse|protège|garde)|dios\s+(?:les\s+|os\s+|te\s+|nos\s+)?(?:bendiga|guarde|proteja)|déu\s+(?:us\s+|vos\s+|ens\s+)?(?:beneeixi|guardi)|deus\s+(?:vos\s+|os\s+|te\s+|nos\s+)?(?:abençoe|proteja|guarde)|dio\s+(?:vi\s+|ti\s+|ci\s+)?(?:benedica|protegga)`,
      // pl, cs, South Slavic, hu, ro
      String.raw`bóg\s+(?:was\s+|wam\s+|nas\s+)?błogosławi|szczęść\s+boże|bůh\s+(?:vám\s+|nám\s+)?žehnej|bog\s+(?:vas\s+|nas\s+)?(?:blagoslovi|blagoslovio|čuva|čuvao)|isten\s+(?:áldja|óvja|áldjon)|dumnezeu\s+să\s+(?:vă\s+|ne\s+)?(?:binecuvânteze|ocrotească)`,
      // da, no, sv
      String.raw`gud\s+(?:velsigne|bevare|signe|välsigne)`,
      // ru, uk, bg
      String.raw`(?:храни|благослови)\s+(?:вас\s+|нас\s+)?(?:господь|бог)|боже,?\s+(?:храни|бережи)|(?:хай|нехай)\s+бог\s+(?:береже|благословить)|бог\s+да\s+(?:пази|благослови)`,
      // tr, ar, id
      String.raw`allah\s+(?:\p{L}+\s+)?korusun|والله\s+(?:الموفق|ولي\s+التوفيق)|wallahul?\s+muwaff?iq|tuhan\s+memberkati`,
      // he
      String.raw`במה\s+(?:אברכך|אברך\s+אותך)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
/**
 * A blessing named as a thing, what a closing slide is headed by when its blessing is a long
 * sentence: "Gods zegen" of "U mag zich gesteund weten door het besef dat velen u wijsheid
 * toewensen en met mij om kracht en Gods zegen voor u bidden." (troonrede 2015), "God's blessing",
 * "Gottes Segen", "la bendición de Dios", "la bénédiction de Dieu", "Godspeed".
 */
const BLESSING_NAMED =
  /(?<![\p{L}])(?:god['’]s\s+blessings?|god\s*speed|gods\s+zegen|gottes\s+segen|la\s+bendición\s+de\s+dios|la\s+bénédiction\s+de\s+dieu|a\s+bênção\s+de\s+deus|la\s+benedizione\s+di\s+dio)(?![\p{L}])/iu;

/** The heading of closing words that name their blessing (BLESSING_NAMED), or ''. */
export function blessingHeading(lines: readonly string[]): string {
  for (const l of [...lines].reverse()) {
    const named = BLESSING.test(l) ? BLESSING_NAMED.exec(l) : null;
    if (named) return named[0].charAt(0).toLocaleUpperCase() + named[0].slice(1);
  }
  return '';
}

/**
 * The words that end a memorial address, honouring the dead or wishing them rest, as a sentence or
 * its last clause: "Æret være Svend Jakobsens minde!" (Folketinget 2022), "Αιωνία η μνήμη τους."
 * (Boukoros 2022), "Вечная память", "Cześć ich pamięci!", "Ehre seinem Andenken", and the wish
 * that the memory stay or the dead rest: "Que la seva memòria ens acompanyi." (Riba, Dalmau 2022),
 * "May his memory be a blessing.", "Rest in peace.", "Que descanse en paz.", "Repose en paix.",
 * "Ruhe in Frieden.", "Riposi in pace.", "Hvil i fred.", "Spoczywaj w pokoju.", "יהי זכרו ברוך".
 */
const MEMORY = new RegExp(
  String.raw`(?:^|[,;]\s*)(?:(?:and|y|i|e|et|und|en|и|ו)\s+)?(?:` +
    [
      String.raw`æret\s+være|ære\s+være|αιωνία\s+(?:η\s+)?μνήμη|вечная\s+память|светлая\s+память|вічна\s+пам['’]ять|cześć\s+(?:jego|jej|ich)\s+pamięci|ehre\s+(?:seinem|ihrem)\s+andenken`,
      // the wish that the memory stay with the living
      String.raw`may\s+(?:his|her|their)\s+memory|que\s+(?:la\s+)?(?:seva|su|sua|sa)\s+(?:memòria|memoria|memória|mémoire)|möge\s+(?:sein|ihr)\s+andenken|(?:zijn|haar)\s+nagedachtenis\s+zij|יהי\s+זכר(?:ו|ה|ם)\s+ברוך`,
      // the wish that the dead rest
      String.raw`(?:may\s+(?:he|she|they)\s+)?rest\s+in\s+peace|requiescat\s+in\s+pace|(?:que\s+)?(?:en\s+paz\s+descansen?|descans[ae]n?\s+en\s+paz)|descansi\s+en\s+pau|(?:qu['’](?:il|elle)s?\s+)?reposen?t?\s+en\s+paix|riposi(?:no)?\s+in\s+pace|ruhen?\s+(?:sie\s+|er\s+)?in\s+frieden|rust\s+in\s+vrede|hvile?\s+i\s+fred|vila\s+i\s+frid|spoczywaj(?:cie)?\s+w\s+pokoju|почива(?:й|йте)\s+с\s+миром`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
/**
 * A thanks said last in a language that ends its sentence on it: "मेरी आप सबको बहुत-बहुत
 * शुभकामनाएँ, बहुत-बहुत धन्यवाद |" (Modi, Mann Ki Baat, January 2019), "…即位をお祝いいただくことに、深く
 * 感謝いたします。" (国民祭典 2019, judge33).
 */
const THANKS_LAST = new RegExp(String.raw`(?:${THANKS_SAID_LAST})\s*[|।.!。！]*\s*$`, 'u');
/**
 * The words a cheer opens with, one table for the closing words and the toast finder
 * (transcript.ts toastLine): "Vive la France !", "Vive la France." (Biden's toast, 2024), "¡Viva
 * México!", "Long live the friendship between our peoples", "Es lebe …!", "Han leve!", "Hurra!",
 * "Да здравствует …".
 */
const CHEER_WORDS = String.raw`vive|viva|vivan|evviva|long\s+live|es\s+lebe|h[ao]n\s+leve|hurra|hurrah|hooray|yaşasın|zindabad|да\s+здравствует`;
/**
 * Cheer words that are also plain words of another sentence: a cheer only said as an exclamation
 * ("Leve kongen!", "Слава Україні!", "Ура!"), never "Слава пришла к нему." nor Portuguese "leve"
 * ('light', 'take': "Leve esta mensagem a todos.").
 */
const EXCLAIMED_WORDS = String.raw`leve|ура|слава|хай\s+живе`;
/** A sentence that is a cheer. */
const CHEER = new RegExp(
  String.raw`^(?:${CHEER_WORDS})(?![\p{L}]).*[!！.]\s*$|^(?:${EXCLAIMED_WORDS})(?![\p{L}]).*[!！]\s*$`,
  'iu',
);
/**
 * Whether a sentence is a cheer ("Слава Україні!", "Vive la France !"): a closing word, never the
 * topic of the slide it opens (titles.ts deriveTitle, judge34: "Слава Україні" titled the chair's
 * security request it was said before).
 */
export const isCheer = (sentence: string): boolean => CHEER.test(sentence.trim().replace(/^[¡¿]\s*/u, ''));
/**
 * A cheer said inside a sentence, as a toast says it ("Et laisse-moi dire, vive les États-Unis
 * d’Amérique, vive la France", "… and long live the friendship between our peoples"): the cheer
 * words of a clause's start only, after a comma or an "and", never the adjective "viva" of "a
 * memória viva do povo", nor the never-exclaimed words ("leve", 'light' in Portuguese).
 */
export const CHEER_IN_SENTENCE = new RegExp(
  String.raw`(?:^\s*|[,;:—–]\s*|\s(?:and|et|y|e|ed|und|och|og|и|і|i)\s+)¡?(?:${CHEER_WORDS})\s+\p{L}`,
  'iu',
);

/**
 * A good night said to end the speech: "Thank you, and good night.", "¡De corazón, para todos,
 * muy feliz 2009, y muy buenas noches!" (Juan Carlos I, Christmas message 2008, judge22). Only
 * at the end of a sentence: said first, "Buenas noches" is the greeting (structure.ts).
 */
const GOOD_NIGHT =
  /(?:^|[\s,;¡])(?:buenas\s+noches|good\s*night|bonne\s+nuit|gute\s+nacht|buona\s*notte|boa\s+noite|спокойной\s+ночи|dobranoc|god\s+natt|god\s+nat)(?:\s+(?:a\s+todos|à\s+tous|a\s+tutti|a\s+todas|everyone|to\s+all|all))?\s*[!.]*\s*$/iu;

/**
 * The season's wishes that end a Christmas or New Year message: "Feliz Navidad, Eguberri on, Bon
 * Nadal, Boas Festas." (Felipe VI 2014, judge26), "Eguberri on. Bon Nadal y Boas festas." (2020),
 * and a farewell said as the last word, "வணக்கம்." (Modi, Mann Ki Baat in Tamil, 2017, judge26).
 */
const SEASON =
  /^(?:feliz\s+navidad|feliz\s+año\s+nuevo|merry\s+christmas|happy\s+new\s+year|joyeux\s+noël|bonne\s+année|frohe\s+weihnachten|buon\s+natale|feliz\s+natal|eguberri\s+on|bon\s+nadal|boas\s+festas|с\s+новым\s+годом|с\s+рождеством)(?![\p{L}])|^(?:வணக்கம்|नमस्कार)\s*[.!|।]*\s*$/iu;

/** What ends a closing clause: its sentence's stop, or none. */
const SAID_LAST = String.raw`\s*[.!。！|।]*\s*$`;
/** Where a clause starts: the sentence's start, or a comma before it. */
const CLAUSE_START = String.raw`(?:^|[,，、;；،]\s*)`;

/**
 * Words that say the talk is over, as its last sentence or its last clause: "我这讲演也就此完结了。"
 * (Lu Xun, 1923), "…ご平安を祈念いたしまして、私の挨拶といたします。" (Abe, Hiroshima 2019), "That
 * concludes my remarks.", the parliaments' "He dicho." / "Tenho dito.", "J'ai dit.", "У меня всё.".
 */
const TALK_ENDS = new RegExp(
  CLAUSE_START +
    '(?:' +
    [
      // zh: "我的讲话到此结束", "我这讲演也就此完结了", "我就讲到这里"
      String.raw`(?:我(?:的|这|今天的)?)?(?:讲演|演讲|講演|讲话|講話|发言|發言|报告|報告|致辞|致辭)?[也就]*(?:到此|就此|至此|到这里|到這裡)(?:完结|完結|结束|結束|为止|為止)了?`,
      String.raw`我(?:今天)?就(?:讲|講|说|說)到(?:这里|這裡|此)(?:为止|為止)?`,
      // ja: "私の挨拶といたします", "以上で私の挨拶を終わります", "以上です"
      String.raw`(?:以上(?:を|で|をもって|をもちまして)?)?(?:私の)?(?:挨拶|あいさつ|式辞|祝辞|講演|お話|話|発言|報告)(?:と(?:いたします|させていただきます|します)|を(?:終わります|終わらせていただきます|終えます|閉じます))`,
      '以上です',
      String.raw`(?:and\s+)?(?:that|this)\s+concludes\s+(?:my|our)\s+(?:remarks|statement|presentation|talk|speech|address|testimony)`,
      String.raw`he\s+dicho|tenho\s+dito|j['’]ai\s+dit|у\s+меня\s+вс[её]|у\s+мене\s+все`,
    ].join('|') +
    ')' +
    SAID_LAST,
  'iu',
);

/**
 * The speaker's wish to the room, said last: "Es ist diese Fröhlichkeit im Herzen, die ich uns allen
 * und im übertragenen Sinne unserem Land auch für die Zukunft wünsche." (Merkel, 2021, before "Ich
 * danke Ihnen von Herzen."), "Желая на всички вас успех в бъдещите начинания и на добър час!"
 * (Народно събрание 2022, before "Закривам заседанието."), "I wish you all every success.",
 * "Желаю вам …", "Je vous souhaite …", "Les deseo …". A wish to someone, never "I wish we had …".
 */
const WISH = new RegExp(
  [
    String.raw`^(?:and\s+)?I\s+wish\s+(?:you|all\s+of\s+you|every\s*one(?:\s+of\s+you)?|us\s+all)(?![\p{L}])`,
    String.raw`${CLAUSE_START}(?:(?:die|den|das|was)\s+)?(?:ich|wir)\s+(?:Ihnen|euch|dir|uns)(?![\p{L}])[^.!?]*\swünschen?${SAID_LAST}`,
    String.raw`^(?:(?:ich|wir)\s+wünschen?|wünschen?\s+(?:ich|wir))\s+(?:Ihnen|euch|dir|uns)(?![\p{L}])`,
    String.raw`^(?:желая|желаем|желаю)\s+(?:на\s+)?(?:всички\s+(?:вас|ви)|вас|ви|вам|всем|всички)(?![\p{L}])`,
    String.raw`^je\s+vous\s+souhaite|^(?:les|os)\s+deseo`,
    // the same wish in the languages that say it with their own verb: "Toivon teille tarmoa ja mitä
    // parasta menestystä työssänne Suomen puolesta." and "Jag önskar er handlingskraft och framgång
    // i ert arbete för Finlands bästa." (Lohela, puhemiehen puhe 2015, judge27), "Ik wens u veel
    // wijsheid.", "Jeg ønsker jer alle held og lykke.", "Życzę Państwu wszystkiego dobrego.",
    // "Přeji vám hodně úspěchů.", "Бажаю вам успіхів.", "Vi auguro buon lavoro."
    String.raw`^(?:toivo(?:n|mme)|(?:jag|vi)\s+önskar|(?:jeg|vi)\s+ønsker|(?:ik|wij|we)\s+wens(?:en)?|życz(?:ę|ymy)|přej(?:i|eme)|бажа(?:ю|ємо))\s+(?:teille|sinulle|kaikille|er|dig|jer|dere|deg|u|jullie|je|państwu|wam|ci|wszystkim|vám|ti|všem|вам|всім|тобі)(?![\p{L}])`,
    String.raw`^(?:vi|le|ti)\s+auguro(?![\p{L}])`,
    // the luck or success wished as the last words: "Good luck to you all.", "Viel Erfolg!",
    // "Bonne chance.", "Mucha suerte.", "Boa sorte.", "Buon lavoro.", "Veel succes.", "Powodzenia!",
    // "Успехов!", and the Hebrew "…, אבי געזונט ובהצלחה." ('just be well, and good luck', Burg 2003)
    String.raw`(?:^|[,;]\s*|\s(?:and|und|et|y|e|en|i|и|і|a)\s+)(?:good\s+luck(?:\s+to\s+(?:you|all\s+of\s+you|every\s*one|you\s+all))?|(?:viel|gutes)\s+erfolg|bonne\s+chance|bon\s+courage|(?:mucha|buena)\s+suerte|mucho\s+éxito|boa\s+sorte|muito\s+sucesso|buon\s+lavoro|in\s+bocca\s+al\s+lupo|veel\s+succes|powodzenia|hodně\s+štěstí|удачи|успехов|успіхів)${SAID_LAST}`,
    String.raw`(?<![\p{L}])ו?בהצלחה${SAID_LAST}`,
    // the Chinese wishes a New Year address ends on: "让我们一起，祝愿祖国繁荣昌盛、世界和平安宁！",
    // "祝愿大家福暖四季、顺遂安康！" (Xi Jinping 2024, judge29), "祝大家新年快乐！"
    String.raw`^(?:让我们(?:一起|共同)?[，,]?\s*)?(?:衷心|真诚)?(?:地)?(?:祝愿|祝福|祝)(?:大家|各位|你们|您|祖国|全国|全体|同志们|朋友们|家家户户)`,
    // the Japanese wish for the nation said in its polite form as the last sentence but the thanks:
    // "ここに改めて、国民の幸せを祈るとともに、我が国の一層の発展と世界の平和を願います。" (国民祭典 2019,
    // judge33), "…皆様のご健勝とご多幸を心からお祈り申し上げます。"; never the progressive "…ことを心から
    // 願っています。", the speaker's concern said on the way
    String.raw`(?:を|と)(?:心から|心より)?(?:願います|祈ります|祈念(?:いたし|致し)ます|お祈り(?:いたし|致し|申し上げ)ます)。?\s*$`,
  ].join('|'),
  'iu',
);

/**
 * The call to go on together that ends a speech, said as a short sentence of its own: "Let's go
 * forward and build together." (Deese 2022), "Let us move forward together.", "Let's get to
 * work.", "Allons de l'avant !", "Sigamos adelante.", "Vamos em frente.", "Andiamo avanti
 * insieme.", "Packen wir es an!", "Laten we samen verder gaan." Never a long sentence that goes
 * on to say where ("With a good conscience … let us go forth to lead the land we love, …").
 */
const EXHORTATION = new RegExp(
  String.raw`^(?:(?:and|so|now|then)\s+)?(?:` +
    [
      String.raw`(?:let['’]s|let\s+us)\s+(?:(?:all|now|then)\s+)?(?:go|move|march|press|get|carry)\s+(?:forward|on|ahead|forth|to\s+work)`,
      String.raw`allons\s+de\s+l['’]avant|avançons(?:\s+ensemble)?|(?:sigamos|vamos|avancemos)\s+(?:adelante|juntos)|(?:vamos|sigamos)\s+em\s+frente|andiamo\s+avanti|packen\s+wir['’]?s?\s+(?:es\s+)?(?:gemeinsam\s+)?an|laten\s+we\s+(?:samen\s+)?(?:verder\s+gaan|vooruit\s+gaan|aan\s+de\s+slag\s+gaan)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
/** Most words of such a call. */
const EXHORTATION_WORDS = 12;

/**
 * The host's last words at a dinner, sending the room to its meal or its evening: "Enjoy your
 * dinner." (Biden's toast 2024, after "To Kenya. To our guests. Cheers."), "Enjoy the rest of
 * the evening.", "Bon appétit !", "Guten Appetit!", "¡Buen provecho!", "Buon appetito!", "Eet
 * smakelijk!", "Smacznego!", "Приятного аппетита!".
 */
const SEND_OFF = new RegExp(
  String.raw`^(?:(?:now|so|and|please),?\s+)*(?:(?:enjoy\s+|have\s+a\s+(?:good|nice|wonderful|great|lovely)\s+)(?:(?:your|the|this|our)\s+)?(?:dinner|meal|lunch|luncheon|breakfast|evening|night|food|rest\s+of\s+(?:the|your)\s+(?:evening|night|day|meal))|bon\s+appétit|guten\s+appetit|buen\s+provecho|buon\s+appetito|bom\s+apetite|eet\s+smakelijk|smacznego|приятного\s+аппетита)(?![\p{L}])` +
    SAID_LAST,
  'iu',
);

/**
 * The act a ceremony is for, done as the speaker's last words: "Now I'm honored and pleased to sign
 * this historic piece of legislation: the Medicare Prescription Drug Improvement and Modernization
 * Act of 2003." (G. W. Bush, 2003, before "(The bill is signed.)"), "I now sign this bill into law."
 */
const SIGNING =
  /^(?:(?:and\s+)?(?:so\s+)?(?:now|today),?\s+)?I(?:['’]m|\s+am|\s+will|['’]ll)?\s+(?:(?:now|hereby|very|so|deeply|truly)\s+)*(?:(?:(?:honou?red|pleased|proud|happy|delighted|glad)\s*(?:,|and)?\s+)+to\s+)?sign\s+(?:this|the|these)\s/iu;

/**
 * The motion a speaker ends on, the ask of the house the speech is for: "I ask that the Congress
 * declare that since the unprovoked and dastardly attack by Japan on Sunday, December 7, 1941, a
 * state of war has existed between the United States and the Japanese Empire." (F. D. Roosevelt,
 * 1941), "I move that the House do now adjourn.", "I call upon the Senate to ratify this treaty."
 */
const MOTION =
  /^(?:(?:and\s+)?(?:so|therefore|now|today),?\s+)?I\s+(?:(?:therefore|now|hereby)\s+)?(?:ask|move|request|call\s+(?:on|upon))\s+(?:that\s+)?(?:the|this)\s+(?:Congress|House|Senate|Parliament|Assembly|Chamber)(?![\p{L}])/u;

/**
 * The word a Japanese address opens its closing words on, "in closing": "結びに、永遠の平和が祈られ続けている、
 * ここ長崎市において、…力を尽くすことをお誓い申し上げます。" (Abe, Nagasaki 2020), before "…私の挨拶といたします。".
 */
const CLOSING_OPENER = /^(?:結びに|むすびに|終わりに)[、,，]/u;

/**
 * The salute a speaker ends on: the Turkish parliament's "…, Genel Kurulu saygıyla
 * selamlıyorum." (İlyas Şeker, 2018), "Hepinizi saygı ve sevgiyle selamlıyorum.", "Saygılarımı
 * sunuyorum.", and the Arabic "والسلام عليكم ورحمة الله وبركاته". The clause may say when and
 * how often before whom: "…, bu vesileyle yüce Meclisi bir kere daha saygıyla selamlıyorum."
 * (Kaya, 2014 budget debate, judge31), SALUTE_LEAD words.
 */
const SALUTE_LEAD = String.raw`(?:[\p{L}’']+\s+){0,8}`;
const SALUTE = new RegExp(
  CLAUSE_START +
    '(?:' +
    [
      String.raw`${SALUTE_LEAD}(?:(?:saygı|sevgi|hürmet)(?:\s+ve\s+(?:saygı|sevgi|hürmet))?(?:yla|ile|lerimle|larımla)\s+)selamlı(?:yorum|yoruz)`,
      String.raw`${SALUTE_LEAD}saygılar(?:ımı|ımızı)?\s+sunuyor(?:um|uz)|saygılarımla`,
      String.raw`و\s*السلام\s+عليكم(?:\s+ورحمة\s+الله(?:\s+وبركاته)?)?`,
      // the same salam as Indonesian and Malay write it, however spelt: "Wassalamu'alaikum
      // warahmatullahi wabarakatuh", "Wassalaualaikum warahmatullahi wabarakatuh." (Jokowi 2017),
      // and the Balinese Hindu "Om shanti shanti shanti om"
      String.raw`wa\s*s?sala(?:a?m)?u?\s*['’‘]?\s*alaik(?:um|om)(?:\s+wa\s*rah?matull?ahi?(?:\s+wa\s*barakatuh)?)?|om\s+s[h]?anti(?:[,\s]+s[h]?anti){0,2}[,\s]+om`,
    ].join('|') +
    ')' +
    SAID_LAST,
  'iu',
);

/**
 * The closing clause at the end of a sentence that says more before it ("Etkili organizasyonlarla
 * … ekibine teşekkür ediyor, Genel Kurulu saygıyla selamlıyorum." → "Genel Kurulu saygıyla
 * selamlıyorum."): the shortest run of its last clauses that is closing words, else its head
 * before a colon when that is, else the sentence.
 */
export function closingClause(sentence: string): string {
  const s = sentence.trim();
  const starts = [...s.matchAll(/[,，、;；،]\s*/gu)].map((m) => m.index + m[0].length).reverse();
  for (const at of starts) {
    const clause = s.slice(at);
    if (isClosingSentence(clause)) return clause.charAt(0).toLocaleUpperCase() + clause.slice(1);
  }
  // (or its head before a colon, what the rest names: "Now I'm honored and pleased to sign this
  // historic piece of legislation: the Medicare … Act of 2003.")
  const colon = s.search(/:\s/u);
  if (colon > 0 && isClosingSentence(s.slice(0, colon))) return s.slice(0, colon);
  return s;
}

/**
 * Whether one sentence wishes the room well or blesses it (WISH, BLESSING): the closing words a
 * speech may say before it goes on ("Hierfür wünsche ich Ihnen, lieber Olaf Scholz, … eine
 * glückliche Hand und viel Erfolg.", Merkel 2021), never its thanks, toast or call to raise a glass.
 */
export const wishesWell = (sentence: string): boolean => {
  const s = sentence.trim();
  return WISH.test(s) || BLESSING.test(s);
};

/**
 * Whether one sentence is a closing word of the speech: a thanks, a blessing, a cheer or a toast,
 * the words that end the talk or the sitting, a salute.
 */
export function isClosingSentence(sentence: string): boolean {
  const s = sentence.trim().replace(/^[¡¿]\s*/u, '');
  if (!s) return false;
  return (
    structureKind(s) === 'thanks' ||
    SITTING_CLOSED.test(s) ||
    TALK_ENDS.test(s) ||
    CLOSING_OPENER.test(s) ||
    WISH.test(s) ||
    (EXHORTATION.test(s) && wordsOf(s).length <= EXHORTATION_WORDS) ||
    SEND_OFF.test(s) ||
    raisesGlass([s]) ||
    SIGNING.test(s) ||
    MOTION.test(s) ||
    SALUTE.test(s) ||
    BLESSING.test(s) ||
    MEMORY.test(s) ||
    (SEASON.test(s) && wordsOf(s).length <= 12) ||
    (THANKS_LAST.test(s) && wordsOf(s).length <= 12) ||
    isCheer(s) ||
    isToast(s) ||
    (GOOD_NIGHT.test(s) && wordsOf(s).length <= 16)
  );
}

/**
 * A toast's line said as a sentence of its own before its cheer: "To Kenya. To our guests.
 * Cheers." (Biden's toast 2024). Only after the cheer is said: "To that end." is no toast.
 */
const RAISED_TO = /^(?:and\s+)?(?:here['’]s\s+)?to\s+\S[^.!?]*[.!]\s*$/iu;
/** Most words of such a line. */
const RAISED_TO_WORDS = 10;
export const isRaisedTo = (said: string): boolean =>
  RAISED_TO.test(said.trim()) && wordsOf(said).length <= RAISED_TO_WORDS;

/**
 * Where the closing words that end `text` start (an offset of `text`), or null when its last
 * sentence is none. Stage directions ("(Applause.)", "[[Oklaski]]") in the run are part of it; a
 * paragraph all of closing words gives 0.
 */
export function closingStart(text: string, lang = ''): number | null {
  const masked = maskForScreen(text);
  const spans = sentenceSpans(masked, lang);
  let at: number | null = null;
  // (the toast's "Cheers." is said: the short lines before it are what the glass is raised to)
  let cheered = false;
  for (let k = spans.length - 1; k >= 0; k--) {
    const said = masked.slice(spans[k]!.start, spans[k]!.end);
    if (!said.trim()) continue;
    // (and the room they are said to, addressed just before them: "Arvoisat kansanedustajat,
    // ärade riksdagsledamöter! Jag önskar er handlingskraft …", Lohela 2015)
    if (at !== null && structureKind(said) === 'salutation') {
      at = spans[k]!.start;
      break;
    }
    if (!isClosingSentence(said) && !(cheered && isRaisedTo(said))) break;
    cheered ||= isToast(said);
    at = spans[k]!.start;
  }
  return at === null ? null : at === spans[0]?.start ? 0 : at;
}

/**
 * The solemn declaration a speech is for, announced last and said after its colon: "Vì những lẽ
 * trên, chúng tôi, lâm thời chính phủ của nước Việt Nam Dân chủ Cộng hòa, trịnh trọng tuyên bố với
 * thế giới rằng:" / "Nước Việt Nam có quyền hưởng tự do và độc lập, …" (Hồ Chí Minh, Tuyên ngôn độc
 * lập 1945, judge27), "We therefore solemnly declare:", "Nous proclamons solennellement :", "Wir
 * erklären feierlich:". Only a sentence that ends on its colon: what it declares follows.
 */
const DECLARES = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:trịnh\s+trọng\s+)?tuyên\s+bố(?:\s+với\s+[^:]{1,40})?\s+rằng`,
      String.raw`(?:solemnly|hereby)\s+(?:publish\s+and\s+)?(?:declare|proclaim)[^:]{0,60}`,
      String.raw`(?:déclar|proclam)(?:ons|e)\s+solennellement[^:]{0,60}`,
      String.raw`(?:declaramos|proclamamos|declaro|proclamo)\s+solemnemente[^:]{0,60}`,
      String.raw`(?:erkläre|erklären|verkünde|verkünden)\s+(?:hiermit\s+)?feierlich[^:]{0,60}`,
    ].join('|') +
    String.raw`)\s*[:：]\s*$`,
  'iu',
);
/** How many paragraphs a declaration's words may run to after it is announced. */
const DECLARED_PARAS = 2;

/**
 * Where the declaration that ends the speech is announced (an offset of `paras[at]`), as the
 * closing words it is: the paragraph that ends on its announcement, at most DECLARED_PARAS before
 * the end; else null.
 */
export function declarationStart(paras: readonly string[]): { para: number; offset: number } | null {
  for (let j = paras.length - 2; j >= Math.max(0, paras.length - 1 - DECLARED_PARAS); j--) {
    const masked = maskForScreen(paras[j]!);
    const spans = sentenceSpans(masked).filter((sp) => masked.slice(sp.start, sp.end).trim());
    const last = spans[spans.length - 1];
    if (!last) continue;
    if (DECLARES.test(masked.slice(last.start, last.end).trim()))
      return { para: j, offset: last === spans[0] ? 0 : last.start };
  }
  return null;
}

/** Most words of a declared sentence that heads its closing slide whole. */
const DECLARED_TITLE_WORDS = 12;

/**
 * The closing slide of a declaration (DECLARES): its title, the first thing declared (or that
 * sentence's head before ", and …": "Nước Việt Nam có quyền hưởng tự do và độc lập"), and its
 * line, what it declares after that; null when `lines` open on no announced declaration.
 */
export function declaredSlide(lines: readonly string[]): { title: string; line: string[] } | null {
  if (lines.length < 2 || !DECLARES.test(lines[0]!.trim())) return null;
  const [first, ...rest] = lines.slice(1).map((l) => l.trim());
  const bare = first!.replace(/[.!。！]+$/u, '');
  if (wordsOf(bare).length <= DECLARED_TITLE_WORDS) return { title: bare, line: rest };
  const head = /^(.+?),\s+(?:và|and|et|und|y|e|i|og|och|en|и)\s/u.exec(bare)?.[1];
  if (!head || wordsOf(head).length > DECLARED_TITLE_WORDS || wordsOf(head).length < 3) return null;
  return { title: head, line: rest.length ? rest : [first!] };
}
