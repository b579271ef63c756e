import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlideContent, type SlideFace } from './SlideContent';

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
