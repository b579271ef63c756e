import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SpeechError } from '../core/deck';
import { decodeSpeech, looksBinary, MAX_SPEECH_BYTES, sniffUtf16 } from './decode';

const zh =
  '数字经济与区域合作\n\n尊敬的主席，各位来宾，大家好！当前，数字经济已经成为推动全球经济复苏的重要力量。人工智能、云计算和物联网等技术正在深刻改变我们的生产和生活方式。2023年，中国数字经济规模达到56.1万亿元。\n';
const ru =
  'Цифровая экономика и сотрудничество\n\nУважаемые коллеги! Добрый день. Сегодня цифровая экономика стала главным источником роста для всего региона. Новые технологии меняют торговлю, связь и государственное управление.\n';
const err = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof SpeechError) return e.diagnostic;
    throw e;
  }
  throw new Error('expected SpeechError');
};

describe('decodeSpeech', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM', () => {
    expect(decodeSpeech(new TextEncoder().encode('Привет'), 'a.txt')).toMatchObject({
      text: 'Привет',
      encoding: 'UTF-8',
      warnings: [],
    });
    expect(decodeSpeech(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'a.txt').text).toBe('A');
    expect(decodeSpeech(iconv.encode('数字', 'utf-16le', { addBOM: true }), 'a.txt').text).toBe('数字');
    expect(decodeSpeech(iconv.encode('Hi!', 'utf-16be', { addBOM: true }), 'a.txt').text).toBe('Hi!');
  });
  it('detects UTF-16 without BOM', () => {
    const bytes = iconv.encode('Hello, this is a speech. Thank you!', 'utf-16le');
    expect(sniffUtf16(bytes)).toBe('utf-16le');
    const d = decodeSpeech(bytes, 'a.txt');
    expect(d.text).toBe('Hello, this is a speech. Thank you!');
    expect(d.warnings[0]!.message).toContain('UTF-16LE');
  });
  it('detects GB18030/GBK and Windows-1251 and says so', () => {
    const g = decodeSpeech(iconv.encode(zh, 'gbk'), 'zh.txt');
    expect(g.text).toBe(zh);
    expect(g.warnings[0]).toMatchObject({ severity: 'warning', line: 1 });
    expect(g.warnings[0]!.message).toMatch(/GB18030|GBK/);
    const r = decodeSpeech(iconv.encode(ru, 'win1251'), 'ru.txt');
    expect(r.text).toBe(ru);
    expect(r.warnings[0]!.message).toContain('windows-1251');
  });
  it('refuses binary files', () => {
    expect(
      looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toBe(true);
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(err(() => decodeSpeech(bytes, 'x.txt')).message).toContain('not a text file');
  });
  it('refuses oversized input', () => {
    expect(err(() => decodeSpeech(new Uint8Array(MAX_SPEECH_BYTES + 1), 'big.txt')).message).toMatch(
      /limited to 10 MB/,
    );
  });
  it('refuses to guess when unsure', () => {
    const d = err(() => decodeSpeech(Uint8Array.from([0x41, 0xff, 0x42]), 'x.txt'));
    expect(d.message).toMatch(/UTF-8/);
  });
});
