/**
 * The one contract between the show's owner (host) and its views, for both transports:
 * Electron IPC (channels below) and the web host's WebSocket (messages below).
 * Everything that crosses a boundary is validated here with a schema; nothing else is trusted.
 */
import { z } from 'zod';
import type { Deck, Diagnostic } from './deck';
import type { ShowCommand, ShowState } from './show';
import type { RehearsalReport } from './rehearsal-report';
import type { CommandResult } from './commands';
import type { View, ViewRole } from './views';
import type { LanRole } from './lan-roles';
import { MAX_ZOOM, SCREENS, type Screen } from './stage';
import type { KeySettings } from './key-profiles';
import { CUE_PRESETS, cueTextProblem, type CuePreset } from './cues';
import type { FollowAt, FollowDeck } from './follow';

const timerAction = z.enum(['start', 'pause', 'toggle', 'reset', 'undo']);
const showMode = z.enum(['present', 'rehearse', 'qa']);
const screen = z.enum(SCREENS as [Screen, ...Screen[]]);
const cuePreset = z.enum(CUE_PRESETS as unknown as [CuePreset, ...CuePreset[]]);
/** A place on the slide: fractions of its width and height. */
const fraction = z.number().finite().min(0).max(1);

/** Schema of every command a view or the stage-crew API may send. Unknown keys are rejected. */
export const showCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('prev') }),
  z.strictObject({ type: z.literal('first') }),
  z.strictObject({ type: z.literal('last') }),
  z.strictObject({ type: z.literal('goto'), index: z.number().int().min(0).max(100_000) }),
  z.strictObject({ type: z.literal('blackout'), on: z.boolean().optional() }),
  z.strictObject({ type: z.literal('screen'), screen, toggle: z.boolean().optional() }),
  z
    .strictObject({
      type: z.literal('pointer'),
      x: fraction.optional(),
      y: fraction.optional(),
      off: z.literal(true).optional(),
    })
    .refine(
      (p) =>
        (p.off === true) === (p.x === undefined && p.y === undefined) &&
        (p.x === undefined) === (p.y === undefined),
      {
        message: 'a pointer is {"x": 0…1, "y": 0…1} or {"off": true}',
      },
    ),
  z.strictObject({
    type: z.literal('zoom'),
    x: fraction,
    y: fraction,
    scale: z.number().finite().min(1).max(MAX_ZOOM),
  }),
  z.strictObject({ type: z.literal('timer'), action: timerAction }),
  z.strictObject({ type: z.literal('mode'), mode: showMode }),
  z.strictObject({ type: z.literal('rehearsal'), action: z.enum(['finish', 'abandon']) }),
  z.strictObject({ type: z.literal('pace'), useLearned: z.boolean() }),
  z.strictObject({ type: z.literal('media'), action: z.enum(['play', 'pause', 'toggle', 'restart']) }),
  z
    .strictObject({
      type: z.literal('cue'),
      // the length and characters are checked below, with a message that says which
      text: z
        .string()
        .max(4 * 1024)
        .optional(),
      preset: cuePreset.optional(),
    })
    .superRefine((cue, ctx) => {
      if ((cue.text === undefined) === (cue.preset === undefined))
        ctx.addIssue({
          code: 'custom',
          message: `a cue is {"text": "…"} or {"preset": ${CUE_PRESETS.map((p) => `"${p}"`).join(' | ')}}`,
        });
      const problem = cue.text === undefined ? null : cueTextProblem(cue.text);
      if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
    }),
  z.strictObject({ type: z.literal('cue-ack'), id: z.number().int().min(1).optional() }),
]);

// Compile-time check that the schema and the reducer's type agree in both directions.
type SchemaCommand = z.infer<typeof showCommandSchema>;
const _toSchema = (c: ShowCommand): SchemaCommand => c;
const _fromSchema = (c: SchemaCommand): ShowCommand => c;
void _toSchema;
void _fromSchema;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates an untrusted command; the error says what is wrong in one line. */
export function parseShowCommand(input: unknown): ParseResult<ShowCommand> {
  const result = showCommandSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeIssues(result.error) };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return where + issue.message;
    })
    .join('; ');
}

