/**
 * The desktop app's interface language: the OS's preferred languages
 * (app.getPreferredSystemLanguages), unless the speaker chose one in View › Language, which is
 * remembered in `ui-language.json` in the data folder (written atomically). Main passes it to
 * every window as `?lang=` (app-url.ts) and speaks it in its own menu and dialogs, from the same
 * catalogues as the pages. No Electron import: unit-tested (ui-language.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { pickUiLanguage, uiLanguageOf, type UiLanguage } from '../core/ui-language';
import ar from '../renderer/src/i18n/locales/ar.json' with { type: 'json' };
import en from '../renderer/src/i18n/locales/en.json' with { type: 'json' };
import es from '../renderer/src/i18n/locales/es.json' with { type: 'json' };
import fr from '../renderer/src/i18n/locales/fr.json' with { type: 'json' };
import ru from '../renderer/src/i18n/locales/ru.json' with { type: 'json' };
import zh from '../renderer/src/i18n/locales/zh.json' with { type: 'json' };

const FILE = 'ui-language.json';

/** The words main itself says (menu, dialogs), in each language; catalogues.test.ts keeps them complete. */
const TEXT = { en, zh, ru, es, fr, ar } satisfies Record<UiLanguage, unknown>;
export type MainText = Pick<typeof en, 'menu'> & { presenter: Pick<(typeof en)['presenter'], 'confirm'> };

export function mainText(lang: UiLanguage): MainText {
  return TEXT[lang] as MainText;
}

/** The speaker's choice saved in `dataDir`, or null (follow the system; also when unreadable). */
export function loadUiLanguageChoice(dataDir: string): UiLanguage | null {
  try {
    const json: unknown = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
    return uiLanguageOf((json as { lang?: unknown } | null)?.lang as string | undefined);
  } catch {
    return null;
  }
}

/** Saves the choice (null: follow the system again). */
export async function saveUiLanguageChoice(dataDir: string, choice: UiLanguage | null): Promise<void> {
  await writeFileAtomic(join(dataDir, FILE), `${JSON.stringify({ lang: choice })}\n`);
}

/** The language the interface speaks: the speaker's choice, else the first system language Lectern has. */
export function effectiveUiLanguage(choice: UiLanguage | null, system: readonly string[]): UiLanguage {
  return choice ?? pickUiLanguage(system);
}
