import { describe, expect, it } from 'vitest';
import { decodeQrImage, decodeTerminalQr } from '../../tests/helpers/qr-decode';
import { qrImage, terminalQr } from './qr';

const URL_WITH_TOKEN = 'http://192.168.1.20:4317/remote?token=Zq8_x-3kP0aV9mN2bC7dE1fG4hJ6';

describe('QR codes of the links', () => {
  it('draws a terminal code that decodes to the link', () => {
    const printed = terminalQr(URL_WITH_TOKEN);
    expect(printed.startsWith('\u001b[30;47m')).toBe(true);
    expect(decodeTerminalQr(printed)).toBe(URL_WITH_TOKEN);
  });

  it('makes an SVG image that decodes to the link', async () => {
    const image = await qrImage(URL_WITH_TOKEN);
    expect(image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(decodeQrImage(image)).toBe(URL_WITH_TOKEN);
  });

  it('tells a different link apart (the decoder is really reading it)', () => {
    expect(decodeTerminalQr(terminalQr(`${URL_WITH_TOKEN}x`))).toBe(`${URL_WITH_TOKEN}x`);
  });
});
