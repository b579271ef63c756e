import { describe, expect, it } from 'vitest';
import { parseClientMessage, parseShowCommand } from './contract';

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
  it('unwraps a valid command', () => {
    expect(parseClientMessage('{"type":"command","command":{"type":"goto","index":2}}')).toEqual({
      ok: true,
      value: { type: 'command', command: { type: 'goto', index: 2 } },
    });
  });

  it.each(['not json', '{"type":"hello"}', '{"type":"command","command":{"type":"nope"}}', '[]'])(
    'rejects %j',
    (raw) => {
      expect(parseClientMessage(raw).ok).toBe(false);
    },
  );
});
