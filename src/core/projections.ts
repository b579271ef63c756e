/**
 * What each role is sent of the show. The presenter, the phone remote and the stage crew get the
 * whole state; the audience window and the delegate viewer get it without the stage manager's
 * cues, which are for the speaker alone (a cue must never reach the room's screen, not even in
 * the page's data). Followers get a projection of their own, without the state at all
 * (core/follow.ts). Every transport applies these: Electron IPC and the web host's WebSocket.
 */
import type { ShowSnapshot } from './contract';
import type { ShowState } from './show';
import type { ShowRole } from './views';

/** Whether a role sees the stage manager's cues. */
export function seesCues(role: ShowRole): boolean {
  return role === 'presenter' || role === 'remote' || role === 'crew';
}

/** The state as a role is sent it. The same object when nothing is withheld. */
export function stateFor(role: ShowRole, state: ShowState): ShowState {
  if (seesCues(role) || (state.cue === null && state.cues.length === 0)) return state;
  return { ...state, cue: null, cues: [] };
}

/** The snapshot as a role is sent it. The same object when nothing is withheld. */
export function snapshotFor(role: ShowRole, snapshot: ShowSnapshot): ShowSnapshot {
  const state = stateFor(role, snapshot.state);
  return state === snapshot.state ? snapshot : { ...snapshot, state };
}
