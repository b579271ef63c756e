import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the embedded default talk, in `slides/`. */
export const DEFAULT_SPEECH = 'carec-digital-strategy-2030.md';

/**
 * Finds the default speech: in the packaged app it is under `resources/slides` (extraResources),
 * in a checkout under `slides/` at the project root.
 */
export function defaultSpeechPath(roots: string[]): string {
  for (const root of roots) {
    const candidate = join(root, 'slides', DEFAULT_SPEECH);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `The default speech slides/${DEFAULT_SPEECH} was not found (looked in: ${roots.join(', ')})`,
  );
}
