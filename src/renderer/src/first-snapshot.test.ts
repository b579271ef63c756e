// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIRST_SNAPSHOT_ID, snapshotScriptElement } from '../../core/first-page';
import { DEFAULT_KEY_SETTINGS } from '../../core/key-profiles';
import { initialShowState } from '../../core/show';
import { makeDeck } from '../../../tests/helpers/decks';
import { readFirstSnapshot } from './first-snapshot';

describe('readFirstSnapshot', () => {
  it('reads the shipped snapshot once and takes its element out of the page', () => {
    const snapshot = {
      deck: makeDeck(2),
      state: initialShowState(2),
      problem: null,
      notice: null,
      problems: [],
      keys: DEFAULT_KEY_SETTINGS,
    };
    document.head.innerHTML = snapshotScriptElement(snapshot, 'ab12');
    expect(readFirstSnapshot()).toEqual({ snapshot, deckTag: 'ab12', notesIn: null });
    expect(document.getElementById(FIRST_SNAPSHOT_ID)).toBeNull();
    expect(readFirstSnapshot()).toBeNull();
  });

  it('carries no tag that is not hex digits (an attribute cannot be broken out of)', () => {
    const snapshot = {
      deck: makeDeck(1),
      state: initialShowState(1),
      problem: null,
      notice: null,
      problems: [],
      keys: DEFAULT_KEY_SETTINGS,
    };
    document.head.innerHTML = snapshotScriptElement(snapshot, '"><img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(readFirstSnapshot()).toEqual({ snapshot, deckTag: null, notesIn: null });
  });

  it('claims no deck when the page has only some of the notes, so that the socket sends it whole', () => {
    const deck = makeDeck(300);
    deck.slides.forEach((slide, i) => (slide.notes = `${i} ${'spoken '.repeat(400)}`));
    const snapshot = {
      deck,
      state: { ...initialShowState(300), index: 40 },
      problem: null,
      notice: null,
      problems: [],
      keys: DEFAULT_KEY_SETTINGS,
    };
    document.head.innerHTML = snapshotScriptElement(snapshot, 'ab12', { cutNotes: true });
    const first = readFirstSnapshot()!;
    expect(first.deckTag).toBeNull();
    expect(first.notesIn).toEqual([36, 53]);
    expect(first.snapshot.deck.slides[40]!.notes).toBe(deck.slides[40]!.notes);
    expect(first.snapshot.deck.slides[100]!.notes).toBe('');
  });
});
