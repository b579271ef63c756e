/**
 * The delegate viewer as a standalone file (`lectern export --delegate out.html`): the host renders
 * this component to HTML (host/delegate-html.tsx) and the file's one script, built from
 * delegate-file.tsx, hydrates the same component in place. Both sides agree on the tree because
 * they render this and nothing else, from the same data.
 *
 * The file carries:
 * - `#DELEGATE_ROOT_ID`: the pre-rendered viewer (readable, searchable with the browser's own find,
 *   even before the script has run);
 * - `#DELEGATE_DATA_ID`: a `<script type="application/json">` holding DelegateFileData (data, never run);
 * - the images, once, as data: URLs in the pre-rendered `<img>` elements, each named by its
 *   `data-media` (the speech-relative path): the script rebuilds the resolver from them rather
 *   than carrying every image a second time in the data.
 */
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Deck } from '../../../core/deck';
import type { UiLanguage } from '../i18n';
import { createBundledI18n } from '../i18n/catalogues';
import { embeddedMedia, SlideMedia } from '../slide/media';
import { DelegateView } from './DelegateView';

export const DELEGATE_ROOT_ID = 'lectern-delegate';
export const DELEGATE_DATA_ID = 'lectern-delegate-data';

export interface DelegateFileData {
  /** The deck as the viewer needs it (no build warnings, no file name). */
  deck: Deck;
  /**
   * The language of the viewer's own words (search, buttons): fixed when the file is made, so the
   * pre-rendered markup and the hydrated one agree whoever opens the file.
   */
  uiLang: UiLanguage;
}

export interface DelegateFileProps extends DelegateFileData {
  /** Speech-relative image path → the URL it shows from (data: URLs in the file). */
  media: Readonly<Record<string, string>>;
}

export function DelegateFile({ deck, uiLang, media }: DelegateFileProps): ReactNode {
  const [i18n] = useState(() => createBundledI18n(uiLang));
  return (
    <I18nextProvider i18n={i18n}>
      <SlideMedia value={embeddedMedia(media)}>
        <DelegateView deck={deck} />
      </SlideMedia>
    </I18nextProvider>
  );
}
