/**
 * The speaker's own keys: `keys.json` in Lectern's data folder, read by the host, validated here,
 * sent to both views in the snapshot. A clicker profile and/or single actions remapped by name:
 *
 *   { "profile": "logitech-r400",
 *     "keys": { "white": ["w", "F5"], "freeze": [] } }
 *
 * Each action named in `keys` gets exactly those keys (an empty list switches it off); a key given
 * to an action is taken from whatever other action had it by default in the same place (the
 * overview has its own keys). A file that cannot be used is refused as a whole with a message
 * naming the bad entry, and the default keys stay: a typo must never leave the speaker without Next.
 *
 * The validation (zod) is for the host; the views need only core/key-profiles.ts, which carries no
 * schema library into the renderer (and no eval check its Content-Security-Policy would refuse).
 */
import { z } from 'zod';
import { keyBindings, type KeyBinding } from './keys';
import { KEY_PROFILES, type KeySettings } from './key-profiles';

export { DEFAULT_KEY_SETTINGS, KEY_PROFILES, resolveKeyTable, type KeySettings } from './key-profiles';

/** Named keys a KeyboardEvent reports (besides single characters), as keys.json may name them. */
const NAMED_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Enter',
  'Escape',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'ContextMenu',
  'Pause',
  'MediaPlayPause',
  'MediaTrackNext',
  'MediaTrackPrevious',
  'MediaStop',
  'AudioVolumeUp',
  'AudioVolumeDown',
  'AudioVolumeMute',
  'BrowserBack',
  'BrowserForward',
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
]);
/** Friendly spellings accepted in the file, as the key the browser reports. */
const ALIASES: Record<string, string> = { Space: ' ', Spacebar: ' ', Esc: 'Escape', Return: 'Enter' };

/** The key as the browser reports it, or null when it is not one a key can be. */
export function canonicalKey(name: string): string | null {
  const key = ALIASES[name] ?? name;
  if (NAMED_KEYS.has(key)) return key;
  return [...key].length === 1 && !/[\p{Cc}\p{Cf}]/u.test(key) ? key : null;
}

const ACTIONS = keyBindings.map((b) => b.name);
const MAX_KEYS = 16;

const fileSchema = z.strictObject({
  profile: z.string().optional(),
  keys: z.record(z.string(), z.array(z.string()).max(MAX_KEYS)).optional(),
});

export type KeyConfigFile = z.infer<typeof fileSchema>;

/**
 * Reads keys.json's text (`file` names it in messages). Never throws: a problem comes back with
 * the defaults (`overrides` empty).
 */
export function parseKeyConfig(text: string, file = 'keys.json'): KeySettings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused(file, `not valid JSON (${(error as Error).message})`);
  }
  return checkKeyConfig(json, file);
}

/** Validates keys.json's content (as parsed JSON, or as the preferences screen sends it). */
export function checkKeyConfig(json: unknown, file = 'keys.json'): KeySettings {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    const what =
      issue.code === 'unrecognized_keys'
        ? `unknown entry ${issue.keys.map((k) => `"${k}"`).join(', ')} (use "profile" and "keys")`
        : issue.message;
    return refused(file, `${where}: ${what}`);
  }
  const { profile, keys = {} } = parsed.data;
  const overrides: Record<string, string[]> = {};
  if (profile !== undefined) {
    const chosen = KEY_PROFILES[profile];
    if (!chosen)
      return refused(
        file,
        `profile: there is no profile "${profile}" (profiles: ${Object.keys(KEY_PROFILES).join(', ')})`,
      );
    Object.assign(overrides, chosen.keys);
  }
  for (const [action, names] of Object.entries(keys)) {
    if (!ACTIONS.includes(action)) {
      return refused(file, `keys.${action}: there is no action "${action}" (actions: ${ACTIONS.join(', ')})`);
    }
    const canonical: string[] = [];
    for (const [i, name] of names.entries()) {
      const key = canonicalKey(name);
      if (key === null) {
        return refused(
          file,
          `keys.${action}[${i}]: "${name}" is not a key (name one as the browser does: PageDown, ArrowRight, F5, Escape, b, ".")`,
        );
      }
      if (/^[0-9]$/.test(key)) {
        return refused(file, `keys.${action}[${i}]: "${name}" is kept for typing a slide number`);
      }
      if (!canonical.includes(key)) canonical.push(key);
    }
    overrides[action] = canonical;
  }
  const clash = firstClash(keys, overrides);
  if (clash) return refused(file, clash);
  return { overrides, problem: null };
}

function refused(file: string, message: string): KeySettings {
  return { overrides: {}, problem: `${file}: ${message}; the default keys are used` };
}

/** Two actions the file names that would share a key in the same place. */
function firstClash(named: Record<string, string[]>, overrides: Record<string, string[]>): string | null {
  const names = Object.keys(named);
  for (let i = 0; i < names.length; i += 1) {
    for (let j = i + 1; j < names.length; j += 1) {
      const [a, b] = [binding(names[i]!), binding(names[j]!)];
      if (a.when !== b.when) continue; // the overview's keys and the show's never meet
      const shared = overrides[a.name]!.find((k) => overrides[b.name]!.includes(k));
      if (shared !== undefined) {
        return `keys.${b.name}: "${shared === ' ' ? 'Space' : shared}" is also given to "${a.name}"`;
      }
    }
  }
  return null;
}

function binding(name: string): KeyBinding {
  return keyBindings.find((b) => b.name === name)!;
}
