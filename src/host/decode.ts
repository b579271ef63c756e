/**
 * Bytes → text for speech files: BOM (UTF-8, UTF-16LE/BE), then strict UTF-8, then legacy
 * encodings detected with chardet and decoded with iconv-lite (GB18030/GBK, Windows-1251, UTF-16
 * without BOM, …). Binary files are refused. A detected encoding is reported as a warning; when the
 * detection is unsure, decoding stops with an error instead of showing mojibake.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SpeechError, type Diagnostic } from '../core/deck';

/** Largest speech file read (bytes). */
export const MAX_SPEECH_BYTES = 10 * 1024 * 1024;
/** Below this chardet confidence (0–100) a legacy encoding is not trusted… */
export const MIN_CONFIDENCE = 25;
/** …nor when the runner-up is within this many points (the two would disagree on letters). */
export const MIN_MARGIN = 10;

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Diagnostic[];
}

const fail = (file: string, message: string) =>
  new SpeechError({ severity: 'error', file, line: 1, column: 1, message });

/** 'utf-16le' / 'utf-16be' when the bytes look like BOM-less UTF-16 text (NULs on one side). */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Whether bytes (not UTF-16) look binary: a NUL, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.02;
}

const ENCODINGS: Record<string, string> = {
  GB18030: 'gb18030',
  GBK: 'gbk',
  GB2312: 'gb18030',
  Big5: 'big5',
  'windows-1251': 'win1251',
  'KOI8-R': 'koi8-r',
  'ISO-8859-5': 'iso88595',
  'windows-1252': 'win1252',
  'ISO-8859-1': 'win1252',
  'ISO-8859-2': 'iso88592',
  'windows-1250': 'win1250',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** Decodes a speech file's bytes. Throws `SpeechError` for binary, oversized or undecidable input. */
export function decodeSpeech(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length > MAX_SPEECH_BYTES) {
    throw fail(
      file,
      `file is ${(bytes.length / 1048576).toFixed(1)} MB; speeches are limited to ${MAX_SPEECH_BYTES / 1048576} MB`,
    );
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return strictUtf8(buf.subarray(3), 'UTF-8 (BOM)');
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE', warnings: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE', warnings: [] };
  const utf16 = sniffUtf16(buf);
  if (utf16) return legacy(buf, file, utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE', 100);
  if (looksBinary(buf))
    throw fail(file, 'this is not a text file (it contains binary data); open a .txt or .md speech');
  try {
    return strictUtf8(buf, 'UTF-8');
  } catch {
    // not UTF-8: detect a legacy encoding below
  }
  const candidates = chardet.analyse(buf).filter((c) => ENCODINGS[c.name]);
  const [best, second] = candidates;
  if (
    !best ||
    best.confidence < MIN_CONFIDENCE ||
    (second && best.confidence - second.confidence < MIN_MARGIN)
  ) {
    throw fail(
      file,
      `the text encoding could not be recognised reliably${best ? ` (maybe ${best.name}, ${best.confidence}% sure)` : ''}; save the speech as UTF-8 and open it again`,
    );
  }
  return legacy(buf, file, best.name, best.confidence);
}

function strictUtf8(buf: Buffer, encoding: string): Decoded {
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding, warnings: [] };
}

function legacy(buf: Buffer, file: string, name: string, confidence: number): Decoded {
  const text = iconv.decode(buf, ENCODINGS[name] ?? name);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > Math.max(2, text.length / 1000))
    throw fail(
      file,
      `the text does not decode cleanly as ${name}; save the speech as UTF-8 and open it again`,
    );
  const message = `read as ${name} (detected${confidence < 100 ? `, ${confidence}% sure` : ''}); save the speech as UTF-8 to be certain`;
  return { text, encoding: name, warnings: [{ severity: 'warning', file, line: 1, column: 1, message }] };
}
