import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FollowDeck } from '../../../core/follow';
import { useT, useUiLanguage } from '../i18n';
import { languageName } from './language-name';
import { NotConnected, Reconnecting } from '../lan/Connection';
import { speechAttributes } from '../slide/language';
import { SlidePreview } from '../slide/SlidePreview';
import type { ShowTransport } from '../transport/transport';
import { useFollow } from './useFollow';
import '../styles/lan.css';
import '../styles/follow.css';

const FONT = { min: 14, max: 34, step: 2, initial: 20 } as const;

interface Row {
  slide: number;
  paragraph: number;
  text: string;
  /** The translation beside it: shown with the first part of a speech paragraph, null after it. */
  translated: string | null;
  /** A part of a speech paragraph begun on the slide before. */
  continued: boolean;
}

/** The speech as rows, slide by slide, with the chosen translation beside each paragraph. Pure. */
export function speechRows(deck: FollowDeck, lang: string | null): Row[] {
  const translation = deck.translations.find((tr) => tr.lang === lang) ?? null;
  const rows: Row[] = [];
  let last = -1;
  deck.slides.forEach((slide, s) =>
    slide.paragraphs.forEach((text, p) => {
      const owner = slide.speechParagraphs[p] ?? -1;
      const continued = owner === last;
      last = owner;
      rows.push({
        slide: s,
        paragraph: p,
        text,
        translated: translation && !continued ? (translation.paragraphs[owner] ?? '') : null,
        continued,
      });
    }),
  );
  return rows;
}

/**
 * The live follow page (`/follow`) for interpreters in their booths and delegates on their own
 * screens: the slide the room sees, and the speech with the paragraph being spoken highlighted
 * and the ones to come below it, scrolled along with the speaker, with a translation beside it
 * when one was given (`talk.zh.md` next to `talk.md`). A reader can page back through the slides
 * already shown without affecting anyone: the page sends nothing, and the host would refuse it.
 */
export function FollowPage({ transport }: { transport: ShowTransport }): ReactNode {
  const t = useT();
  const ui = useUiLanguage();
  const { deck, at, status } = useFollow(transport);
  const [browsing, setBrowsing] = useState<number | null>(null);
  const [lang, setLang] = useState<string | null | undefined>(undefined);
  const [fontPx, setFontPx] = useState<number>(FONT.initial);
  const current = useRef<HTMLDivElement | null>(null);

  const chosen = lang === undefined ? (deck?.translations[0]?.lang ?? null) : lang;
  const rows = useMemo(() => (deck ? speechRows(deck, chosen) : []), [deck, chosen]);
  const live = at?.index ?? 0;
  const shown = browsing === null ? live : Math.min(browsing, live);

  useEffect(() => {
    if (deck) document.title = `${deck.title} — ${t('follow.title')}`;
  }, [deck, t]);
  // Scroll with the speaker while live; a reader who pages back stays where they are.
  useEffect(() => {
    if (browsing === null) current.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [at, browsing, chosen]);

  if (status === 'replaced' || !deck || !at) return <NotConnected status={status} />;

  const translation = deck.translations.find((tr) => tr.lang === chosen) ?? null;
  // the speech's words keep the speech's language and direction, whatever the interface's
  const speech = speechAttributes({ lang: deck.lang ?? undefined, dir: deck.dir ?? undefined });
  const go = (index: number): void => setBrowsing(index >= live ? null : Math.max(0, index));
  return (
    <div
      className="follow"
      data-testid="follow"
      data-index={at.index}
      data-paragraph={at.paragraph}
      style={{ fontSize: fontPx }}
    >
      <header className="follow-bar">
        <div className="follow-heading">
          <h1 {...speech}>{deck.title}</h1>
          {deck.byline ? <p {...speech}>{deck.byline}</p> : null}
        </div>
        <div className="follow-tools">
          {deck.translations.length > 0 ? (
            <label className="follow-lang">
              {t('follow.translation')}{' '}
              <select
                data-testid="follow-translation"
                value={chosen ?? ''}
                onChange={(e) => setLang(e.target.value === '' ? null : e.target.value)}
              >
                <option value="">{t('follow.none')}</option>
                {deck.translations.map((tr) => (
                  <option key={tr.lang} value={tr.lang}>
                    {languageName(tr.lang, ui)} ({tr.file})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button
            type="button"
            aria-label={t('follow.smaller')}
            dir="ltr"
            onClick={() => setFontPx((f) => Math.max(FONT.min, f - FONT.step))}
          >
            A−
          </button>
          <button
            type="button"
            aria-label={t('follow.larger')}
            dir="ltr"
            onClick={() => setFontPx((f) => Math.min(FONT.max, f + FONT.step))}
          >
            A+
          </button>
          <Reconnecting status={status} />
        </div>
      </header>
      {translation?.problem ? (
        <p className="follow-problem" role="note" data-testid="follow-problem">
          {translation.problem}
        </p>
      ) : null}
      <main className="follow-main">
        <section className="follow-slide" aria-label={t('follow.slide')}>
          <div className="follow-where" data-testid="follow-where">
            {browsing === null ? (
              <span className="follow-live">
                ● {t('follow.live', { slide: live + 1, count: deck.slides.length })}
              </span>
            ) : (
              <>
                <span>{t('follow.browsing', { slide: shown + 1, live: live + 1 })}</span>{' '}
                <button type="button" data-testid="follow-live" onClick={() => setBrowsing(null)}>
                  {t('follow.backToLive')}
                </button>
              </>
            )}
          </div>
          <SlidePreview slide={deck.slides[shown]} language={speech} testId="follow-preview" />
          <div className="follow-pager">
            <button
              type="button"
              data-testid="follow-prev"
              disabled={shown === 0}
              onClick={() => go(shown - 1)}
            >
              <span className="lan-arrow">◀</span> {t('follow.earlier')}
            </button>
            <button
              type="button"
              data-testid="follow-next"
              disabled={shown >= live}
              onClick={() => go(shown + 1)}
            >
              {t('follow.later')} <span className="lan-arrow">▶</span>
            </button>
          </div>
        </section>
        <section
          className={`follow-speech${translation ? ' with-translation' : ''}`}
          data-testid="follow-speech"
          aria-label={t('follow.speech')}
        >
          {rows.map((row) => {
            const isNow = row.slide === live && row.paragraph === at.paragraph;
            const past = row.slide < live || (row.slide === live && row.paragraph < at.paragraph);
            const first = row.paragraph === 0;
            return (
              <div key={`${row.slide}-${row.paragraph}`} className="follow-block">
                {first ? (
                  <h2
                    className={`follow-slide-head${row.slide === shown ? ' shown' : ''}`}
                    id={`follow-slide-${row.slide}`}
                  >
                    {t('follow.slideHead', { slide: row.slide + 1 })}{' '}
                    <span {...speech}>{deck.slides[row.slide]!.title}</span>
                  </h2>
                ) : null}
                <div
                  ref={isNow ? current : undefined}
                  className={`follow-row${isNow ? ' now' : past ? ' past' : ''}`}
                  data-testid={isNow ? 'follow-now' : undefined}
                >
                  <p {...speech}>{row.text}</p>
                  {translation ? (
                    <p
                      lang={translation.lang}
                      dir={translation.dir}
                      className="follow-translated"
                      data-testid={isNow ? 'follow-now-translated' : undefined}
                    >
                      {row.continued ? '…' : row.translated}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </section>
      </main>
    </div>
  );
}
