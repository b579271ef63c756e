import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/helpers/prng';
import { saysThePoint } from './keylist';
import { mayStillList, pointShape } from './list-point';

const TEXT =
  'Common heritage and common sentiment. Common defense, common defense. Energy policy, the oil cartel and energy policy. Total energy.';
const lower = TEXT.toLowerCase();
const shape = (p: string) => pointShape(p, lower);

describe('mayStillList: whether kept phrases and some of those left can still say the point', () => {
  it('keeps going while enough phrases share the opening word or are said twice', () => {
    expect(mayStillList([shape('Common heritage')], ['Common sentiment', 'Common defense'].map(shape))).toBe(
      true,
    );
    expect(
      mayStillList([], ['Common defense', 'Energy policy', 'Oil cartel', 'Common sentiment'].map(shape)),
    ).toBe(false);
    expect(mayStillList([shape('Common heritage')], ['Energy policy', 'Common defense'].map(shape))).toBe(
      false,
    );
    expect(mayStillList([shape('Energy policy')], ['Common defense', 'Total energy'].map(shape))).toBe(false);
  });

  it('never says no where some choice of the phrases left says the point (random lists)', () => {
    const rnd = seededRandom(7);
    const words = [
      'common',
      'energy',
      'policy',
      'defense',
      'heritage',
      'oil',
      'cartel',
      'total',
      'sentiment',
    ];
    const pick = () => words[Math.floor(rnd() * words.length)]!;
    let lists = 0;
    for (let k = 0; k < 400; k++) {
      const phrases = Array.from({ length: 2 + Math.floor(rnd() * 5) }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, pick).join(' '),
      );
      const keep = Math.floor(rnd() * 3);
      const kept = phrases.slice(0, keep);
      const rest = phrases.slice(keep);
      // brute force: any subset of the rest that, after the kept ones, makes a list of 3+ saying the point
      let possible = false;
      for (let m = 0; m < 1 << rest.length && !possible; m++) {
        const list = [...kept, ...rest.filter((_, i) => m & (1 << i))];
        possible = list.length >= 3 && saysThePoint(list, TEXT);
      }
      if (possible) lists++;
      if (possible) expect(mayStillList(kept.map(shape), rest.map(shape))).toBe(true);
    }
    expect(lists).toBeGreaterThan(20);
  });
});
