/**
 * The interface's languages: one i18next instance, one catalogue per language in ./locales (en is
 * the reference: every other catalogue must have exactly its keys, see catalogues.test.ts).
 *
 * Which language: `?lang=` (remembered), else the one the speaker chose before, else the
 * browser's (the desktop app's windows report the OS language there), else English. Speech content
 * is never translated: only what Lectern itself says.
 *
 * Components call `useT()` (react-i18next's useTranslation) and write `t('presenter.timer.start')`.
 * Keys are grouped by the view that shows them, so work on different views does not collide.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';

/** The catalogues this build carries, by BCP 47 language tag. */
export const CATALOGUES = { en } as const;
export type UiLanguage = keyof typeof CATALOGUES;
export const UI_LANGUAGES = Object.keys(CATALOGUES) as UiLanguage[];

const STORAGE_KEY = 'lectern.uiLang';

/**
 * The best catalogue for a list of preferred languages (most preferred first): an exact tag, then
 * its primary language ("zh-CN" → "zh"), else English.
 */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = UI_LANGUAGES.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const primary = UI_LANGUAGES.find((l) => l.split('-')[0] === lower.split('-')[0]);
    if (primary) return primary;
  }
  return 'en';
}

function requested(): string[] {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (fromQuery) {
    try {
      localStorage.setItem(STORAGE_KEY, fromQuery);
    } catch {
      // storage refused (private window): the choice lasts this page only
    }
    return [fromQuery];
  }
  const stored = (() => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  })();
  return [...(stored ? [stored] : []), ...navigator.languages];
}

/** Starts the interface in the language asked for (see the file comment). Call once, before rendering. */
export function startI18n(preferred: readonly string[] = requested()): i18n {
  const lng = pickUiLanguage(preferred);
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([tag, catalogue]) => [tag, { translation: catalogue }]),
    ),
    // React escapes what it renders; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
  return i18next;
}

/** The translate function for a component. */
export function useT(): ReturnType<typeof useTranslation>['t'] {
  return useTranslation().t;
}
