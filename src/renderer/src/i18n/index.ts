/**
 * The interface's languages: one i18next instance, one catalogue per language in ./locales (en is
 * the reference: every other catalogue must have exactly its keys, see catalogues.test.ts).
 *
 * Which language: `?lang=` (remembered), else the one the speaker chose before, else the
 * browser's (the desktop app's windows get the OS language, or the speaker's View › Language
 * choice, as `?lang=` from main), else English. Speech content is never translated: only what
 * Lectern itself says. Arabic mirrors the whole interface (`dir="rtl"` on <html>); the speech's
 * own elements carry the speech's direction (slide/language.ts), so a slide is never mirrored
 * because the interface is.
 *
 * Components call `useT()` (react-i18next's useTranslation) and write `t('presenter.timer.start')`.
 * Keys are grouped by the view that shows them, so work on different views does not collide.
 * The host renders the delegate viewer and handouts with an instance of its own (createI18n).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import {
  pickUiLanguage,
  uiDirection,
  uiLanguageOf,
  UI_LANGUAGES,
  type UiLanguage,
} from '../../../core/ui-language';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import zh from './locales/zh.json' with { type: 'json' };

export {
  pickUiLanguage,
  uiDirection,
  UI_LANGUAGES,
  UI_LANGUAGE_NAMES,
  type UiLanguage,
} from '../../../core/ui-language';

/** The catalogues this build carries, by BCP 47 language tag (core/ui-language.ts lists them). */
export const CATALOGUES = { en, zh, ru, es, fr, ar } as const satisfies Record<UiLanguage, object>;

const STORAGE_KEY = 'lectern.uiLang';

/** The catalogue for a language if there is one (exact or primary), else undefined. */
export function catalogueFor(tag: string | undefined): UiLanguage | undefined {
  return uiLanguageOf(tag) ?? undefined;
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
  // the web host's `--ui-lang`, as a default for pages nobody chose a language for
  const hosted = document.querySelector<HTMLMetaElement>('meta[name="lectern-ui-lang"]')?.content;
  return [...(stored ? [stored] : []), ...(hosted ? [hosted] : []), ...navigator.languages];
}

/**
 * A ready instance for one language (synchronous: every catalogue is bundled). The page uses the
 * one startI18n makes; the host passes its own to an I18nextProvider when it renders a view.
 */
export function createI18n(lng: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES,
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([tag, catalogue]) => [tag, { translation: catalogue }]),
    ),
    // React escapes what it renders; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Starts the interface in the language asked for (see the file comment). Call once, before rendering. */
export function startI18n(preferred: readonly string[] = requested()): i18n {
  const lng = pickUiLanguage(preferred);
  const instance = createI18n(lng);
  document.documentElement.lang = lng;
  document.documentElement.dir = uiDirection(lng);
  return instance;
}

/** The translate function for a component. */
export function useT(): ReturnType<typeof useTranslation>['t'] {
  return useTranslation().t;
}

/** The interface language now (for Intl formats), from the component's i18next instance. */
export function useUiLanguage(): UiLanguage {
  return pickUiLanguage([useTranslation().i18n.language ?? 'en']);
}
