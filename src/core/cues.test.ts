import { describe, expect, it } from 'vitest';
import { parseShowState } from './contract';
import { MAX_CUE_RECORDS } from './cues';
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
