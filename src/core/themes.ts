/**
 * Slide themes: the colours and fonts a deck is drawn with, the same in the live show, the
 * presenter's previews, every export and the PowerPoint file. Lectern's own themes, plus the
 * reveal.js themes that ship with reveal.js, read from their CSS variables (`--r-background-color`,
 * `--r-main-color`, `--r-heading-color`, `--r-link-color`, fonts; themes.test.ts checks the table
 * against node_modules/reveal.js). Themes of other tools an imported deck names (Marp's `gaia`,
 * Slidev's `seriph`) are drawn with the nearest one, and said so.
 */
import { contrastRatio, formatRatio, MIN_CONTRAST, mixHex, parseHex } from './contrast';
import { primaryLang } from './speech/lang';

export interface ThemeColors {
  /** Slide background, and the far end of its gradient. */
  bg: string;
  bg2: string;
  /** Body text. */
  ink: string;
  /** Titles. */
  heading: string;
  /** Quiet text: the title slide's details, figure labels, quotes, the footer. */
  muted: string;
  /** Strong text, figure values, list numbers, the rule above titles. */
  accent: string;
  /** Emphasis, sub-headings, links. */
  accent2: string;
  /** Behind code blocks. */
  codeBg: string;
}

export interface SlideTheme {
  /** As the front matter names it (`theme: black`). */
  name: string;
  origin: 'lectern' | 'reveal.js';
  colors: ThemeColors;
  /** CSS font stacks; the PowerPoint file takes the first family of each. */
  fonts: { body: string; heading: string; code: string };
  /** Titles set in capitals (most reveal.js themes). */
  uppercaseTitles: boolean;
}

/** Lectern's own faces (slides.css: the fonts it carries, then the machine's). */
const SANS = 'var(--lectern-fonts)';
const MONO = "'JetBrains Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace";

function lectern(name: string, colors: ThemeColors): SlideTheme {
  return {
    name,
    origin: 'lectern',
    colors,
    fonts: { body: SANS, heading: SANS, code: MONO },
    uppercaseTitles: false,
  };
}

/** A reveal.js theme from its variables; the shades it has no variable for are mixed from them. */
function reveal(
  name: string,
  v: { bg: string; ink: string; heading: string; link: string; linkDark: string; linkHover: string },
  fonts: { body: string; heading: string; code?: string },
  uppercaseTitles: boolean,
): SlideTheme {
  // a dark background: further from white than from black
  const bg = parseHex(v.bg)!;
  const dark = contrastRatio(bg, { r: 255, g: 255, b: 255 }) > contrastRatio(bg, { r: 0, g: 0, b: 0 });
  return {
    name,
    origin: 'reveal.js',
    colors: {
      bg: v.bg,
      bg2: v.bg,
      ink: v.ink,
      heading: v.heading,
      muted: mixHex(v.ink, v.bg, 0.78),
      accent: v.link,
      accent2: dark ? v.linkHover : v.linkDark,
      codeBg: mixHex(v.bg, '#000000', dark ? 0.6 : 0.96),
    },
    fonts: { body: `${fonts.body}, ${SANS}`, heading: `${fonts.heading}, ${SANS}`, code: fonts.code ?? MONO },
    uppercaseTitles,
  };
}

const SOURCE_SANS = '"Source Sans Pro", Helvetica';
const LATO = 'Lato';
const LEAGUE = '"League Gothic", Impact';

