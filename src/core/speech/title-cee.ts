/**
 * Ukrainian, Polish, Czech, Greek, Hungarian and Spanish titles that are no headline (issue 10,
 * judge14: ParlaMint speeches titled "І мої колеги", "Щоб всі", "Які турбують владу", "Дає гроші",
 * "Senatorów wstrzymało", "Následně navrhnu", "Nýbrž neustálé omezování", "Είμαι ιδιαίτερα
 * περήφανος", "Rosszabbak jönnek", "Központi költségvetésnek", "Atentado terrorista provocó").
 * - it opens on a conjunction, a relative, a subordinator or a pronoun: a clause cut out of its
 *   sentence, or a phrase pointing back ("Otra lacra" = "another scourge");
 * - it holds a subject pronoun ("Сьогодні ми маємо з вами 37"): a clause, not a noun phrase;
 * - it opens or ends on a finite verb, in the endings only verbs have (a Polish or Czech past,
 *   a Czech first person, a Ukrainian present, a Greek present or past, a Spanish preterite or
 *   future, a Hungarian third person plural);
 * - a Hungarian title ends on a case other than the nominative ("költségvetésnek", dative;
 *   "közlekedést", accusative): the word's role was in the clause it was cut from.
 * No morphology: word lists and endings, each checked against the nouns that share it.
 */

const OPENER: Record<string, RegExp> = {
  uk: /^(?:і|й|та|а|але|або|чи|що|щоб|таки|же|як|які|який|яка|яке|якого|якої|яких|котрий|котра|котрі|де|коли|бо|тому|адже|хоча|якщо|ніж|аніж|це|ці|цей|ця|той|ті|тим|тих|тому|цим|цих|ось|от|тоді|сьогодні|потім|також|навіть|лише|тільки|ні|не|мало|нарешті|скільки|стільки|треба|потрібно|можна|може|чому|досі|завдяки|для|через|після|перед|від|до|про|при|без)$/iu,
  pl: /^(?:i|oraz|a|ale|lub|albo|czy|ani|że|żeby|aby|bo|ponieważ|gdy|kiedy|jeśli|jeżeli|który|która|które|którzy|którego|której|których|to|ten|ta|te|tego|tej|tych|co|jak|tak|także|też|więc|zatem|jednak|nawet|już|jeszcze|następnie)$/iu,
  cs: /^(?:a|i|ale|nebo|ani|či|že|aby|protože|když|pokud|jestli|aby|abych|abychom|abyste|který|která|které|kteří|jenž|což|nýbrž|však|tedy|to|ten|ta|ty|tento|tato|toto|co|jak|tak|také|už|ještě|následně|nejprve|potom|pak|dále|tolik|rámci|základě|souladu|případě|průběhu|opravdu|skutečně|naprosto|zcela|úplně|absolutně|prostě|vlastně|zkrátka|hodně|samozřejmě|například|jasně|dohromady|celkem|tady|zde|teď|nyní|dnes)$/iu,
  el: /^(?:και|κι|ή|αλλά|ούτε|είτε|ότι|πως|να|θα|που|οποίος|οποία|οποίο|οποίοι|όταν|όπου|αν|επειδή|γιατί|ενώ|δηλαδή|αυτός|αυτή|αυτό|αυτοί|αυτά|δεν|μην|επίσης|ακόμα)$/iu,
  hu: /^(?:és|vagy|de|is|sem|hogy|ha|mert|mint|amely|amelyek|ami|amik|aki|akik|ahol|amikor|ez|ezek|azok|ezért|azért|tehát|pedig|azonban|viszont|nem|ne|már|még|aztán|majd|uraim|hölgyeim)$/iu,
  es: /^(?:y|e|o|u|ni|pero|sino|que|porque|cuando|donde|aunque|si|cual|cuales|quien|quienes|cuyo|cuya|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|otra|otro|otras|otros|también|ya|no)$/iu, // Croatian, Bosnian, Serbian, Slovenian, Bulgarian, Macedonian (judge15: "Ki bodo intelektualci",
  // "Sada njegovim predsjednikom kojem")
  hr: /^(?:našeg|vašeg|svog|svojeg|njegovog|njihovog|našem|vašem|svom|isti|ista|isto|iste|istog|istom|takav|takva|takvo|takvi|takve|možda|zapravo|upravo|opet|baš|odmah|ipak|i|a|ali|ili|ni|nego|već|da|što|šta|koji|koja|koje|kojeg|kojem|kojim|kojih|kojoj|gdje|gde|kada|kad|kako|jer|ako|iako|dok|pa|te|to|taj|ta|ti|ovaj|ova|ovo|ovi|ove|sada|tada|danas|također|takođe|samo|čak|još|ne|bi|će|je|su|se)$/iu,
  bs: /^(?:našeg|vašeg|svog|svojeg|njegovog|njihovog|našem|vašem|svom|isti|ista|isto|iste|istog|istom|takav|takva|takvo|takvi|takve|možda|zapravo|upravo|opet|baš|odmah|ipak|i|a|ali|ili|ni|nego|već|da|što|šta|koji|koja|koje|kojeg|kojem|kojim|kojih|kojoj|gdje|gde|kada|kad|kako|jer|ako|iako|dok|pa|te|to|taj|ta|ti|ovaj|ova|ovo|ovi|ove|sada|tada|danas|također|takođe|samo|čak|još|ne|bi|će|je|su|se)$/iu,
  sr: /^(?:našeg|vašeg|svog|svojeg|njegovog|njihovog|našem|vašem|svom|isti|ista|isto|iste|istog|istom|takav|takva|takvo|takvi|takve|исти|иста|исто|исте|такав|таква|такво|такви|такве|možda|zapravo|upravo|opet|baš|odmah|ipak|i|a|ali|ili|ni|nego|već|da|što|šta|koji|koja|koje|kojeg|kojem|kojim|kojih|kojoj|gdje|gde|kada|kad|kako|jer|ako|iako|dok|pa|te|to|taj|ta|ti|ovaj|ova|ovo|ovi|ove|sada|tada|danas|također|takođe|samo|čak|još|ne|bi|će|je|su|se|и|а|али|или|ни|него|већ|да|што|шта|који|која|које|којег|којем|којим|којих|где|када|кад|како|јер|ако|иако|док|па|те|то|тај|та|ти|овај|ова|ово|сада|тада|данас|такође|само|чак|још|не|би|ће|је|су|се)$/iu,
  sl: /^(?:isti|ista|isto|iste|enak|enaka|enako|tak|taka|tako|take|taki|in|ter|ali|pa|a|ampak|vendar|da|ki|kot|ko|ker|če|čeprav|kjer|kako|kaj|kateri|katera|katero|katere|to|ta|te|ti|tisti|tista|tisto|zdaj|danes|torej|tudi|že|še|le|samo|ne|bi|bo|bodo|je|so|se)$/iu,
  bg: /^(?:и|а|но|или|ни|че|да|като|който|която|което|които|където|когато|защото|ако|макар|докато|това|този|тази|тези|то|сега|днес|също|вече|още|само|не|би|ще|е|са|се)$/iu,
  mk: /^(?:и|а|но|или|ни|дека|да|како|кој|која|кое|кои|каде|кога|бидејќи|ако|иако|додека|тоа|овој|оваа|ова|овие|сега|денес|исто|веќе|уште|само|не|би|ќе|е|се)$/iu,
};

