import { describe, expect, it } from 'vitest';
import { interpretKey } from './keys';

describe('interpretKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['p', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'screen'],
    ['.', 'screen'],
    ['W', 'screen'],
    [',', 'screen'],
    ['z', 'screen'],
  ])('%j sends %s in both views', (key, type) => {
    expect(interpretKey({ key }, '', 'presenter').command?.type).toBe(type);
    expect(interpretKey({ key }, '', 'audience').command?.type).toBe(type);
  });

  it('a number then Enter jumps to that slide (1-based on screen, 0-based index)', () => {
    let out = interpretKey({ key: '1' }, '', 'presenter');
    out = interpretKey({ key: '2' }, out.buffer, 'presenter');
    expect(out).toMatchObject({ handled: true, buffer: '12' });
    out = interpretKey({ key: 'Enter' }, out.buffer, 'presenter');
    expect(out.command).toEqual({ type: 'goto', index: 11 });
    expect(out.buffer).toBe('');
  });

  it('0 + Enter and Escape clear the number without moving', () => {
    expect(interpretKey({ key: 'Enter' }, '0', 'audience')).toEqual({ handled: true, buffer: '' });
    expect(interpretKey({ key: 'Escape' }, '7', 'audience')).toEqual({ handled: true, buffer: '' });
  });

  it('Enter with no number is not ours; another key drops a half-typed number', () => {
    expect(interpretKey({ key: 'Enter' }, '', 'presenter').handled).toBe(false);
    expect(interpretKey({ key: 'ArrowRight' }, '4', 'presenter')).toMatchObject({
      buffer: '',
      command: { type: 'next' },
    });
  });

  it('keys with modifiers are left to the system (Ctrl+R, Cmd+Q…)', () => {
    expect(interpretKey({ key: 'n', ctrlKey: true }, '', 'presenter').handled).toBe(false);
    expect(interpretKey({ key: 'ArrowRight', metaKey: true }, '', 'presenter').handled).toBe(false);
  });

  it('F is full screen in both views; +/- change the speech text only in the presenter', () => {
    expect(interpretKey({ key: 'f' }, '', 'audience').action).toBe('fullscreen');
    expect(interpretKey({ key: '+' }, '', 'presenter').action).toBe('notes-bigger');
    expect(interpretKey({ key: '-' }, '', 'presenter').action).toBe('notes-smaller');
    expect(interpretKey({ key: '+' }, '', 'audience').handled).toBe(false);
  });

  it('unknown keys are not handled', () => {
    expect(interpretKey({ key: 'j' }, '', 'presenter').handled).toBe(false);
  });

  it('B, W and Z toggle the black, white and frozen screens', () => {
    expect(interpretKey({ key: 'B' }, '', 'audience').command).toEqual({
      type: 'screen',
      screen: 'black',
      toggle: true,
    });
    expect(interpretKey({ key: ',' }, '', 'audience').command).toEqual({
      type: 'screen',
      screen: 'white',
      toggle: true,
    });
    expect(interpretKey({ key: 'Z' }, '', 'presenter').command).toEqual({
      type: 'screen',
      screen: 'frozen',
      toggle: true,
    });
  });

  it('+ and − zoom with the mouse on the current slide, and size the speech text elsewhere', () => {
    expect(interpretKey({ key: '+' }, '', 'presenter', { overSlide: true }).action).toBe('zoom-in');
    expect(interpretKey({ key: '-' }, '', 'presenter', { overSlide: true }).action).toBe('zoom-out');
    expect(interpretKey({ key: '+' }, '', 'presenter', { overSlide: false }).action).toBe('notes-bigger');
  });

  it('in the overview, arrows move the highlight, Enter goes, Esc and O close; the show keys wait', () => {
    const overview = { overview: true };
    expect(interpretKey({ key: 'ArrowRight' }, '', 'presenter', overview)).toMatchObject({
      action: 'overview-right',
    });
    expect(interpretKey({ key: 'ArrowRight' }, '', 'presenter', overview).command).toBeUndefined();
    expect(interpretKey({ key: 'Enter' }, '', 'presenter', overview).action).toBe('overview-go');
    expect(interpretKey({ key: 'Escape' }, '', 'presenter', overview).action).toBe('overview-close');
    expect(interpretKey({ key: 'o' }, '', 'presenter', overview).action).toBe('overview-close');
    expect(interpretKey({ key: 'b' }, '', 'presenter', overview).handled).toBe(false);
    expect(interpretKey({ key: '?' }, '', 'presenter', overview).action).toBe('help');
    // O, ? and L are the presenter's: a clicker's key in the audience window does nothing with them
    expect(interpretKey({ key: 'o' }, '', 'presenter').action).toBe('overview');
    for (const key of ['o', '?', 'l']) expect(interpretKey({ key }, '', 'audience').handled).toBe(false);
  });

  it('M, A, Q and R are presenter-only view actions (mirror, autoscroll, Q&A, rehearsal)', () => {
    for (const [key, action] of [
      ['m', 'notes-mirror'],
      ['A', 'notes-autoscroll'],
      ['q', 'qa'],
      ['R', 'rehearse'],
    ] as const) {
      expect(interpretKey({ key }, '', 'presenter')).toMatchObject({ handled: true, action });
      expect(interpretKey({ key }, '', 'audience').handled).toBe(false);
    }
  });
});
