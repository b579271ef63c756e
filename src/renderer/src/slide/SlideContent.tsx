/**
 * Renders a slide from the deck model: the one slide renderer. The audience deck and the previews
 * render it live; every export (HTML deck, handout, PDF, delegate viewer) renders it to static
 * markup on the host, so a slide is the same markup everywhere. Speech content becomes React
 * elements only (text nodes and a fixed set of tags), never HTML, so nothing in a speech can run
 * as code. It reads nothing from window or document, so the host can render it too.
 *
 * Deliberate choices, the same in every view:
 * - links are shown (underlined, the target in a tooltip) but never followed: a click on stage must
 *   never leave the deck, and an exported file never navigates either (the reading files list the
 *   targets as text beside the slide, see SlideLinks);
 * - a table keeps each column's alignment from the Markdown;
 * - heading levels are clamped to 1–6 (their class, `subheading level-N`, styles them);
 * - an image shows from wherever the view's SlideMedia resolver says (the host's /media/ live, a
 *   data: URL in a file); one that cannot be shown (refused, missing, too large) is a dashed box
 *   with its alt text, live and in every export alike.
 */
import { useContext, useState, type CSSProperties, type ReactNode } from 'react';
import { cjkPeriods } from '../../../core/cjk-wrap';
import type { Block, Inline, Slide } from '../../../core/deck';
import { figureStep, setLength, wordFit } from '../../../core/figure-grid';
import { unbrokenNumbers } from '../../../core/number-wrap';
import { firstSteps } from '../../../core/steps';
import type { SpeechAttributes } from './language';
import { SlideMedia, type MediaResolver } from './media';
import { CodeBlock } from './CodeBlock';
import { SlideClip } from './SlideClip';

/**
 * Step reveals (core/steps.ts): each item of a stepped block is a reveal.js fragment numbered by
 * its step, so the audience's reveal.js and an exported deck reveal it one per Next, and a page
 * without reveal.js (handout, delegate viewer) shows the slide complete. A preview that is told
 * how many steps are out marks the others as still to come.
 */
interface StepMarks {
  /** Step number of the block's first item (1-based), or 0 when the block does not step. */
  first: number;
  /** Steps out so far, for a preview; undefined where reveal.js (or nothing) decides. */
  revealed: number | undefined;
  /** The slide the block is on (a clip plays while its slide is up). */
  slideId?: string;
}

function stepProps(marks: StepMarks, item: number) {
  if (marks.first === 0) return {};
  const step = marks.first + item;
  const pending = marks.revealed !== undefined && step > marks.revealed;
  return {
    className: pending ? 'fragment step-pending' : 'fragment',
    'data-fragment-index': step - 1,
    'data-step': step,
  };
}

const NO_STEPS: StepMarks = { first: 0, revealed: undefined };

/**
 * Text as set on a slide. Chinese and Japanese are set a period (up to "；", "。") and a clause (up
 * to "，") to a unit that wraps whole where it fits, with breaks only between words inside it
 * (core/cjk-wrap.ts): "入法科者，非爲做官；/ 入商科者，非爲致富。", never "娛 / 樂". The markup adds no
 * character, so copying the text gives the speech's words.
 */
