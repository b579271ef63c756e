import { describe, expect, it } from 'vitest';
import { delegateConfig } from './delegate-config';

describe('delegateConfig', () => {
  it('reads what dist:delegate writes', () => {
    const pkg = {
      name: 'lectern-keynote',
      lectern: { delegate: true, speech: 'slides/keynote-2030.md', title: 'Keynote 2030' },
    };
    expect(delegateConfig(pkg)).toEqual({ speech: 'slides/keynote-2030.md', title: 'Keynote 2030' });
  });

  it('accepts the non-ASCII file names dist:delegate keeps', () => {
    expect(
      delegateConfig({ lectern: { delegate: true, speech: 'slides/Zürich-数字.md', title: 'Z' } })?.speech,
    ).toBe('slides/Zürich-数字.md');
  });

  it.each([
    [{ name: 'lectern' }],
    [{ lectern: { delegate: false, speech: 'slides/a.md', title: 'A' } }],
    [{ lectern: { delegate: true, speech: '../../etc/passwd.md', title: 'A' } }],
    [{ lectern: { delegate: true, speech: 'slides/../a.md', title: 'A' } }],
    [{ lectern: { delegate: true, speech: '/abs/a.md', title: 'A' } }],
    [{ lectern: { delegate: true, speech: 'slides/a.exe', title: 'A' } }],
    [{ lectern: { delegate: true, speech: 'slides/a.md', title: '' } }],
    [null],
  ])('is the normal app for %j', (pkg) => {
    expect(delegateConfig(pkg)).toBeNull();
  });
});
