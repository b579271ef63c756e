import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyTableMarkdown } from '../../src/core/key-help';
import en from '../../src/renderer/src/i18n/locales/en.json';
import { keyBindings } from '../../src/core/keys';
import { projectRoot } from '../helpers/show-host';

describe('the key table', () => {
  it("the README's table is the one src/core/keys.ts makes (regenerate it from keyTableMarkdown())", () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const table = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme)?.[1];
    expect(table, 'README.md has <!-- keys:start --> … <!-- keys:end -->').toBeDefined();
    expect(table).toBe(keyTableMarkdown());
  });

  it('the key help words each binding as the table does', () => {
    const actions = (en as { keyHelp: { actions: Record<string, string> } }).keyHelp.actions;
    for (const binding of keyBindings) expect(actions[binding.name], binding.name).toBe(binding.label);
  });
});
