/**
 * ShowSession: the one owner of a show's state. One per open speech.
 *
 * Views (Electron windows, WebSocket pages, the stage-crew API) subscribe and send commands;
 * the session applies them with core's pure reducer and broadcasts the result to every view.
 */
import type { Deck, Diagnostic } from '../core/deck';
import type { ShowSnapshot } from '../core/contract';
import { initialShowState, reduceShow, resizeShow, type ShowCommand, type ShowState } from '../core/show';

/** Something that shows the talk and wants to hear when it changes. */
export interface ShowView {
  /** Called on every state change (slide, black screen, timer). */
  onState(state: ShowState): void;
  /** Called when the deck or the speech's problem changes (the state comes with it). */
  onSnapshot(snapshot: ShowSnapshot): void;
}

export interface ShowSessionOptions {
  deck: Deck;
  /** Milliseconds since the epoch; injectable for tests. */
  clock?: () => number;
  /** State to resume from (for example a journal entry); fitted to the deck. */
  resume?: ShowState;
}

export class ShowSession {
  private deck: Deck;
  private state: ShowState;
  private problem: Diagnostic | null = null;
  private readonly views = new Set<ShowView>();
  private readonly clock: () => number;

  constructor(options: ShowSessionOptions) {
    this.deck = options.deck;
    this.clock = options.clock ?? Date.now;
    const count = options.deck.slides.length;
    this.state = options.resume ? resizeShow(options.resume, count) : initialShowState(count);
  }

  snapshot(): ShowSnapshot {
    return { deck: this.deck, state: this.state, problem: this.problem };
  }

  get current(): ShowState {
    return this.state;
  }

  now(): number {
    return this.clock();
  }

  /** Applies a (validated) command; broadcasts only when something changed. */
  dispatch(command: ShowCommand): ShowState {
    const next = reduceShow(this.state, command, this.clock());
    if (next !== this.state) {
      this.state = next;
      for (const view of this.views) view.onState(next);
    }
    return this.state;
  }

  /** Swaps in a rebuilt deck (the speech changed on disk), staying on the same slide where it exists. */
  replaceDeck(deck: Deck): void {
    this.deck = deck;
    this.problem = null;
    this.state = resizeShow(this.state, deck.slides.length);
    this.broadcastSnapshot();
  }

  /** Records that the speech on disk is broken; the last good deck stays up. */
  setProblem(problem: Diagnostic | null): void {
    this.problem = problem;
    this.broadcastSnapshot();
  }

  /** Adds a view; it is sent the current snapshot at once. Returns the unsubscribe function. */
  subscribe(view: ShowView): () => void {
    this.views.add(view);
    view.onSnapshot(this.snapshot());
    return () => {
      this.views.delete(view);
    };
  }

  get viewCount(): number {
    return this.views.size;
  }

  private broadcastSnapshot(): void {
    const snapshot = this.snapshot();
    for (const view of this.views) view.onSnapshot(snapshot);
  }
}
