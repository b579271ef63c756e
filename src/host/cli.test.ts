import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

describe('lectern CLI', () => {
  it('prints the deck as JSON', async () => {
    const r = await run([
      'build',
      join(__dirname, '..', '..', 'slides', 'carec-digital-strategy-2030.txt'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.title).toBe('Digital Economy in China and Insights on CAREC Digital Strategy 2030');
    expect(json.slides[0]).toHaveProperty('plannedSeconds');
    expect(Array.isArray(json.warnings)).toBe(true);
  });
  it('exits non-zero with file:line:col on bad input', async () => {
    const p = join(dir, 'bad.md');
    writeFileSync(p, '---\ntitle: T\nwpm: fast\n---\nHi.');
    const r = await run(['build', p, '--json']);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      'bad.md:3:6: front matter "wpm" must be a number of words per minute between 40 and 400',
    );
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it('writes a standalone HTML deck where nothing from the speech can run', async () => {
    const p = join(dir, 'evil.md');
    writeFileSync(
      p,
      '---\ntitle: "</title><script>alert(1)</script>"\n---\n\nHi <script>alert(2)</script>.\n\n## S <img src=x onerror=alert(3)>\n\n- [x](javascript:alert(4))\n- "quoted" & <b>bold</b>\n',
    );
    const out = join(dir, 'evil.html');
    const r = await run(['build', p, '--html', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.includes('http-equiv="Content-Security-Policy"')).toBe(true);
    expect(html.includes("default-src 'none'")).toBe(true);
    expect(html.includes('<script>alert')).toBe(false);
    expect(html.includes('<img src=x')).toBe(false);
    expect(html.includes('href="javascript:')).toBe(false);
    expect(html.includes('&lt;/title&gt;&lt;script&gt;')).toBe(true);
    expect(html.includes('<aside class="notes">')).toBe(true);
    expect(html.match(/<script>/g)?.length).toBe(2);
  });
});
