/**
 * Every catalogue, bundled: for the host (handouts, export fonts), the offline delegate file and
 * tests, which may need any language at once. Pages load only their own (index.ts, loadCatalogue).
 */
import type { i18n } from 'i18next';
import { createI18n, type Catalogue, type UiLanguage } from './index';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import zh from './locales/zh.json' with { type: 'json' };

/** The catalogues this build carries, by BCP 47 language tag (core/ui-language.ts lists them). */
export const CATALOGUES = { en, zh, ru, es, fr, ar } as const satisfies Record<UiLanguage, Catalogue>;

/** A ready instance for one language from the bundled catalogues (synchronous). */
export function createBundledI18n(lng: UiLanguage): i18n {
  return createI18n(lng, CATALOGUES[lng]);
}