/**
 * Schema of a saved ShowState (a journal entry). Fields added after the first release have
 * defaults, so a state journalled by an older Lectern still resumes. Built on first use: the
 * preload bundles this module for IpcChannel, and a schema built at load time would drag zod in.
 */
function buildShowStateSchema() {
  const instant = z.number().finite();
  const duration = z.number().finite().min(0);
  const timerSchema = z.object({ startedAt: instant.nullable(), accumulatedMs: duration });
  const qaSchema = z.object({ sinceMs: duration.nullable(), accumulatedMs: duration });
  const place = z.object({ index: z.number().int().min(0), step: z.number().int().min(0) });
  const cueSchema = z.object({
    id: z.number().int().min(1),
    text: z.string().nullable(),
    preset: cuePreset.nullable(),
    at: instant,
    index: z.number().int().min(0),
  });
  const state = z.object({
    index: z.number().int().min(0),
    count: z.number().int().min(0),
    screen: screen.default('live'),
    frozen: place.nullable().default(null),
    step: z.number().int().min(0).default(0),
    media: z.object({ startedAt: instant.nullable(), positionMs: duration }).nullable().default(null),
    pointer: z.object({ x: fraction, y: fraction }).nullable().default(null),
    zoom: z
      .object({ x: fraction, y: fraction, scale: z.number().finite().min(1).max(MAX_ZOOM) })
      .nullable()
      .default(null),
    timer: timerSchema,
    revision: z.number().int().min(0),
    mode: showMode.default('present'),
    slideEnteredAt: instant.nullable().default(null),
    slideEnteredSpeakingMs: duration.default(0),
    qa: qaSchema.default({ sinceMs: null, accumulatedMs: 0 }),
    undo: z
      .object({ timer: timerSchema, qa: qaSchema, slideEnteredSpeakingMs: duration, until: instant })
      .nullable()
      .default(null),
    rehearsal: z
      .object({
        startedAt: instant,
        sourceId: z.string().nullable(),
        events: z.array(
          z.discriminatedUnion('kind', [
            z.object({ kind: z.literal('enter'), index: z.number().int().min(0), at: instant }),
            z.object({ kind: z.literal('pause'), at: instant }),
            z.object({ kind: z.literal('resume'), at: instant }),
          ]),
        ),
      })
      .nullable()
      .default(null),
    pace: z
      .object({ learnedWpm: z.number().positive().nullable(), useLearned: z.boolean() })
      .default({ learnedWpm: null, useLearned: false }),
    cue: cueSchema.nullable().default(null),
    cues: z.array(cueSchema.extend({ answeredAt: instant.nullable() })).default([]),
  });
  // A state from before the screen field had `blackout: true|false`: it becomes the screen.
  return z.preprocess((input) => {
    if (typeof input !== 'object' || input === null || 'screen' in input || !('blackout' in input))
      return input;
    const { blackout, ...rest } = input as { blackout: unknown };
    return { ...rest, screen: blackout === true ? 'black' : 'live' };
  }, state);
}

// Compile-time check that a parsed state is a ShowState.
const _stateFromSchema = (s: z.infer<ReturnType<typeof buildShowStateSchema>>): ShowState => s;
void _stateFromSchema;
let showStateSchema: ReturnType<typeof buildShowStateSchema> | undefined;

/** Validates a saved state (from a journal); older states get the newer fields' defaults. */
export function parseShowState(input: unknown): ParseResult<ShowState> {
  showStateSchema ??= buildShowStateSchema();
  const result = showStateSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeIssues(result.error) };
}

/**
 * Something wrong with what the host keeps in its data folder, shown to the speaker (presenter
 * banner, GET /api/state, the rehearsal report) until it is resolved.
 */
