/**
 * The files beside a speech (its images, clips and CSS fonts) as the web host and the desktop
 * app's `lectern://app/media/…` serve them: only a type a speech may show (files.ts
 * SPEECH_MEDIA_EXTENSIONS), only a regular file whose real path is inside the speech's folder,
 * streamed from disk, and in byte ranges (HTTP Range, RFC 9110 §14) so a browser can seek a video
 * and start it without loading it all. One range per request; several are answered with the whole
 * file, as the RFC allows.
 */
import type { Readable } from 'node:stream';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { contentTypeOf, openFileInside, SPEECH_MEDIA_EXTENSIONS } from './files';

export type ByteRange = { start: number; end: number };

/**
 * The range a `Range` header asks of a file of `size` bytes: null for the whole file (no header,
 * one that is not bytes, several ranges), `unsatisfiable` when it lies past the end.
 */
export function parseRange(
  header: string | undefined | null,
  size: number,
): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    // the last n bytes
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** What to answer for a file beside the speech: status, headers and the bytes as a stream. */
export interface MediaAnswer {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  /** The bytes (absent for 404, 416 and HEAD). The stream closes the file when it ends or is destroyed. */
  body?: Readable;
}

/**
 * Answers a request for `pathname` (the part after `/media`) in the speech's folder `dir`. Never
 * throws; a file that is not there, not allowed or not regular is a 404.
 */
export async function answerMedia(
  dir: string | null,
  pathname: string,
  range: string | undefined | null,
  head = false,
): Promise<MediaAnswer> {
  const notFound: MediaAnswer = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
  if (!dir || !SPEECH_MEDIA_EXTENSIONS.has(extname(pathname).toLowerCase())) return notFound;
  const opened = await openFileInside(dir, pathname);
  if (!opened.ok || opened.path === null) return notFound;
  const { handle, size } = opened;
  const type = contentTypeOf(opened.path);
  const base: Record<string, string> = {
    'Content-Type': type,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    // an SVG opened on its own is a document: it gets the app's policy (no script)
    ...(type === 'image/svg+xml' ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  };
  const wanted = parseRange(range, size);
  if (wanted === 'unsatisfiable') {
    await handle.close().catch(() => undefined);
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` } };
  }
  const { start, end } = wanted ?? { start: 0, end: size - 1 };
  const headers = {
    ...base,
    'Content-Length': String(Math.max(0, end - start + 1)),
    ...(wanted ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  };
  const status = wanted ? 206 : 200;
  if (head || size === 0) {
    await handle.close().catch(() => undefined);
    return { status, headers };
  }
  return { status, headers, body: handle.createReadStream({ start, end, autoClose: true }) };
}
