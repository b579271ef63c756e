/**
 * How many WebSockets one address may hold open on the LAN. A phone, a booth laptop or a delegate
 * opens one or two; a script opening thousands would hold the host's memory and every broadcast
 * hostage. Past the cap a new socket is refused (429) until one of that address's closes.
 * Loopback is never counted: it is this machine (the presenter, the audience window, a local
 * bench with hundreds of followers), already trusted with everything.
 */

/** Default sockets per address: generous for a device with several tabs, tight for a script. */
export const SOCKETS_PER_ADDRESS = 16;

export interface SocketSlots {
  /** Takes a slot for a new socket from this address; false when the address has none left. */
  take(address: string | undefined): boolean;
  /** Gives back the slot of a socket that closed. */
  release(address: string | undefined): void;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

export function socketSlots(perAddress: number = SOCKETS_PER_ADDRESS): SocketSlots {
  const open = new Map<string, number>();
  return {
    take(address) {
      if (isLoopback(address)) return true;
      const key = address ?? '';
      const count = open.get(key) ?? 0;
      if (count >= perAddress) return false;
      open.set(key, count + 1);
      return true;
    },
    release(address) {
      if (isLoopback(address)) return;
      const key = address ?? '';
      const count = open.get(key) ?? 0;
      if (count <= 1) open.delete(key);
      else open.set(key, count - 1);
    },
  };
}
