/**
 * The speaker's keys as the views use them: ready-made clicker profiles, the settings the host
 * sends in the snapshot, and the key table with them applied. Free of the schema library on
 * purpose: the renderer imports this, the host validates keys.json in core/key-config.ts.
 */
import { keyBindings, type KeyBinding } from './keys';

/** Clickers' keys, ready-made: what each profile changes from the default table. */
export const KEY_PROFILES: Readonly<Record<string, { label: string; keys: Record<string, string[]> }>> = {
  'page-keys': {
    label: 'Basic clickers that send PageUp/PageDown only (also arrows)',
    keys: { next: ['PageDown', 'ArrowRight', 'ArrowDown', ' '], prev: ['PageUp', 'ArrowLeft', 'ArrowUp'] },
  },
  'logitech-r400': {
    label: 'Logitech R400/R500/R800 and Spotlight (keyboard mode): PageUp/PageDown, F5/Esc, “.”',
    keys: {
      next: ['PageDown', 'ArrowRight', ' ', 'n', 'N'],
      prev: ['PageUp', 'ArrowLeft', 'p', 'P'],
      blackout: ['.', 'b', 'B'],
      // the "start/stop slideshow" button sends F5, then Escape: both toggle the frozen screen
      freeze: ['F5', 'z', 'Z'],
      'clear-view': [],
      fullscreen: ['f', 'F'],
    },
  },
  kensington: {
    label: 'Kensington presenters: PageUp/PageDown, F5/Esc for slideshow, B for blank',
    keys: {
      next: ['PageDown', 'ArrowRight', ' '],
      prev: ['PageUp', 'ArrowLeft'],
      blackout: ['b', 'B', '.'],
      freeze: ['F5', 'z', 'Z'],
    },
  },
  powerpoint: {
    label: 'PowerPoint’s keys: Enter and Backspace too, B/. black, W/, white',
    keys: {
      next: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter'],
      prev: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'],
    },
  },
};

/** What the views need: each remapped action's keys (empty: the defaults), and any problem. */
export interface KeySettings {
  overrides: Record<string, string[]>;
  /** Why keys.json was not used (located: file, entry, what is wrong), or null. */
  problem: string | null;
}

export const DEFAULT_KEY_SETTINGS: KeySettings = { overrides: {}, problem: null };

/**
 * The key table with the speaker's keys: each overridden action gets its keys, and those keys are
 * taken from the actions that had them by default in the same place.
 */
export function resolveKeyTable(overrides: Readonly<Record<string, readonly string[]>>): KeyBinding[] {
  const taken = (b: KeyBinding, key: string): boolean =>
    Object.entries(overrides).some(([name, keys]) => {
      if (name === b.name || !keys.includes(key)) return false;
      const other = keyBindings.find((o) => o.name === name);
      return other !== undefined && other.when === b.when;
    });
  return keyBindings.map((b) => {
    const own = overrides[b.name];
    const keys = own ? [...own] : b.keys.filter((k) => !taken(b, k));
    return keys.length === b.keys.length && keys.every((k, i) => k === b.keys[i]) ? b : { ...b, keys };
  });
}
