import { describe, expect, it } from 'vitest';
import { judgeCommand } from './commands';
import { initialShowState, reduceShow, resizeShow, type ShowState } from './show';
import { audiencePosition, transientChangeOnly, zoomWindow } from './stage';

const T0 = 1_700_000_000_000;
/** Slides 0…3: slide 1 has three steps, slide 2 has two. */
const STEPS = [0, 3, 2, 0];

function run(state: ShowState, ...commands: Parameters<typeof reduceShow>[1][]): ShowState {
  return commands.reduce((s, c) => reduceShow(s, c, T0, STEPS), state);
}

describe('screens: live, black, white, frozen', () => {
  it('sets each screen, toggles back to live, and keeps blackout as the black screen', () => {
    const s = initialShowState(4);
    expect(run(s, { type: 'screen', screen: 'white' }).screen).toBe('white');
    expect(
      run(
        s,
        { type: 'screen', screen: 'white', toggle: true },
        { type: 'screen', screen: 'white', toggle: true },
      ).screen,
    ).toBe('live');
    // W on a black screen goes white, not live
    expect(run(s, { type: 'blackout' }, { type: 'screen', screen: 'white', toggle: true }).screen).toBe(
      'white',
    );
    // blackout off leaves a white screen white
    expect(run(s, { type: 'screen', screen: 'white' }, { type: 'blackout', on: false }).screen).toBe('white');
    const white = run(s, { type: 'screen', screen: 'white' });
    expect(run(white, { type: 'screen', screen: 'white' })).toBe(white);
  });

  it('freezes the picture where it is while the speaker moves on; unfreezing shows where the speaker is', () => {
    let s = run(initialShowState(4), { type: 'next' }, { type: 'next' });
    expect([s.index, s.step]).toEqual([1, 1]);
    s = run(s, { type: 'screen', screen: 'frozen', toggle: true });
    expect(s.frozen).toEqual({ index: 1, step: 1 });
    s = run(s, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect([s.index, s.step]).toEqual([2, 1]);
    expect(audiencePosition(s)).toEqual({ index: 1, step: 1 });
    s = run(s, { type: 'screen', screen: 'frozen', toggle: true });
    expect(s.screen).toBe('live');
    expect(s.frozen).toBeNull();
    expect(audiencePosition(s)).toEqual({ index: 2, step: 1 });
    // black from a frozen screen forgets the picture
    const black = run(s, { type: 'screen', screen: 'frozen' }, { type: 'screen', screen: 'black' });
    expect(black.frozen).toBeNull();
  });
});

describe('steps: next and prev walk a slide’s steps before leaving it', () => {
  it('reveals each step, then moves on; back lands on the slide before with all its steps out', () => {
    const visited: Array<[number, number]> = [];
    let s = initialShowState(4);
    for (let i = 0; i < 8; i++) {
      s = run(s, { type: 'next' });
      visited.push([s.index, s.step]);
    }
    expect(visited).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 0],
      [2, 1],
      [2, 2],
      [3, 0],
    ]);
    const back: Array<[number, number]> = [];
    for (let i = 0; i < 8; i++) {
      s = run(s, { type: 'prev' });
      back.push([s.index, s.step]);
    }
    expect(back).toEqual([
      [2, 2],
      [2, 1],
      [2, 0],
      [1, 3],
      [1, 2],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('goto, first and last land with no steps out; a first step starts a timer that never ran', () => {
    const onStep = run(initialShowState(4), { type: 'goto', index: 1 }, { type: 'next' });
    expect(run(onStep, { type: 'goto', index: 2 })).toMatchObject({ index: 2, step: 0 });
    expect(run(onStep, { type: 'goto', index: 1 })).toMatchObject({ index: 1, step: 0 });
    const fresh = { ...initialShowState(4), index: 1 };
    expect(run(fresh, { type: 'next' }).timer.startedAt).toBe(T0);
  });

  it('a deck edited under the show keeps no more steps out than the slide has', () => {
    const s = run(initialShowState(4), { type: 'goto', index: 1 }, { type: 'next' }, { type: 'next' });
    expect(resizeShow(s, 4, [0, 1, 0, 0])).toMatchObject({ index: 1, step: 1 });
    expect(resizeShow(s, 4, STEPS)).toBe(s);
  });
});

describe('pointer and zoom', () => {
  it('sets and clears the pointer; a new slide keeps it but drops the zoom', () => {
    let s = run(initialShowState(4), { type: 'pointer', x: 0.25, y: 0.75 });
    expect(s.pointer).toEqual({ x: 0.25, y: 0.75 });
    s = run(s, { type: 'zoom', x: 0.5, y: 0.5, scale: 2 });
    expect(s.zoom).toEqual({ x: 0.5, y: 0.5, scale: 2 });
    s = run(s, { type: 'goto', index: 3 });
    expect(s.zoom).toBeNull();
    expect(s.pointer).toEqual({ x: 0.25, y: 0.75 });
    expect(run(s, { type: 'pointer', off: true }).pointer).toBeNull();
    // scale 1 is no zoom
    const zoomed = run(s, { type: 'zoom', x: 0.1, y: 0.1, scale: 3 });
    expect(run(zoomed, { type: 'zoom', x: 0.1, y: 0.1, scale: 1 }).zoom).toBeNull();
  });

  it('a pointer or zoom change is transient: nothing else differs', () => {
    const s = initialShowState(4);
    const pointed = run(s, { type: 'pointer', x: 0.5, y: 0.5 });
    expect(pointed.revision).toBe(s.revision + 1);
    expect(transientChangeOnly(s, pointed)).toBe(true);
    expect(transientChangeOnly(s, run(s, { type: 'next' }))).toBe(false);
  });

  it('a zoom shows an area kept inside the slide', () => {
    expect(zoomWindow({ x: 0.5, y: 0.5, scale: 2 })).toEqual({
      left: 0.25,
      top: 0.25,
      width: 0.5,
      height: 0.5,
    });
    expect(zoomWindow({ x: 0, y: 1, scale: 4 })).toEqual({ left: 0, top: 0.75, width: 0.25, height: 0.25 });
  });

  it.each([
    [{ type: 'pointer', x: 1.5, y: 0.5 }],
    [{ type: 'pointer', x: -0.1, y: 0.5 }],
    [{ type: 'pointer', x: 0.5 }],
    [{ type: 'pointer', x: 0.5, y: 0.5, off: true }],
    [{ type: 'pointer', off: false }],
    [{ type: 'pointer', x: Number.NaN, y: 0 }],
    [{ type: 'zoom', x: 0.5, y: 0.5, scale: 5 }],
    [{ type: 'zoom', x: 0.5, y: 0.5, scale: 0.5 }],
    [{ type: 'zoom', x: 0.5, y: 2, scale: 2 }],
    [{ type: 'zoom', x: 0.5, y: 0.5 }],
    [{ type: 'screen', screen: 'grey' }],
    [{ type: 'screen', screen: 'white', colour: 'red' }],
  ])('refuses %j with 400, changing nothing', (command) => {
    const s = initialShowState(4);
    const verdict = judgeCommand(s, 'presenter', command);
    expect(verdict).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringMatching(/^invalid command/),
    });
  });

  it('the audience window may set the screen (a clicker’s keys) but not point or zoom', () => {
    const s = initialShowState(4);
    expect(judgeCommand(s, 'audience', { type: 'screen', screen: 'white' }).ok).toBe(true);
    expect(judgeCommand(s, 'audience', { type: 'pointer', x: 0.1, y: 0.1 })).toMatchObject({ status: 403 });
    expect(judgeCommand(s, 'audience', { type: 'zoom', x: 0.1, y: 0.1, scale: 2 })).toMatchObject({
      status: 403,
    });
    expect(judgeCommand(s, 'delegate', { type: 'screen', screen: 'white' })).toMatchObject({ status: 403 });
  });
});
