/**
 * The delegate viewer as one standalone, offline HTML file: every slide (the app's markup and
 * theme) beside what was said with it, and a search box across slides and transcript.
 *
 * The speech is only ever text in this file: every piece of it is HTML-escaped, and the one
 * script (ours, allowed by its hash in the CSP, nothing else may run) marks matches by splitting
 * text nodes, never by writing HTML.
 */
import type { Deck } from '../core/deck';
import {
  cspHash,
  deckFooter,
  escapeHtml,
  lecternThemeCss,
  slideMarkup,
  standaloneDocument,
} from './deck-html';

/** Search: marks matches in `.d-row` text, counts them, Enter/Shift+Enter walks through them. */
const SEARCH_SCRIPT = `(() => {
  const input = document.getElementById('d-search');
  const status = document.getElementById('d-hits');
  const rows = Array.from(document.querySelectorAll('.d-row'));
  let marks = [];
  let at = -1;
  const clear = () => {
    for (const mark of document.querySelectorAll('mark.d-mark')) mark.replaceWith(document.createTextNode(mark.textContent));
    for (const row of rows) { row.classList.remove('d-matched'); row.normalize(); }
    marks = [];
    at = -1;
  };
  const find = (query) => {
    clear();
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) { status.textContent = ''; return; }
    for (const row of rows) {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      const nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      for (let node of nodes) {
        let index = node.data.toLocaleLowerCase().indexOf(needle);
        while (index !== -1) {
          const match = node.splitText(index);
          node = match.splitText(needle.length);
          const mark = document.createElement('mark');
          mark.className = 'd-mark';
          match.replaceWith(mark);
          mark.appendChild(match);
          marks.push(mark);
          row.classList.add('d-matched');
          index = node.data.toLocaleLowerCase().indexOf(needle);
        }
      }
    }
    const slides = rows.filter((row) => row.classList.contains('d-matched')).length;
    status.textContent = marks.length + (marks.length === 1 ? ' match' : ' matches') + ' on ' + slides + (slides === 1 ? ' slide' : ' slides');
  };
  const go = (step) => {
    if (marks.length === 0) return;
    at = (at + step + marks.length) % marks.length;
    marks[at].scrollIntoView({ block: 'center' });
  };
  input.addEventListener('input', () => find(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') go(event.shiftKey ? -1 : 1);
    if (event.key === 'Escape') { input.value = ''; find(''); }
  });
})();`;

const CSS = `
html,body{margin:0;background:#11151c;color:#eef1f6;font-family:'Inter','Segoe UI','Helvetica Neue',Arial,'Noto Sans','Noto Sans CJK SC',sans-serif}
.d-bar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:10px 24px;align-items:center;justify-content:space-between;padding:12px 24px;background:#171c25;border-bottom:1px solid #2a3342}
.d-bar h1{margin:0;font-size:20px}.d-bar p{margin:2px 0 0;color:#93a0b4;font-size:14px}
.d-bar input{width:280px;padding:7px 10px;border-radius:6px;border:1px solid #2a3342;background:#11151c;color:inherit;font:inherit}
#d-hits{margin-left:10px;color:#93a0b4;font-size:14px}
main{max-width:1400px;margin:0 auto;padding:8px 24px 64px}
.d-row{display:grid;grid-template-columns:592px 1fr;gap:28px;padding:24px 0;border-bottom:1px solid #2a3342}
.d-slide .lectern-slide{zoom:.4625;border-radius:12px}
.d-row.d-matched .d-slide .lectern-slide{outline:6px solid #f2b632}
.d-number{margin-top:6px;color:#93a0b4;font-size:13px}
.d-text{font-size:18px;line-height:1.6}.d-text h2{margin:0 0 .5em;font-size:21px}.d-text p{margin:0 0 .8em}
mark.d-mark{background:#f2b632;color:#111;border-radius:2px}
@media (max-width:1000px){.d-row{grid-template-columns:1fr}.d-slide .lectern-slide{zoom:.35}}
`;

/** The delegate viewer of a deck as one self-contained HTML document. */
export function delegateHtml(deck: Deck, imageSrc: (src: string) => string = (src) => src): string {
  const footer = deckFooter(deck);
  const { speaker, role, organisation, event } = deck.meta;
  const byline = [speaker, role, organisation, event].filter(Boolean).join(' · ');
  const rows = deck.slides
    .map((slide, i) => {
      const paragraphs = slide.notes
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('');
      return `<article class="d-row" id="slide-${i + 1}"><div class="d-slide">${slideMarkup(slide, footer, imageSrc)}<div class="d-number">${i + 1} / ${deck.slides.length}</div></div><div class="d-text">${slide.title ? `<h2>${escapeHtml(slide.title)}</h2>` : ''}${paragraphs}</div></article>`;
    })
    .join('\n');
  return standaloneDocument({
    lang: deck.meta.lang ?? 'en',
    title: deck.meta.title,
    csp: `default-src 'none'; script-src ${cspHash(SEARCH_SCRIPT)}; style-src 'unsafe-inline'; img-src 'self' file: data:; base-uri 'none'; form-action 'none'`,
    css: `${lecternThemeCss()}\n${CSS}`,
    body: `<header class="d-bar"><div><h1>${escapeHtml(deck.meta.title)}</h1>${byline ? `<p>${escapeHtml(byline)}</p>` : ''}</div>
<div><input id="d-search" type="search" placeholder="Search slides and transcript" aria-label="Search slides and transcript"><span id="d-hits" aria-live="polite"></span></div></header>
<main>
${rows}
</main>
<script>${SEARCH_SCRIPT}</script>`,
  });
}
