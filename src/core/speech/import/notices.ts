/**
 * Warnings of an import. A deck can use one unsupported construct on every slide (a Marp
 * `<!-- _class: lead -->`, a reveal.js fragment): each kind is reported once, located at its first
 * use, and says where else it occurs, so nothing is dropped silently and nothing is said 40 times.
 */
import type { Diagnostic, SourcePos } from '../../deck';

/** Further places listed by line in a grouped warning, at most. */
const MAX_LINES_LISTED = 6;

export class Notices {
  private readonly grouped = new Map<string, { first: Diagnostic; more: number[] }>();
  private readonly single: Diagnostic[] = [];

  constructor(readonly file: string) {}

  /** A warning on its own. */
  add(pos: SourcePos, message: string): void {
    this.single.push(this.diagnostic(pos, message));
  }

  /** A warning of a kind: the first is reported with its message, the others as "also on line …". */
  once(kind: string, pos: SourcePos, message: string): void {
    const seen = this.grouped.get(kind);
    if (seen) seen.more.push(pos.line);
    else this.grouped.set(kind, { first: this.diagnostic(pos, message), more: [] });
  }

  /** Every warning, in the order of the file. */
  list(): Diagnostic[] {
    const grouped = [...this.grouped.values()].map(({ first, more }) => {
      if (!more.length) return first;
      const lines = [...new Set(more)];
      const listed = lines.slice(0, MAX_LINES_LISTED).join(', ');
      const rest = lines.length > MAX_LINES_LISTED ? ` and ${lines.length - MAX_LINES_LISTED} more` : '';
      return {
        ...first,
        message: `${first.message} (also on line${lines.length > 1 ? 's' : ''} ${listed}${rest})`,
      };
    });
    return [...this.single, ...grouped].sort((a, b) => a.line - b.line || a.column - b.column);
  }

  private diagnostic(pos: SourcePos, message: string): Diagnostic {
    return { severity: 'warning', file: this.file, line: pos.line, column: pos.column, message };
  }
}
