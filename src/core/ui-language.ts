/**
 * The languages Lectern's own words come in, and how one is chosen from a list of preferences
 * (a browser's languages, the OS's, the speaker's choice). Pure: the renderer's catalogues
 * (renderer/src/i18n), the desktop app's menu and the web host's `--ui-lang` all use this list.
 */

/** The interface languages, by BCP 47 tag; each has a catalogue in renderer/src/i18n/locales. */
export const UI_LANGUAGES = ['en', 'zh', 'ru', 'es', 'fr', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language by its own name, for language menus. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  zh: '中文（简体）',
  ru: 'Русский',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية',
};

/** The interface language for a tag ("zh-CN" → "zh"), or null when Lectern has none for it. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.find((l) => l === primary) ?? null;
}

/** The first preferred language Lectern speaks (most preferred first), else English. */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lang = uiLanguageOf(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Right to left for the interface languages written so. */
export function uiDirection(lang: UiLanguage): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
