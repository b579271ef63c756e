/**
 * The title a speech gives itself in its opening sentence: 「…讲的题目是革命时代的文学」,
 * 「就将这“革命时代的文学”算作题目」, 「平成最後の施政方針演説を、ここに申し述べます」, "My subject
 * tonight is the future of energy." Used when the
 * file has no title line, so the deck is not titled by its file name or its dateline.
 */

const PATTERNS: RegExp[] = [
  /[“「《"]([^”」》"\n]{2,24})[”」》"]\s*(?:算作|作为|当作|做)(?:我的|今天的)?(?:讲?题目|题目)/u,
  /(?:讲?题目|讲题)(?:是|叫|为|就是)\s*[“「《"]?([^”」》"，。；！？\n]{2,24})/u,
  // 「平成最後の施政方針演説を、ここに申し述べます」: the address says what it is as it begins
  /^[\s\u3000]*([^、。，「」\s\u3000]{2,20}(?:演説|所信表明|式辞|談話|講演))を、?(?:ここに|これより)?(?:申し述べ|述べ)/u,
  /\bmy (?:subject|topic|theme|title)(?: (?:tonight|today|this (?:evening|morning|afternoon)))? is\s+["“]?([^.;:!?"”\n]{3,60})/iu,
];

/** The title named in `opening` (the first sentences of the speech), or null. */
export function namedTitle(opening: string): string | null {
  const head = opening.slice(0, 300);
  for (const re of PATTERNS) {
    const m = re.exec(head)?.[1]?.trim();
    if (m) return m.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  return null;
}
