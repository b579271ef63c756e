import { describe, expect, it } from 'vitest';
import { buildDeck } from './index';
import { usableSentences } from './connective';
import { structureKind } from './structure';
import { deriveTitle } from './titles';

// judge11: Biden's 2023 State of the Union in the State Department's Arabic (US federal work)
const ROLL = 'السيد رئيس مجلس النواب، والسيدة نائبة الرئيس، والسيدة الأولى، والسيد الثاني.';
const ROLL2 = 'رئيس القضاة، ومساعدي القضاة، وقضاة المحكمة العليا المتقاعدين، وأنتم إخواني الأميركيين.';

describe('a roll of addressees is said to the room: no title, no quote', () => {
  it.each([
    [ROLL, 'salutation'],
    [ROLL2, 'salutation'],
    ['Mr. Speaker, Madam Vice President, my fellow Americans.', 'salutation'],
    ['إن قصة الولايات المتحدة هي قصة التقدم والصمود والمرونة.', null],
    ['الاقتصاد، والتعليم، والصحة هي أولوياتنا.', null],
    ['We rebuilt roads, bridges, and ports.', null],
  ])('%s → %s', (line, kind) => {
    expect(structureKind(line)).toBe(kind);
  });

  it('gives no title or quote from it', () => {
    const said = [ROLL, 'من الجيد رؤيتكم هنا.', 'إن قصة الولايات المتحدة هي قصة التقدم والصمود والمرونة.'];
    expect(usableSentences(said, 'ar')).not.toContain(ROLL);
    expect(deriveTitle(said, [], 'ar', [], true)).not.toMatch(/السيدة|نائبة الرئيس/u);
    const body =
      'إن قصة الولايات المتحدة هي قصة التقدم والصمود والمرونة، قصة المضي قدما دائما وعدم الاستسلام أبدا.';
    const deck = buildDeck(`${ROLL} ${body}\n\n${body}\n\n${ROLL2} ${body}\n`, { fileName: 'ar-sotu.txt' });
    for (const s of deck.slides)
      expect(`${s.title}\n${s.screenText}`).not.toMatch(/السيدة الأولى|ومساعدي القضاة/u);
  });
});

// judge35: Alþingi 2021 (fjárlög, 3. umr.), Saeima 2014 (Kaimiņš), Narodna skupština 2008, Knesset 2003
describe('forms of address in Icelandic, Latvian, Serbian and Hebrew are said to the room', () => {
  it.each([
    ['Forseti.', 'salutation'],
    ['Virðulegi forseti.', 'salutation'],
    ['Hæstvirtur forseti!', 'salutation'],
    ['Godātās amatpersonas!', 'salutation'],
    ['Cienījamie deputāti!', 'salutation'],
    ['Dārgie Saeimas darbinieki!', 'salutation'],
    ['Narodni poslanici,', 'salutation'],
    ['כבוד ראש הממשלה, מכובדי זקן חברי הכנסת, שמעון פרס,', 'salutation'],
    ['Forseti Íslands setti þingið í gær.', null],
    ['Sabiedrība no Saeimas gaida vairāk.', null],
    ['Narodni poslanici su dužni da poštuju dostojanstvo.', null],
  ])('%s → %s', (line, kind) => {
    expect(structureKind(line)).toBe(kind);
  });

  it('titles no slide by the chair or the house addressed', () => {
    const is = buildDeck(
      'Forseti. Ég mæli hér fyrir nefndaráliti frá meiri hluta fjárlaganefndar. Nefndin hefur fjallað um málið að nýju eftir 2. umræðu og fengið fulltrúa fjármála- og efnahagsráðuneytisins á sinn fund.\n\nMeiri hlutinn leggur til að frumvarpið verði samþykkt með þeim breytingum sem skýrðar hafa verið.\n',
      { fileName: 'is-fjarlog.txt' },
    );
    const lv = buildDeck(
      'Godātās amatpersonas!\n\nCienījamie deputāti!\n\nSavā uzrunā jums es šodien runāšu par pazemību, par pašcieņu un godu.\n\nŠodienas jautājums nav par partiju politiku un partiju piederību.\n',
      { fileName: 'lv-saeima.txt' },
    );
    for (const s of [...is.slides, ...lv.slides])
      expect(s.title).not.toMatch(/^(?:Forseti|Godātās|Cienījamie)/u);
  });
});
