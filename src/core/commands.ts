/**
 * The one verdict on a command from outside, given by every transport alike (Electron IPC, the
 * web host's WebSocket and its HTTP API), so a command means the same wherever it comes from:
 *
 *   400  not a command, or a slide that does not exist   ── nothing changes
 *   403  this view may not send it (role rules below)     ── nothing changes
 *   409  it does not apply now (core/show.ts commandConflict)
 *   200  applied
 *
 * and from the transports themselves: 429 when a client sends more commands than the web host
 * takes from one client (nothing changes), 503 when the host could not keep what the command asked
 * to keep (a rehearsal run not saved: see host/show-session.ts for what that means).
 *
 * Roles (core/views.ts; on the LAN a page's role comes from its token, core/lan-roles.ts):
 *
 *   presenter  everything (and the stage-crew API)
 *   audience   moving the show (slides, steps) and the screen (black, white, frozen): a clicker
 *              sends its keys to whichever window has focus. Not pointing or zooming (those follow
 *              the presenter's mouse), nor running the show.
 *   remote     the speaker's phone: what the audience may, plus starting and pausing the timer
 *              (never resetting it: that asks first on the presenter) and acknowledging a cue
 *   crew       the stage manager: cues only
 *   delegate, follower   nothing: they read
 */
import { parseShowCommand } from './contract';
import { commandConflict, type ShowCommand, type ShowState } from './show';
import type { ShowRole } from './views';

/**
 * The answer a transport gives to a command. 429: too many from this client, not applied. 503:
 * the host could not do what was asked (a save failed) or could not be reached.
 */
export type CommandResult = { ok: true } | { ok: false; status: 400 | 403 | 409 | 429 | 503; error: string };

export type CommandVerdict =
  { ok: true; command: ShowCommand } | { ok: false; status: 400 | 403 | 409; error: string };

/** What the audience window may send: moving through the deck and what a clicker's screen keys do. */
const AUDIENCE_COMMANDS: ReadonlySet<ShowCommand['type']> = new Set([
  'next',
  'prev',
  'first',
  'last',
  'goto',
  'blackout',
  'screen',
]);

/** Whether a view in this role may send this command. */
export function mayCommand(role: ShowRole, command: ShowCommand): boolean {
  switch (role) {
    case 'presenter':
      return true;
    case 'audience':
      return AUDIENCE_COMMANDS.has(command.type);
    case 'remote':
      return (
        AUDIENCE_COMMANDS.has(command.type) ||
        command.type === 'cue-ack' ||
        (command.type === 'timer' && ['start', 'pause', 'toggle'].includes(command.action))
      );
    case 'crew':
      return command.type === 'cue';
    case 'delegate':
    case 'follower':
      return false;
  }
}

/** What a refusal by role says: the command, and the timer's action where that is what is refused. */
function refusedWhat(command: ShowCommand): string {
  return command.type === 'timer' ? `timer ${command.action}` : command.type;
}

/** Judges an untrusted command against the show as it is now. Pure. */
export function judgeCommand(state: ShowState, role: ShowRole, input: unknown): CommandVerdict {
  const parsed = parseShowCommand(input);
  if (!parsed.ok) return { ok: false, status: 400, error: `invalid command: ${parsed.error}` };
  const command = parsed.value;
  if (!mayCommand(role, command)) {
    return { ok: false, status: 403, error: `the ${role} view may not send "${refusedWhat(command)}"` };
  }
  if (command.type === 'goto' && command.index >= state.count) {
    return {
      ok: false,
      status: 400,
      error:
        state.count === 0
          ? 'there are no slides to go to'
          : `there is no slide ${command.index + 1}: the deck has ${state.count} (index 0 to ${state.count - 1})`,
    };
  }
  const conflict = commandConflict(state, command);
  if (conflict) return { ok: false, status: 409, error: conflict };
  return { ok: true, command };
}