/** Subject pronouns: a title that holds one is a clause ("Сьогодні ми маємо з вами 37"). */
const SUBJECT_PRONOUN: Record<string, RegExp> = {
  uk: /^(?:я|ми|ви|ти|вони|він|вона)$/iu,
  pl: /^(?:ja|my|wy|ty|oni|one|on|ona)$/iu,
  cs: /^(?:já|my|vy|ty|oni|ony|on|ona)$/iu,
  el: /^(?:εγώ|εμείς|εσείς|εσύ|αυτοί|αυτές)$/iu,
  hu: /^(?:én|mi|ti|te|ők|ő)$/iu,
  es: /^(?:yo|nosotros|nosotras|vosotros|ustedes|ellos|ellas)$/iu,
  hr: /^(?:ja|mi|vi|ti|oni|one|on|ona)$/iu,
  bs: /^(?:ja|mi|vi|ti|oni|one|on|ona)$/iu,
  sr: /^(?:ja|mi|vi|ti|oni|one|on|ona|ја|ми|ви|ти|они|оне|он|она)$/iu,
  sl: /^(?:jaz|mi|vi|ti|oni|one|on|ona)$/iu,
  bg: /^(?:аз|ние|вие|ти|те|той|тя)$/iu,
  mk: /^(?:јас|ние|вие|ти|тие|тој|таа)$/iu,
};

