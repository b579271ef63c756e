/**
 * YAML front matter: `---` on the first line, YAML, then `---` (or `...`). Parsed with `yaml`
 * (aliases limited), validated key by key. Unknown keys are warnings; wrong types are located
 * errors (line and column in the speech file).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { SpeechError, type Diagnostic, type SourcePos, type SpeechMeta } from '../deck';

/** Aliases allowed in front matter (a speech needs none; this stops alias bombs). */
export const MAX_YAML_ALIASES = 50;

export interface FrontMatter {
  /** Partial meta from the front matter (title may be missing). */
  meta: Partial<SpeechMeta>;
  /** The text after the front matter, with the front matter lines blanked (positions unchanged). */
  body: string;
  warnings: Diagnostic[];
  present: boolean;
  /** The keys named in `foreignKeys` that the front matter has: their value (as JSON) and place. */
  foreign: Record<string, { value: unknown; pos: SourcePos }>;
}

export interface FrontMatterOptions {
  /**
   * Keys another deck format uses (an imported deck's `marp`, `revealOptions`, `duration: 30min`):
   * handed back in `foreign` for the importer to map or report, never checked as Lectern's own nor
   * reported as unknown. Default none.
   */
  foreignKeys?: ForeignKeys;
  /** Hand back every key that is not Lectern's too, instead of warning about it. Default false. */
  othersForeign?: boolean;
}

/** Keys handed back to an importer: a set of names, or `all` for a block that is not Lectern's own. */
export type ForeignKeys = ReadonlySet<string> | 'all';

type Kind = 'text' | 'minutes' | 'wpm' | 'lang' | 'steps' | 'signals' | 'files' | 'footer';
const KEYS: Record<string, { key: keyof SpeechMeta; kind: Kind }> = {
  title: { key: 'title', kind: 'text' },
  subtitle: { key: 'subtitle', kind: 'text' },
  speaker: { key: 'speaker', kind: 'text' },
  role: { key: 'role', kind: 'text' },
  organisation: { key: 'organisation', kind: 'text' },
  organization: { key: 'organisation', kind: 'text' },
  event: { key: 'event', kind: 'text' },
  date: { key: 'date', kind: 'text' },
  duration: { key: 'duration', kind: 'minutes' },
  wpm: { key: 'wpm', kind: 'wpm' },
  lang: { key: 'lang', kind: 'lang' },
  theme: { key: 'theme', kind: 'text' },
  steps: { key: 'steps', kind: 'steps' },
  signals: { key: 'signals', kind: 'signals' },
  css: { key: 'css', kind: 'files' },
  footer: { key: 'footer', kind: 'footer' },
};

const OPEN = /^---[ \t]*\r?\n(?![ \t]*(?:\r?\n|$))/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits off and parses front matter. Throws `SpeechError` for invalid front matter. */
export function readFrontMatter(text: string, file: string, options: FrontMatterOptions = {}): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, body: text, warnings: [], present: false, foreign: {} };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close)
    throw new SpeechError({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: 'front matter starting here is not closed with a line "---"',
    });
  const yamlText = rest.slice(0, close.index);
  const end = open[0].length + close.index + close[0].length;
  const blanked = text.slice(0, end).replace(/[^\n]/g, '');
  const body = blanked + text.slice(end);
  const { meta, warnings, foreign } = parseYaml(
    yamlText,
    file,
    1,
    options.foreignKeys,
    options.othersForeign,
  );
  return { meta, body, warnings, present: true, foreign };
}

/**
 * Parses a YAML block of `key: value` lines that starts on line `lineOffset + 1` of the file:
 * Lectern's keys checked into `meta`, `foreignKeys` handed back as they are, any other key a warning.
 * Throws `SpeechError` (located) for invalid YAML or a Lectern key of the wrong type.
 */
