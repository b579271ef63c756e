/**
 * The deck's look on a live page, without React: the theme's variables (core/themes.ts) on the
 * page's root, which slides.css reads, and the speech's own CSS. useDeckStyle follows the deck with
 * these; the audience's first slide (audience/first-slide.ts) applies them before React is loaded.
 */
import { resolveTheme, themeVariables } from '../../../core/themes';

/** Sets a theme's variables, for a speech in `lang`, on the page's root; returns what takes them off. */
export function applyTheme(theme: string | undefined, lang?: string): () => void {
  const root = document.documentElement;
  const resolved = resolveTheme(theme).theme;
  const variables = themeVariables(resolved, lang);
  for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
  root.dataset.theme = resolved.name;
  return () => {
    for (const name of Object.keys(variables)) root.style.removeProperty(name);
  };
}

/** Adopts the speech's own (host-sanitised) CSS as a constructed sheet; returns what drops it. */
export function applySpeechCss(css: string | undefined): () => void {
  if (!css) return () => undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