function renderText(said: string, key?: number): ReactNode {
  const value = unbrokenNumbers(said);
  const periods = cjkPeriods(value);
  if (!periods) return value;
  return (
    <span key={key} className="cjk-text">
      {periods.map((clauses, p) => (
        <span key={p} className="cjk-unit">
          {clauses.map((words, c) => (
            <span key={c} className="cjk-unit">
              {words.map((word, w) => (w === 0 ? word : [<wbr key={w} />, word]))}
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        // no line break inside a number ("6 1/2 percent"): core/number-wrap.ts
        return renderText(node.value, i);
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'emphasis':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={i}>{node.value}</code>;
      case 'break':
        return <br key={i} />;
      case 'link':
        // Shown, not followed: a click on stage must never leave the deck.
        return (
          <span key={i} className="link" title={node.href}>
            {renderInline(node.children)}
          </span>
        );
    }
  });
}

/**
 * A title's class: a closing slide's title is set smaller as it grows, so that the speech's own
 * closing words ("Toivon teille tarmoa ja mitä parasta menestystä työssänne Suomen puolesta.") fit
 * the slide with their line under them.
 */
function titleClass(slide: SlideFace): string {
  if (slide.layout !== 'closing') return 'slide-title';
  const length = setLength(slide.title);
  return length <= 30 ? 'slide-title' : length <= 60 ? 'slide-title title-medium' : 'slide-title title-long';
}

/** A quote's size class by its length: short lines are set largest. */
function quoteSize(block: Extract<Block, { type: 'quote' }>): string {
  const length = setLength(
    JSON.stringify(block.children).replace(/"(?:type|children|value)":|[{}[\]",]/gu, ''),
  );
  return length <= 70 ? 'quote-short' : length <= 130 ? 'quote-medium' : 'quote-long';
}

function renderBlock(block: Block, key: number, media: MediaResolver, marks = NO_STEPS): ReactNode {
  switch (block.type) {
    case 'heading':
      return (
        <p key={key} className={`subheading level-${Math.min(6, Math.max(1, block.level))}`}>
          {renderInline(block.children)}
        </p>
      );
    case 'paragraph':
      return <p key={key}>{renderInline(block.children)}</p>;
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i} {...stepProps(marks, i)}>
          {item.map((b, j) => renderBlock(b, j, media))}
        </li>
      ));
      // The list layout draws its own numbers (a CSS counter): it starts where the speech's list does.
      const counter = block.start !== undefined ? { counterReset: `item ${block.start - 1}` } : undefined;
      return block.ordered ? (
        <ol key={key} start={block.start} style={counter}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'figures':
      // the grid follows the count, the value size the longest value (core/figure-grid.ts)
      return (
        <div
          key={key}
          className={`figures count-${block.items.length} value-${figureStep(block.items.map((f) => f.value))}`}
          style={
            {
              '--word-fit': `${(wordFit(block.items.map((f) => f.value)) * 100).toFixed(1)}cqi`,
            } as CSSProperties
          }
        >
          {block.items.map((figure, i) => {
            const step = stepProps(marks, i);
            return (
              <div key={i} {...step} className={['figure', step.className].filter(Boolean).join(' ')}>
                <div className={/\p{Nd}/u.test(figure.value) ? 'figure-value' : 'figure-value in-words'}>
                  {unbrokenNumbers(figure.value)}
                </div>
                <div className="figure-label">{figure.label}</div>
              </div>
            );
          })}
        </div>
      );
    case 'quote':
      // the quote layout sets a line large: its size follows its length (quoteSize)
      return (
        <blockquote key={key} className={quoteSize(block)}>
          {block.children.map((b, j) => renderBlock(b, j, media))}
          {block.cite && <footer className="quote-cite">— {block.cite}</footer>}
        </blockquote>
      );
    case 'code':
      return <CodeBlock key={key} block={block} />;
    case 'table':
      return (
        <table key={key}>
          <thead>
            <tr>
              {block.head.map((cell, i) => (
                <th key={i} style={{ textAlign: block.align[i] ?? undefined }}>
                  {renderInline(cell)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} style={{ textAlign: block.align[i] ?? undefined }}>
                    {renderInline(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image':
      // keyed by its file too: another image in its place is tried afresh
      return <SlideImage key={`${key}:${block.src}`} src={block.src} alt={block.alt} media={media} />;
    case 'media': {
      const clip = <SlideClip block={block} slideId={marks.slideId ?? ''} media={media} />;
      const step = stepProps(marks, 0);
      return step.className ? (
        <div key={`${key}:${block.src}`} {...step}>
          {clip}
        </div>
      ) : (
        <div key={`${key}:${block.src}`} className="clip-frame">
          {clip}
        </div>
      );
    }
  }
}

/**
 * An image, or the dashed box with its alt text when it cannot be shown: the export knows before
 * rendering (the resolver has no URL for it), a live page when the host answers "not found".
 */
function SlideImage({ src, alt, media }: { src: string; alt: string; media: MediaResolver }): ReactNode {
  const [failed, setFailed] = useState(false);
  const url = src ? media(src) : null;
  if (!url || failed) return <div className="image-missing">{alt || 'image not shown'}</div>;
  // data-media names the speech's file: the delegate file rebuilds its resolver from it
  return <img src={url} alt={alt} data-media={src} onError={() => setFailed(true)} />;
}

/** What drawing a slide needs (the follow page is sent no more than this of each slide). */
export type SlideFace = Pick<Slide, 'id' | 'layout' | 'title' | 'blocks'>;

export interface SlideContentProps {
  slide: SlideFace;
  /** Short line shown in the corner of content slides (speaker, event). */
  footer?: string;
  /** The speech's language and direction (speechAttributes(deck.meta)): the slide is laid out in it. */
  language?: SpeechAttributes;
  /** For a preview: how many steps are out (the rest are marked as to come). Default: not shown. */
  revealed?: number;
}

/** One slide at its design size (1280×720); the audience deck and the previews both use it. */
export function SlideContent({ slide, footer, language, revealed }: SlideContentProps): ReactNode {
  const media = useContext(SlideMedia);
  const first = firstSteps(slide.blocks);
  return (
    <div className={`lectern-slide layout-${slide.layout}`} data-slide-id={slide.id} {...language}>
      {slide.title ? <h1 className={titleClass(slide)}>{renderText(slide.title)}</h1> : null}
      <div className="slide-body">
        {slide.blocks.map((b, i) =>
          renderBlock(b, i, media, { first: first[i] ?? 0, revealed, slideId: slide.id }),
        )}
      </div>
      {footer && slide.layout !== 'title' && slide.layout !== 'closing' ? (
        <div className="slide-footer">{footer}</div>
      ) : null}
    </div>
  );
}
