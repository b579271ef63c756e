import { linkSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDeck } from '../../tests/helpers/decks';
import { openShow } from '../host/open-show';
import { version } from './index';
import { runCli } from '../../tests/helpers/cli';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';

const dir = tempDir('cli');
afterAll(async () => {
  await unjamFifos();
  rmSync(dir, { recursive: true, force: true });
});

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
    expect([json.lang, json.dir]).toEqual(['en', 'ltr']);
  });
  it('says the language and direction it detected in the JSON', async () => {
    const p = join(dir, 'arabic.txt');
    writeFileSync(p, 'السيدات والسادة، أصبح الاقتصاد الرقمي المحرك الرئيسي للنمو في منطقتنا.\n');
    const json = JSON.parse((await run(['build', p, '--json'])).out);
    expect([json.lang, json.dir]).toEqual(['ar', 'rtl']);
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
  it.each([
    ['build', '--json'],
    ['export', '--handout', 'pipe-handout.html'],
  ])('%s refuses a named pipe as the speech at once, exit 1 (issue #17, 2)', async (command, ...options) => {
    const pipe = makeFifo(tempDir('cli-fifo'), 'talk.md');
    const r = await run([command, pipe, ...options.map((o) => (o.endsWith('.html') ? join(dir, o) : o))]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('talk.md:1:1: it is a named pipe, not a regular file');
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
    expect(html).toMatch(/<aside class="notes" lang="und-Latn" dir="ltr">/);
    expect(html.match(/<script>/g)?.length).toBe(2);
  });
});

describe('decks made for other tools', () => {
  const decks = join(__dirname, '..', '..', 'tests', 'fixtures', 'decks');
  it('recognises a Marp deck by itself and says what it left out, located', async () => {
    const r = await run(['build', join(decks, 'marp.md'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.slides).toHaveLength(5);
    expect(json.slides[1].notes).toMatch(/^Two reasons/);
    expect(r.err).toContain('marp.md:4:1: warning: Marp directive "paginate" is not used');
  });
  it('--from reads a file as the format named, whatever its content suggests', async () => {
    const p = join(dir, 'notes.md');
    writeFileSync(p, '# One\n\nNote: said on one\n\n---\n\n# Two\n\nNote: said on two\n');
    const asLectern = JSON.parse((await run(['build', p, '--json', '--from', 'markdown'])).out);
    const asReveal = JSON.parse((await run(['build', p, '--json', '--from', 'revealmd'])).out);
    expect(asLectern.slides.map((s: { notes: string }) => s.notes).join(' ')).toContain('Note: said on one');
    expect(asReveal.slides.map((s: { notes: string }) => s.notes)).toEqual(['said on one', 'said on two']);
  });
});

describe('lectern behaves like a well-made command-line tool', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the overview on stdout and exits 0', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Lectern \d+\.\d+\.\d+/);
    for (const command of ['build', 'export', 'serve'])
      expect(r.out).toMatch(new RegExp(`\\n  ${command} +\\S`));
  });

  it('--version prints the version on stdout and exits 0', async () => {
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, out: `${version()}\n`, err: '' });
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([['build'], ['export'], ['serve']])(
    '%s --help prints its own options and exits 0',
    async (command) => {
      for (const args of [
        [command, '--help'],
        ['help', command],
      ]) {
        const r = await run(args);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(new RegExp(`^usage: lectern ${command} `));
        expect(r.out).toContain('--help');
      }
    },
  );

  it.each([
    [['build', 'talk.md', '--colour'], /^lectern: build: unknown option --colour\nusage: lectern build /],
    [['serve', '--lan=yes'], /^lectern: serve: --lan takes no value/],
    [['export', 'talk.md', '--pdf'], /^lectern: export: --pdf needs a value/],
    [['build'], /^lectern: build: which speech\?/],
    [['build', 'a.md', 'b.md'], /^lectern: build: unexpected argument "b.md"/],
    [['serve', '--port', 'eighty'], /^lectern: serve: --port must be a number/],
    [['serve', '--resume', '--fresh'], /exclude each other/],
    [['serve', '--ui-lang', 'klingon'], /--ui-lang must be one of en, zh, ru, es, fr, ar, not "klingon"/],
    [['present', 'talk.md'], /^lectern: no command "present" \(commands: build, export, serve\)/],
    [['help', 'present'], /no command "present"/],
    [
      ['build', 'talk.md', '--from', 'keynote'],
      /--from must be one of markdown, plain, revealmd, marp, slidev/,
    ],
  ])('%j is a usage error: exit 2, the problem and the usage on stderr', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/\nusage: lectern/);
  });

  it('with no arguments prints the overview on stderr and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: lectern <command>/);
  });
});

