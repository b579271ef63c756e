import { describe, expect, it } from 'vitest';
import { SpeechError } from '../deck';
import { slideSteps } from '../steps';
import { buildDeck } from './index';

const md = (text: string) => buildDeck(text, { fileName: 'talk.md' });

describe('step reveals in the speech', () => {
  it('<!-- steps --> makes a slide’s lists and figure cards appear one item per Next', () => {
    const deck = md(
      [
        '---',
        'title: T',
        '---',
        '# Three proposals',
        '<!-- steps -->',
        '',
        '- Infrastructure',
        '- Data',
        '- Skills',
        '',
        'We propose three things.',
        '',
        '# Plain',
        '',
        '- one',
        '- two',
      ].join('\n'),
    );
    const [stepped, plain] = deck.slides.slice(1);
    expect(stepped!.blocks[0]).toMatchObject({ type: 'list', steps: true });
    expect(slideSteps(stepped!)).toBe(3);
    expect(slideSteps(plain!)).toBe(0);
    // the comment is not on screen and not spoken, and no warning about raw HTML
    expect(stepped!.screenText).not.toContain('steps');
    expect(deck.warnings).toEqual([]);
  });

  it('front matter steps: lists does it for the whole speech, and <!-- steps: off --> opts a slide out', () => {
    const deck = md(
      [
        '---',
        'title: T',
        'steps: lists',
        '---',
        '',
        '# A',
        '',
        '- one',
        '- two',
        '',
        '# B',
        '<!-- steps: off -->',
        '',
        '- three',
        '- four',
      ].join('\n'),
    );
    expect(deck.slides.map(slideSteps)).toEqual([0, 2, 0]);
    expect(deck.meta.steps).toBe('lists');
  });

  it('derived enumerations and key figures step too under steps: lists', () => {
    const deck = md(
      [
        '---',
        'title: T',
        'steps: lists',
        '---',
        '',
        '# Proposals',
        '',
        'We have proposals:',
        '',
        'Firstly, build roads.',
        '',
        'Secondly, open data.',
        '',
        'Finally, train people.',
      ].join('\n'),
    );
    expect(deck.slides.some((s) => slideSteps(s) === 3)).toBe(true);
  });

  it('signals: reads minutes left, largest first; a wrong value is a located error', () => {
    expect(md('---\ntitle: T\nsignals: [1, 5, 10]\n---\n\nHello.').meta.signals).toEqual([10, 5, 1]);
    expect(md('---\ntitle: T\nsignals: 3\n---\n\nHello.').meta.signals).toEqual([3]);
    expect(() => md('---\ntitle: T\nsignals: [5, soon]\n---\n\nHello.')).toThrow(SpeechError);
    expect(() => md('---\ntitle: T\nsteps: all\n---\n\nHello.')).toThrow(
      /front matter "steps" must be "lists" or "none"/,
    );
  });
});
