/**
 * A speech's own CSS (front matter `css: talk.css`), made safe to put beside the slides — parsed
 * with css-tree, never matched as text:
 *
 * - it reaches nothing outside the speech's folder: `@import` is dropped; a `url()` stays only
 *   for a `data:` image or font, or a file beside the speech (rewritten to `/media/<path>`, which
 *   the live views ask their host for and the exports embed); `http:`, `file:`, `//host`, absolute
 *   paths and `..` are dropped with their declaration;
 * - it styles the slides only: every selector is scoped to the slide (SLIDE_SCOPE; the slide itself for
 *   `:root`, `html`, `body`, `section` — Marp's slide — and `.reveal …` — reveal.js's), so a
 *   speech cannot restyle or hide the presenter's controls; `h2`…`h6` mean the slide's sub-headings;
 * - no script: `expression()`, `behavior` and `-moz-binding` are dropped (no browser Lectern uses
 *   runs them; the policy forbids them besides).
 *
 * Each thing dropped is a warning located in the CSS file. The page's Content-Security-Policy is
 * the second wall: even a url() this missed could load nothing from outside.
 */
import * as csstree from 'css-tree/dist/csstree.esm';
import type { Diagnostic } from '../core/deck';
import { localPath, mediaUrl, SLIDE_SCOPE } from './css-path';

export { SLIDE_SCOPE } from './css-path';

const DATA_OK =
  /^data:(?:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)|font\/(?:woff2?|ttf|otf)|application\/font-woff2?)[;,]/i;
const SCRIPTY_PROPERTY = /^(?:behavior|-moz-binding|-ms-behavior)$/i;
const SLIDE_ROOT = /^(?::root|html|body|section|\.reveal(?:\s+\.slides)?(?:\s+section)?)(?=$|[\s.:#[>+~])/;

export interface SanitisedCss {
  /** The CSS, scoped to the slides, its url()s to `/media/…` or `data:`. */
  css: string;
  /** Speech-relative paths its url()s name, in order, each once. */
  media: string[];
  warnings: Diagnostic[];
  /** Each declaration kept, with its rule's selector, for the contrast check. */
  declarations: Array<{ selector: string; property: string; value: string; line: number; column: number }>;
}

/** A selector scoped to the slides. */
function scoped(selector: string): string {
  const own = selector.replace(/(^|[\s>+~(,])h([2-6])(?![\w-])/g, '$1.subheading.level-$2');
  if (SLIDE_ROOT.test(own)) return own.replace(SLIDE_ROOT, SLIDE_SCOPE);
  if (own.startsWith(SLIDE_SCOPE)) return own;
  if (/^\.lectern-slide(?![\w-])/.test(own)) return own.replace(/^\.lectern-slide/, SLIDE_SCOPE);
  return `${SLIDE_SCOPE} ${own}`;
}

export function sanitiseCss(text: string, file: string): SanitisedCss {
  const warnings: Diagnostic[] = [];
  const media: string[] = [];
  const declarations: SanitisedCss['declarations'] = [];
  const warn = (loc: csstree.CssLocation | undefined, message: string) =>
    warnings.push({
      severity: 'warning',
      file,
      line: loc?.start.line ?? 1,
      column: loc?.start.column ?? 1,
      message,
    });
  const ast = csstree.parse(text, {
    positions: true,
    filename: file,
    onParseError: (error) =>
      warnings.push({
        severity: 'warning',
        file,
        line: (error as { line?: number }).line ?? 1,
        column: (error as { column?: number }).column ?? 1,
        message: `CSS that cannot be read was left out: ${error.message}`,
      }),
  });

  csstree.walk(ast, {
    visit: 'Atrule',
    enter(node, item, list) {
      const name = node.name.toLowerCase();
      if (name === 'import') warn(node.loc, '@import is not followed: a speech’s CSS loads nothing else');
      else if (name !== 'charset' && name !== 'namespace' && name !== 'page') return;
      list?.remove(item);
    },
  });

  /** A reference to load (`url()`, an `image-set()` string): kept as a /media/ URL or data:, or why not. */
  const check = (ref: string, found: string[]): string | { refused: string } => {
    if (DATA_OK.test(ref)) return ref;
    const path = localPath(ref);
    if (path === null)
      return {
        refused: `${ref.slice(0, 80)} is not kept: only files beside the speech and data: images load`,
      };
    found.push(path);
    return mediaUrl(path);
  };

  csstree.walk(ast, {
    visit: 'Declaration',
    enter(node, item, list) {
      const found: string[] = [];
      let refused: string | null = null;
      const value = csstree.generate(node.value);
      if (SCRIPTY_PROPERTY.test(node.property) || /expression\s*\(/i.test(value))
        refused = `"${node.property}" is not kept (it could run script)`;
      if (node.value.type === 'Raw') {
        // a custom property's value is not parsed: its url()s are found in the text
        node.value.value = node.value.value.replace(
          /url\(\s*(['"]?)(.*?)\1\s*\)/gi,
          (whole, _q, ref: string) => {
            const kept = check(ref, found);
            if (typeof kept !== 'string') refused ??= `url(${kept.refused}`;
            return typeof kept === 'string' ? `url("${kept}")` : whole;
          },
        );
      } else
        csstree.walk(node.value, {
          enter(this: csstree.WalkContext, n: csstree.CssNode) {
            const inImageSet = n.type === 'String' && this.function && /image-set$/i.test(this.function.name);
            if (n.type !== 'Url' && !inImageSet) return;
            const kept = check((n as csstree.Url | csstree.StringNode).value, found);
            if (typeof kept === 'string') (n as csstree.Url | csstree.StringNode).value = kept;
            else refused ??= n.type === 'Url' ? `url(${kept.refused}` : kept.refused;
          },
        });
      if (refused) {
        warn(node.loc, refused.replace(/^url\((.*?) is not kept/, 'url($1) is not kept'));
        list?.remove(item);
        return;
      }
      for (const path of found) if (!media.includes(path)) media.push(path);
      const rule = this.rule;
      if (rule && rule.prelude.type === 'SelectorList')
        declarations.push({
          selector: csstree.generate(rule.prelude),
          property: node.property,
          value: csstree.generate(node.value).trim(),
          line: node.loc?.start.line ?? 1,
          column: node.loc?.start.column ?? 1,
        });
    },
  });

  csstree.walk(ast, {
    visit: 'Rule',
    enter(node) {
      // keyframe steps (`from`, `50%`) are not selectors
      if (this.atrule && /keyframes$/i.test(this.atrule.name)) return;
      if (node.prelude.type !== 'SelectorList') return;
      const selectors: string[] = [];
      node.prelude.children.forEach((s) => void selectors.push(scoped(csstree.generate(s))));
      node.prelude = csstree.parse(selectors.join(','), { context: 'selectorList' }) as csstree.SelectorList;
    },
  });
  // the declarations' selectors as the page will match them
  for (const d of declarations) d.selector = d.selector.split(',').map(scoped).join(',');
  warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { css: csstree.generate(ast), media, warnings, declarations };
}
