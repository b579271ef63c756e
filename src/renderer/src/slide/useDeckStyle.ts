/**
 * Draws a live page's slides in the deck's theme and the speech's own CSS: the theme's variables
 * (core/themes.ts) on the page's root, which slides.css reads, and the CSS the host made safe
 * (host/speech-style.ts) as a constructed style sheet — no `<style>` from speech text, and a
 * constructed sheet never follows an `@import`. Its `/media/…` URLs are the host's files beside
 * the speech; the page's policy refuses anything else. Both follow the deck as it is reloaded.
 */
import { useEffect } from 'react';
import type { Deck } from '../../../core/deck';
import { resolveTheme, themeVariables } from '../../../core/themes';

export function useDeckStyle(deck: Deck | undefined): void {
  const theme = deck?.meta.theme;
  useEffect(() => {
    const root = document.documentElement;
    const variables = themeVariables(resolveTheme(theme).theme);
    for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
    root.dataset.theme = resolveTheme(theme).theme.name;
    return () => {
      for (const name of Object.keys(variables)) root.style.removeProperty(name);
    };
  }, [theme]);

  const css = deck?.style?.css;
  useEffect(() => {
    if (!css) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
