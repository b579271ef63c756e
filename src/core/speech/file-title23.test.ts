import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker, saidApart, spokenFileTitle } from './file-title';

// Title slides of speeches without a title line, from their file names and texts (issue 10,
// judge22 C16). Sources (judge22 SOURCES.md): Juan Carlos I, Mensaje de Navidad 2008
// (casareal.es via lirondos/discursos-de-navidad, first paragraphs); Zafer Sırakaya, TBMM
// 2018-11-01 (ParlaMint-TR, CC BY 4.0); Dilma Rousseff, brinde a Tabaré Vázquez, 2015-05-21
// (itamaraty.gov.br); 习近平, 二〇二四年新年贺词 (chinadaily.com.cn, first paragraphs).
const ES =
  '¡Buenas noches!\n\nMucho me alegra empezar mis palabras expresando, de corazón, mis mejores deseos y más afectuosa felicitación a todos los españoles en estas fechas navideñas.\n\nAl término de este año, quiero - como es tradicional- compartir un conjunto de reflexiones y de sentimientos sobre nuestro desarrollo como pueblo y como Nación.\n\nUn año 2008 intenso en acontecimientos, del que quisiera detenerme en tres asuntos de especial relieve, como son el Treinta Aniversario de la Constitución; la lucha contra el terrorismo; y la crisis financiera y económica generalizada que atravesamos.\n\nGracias a nuestra Constitución, España ha vivido por primera vez treinta años de democracia plena, que coinciden con los de mayor progreso y modernización en nuestra Historia.';
const TR =
  'Sayın Başkan, değerli milletvekilleri; 30 Ekim 1961 günü Almanya’yla imzalanan iş gücü alım anlaşması, birçok insanımızın hayatını değiştiren, Anadolu’dan binlerce kişinin bundan sonraki hayatlarında ana vatanlarını yüreklerinde hissederek yaşamalarına sebep olan yazılı birer belge olmuştur. O zamanlar öngörülemese de bu anlaşmalar hem Avrupa ülkeleri toplumları hem de Türk toplumu için birer dönüşümün ilk adımıydı. Sirkeci’den Münih’e yaklaşık elli saat süren yolculuk ve son bir kez eşlerine, çocuklarına vagonların buğulu camlarından bakan işçilerin hikâyesi işte böyle başlamıştı. O zaman elli saat süren yolculukla başlayan göç hikâyeleri bugünlerde 57’nci yılı geride bıraktı. Bu göçmenlik hikâyesinde hepsinin aklında bir gün ana vatana geri dönmek vardı ancak öyle olmadı. Zira vatanlarından kilometrelerce uzakta ailelerine, sevdiklerine hasret yaşayan bu insanlarımız, o dönemlerde Türkiye’deki haksız ve toplumun kendisine yabancı olan siyasetin de mağduru oldular. Özellikle AK PARTİ iktidarı öncesine kadar “Batılı ülkelerle aramız açılmasın.” kaygısıyla yurt dışındaki Türklerin bütün sorunları göz ardı edilmiş ve dış Türkler konusunda AK PARTİ dönemine kadar bütün hükûmetler pasif kalmıştır. Yurt dışına iş gücü gönderimi sürecinde bütün işlemlerin Türkiye muhatabının Dışişleri Bakanlığı yerine İş ve İşçi Bulma Kurumunun olması, söz konusu hükûmetlerin yurt dışındaki Türkler konusunda hangi pencereden baktıklarının da birer göstergesidir. Keza konuya bu kadar uzak kaldıkları için yarım asır yabancı ülkelerde sorunlarıyla baş başa bırakılan insanlarımıza, önceleri ekonomik saiklerle, sonra güvenlik ve geçicilik olgusu içinde âdeta tepeden bakılmış ve “Alamancı” veya “gurbetçi” tanımlamasıyla kendilerine bir şekliyle tepeden bakılmaya devam edilmiştir. Bu alışılagelmiş tutum, Sayın Cumhurbaşkanımızın yurt dışındaki Türklere gösterdiği ehemmiyet ve kişisel uğraşlarıyla son bulmuştur. AK PARTİ hükûmetleri döneminde -çok taraflı dış politikasıyla- artık, ekseriyeti bu ülkede doğmuş olan, hem yaşadıkları ülkenin değerleri hem de Türk kültürleriyle büyüyen, çift ana dille yetişen üçüncü, hatta dördüncü kuşak Türkler için “yurt dışı Türkler” ifadesinin kullanılmaya başladığı bir süreç oluşmuş ve kurumsal politikalar devreye sokulmaktan geri kalınmamıştır. Şu iyi anlaşılmalıdır: Bu coğrafyaya giden Türkler, artık, Avrupa ülkelerinin asli birer unsuru hâline gelmişlerdir. Binaenaleyh, bu ülkelerdeki vatandaşlarımız bulundukları ülkelerin ana dillerini iyi öğrenmeye, siyasi hayatına katılmaya, ekonomik gelişmelerini sürdürmeye, ancak bunları yaparken muhakkak öz kimliklerini, kültürlerini ihmal etmemeye teşvik edilmelidirler. Konsolosluk reformları, yurt dışında dövizle askerlik hizmeti konusunda yapılan düzenlemeler, yurt dışında boşanma kararlarının dava açılmaya gerek kalmadan tanınması, pasaport harçlarının düşürülmesi, Mavi Kart sahiplerinin mahkemelerde tercüman olarak çalışabilmeleri ve Mavi Kart’ın bankacılık işlemlerinde kimlik belgesi olarak kullanılması, diasporada yaşayan gençlerin devlet üniversitelerinde eğitim imkânları ve daha zikredemediğimiz birçok konu AK PARTİ döneminde uygulamaya konuldu. Önümüzdeki süreçte ivedilikle takip etmemiz gereken en önemli hususlardan biri, son zamanlarda Türk diasporası ve kuruluşlarına yönelik artan PKK saldırılarına Alman yetkili makamlarınca gerekli önlemlerin alınması, suçların aydınlatılması ve faillerin cezasını alması olacaktır. Ayrıca, FETÖ ve PKK gibi terör örgütleri tarafından oluşturulmaya çalışılan olumsuz Türkiye algısına karşı duyarlı ve dikkatli olmalıyız. Avrupa’da yaşayan vatandaşlarımızın okullar, meslek eğitim yeri bulma, istihdam, ev arama başta olmak üzere toplumsal alanda ayrımcılığa maruz kaldıkları gözlenmektedir. Mesut Özil vakasında müşahede edilmiş olduğu üzere, Almanya’da yaşayan vatandaşlarımızın medyada, kurumsal ve toplumsal alanda karşılaştıkları ırkçılık ve ayrımcılık beraber yaşama kültürünü de zedelemektir. Alman makamlarından, ırkçılık ve ayrımcılıkla mücadele etmeye yönelik üst düzey tedbirler almaları beklenmektedir. Bu anlamda, insan hakları ihlallerine maruz bırakılan vatandaşlarımızın durumu takip edilmeli ve partilerüstü bir konu olarak ele alınmalıdır. Aşırı sağcı terör örgütü NSU’nun 8 Türk’ü katlettiği olayların aydınlatılarak beş yıldır esas suçluların cezasını çekmesini beklediğimiz dava süreci ve davada nihai karar, Almanya’daki kurumsal ırkçılığın hangi boyutlarda olduğunun da somut bir göstergesidir. Cezalandırma tarihten bu yana salt kefaret değil, aynı zamanda suç önleme yöntemidir. NSU davası sürecinin başından itibaren kamu kurumları ve mensuplarının özenli bir şekilde soruşturma ve kovuşturma kapsamı dışında tutulması…\n';