/** Every theme by name. */
export const THEMES: Readonly<Record<string, SlideTheme>> = Object.fromEntries(
  [
    lectern('lectern', {
      bg: '#0e2240',
      bg2: '#13305a',
      ink: '#f5f7fb',
      heading: '#f5f7fb',
      muted: '#b9c6dc',
      accent: '#f2b632',
      accent2: '#4fc3c8',
      codeBg: '#08152a',
    }),
    lectern('lectern-light', {
      bg: '#ffffff',
      bg2: '#eef2f8',
      ink: '#14213d',
      heading: '#0e2240',
      muted: '#4a5874',
      accent: '#a3361b',
      accent2: '#0b5cad',
      codeBg: '#eef1f6',
    }),
    lectern('lectern-contrast', {
      bg: '#000000',
      bg2: '#000000',
      ink: '#ffffff',
      heading: '#ffffff',
      muted: '#e6e6e6',
      accent: '#ffd400',
      accent2: '#7fdbff',
      codeBg: '#1a1a1a',
    }),
    reveal(
      'black',
      {
        bg: '#191919',
        ink: '#fff',
        heading: '#fff',
        link: '#42affa',
        linkDark: '#149bf9',
        linkHover: '#5ebbfb',
      },
      { body: SOURCE_SANS, heading: SOURCE_SANS },
      true,
    ),
    reveal(
      'white',
      {
        bg: '#fff',
        ink: '#222',
        heading: '#222',
        link: '#2a76dd',
        linkDark: '#1f64c1',
        linkHover: '#4a8be2',
      },
      { body: SOURCE_SANS, heading: SOURCE_SANS },
      true,
    ),
    reveal(
      'black-contrast',
      {
        bg: '#000',
        ink: '#fff',
        heading: '#fff',
        link: '#42affa',
        linkDark: '#149bf9',
        linkHover: '#5ebbfb',
      },
      { body: SOURCE_SANS, heading: SOURCE_SANS },
      true,
    ),
    reveal(
      'white-contrast',
      {
        bg: '#fff',
        ink: '#000',
        heading: '#000',
        link: '#2a76dd',
        linkDark: '#1f64c1',
        linkHover: '#4a8be2',
      },
      { body: SOURCE_SANS, heading: SOURCE_SANS },
      true,
    ),
    reveal(
      'league',
      {
        bg: '#1c1e20',
        ink: '#eee',
        heading: '#eee',
        link: '#13daec',
        linkDark: '#10b9c9',
        linkHover: '#42e1f0',
      },
      { body: LATO, heading: LEAGUE },
      true,
    ),
    reveal(
      'beige',
      {
        bg: '#f7f3de',
        ink: '#333',
        heading: '#333',
        link: '#8b743d',
        linkDark: '#766334',
        linkHover: '#b39753',
      },
      { body: '"Source Sans Pro", Helvetica', heading: '"Source Sans Pro", Helvetica' },
      true,
    ),
    reveal(
      'sky',
      {
        bg: '#f7fbfc',
        ink: '#333',
        heading: '#333',
        link: '#2a76dd',
        linkDark: '#1f64c1',
        linkHover: '#4a8be2',
      },
      { body: '"Open Sans"', heading: '"Quicksand"' },
      true,
    ),
    reveal(
      'night',
      {
        bg: '#111',
        ink: '#fff',
        heading: '#fff',
        link: '#e7ad52',
        linkDark: '#e19929',
        linkHover: '#ecbd75',
      },
      { body: '"Open Sans"', heading: '"Montserrat", Impact' },
      false,
    ),
    reveal(
      'serif',
      {
        bg: '#f0f1eb',
        ink: '#000',
        heading: '#383d3d',
        link: '#51483d',
        linkDark: '#453d34',
        linkHover: '#857765',
      },
      {
        body: '"Palatino Linotype", "Book Antiqua", Palatino, FreeSerif, serif',
        heading: '"Palatino Linotype", "Book Antiqua", Palatino, FreeSerif, serif',
      },
      false,
    ),
    reveal(
      'simple',
      {
        bg: '#fff',
        ink: '#000',
        heading: '#000',
        link: '#00008b',
        linkDark: '#000076',
        linkHover: '#0000d5',
      },
      { body: '"Lato"', heading: '"News Cycle", Impact' },
      true,
    ),
    reveal(
      'solarized',
      {
        bg: '#fdf6e3',
        ink: '#657b83',
        heading: '#586e75',
        link: '#268bd2',
        linkDark: '#2076b3',
        linkHover: '#4ea3df',
      },
      { body: LATO, heading: LEAGUE },
      true,
    ),
    reveal(
      'moon',
      {
        bg: '#002b36',
        ink: '#93a1a1',
        heading: '#eee8d5',
        link: '#268bd2',
        linkDark: '#2076b3',
        linkHover: '#4ea3df',
      },
      { body: LATO, heading: LEAGUE },
      true,
    ),
    reveal(
      'dracula',
      {
        bg: '#191919',
        ink: '#f8f8f2',
        heading: '#bd93f9',
        link: '#ff79c6',
        linkDark: '#ff41ae',
        linkHover: '#8be9fd',
      },
      {
        body: '-apple-system, BlinkMacSystemFont, "Avenir Next", Avenir, "Segoe UI", "Helvetica Neue", Helvetica, Cantarell, Ubuntu, Roboto, Noto, Arial',
        heading:
          '-apple-system, BlinkMacSystemFont, "Avenir Next", Avenir, "Segoe UI", "Helvetica Neue", Helvetica, Cantarell, Ubuntu, Roboto, Noto, Arial',
        code: '"Fira Code", Menlo, Consolas, Monaco, "Liberation Mono", "Lucida Console", monospace',
      },
      false,
    ),
    reveal(
      'blood',
      { bg: '#222', ink: '#eee', heading: '#eee', link: '#a23', linkDark: '#911d2b', linkHover: '#d63347' },
      { body: 'Ubuntu', heading: 'Ubuntu' },
      true,
    ),
  ].map((t) => [t.name, t]),
);

export const DEFAULT_THEME = 'lectern';

/** Themes of other tools, drawn with the nearest theme here. */
const NEAREST: Readonly<Record<string, string>> = {
  default: 'lectern-light', // Marp's and Slidev's default: dark text on white
  gaia: 'lectern-light',
  uncover: 'simple',
  seriph: 'serif',
  'apple-basic': 'white',
  bricks: 'lectern-light',
  shibainu: 'lectern-light',
};

