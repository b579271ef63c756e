/**
 * Presenter and audience keys, registered once (name, keys, what they do), in the shape clickers
 * send: most remotes emit PageDown/PageUp, some B or "." for black screen, a few F5/Escape.
 */
import type { ShowCommand } from './show';

/** The part of a keyboard event the key map needs (a DOM KeyboardEvent fits). */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * Things a key does in the view itself rather than in the show. `qa` and `rehearse` depend on
 * what the show is doing (toggle Q&A; start, or finish, a rehearsal), so the presenter turns
 * them into commands, asking first where a slip would cost the speaker's timer.
 */
export type ViewAction =
  'fullscreen' | 'notes-bigger' | 'notes-smaller' | 'notes-mirror' | 'notes-autoscroll' | 'qa' | 'rehearse';

export interface KeyBinding {
  name: string;
  keys: string[];
  /** What the key does; `presenterOnly` bindings are ignored in the audience window. */
  command?: ShowCommand;
  action?: ViewAction;
  presenterOnly?: boolean;
  /** Shown in the help and README. */
  label: string;
}

export const keyBindings: readonly KeyBinding[] = [
  {
    name: 'next',
    keys: ['ArrowRight', ' ', 'PageDown', 'n', 'N', 'ArrowDown'],
    command: { type: 'next' },
    label: 'Next slide',
  },
  {
    name: 'prev',
    keys: ['ArrowLeft', 'PageUp', 'p', 'P', 'ArrowUp'],
    command: { type: 'prev' },
    label: 'Previous slide',
  },
  { name: 'first', keys: ['Home'], command: { type: 'first' }, label: 'First slide' },
  { name: 'last', keys: ['End'], command: { type: 'last' }, label: 'Last slide' },
  { name: 'blackout', keys: ['b', 'B', '.'], command: { type: 'blackout' }, label: 'Black screen on/off' },
  { name: 'fullscreen', keys: ['f', 'F'], action: 'fullscreen', label: 'Full screen' },
  {
    name: 'notes-bigger',
    keys: ['+', '='],
    action: 'notes-bigger',
    presenterOnly: true,
    label: 'Larger speech text',
  },
  {
    name: 'notes-smaller',
    keys: ['-', '_'],
    action: 'notes-smaller',
    presenterOnly: true,
    label: 'Smaller speech text',
  },
  {
    name: 'notes-mirror',
    keys: ['m', 'M'],
    action: 'notes-mirror',
    presenterOnly: true,
    label: 'Mirror the speech text (teleprompter glass)',
  },
  {
    name: 'notes-autoscroll',
    keys: ['a', 'A'],
    action: 'notes-autoscroll',
    presenterOnly: true,
    label: 'Autoscroll the speech text on/off',
  },
  {
    name: 'qa',
    keys: ['q', 'Q'],
    action: 'qa',
    presenterOnly: true,
    label: 'Q&A on/off (questions do not count as overtime)',
  },
  {
    name: 'rehearse',
    keys: ['r', 'R'],
    action: 'rehearse',
    presenterOnly: true,
    label: 'Start a rehearsal / finish and save it',
  },
];

export interface KeyOutcome {
  /** True when the key belongs to Lectern (the caller should preventDefault). */
  handled: boolean;
  /** Digits typed so far for "number + Enter" (shown to the speaker). */
  buffer: string;
  command?: ShowCommand;
  action?: ViewAction;
}

/** Most digits a slide number can have; more typed digits restart the number. */
const MAX_DIGITS = 5;

/**
 * Interprets one key press. `buffer` holds digits typed before it: "1", "2", Enter goes to
 * slide 12 (1-based, as the speaker sees it). Keys with modifiers are left to the system.
 */
export function interpretKey(input: KeyInput, buffer: string, role: 'audience' | 'presenter'): KeyOutcome {
  if (input.ctrlKey || input.metaKey || input.altKey) return { handled: false, buffer };
  if (/^[0-9]$/.test(input.key)) {
    const digits = buffer.length >= MAX_DIGITS ? input.key : buffer + input.key;
    return { handled: true, buffer: digits };
  }
  if (input.key === 'Enter' && buffer.length > 0) {
    const slide = Number.parseInt(buffer, 10);
    return slide >= 1
      ? { handled: true, buffer: '', command: { type: 'goto', index: slide - 1 } }
      : { handled: true, buffer: '' };
  }
  if (input.key === 'Escape' && buffer.length > 0) return { handled: true, buffer: '' };
  const binding = keyBindings.find((b) => b.keys.includes(input.key));
  if (!binding || (binding.presenterOnly && role !== 'presenter')) return { handled: false, buffer };
  return { handled: true, buffer: '', command: binding.command, action: binding.action };
}
