/**
 * The CLI's copy of the delegate viewer: built on demand, so `lectern export --delegate` works on
 * a fresh clone after `npm ci` and never ships a viewer older than its sources.
 *
 * Why build rather than ship a prebuilt script, or bundle at every export: the viewer is the same
 * React code as the live one (src/renderer), so it must be built by the same toolchain (Vite,
 * type-checked and linted with the renderer). `npm run build` builds it with the app; the CLI runs
 * from the sources through tsx, so it checks the build's own list of inputs (inputs.json: every file
 * the bundle was made from, package-lock.json for the libraries) and builds again, in about two
 * seconds, only when one is newer than the build or gone. Output files are replaced atomically:
 * exports running side by side (tests) never read half a script.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { readDelegateViewer, viewerDir, VIEWER_FILES, type DelegateViewerBundle } from './delegate-viewer';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Modification time of a file, or null when it is gone. */
function mtime(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Whether a build made at `builtAt` (ms) from `inputs` (with their mtimes, null when gone) is out
 * of date. No build yet (`builtAt` null) or no inputs listed is out of date too.
 */
export function isStale(builtAt: number | null, inputs: Array<number | null>): boolean {
  if (builtAt === null || inputs.length === 0) return true;
  return inputs.some((changed) => changed === null || changed > builtAt);
}

/** Whether the build in `dir` (made from files under `root`) is missing, partial or out of date. */
export function buildIsStale(dir: string, root: string = projectRoot): boolean {
  const manifest = join(dir, VIEWER_FILES.inputs);
  let inputs: string[];
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8')) as string[];
  } catch {
    return true;
  }
  if (mtime(join(dir, VIEWER_FILES.script)) === null || mtime(join(dir, VIEWER_FILES.css)) === null)
    return true;
  return isStale(
    mtime(manifest),
    inputs.map((file) => mtime(join(root, file))),
  );
}

/** Builds the viewer with vite.delegate.config.ts and writes its files, each atomically. */
async function build(dir: string): Promise<void> {
  const vite = await import('vite');
  const result = await vite.build({
    configFile: join(projectRoot, 'vite.delegate.config.ts'),
    logLevel: 'error',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const files = new Map<string, string | Uint8Array>();
  for (const out of outputs) files.set(out.fileName, out.type === 'chunk' ? out.code : out.source);
  mkdirSync(dir, { recursive: true });
  // the manifest last: it is what marks the build as done
  for (const name of [VIEWER_FILES.script, VIEWER_FILES.css, VIEWER_FILES.inputs]) {
    const content = files.get(name);
    if (content === undefined) throw new Error(`the delegate viewer's build made no ${name}`);
    await writeFileAtomic(join(dir, name), content);
  }
}

export interface DelegateViewerOptions {
  /** Called before a (re)build, to tell the user why the export takes a moment. */
  onBuild?: () => void;
}

/** The delegate viewer for an export from the sources: built first when missing or stale. */
export async function delegateViewer(options: DelegateViewerOptions = {}): Promise<DelegateViewerBundle> {
  const dir = viewerDir(projectRoot);
  if (buildIsStale(dir)) {
    options.onBuild?.();
    try {
      await build(dir);
    } catch (e) {
      throw new Error(`the delegate viewer could not be built: ${(e as Error).message.split('\n')[0]}`, {
        cause: e,
      });
    }
  }
  return readDelegateViewer(dir);
}
