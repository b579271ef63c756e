/**
 * Colour maths for themes: WCAG 2 contrast ratios (text below 4.5:1 is hard to read from the back
 * of a hall, and a projector washes colours out further) and mixing two colours, for the shades a
 * theme derives (muted text, code backgrounds). Colours are `#rgb` or `#rrggbb`.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** WCAG's minimum for normal text (AA). */
export const MIN_CONTRAST = 4.5;

/** `#rgb` / `#rrggbb` → channels 0–255, or null for anything else. */
export function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const n = parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** CSS's basic named colours (the ones a speech's CSS is likely to use). */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  red: '#ff0000',
  maroon: '#800000',
  yellow: '#ffff00',
  olive: '#808000',
  lime: '#00ff00',
  green: '#008000',
  aqua: '#00ffff',
  teal: '#008080',
  blue: '#0000ff',
  navy: '#000080',
  fuchsia: '#ff00ff',
  purple: '#800080',
  orange: '#ffa500',
};

/**
 * A CSS colour as channels: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (alpha ignored), `rgb()` /
 * `rgba()` and the basic names; null for anything else (a variable, a gradient, `hsl()`).
 */
export function parseCssColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  const named = NAMED[v];
  if (named) return parseHex(named);
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (hex) return parseHex(`#${hex[1]!.length <= 4 ? hex[1]!.slice(0, 3) : hex[1]!.slice(0, 6)}`);
  const rgb = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*[\d.]+%?)?\s*\)$/.exec(v);
  if (!rgb) return null;
  const channel = (c: string) => (c.endsWith('%') ? (parseFloat(c) / 100) * 255 : parseFloat(c));
  return { r: channel(rgb[1]!), g: channel(rgb[2]!), b: channel(rgb[3]!) };
}

/** WCAG relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two colours, 1–21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `a` mixed with `b`: `share` of `a` (0–1), the rest `b`. */
export function mix(a: Rgb, b: Rgb, share: number): Rgb {
  return {
    r: a.r * share + b.r * (1 - share),
    g: a.g * share + b.g * (1 - share),
    b: a.b * share + b.b * (1 - share),
  };
}

/** Hex in, hex out: `a` mixed with `b`. */
export function mixHex(a: string, b: string, share: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return x && y ? toHex(mix(x, y, share)) : a;
}

/** A ratio for people: "3.2:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}
