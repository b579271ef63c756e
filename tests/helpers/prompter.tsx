/** The teleprompter of one slide as static HTML, at a reading progress (0 = first sentence, 1 = past the budget). */
import { renderToStaticMarkup } from 'react-dom/server';
import type { Slide } from '../../src/core/deck';
import { Teleprompter } from '../../src/renderer/src/presenter/Teleprompter';

export const prompterHtml = (slide: Slide, progress = 0): string =>
  renderToStaticMarkup(
    <Teleprompter
      notes={slide.notes}
      progress={progress}
      fontPx={20}
      mirrored={false}
      autoscroll={false}
      slide={slide}
    />,
  );
