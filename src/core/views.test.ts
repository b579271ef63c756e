import { describe, expect, it } from 'vitest';
import { roleOfView, viewOfUrl, VIEWS, viewPath } from './views';

const at = (href: string) => viewOfUrl(new URL(href, 'http://127.0.0.1:4317'));

describe('viewOfUrl: the one route parser', () => {
  it.each([
    ['/presenter', 'presenter'],
    ['/presenter/', 'presenter'],
    ['/audience', 'audience'],
    ['/delegate', 'delegate'],
    ['/report?token=x', 'report'],
    ['/index.html?view=presenter', 'presenter'],
    ['lectern://app/index.html?view=delegate', 'delegate'],
    ['/audience?view=report', 'report'],
    ['/remote?token=x', 'remote'],
    ['/crew', 'crew'],
    ['/follow', 'follow'],
    ['/index.html?view=connect', 'connect'],
  ])('%s is the %s', (href, view) => {
    expect(at(href)).toBe(view);
  });

  it.each(['/', '/index.html', '/nothing', '/presenter/extra', '/index.html?view=admin', '/PRESENTER'])(
    '%s shows the audience, never the speaker notes',
    (href) => {
      expect(at(href)).toBe('audience');
    },
  );

  it('gives every view a path that parses back to it', () => {
    for (const view of VIEWS) expect(at(viewPath(view))).toBe(view);
  });

  it('gives the report no more rights than the delegate viewer', () => {
    expect(roleOfView('report')).toBe('delegate');
    expect(roleOfView('presenter')).toBe('presenter');
    expect(roleOfView('connect')).toBe('delegate');
    expect(roleOfView('follow')).toBe('follower');
  });
});
