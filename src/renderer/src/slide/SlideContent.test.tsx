import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlideContent, type SlideFace } from './SlideContent';
import { deckFooter } from '../../../core/footer';

const slide = (cite?: string): SlideFace => ({
  id: 's1',
  layout: 'quote',
  title: 'Male colleague',
  blocks: [
    {
      type: 'quote',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A woman was denied care.' }] }],
      ...(cite !== undefined ? { cite } : {}),
    },
  ],
});

describe('SlideContent: a quote by another speaker', () => {
  it('shows who said it under the line, as escaped text', () => {
    const html = renderToStaticMarkup(<SlideContent slide={slide('The Second <b>Gentleman</b>')} />);
    expect(html).toMatch(
      /<blockquote[^>]*>.*A woman was denied care\..*<footer class="quote-cite">— The Second &lt;b&gt;Gentleman&lt;\/b&gt;<\/footer><\/blockquote>/su,
    );
  });
  it('shows no attribution for the deck speaker’s own line', () => {
    expect(renderToStaticMarkup(<SlideContent slide={slide()} />)).not.toContain('quote-cite');
  });
});

describe('SlideContent: the footer', () => {
  const content: SlideFace = {
    id: 'c',
    layout: 'content',
    title: 'Seventy years',
    blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Side by side.' }] }],
  };
  const title: SlideFace = {
    id: 't',
    layout: 'title',
    title: 'Biden State Dinner Toast',
    blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'East Room' }] }],
  };
  const footerHtml = (slide: SlideFace, footer: string) =>
    renderToStaticMarkup(<SlideContent slide={slide} footer={footer} />).match(
      /<div class="slide-footer">[^<]*<\/div>/,
    )?.[0];

  it('shows the line the speaker asked for on content slides, never on the title slide', () => {
    const footer = deckFooter({ meta: { title: 'T', speaker: 'Ann', event: 'Urban Futures Forum' } });
    expect(footerHtml(content, footer)).toBe('<div class="slide-footer">Ann · Urban Futures Forum</div>');
    expect(footerHtml(title, footer)).toBeUndefined();
  });
  it('shows no inferred venue on content slides; the title slide carries it', () => {
    const footer = deckFooter({ meta: { title: 'T', event: 'East Room', inferred: ['title', 'event'] } });
    expect(footerHtml(content, footer)).toBeUndefined();
    expect(renderToStaticMarkup(<SlideContent slide={content} footer={footer} />)).not.toContain('East Room');
    expect(renderToStaticMarkup(<SlideContent slide={title} footer={footer} />)).toContain('East Room');
  });
});

describe('SlideContent: Chinese and Japanese lines', () => {
  const zh: SlideFace = {
    id: 'z',
    layout: 'quote',
    title: '問心無愧',
    blocks: [
      {
        type: 'quote',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: '入法科者，非爲做官；入商科者，非爲致富。' }],
          },
        ],
      },
    ],
  };
  it('sets a period and its clauses as units, breaks only between words, and adds no character', () => {
    const html = renderToStaticMarkup(<SlideContent slide={zh} />);
    // the couplet: two periods, each of two clauses
    const body = html.slice(html.indexOf('<blockquote'));
    expect(body.match(/<span class="cjk-unit">/gu)).toHaveLength(6);
    const clauses = [...body.matchAll(/<span class="cjk-unit">((?:(?!<span|<\/span>).)+)<\/span>/gsu)].map(
      (m) => m[1]!.replace(/<wbr\/>/gu, ''),
    );
    expect(clauses).toEqual(['入法科者，', '非爲做官；', '入商科者，', '非爲致富。']);
    // the text without the markup is the speech's, character for character
    expect(body.replace(/<[^>]+>/gu, '')).toBe('入法科者，非爲做官；入商科者，非爲致富。');
    expect(html).toContain('<h1 class="slide-title"><span class="cjk-text">');
  });
  it('leaves other scripts as plain text', () => {
    const html = renderToStaticMarkup(<SlideContent slide={{ ...zh, title: 'Seventy years', blocks: [] }} />);
    expect(html).toContain('<h1 class="slide-title">Seventy years</h1>');
  });
});
