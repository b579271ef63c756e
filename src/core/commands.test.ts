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

describe('the LAN roles: remote, crew, follower', () => {
  const commands: ShowCommand[] = [
    { type: 'next' },
    { type: 'prev' },
    { type: 'first' },
    { type: 'last' },
    { type: 'goto', index: 1 },
    { type: 'blackout' },
    { type: 'screen', screen: 'white' },
    { type: 'pointer', x: 0.5, y: 0.5 },
    { type: 'zoom', x: 0.5, y: 0.5, scale: 2 },
    { type: 'timer', action: 'start' },
    { type: 'timer', action: 'pause' },
    { type: 'timer', action: 'toggle' },
    { type: 'timer', action: 'reset' },
    { type: 'timer', action: 'undo' },
    { type: 'mode', mode: 'qa' },
    { type: 'rehearsal', action: 'abandon' },
    { type: 'pace', useLearned: true },
    { type: 'cue', preset: 'wrap' },
    { type: 'cue-ack' },
  ];
  const allowed = (role: Parameters<typeof mayCommand>[0]): string[] =>
    commands
      .filter((c) => mayCommand(role, c))
      .map((c) => (c.type === 'timer' ? `timer ${c.action}` : c.type));

  it.each([
    [
      'remote',
      [
        'next',
        'prev',
        'first',
        'last',
        'goto',
        'blackout',
        'screen',
        'timer start',
        'timer pause',
        'timer toggle',
        'cue-ack',
      ],
    ],
    ['crew', ['cue']],
    ['follower', []],
    ['audience', ['next', 'prev', 'first', 'last', 'goto', 'blackout', 'screen']],
  ] as const)('the %s may send %j and nothing else', (role, expected) => {
    expect(allowed(role)).toEqual(expected);
  });

  it('says what was refused, down to the timer action', () => {
    expect(judgeCommand(state, 'remote', { type: 'timer', action: 'reset' })).toEqual({
      ok: false,
      status: 403,
      error: 'the remote view may not send "timer reset"',
    });
    expect(judgeCommand(state, 'follower', { type: 'next' })).toMatchObject({ status: 403 });
    expect(judgeCommand(state, 'crew', { type: 'next' })).toMatchObject({ status: 403 });
  });
});

describe('cue commands', () => {
  it('takes a preset or one line of text of at most 140 characters', () => {
    expect(judgeCommand(state, 'crew', { type: 'cue', preset: '5min' })).toMatchObject({ ok: true });
    expect(judgeCommand(state, 'crew', { type: 'cue', text: 'x'.repeat(140) })).toMatchObject({ ok: true });
    expect(judgeCommand(state, 'crew', { type: 'cue', text: '字'.repeat(140) })).toMatchObject({ ok: true });
    expect(judgeCommand(state, 'crew', { type: 'cue', text: 'x'.repeat(141) })).toEqual({
      ok: false,
      status: 400,
      error: 'invalid command: text: a cue is at most 140 characters; this one has 141',
    });
  });

  it.each([
    [{ type: 'cue' }, /a cue is \{"text"/],
    [{ type: 'cue', text: 'Wrap up', preset: 'wrap' }, /a cue is \{"text"/],
    [{ type: 'cue', preset: '10min' }, /preset/],
    [{ type: 'cue', text: '   ' }, /needs some text/],
    [{ type: 'cue', text: 'two\nlines' }, /one line of plain text/],
    [{ type: 'cue', text: 'abc\u202edcba' }, /one line of plain text/],
    [{ type: 'cue', text: 'ok', html: '<b>' }, /html/],
  ])('answers 400 to %j', (command, error) => {
    const verdict = judgeCommand(state, 'crew', command);
    expect(verdict).toMatchObject({ ok: false, status: 400 });
    expect(!verdict.ok && verdict.error).toMatch(error);
  });

  it('keeps markup as text: a hostile cue is accepted as the characters it is', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const verdict = judgeCommand(state, 'crew', { type: 'cue', text: hostile });
    expect(verdict).toEqual({ ok: true, command: { type: 'cue', text: hostile } });
  });

  it('answers 409 to an acknowledgement with no cue pending, or of a cue already answered', () => {
    expect(judgeCommand(state, 'presenter', { type: 'cue-ack' })).toEqual({
      ok: false,
      status: 409,
      error: 'there is no cue to acknowledge',
    });
    const cued = reduceShow(state, { type: 'cue', preset: 'wrap' }, 1000);
    expect(judgeCommand(cued, 'remote', { type: 'cue-ack', id: 1 })).toMatchObject({ ok: true });
    expect(judgeCommand(cued, 'remote', { type: 'cue-ack', id: 7 })).toMatchObject({ status: 409 });
  });
});
