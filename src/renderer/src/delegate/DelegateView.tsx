import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Deck } from '../../../core/deck';
import { SlideLinks } from '../slide/SlideLinks';
import { SlidePreview } from '../slide/SlidePreview';
import { deckFooter } from '../../../core/footer';
import { speechAttributes } from '../slide/language';
import { useT } from '../i18n';
import { countMatches, highlight } from './highlight';
import { useStoredPreference } from './stored-preference';

const FONT = { min: 14, max: 32, step: 2, initial: 19 } as const;

const fontFrom = (stored: string | null): number => {
  const value = Number(stored);
  return value >= FONT.min && value <= FONT.max ? value : FONT.initial;
};
const themeFrom = (stored: string | null): 'light' | 'dark' => (stored === 'light' ? 'light' : 'dark');

/**
 * The delegate viewer: the talk for people who were not in the room. Each slide beside what was
 * said with it, scrolled together; search across slides and transcript; text size; light or
 * dark. No show controls and no timer: reading it never moves anybody's presentation.
 *
 * One component for every delegate viewer: the live page (DelegatePage) and the standalone file,
 * which the host pre-renders to HTML and this same component hydrates (delegate-file.tsx). So it
 * reads no window, document or storage while rendering; effects and handlers may.
 */
export function DelegateView({ deck }: { deck: Deck }): ReactNode {
  const t = useT();
  const language = speechAttributes(deck.meta);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [fontPx, setFontPx] = useStoredPreference('lectern.delegate.fontPx', fontFrom);
  const [theme, setTheme] = useStoredPreference('lectern.delegate.theme', themeFrom);
  const search = useRef<HTMLInputElement>(null);
  const footer = deckFooter(deck);

  const hits = useMemo(
    () =>
      deck.slides
        .map((slide, index) => ({ index, count: countMatches(`${slide.screenText}\n${slide.notes}`, query) }))
        .filter((hit) => hit.count > 0),
    [deck, query],
  );
  const total = hits.reduce((sum, hit) => sum + hit.count, 0);

  const show = (index: number): void => {
    setCurrent(index);
    document.getElementById(`delegate-${index}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  const nextHit = (backwards: boolean): void => {
    if (hits.length === 0) return;
    const after = backwards
      ? [...hits].reverse().find((h) => h.index < current)
      : hits.find((h) => h.index > current);
    show((after ?? (backwards ? hits.at(-1)! : hits[0]!)).index);
  };

  useEffect(() => {
    document.title = `${deck.meta.title} — Lectern`;
  }, [deck]);
  useEffect(() => {
    // "/" or Ctrl/Cmd+F finds, as readers expect; everything else scrolls natively.
    const onKey = (event: KeyboardEvent): void => {
      const find = event.key === '/' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f');
      if (find && document.activeElement !== search.current) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { speaker, role, organisation, event } = deck.meta;
  return (
    <div className={`delegate theme-${theme}`} data-testid="delegate" style={{ fontSize: fontPx }}>
      <header className="delegate-bar">
        <div className="delegate-title" {...language}>
          <h1>{deck.meta.title}</h1>
          <p>{[speaker, role, organisation, event].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="delegate-tools">
          <input
            ref={search}
            type="search"
            placeholder={t('delegate.search')}
            aria-label={t('delegate.search')}
            data-testid="delegate-search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') nextHit(e.shiftKey);
              if (e.key === 'Escape') setQuery('');
            }}
          />
          <span className="delegate-hits" data-testid="delegate-hits" aria-live="polite">
            {query.trim()
              ? t('delegate.hits', {
                  matches: t('delegate.matches', { count: total }),
                  slides: t('delegate.slides', { count: hits.length }),
                })
              : ''}
          </span>
          <button
            type="button"
            onClick={() => setFontPx(Math.max(FONT.min, fontPx - FONT.step))}
            aria-label={t('delegate.smaller')}
          >
            A−
          </button>
          <button
            type="button"
            onClick={() => setFontPx(Math.min(FONT.max, fontPx + FONT.step))}
            aria-label={t('delegate.larger')}
          >
            A+
          </button>
          <button
            type="button"
            data-testid="delegate-theme"
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {t(theme === 'dark' ? 'delegate.light' : 'delegate.dark')}
          </button>
        </div>
      </header>
      <main className="delegate-talk">
        {deck.slides.map((slide, index) => {
          const matched = query.trim() !== '' && hits.some((h) => h.index === index);
          return (
            <article
              key={slide.id}
              id={`delegate-${index}`}
              className={`delegate-row${matched ? ' matched' : ''}${index === current ? ' current' : ''}`}
              data-testid="delegate-row"
              onClick={() => setCurrent(index)}
            >
              <div className="delegate-slide">
                <SlidePreview slide={slide} footer={footer} language={language} />
                <div className="delegate-number">
                  {index + 1} / {deck.slides.length}
                </div>
                <SlideLinks blocks={slide.blocks} label={t('delegate.links')} />
              </div>
              <div className="delegate-text" {...language}>
                {slide.title ? <h2>{highlight(slide.title, query)}</h2> : null}
                {slide.notes.split(/\n{2,}/).map((paragraph, i) => (
                  <p key={i}>{highlight(paragraph, query)}</p>
                ))}
              </div>
            </article>
          );
        })}
      </main>
    </div>
  );
}
