/**
 * ShowSession: the one owner of a show's state. One per open speech.
 *
 * Views (Electron windows, WebSocket pages, the stage-crew API) subscribe and send commands;
 * the session applies them with core's pure reducer and broadcasts the result to every view.
 *
 * Commands that ask for something to be kept (a rehearsal finished or abandoned: its run; "Use
 * my pace") are answered only once it is kept: `submit` applies the command and broadcasts the
 * new state at once, like any other, then waits for the savers (host/rehearsals-link.ts, which
 * writes and fsyncs) before it resolves. Every other command (next, prev: the hot path) has
 * nothing to wait for and is answered in the same tick. A save that fails answers 503 with the
 * reason; the state change stands (the rehearsal has ended, as every view was told), and the
 * saver keeps the run and says so as a problem of the host until it is saved.
 */
import type { Deck, Diagnostic } from '../core/deck';
import { judgeCommand, type CommandResult } from '../core/commands';
import { parseShowState, type HostProblem, type ShowSnapshot } from '../core/contract';
import type { ShowRole } from '../core/views';
import { planTalk, slideSpeakingMs } from '../core/pacing';
import { runFromLog, type RehearsalRun } from '../core/rehearsal';
import type { DeckSteps } from '../core/stage';
import { DEFAULT_KEY_SETTINGS, type KeySettings } from '../core/key-config';
import { deckSteps } from '../core/steps';
import { deckMedia, type DeckMedia } from '../core/media';
import {
  initialShowState,
  reduceShow,
  resizeShow,
  stampRehearsal,
  withLearnedPace,
  type ShowCommand,
  type ShowState,
} from '../core/show';

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
  /**
   * State to resume from (for example a journal entry); fitted to the deck. A state saved by an
   * older Lectern is completed with the newer fields' defaults; one that is not a state is ignored.
   */
  resume?: ShowState;
  /**
   * Runs a function soon, once the current burst of messages is handled: pointer moves that
   * arrive together are applied as one (the latest wins). Default setImmediate.
   */
  schedule?: (run: () => void) => void;
}

/** What a command asks the host to keep. */
export type ToSave =
  /** A rehearsal ended (finished or abandoned): its run. */
  | { kind: 'rehearsal-ended'; run: RehearsalRun }
  /** "Use my pace" was switched by a command. */
  | { kind: 'use-learned-pace'; useLearned: boolean };

/**
 * Keeps what a command asks for. The command is answered when the promise it returns settles:
 * resolved means on disk; rejected means not kept, and the command is answered 503 with its message.
 */
export type Saver = (what: ToSave) => Promise<void> | void;

export class ShowSession {
  private deck: Deck;
  private state: ShowState;
  private problem: Diagnostic | null = null;
  private notice: string | null = null;
  private readonly problems = new Map<HostProblem['kind'], string>();
  private keys: KeySettings = DEFAULT_KEY_SETTINGS;
  private readonly views = new Set<ShowView>();
  private readonly savers = new Set<Saver>();
  private readonly clock: () => number;
  private readonly schedule: (run: () => void) => void;
  private steps: DeckSteps;
  /** The step each slide's clip starts on (core/media.ts), for the reducer. */
  private media: DeckMedia;
  /** A pointer move waiting to be applied (only the latest of a burst is). */
  private pendingPointer: ShowCommand | null = null;

  constructor(options: ShowSessionOptions) {
    this.deck = options.deck;
    this.clock = options.clock ?? Date.now;
    this.schedule = options.schedule ?? ((run) => void setImmediate(run));
    this.steps = deckSteps(options.deck);
    this.media = deckMedia(options.deck);
    const count = options.deck.slides.length;
    const resumed = options.resume === undefined ? null : parseShowState(options.resume);
    this.state = resumed?.ok
      ? resizeShow(resumed.value, count, this.steps, this.media)
      : initialShowState(count);
  }

  snapshot(): ShowSnapshot {
    return {
      deck: this.deck,
      state: this.state,
      problem: this.problem,
      notice: this.notice,
      problems: [...this.problems].map(([kind, message]) => ({ kind, message })),
      keys: this.keys,
    };
  }

  get current(): ShowState {
    return this.state;
  }

  now(): number {
    return this.clock();
  }

  /**
   * Judges an untrusted command from a view in `role` (core/commands.ts: 400, 403, 409) and applies
   * it when it passes; resolves once what it asked to keep is kept (503 when that failed). Every
   * transport (IPC, WebSocket, HTTP) submits through here.
   */
  async submit(input: unknown, role: ShowRole): Promise<CommandResult> {
    const verdict = judgeCommand(this.state, role, input);
    if (!verdict.ok) return verdict;
    if (verdict.command.type === 'pointer') {
      this.queuePointer(verdict.command);
      return { ok: true };
    }
    // A pointer move still waiting goes first: commands apply in the order they were sent.
    this.flushPointer();
    const saved = this.apply(verdict.command);
    if (saved === null) return { ok: true };
    try {
      await saved;
      return { ok: true };
    } catch (error) {
      return { ok: false, status: 503, error: (error as Error).message };
    }
  }