export interface HostProblem {
  kind:
    /** Rehearsal runs the host holds but could not save yet (it keeps trying). */
    | 'rehearsals-unsaved'
    /** The saved rehearsals of this speech cannot be read, or were damaged and set aside. */
    | 'rehearsals-file'
    /** The show journal cannot be written (a crash could not resume where the show was). */
    | 'journal-unsaved'
    /** The show journal found at start could not be used (set aside, or left alone unread). */
    | 'journal-file'
    /** The data folder itself cannot be used (nothing is kept this time). */
    | 'data-folder';
  /** One or two sentences for the speaker: what happened, what it means, what to do. */
  message: string;
}

/** What a view needs to draw the show: the deck, the state, and any problem with the speech. */
export interface ShowSnapshot {
  deck: Deck;
  state: ShowState;
  /** Set while the speech file on disk cannot be read; the last good deck stays on screen. */
  problem: Diagnostic | null;
  /** Something about the stage the speaker must know now (the projector was unplugged), or null. */
  notice: string | null;
  /** Problems with what the host keeps (rehearsals, journal); empty when all is well. */
  problems: HostProblem[];
  /** The speaker's keys (keys.json), and why the file was not used if it was not. */
  keys: KeySettings;
}

/**
 * Electron IPC, as one typed map (checked at both ends: main's handlers in main/ipc.ts and the
 * preloads' calls in preload/bridge.ts use these types, so a channel's arguments and result cannot
 * drift apart). Channels are named `domain:verb`.
 *
 * Renderer → main (`ipcRenderer.invoke`). Arguments arrive untrusted: main validates each one.
 */
export interface IpcInvokes {
  /** The deck, the state, and any problem with the speech; asked on load. */
  'show:snapshot': { args: []; result: ShowSnapshot };
  /** A command, judged by core/commands.ts like on every transport. */
  'show:command': { args: [command: ShowCommand]; result: CommandResult };
  /** A speech file dropped onto the window (its path, which main checks before opening it). */
  'speech:open': { args: [path: string]; result: void };
  /** The saved rehearsals of the open speech (what GET /api/rehearsals is on the web host). */
  'rehearsals:report': { args: []; result: RehearsalReport };
  /** The same, per slide, as CSV. */
  'rehearsals:csv': { args: []; result: string };
  /** Writes keys.json from the preferences screen (validated by core/key-config.ts first). */
  'keys:save': { args: [config: unknown]; result: KeySettings };
  /** The Phone remote window: whether the LAN pages are served, and their links. */
  'lan:status': { args: []; result: LanStatus };
  /** Starts serving the remote, crew and follow pages on the LAN (only when the speaker asks). */
  'lan:start': { args: []; result: LanStatus };
  /** Stops serving them: every LAN page is disconnected. */
  'lan:stop': { args: []; result: LanStatus };
  /** New links for one role, or for the remote, crew and follow pages ("all"); the old ones stop working. */
  'lan:rotate': { args: [which: LanRole | 'all']; result: LanStatus };
}

/** The LAN pages as the Phone remote window (and the /connect page) shows them. */
export interface LanStatus {
  /** Whether they are being served. */
  running: boolean;
  /** Each role's link, with a QR code of it (an SVG data: URL); empty when not running. */
  links: Array<{ role: LanRole; view: View; url: string; qr: string }>;
  /** Why the pages could not be served (the port is taken, no network), or null. */
  problem: string | null;
}

/** Main → renderer (`webContents.send`). */
export interface IpcEvents {
  /** On every change of the show's state. */
  'show:state': ShowState;
  /** When the deck, its problem or the stage notice changes (the state comes with it). */
  'show:deck': ShowSnapshot;
  /** The menu asks the presenter to open one of its panels (overview, key help, key preferences). */
  'view:open': PresenterPanel;
}

/** The presenter's panels that the desktop app's menu opens. */
export type PresenterPanel = 'overview' | 'help' | 'keys';

export type InvokeChannel = keyof IpcInvokes;
export type EventChannel = keyof IpcEvents;

/** The invoke channels each window may use; main refuses the others (ipc.ts), whatever the page does. */
export const ROLE_INVOKES: Record<ViewRole, readonly InvokeChannel[]> = {
  presenter: [
    'show:snapshot',
    'show:command',
    'speech:open',
    'rehearsals:report',
    'rehearsals:csv',
    'keys:save',
  ],
  audience: ['show:snapshot', 'show:command'],
  delegate: ['show:snapshot'],
  connect: ['lan:status', 'lan:start', 'lan:stop', 'lan:rotate'],
};

