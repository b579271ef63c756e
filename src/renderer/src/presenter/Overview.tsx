import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Deck, Slide } from '../../../core/deck';
import { useT } from '../i18n';
import { SlidePreview } from '../slide/SlidePreview';
import { deckFooter } from '../../../core/footer';
import { speechAttributes, type SpeechAttributes } from '../slide/language';
import { frameQueue } from './frame-queue';

/** Narrowest a thumbnail gets before the grid drops a column. */
const MIN_CELL_PX = 240;
const GAP_PX = 12;
const CAPTION_PX = 26;

export interface OverviewProps {
  deck: Deck;
  /** The slide the show is on (marked), and the one the arrows have highlighted. */
  current: number;
  highlighted: number;
  onHighlight: (index: number) => void;
  onGo: (index: number) => void;
  onClose: () => void;
  /** Told how many thumbnails a row holds, so ↑/↓ move by a row. */
  onColumns: (columns: number) => void;
}

/**
 * Every slide as a real thumbnail (the slide renderer, scaled), in the presenter only: the room
 * keeps the current slide. Rows are virtualised, so a 1,500-slide deck renders only the rows in
 * view and scrolls as smoothly as a short one.
 */
export function Overview(props: OverviewProps): ReactNode {
  const t = useT();
  const { deck, current, highlighted, onHighlight, onGo, onClose, onColumns } = props;
  // the slides and their titles in the speech's language and direction, whatever the interface's
  const language = useMemo(() => speechAttributes(deck.meta), [deck.meta]);
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1200);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth - 40);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const columns = Math.max(2, Math.floor((width + GAP_PX) / (MIN_CELL_PX + GAP_PX)));
  const cellWidth = (width - GAP_PX * (columns - 1)) / columns;
  const rowHeight = cellWidth * (9 / 16) + CAPTION_PX + GAP_PX + 8;
  const rows = Math.ceil(deck.slides.length / columns);
  useEffect(() => onColumns(columns), [columns, onColumns]);

  // TanStack Virtual hands back functions the React compiler cannot memoise safely: it leaves
  // this component uncompiled, which is what a virtual list needs (it re-renders on scroll).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 2,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  const highlightedRow = Math.floor(highlighted / columns);
  useEffect(() => {
    virtualizer.scrollToIndex(highlightedRow, { align: 'auto' });
  }, [highlightedRow, virtualizer]);

  const footer = useMemo(() => deckFooter(deck), [deck]);
  return (
    <div className="overlay overview" role="dialog" aria-label={t('overview.title')} data-testid="overview">
      <header className="overlay-head">
        <h2>{t('overview.title')}</h2>
        <span>{t('overview.hint', { count: deck.slides.length })}</span>
        <button type="button" onClick={onClose} data-testid="overview-close">
          {t('overview.close')}
        </button>
      </header>
      <div className="overview-grid" ref={scroller} data-testid="overview-grid">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div
              key={row.key}
              className="overview-row"
              style={{ top: row.start, gridTemplateColumns: `repeat(${columns}, 1fr)` }}
            >
              {deck.slides.slice(row.index * columns, row.index * columns + columns).map((slide, i) => {
                const index = row.index * columns + i;
                return (
                  <OverviewCell
                    key={slide.id}
                    slide={slide}
                    index={index}
                    footer={footer}
                    language={language}
                    highlighted={index === highlighted}
                    current={index === current}
                    onHighlight={onHighlight}
                    onGo={onGo}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

interface OverviewCellProps {
  slide: Slide;
  index: number;
  footer: string;
  /** The speech's language and direction, for the slide and its title (not the interface's). */
  language: SpeechAttributes;
  highlighted: boolean;
  current: boolean;
  onHighlight: (index: number) => void;
  onGo: (index: number) => void;
}

/** Thumbnails drawn a frame: one row of four. */
const thumbnails = frameQueue(4);

/**
 * One thumbnail. Memoised: the grid re-renders on every scroll frame, and a thumbnail is a whole
 * slide; only the rows that come into view are drawn, the others are left as they are. A cell
 * comes in as an empty box with its caption and draws its slide when the frame queue says (a row
 * a frame), so a fast flick through the deck never lays out dozens of slides in one task.
 */
const OverviewCell = memo(function OverviewCell({
  slide,
  index,
  footer,
  language,
  highlighted,
  current,
  onHighlight,
  onGo,
}: OverviewCellProps): ReactNode {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => thumbnails.add(() => setDrawn(true)), []);
  return (
    <button
      type="button"
      className={`overview-cell${highlighted ? ' highlighted' : ''}`}
      aria-current={current}
      data-testid="overview-cell"
      data-index={index}
      onMouseEnter={() => onHighlight(index)}
      onClick={() => onGo(index)}
    >
      {drawn ? (
        <SlidePreview slide={slide} footer={footer} language={language} />
      ) : (
        <div className="preview" data-slide-id={slide.id} />
      )}
      <span className="cell-caption">
        <span className="cell-number">{index + 1}</span>
        <span {...language}>{slide.title}</span>
      </span>
    </button>
  );
});
