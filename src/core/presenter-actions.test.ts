import { describe, expect, it } from 'vitest';
import { confirmedCommand, decideQa, decideRehearse, decideReset } from './presenter-actions';
import { initialShowState, reduceShow, type ShowState } from './show';

const fresh = initialShowState(5);
const run = (state: ShowState, ...commands: Parameters<typeof reduceShow>[1][]): ShowState =>
  commands.reduce((s, c, i) => reduceShow(s, c, 1000 * (i + 1)), state);
const talking = run(fresh, { type: 'timer', action: 'start' });
const paused = reduceShow(talking, { type: 'timer', action: 'pause' }, 61_000);
const rehearsing = run(fresh, { type: 'mode', mode: 'rehearse' });
const inQa = run(talking, { type: 'mode', mode: 'qa' });

describe('R: rehearse', () => {
  it.each([
    ['a fresh show starts a rehearsal', fresh, { kind: 'send', command: { type: 'mode', mode: 'rehearse' } }],
    [
      'a running timer asks first (this may be the talk)',
      talking,
      { kind: 'confirm', confirmation: 'rehearse-over-timer' },
    ],
    [
      'a paused timer that has run asks too',
      paused,
      { kind: 'confirm', confirmation: 'rehearse-over-timer' },
    ],
    [
      'a rehearsal is finished and saved',
      rehearsing,
      { kind: 'send', command: { type: 'rehearsal', action: 'finish' } },
    ],
    ['Q&A has no rehearsal', inQa, { kind: 'none' }],
  ] as const)('%s', (_name, state, decision) => {
    expect(decideRehearse(state)).toEqual(decision);
  });
  it('confirmed, it starts the rehearsal', () => {
    expect(confirmedCommand('rehearse-over-timer')).toEqual({ type: 'mode', mode: 'rehearse' });
  });
});

describe('Q: Q&A', () => {
  it('switches Q&A on and off, never during a rehearsal', () => {
    expect(decideQa(talking)).toEqual({ kind: 'send', command: { type: 'mode', mode: 'qa' } });
    expect(decideQa(inQa)).toEqual({ kind: 'send', command: { type: 'mode', mode: 'present' } });
    expect(decideQa(rehearsing)).toEqual({ kind: 'none' });
  });
});

describe('Reset', () => {
  it('always asks, and there is nothing to reset before the timer has run', () => {
    expect(decideReset(fresh)).toEqual({ kind: 'none' });
    expect(decideReset(talking)).toEqual({ kind: 'confirm', confirmation: 'reset-timer' });
    expect(decideReset(paused)).toEqual({ kind: 'confirm', confirmation: 'reset-timer' });
    expect(confirmedCommand('reset-timer')).toEqual({ type: 'timer', action: 'reset' });
  });
});
