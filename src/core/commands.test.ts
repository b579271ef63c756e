import { describe, expect, it } from 'vitest';
import { judgeCommand, mayCommand } from './commands';
import { initialShowState, reduceShow, type ShowCommand } from './show';

const state = initialShowState(9);

describe('judgeCommand: one verdict for every transport', () => {
  it('applies a good command', () => {
    expect(judgeCommand(state, 'presenter', { type: 'goto', index: 8 })).toEqual({
      ok: true,
      command: { type: 'goto', index: 8 },
    });
  });

  it('answers 400 to a slide that does not exist, instead of going to the last one', () => {
    expect(judgeCommand(state, 'presenter', { type: 'goto', index: 98 })).toEqual({
      ok: false,
      status: 400,
      error: 'there is no slide 99: the deck has 9 (index 0 to 8)',
    });
    expect(judgeCommand(initialShowState(0), 'presenter', { type: 'goto', index: 0 })).toMatchObject({
      status: 400,
    });
  });

  it('answers 400 to what is not a command, naming the problem', () => {
    expect(judgeCommand(state, 'presenter', { type: 'goto', index: -1 })).toMatchObject({
      status: 400,
      error: expect.stringMatching(/^invalid command: index/),
    });
    expect(judgeCommand(state, 'presenter', 'next')).toMatchObject({ status: 400 });
  });

  it('answers 409 to a command that does not apply now', () => {
    expect(judgeCommand(state, 'presenter', { type: 'rehearsal', action: 'finish' })).toEqual({
      ok: false,
      status: 409,
      error: 'no rehearsal is running',
    });
    const rehearsing = reduceShow(state, { type: 'mode', mode: 'rehearse' }, 1000);
    expect(judgeCommand(rehearsing, 'presenter', { type: 'mode', mode: 'qa' })).toMatchObject({
      status: 409,
    });
  });

  it('checks the role before the state: a 403 says nothing about the show', () => {
    expect(judgeCommand(state, 'audience', { type: 'rehearsal', action: 'finish' })).toMatchObject({
      status: 403,
    });
  });
});

describe('mayCommand: what each view may send', () => {
  const every: ShowCommand[] = [
    { type: 'next' },
    { type: 'prev' },
    { type: 'first' },
    { type: 'last' },
    { type: 'goto', index: 1 },
    { type: 'blackout' },
    { type: 'timer', action: 'reset' },
    { type: 'mode', mode: 'qa' },
    { type: 'rehearsal', action: 'abandon' },
    { type: 'pace', useLearned: true },
  ];
  it('lets the presenter send everything', () => {
    expect(every.every((c) => mayCommand('presenter', c))).toBe(true);
  });
  it('lets the audience window only move the deck and black the screen (a clicker sends its keys there)', () => {
    expect(every.filter((c) => mayCommand('audience', c)).map((c) => c.type)).toEqual([
      'next',
      'prev',
      'first',
      'last',
      'goto',
      'blackout',
    ]);
  });
  it('lets the delegate viewer send nothing', () => {
    expect(every.some((c) => mayCommand('delegate', c))).toBe(false);
  });
});