const PT =
  'Excelentíssimo senhor presidente da República Oriental do Uruguai, Tabaré Vázquez,\n\nExcelentíssimo presidente do Supremo Tribunal Federal, ministro Ricardo Lewandowski,\n\nSenhoras e senhores embaixadores, acreditados junto ao meu governo,\n\nSenhoras e senhores ministros de Estado e integrantes das delegações do Uruguai e do Brasil,\n\nDeputados federais Arlindo Sinaga, Edio Lopes, João Morais.\n\nSenhoras e senhores embaixadores,\n\nSenhoras e senhores jornalistas, fotógrafos e cinegrafistas,\n\nHoje pela manhã eu me reuni com o presidente Tabaré Vázquez, o que muito me honrou, aqui em Brasília. Nós tivemos profundos e grandes debates e deles prestamos toda a informação à imprensa. Agora, é a hora do brinde. Agora, é a hora em que eu saúdo o povo uruguaio, a amizade que une os nossos povos; o fato desses povos dividirem uma fronteira comum em muitos lugares. Brasileiros têm pais uruguaios; uruguaios têm pais brasileiros. Esse povo e esse país com o qual nós temos a felicidade de conviver, ele é recebido, hoje, na pessoa do presidente Tabaré Vázquez, nosso grande amigo. E, ele vai me permitir saudar a ele, com uma citação de um ilustre cidadão uruguaio e do mundo, que recentemente nos deixou e que, como poucos, ajudou a gerações de latino-americanos a entender, a explicar e a amar o nosso continente.\n\nAnos atrás, Eduardo Galeano nos disse que: “Há aqueles que creem que o destino descansa nos joelhos dos deuses, mas a verdade é que trabalha como um desafio candente sobre a consciência dos homens”. Os uruguaios e os brasileiros são exemplo de povos que forjaram seus destinos com consciência, com força, perseverança e união.\n\nEu quero, aqui, fazer um brinde ao nosso grande latino-americano, ao nosso uruguaio, presidente e líder, Tabaré Vázquez.\n';
