/**
 * The targets of a slide's links, as text. On a slide a link is shown but never followed (see
 * SlideContent), and on paper a tooltip cannot be read: the reading views (the handout, the
 * delegate viewer) list each target under the slide, to be read, copied or typed.
 */
import type { ReactNode } from 'react';
import { inlineText, type Block, type Inline } from '../../../core/deck';

export interface SlideLink {
  text: string;
  href: string;
}

function fromInlines(nodes: Inline[], out: SlideLink[]): void {
  for (const node of nodes) {
    if (node.type === 'link') out.push({ text: inlineText(node.children), href: node.href });
    else if (node.type === 'strong' || node.type === 'emphasis') fromInlines(node.children, out);
  }
}

/** Every link on a slide, in reading order, each target once. */
export function slideLinks(blocks: Block[]): SlideLink[] {
  const out: SlideLink[] = [];
  const walk = (list: Block[]): void => {
    for (const block of list) {
      if (block.type === 'heading' || block.type === 'paragraph') fromInlines(block.children, out);
      else if (block.type === 'list') block.items.forEach(walk);
      else if (block.type === 'quote') walk(block.children);
      else if (block.type === 'table')
        [block.head, ...block.rows].flat().forEach((cell) => fromInlines(cell, out));
    }
  };
  walk(blocks);
  return out.filter((link, i) => out.findIndex((other) => other.href === link.href) === i);
}

/**
 * The list of a slide's link targets, or nothing when it has none. `label` names the list for
 * screen readers, in the interface's language (default English: the handout has no interface).
 */
export function SlideLinks({
  blocks,
  label = 'Links on this slide',
}: {
  blocks: Block[];
  label?: string;
}): ReactNode {
  const links = slideLinks(blocks);
  if (links.length === 0) return null;
  return (
    <ul className="slide-links" aria-label={label}>
      {links.map((link) => (
        <li key={link.href}>
          {link.text.trim() && link.text.trim() !== link.href ? (
            <span className="slide-link-text">{link.text.trim()}: </span>
          ) : null}
          <span className="slide-link-url">{link.href}</span>
        </li>
      ))}
    </ul>
  );
}
