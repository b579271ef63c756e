/**
 * Who may talk to the web host: the Host header it answers to, and the LAN token.
 *
 * The Host check defeats DNS rebinding (a web page elsewhere whose name is made to resolve to
 * this machine): a request is answered only when it names this host as it is really reached,
 * loopback names always, and in LAN mode the IPv4 addresses it listens on and the machine's own
 * name (`name` and `name.local`, as mDNS gives it). An attacker's domain is none of these.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import { LAN_ROLES, type LanRole } from '../core/lan-roles';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The IPv4 addresses of this machine's network interfaces other than loopback (what a LAN reaches). */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

/** Every `Host` header value (lower case, with the port) the host answers to. */
export function allowedHosts(
  port: number,
  lan: boolean,
  interfaces = networkInterfaces(),
  machine = hostname(),
): Set<string> {
  const names = [...LOOPBACK_NAMES];
  if (lan) {
    const name = machine.toLowerCase();
    names.push(...lanAddresses(interfaces), name, `${name}.local`);
  }
  return new Set(names.map((name) => `${name}:${port}`));
}

/**
 * The Host check, with the interfaces read again at most every `refreshMs` (a laptop changes
 * networks between rehearsal and talk).
 */
export function hostChecker(
  port: () => number,
  lan: boolean,
  refreshMs = 5_000,
): (host: string | undefined) => boolean {
  let allowed = new Set<string>();
  let readAt = -Infinity;
  return (host) => {
    if (Date.now() - readAt > refreshMs) {
      allowed = allowedHosts(port(), lan);
      readAt = Date.now();
    }
    return host !== undefined && allowed.has(host.toLowerCase());
  };
}

/**
 * Whether a token given by a client is the host's, compared in constant time: `===` stops at the
 * first different character, which over many tries tells an attacker on the LAN how much of a
 * guess is right. Both are hashed first, so their lengths (which timingSafeEqual needs equal) do
 * not leak either.
 */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The LAN tokens, one per role (core/lan-roles.ts), each random (144 bits). A token is checked
 * against every role's in constant time, all of them every time, so neither the answer's timing
 * nor its content says which role a guess came close to.
 */
export class RoleTokens {
  private readonly tokens = new Map<LanRole, string>();

  constructor(private readonly make: () => string = () => randomBytes(18).toString('base64url')) {
    for (const role of LAN_ROLES) this.tokens.set(role, make());
  }

  get(role: LanRole): string {
    return this.tokens.get(role)!;
  }

  /** The role whose token this is, or null. */
  roleOf(given: string | null): LanRole | null {
    let found: LanRole | null = null;
    for (const role of LAN_ROLES) if (tokenMatches(given, this.get(role)) && found === null) found = role;
    return found;
  }

  /** New tokens for these roles: the old ones stop opening anything at once. */
  rotate(roles: readonly LanRole[]): void {
    for (const role of roles) this.tokens.set(role, this.make());
  }
}

/** Private IPv4 ranges first: the address a phone on the same Wi-Fi reaches. */
export function preferredLanAddress(addresses: readonly string[]): string | null {
  const isPrivate = (a: string): boolean => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
  return addresses.find(isPrivate) ?? addresses[0] ?? null;
}
