import { describe, expect, it } from 'vitest';
import { createBundledI18n as createI18n } from '../i18n/catalogues';
import { refusalText } from './refusal';

describe('refusalText', () => {
  const en = createI18n('en').t;
  const ru = createI18n('ru').t;

  it('says nothing for an accepted command', () => {
    expect(refusalText(en, { ok: true })).toBeNull();
  });

  it('tells the reader what to do, in their language, by the kind of refusal', () => {
    expect(refusalText(en, { ok: false, status: 429, error: 'too many commands' })).toMatch(/wait a second/);
    expect(refusalText(ru, { ok: false, status: 429, error: 'too many commands' })).toMatch(/подождите/);
    expect(refusalText(en, { ok: false, status: 503, error: 'not connected' })).toMatch(/presenter screen/);
    expect(refusalText(en, { ok: false, status: 409, error: 'there is no cue to acknowledge' })).toMatch(
      /someone may have done it/,
    );
  });

  it('keeps the host’s words for what a page cannot cause by itself', () => {
    expect(refusalText(ru, { ok: false, status: 403, error: 'the remote view may not send "goto"' })).toBe(
      'Ноутбук отказал: the remote view may not send "goto"',
    );
  });
});
