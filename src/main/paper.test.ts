import { describe, expect, it } from 'vitest';
import { defaultPaper } from './paper';

describe('defaultPaper', () => {
  it('is Letter in North America, A4 elsewhere and when unknown', () => {
    expect(defaultPaper('US')).toBe('letter');
    expect(defaultPaper('ca')).toBe('letter');
    expect(defaultPaper('CN')).toBe('a4');
    expect(defaultPaper('KZ')).toBe('a4');
    expect(defaultPaper('')).toBe('a4');
  });
});
