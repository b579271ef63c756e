import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from './contrast';
import { resolveTheme, THEMES, themeContrastProblems, themeVariables } from './themes';

const revealThemes = join(dirname(createRequire(import.meta.url).resolve('reveal.js')), 'theme');

/** A reveal.js theme's `:root` variables, as its CSS file declares them. */
function revealVariables(name: string): Record<string, string> {
  const css = readFileSync(join(revealThemes, `${name}.css`), 'utf8').replace(/url\(data:[^)]*\)/g, '');
  const vars: Record<string, string> = {};
  for (const root of css.matchAll(/:root\{([^}]*)\}/g))
    for (const decl of root[1]!.split(';')) {
      const [k, ...v] = decl.split(':');
      if (k?.startsWith('--')) vars[k.trim()] = v.join(':').trim();
    }
  return vars;
}
const hex = (c: string) => parseHex(c) && JSON.stringify(parseHex(c));
const firstFamily = (stack: string) =>
  stack
    .split(',')[0]!
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();

describe('themes', () => {
  const reveal = Object.values(THEMES).filter((t) => t.origin === 'reveal.js');
  it('has every theme reveal.js ships, by its file name', () => {
    const shipped = readdirSync(revealThemes)
      .filter((f) => f.endsWith('.css'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(reveal.map((t) => t.name).sort()).toEqual(shipped);
    expect(shipped).toEqual([
      'beige',
      'black',
      'black-contrast',
      'blood',
      'dracula',
      'league',
      'moon',
      'night',
      'serif',
      'simple',
      'sky',
      'solarized',
      'white',
      'white-contrast',
    ]);
  });
  it.each(reveal.map((t) => [t.name, t] as const))(
    '%s matches the colours and fonts of its reveal.js CSS',
    (name, theme) => {
      const v = revealVariables(name);
      expect(hex(theme.colors.bg)).toBe(hex(v['--r-background-color']!));
      expect(hex(theme.colors.ink)).toBe(hex(v['--r-main-color']!));
      expect(hex(theme.colors.heading)).toBe(hex(v['--r-heading-color']!));
      expect(hex(theme.colors.accent)).toBe(hex(v['--r-link-color']!));
      expect(firstFamily(theme.fonts.body)).toBe(firstFamily(v['--r-main-font']!));
      expect(firstFamily(theme.fonts.heading)).toBe(firstFamily(v['--r-heading-font']!));
      expect(theme.uppercaseTitles).toBe(v['--r-heading-text-transform'] === 'uppercase');
    },
  );
  it('Lectern’s own themes read at 4.5:1 or better everywhere', () => {
    for (const name of ['lectern', 'lectern-light', 'lectern-contrast'])
      expect(themeContrastProblems(THEMES[name]!)).toEqual([]);
  });
  it('says which text of a theme falls below 4.5:1, with both colours', () => {
    const problems = themeContrastProblems(THEMES.blood!);
    expect(problems).toContainEqual('bold text and figures 2.2:1 (#a23 on #222)');
    expect(problems.every((p) => !p.startsWith('text '))).toBe(true);
  });
  it('resolves names, the nearest for other tools’ themes, and says when it is not the one named', () => {
    expect(resolveTheme(undefined)).toEqual({ theme: THEMES.lectern });
    expect(resolveTheme('Black').theme.name).toBe('black');
    expect(resolveTheme('gaia')).toMatchObject({
      theme: { name: 'lectern-light' },
      note: expect.stringContaining('nearest'),
    });
    expect(resolveTheme('nope')).toMatchObject({
      theme: { name: 'lectern' },
      note: expect.stringContaining('not one Lectern has'),
    });
  });
  it('gives slides.css every variable it reads', () => {
    const css = readFileSync(join(import.meta.dirname, '../renderer/src/styles/slides.css'), 'utf8');
    const read = new Set([...css.matchAll(/var\(\s*(--lt-[\w-]+)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(themeVariables(THEMES.lectern!)).sort());
  });
  it('sets a Japanese or Korean speech in its own carried stack, keeping a theme’s own font first', () => {
    const css = readFileSync(join(import.meta.dirname, '../renderer/src/styles/slides.css'), 'utf8');
    for (const lang of ['ja', 'ko-KR']) {
      const stack = `--lectern-fonts-${lang.slice(0, 2)}`;
      expect(css).toContain(`${stack}:`);
      expect(themeVariables(THEMES.lectern!, lang)['--lt-font']).toBe(`var(${stack})`);
      expect(themeVariables(THEMES.black!, lang)['--lt-font-heading']).toMatch(
        new RegExp(`^"Source Sans Pro".*var\\(${stack}\\)$`),
      );
    }
    // Chinese and every other language: the default stack (SC's Han)
    expect(themeVariables(THEMES.lectern!, 'zh')['--lt-font']).toBe('var(--lectern-fonts)');
    expect(themeVariables(THEMES.lectern!)['--lt-font']).toBe('var(--lectern-fonts)');
  });
  it('contrast: black on white is 21:1, equal colours 1:1', () => {
    expect(contrastRatio(parseHex('#000')!, parseHex('#fff')!)).toBeCloseTo(21);
    expect(contrastRatio(parseHex('#777')!, parseHex('#777')!)).toBe(1);
  });
});
