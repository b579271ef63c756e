import { describe, expect, it } from 'vitest';
import { checkKeyConfig, KEY_PROFILES, parseKeyConfig, resolveKeyTable } from './key-config';
import { keyHelpRows } from './key-help';
import { interpretKey, keyBindings } from './keys';

const table = (text: string) => resolveKeyTable(parseKeyConfig(text).overrides);

describe('keys.json', () => {
  it('remaps an action by name and takes its keys from the action that had them', () => {
    const settings = parseKeyConfig('{"keys":{"white":["b","F5"]}}');
    expect(settings).toEqual({ overrides: { white: ['b', 'F5'] }, problem: null });
    const keys = resolveKeyTable(settings.overrides);
    expect(interpretKey({ key: 'b' }, '', 'audience', {}, keys).command).toMatchObject({ screen: 'white' });
    expect(interpretKey({ key: 'F5' }, '', 'presenter', {}, keys).command).toMatchObject({ screen: 'white' });
    // black keeps its other keys; W is no longer white's
    expect(interpretKey({ key: '.' }, '', 'audience', {}, keys).command).toMatchObject({ screen: 'black' });
    expect(interpretKey({ key: 'w' }, '', 'audience', {}, keys).handled).toBe(false);
  });

  it('an empty list switches an action off; the help shows the result', () => {
    const keys = table('{"keys":{"freeze":[],"next":["Space","PageDown"]}}');
    expect(interpretKey({ key: 'z' }, '', 'presenter', {}, keys).handled).toBe(false);
    expect(interpretKey({ key: 'ArrowRight' }, '', 'presenter', {}, keys).handled).toBe(false);
    const rows = keyHelpRows(keys);
    expect(rows.find((r) => r.name === 'freeze')).toBeUndefined();
    expect(rows.find((r) => r.name === 'next')?.keys).toEqual(['Space', 'PageDown']);
  });

  it.each(Object.keys(KEY_PROFILES))(
    'profile %s is valid and keeps Next and Previous on PageDown/PageUp',
    (profile) => {
      const settings = parseKeyConfig(JSON.stringify({ profile }));
      expect(settings.problem).toBeNull();
      const keys = resolveKeyTable(settings.overrides);
      expect(interpretKey({ key: 'PageDown' }, '', 'audience', {}, keys).command).toEqual({ type: 'next' });
      expect(interpretKey({ key: 'PageUp' }, '', 'audience', {}, keys).command).toEqual({ type: 'prev' });
    },
  );

  it('a profile and single keys combine, the keys winning', () => {
    const keys = table('{"profile":"logitech-r400","keys":{"white":["F5"]}}');
    expect(interpretKey({ key: 'F5' }, '', 'audience', {}, keys).command).toMatchObject({ screen: 'white' });
  });

  it.each([
    ['{"keys":{"next":["PageDown",}}', /^keys\.json: not valid JSON \(.+\); the default keys are used$/],
    ['[1,2]', /^keys\.json: the file: .+; the default keys are used$/],
    ['{"keys":{"nxt":["n"]}}', /^keys\.json: keys\.nxt: there is no action "nxt" \(actions: next, prev/],
    ['{"keys":{"next":["PgDn"]}}', /^keys\.json: keys\.next\[0\]: "PgDn" is not a key/],
    ['{"keys":{"next":"PageDown"}}', /^keys\.json: keys\.next: /],
    ['{"keys":{"next":["5"]}}', /keys\.next\[0\]: "5" is kept for typing a slide number/],
    ['{"profile":"acme"}', /profile: there is no profile "acme" \(profiles: page-keys/],
    ['{"keyz":{}}', /the file: unknown entry "keyz"/],
    ['{"keys":{"next":["x"],"white":["x"]}}', /keys\.white: "x" is also given to "next"/],
    ['{"keys":{"next":["\\u0007"]}}', /keys\.next\[0\]: .* is not a key/],
  ])('refuses %s with a located message, keeping the default keys', (text, message) => {
    const settings = parseKeyConfig(text);
    expect(settings.overrides).toEqual({});
    expect(settings.problem).toMatch(message);
    expect(resolveKeyTable(settings.overrides)).toEqual(keyBindings);
  });

  it('accepts what the preferences screen sends, and hostile input without throwing', () => {
    expect(checkKeyConfig({ keys: { help: ['h', 'Esc'] } }).overrides).toEqual({ help: ['h', 'Escape'] });
    for (const junk of [
      null,
      7,
      'x',
      { keys: null },
      { keys: { __proto__: ['x'] } },
      { keys: { next: [null] } },
    ]) {
      expect(() => checkKeyConfig(junk)).not.toThrow();
    }
    expect(checkKeyConfig({ keys: { next: Array(40).fill('n') } }).problem).toMatch(/keys\.next/);
  });
});
