/**
 * The one script of the standalone delegate viewer file: hydrates the viewer the host pre-rendered
 * (see delegate/DelegateFile.tsx). Built on its own into out/delegate-viewer/ by
 * vite.delegate.config.ts, type-checked and linted with the rest of the renderer; the host inlines
 * it and allows it in the file's CSP by its hash.
 */
import { hydrateRoot } from 'react-dom/client';
import {
  DELEGATE_DATA_ID,
  DELEGATE_ROOT_ID,
  DelegateFile,
  type DelegateFileData,
} from './delegate/DelegateFile';
import './styles/slides.css';
import './styles/preview.css';
import './styles/delegate.css';

const root = document.getElementById(DELEGATE_ROOT_ID);
const data = document.getElementById(DELEGATE_DATA_ID)?.textContent;
if (root && data) {
  // Written by our own export next to this script (host/delegate-html.tsx), not typed in by anyone.
  const { deck, uiLang } = JSON.parse(data) as DelegateFileData;
  const media: Record<string, string> = {};
  for (const el of root.querySelectorAll<HTMLElement>(
    'img[data-media], video[data-media], audio[data-media]',
  ))
    media[el.dataset.media!] = el.getAttribute('src') ?? '';
  hydrateRoot(root, <DelegateFile deck={deck} uiLang={uiLang} media={media} />);
}
