/**
 * A print-ready handout of a deck, as one self-contained HTML document with no script at all:
 * one slide per page, rendered by the app's own SlideContent in its theme (slides.css), scaled from
 * its 1280×720 layout to the page width, the targets of its links listed under it, and — in the
 * `notes` variant — the spoken text of the slide. The first page carries the talk's title and
 * speaker. Images are embedded. `export-pdf.ts` and the desktop app print it to PDF.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TFunction } from 'i18next';
import { catalogueFor, type UiLanguage } from '../renderer/src/i18n';
import { createBundledI18n } from '../renderer/src/i18n/catalogues';
import type { Deck, Slide } from '../core/deck';
import { SlideContent } from '../renderer/src/slide/SlideContent';
import { SlideLinks } from '../renderer/src/slide/SlideLinks';
import { deckFooter } from '../core/footer';
import { speechAttributes } from '../renderer/src/slide/language';
import { embeddedMedia, SlideMedia } from '../renderer/src/slide/media';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../renderer/src/slide/size';
import { NO_MEDIA, type EmbeddedMedia } from './embed-media';
import { NO_FONTS, type EmbeddedFonts } from './export-fonts';
import { exportCsp, lecternThemeCss, standaloneDocument } from './standalone';
import { exportStyleCss } from './export-style';

export type HandoutVariant = 'notes' | 'slides';
export type Paper = 'a4' | 'letter';

export interface HandoutOptions {
  /** `notes`: slide and spoken text, portrait. `slides`: the slide alone, landscape. */
  variant: HandoutVariant;
  paper: Paper;
  /** The deck's images, read by embedMedia(); default none (every image shows its alt text). */
  media?: EmbeddedMedia;
  /**
   * The slide theme's CSS. Default: read from the sources (src/renderer/src/styles/slides.css),
   * as the CLI does; the desktop app passes the copy bundled into its main process.
   */
  themeCss?: string;
  /** The app's fonts cut to the deck's characters, by exportFonts(); default none (the reader's fonts). */
  fonts?: EmbeddedFonts;
  /**
   * The language of the handout's own words (captions, "Speaker notes"); default the speech's
   * when Lectern speaks it, else English. The speech itself is never translated.
   */
  uiLang?: UiLanguage;
}

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'Letter' },
};

const MARGIN_MM = 14;
/** Room kept on the first page for the title and speaker. */
const HEADER_MM = 28;
const PX_PER_MM = 96 / 25.4;

/** The page's orientation for a variant: slides alone fill a landscape page best. */
export function isLandscape(variant: HandoutVariant): boolean {
  return variant === 'slides';
}

/** Size (mm) of the printed slide on the page, and the CSS scale from its 1280×720 layout. */
export function slideFrame(options: Pick<HandoutOptions, 'variant' | 'paper'>): {
  widthMm: number;
  heightMm: number;
  scale: number;
  centreMm: number;
} {
  const paper = PAPER_MM[options.paper];
  const landscape = isLandscape(options.variant);
  const pageW = landscape ? paper.height : paper.width;
  const pageH = landscape ? paper.width : paper.height;
  const contentW = pageW - 2 * MARGIN_MM;
  const contentH = pageH - 2 * MARGIN_MM;
  // the slide must fit the first page under the header, whatever the page's shape
  const fitH = ((contentH - HEADER_MM - 8) * SLIDE_WIDTH) / SLIDE_HEIGHT;
  const widthMm = Math.floor(Math.min(contentW, fitH) * 10) / 10;
  const heightMm = (widthMm * SLIDE_HEIGHT) / SLIDE_WIDTH;
  // pages after the first centre the slide in the room the header leaves on page one
  const centreMm = Math.max(0, (contentH - heightMm - 6) / 2);
  return { widthMm, heightMm, scale: (widthMm * PX_PER_MM) / SLIDE_WIDTH, centreMm };
}

function formatTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function Notes({ notes, t }: { notes: string; t: TFunction }): ReactNode {
  const paragraphs = notes
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return <p className="no-notes">{t('handout.nothingSpoken')}</p>;
  // long passages get a smaller type so that most slides still take one page
  return (
    <div className={notes.length > 2600 ? 'notes small' : 'notes'}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

function Header({ deck }: { deck: Deck }): ReactNode {
  const m = deck.meta;
  const who = [m.speaker, m.role, m.organisation].filter(Boolean).join(', ');
  const where = [m.event, m.date].filter(Boolean).join(' · ');
  return (
    <header className="handout-head">
      <h1>{m.title}</h1>
      {m.subtitle ? <p className="subtitle">{m.subtitle}</p> : null}
      {who ? <p className="who">{who}</p> : null}
      {where ? <p className="where">{where}</p> : null}
    </header>
  );
}

interface PageProps {
  deck: Deck;
  slide: Slide;
  index: number;
  variant: HandoutVariant;
  t: TFunction;
}

function Page({ deck, slide, index, variant, t }: PageProps): ReactNode {
  return (
    <section className="page" data-slide-id={slide.id}>
      {index === 0 ? <Header deck={deck} /> : null}
      <div className="frame">
        <SlideContent slide={slide} footer={deckFooter(deck)} language={speechAttributes(deck.meta)} />
      </div>
      <p className="caption">
        <span>
          {index + 1} / {deck.slides.length}
        </span>
        {variant === 'notes' ? (
          <span>
            {t('handout.slideWords', { count: slide.words, time: formatTime(slide.plannedSeconds) })}
          </span>
        ) : null}
      </p>
      <SlideLinks blocks={slide.blocks} />
      {variant === 'notes' ? <Notes notes={slide.notes} t={t} /> : null}
    </section>
  );
}

function handoutCss(options: HandoutOptions): string {
  const paper = PAPER_MM[options.paper];
  const frame = slideFrame(options);
  const landscape = isLandscape(options.variant);
  const orientation = landscape ? ' landscape' : '';
  const pageW = landscape ? paper.height : paper.width;
  const pageH = landscape ? paper.width : paper.height;
  return `@page{size:${paper.css}${orientation};margin:${MARGIN_MM}mm}
html,body{margin:0;padding:0;background:#fff;color:#1b2333}
body{font-family:var(--lectern-fonts);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.page{break-after:page;page-break-after:always}
.page:last-child{break-after:auto;page-break-after:auto}
.handout-head{height:${HEADER_MM - 4}mm;margin:0 0 4mm;overflow:hidden;border-bottom:0.4mm solid #f2b632;box-sizing:border-box}
.handout-head h1{margin:0 0 1.5mm;font-size:15pt;line-height:1.2;font-weight:700;color:#0e2240}
.handout-head p{margin:0;font-size:9.5pt;line-height:1.35;color:#4a5670}
.handout-head .subtitle{font-size:11pt;color:#1b2333}
.frame{position:relative;width:${frame.widthMm}mm;height:${frame.heightMm.toFixed(2)}mm;margin:0 auto;overflow:hidden;break-inside:avoid;border-radius:1.5mm}
.variant-slides .page+.page .frame{margin-top:${frame.centreMm.toFixed(1)}mm}
.frame>.lectern-slide{position:absolute;left:0;top:0;zoom:${frame.scale.toFixed(5)}}
.caption{display:flex;justify-content:space-between;width:${frame.widthMm}mm;margin:1.5mm auto 0;font-size:8.5pt;color:#6b7890}
.notes{margin:5mm 0 0;font-size:11pt;line-height:1.5}
.notes.small{font-size:9.5pt;line-height:1.4}
.notes p{margin:0 0 2.5mm;orphans:3;widows:3}
.no-notes{margin:5mm 0 0;font-size:10pt;color:#6b7890;font-style:italic}
.slide-links{width:${frame.widthMm}mm;margin:1.5mm auto 0;padding:0;list-style:none;font-size:8.5pt;line-height:1.4;color:#4a5670;overflow-wrap:anywhere}
.slide-link-url{color:#0e2240;font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:8pt}
@media screen{html,body{background:#dfe3ea}.page{box-sizing:border-box;width:${pageW}mm;min-height:${pageH}mm;margin:8mm auto;padding:${MARGIN_MM}mm;background:#fff;box-shadow:0 1mm 4mm rgba(0,0,0,.18)}}`;
}

/** The handout as one self-contained, script-free HTML document. */
export function handoutHtml(deck: Deck, options: HandoutOptions): string {
  const { t } = createBundledI18n(options.uiLang ?? catalogueFor(deck.meta.lang) ?? 'en');
  const kind = t(options.variant === 'notes' ? 'handout.speakerNotes' : 'handout.slides');
  const pages = renderToStaticMarkup(
    <SlideMedia value={embeddedMedia((options.media ?? NO_MEDIA).urls)}>
      {deck.slides.map((slide, index) => (
        <Page key={slide.id} deck={deck} slide={slide} index={index} variant={options.variant} t={t} />
      ))}
    </SlideMedia>,
  );
  return standaloneDocument({
    lang: deck.meta.lang ?? 'und',
    dir: deck.meta.dir,
    title: `${deck.meta.title} — ${kind}`,
    csp: exportCsp([]),
    css: [
      (options.fonts ?? NO_FONTS).css,
      options.themeCss ?? lecternThemeCss(),
      exportStyleCss(deck, options.media ?? NO_MEDIA),
      handoutCss(options),
    ].join('\n'),
    bodyAttributes: `class="handout variant-${options.variant}"`,
    body: pages,
  });
}
