import { describe, expect, it } from 'vitest';
import { HOME_VIEW, LAN_ROLES, mayUseApi, pageRole, viewsOpenedBy } from './lan-roles';
import { snapshotFor, stateFor } from './projections';
import { initialShowState, reduceShow } from './show';
import { VIEWS } from './views';
import type { ShowSnapshot } from './contract';

describe('which pages each LAN token opens, as which role', () => {
  it.each([
    ['presenter', 'presenter', 'presenter'],
    ['presenter', 'audience', 'audience'],
    ['presenter', 'follow', 'follower'],
    ['presenter', 'report', 'delegate'],
    ['remote', 'remote', 'remote'],
    ['remote', 'presenter', null],
    ['remote', 'follow', null],
    ['crew', 'crew', 'crew'],
    ['crew', 'audience', null],
    ['follower', 'follow', 'follower'],
    ['follower', 'remote', null],
    ['follower', 'delegate', null],
    ['follower', 'presenter', null],
  ] as const)('a %s token at /%s is %s', (token, view, role) => {
    expect(pageRole(token, view)).toBe(role);
  });

  it('opens every page with the presenter token, one page with each other token, its home among them', () => {
    expect(viewsOpenedBy('presenter')).toEqual(VIEWS);
    for (const role of LAN_ROLES) {
      expect(viewsOpenedBy(role)).toContain(HOME_VIEW[role]);
      if (role !== 'presenter') expect(viewsOpenedBy(role)).toHaveLength(1);
    }
  });

  it('keeps the HTTP API to the presenter token', () => {
    expect(LAN_ROLES.filter(mayUseApi)).toEqual(['presenter']);
  });
});

describe('what each role is sent', () => {
  const cued = reduceShow(initialShowState(4), { type: 'cue', text: 'Wrap up' }, 1000);
  const answered = reduceShow(
    reduceShow(cued, { type: 'cue-ack' }, 2000),
    { type: 'cue', preset: '1min' },
    3000,
  );

  it('gives the presenter, the remote and the crew the cues', () => {
    for (const role of ['presenter', 'remote', 'crew'] as const)
      expect(stateFor(role, answered)).toBe(answered);
  });

  it('never sends a cue to the audience or the delegate viewer, pending or answered', () => {
    for (const role of ['audience', 'delegate'] as const) {
      const sent = stateFor(role, answered);
      expect(sent).toMatchObject({ cue: null, cues: [], index: answered.index, revision: answered.revision });
      expect(JSON.stringify(sent)).not.toMatch(/Wrap up|1min/);
    }
    const snapshot = { state: answered } as ShowSnapshot;
    expect(snapshotFor('audience', snapshot).state.cues).toEqual([]);
    expect(snapshotFor('presenter', snapshot)).toBe(snapshot);
  });

  it('sends a state without cues as it is (one encoding for every page)', () => {
    const plain = initialShowState(4);
    expect(stateFor('audience', plain)).toBe(plain);
  });
});