export function parseYaml(
  src: string,
  file: string,
  lineOffset: number,
  foreignKeys: ForeignKeys = new Set(),
  othersForeign = false,
): Pick<FrontMatter, 'meta' | 'warnings' | 'foreign'> {
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (
    offset: number | undefined,
    message: string,
    severity: Diagnostic['severity'] = 'error',
  ): Diagnostic => {
    const p = lc.linePos(offset ?? 0);
    return { severity, file, line: p.line + lineOffset, column: p.col, message };
  };
  const firstError = doc.errors[0];
  if (firstError)
    throw new SpeechError(
      at(firstError.pos[0], `invalid front matter: ${firstError.message.split('\n')[0]}`),
    );
  const warnings: Diagnostic[] = [];
  const meta: Partial<SpeechMeta> = {};
  // no prototype: a key named __proto__ is just a key
  const foreign: FrontMatter['foreign'] = Object.create(null) as FrontMatter['foreign'];
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { meta, warnings, foreign };
  if (!isMap(root))
    throw new SpeechError(at(root.range?.[0], 'front matter must be a list of "key: value" lines'));
  // Resolving aliases is where a bomb would explode: let yaml enforce its limit first.
  let values: Record<string, unknown>;
  try {
    values = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as Record<string, unknown>;
  } catch (e) {
    throw new SpeechError(at(root.range?.[0], `invalid front matter: ${(e as Error).message}`));
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const keyName = isScalar(keyNode) ? String(keyNode.value) : '';
    if (
      foreignKeys === 'all' ||
      foreignKeys.has(keyName) ||
      (othersForeign && !Object.hasOwn(KEYS, keyName))
    ) {
      const p = lc.linePos(keyNode?.range?.[0] ?? 0);
      const value = Object.hasOwn(values, keyName) ? values[keyName] : undefined;
      foreign[keyName] = { value, pos: { line: p.line + lineOffset, column: p.col } };
      continue;
    }
    const spec = KEYS[keyName];
    if (!spec) {
      const known = Object.keys(KEYS)
        .filter((k) => k !== 'organization')
        .join(', ');
      warnings.push(
        at(
          keyNode?.range?.[0],
          `unknown front matter key "${keyName}" (ignored; known keys: ${known})`,
          'warning',
        ),
      );
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    if (valueNode === null || (isScalar(valueNode) && valueNode.value === null)) continue;
    const where = valueNode.range?.[0] ?? keyNode?.range?.[0];
    const value = isScalar(valueNode) ? valueNode.value : undefined;
    const fail = (expected: string) =>
      new SpeechError(at(where, `front matter "${keyName}" must be ${expected}`));
    if (spec.kind === 'files') {
      meta.css = readFiles(valueNode, () => fail('a file name, or a list of them, such as theme.css'));
      continue;
    }
    if (spec.kind === 'signals') {
      meta.signals = readSignals(valueNode, () => fail('a list of minutes left, such as [5, 1]'));
      continue;
    }
    switch (spec.kind) {
      case 'text':
        if (typeof value === 'string' || typeof value === 'number')
          (meta as Record<string, unknown>)[spec.key] = String(value).trim();
        else throw fail('text');
        break;
      case 'minutes':
        if (typeof value !== 'number' || !(value > 0 && value <= 600))
          throw fail('a number of minutes between 0 and 600');
        meta.duration = value;
        break;
      case 'wpm':
        if (typeof value !== 'number' || !(value >= 40 && value <= 400))
          throw fail('a number of words per minute between 40 and 400');
        meta.wpm = value;
        break;
      case 'steps':
        if (value !== 'lists' && value !== 'none') throw fail('"lists" or "none"');
        meta.steps = value;
        break;
      case 'footer':
        // text for the corner of every content slide; true: the speaker and event; false: none
        if (typeof value === 'boolean') meta.footer = value;
        else if (typeof value === 'string' || typeof value === 'number')
          meta.footer = String(value).replace(/\s+/g, ' ').trim() || false;
        else throw fail('text, true (the speaker and event) or false (none)');
        break;
      case 'lang':
        if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value))
          throw fail('a language tag such as en, zh or ru');
        meta.lang = value;
        break;
    }
  }
  return { meta, warnings, foreign };
}

/** `css: theme.css` or `css: [base.css, talk.css]`: file names (at most 8, each under 300 characters). */
function readFiles(node: YamlNode, fail: () => SpeechError): string[] {
  const items = isSeq(node) ? node.items : [node];
  const names = items.map((item) => (isScalar(item) ? item.value : undefined));
  if (
    names.length > 8 ||
    !names.every((n): n is string => typeof n === 'string' && !!n.trim() && n.length < 300)
  )
    throw fail();
  return [...new Set(names.map((n) => n.trim()))];
}

/** `signals: [5, 1]` (or a single number): minutes left, each 0 < m ≤ 600, largest first, at most 10. */
function readSignals(node: YamlNode, fail: () => SpeechError): number[] {
  const items = isSeq(node) ? node.items : [node];
  const minutes = items.map((item) => (isScalar(item) ? item.value : undefined));
  if (minutes.length > 10 || !minutes.every((m): m is number => typeof m === 'number' && m > 0 && m <= 600))
    throw fail();
  return [...new Set(minutes)].sort((a, b) => b - a);
}
