/**
 * Presenter and audience keys, registered once (name, keys, what they do), in the shape clickers
 * send: most remotes emit PageDown/PageUp, some B or "." for black screen, a few F5/Escape. The
 * README's key table and the key help (?) are generated from this table (core/key-help.ts), and a
 * speaker's keys.json remaps it by name (core/key-config.ts).
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
  | 'fullscreen'
  | 'notes-bigger'
  | 'notes-smaller'
  | 'notes-mirror'
  | 'notes-autoscroll'
  | 'qa'
  | 'rehearse'
  | 'overview'
  | 'help'
  | 'pointer'
  | 'zoom-in'
  | 'zoom-out'
  | 'clear-view'
  | 'cue-ack'
  | 'overview-left'
  | 'overview-right'
  | 'overview-up'
  | 'overview-down'
  | 'overview-first'
  | 'overview-last'
  | 'overview-go'
  | 'overview-close';

/**
 * Where a binding applies: everywhere (no `when`), only with the mouse over the presenter's current
 * slide (zoom keys there; elsewhere the same keys size the speech text), or only in the overview.
 */
export type KeyWhen = 'over-slide' | 'overview';

/** How the key help groups the bindings. */
export type KeyGroup = 'move' | 'screen' | 'presenter' | 'speech' | 'pointer' | 'overview';

export interface KeyBinding {
  name: string;
  keys: string[];
  /** What the key does; `presenterOnly` bindings are ignored in the audience window. */
  command?: ShowCommand;
  action?: ViewAction;
  presenterOnly?: boolean;
  when?: KeyWhen;
  group: KeyGroup;
  /** A mouse gesture that does the same, for the help and the README. */
  gesture?: string;
  /** Shown in the help and README (English; the help's catalogue has it under keyHelp.actions). */
  label: string;
}

const presenter = { presenterOnly: true } as const;
const inOverview = { presenterOnly: true, when: 'overview', group: 'overview' } as const;

