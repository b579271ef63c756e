/**
 * A code block: set as large as its lines allow (core/code-size.ts), its tokens (highlighted by
 * language when the deck was built) as text in spans whose class says what they are, coloured by
 * the theme in slides.css. Text nodes only: the code is never markup.
 */
import type { ReactNode } from 'react';
import { codeSize } from '../../../core/code-size';
import type { Block } from '../../../core/deck';

/** A token kind as a class name: letters, digits, `-` and `_` only (`title.function_` → `title`). */
const kindClass = (kind: string): string => `tok-${kind.split('.')[0]!.replace(/[^\w-]/g, '')}`;

export function CodeBlock({ block }: { block: Extract<Block, { type: 'code' }> }): ReactNode {
  const size = codeSize(block.value);
  return (
    <pre className={`code code-${size.step}`} data-lang={block.lang}>
      <code>
        {block.tokens
          ? block.tokens.map((t, i) =>
              t.kind ? (
                <span key={i} className={kindClass(t.kind)}>
                  {t.text}
                </span>
              ) : (
                t.text
              ),
            )
          : block.value}
      </code>
    </pre>
  );
}
