/**
 * What followers (interpreters in their booths, delegates on their own screens: the `/follow`
 * page) are sent: the talk to read and where the speaker is in it, and nothing else. Never the
 * show's state: no cues, no problems of the host, no keys, no timer, no rehearsal log.
 *
 *   FollowDeck  the slides (what the room sees) and the speech paragraph by paragraph, with any
 *               translations beside it; sent when a follower connects and when the speech changes
 *   FollowAt    the slide, its step and the paragraph being spoken; sent when one of them changes
 *
 * A translation (`talk.zh.md` beside `talk.md`) has the same structure as the speech: the same
 * spoken paragraphs in the same order. Paragraph k of the translation goes beside paragraph k of
 * the speech. The engine may split a long paragraph over two slides: each slide's notes paragraph
 * is matched to the speech paragraph it comes from (`speechParagraphOf`), so the translation is
 * shown beside the first part and its continuation is marked.
 */
import type { Block, Deck, SlideLayout } from './deck';
import type { TalkPlan } from './pacing';
import type { ShowState } from './show';
import { notesParagraphs } from './pacing-prompter';
import { paragraphNow } from './speech-place';
import { normalizeSpoken } from './speech/normalize';

export interface FollowSlide {
  id: string;
  layout: SlideLayout;
  title: string;
  blocks: Block[];
  /** The spoken text of the slide, paragraph by paragraph. */
  paragraphs: string[];
  /** For each paragraph, the speech paragraph (0-based, in the whole speech) it is, or is part of. */
  speechParagraphs: number[];
}

export interface FollowTranslation {
  /** BCP 47 tag from the file name (`talk.zh.md` → "zh"). */
  lang: string;
  /**
   * Its writing direction, from `lang`: an Arabic translation reads right to left beside any
   * speech. (Spelled out, not language.ts's type: that module brings the language detector, which
   * must not reach the renderer; speech-renderer-boundary.test.ts.)
   */
  dir: 'ltr' | 'rtl';
  /** The file's name (no folders). */
  file: string;
  /** Its spoken paragraphs, in order: paragraph k translates the speech's paragraph k. */
  paragraphs: string[];
  /** Why it does not line up with the speech (located), or null. */
  problem: string | null;
}

export interface FollowDeck {
  title: string;
  /** Who is speaking, where (one line). */
  byline: string;
  lang: string | null;
  /** The speech's writing direction (deck.meta.dir), whatever the reader's interface language. */
  dir: 'ltr' | 'rtl' | null;
  /** The speech file's identity (changes when it is edited). */
  sourceId: string;
  slides: FollowSlide[];
  translations: FollowTranslation[];
}

export interface FollowAt {
  /** 0-based slide and its steps out. */
  index: number;
  step: number;
  /** The paragraph of the slide's notes being spoken (0-based). */
  paragraph: number;
}

/**
 * Matches each notes paragraph (slide by slide, in reading order) to the speech paragraph it
 * comes from. The notes of all slides are the whole speech (the engine's invariant), so both are
 * laid end to end in their comparison form and each notes paragraph is placed by where its middle
 * falls. Without the speech's paragraphs, each notes paragraph counts as one of its own.
 */
export function speechParagraphOf(
  slides: readonly (readonly string[])[],
  speech: readonly string[] | null,
): number[][] {
  let running = 0;
  if (speech === null) return slides.map((paras) => paras.map(() => running++));
  const ends: number[] = [];
  let length = 0;
  for (const p of speech) {
    length += normalizeSpoken(p).length + 1;
    ends.push(length);
  }
  let at = 0;
  let k = 0;
  return slides.map((paras) =>
    paras.map((p) => {
      const size = normalizeSpoken(p).length + 1;
      const middle = at + size / 2;
      at += size;
      while (k < ends.length - 1 && middle >= ends[k]!) k += 1;
      return k;
    }),
  );
}

/** The follower's deck: the slides and the speech, with translations. Pure. */
export function followDeck(
  deck: Pick<Deck, 'meta' | 'slides' | 'sourceId'>,
  speech: readonly string[] | null,
  translations: readonly FollowTranslation[],
): FollowDeck {
  const paragraphs = deck.slides.map((slide) => notesParagraphs(slide.notes));
  const owners = speechParagraphOf(paragraphs, speech);
  const { title, speaker, role, organisation, event, lang, dir } = deck.meta;
  return {
    title,
    byline: [speaker, role, organisation, event].filter(Boolean).join(' · '),
    lang: lang ?? null,
    dir: dir ?? null,
    sourceId: deck.sourceId,
    slides: deck.slides.map((slide, i) => ({
      id: slide.id,
      layout: slide.layout,
      title: slide.title,
      blocks: slide.blocks,
      paragraphs: paragraphs[i]!,
      speechParagraphs: owners[i]!,
    })),
    translations: [...translations],
  };
}

export { notesParagraphs };

export function sameFollowAt(a: FollowAt | null, b: FollowAt): boolean {
  return a !== null && a.index === b.index && a.step === b.step && a.paragraph === b.paragraph;
}

/** Where the speaker is, for followers. */
export function followAt(
  deck: Pick<Deck, 'slides'>,
  state: ShowState,
  plan: TalkPlan,
  now: number,
): FollowAt {
  return {
    index: state.index,
    step: state.step,
    paragraph: paragraphNow(deck.slides[state.index], state, plan, now),
  };
}
