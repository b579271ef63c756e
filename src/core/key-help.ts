/**
 * The key table as people read it: the key help (?) in the presenter and the README's table are
 * both made here from the one table in core/keys.ts (with the speaker's keys.json applied for the
 * help), so what a speaker is told can never drift from what the keys do.
 */
import { keyBindings, type KeyBinding, type KeyGroup } from './keys';

/** How a key is written for people. */
const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  '-': '−',
};

/** The keys of a binding as shown: letters once, in capitals ("b", "B" → "B"). */
export function keyLabels(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const shown = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
    if (!out.includes(shown)) out.push(shown);
  }
  return out;
}

export interface KeyHelpRow {
  name: string;
  group: KeyGroup;
  keys: string[];
  gesture?: string;
  label: string;
  presenterOnly: boolean;
  /** Bindings that only apply with the mouse on the current slide, or in the overview. */
  when?: KeyBinding['when'];
}

export const KEY_GROUPS: readonly KeyGroup[] = [
  'move',
  'screen',
  'presenter',
  'pointer',
  'speech',
  'overview',
];

/** The help's rows, grouped in KEY_GROUPS order; actions left with no key (and no gesture) are left out. */
export function keyHelpRows(table: readonly KeyBinding[] = keyBindings): KeyHelpRow[] {
  const rows = table
    .filter((b) => b.keys.length > 0 || b.gesture)
    .map((b) => ({
      name: b.name,
      group: b.group,
      keys: keyLabels(b.keys),
      ...(b.gesture ? { gesture: b.gesture } : {}),
      label: b.label,
      presenterOnly: b.presenterOnly === true,
      ...(b.when ? { when: b.when } : {}),
    }));
  return KEY_GROUPS.flatMap((group) => rows.filter((r) => r.group === group));
}

/** The row for typing a slide number, which is not a binding (digits collect, Enter goes). */
export const NUMBER_ROW = {
  keys: 'a number, then Enter',
  label: 'go to that slide (1-based; a slide that does not exist is refused and said); Esc cancels',
};

/** The README's key table, in Markdown. */
export function keyTableMarkdown(table: readonly KeyBinding[] = keyBindings): string {
  const lines = ['| Key | Does | In |', '| --- | --- | --- |'];
  const rows = keyHelpRows(table);
  for (const row of rows) {
    const keys = [row.keys.join(' '), row.gesture].filter(Boolean).join(', ');
    const where = row.when === 'overview' ? ' (overview)' : row.presenterOnly ? ' (presenter)' : '';
    lines.push(`| ${keys.replace(/\|/g, '\\|')} | ${row.label}${where} |`);
    if (row.name === 'last') lines.push(`| ${NUMBER_ROW.keys} | ${NUMBER_ROW.label} |`);
  }
  return lines.join('\n');
}
