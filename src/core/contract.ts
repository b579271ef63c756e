/**
 * The one contract between the show's owner (host) and its views, for both transports:
 * Electron IPC (channels below) and the web host's WebSocket (messages below).
 * Everything that crosses a boundary is validated here with a schema; nothing else is trusted.
 */
import { z } from 'zod';
import type { Deck, Diagnostic } from './deck';
import type { ShowCommand, ShowState } from './show';
import type { RehearsalReport } from './rehearsal-report';

const timerAction = z.enum(['start', 'pause', 'toggle', 'reset', 'undo']);
const showMode = z.enum(['present', 'rehearse', 'qa']);

/** Schema of every command a view or the stage-crew API may send. Unknown keys are rejected. */
export const showCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('prev') }),
  z.strictObject({ type: z.literal('first') }),
  z.strictObject({ type: z.literal('last') }),
  z.strictObject({ type: z.literal('goto'), index: z.number().int().min(0).max(100_000) }),
  z.strictObject({ type: z.literal('blackout'), on: z.boolean().optional() }),
  z.strictObject({ type: z.literal('timer'), action: timerAction }),
  z.strictObject({ type: z.literal('mode'), mode: showMode }),
  z.strictObject({ type: z.literal('rehearsal'), action: z.enum(['finish', 'abandon']) }),
  z.strictObject({ type: z.literal('pace'), useLearned: z.boolean() }),
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
  return z.object({
    index: z.number().int().min(0),
    count: z.number().int().min(0),
    blackout: z.boolean(),
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
  });
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

/** What a view needs to draw the show: the deck, the state, and any problem with the speech. */
export interface ShowSnapshot {
  deck: Deck;
  state: ShowState;
  /** Set while the speech file on disk cannot be read; the last good deck stays on screen. */
  problem: Diagnostic | null;
  /** Something about the stage the speaker must know now (the projector was unplugged), or null. */
  notice: string | null;
}

/** Which window or page a view is. */
export type ViewRole = 'audience' | 'presenter';

/** Electron IPC channels, named `domain:verb`. */
export const IpcChannel = {
  /** invoke(ShowCommand) → void. Renderer → main. */
  command: 'show:command',
  /** invoke() → ShowSnapshot. Renderer → main, on load. */
  snapshot: 'show:snapshot',
  /** send(ShowState). Main → renderer, on every change. */
  state: 'show:state',
  /** send(ShowSnapshot). Main → renderer, when the deck or its problem changes. */
  deck: 'show:deck',
  /** invoke(path: string) → void. Renderer → main: a speech file dropped onto a window. */
  openSpeech: 'speech:open',
  /** invoke() → RehearsalReport. Renderer → main: the saved rehearsals of the open speech. */
  rehearsalReport: 'rehearsals:report',
  /** invoke() → string. Renderer → main: the same, per slide, as CSV. */
  rehearsalCsv: 'rehearsals:csv',
} as const;

/** WebSocket messages from the web host to a page. */
export type ServerMessage =
  | { type: 'snapshot'; snapshot: ShowSnapshot }
  | { type: 'state'; state: ShowState }
  | { type: 'error'; message: string };

/** WebSocket messages from a page to the web host. */
export type ClientMessage = { type: 'command'; command: ShowCommand };

export const clientMessageSchema = z.strictObject({ type: z.literal('command'), command: z.unknown() });

/** Validates a raw WebSocket message from a page. */
export function parseClientMessage(raw: string): ParseResult<ClientMessage> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'message is not valid JSON' };
  }
  const envelope = clientMessageSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: describeIssues(envelope.error) };
  const command = parseShowCommand(envelope.data.command);
  return command.ok ? { ok: true, value: { type: 'command', command: command.value } } : command;
}

/** The API a preload exposes to its window as `window.lectern` (same shape for both windows). */
export interface LecternBridge {
  role: ViewRole;
  getSnapshot(): Promise<ShowSnapshot>;
  send(command: ShowCommand): Promise<void>;
  onState(listener: (state: ShowState) => void): () => void;
  onSnapshot(listener: (snapshot: ShowSnapshot) => void): () => void;
  /** Opens a speech file dropped onto the window (desktop app only; rejects with the reason). */
  openDroppedFile(file: File): Promise<void>;
  /** The rehearsal report of the open speech (what GET /api/rehearsals is on the web host). */
  getRehearsalReport(): Promise<RehearsalReport>;
  getRehearsalCsv(): Promise<string>;
}
