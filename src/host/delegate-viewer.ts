/**
 * The built script and styles of the standalone delegate viewer (src/renderer/src/delegate-file.tsx,
 * built by vite.delegate.config.ts into out/delegate-viewer/). Reading them is all an export needs:
 * the desktop app reads the copy in its own bundle (out/ is in app.asar), the CLI makes sure the
 * copy in the checkout is built and fresh first (delegate-viewer-build.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DelegateViewerBundle {
  /** The hydrating script, as built (the export makes it safe to inline and hashes it). */
  script: string;
  /** slides.css, preview.css and delegate.css, as built. */
  css: string;
}

/** The build's files, in its output folder. */
export const VIEWER_FILES = {
  script: 'delegate-viewer.js',
  css: 'delegate-viewer.css',
  inputs: 'inputs.json',
} as const;

/**
 * Where the build is under a project or app root: `<root>/out/delegate-viewer`. The CLI passes the
 * checkout's root; the desktop app passes `app.getAppPath()` (out/ is packaged in app.asar).
 */
export function viewerDir(root: string): string {
  return join(root, 'out', 'delegate-viewer');
}

/** Reads a built viewer; throws a sentence saying how to build it when it is not there. */
export function readDelegateViewer(dir: string): DelegateViewerBundle {
  try {
    return {
      script: readFileSync(join(dir, VIEWER_FILES.script), 'utf8'),
      css: readFileSync(join(dir, VIEWER_FILES.css), 'utf8'),
    };
  } catch {
    throw new Error(`the delegate viewer is not built in ${dir} (run \`npm run build\`)`);
  }
}
