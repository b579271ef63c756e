/** A language tag as its name in the interface's language ("zh" → "Chinese", "中文"…); the tag when unknown. */
export function languageName(tag: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