describe('no command ever writes over its input', () => {
  const speech = join(dir, 'precious.md');
  const original = '# Precious\n\nEvery word of this speech matters.\n';
  writeFileSync(speech, original);
  symlinkSync(speech, join(dir, 'alias.html'));
  linkSync(speech, join(dir, 'hard.html'));
  const aliases = [speech, join(dir, '.', 'precious.md'), join(dir, 'alias.html'), join(dir, 'hard.html')];
  const writers: [string, (out: string) => string[]][] = [
    ['build --html', (out) => ['build', speech, '--html', out]],
    ['build --markdown', (out) => ['build', speech, '--markdown', out]],
    ['export --handout', (out) => ['export', speech, '--handout', out]],
    ['export --delegate', (out) => ['export', speech, '--delegate', out]],
    ['export --pdf', (out) => ['export', speech, '--pdf', out]],
    ['export --pptx', (out) => ['export', speech, '--pptx', out]],
  ];
  for (const [name, args] of writers) {
    it.each(aliases)(`${name} refuses %s (the speech, or a link to it) and exits 1`, async (out) => {
      const r = await run(args(out));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^lectern: cannot write /);
      expect(readFileSync(speech, 'utf8')).toBe(original);
    });
  }

  it.each(writers)(
    '%s refuses an output that is a link to any other file, and leaves that file be',
    async (_name, args) => {
      const other = join(dir, 'other-notes.txt');
      writeFileSync(other, 'not the speech, and not Lectern’s either');
      const link = join(dir, `link-to-other-${_name.replace(/\W+/g, '-')}.html`);
      symlinkSync(other, link);
      const r = await run(args(link));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^lectern: cannot write .*: it is a symbolic link/);
      expect(readFileSync(other, 'utf8')).toBe('not the speech, and not Lectern’s either');
    },
  );

  it('refuses two outputs that are one file', async () => {
    const out = join(dir, 'same.html');
    const r = await run(['export', speech, '--handout', out, '--delegate', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/same file as/);
  });
});

describe('build --markdown (eject)', () => {
  it('writes the deck as Lectern Markdown that builds back to the same slides', async () => {
    const speech = join(__dirname, '..', '..', 'slides', 'carec-digital-strategy-2030.txt');
    const out = join(dir, 'ejected.md');
    const r = await run(['build', speech, '--markdown', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/wrote .*ejected\.md \(\d+ slides as Lectern Markdown\)/);
    const original = JSON.parse((await run(['build', speech, '--json'])).out);
    const rebuilt = JSON.parse((await run(['build', out, '--json'])).out);
    const screens = (deck: { slides: { title: string; screenText: string; notes: string }[] }) =>
      deck.slides.map((s) => [s.title, s.screenText, s.notes]);
    expect(screens(rebuilt)).toEqual(screens(original));
  });
});

describe('serve', () => {
  it('says plainly that another Lectern is presenting with this data folder, and starts nothing', async () => {
    const data = tempDir('cli-serve');
    const live = await openShow({
      speech: { path: '/talks/live.md', deck: makeDeck(3) },
      dataDir: data,
      follow: false,
    });
    await live.announce('http://127.0.0.1:4317');
    const before = process.env['LECTERN_DATA_DIR'];
    process.env['LECTERN_DATA_DIR'] = data;
    try {
      const r = await run(['serve', '--port', '0']);
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/resum/i);
      expect(r.err).toMatch(
        /^lectern: Lectern is already presenting “\/talks\/live.md” at http:\/\/127.0.0.1:4317 \(process \d+, web\)/,
      );
    } finally {
      if (before === undefined) delete process.env['LECTERN_DATA_DIR'];
      else process.env['LECTERN_DATA_DIR'] = before;
      await live.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});