const ZH =
  '大家好！冬至阳生，岁回律转。在这辞旧迎新的美好时刻，我在北京向大家致以新年的祝福！\n\n2023年，我们接续奋斗、砥砺前行，经历了风雨洗礼，看到了美丽风景，取得了沉甸甸的收获。大家记住了一年的不易，也对未来充满信心。\n\n这一年的步伐，我们走得很坚实。疫情防控平稳转段，我国经济持续回升向好，高质量发展扎实推进。现代化产业体系更加健全，一批高端化、智能化、绿色化新型支柱产业快速崛起。粮食生产“二十连丰”，绿水青山成色更足，乡村振兴展现新气象。东北全面振兴谱写新篇，雄安新区拔节生长，长江经济带活力脉动，粤港澳大湾区勇立潮头。中国经济在风浪中强健了体魄、壮实了筋骨。';

describe("a file name's words are never glued into a speaker (judge22)", () => {
  it.each([
    // two known names run together: filed under someone the file name does not spell
    ['es-juancarlos-mensaje-navidad-2008.txt', ES, { name: '', words: 1 }],
    // the speech's "iş gücü" run together is the topic's word, not the second half of a surname
    ['tr-sirakaya-isgucu-anlasmasi-2018.txt', TR, { name: 'Sirakaya', words: 1 }],
    ['pt-rousseff-brinde-tabare-vazquez-2015.txt', PT, { name: 'Rousseff', words: 1 }],
    // a surname of two names neither known nor said stays one (judge21)
    [
      'fr-braun-pivet-presidence-assemblee-2022.txt',
      'La présidence de l’Assemblée nationale.',
      { name: 'Braun-Pivet', words: 2 },
    ],
    // initials run into a surname: the file does not spell the name (judge26: the speaker line read
    // "Gwbush"; George W. Bush, remarks on signing the Medicare legislation, 2003-12-08, public domain)
    [
      'en-gwbush-signing-medicare-legislation-2003.txt',
      'Thank you all very much. In a few moments I will sign the Medicare legislation.',
      { name: '', words: 1 },
    ],
    // a compound naming the kind of talk is no second surname (judge26: "Merkel-Abschiedsrede";
    // Angela Merkel at her Großer Zapfenstreich, 2021-12-02, bundesregierung.de)
    [
      'de-merkel-abschiedsrede-zapfenstreich-2021.txt',
      'Meine sehr geehrten Damen und Herren, der Große Zapfenstreich ist ein Abschied.',
      { name: 'Merkel', words: 1 },
    ],
    // a name that opens on three consonants is still a name
    [
      'de-zypries-jahreswirtschaftsbericht-2018.txt',
      'Der Jahreswirtschaftsbericht 2018.',
      { name: 'Zypries', words: 1 },
    ],
  ])('%s', (file, speech, want) => expect(fileNameSpeaker(file, speech)).toEqual(want));

  it.each([
    ['Isgucu', TR, 'iş gücü'],
    // said whole, or never said apart: no words to split into
    ['Anlasmasi', TR, null],
    ['Navidad', ES, null],
    ['Juancarlos', ES, null],
    ['Statistics', 'There were exactly three thousand four hundred words.', null],
  ])('saidApart(%s)', (word, speech, want) => expect(saidApart(word, speech)).toBe(want));
});

describe('the deck title of a speech without a title line (judge22 C16)', () => {
  it.each([
    // was "Navidad" by "Juancarlos-Mensaje"
    ['es-juancarlos-mensaje-navidad-2008.txt', ES, 'Mensaje de Navidad', undefined],
    // was "Anlaşmasi" by "Sirakaya-Isgucu" (the dotless ı of "anlaşması" is the file name's i);
    // the words the speech writes in lower case are so written past the first (tslide37)
    ['tr-sirakaya-isgucu-anlasmasi-2018.txt', TR, 'İş gücü anlaşması', 'Sirakaya'],
    // was "Tabaré Vázquez" (the guest, said three times) by Rousseff: the file's title holds him and says more
    ['pt-rousseff-brinde-tabare-vazquez-2015.txt', PT, 'Brinde Tabaré Vázquez', 'Rousseff'],
    // was "中国的创新动力", a phrase of paragraph 4: the opening's "向大家致以新年的祝福" says what the message is
    ['zh-xijinping-xinnian-heci-2024.txt', ZH, '新年的祝福', undefined],
  ])('%s', (fileName, text, title, speaker) => {
    const deck = buildDeck(text, { fileName });
    expect(deck.meta.title).toBe(title);
    expect(deck.meta.speaker).toBe(speaker);
  });

  it('joins a message and its feast as the language names the genre, nothing else', () => {
    expect(spokenFileTitle('es-mensaje-navidad-2008.txt', ES, undefined, 'es')).toBe('Mensaje de Navidad');
    expect(spokenFileTitle('pt-mensagem-natal.txt', 'Boa noite a todos.', undefined, 'pt')).toBe(
      'Mensagem de Natal',
    );
    // "a la Nación"? the file name does not say: left as filed
    expect(spokenFileTitle('es-mensaje-nacion.txt', 'Buenas noches.', undefined, 'es')).toBe(
      'Mensaje Nacion',
    );
    // in English, no preposition is added
    expect(spokenFileTitle('en-christmas-message.txt', 'Each Christmas, I reflect.', undefined, 'en')).toBe(
      'Christmas Message',
    );
  });
});
