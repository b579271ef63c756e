/**
 * Renders a slide from the deck model. Speech content becomes React elements only (text nodes and
 * a fixed set of tags), never HTML, so nothing in a speech can run as code.
 */
import type { ReactNode } from 'react';
import type { Block, Inline, Slide } from '../../../core/deck';

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.value;
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

function renderBlock(block: Block, key: number, baseUrl: string): ReactNode {
  switch (block.type) {
    case 'heading':
      return (
        <p key={key} className={`subheading level-${Math.min(block.level, 6)}`}>
          {renderInline(block.children)}
        </p>
      );
    case 'paragraph':
      return <p key={key}>{renderInline(block.children)}</p>;
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>{item.map((b, j) => renderBlock(b, j, baseUrl))}</li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'figures':
      return (
        <div key={key} className={`figures count-${block.items.length}`}>
          {block.items.map((figure, i) => (
            <div key={i} className="figure">
              <div className="figure-value">{figure.value}</div>
              <div className="figure-label">{figure.label}</div>
            </div>
          ))}
        </div>
      );
    case 'quote':
      return <blockquote key={key}>{block.children.map((b, j) => renderBlock(b, j, baseUrl))}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{block.value}</code>
        </pre>
      );
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
      return block.src ? (
        <img key={key} src={mediaUrl(baseUrl, block.src)} alt={block.alt} />
      ) : (
        <div key={key} className="image-missing">
          {block.alt || 'image not shown'}
        </div>
      );
  }
}

/** Local images are served by the host under /media/, relative to the speech file. */
function mediaUrl(baseUrl: string, src: string): string {
  return `${baseUrl}media/${src.split('/').map(encodeURIComponent).join('/')}`;
}

export interface SlideContentProps {
  slide: Slide;
  /** Short line shown in the corner of content slides (speaker, event). */
  footer?: string;
  mediaBase?: string;
}

/** One slide at its design size (1280×720); the audience deck and the previews both use it. */
export function SlideContent({ slide, footer, mediaBase = '/' }: SlideContentProps): ReactNode {
  return (
    <div className={`lectern-slide layout-${slide.layout}`} data-slide-id={slide.id}>
      {slide.title ? <h1 className="slide-title">{slide.title}</h1> : null}
      <div className="slide-body">{slide.blocks.map((b, i) => renderBlock(b, i, mediaBase))}</div>
      {footer && slide.layout !== 'title' && slide.layout !== 'closing' ? (
        <div className="slide-footer">{footer}</div>
      ) : null}
    </div>
  );
}
