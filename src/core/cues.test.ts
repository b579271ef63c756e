import { describe, expect, it } from 'vitest';
import { parseShowState } from './contract';
import { cueTextFault, cueTextProblem, MAX_CUE_CHARS, MAX_CUE_RECORDS } from './cues';
import { initialShowState, reduceShow } from './show';

const T0 = 1_700_000_000_000;

describe('cues in the show', () => {
  it('a cue waits until acknowledged, then is kept with when it was answered', () => {
    let s = reduceShow(initialShowState(5), { type: 'goto', index: 2 }, T0);
    s = reduceShow(s, { type: 'cue', text: '  Five minutes, please  ' }, T0 + 1_000);
    expect(s.cue).toEqual({ id: 1, text: 'Five minutes, please', preset: null, at: T0 + 1_000, index: 2 });
    const acked = reduceShow(s, { type: 'cue-ack' }, T0 + 4_000);
    expect(acked.cue).toBeNull();
    expect(acked.cues).toEqual([{ ...s.cue, answeredAt: T0 + 4_000 }]);
    expect(acked.revision).toBe(s.revision + 1);
  });

  it('a new cue replaces one still pending, which is kept as never answered', () => {
    let s = reduceShow(initialShowState(5), { type: 'cue', preset: '5min' }, T0);
    s = reduceShow(s, { type: 'cue', preset: 'wrap' }, T0 + 60_000);
    expect(s.cue).toMatchObject({ id: 2, preset: 'wrap', text: null });
    expect(s.cues).toEqual([{ id: 1, text: null, preset: '5min', at: T0, index: 0, answeredAt: null }]);
  });

  it('an acknowledgement with nothing pending changes nothing', () => {
    const s = initialShowState(5);
    expect(reduceShow(s, { type: 'cue-ack' }, T0)).toBe(s);
  });

  it(`keeps the last ${MAX_CUE_RECORDS} answered cues, ids still rising`, () => {
    let s = initialShowState(5);
    for (let i = 0; i < MAX_CUE_RECORDS + 20; i++) {
      s = reduceShow(s, { type: 'cue', text: `cue ${i}` }, T0 + i);
      s = reduceShow(s, { type: 'cue-ack' }, T0 + i);
    }
    expect(s.cues).toHaveLength(MAX_CUE_RECORDS);
    expect(s.cues.at(-1)).toMatchObject({ id: MAX_CUE_RECORDS + 20, text: `cue ${MAX_CUE_RECORDS + 19}` });
    s = reduceShow(s, { type: 'cue', preset: 'wrap' }, T0 + 999);
    expect(s.cue?.id).toBe(MAX_CUE_RECORDS + 21);
  });

  it('is journalled: a state with cues reads back, and an older state without them gets none', () => {
    let s = reduceShow(initialShowState(5), { type: 'cue', text: 'Slow down' }, T0);
    s = reduceShow(s, { type: 'cue-ack' }, T0 + 5);
    s = reduceShow(s, { type: 'cue', preset: '1min' }, T0 + 9);
    const read = parseShowState(JSON.parse(JSON.stringify(s)));
    expect(read).toEqual({ ok: true, value: s });
    const { cue: _cue, cues: _cues, ...older } = s;
    expect(parseShowState(older)).toMatchObject({ ok: true, value: { cue: null, cues: [] } });
  });
});

describe('what is wrong with a cue, as data for the crew page and in words for the host', () => {
  it('names the fault: none, empty, too long (counting characters, not UTF-16 units), not plain', () => {
    expect(cueTextFault('Two more questions, then close')).toBeNull();
    expect(cueTextFault('   ')).toEqual({ kind: 'empty' });
    expect(cueTextFault('😀'.repeat(MAX_CUE_CHARS))).toBeNull();
    expect(cueTextFault(` ${'x'.repeat(MAX_CUE_CHARS + 1)} `)).toEqual({
      kind: 'too-long',
      length: MAX_CUE_CHARS + 1,
    });
    expect(cueTextFault('Wrap\nup')).toEqual({ kind: 'not-plain' });
    expect(cueTextFault('abc\u202edef')).toEqual({ kind: 'not-plain' });
    expect(cueTextFault('abc\u2067def\u2069')).toEqual({ kind: 'not-plain' });
  });

  it('accepts the direction marks text copied from Arabic or Hebrew carries', () => {
    expect(cueTextFault('\u200fباقي خمس دقائق (5 min)\u200f')).toBeNull();
    expect(cueTextFault('Wrap up\u200e')).toBeNull();
  });

  it('the host says the same fault in its refusal', () => {
    expect(cueTextProblem('Slow down')).toBeNull();
    expect(cueTextProblem('')).toBe('a cue needs some text');
    expect(cueTextProblem('x'.repeat(MAX_CUE_CHARS + 2))).toBe(
      `a cue is at most ${MAX_CUE_CHARS} characters; this one has ${MAX_CUE_CHARS + 2}`,
    );
    expect(cueTextProblem('a\u0007b')).toMatch(/one line of plain text/);
  });
});