/**
 * Finite verbs by their endings. Polish past ("wstrzymało", "spłonęły"); Czech past
 * ("projednávala", "měla"), first person ("navrhnu", "uvádím", "děkuji") and the present in -uje
 * ("Podporuje Fialova vláda" of "…to tady podporuje Fialova vláda", cs-okamura, judge33) and second
 * person plural ("Našim občanům berete", "…dáváte"); Ukrainian present
 * ("дає", "турбують", "говорить"); Greek present, past and the verb 'be' ("είμαι", "εννοούμε",
 * "καθιερώνει", "χάθηκαν"); Spanish preterite and future ("provocó", "declararon", "será");
 * Hungarian third person plural ("jönnek", "vannak").
 */
const VERB: Record<string, RegExp> = {
  pl: /^\p{L}{3,}(?:ało|iło|yło|ęło|ały|iły|yły|ęły|ali|ili|yli|ęli|ałem|iłem|ałam|iłam|aliśmy|iliśmy)$/iu,
  cs: /^\p{L}{1,}(?:al|il|yl|ěl|ala|ila|yla|ěla|alo|ilo|ylo|ělo|ali|ili|yli|ěli|aly|ily|yly|ěly|nu|ím|uji|uju|uje|ují|ujeme|íme|áme|ete|áte|íte)$/iu,
  uk: /^(?:\p{L}{1,}(?:ає|яє|ує|ають|яють|ують|ють|ить|ться|ється|ається|єте|ете|ите|іте|ємо|емо|имо|імо|ював|ювала|ювало|ювали|ував|увала|увало|ували|нули|нула|нуло|нув)|\p{L}{3,}(?:ав|яв)|(?:с?каза|говори)(?:в|ла|ли|ло))$/iu,
  el: /^\p{L}{2,}(?:ω|ώ|ει|εί|ουν|ούν|ουμε|ούμε|ομαι|ούμαι|όμαστε|εται|ονται|μαι|ηκε|ηκαν|ήκαν|ησε|ησαν|ασε|ασαν|ισε|ισαν|ούσε|ούσαν)$/iu,
  es: /^\p{L}{3,}(?:ó|aron|ieron|ará|erá|irá|arán|erán|irán)$/iu,
  hu: /^\p{L}{3,}(?:nak|nek)$/iu, // (Croatian, Bosnian and Serbian present, third person plural and first persons: "kompromitiraju",
  // "nemam"; Slovenian third person plural: "prinašajo")
  hr: /^\p{L}{3,}(?:aju|uju|iju|amo|imo|emo|am|io|ao|eo|uo)$/iu,
  bs: /^\p{L}{3,}(?:aju|uju|iju|amo|imo|emo|am|io|ao|eo|uo)$/iu,
  sr: /^\p{L}{3,}(?:aju|uju|iju|amo|imo|emo|am|io|ao|eo|uo|ају|ују|ију|амо|имо|емо|ам|ио|ао|ео)$/iu,
  sl: /^\p{L}{3,}(?:ajo|ijo|ejo|amo|imo|emo)$/iu,
};
/** Nouns and adverbs that end as those verbs do. */
const NOT_VERB: Record<string, RegExp> = {
  pl: /^(?:działo|ciało|źródło|koło|czoło|mydło|masło|skrzydło|światło|kino)$/iu,
  cs: /^(?:\p{L}*(?:dla|sla)|síla|škola|profil|textil|mobil|automobil|styl|ideal|tunu|cenu|ženu|stranu|zemi)$/iu,
  // (and the nouns and names in -ав, -яв that are no past verb: "прояв", "Ярослав")
  uk: /^(?:мить|п['’]ять|пам['’]ять|десять|дев['’]ять|вісімдесят|діти|світи|мати|кити|пити|рукав|сплав|розплав|прояв|вияв|держав|\p{L}*слав)$/iu,
  el: /^(?:μέσω|λόγω|κάτω|πάνω|έξω|μέσα|ηχώ|πειθώ)$/iu,
  es: /^(?:rococó|dominó|buró|capó)$/iu,
  hu: /^$/u,
  hr: /^(?:program|islam|hram|sram|ovamo|onamo|kamo|posao|pepeo|kotao|orao|anđeo|smisao|radio|studio|portfolio)$/iu,
  bs: /^(?:program|islam|hram|sram|ovamo|onamo|kamo|posao|pepeo|kotao|orao|anđeo|smisao|radio|studio|portfolio)$/iu,
  sr: /^(?:program|islam|hram|sram|ovamo|onamo|kamo|posao|pepeo|kotao|orao|anđeo|smisao|radio|studio|програм|ислам|храм|срам|посао|радио|студио)$/iu,
  sl: /^(?:program|islam|tjamo|sem)$/iu,
};

/** Hungarian case endings a nominative never has: dative, inessive, elative, delative, ablative, allative, instrumental… */
const HU_OBLIQUE =
  /^(?:\p{L}{3,}(?:nak|nek|ban|ben|ból|ből|ról|ről|tól|től|hoz|hez|höz|nál|nél|val|vel|ként|ást|ést|ságot|séget|ját|jét|okat|eket|akat|kra|kre)|\p{L}{4,}(?:ét|át)|\p{L}{4,}[^úuóoeéaá\s]r[ae])$/iu;

/**
 * Words a title never ends on: adverbs and particles waiting for their clause ("Australii trwa
 * niestety", "Vést nejen"), Hungarian modals and infinitives ("…kellene állnia") and the
 * "-ható/-hető" predicate ("…radikálisan lecsökkenthető").
 */
const CLAUSE_TAIL: Record<string, RegExp> = {
  // (and a verb in -ą: "Senatorowie chcą"; a noun so is in the instrumental or the accusative)
  // (and the focusing adverbs: "Nadawany wyłącznie" of "…będzie on nadawany wyłącznie w czasie
  // wojny", judge20; and an infinitive: "Warto nadmienić")
  pl: /^(?:niestety|również|także|też|już|jeszcze|nadal|bardzo|tylko|nawet|wręcz|wyłącznie|jedynie|głównie|zwłaszcza|szczególnie|właśnie|ponownie|\p{L}{2,}ą|\p{L}{3,}(?:ać|eć|ić|yć|ąć))$/iu,
  // (and an infinitive: "Tisku jednat", "Podstatě hovořit"; not the loanwords in -it, "deficit")
  cs: /^(?:nejen|také|též|už|ještě|velmi|jen|pouze|dokonce|rovněž|bohužel|například|samozřejmě|\p{L}{3,}(?:ovat|at|ět|ít|out)|(?!\p{L}*(?:deficit|limit|kredit|audit|profit|summit|tranzit|debit|zenit|bandit|granit|dynamit|apetit|gambit|spirit|kvit)$)\p{L}{3,}it)$/iu,
  // (and an infinitive: "Логіки підходити"; opening a title it is a headline, "Знищити український бізнес")
  uk: /^(?:також|теж|вже|ще|дуже|лише|тільки|навіть|якісно|нарешті|ні|так|\p{L}{2,}йшло|\p{L}{2,}йшли|\p{L}{3,}(?:ати|яти|ити|іти|ути))$/iu,
  // (Croatian, Bosnian, Serbian, Slovenian adverbs of manner and degree: "Teško", "…bespovratno")
  hr: /^(?:teško|lako|brzo|jako|dobro|loše|lijepo|sigurno|naravno|možda|zapravo|stvarno|upravo|opet|baš|odmah|uvijek|nikad|često|ipak|također|bespovratno|žestoko|obilato|bezočno)$/iu,
  bs: /^(?:teško|lako|brzo|jako|dobro|loše|lijepo|sigurno|naravno|možda|zapravo|stvarno|upravo|opet|baš|odmah|uvijek|nikad|često|ipak|također|takođe)$/iu,
  sr: /^(?:teško|lako|brzo|jako|dobro|loše|lepo|sigurno|naravno|možda|zapravo|stvarno|upravo|opet|baš|odmah|uvek|nikad|često|ipak|takođe|тешко|лако|брзо|јако|добро|лоше|лепо|сигурно|наравно|можда|заправо|стварно|управо|опет|баш|одмах|увек|никад|често|ипак|такође)$/iu,
  sl: /^(?:težko|lahko|hitro|zelo|dobro|slabo|lepo|gotovo|seveda|morda|pravzaprav|res|ravno|spet|takoj|vedno|nikoli|pogosto|vendarle|tudi|že|še|praktično|neomejeno)$/iu,
  hu: /^(?:kell|kellene|lehet|lehetne|fog|tud|\p{L}{4,}(?:ul|ül)|\p{L}{3,}(?:ható|hető|ni|nia|nie|niuk|niük|nénk|nánk|nék|nák))$/iu,
};
/**
 * Ukrainian, Czech and Polish words in a case other than the nominative, by the endings of their
 * adjectives and pronouns ("Нашої перемоги", "Вашій роботі", "Jednacího řádu", "Narodowego"):
 * a title opening on one is a complement cut from its clause. Russian's are in title-words.ts.
 */
const OBLIQUE_FIRST: Record<string, RegExp> = {
  uk: /^\p{L}{2,}(?:ої|ій|ою|ею|ими|іми|их|іх|ому|ьому|ого|ього|нням|ами|ями|оті)$/iu,
  cs: /^\p{L}{2,}(?:ého|ému|ích|ími|ých|ými|ího|ímu|ami|emi|ou)$|^\p{L}{4,}em$/iu,
  pl: /^\p{L}{2,}(?:ego|emu|ych|ich|ymi|imi|ii|ji|ami|ach|ej|ania|enia)$|^\p{L}{4,}ę$/iu,
  // a Greek genitive ("Ολοκαυτώματος των Ελλήνων Εβραίων", out of "μνήμης … του Ολοκαυτώματος …")
  el: /^\p{L}{3,}(?:ματος|ων)$|^\p{L}{4,}(?:ου|ού)$/iu, // a Croatian or Slovenian adjective or noun in the genitive, dative, locative or instrumental
  // ("Hrvatskih branitelja", "Njegovim predsjednikom", "Urejanju položaja študentov")
  hr: /^\p{L}{3,}(?:ih|im|ima|oga|omu|ome|emu|ega|skog|čkog|nog|vog|skom|čkom|nom)$/iu,
  bs: /^\p{L}{3,}(?:ih|im|ima|oga|omu|ome|emu|ega|skog|čkog|nog|vog|skom|čkom|nom)$/iu,
  sr: /^\p{L}{3,}(?:ih|im|ima|oga|omu|ome|emu|ega|skog|čkog|nog|vog|skom|čkom|nom|их|им|има|ога|ому|оме|ему|ега|ског|чког|ног|вог|ском|чком|ном)$/iu,
  sl: /^\p{L}{3,}(?:ih|im|imi|ega|emu|anju|enju|anja|enja)$/iu,
};
/**
 * Czech possessives and demonstratives in the genitive, dative, locative and instrumental ("vaší
 * vládě", "našim občanům", "těch vašich dluhů"); "naše", "vaše", "své", "ty" are nominatives too.
 */
const CS_OBLIQUE_DETERMINER =
  /^(?:těch|těm|těmi|tomu|tom|tím|té|této|tomto|tohoto|tomuto|těchto|těmto|naší|vaší|našeho|vašeho|našemu|vašemu|našem|vašem|naším|vaším|našim|vašim|našich|vašich|našimi|vašimi|svého|svému|svém|svým|svých|svými|svojí|mého|mému|mém|mým|mých|mými|tvého|tvému|tvém|tvým|tvých)$/iu;
/**
 * A Czech verb negated in the present, third person ("nepočítá", "nedává", "nemají", "nepodporuje");
 * not the negated adjectives in -ná, -lá, -ská ("nezávislá", "nevhodná").
 */
const CS_NEGATED_VERB = /^ne\p{L}{2,}(?:tá|vá|dá|má|hají|tají|vají|dají|mají|uje|ují)$/iu;
/** A Czech neuter passive participle ("kvantifikováno", "schváleno", "řečeno"), not the nouns so ("koleno"). */
const CS_PREDICATE_PARTICIPLE =
  /^(?!(?:koleno|poleno|temeno|vřeteno|seno|jméno)$)\p{L}{3,}(?:áno|eno|ěno|ito|yto)$/iu;
/** A Polish genitive plural in -ów or a counted genitive ("tysięcy", "wielu"), towns in -ów aside. */
const PL_GENITIVE_FIRST =
  /^(?:tysięcy|setek|dziesiątek|kilku|wielu|paru)$|^(?!(?:kraków|tarnów|rzeszów|chorzów|kijów|lwów|charków|gorzów|mielców)$)\p{L}{3,}ów$/iu;
/** A Polish verb in the first person plural present or future ("doceniamy", "popieramy", "chcemy", "mówimy"). */
const PL_WE_VERB = /^\p{L}{3,}(?:amy|emy|imy|ymy)$/iu;
/** Plural nouns that end so ("programy", "problemy", "systemy", "ramy", "reklamy", "reżimy"). */
const PL_NOT_WE_VERB = /(?:gramy|stemy|blemy|lamy|ramy|damy|tamy|gamy|żimy|rymy|chemy|oremy|emblemy|lemy)$/iu;
/** Nominatives and words in no case that end so ("Свій", "Мій", "Його", "Kolego"). */
const NOT_OBLIQUE =
  /^(?:więcej|lepiej|raczej|dalej|wcześniej|później|bardziej|mniej|hiszpania|brytania|albania|germania|παντού|αλλού|κάπου|πουθενά|свій|мій|твій|його|кого|чого|нього|всього|його|багато|jego|mego|tego|czego|niego|jeho|všech|mnoho)$/iu;

/** A patronymic in any case ("Сергійович", "Костівни", "Олександровичу"). */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|йович|ьович|івн|ївн|овн|евн)\p{Ll}{0,2}$/u;

/** A time said at a title's end ("prošle godine", "ove godine", "lani"): when, not what. */
const WHEN_END =
  /(?:^|\s)(?:(?:prošle|prošlog|ove|ovog|ovoga|sledeće|slijedeće|iduće|naredne|narednog|prošlog|lanske|прошле|ове|овог|следеће|наредне)\s+(?:godine|nedelje|nedjelje|sedmice|tjedna|meseca|mjeseca|године|недеље|седмице|месеца)|(?:lani|letos|lansko|prejšnje|lanskega)(?:\s+leto|\s+leta)?)$/iu;

/** Adjectives said as a clause's predicate ("…je izuzetno važna", "država je jaka"). */
const SC_PREDICATE =
  /^(?:važ[an]|važn[aoi]|bitn[aoi]|bita[n]|potreb(?:an|n[aoi])|jak[aoi]?|jasn[aoi]|jasan|moguć[aei]?|neophodn[aoi]|ključn[aoi]|presudn[aoi]|siguran|sigurn[aoi]|odgovoran|odgovorn[aoi]|stabil(?:an|n[aeio])|spreman|spremn[aoi]|pomembn[aoi]|pomemben|potreben|potrebn[aoi]|jasen|mogoč[aei]?|важ(?:ан|н[аои])|битн[аои]|потреб(?:ан|н[аои])|јак[аои]?|јасн[аои]|могућ[аеи]?)$/iu;
/** Adverbs of degree and question words a headline never opens on ("Posebno važno", "Kakšne ukrepe"). */
const SC_DEGREE_OR_QUESTION =
  /^(?:posebno|izuzetno|veoma|naročito|dodatno|izrazito|kakav|kakva|kakvo|kakve|kakvi|koliko|kolike|zašto|kakšen|kakšna|kakšno|kakšne|kakšni|koliko|zakaj|посебно|изузетно|веома|нарочито|какав|каква|какво|какве|колико|зашто)$/iu;

const LANGS = new Set(Object.keys(OPENER));
const SOUTH_SLAVIC = new Set(['hr', 'bs', 'sr', 'sl', 'bg', 'mk']);

/** A title's words as the title checks read them: no end stop, no marks around a word. */
export function headlineWords(title: string): string[] {
  return title
    .trim()
    .replace(/[.!?]+$/u, '')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, ''))
    .filter(Boolean);
}

