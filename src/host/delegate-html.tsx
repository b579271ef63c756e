/**
 * The delegate viewer as one standalone, offline HTML file: the app's own DelegateView (every slide
 * beside what was said with it, search, text size, light or dark) rendered here to HTML and
 * hydrated in the file by its one script, built from the renderer's sources (delegate-viewer.ts).
 *
 * The speech is only ever text in this file: React renders it as text nodes, and the deck is data
 * in a JSON block that no browser runs. The only script that can run is ours, allowed by its hash
 * in the CSP; images are embedded, so the policy allows nothing from outside the file.
 */
import { renderToString } from 'react-dom/server';
import type { Deck } from '../core/deck';
import {
  DELEGATE_DATA_ID,
  DELEGATE_ROOT_ID,
  DelegateFile,
  type DelegateFileData,
} from '../renderer/src/delegate/DelegateFile';
import { catalogueFor, uiDirection, type UiLanguage } from '../renderer/src/i18n';
import type { DelegateViewerBundle } from './delegate-viewer';
import { exportStyleCss } from './export-style';
import { NO_MEDIA, type EmbeddedMedia } from './embed-media';
import { NO_FONTS, type EmbeddedFonts } from './export-fonts';
import { exportCsp, inlineJson, inlineScript, standaloneDocument } from './standalone';

export interface DelegateHtmlOptions {
  /** The built viewer: readDelegateViewer() in the app, delegateViewer() from the sources. */
  viewer: DelegateViewerBundle;
  /** The deck's images, read by embedMedia(); default none (every image shows its alt text). */
  media?: EmbeddedMedia;
  /** The app's fonts cut to the deck's characters, by exportFonts(); default none (the reader's fonts). */
  fonts?: EmbeddedFonts;
  /**
   * The language of the viewer's own words; default the speech's when Lectern speaks it (a
   * Chinese talk's delegates most likely read Chinese), else English.
   */
  uiLang?: UiLanguage;
}

/** The delegate viewer of a deck as one self-contained HTML document. */
export function delegateHtml(deck: Deck, options: DelegateHtmlOptions): string {
  const uiLang = options.uiLang ?? catalogueFor(deck.meta.lang) ?? 'en';
  const data: DelegateFileData = { deck: { ...deck, warnings: [], fileName: '' }, uiLang };
  const media = (options.media ?? NO_MEDIA).urls;
  const script = inlineScript(options.viewer.script);
  const viewer = renderToString(<DelegateFile deck={data.deck} uiLang={uiLang} media={media} />);
  return standaloneDocument({
    // the viewer's own words are in uiLang; the speech's elements carry the speech's lang and dir
    lang: uiLang,
    dir: uiDirection(uiLang),
    title: deck.meta.title,
    csp: exportCsp([script]),
    css: [
      (options.fonts ?? NO_FONTS).css,
      options.viewer.css,
      exportStyleCss(deck, options.media ?? NO_MEDIA),
    ].join('\n'),
    htmlAttributes: 'data-view="delegate"',
    body: `<div id="${DELEGATE_ROOT_ID}">${viewer}</div>
<script type="application/json" id="${DELEGATE_DATA_ID}">${inlineJson(data)}</script>
<script>${script}</script>`,
  });
}
