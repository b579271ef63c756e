import type { CommandResult } from '../../../core/commands';
import type { ServerMessage, ShowSnapshot } from '../../../core/contract';
import type { KeySettings } from '../../../core/key-profiles';
import type { ShowCommand, ShowState } from '../../../core/show';

/** `replaced`: the page's LAN link was replaced by the speaker; it does not reconnect with it. */
export type ConnectionStatus = 'connecting' | 'open' | 'closed' | 'replaced';

/** What a follower is sent instead of the show (core/follow.ts). */
export type FollowMessage = Extract<ServerMessage, { type: 'follow-deck' | 'follow-at' }>;

export interface TransportListener {
  onSnapshot(snapshot: ShowSnapshot): void;
  onState(state: ShowState): void;
  onStatus(status: ConnectionStatus): void;
  /** The follow page's messages (the web host sends a follower nothing else). */
  onFollow?(message: FollowMessage): void;
}

/**
 * How a view talks to the show's owner. Two implementations: Electron IPC (through the preload's
 * `window.lectern`) and the web host's WebSocket. The views never know which one they use.
 */
export interface ShowTransport {
  /** Starts listening; the current snapshot arrives first. Returns a function that stops it. */
  connect(listener: TransportListener): () => void;
  /**
   * Sends a command; resolves to the host's answer (core/commands.ts), the same on every
   * transport. Never rejects: a lost connection is a 503.
   */
  send(command: ShowCommand): Promise<CommandResult>;
  /**
   * Writes the speaker's keys (keys.json) through the host, which validates them as it validates
   * the file. Resolves to the keys now in use, or with `problem` saying why nothing was written.
   */
  saveKeys(config: unknown): Promise<KeySettings>;
}

/** The answer when the host cannot be asked. */
export function unreachable(error: string): CommandResult {
  return { ok: false, status: 503, error };
}
