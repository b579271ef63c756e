/**
 * A card that names its figure the whole of something ("$12 billion — total cut") is false when
 * a larger figure of the same unit stands beside it on the slide ("$16 billion — one-year tax
 * reduction"): Ford's "a total cut of $12 billion" was the individuals' three-quarters of the
 * $16 billion, and the two cards together say the whole is smaller than its part. Such a label is
 * taken away (the figure is then no card, and the sentence stays in the notes).
 */

/** Words that say a figure is the whole: "total", "whole", "entire", "overall", "combined", "all …". */
const WHOLE = /(?<![\p{L}])(?:total|whole|entire|overall|combined|altogether)(?![\p{L}])|^(?:of\s+)?all\s/iu;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The amount a value says and its unit (a currency sign, or "%"), or null when it says none. */
export function amountOf(value: string): { unit: string; n: number } | null {
  const money = /(\p{Sc})\s?(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?/iu.exec(value);
  if (money) {
    const n = Number(money[2]!.replace(/,/gu, '')) * (SCALE[money[3]?.toLowerCase() ?? ''] ?? 1);
    return { unit: money[1]!, n };
  }
  const share = /(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)/iu.exec(value);
  return share ? { unit: '%', n: Number(share[1]) } : null;
}

/** Whether the figure labelled as a whole is smaller than another of the same unit beside it. */
export function wholeBelowPart(
  f: { value: string; label: string },
  others: ReadonlyArray<{ value: string; label: string }>,
): boolean {
  if (!WHOLE.test(f.label)) return false;
  const a = amountOf(f.value);
  if (!a) return false;
  return others.some((g) => {
    if (g === f || !g.label) return false;
    const b = amountOf(g.value);
    return !!b && b.unit === a.unit && b.n > a.n;
  });
}
