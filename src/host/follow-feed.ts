/**
 * The followers' feed: the show as the `/follow` page is sent it (core/follow.ts), computed once
 * for every follower however many there are.
 *
 * - The follow deck is rebuilt when the session's deck changes (the speech was edited, another
 *   speech opened), after reading the speech's paragraphs and translations again (translations.ts).
 * - Where the speaker is (slide, step, paragraph by the plan) is worked out on every state change
 *   and once a second while anyone follows (the paragraph moves on with time, not only with
 *   commands), and sent only when it changed: a pointer move or a timer tick costs followers nothing.
 */
import { planTalk, type TalkPlan } from '../core/pacing';
import { followAt, followDeck, sameFollowAt, type FollowAt, type FollowDeck } from '../core/follow';
import type { Deck } from '../core/deck';
import type { ShowState } from '../core/show';
import type { ShowSession } from './show-session';
import { readSpeechTexts, type SpeechTexts } from './translations';

export interface FollowListener {
  onDeck(deck: FollowDeck): void;
  onAt(at: FollowAt): void;
}

export interface FollowFeed {
  /** Adds a follower; it is sent the deck and the place at once. Returns the removal. */
  subscribe(listener: FollowListener): () => void;
  readonly deck: FollowDeck;
  readonly at: FollowAt;
  /** Resolves once the speech's paragraphs and translations have been read (the first time). */
  readonly ready: Promise<void>;
  close(): void;
}

export interface FollowFeedOptions {
  /** The speech file presented now (translations are looked for beside it). */
  speechPath: () => string | null;
  /** How often the paragraph is worked out again while someone follows (ms). Default 1000. */
  tickMs?: number;
  /** Reads the speech's paragraphs and translations; default translations.ts. */
  readTexts?: (speechPath: string | null) => Promise<SpeechTexts>;
}

export function followFeed(session: ShowSession, options: FollowFeedOptions): FollowFeed {
  const readTexts = options.readTexts ?? readSpeechTexts;
  const listeners = new Set<FollowListener>();
  let sourceDeck: Deck = session.snapshot().deck;
  let deck = followDeck(sourceDeck, null, []);
  let plan: { deck: Deck; pace: ShowState['pace']; plan: TalkPlan } | null = null;
  let at = place(session.current);
  let loads = 0;

  function planFor(state: ShowState): TalkPlan {
    if (plan?.deck !== sourceDeck || plan.pace !== state.pace)
      plan = { deck: sourceDeck, pace: state.pace, plan: planTalk(sourceDeck, state.pace) };
    return plan.plan;
  }
  function place(state: ShowState): FollowAt {
    return followAt(sourceDeck, state, planFor(state), session.now());
  }
  function update(state: ShowState): void {
    const next = place(state);
    if (sameFollowAt(at, next)) return;
    at = next;
    for (const listener of listeners) listener.onAt(at);
  }
  /** Reads the texts for the deck now shown; a newer deck's load wins over an older one's. */
  function load(): Promise<void> {
    const load = ++loads;
    const forDeck = sourceDeck;
    return readTexts(options.speechPath()).then((texts) => {
      if (load !== loads) return;
      deck = followDeck(forDeck, texts.speech, texts.translations);
      for (const listener of listeners) listener.onDeck(deck);
      at = place(session.current);
      for (const listener of listeners) listener.onAt(at);
    });
  }

  let ready: Promise<void> = Promise.resolve();
  const unsubscribe = session.subscribe({
    onState: update,
    onSnapshot: (snapshot) => {
      if (snapshot.deck === sourceDeck && loads > 0) return update(snapshot.state);
      sourceDeck = snapshot.deck;
      ready = load();
    },
  });
  const firstLoad = ready;
  const tick = setInterval(() => {
    if (listeners.size > 0) update(session.current);
  }, options.tickMs ?? 1_000);
  tick.unref();

  return {
    subscribe(listener) {
      listeners.add(listener);
      listener.onDeck(deck);
      listener.onAt(at);
      return () => {
        listeners.delete(listener);
      };
    },
    get deck() {
      return deck;
    },
    get at() {
      return at;
    },
    ready: firstLoad,
    close() {
      clearInterval(tick);
      unsubscribe();
      listeners.clear();
    },
  };
}
