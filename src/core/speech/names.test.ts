import { describe, expect, it } from 'vitest';
import { isPersonName, isPlaceOrPeople } from './names';

describe('isPersonName', () => {
  const text =
    'I know there are votes, but that includes Senator Patrick Leahy, Michael Bennet, Amy Klobuchar, Chris Van Hollen, Sanford Bishop, Representative Joyce Beatty, Barbara Lee, Jim McGovern, Donald Payne.';
  it('knows a name, also after the role it is said with', () => {
    expect(isPersonName('Chris Van Hollen', text)).toBe(true);
    expect(isPersonName('Representative Joyce Beatty', text)).toBe(true);
  });
  it('is no person when the phrase names a thing', () => {
    expect(isPersonName('Cancer Moonshot', 'We relaunched the Cancer Moonshot today.')).toBe(false);
  });
});

describe('isPlaceOrPeople', () => {
  it('finds phrases that only say who or where', () => {
    expect(isPlaceOrPeople('United States')).toBe(true);
    expect(isPlaceOrPeople('American people')).toBe(true);
  });
  it('keeps phrases that say what', () => {
    expect(isPlaceOrPeople('Australian delegation')).toBe(false);
    expect(isPlaceOrPeople('Affordable childcare')).toBe(false);
    expect(isPlaceOrPeople('Cancer Moonshot')).toBe(false);
    expect(isPlaceOrPeople('Estados Unidos', 'es')).toBe(false);
  });
});
