/**
 * Serving files from a folder without ever leaving it: the desktop app's `lectern://app/<path>`
 * protocol and the web host's static files and speech images both go through here.
 *
 * Two checks, because a path can leave a folder in two ways: by how it is spelled (`..`, encoded
 * separators: resolveInside) and by what it names on disk (a symbolic link beside the speech
 * pointing at /etc/passwd, or a linked folder: readFileInside compares real paths). Then only a
 * regular file is read (safe-read.ts: a named pipe never hangs the host), up to a size limit.
 */
import { realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { AUDIO_EXTENSIONS, VIDEO_EXTENSIONS } from '../core/media';
import { openRegularFile, readRegularFile, type SafeOpen, type SafeRead } from './safe-read';

/** True when `path` is below `root` (not `root` itself; both absolute, in the same spelling). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The file under `root` that a URL path names, or null when the path is malformed or escapes
 * `root` (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes, absolute or drive paths).
 * `/` means `index.html`.
 */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const path = decoded.replace(/^\/+/, '') || 'index.html';
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const file = resolve(root, path);
  if (!isInside(resolve(root), file)) return null;
  return file;
}

/** Largest file served (an image of a speech, a script of the renderer). */
export const MAX_SERVED_BYTES = 64 * 1024 * 1024;

/**
 * Reads the file under `root` that a URL path names, if its real path (every link followed) is
 * inside the real `root` and it is a regular file; otherwise says why not (never throws).
 */
export async function readFileInside(
  root: string,
  pathname: string,
  maxBytes = MAX_SERVED_BYTES,
): Promise<SafeRead & { path: string | null }> {
  const found = await realFileInside(root, pathname);
  if ('problem' in found) return { ...found.problem, path: found.path };
  // The real path has no links left; O_NOFOLLOW refuses one put in its place since.
  return { ...(await readRegularFile(found.real, { maxBytes, noFollow: true })), path: found.path };
}

/**
 * Opens the file under `root` that a URL path names, by the same rules, for reading it in parts
 * (a clip served by ranges: media-range.ts). The caller closes the handle.
 */
export async function openFileInside(
  root: string,
  pathname: string,
): Promise<SafeOpen & { path: string | null }> {
  const found = await realFileInside(root, pathname);
  if ('problem' in found) return { ...found.problem, path: found.path };
  return {
    ...(await openRegularFile(found.real, { maxBytes: Number.MAX_SAFE_INTEGER, noFollow: true })),
    path: found.path,
  };
}

/** The real path of the file a URL path names under `root`, when it is really in there. */
async function realFileInside(
  root: string,
  pathname: string,
): Promise<
  { real: string; path: string } | { problem: Extract<SafeRead, { ok: false }>; path: string | null }
> {
  const file = resolveInside(root, pathname);
  if (file === null)
    return { problem: { ok: false, reason: 'missing', message: 'not a path inside the folder' }, path: null };
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile))
      return {
        problem: { ok: false, reason: 'not-a-file', message: 'it leads out of the folder' },
        path: file,
      };
    return { real: realFile, path: file };
  } catch {
    return { problem: { ok: false, reason: 'missing', message: 'file not found' }, path: file };
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.mov': 'video/quicktime',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
};

/** Image types a speech may show; anything else next to a speech is never served. */
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/** Fonts a speech's own CSS may name beside it (`@font-face`). */
export const FONT_EXTENSIONS = new Set(['.woff', '.woff2', '.ttf', '.otf']);

/**
 * Everything the host serves from beside a speech (under `/media/`): its images, its clips
 * (core/media.ts) and the fonts its CSS names. Nothing else next to a speech is ever served.
 */
export const SPEECH_MEDIA_EXTENSIONS = new Set([
  ...IMAGE_EXTENSIONS,
  ...FONT_EXTENSIONS,
  ...VIDEO_EXTENSIONS,
  ...AUDIO_EXTENSIONS,
]);

/** The Content-Type for a file; unknown kinds are served as opaque bytes (and `nosniff` keeps them so). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