/** WebSocket messages from the web host to a page. Followers are sent only the `follow-` ones. */
export type ServerMessage =
  /** The whole show; `deckTag` names its deck (host/deck-tag.ts) for the page to name on reconnecting. */
  | { type: 'snapshot'; snapshot: ShowSnapshot; deckTag?: string }
  /**
   * The whole show but its deck, to a page that opened its socket naming this deck's tag (it holds
   * the deck already: the snapshot shipped in the page, or the last one it was sent).
   */
  | { type: 'snapshot-same-deck'; deckTag: string; snapshot: Omit<ShowSnapshot, 'deck'> }
  | { type: 'state'; state: ShowState }
  /** To followers (core/follow.ts): the talk to read, at connection and when the speech changes. */
  | { type: 'follow-deck'; deck: FollowDeck }
  /** To followers: where the speaker is, whenever that changes. */
  | { type: 'follow-at'; at: FollowAt }
  /** The answer to the command sent with this `id`. */
  | { type: 'result'; id: number; result: CommandResult }
  /** A message that could not be read at all (it has no id to answer). */
  | { type: 'error'; message: string };

/** WebSocket messages from a page to the web host. */
export type ClientMessage = { type: 'command'; id?: number; command: ShowCommand };

/** The envelope only: the command inside is judged by core/commands.ts, like on every transport. */
export const clientMessageSchema = z.strictObject({
  type: z.literal('command'),
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  command: z.unknown(),
});

/** A WebSocket message's envelope, read; the command itself is still unjudged. */
export type ClientEnvelope = { id?: number; command: unknown };

/** Reads a raw WebSocket message from a page: JSON, and the envelope's shape. */
export function parseClientMessage(raw: string): ParseResult<ClientEnvelope> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'message is not valid JSON' };
  }
  const envelope = clientMessageSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: describeIssues(envelope.error) };
  return { ok: true, value: { id: envelope.data.id, command: envelope.data.command } };
}

/** What every window's bridge offers: reading the show. */
interface ShowReader {
  getSnapshot(): Promise<ShowSnapshot>;
  onState(listener: (state: ShowState) => void): () => void;
  onSnapshot(listener: (snapshot: ShowSnapshot) => void): () => void;
}

/** The presenter window's bridge: the whole show. */
export interface PresenterBridge extends ShowReader {
  role: 'presenter';
  send(command: ShowCommand): Promise<CommandResult>;
  /** Opens a speech file dropped onto the window (rejects with the reason). */
  openDroppedFile(file: File): Promise<void>;
  getRehearsalReport(): Promise<RehearsalReport>;
  getRehearsalCsv(): Promise<string>;
  /** Writes keys.json (the preferences screen). */
  saveKeys(config: unknown): Promise<KeySettings>;
  /** The menu opens a panel (overview, key help, key preferences). Returns the unsubscribe function. */
  onOpenPanel(listener: (panel: PresenterPanel) => void): () => void;
}

/** The audience window's bridge: reading, and moving through the deck (core/commands.ts). */
export interface AudienceBridge extends ShowReader {
  role: 'audience';
  send(command: ShowCommand): Promise<CommandResult>;
}

/** The delegate viewer's bridge: reading only. */
export interface DelegateBridge extends ShowReader {
  role: 'delegate';
}

/** The Phone remote window's bridge: the LAN pages' links, nothing of the show. */
export interface ConnectBridge {
  role: 'connect';
  status(): Promise<LanStatus>;
  start(): Promise<LanStatus>;
  stop(): Promise<LanStatus>;
  rotate(which: LanRole | 'all'): Promise<LanStatus>;
}

/** What a preload exposes to its window as `window.lectern`: one bridge per role. */
export type LecternBridge = PresenterBridge | AudienceBridge | DelegateBridge | ConnectBridge;