/** The default keys. Order matters only for the help and the README, which list them so. */
export const keyBindings: readonly KeyBinding[] = [
  {
    name: 'next',
    keys: ['ArrowRight', ' ', 'PageDown', 'n', 'N', 'ArrowDown'],
    command: { type: 'next' },
    group: 'move',
    label: 'Next step or slide',
  },
  {
    name: 'prev',
    keys: ['ArrowLeft', 'PageUp', 'p', 'P', 'ArrowUp'],
    command: { type: 'prev' },
    group: 'move',
    label: 'Previous step or slide',
  },
  { name: 'first', keys: ['Home'], command: { type: 'first' }, group: 'move', label: 'First slide' },
  { name: 'last', keys: ['End'], command: { type: 'last' }, group: 'move', label: 'Last slide' },
  {
    name: 'blackout',
    keys: ['b', 'B', '.'],
    command: { type: 'screen', screen: 'black', toggle: true },
    group: 'screen',
    label: 'Black screen on/off',
  },
  {
    name: 'white',
    keys: ['w', 'W', ','],
    command: { type: 'screen', screen: 'white', toggle: true },
    group: 'screen',
    label: 'White screen on/off',
  },
  {
    name: 'freeze',
    keys: ['z', 'Z'],
    command: { type: 'screen', screen: 'frozen', toggle: true },
    group: 'screen',
    label: 'Freeze the audience screen on/off (you move on; they keep the picture)',
  },
  { name: 'fullscreen', keys: ['f', 'F'], action: 'fullscreen', group: 'screen', label: 'Full screen' },
  {
    name: 'overview',
    keys: ['o', 'O'],
    action: 'overview',
    ...presenter,
    group: 'presenter',
    label: 'Overview of all slides',
  },
  { name: 'help', keys: ['?'], action: 'help', ...presenter, group: 'presenter', label: 'These keys' },
  {
    name: 'qa',
    keys: ['q', 'Q'],
    action: 'qa',
    ...presenter,
    group: 'presenter',
    label: 'Q&A on/off (questions do not count as overtime)',
  },
  {
    name: 'rehearse',
    keys: ['r', 'R'],
    action: 'rehearse',
    ...presenter,
    group: 'presenter',
    label: 'Start a rehearsal / finish and save it',
  },
  {
    name: 'cue-ack',
    keys: ['k', 'K'],
    action: 'cue-ack',
    ...presenter,
    group: 'presenter',
    gesture: 'or tap the cue',
    label: "Acknowledge the stage manager's cue",
  },
  {
    name: 'pointer',
    keys: ['l', 'L'],
    action: 'pointer',
    ...presenter,
    group: 'pointer',
    gesture: 'or hold the mouse button on the current slide',
    label: 'Pointer on/off: the room sees a dot where your mouse is on the current slide',
  },
  {
    name: 'zoom-in',
    keys: ['+', '='],
    action: 'zoom-in',
    ...presenter,
    when: 'over-slide',
    group: 'pointer',
    gesture: 'or Alt+click on the current slide',
    label: 'Zoom the audience in where the mouse is (mouse on the current slide)',
  },
  {
    name: 'zoom-out',
    keys: ['-', '_'],
    action: 'zoom-out',
    ...presenter,
    when: 'over-slide',
    group: 'pointer',
    gesture: 'or Alt+click again',
    label: 'Zoom the audience out (mouse on the current slide)',
  },
  {
    name: 'clear-view',
    keys: ['Escape'],
    action: 'clear-view',
    ...presenter,
    group: 'pointer',
    label: 'Zoom out and pointer off; close the overview or these keys',
  },
  {
    name: 'notes-bigger',
    keys: ['+', '='],
    action: 'notes-bigger',
    ...presenter,
    group: 'speech',
    label: 'Larger speech text',
  },
  {
    name: 'notes-smaller',
    keys: ['-', '_'],
    action: 'notes-smaller',
    ...presenter,
    group: 'speech',
    label: 'Smaller speech text',
  },
  {
    name: 'notes-mirror',
    keys: ['m', 'M'],
    action: 'notes-mirror',
    ...presenter,
    group: 'speech',
    label: 'Mirror the speech text (teleprompter glass)',
  },
  {
    name: 'notes-autoscroll',
    keys: ['a', 'A'],
    action: 'notes-autoscroll',
    ...presenter,
    group: 'speech',
    label: 'Autoscroll the speech text on/off',
  },
  {
    name: 'overview-left',
    keys: ['ArrowLeft'],
    action: 'overview-left',
    ...inOverview,
    label: 'Highlight the slide before',
  },
  {
    name: 'overview-right',
    keys: ['ArrowRight', ' '],
    action: 'overview-right',
    ...inOverview,
    label: 'Highlight the slide after',
  },
  {
    name: 'overview-up',
    keys: ['ArrowUp', 'PageUp'],
    action: 'overview-up',
    ...inOverview,
    label: 'Highlight the row above',
  },
  {
    name: 'overview-down',
    keys: ['ArrowDown', 'PageDown'],
    action: 'overview-down',
    ...inOverview,
    label: 'Highlight the row below',
  },
  {
    name: 'overview-first',
    keys: ['Home'],
    action: 'overview-first',
    ...inOverview,
    label: 'Highlight the first slide',
  },
  {
    name: 'overview-last',
    keys: ['End'],
    action: 'overview-last',
    ...inOverview,
    label: 'Highlight the last slide',
  },
  {
    name: 'overview-go',
    keys: ['Enter'],
    action: 'overview-go',
    ...inOverview,
    gesture: 'or click a slide',
    label: 'Go to the highlighted slide',
  },
  {
    name: 'overview-close',
    keys: ['Escape', 'o', 'O'],
    action: 'overview-close',
    ...inOverview,
    label: 'Close the overview',
  },
];

/** Where the key was pressed: the view decides, the table says what applies there. */
export interface KeyContext {
  /** The overview is open (its own keys; the show's keys wait). */
  overview?: boolean;
  /** The mouse is over the presenter's current slide. */
  overSlide?: boolean;
}

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

/** The binding a key has in a context: the context's own bindings first (over-slide zoom before text size). */
export function bindingFor(
  key: string,
  role: 'audience' | 'presenter',
  context: KeyContext = {},
  table: readonly KeyBinding[] = keyBindings,
): KeyBinding | undefined {
  const applies = (b: KeyBinding): boolean => {
    if (b.presenterOnly && role !== 'presenter') return false;
    if (context.overview) return b.when === 'overview' || b.name === 'help';
    if (b.when === 'overview') return false;
    return b.when !== 'over-slide' || context.overSlide === true;
  };
  const candidates = table.filter((b) => b.keys.includes(key) && applies(b));
  return candidates.find((b) => b.when !== undefined) ?? candidates[0];
}

/**
 * Interprets one key press. `buffer` holds digits typed before it: "1", "2", Enter goes to
 * slide 12 (1-based, as the speaker sees it). Keys with modifiers are left to the system.
 * `table` is the speaker's key table (keys.json applied; default the built-in one).
 */
export function interpretKey(
  input: KeyInput,
  buffer: string,
  role: 'audience' | 'presenter',
  context: KeyContext = {},
  table: readonly KeyBinding[] = keyBindings,
): KeyOutcome {
  if (input.ctrlKey || input.metaKey || input.altKey) return { handled: false, buffer };
  if (/^[0-9]$/.test(input.key) && !context.overview) {
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
  const binding = bindingFor(input.key, role, context, table);
  if (!binding) return { handled: false, buffer };
  return { handled: true, buffer: '', command: binding.command, action: binding.action };
}
