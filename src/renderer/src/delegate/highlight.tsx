import type { ReactNode } from 'react';

/** Splits `text` around case-insensitive matches of `query`, marking them; plain text otherwise. */
export function highlight(text: string, query: string): ReactNode {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return text;
  const haystack = text.toLocaleLowerCase();
  const parts: ReactNode[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(<mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/** How often `query` occurs in `text` (case-insensitive, not overlapping). */
export function countMatches(text: string, query: string): number {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return 0;
  return text.toLocaleLowerCase().split(needle).length - 1;
}