export interface ResolvedTheme {
  theme: SlideTheme;
  /** Why the theme drawn is not the one named, for a warning; absent when it is. */
  note?: string;
}

/** The theme a deck names (`theme: black`), the nearest for another tool's, else the default. */
export function resolveTheme(name: string | undefined): ResolvedTheme {
  const key = (name ?? '').trim().toLowerCase();
  if (!key) return { theme: THEMES[DEFAULT_THEME]! };
  const theme = THEMES[key];
  if (theme) return { theme };
  const near = NEAREST[key];
  if (near)
    return { theme: THEMES[near]!, note: `theme "${name}" is drawn with Lectern's nearest, "${near}"` };
  return {
    theme: THEMES[DEFAULT_THEME]!,
    note: `theme "${name}" is not one Lectern has; the slides use "${DEFAULT_THEME}" (themes: ${Object.keys(THEMES).join(', ')})`,
  };
}

/** What each colour of a theme is used for, for a contrast warning that says what is hard to read. */
const TEXT_ON_BG: ReadonlyArray<[keyof ThemeColors, string]> = [
  ['ink', 'text'],
  ['heading', 'titles'],
  ['muted', 'quiet text (details, labels, quotes)'],
  ['accent', 'bold text and figures'],
  ['accent2', 'emphasis and sub-headings'],
];

/**
 * Contrast problems of a theme's colours: each kind of text below 4.5:1 on the background it is
 * drawn on, as "bold text and figures 4.0:1 (#8b743d on #f7f3de)".
 */
export function themeContrastProblems(theme: SlideTheme): string[] {
  const c = theme.colors;
  const problems: string[] = [];
  const check = (fg: string, bg: string, what: string) => {
    const a = parseHex(fg);
    const b = parseHex(bg);
    if (!a || !b) return;
    const ratio = contrastRatio(a, b);
    if (ratio < MIN_CONTRAST) problems.push(`${what} ${formatRatio(ratio)} (${fg} on ${bg})`);
  };
  for (const [key, what] of TEXT_ON_BG) {
    // the gradient's worse end decides
    const worst = [c.bg, c.bg2].sort(
      (x, y) =>
        contrastRatio(parseHex(c[key])!, parseHex(x)!) - contrastRatio(parseHex(c[key])!, parseHex(y)!),
    )[0]!;
    check(c[key], worst, what);
  }
  for (const [key, what] of [
    ['ink', 'code'],
    ['accent', 'strings in code'],
    ['accent2', 'keywords in code'],
    ['muted', 'comments in code'],
  ] as const)
    check(c[key], c.codeBg, what);
  return problems;
}

/**
 * The carried fonts for a speech in `lang`: a Japanese speech takes Han from Noto Sans JP before
 * SC (Japanese forms), a Korean one Hangul from KR (slides.css defines each stack). The theme's
 * variables sit on the page's root, where `var()` is resolved, so the language's stack is chosen
 * here rather than by a `[lang]` rule on the slide.
 */
function carriedFonts(stack: string, lang: string | undefined): string {
  const first = cjkFirst(lang);
  return first ? stack.replaceAll(SANS, `var(--lectern-fonts-${first})`) : stack;
}

/**
 * The language whose own CJK family a speech in `lang` takes before SC: Japanese (JP's forms of
 * Han) or Korean (KR's Hangul); null for every other language. The app's stacks (slides.css) and
 * the exports' subsets (host/export-fonts.ts) both follow it.
 */
export function cjkFirst(lang: string | undefined): 'ja' | 'ko' | null {
  const primary = primaryLang(lang);
  return primary === 'ja' || primary === 'ko' ? primary : null;
}

/** The CSS custom properties that draw slides in a theme, for a speech in `lang` (slides.css reads them). */
export function themeVariables(theme: SlideTheme, lang?: string): Record<string, string> {
  const c = theme.colors;
  return {
    '--lt-bg': c.bg,
    '--lt-bg-2': c.bg2,
    '--lt-ink': c.ink,
    '--lt-heading': c.heading,
    '--lt-muted': c.muted,
    '--lt-accent': c.accent,
    '--lt-accent-2': c.accent2,
    '--lt-code-bg': c.codeBg,
    '--lt-font': carriedFonts(theme.fonts.body, lang),
    '--lt-font-heading': carriedFonts(theme.fonts.heading, lang),
    '--lt-font-code': theme.fonts.code,
    '--lt-title-case': theme.uppercaseTitles ? 'uppercase' : 'none',
  };
}

/** The same as a CSS declaration block, for an exported file's `<style>`. */
export function themeCssText(theme: SlideTheme, lang?: string): string {
  return Object.entries(themeVariables(theme, lang))
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}
