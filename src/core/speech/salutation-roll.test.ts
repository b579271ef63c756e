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