/**
 * Why a Ukrainian, Polish, Czech, Greek, Hungarian, Spanish, Croatian, Bosnian, Serbian, Slovenian,
 * Bulgarian or Macedonian title is no headline, or null.
 */
export function ceeTitleProblem(title: string, lang: string): string | null {
  if (!LANGS.has(lang)) return null;
  const words = headlineWords(title);
  if (!words.length) return null;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length >= 2 && OPENER[lang]!.test(first))
    return 'opens on a conjunction, a relative or a pointer back';
  // (and alone it says nothing: "Треба", "Може" of "Може, досить працювати…", uk-razumkov, titles20)
  // ("Dohromady" of "dohromady jim odsouhlasila", cs-okamura, judge33)
  if (words.length === 1 && (lang === 'uk' || lang === 'cs') && OPENER[lang]!.test(first))
    return 'a word that opens a clause, alone';
  if (words.some((w) => SUBJECT_PRONOUN[lang]!.test(w))) return 'a clause with its subject pronoun';
  if (words.length >= 2 && CLAUSE_TAIL[lang]?.test(last)) return 'ends on an adverb or a modal';
  // ("Dva dana" of "prije dva dana": a length of time says when, not what; "…trebalo predstavljati":
  // an infinitive waits for its clause)
  if (
    SOUTH_SLAVIC.has(lang) &&
    /^(?:jedan|jedna|dva|dvije|dve|tri|četiri|pet|šest|sedam|osam|devet|deset|desetak|nekoliko|par|en|ena|dva|dve|tri|štiri)\s+(?:dan|dana|dni|tjedan|tjedna|tjedana|teden|tedna|mjesec|mjeseca|mjeseci|mesec|meseca|meseci|godina|godine|godinu|leto|leti|let|sat|sata|sati|ura|ure|ur|minuta|minute|minut)$/iu.test(
      words.join(' '),
    )
  )
    return 'a length of time';
  if (
    words.length >= 2 &&
    (lang === 'hr' || lang === 'bs' || lang === 'sr') &&
    /^\p{L}{3,}(?:ati|iti|eti|uti|ći)$/iu.test(last)
  )
    return 'ends on an infinitive';
  // ("Prošle godine", "Evropi prošle godine": when, not what; judge16)
  if (SOUTH_SLAVIC.has(lang) && WHEN_END.test(words.slice(-2).join(' '))) return 'says when, not what';
  // ("Godine prosečna plata" of "2026. godine prosečna plata": the year's word cut from its date)
  if (words.length >= 2 && SOUTH_SLAVIC.has(lang) && /^(?:godine|године|leta)$/iu.test(first))
    return 'opens on the year of a date';
  // ("Prošle nedelje isplatili": a past participle at the end is the clause's verb)
  if (
    words.length >= 2 &&
    (lang === 'hr' || lang === 'bs' || lang === 'sr') &&
    /^\p{L}{3,}(?:ali|ili|eli)$/iu.test(last) &&
    !/^(?:\p{L}*(?:kanali|signali|materijali|potencijali|mobili|ideali|festivali|kapitali|rituali|kriminali|generali|admirali|profili|stili|metali|pedali|finali|tribunali|arsenali|portali|originali))$/iu.test(
      last,
    )
  )
    return 'ends on a verb';
  // ("Jedna potvrda uspešne": an adjective at the end has lost the noun it stood before)
  if (
    words.length >= 2 &&
    (lang === 'hr' || lang === 'bs' || lang === 'sr') &&
    /^\p{L}{2,}(?:šn|žn|tn|ln|vn|čn|jn)(?:e|og|om|ih|im|oj)$/iu.test(last)
  )
    return 'ends on an adjective, its noun cut off';
  // ("Republika Slovenija neuspešna": a name and its predicate)
  if (
    words.length >= 3 &&
    SOUTH_SLAVIC.has(lang) &&
    words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w)) &&
    /^\p{Ll}/u.test(words[words.length - 1]!)
  )
    return 'a name and its predicate';
  // ("Država jaka", "Posebno važno", "Kakšne ukrepe": a predicate, an adverb of degree, a question word)
  if (words.length >= 2 && SOUTH_SLAVIC.has(lang) && SC_PREDICATE.test(last))
    return 'ends on a predicate adjective';
  if (words.length >= 2 && SOUTH_SLAVIC.has(lang) && SC_DEGREE_OR_QUESTION.test(first))
    return 'opens on an adverb or a question word';
  // ("Pokazali snagu": a past participle opens a clause whose subject was left behind)
  if (
    words.length >= 2 &&
    (lang === 'hr' || lang === 'bs' || lang === 'sr') &&
    (/^\p{L}{4,}(?:ali|ili|eli|ale|ile|ele)$/iu.test(first) ||
      /^(?:dali|dala|dalo|bili|bile|imali|imale|uzeli|dobili|doneli|donijeli|uradili|radili|pomogli|napravili)$/iu.test(
        first,
      ))
  )
    return 'opens on a verb';
  // ("Polnijo vodni sklad" of "…ki polnijo vodni sklad": a clause's verb with no subject; judge16)
  if (
    words.length >= 2 &&
    SOUTH_SLAVIC.has(lang) &&
    VERB[lang]?.test(first) &&
    !NOT_VERB[lang]?.test(first) &&
    !/^\p{Lu}/u.test(words[1]!)
  )
    return 'opens on a verb';
  // ("Teško": an adverb alone says how, not what)
  if (words.length === 1 && SOUTH_SLAVIC.has(lang) && CLAUSE_TAIL[lang]?.test(first))
    return 'an adverb alone';
  // ("Doceniamy wysiłki strażaków" of "Doceniamy wysiłki strażaków, policji i wojska …": a Polish
  // verb in the first person plural opens a clause whose subject is the speaker's "we")
  if (lang === 'pl' && words.length >= 2 && PL_WE_VERB.test(first) && !PL_NOT_WE_VERB.test(first))
    return 'opens on a verb in the first person';
  if (words.length >= 2 && OBLIQUE_FIRST[lang]?.test(first) && !NOT_OBLIQUE.test(first))
    return 'opens in an oblique case';
  // "Nekompetentní vaší vládě", "Našim občanům": a Czech possessive in an oblique case, first or
  // after the adjective it is said with, puts the whole phrase in that case
  if (
    lang === 'cs' &&
    words.length >= 2 &&
    (CS_OBLIQUE_DETERMINER.test(first) ||
      (/^\p{L}{2,}[íýé]$/iu.test(first) && CS_OBLIQUE_DETERMINER.test(words[1]!)))
  )
    return 'opens in an oblique case';
  // "Vláda nepočítá": a Czech verb negated in the present ends a clause, its subject before it;
  // "Jasně kvantifikováno": a neuter passive participle is a clause's predicate
  if (
    lang === 'cs' &&
    words.length >= 2 &&
    (CS_NEGATED_VERB.test(last) || CS_PREDICATE_PARTICIPLE.test(last))
  )
    return 'ends on a verb';
  // "Obdržel" (of "…jsem obdržel odpověď"): a finite verb alone says who did what of no one
  if (
    (lang === 'cs' || lang === 'pl') &&
    words.length === 1 &&
    VERB[lang]!.test(first) &&
    !NOT_VERB[lang]!.test(first)
  )
    return 'a verb alone';
  const verb = VERB[lang];
  const notVerb = NOT_VERB[lang];
  if (verb && notVerb && words.length >= 2) {
    if (verb.test(last) && !notVerb.test(last)) return 'ends on a verb';
    // (Spanish and Polish open a headline on its verb: "Spłonęły tysiące domów"; a Hungarian -nak/-nek is a case)
    if ((lang === 'uk' || lang === 'el' || lang === 'cs') && verb.test(first) && !notVerb.test(first))
      return 'opens on a verb';
    // a Czech infinitive in -ovat with no subject ("Věnovat doufám sněmovnímu tisku"), and a
    // Ukrainian one in -увати, -ювати, -ивати, -івати ("Посилювати відповідальність" of "…треба
    // вводити …, посилювати відповідальність за корупцію", uk-razumkov, titles20)
    if (lang === 'cs' && /^\p{L}{2,}(?:ovat|ávat|ívat)$/iu.test(first)) return 'opens on a verb';
    if (lang === 'uk' && /^\p{L}{2,}(?:ува|юва|ива|іва)ти(?:ся)?$/iu.test(first)) return 'opens on a verb';
  }
  if (lang === 'hu' && words.length >= 2 && HU_OBLIQUE.test(last)) return 'ends on an oblique case';
  // "Australijczyków polskiego pochodzenia", "Tysięcy ochotników": a Polish genitive plural in -ów
  // or a counted genitive opens a complement cut from its clause (a town in -ów is a name: "Kraków")
  if (lang === 'pl' && words.length >= 2 && PL_GENITIVE_FIRST.test(first)) return 'opens in an oblique case';
  // "Narodem australijskim": a Polish adjective in the instrumental or locative has lost its clause
  if (lang === 'pl' && words.length >= 2 && /^\p{L}{2,}(?:skim|ckim|skiego|ckiego|skiej|ckiej)$/iu.test(last))
    return 'ends on an oblique case';
  // "Робити успішною": a Ukrainian adjective in the instrumental has lost its noun and clause
  if (lang === 'uk' && words.length >= 2 && /^\p{L}{3,}(?:ою|ею|ими|іми)$/iu.test(last))
    return 'ends on an oblique case';
  // "Роботі Олени Костівни": a person named by a patronymic, in any case, is whom the speaker addresses
  if ((lang === 'uk' || lang === 'ru') && words.some((w) => PATRONYMIC.test(w)))
    return 'names a person by a patronymic';
  return null;
}
