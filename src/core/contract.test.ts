import { describe, expect, it } from 'vitest';
import { parseClientMessage, parseShowCommand, parseShowState } from './contract';
import { initialShowState, reduceShow } from './show';

describe('parseShowCommand', () => {
  it.each([
    { type: 'next' },
    { type: 'prev' },
    { type: 'first' },
    { type: 'last' },
    { type: 'goto', index: 3 },
    { type: 'blackout' },
    { type: 'blackout', on: true },
    { type: 'timer', action: 'start' },
    { type: 'timer', action: 'pause' },
    { type: 'timer', action: 'reset' },
  ])('accepts %j', (command) => {
    expect(parseShowCommand(command)).toEqual({ ok: true, value: command });
  });

  it.each([
    [null, /expected object/i],
    ['next', /expected object/i],
    [{}, /type/],
    [{ type: 'explode' }, /type/],
    [{ type: 'goto' }, /index/],
    [{ type: 'goto', index: '3' }, /index/],
    [{ type: 'goto', index: 1.5 }, /index/],
    [{ type: 'goto', index: -1 }, /index/],
    [{ type: 'timer', action: 'rewind' }, /action/],
    [{ type: 'next', extra: 1 }, /extra/],
    [{ type: 'blackout', on: 'yes' }, /on/],
  ])('rejects %j with a message naming the problem', (input, message) => {
    const result = parseShowCommand(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('does not let a prototype-polluting payload through', () => {
    const result = parseShowCommand(JSON.parse('{"type":"next","__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value)).toEqual(['type']);
  });
});

describe('parseClientMessage', () => {
  it('unwraps the envelope, leaving the command to be judged (core/commands.ts)', () => {
    expect(parseClientMessage('{"type":"command","id":7,"command":{"type":"goto","index":2}}')).toEqual({
      ok: true,
      value: { id: 7, command: { type: 'goto', index: 2 } },
    });
    expect(parseClientMessage('{"type":"command","command":{"type":"nope"}}')).toEqual({
      ok: true,
      value: { id: undefined, command: { type: 'nope' } },
    });
  });

  it.each([
    'not json',
    '{"type":"hello"}',
    '{"type":"command","id":-1,"command":{}}',
    '{"type":"command"}',
    '[]',
  ])('rejects %j', (raw) => {
    expect(parseClientMessage(raw).ok).toBe(false);
  });
});

describe('pacing and rehearsal commands', () => {
  it.each([
    { type: 'timer', action: 'undo' },
    { type: 'mode', mode: 'present' },
    { type: 'mode', mode: 'rehearse' },
    { type: 'mode', mode: 'qa' },
    { type: 'rehearsal', action: 'finish' },
    { type: 'rehearsal', action: 'abandon' },
    { type: 'pace', useLearned: true },
  ])('accepts %j', (command) => {
    expect(parseShowCommand(command)).toEqual({ ok: true, value: command });
  });

  it.each([
    [{ type: 'mode', mode: 'karaoke' }, /mode/],
    [{ type: 'mode' }, /mode/],
    [{ type: 'rehearsal', action: 'save' }, /action/],
    [{ type: 'pace', useLearned: 'yes' }, /useLearned/],
    [{ type: 'pace', useLearned: true, wpm: 300 }, /wpm/],
  ])('rejects %j', (input, message) => {
    const result = parseShowCommand(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseShowState', () => {
  it('fills the newer fields of an older saved state with their defaults', () => {
    const old = {
      index: 2,
      count: 5,
      blackout: true,
      timer: { startedAt: 10, accumulatedMs: 5 },
      revision: 7,
    };
    const parsed = parseShowState(old);
    // `blackout` (before the screen field) becomes the screen
    const { blackout: _, ...rest } = old;
    expect(parsed).toEqual({ ok: true, value: { ...initialShowState(5), ...rest, screen: 'black' } });
  });

  it('round-trips a full state and refuses nonsense', () => {
    let s = reduceShow(initialShowState(4), { type: 'mode', mode: 'rehearse' }, 1_000);
    s = reduceShow(s, { type: 'next' }, 2_000);
    s = reduceShow(s, { type: 'timer', action: 'reset' }, 3_000);
    expect(parseShowState(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, value: s });
    expect(parseShowState({ ...s, mode: 'party' }).ok).toBe(false);
    expect(parseShowState(null).ok).toBe(false);
  });
});
