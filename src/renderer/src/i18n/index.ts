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
 * A page loads only its interface language's catalogue (each is its own chunk: a page that kept
 * all six would hold them all in its heap); the host and the offline delegate file, which may
 * need any of them, import them all from ./catalogues.ts.
 */
/// <reference types="vite/client" />
import i18next, { type i18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import {
  pickUiLanguage,
  uiDirection,
  uiLanguageOf,
  UI_LANGUAGES,
  type UiLanguage,
} from '../../../core/ui-language';

export {
  pickUiLanguage,
  uiDirection,
  UI_LANGUAGES,
  UI_LANGUAGE_NAMES,
  type UiLanguage,
} from '../../../core/ui-language';

/** A catalogue: the interface's messages in one language, grouped by view. */
export type Catalogue = Readonly<Record<string, unknown>>;

/**
 * The catalogue of one language, loaded on its own (the page's other five are never fetched).
 * The glob is expanded by the bundler (one chunk per language); it sits inside the function
 * because the host's Node scripts import this module too and never load a catalogue this way.
 */
export function loadCatalogue(lng: UiLanguage): Promise<Catalogue> {
  const lazy = import.meta.glob<Catalogue>('./locales/*.json', { import: 'default' });
  const load = lazy[`./locales/${lng}.json`];
  if (!load) return Promise.reject(new Error(`no catalogue for ${lng}`));
  return load();
}

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
 * A ready instance for one language and its catalogue (synchronous). Every catalogue has every
 * English key (catalogues.test.ts), so one language needs no fallback catalogue loaded beside it.
 */
export function createI18n(lng: UiLanguage, catalogue: Catalogue): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: UI_LANGUAGES,
    resources: { [lng]: { translation: catalogue } },
    // React escapes what it renders; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/**
 * Starts the interface in the language asked for (see the file comment), once its catalogue is
 * in. Call once, before rendering. A catalogue that cannot be fetched leaves the page in English.
 */
export async function startI18n(preferred: readonly string[] = requested()): Promise<i18n> {
  const wanted = pickUiLanguage(preferred);
  const [lng, catalogue] = await loadCatalogue(wanted).then(
    (c): [UiLanguage, Catalogue] => [wanted, c],
    async (error: unknown): Promise<[UiLanguage, Catalogue]> => {
      console.warn(`[lectern] the ${wanted} interface could not be loaded; English instead:`, error);
      return ['en', await loadCatalogue('en')];
    },
  );
  const instance = createI18n(lng, catalogue);
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