  /**
   * Pointer moves come at the presenter's frame rate from every transport: a burst is coalesced
   * into one change (the latest wins) so the other views are never flooded and never lag behind.
   */
  private queuePointer(command: ShowCommand): void {
    const scheduled = this.pendingPointer !== null;
    this.pendingPointer = command;
    if (!scheduled) this.schedule(() => this.flushPointer());
  }

  private flushPointer(): void {
    const command = this.pendingPointer;
    this.pendingPointer = null;
    if (command) this.apply(command);
  }

  /**
   * Applies a (validated) command from the host itself (a menu item); broadcasts only when
   * something changed. What it asks to keep is saved in the background (a failure shows as a problem).
   */
  dispatch(command: ShowCommand): ShowState {
    if (command.type !== 'pointer') this.flushPointer();
    void this.apply(command)?.catch(() => undefined);
    return this.state;
  }

  /** Applies a command; returns the savers' work when it asked for something to be kept. */
  private apply(command: ShowCommand): Promise<void> | null {
    const now = this.clock();
    const before = this.state;
    const next = stampRehearsal(reduceShow(before, command, now, this.steps, this.media), this.deck.sourceId);
    if (next === before) return null;
    this.setState(next);
    const toSave: ToSave[] = [];
    if (before.rehearsal && !next.rehearsal && command.type === 'rehearsal') {
      const ending = command.action === 'finish' ? 'finished' : 'abandoned';
      toSave.push({ kind: 'rehearsal-ended', run: this.runOf(before, ending, now) });
    }
    if (command.type === 'pace' && before.pace.useLearned !== next.pace.useLearned)
      toSave.push({ kind: 'use-learned-pace', useLearned: next.pace.useLearned });
    if (toSave.length === 0 || this.savers.size === 0) return null;
    const work = toSave.flatMap((what) =>
      [...this.savers].map((save) => {
        try {
          return Promise.resolve(save(what));
        } catch (error) {
          return Promise.reject(error as Error);
        }
      }),
    );
    return Promise.all(work).then(() => undefined);
  }

  /** Sets the rate learned from rehearsals (and optionally "Use my pace"), as the host measured them. */
  setLearnedPace(learnedWpm: number | null, useLearned?: boolean): void {
    const next = withLearnedPace(this.state, learnedWpm, useLearned);
    if (next !== this.state) this.setState(next);
  }

  /** Adds a saver for what commands ask to keep (the host's rehearsal store). Returns the removal. */
  onSave(saver: Saver): () => void {
    this.savers.add(saver);
    return () => {
      this.savers.delete(saver);
    };
  }

  /**
   * Records a problem of the host's storage (a run not saved, a file set aside), shown to the
   * speaker until it is cleared with null; one per kind, the latest message wins.
   */
  setHostProblem(kind: HostProblem['kind'], message: string | null): void {
    if ((this.problems.get(kind) ?? null) === message) return;
    if (message === null) this.problems.delete(kind);
    else this.problems.set(kind, message);
    this.broadcastSnapshot();
  }

  private setState(next: ShowState): void {
    this.state = next;
    for (const view of this.views) view.onState(next);
  }

  private runOf(state: ShowState, ending: RehearsalRun['ending'], now: number): RehearsalRun {
    const log = state.rehearsal!;
    const plan = planTalk(this.deck, state.pace);
    return runFromLog(log, {
      at: now,
      ending,
      // A speech edited during the rehearsal keeps the version it started with.
      sourceId: log.sourceId ?? this.deck.sourceId,
      baseWpm: plan.baseWpm,
      cues: state.cue ? [...state.cues, { ...state.cue, answeredAt: null }] : state.cues,
      slides: this.deck.slides.map((slide, i) => ({
        title: slide.title,
        words: slide.words,
        // (the words said: a headnote or a dateline in the notes takes no time, Slide.unsaid)
        baseMs: Math.round(slideSpeakingMs(slide, plan.baseWpm)),
        plannedMs: plan.slideMs[i] ?? 0,
      })),
    });
  }

  /** Swaps in a rebuilt deck (the speech changed on disk), staying on the same slide where it exists. */
  replaceDeck(deck: Deck): void {
    this.deck = deck;
    this.steps = deckSteps(deck);
    this.media = deckMedia(deck);
    this.problem = null;
    this.state = resizeShow(this.state, deck.slides.length, this.steps, this.media);
    this.broadcastSnapshot();
  }

  /** Tells the presenter about the stage (e.g. "projector disconnected"); null clears it. */
  setNotice(notice: string | null): void {
    if (notice === this.notice) return;
    this.notice = notice;
    this.broadcastSnapshot();
  }

  /** The speaker's keys (keys.json) for every view. */
  setKeys(keys: KeySettings): void {
    // The file is read again on every change of the folder: only a real change goes out.
    if (JSON.stringify(keys) === JSON.stringify(this.keys)) return;
    this.keys = keys;
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
