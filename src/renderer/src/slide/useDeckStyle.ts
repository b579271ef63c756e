/**
 * Draws a live page's slides in the deck's theme and the speech's own CSS: the theme's variables
 * (core/themes.ts) on the page's root, which slides.css reads, and the CSS the host made safe
 * (host/speech-style.ts) as a constructed style sheet — no `<style>` from speech text, and a
 * constructed sheet never follows an `@import`. Its `/media/…` URLs are the host's files beside
 * the speech; the page's policy refuses anything else. Both follow the deck as it is reloaded.
 */
import { useEffect } from 'react';
import type { Deck } from '../../../core/deck';
import { applySpeechCss, applyTheme } from './deck-style';

export function useDeckStyle(deck: Deck | undefined): void {
  const theme = deck?.meta.theme;
  const lang = deck?.meta.lang;
  useEffect(() => applyTheme(theme, lang), [theme, lang]);
  const css = deck?.style?.css;
  useEffect(() => applySpeechCss(css), [css]);
}
