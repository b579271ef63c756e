import { readdir, readFile, rm, truncate, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logRehearsalEvent, runFromLog, startRehearsalLog, type RehearsalRun } from '../core/rehearsal';
import { dataDir } from './data-dir';
import { RehearsalStore, slug } from './rehearsals';
import { makeFifo, unjamFifos } from '../../tests/helpers/fifo';
import { tempDir } from '../../tests/helpers/temp';

const speech = { fileName: 'keynote.md', title: 'Keynote' };
let dir: string;
let warnings: string[];
let store: RehearsalStore;

function run(startedAt: number): RehearsalRun {
  const log = logRehearsalEvent(startRehearsalLog(0, startedAt), {
    kind: 'enter',
    index: 1,
    at: startedAt + 30_000,
  });
  const slides = [0, 1].map((i) => ({ title: `s${i}`, words: 65, baseMs: 30_000, plannedMs: 30_000 }));
  return runFromLog(log, {
    at: startedAt + 60_000,
    ending: 'finished',
    sourceId: 'v1',
    baseWpm: 130,
    slides,
  });
}

beforeEach(async () => {
  dir = tempDir('rehearsals');
  warnings = [];
  store = new RehearsalStore({ dir, clock: () => 1234, warn: (m) => warnings.push(m) });
});
afterEach(() => rm(dir, { recursive: true, force: true }));
afterAll(unjamFifos);

describe('RehearsalStore', () => {
  it('starts empty, saves runs and the pace setting, and reads them back', async () => {
    expect((await store.load(speech)).file.runs).toEqual([]);
    await store.addRun(speech, run(1));
    await store.setUseLearnedPace(speech, true);
    const again = new RehearsalStore({ dir });
    const { file, problem } = await again.load(speech);
    expect(problem).toBeNull();
    expect(file.useLearnedPace).toBe(true);
    expect(file.runs).toEqual([run(1)]);
  });

  it('saves a run once however often it is retried, even side by side', async () => {
    await Promise.all([
      store.addRun(speech, run(7)),
      store.addRun(speech, run(7)),
      store.addRun(speech, run(7)),
    ]);
    await store.addRun(speech, run(7));
    expect((await store.load(speech)).file.runs).toEqual([run(7)]);
  });

  it('never loses a run when several end at once (one write at a time)', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.addRun(speech, run(i))));
    const { file } = await store.load(speech);
    expect(file.runs.map((r) => r.startedAt).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i),
    );
  });

  it.each([
    ['corrupt', '{"version": 2, "runs": [tru'],
    ['future', JSON.stringify({ version: 99, runs: [] })],
  ])(
    'sets a %s file aside, says so, and starts a new record without overwriting it',
    async (reason, text) => {
      const path = store.pathFor(speech);
      await mkdir(join(dir, 'rehearsals'), { recursive: true });
      await writeFile(path, text);
      const loaded = await store.load(speech);
      expect(loaded.file.runs).toEqual([]);
      expect(loaded.problem).toMatch(/set aside/);
      expect(warnings).toHaveLength(1);
      const aside = join(dir, 'rehearsals', `${slug(speech.fileName)}.${reason}-1234.json`);
      expect(await readFile(aside, 'utf8')).toBe(text);
      await store.addRun(speech, run(5));
      expect(await readFile(aside, 'utf8')).toBe(text);
      expect((await store.load(speech)).file.runs).toHaveLength(1);
    },
  );

  it.each([
    ['too-large', 'a 178 MB file', /it is 178 MB, over the 16 MB Lectern reads/],
    ['not-a-file', 'a named pipe', /named pipe, not a regular file/],
  ])(
    'sets aside as %s %s without reading it (issue #17, 6), and new runs are saved',
    async (reason, _what, message) => {
      const path = store.pathFor(speech);
      await mkdir(join(dir, 'rehearsals'), { recursive: true });
      if (reason === 'too-large') {
        await writeFile(path, '');
        await truncate(path, 178 * 1024 * 1024);
      } else makeFifo(join(dir, 'rehearsals'), basename(path));
      const loaded = await store.load(speech);
      expect(loaded.problem).toMatch(message);
      expect(loaded.problem).toMatch(/set aside as .*\.(too-large|not-a-file)-1234\.json/);
      await store.addRun(speech, run(5));
      expect((await store.load(speech)).file.runs).toHaveLength(1);
      expect(await readdir(join(dir, 'rehearsals'))).toHaveLength(2);
    },
  );

  it('migrates an old file and keeps the original beside it', async () => {
    const path = store.pathFor(speech);
    await mkdir(join(dir, 'rehearsals'), { recursive: true });
    const v1 = JSON.stringify({
      version: 1,
      speech,
      runs: [{ startedAt: 7, totalMs: 1000, slides: [{ index: 0, ms: 1000 }] }],
    });
    await writeFile(path, v1);
    expect((await store.load(speech)).file.runs[0]?.startedAt).toBe(7);
    await store.addRun(speech, run(9));
    expect(await readFile(path.replace(/\.json$/, '.v1.json'), 'utf8')).toBe(v1);
    const saved = JSON.parse(await readFile(path, 'utf8')) as { version: number; runs: unknown[] };
    expect(saved.version).toBe(2);
    expect(saved.runs).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('keys files by a readable, unique slug of the speech file name', async () => {
    expect(slug('Keynote 2030.md')).toMatch(/^keynote-2030-md-[0-9a-f]{8}$/);
    expect(slug('演讲.md')).not.toBe(slug('讲话.md'));
    await store.addRun({ fileName: '演讲.md', title: 'x' }, run(1));
    expect(await readdir(join(dir, 'rehearsals'))).toHaveLength(1);
  });
});

describe('dataDir', () => {
  it('takes LECTERN_DATA_DIR, else the platform folder', () => {
    expect(dataDir({ env: { LECTERN_DATA_DIR: '/tmp/x' } })).toBe('/tmp/x');
    expect(dataDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.local/share/lectern');
    expect(dataDir({ env: { XDG_DATA_HOME: '/xdg' }, platform: 'linux', home: '/home/a' })).toBe(
      '/xdg/lectern',
    );
    expect(dataDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Lectern',
    );
    expect(dataDir({ env: { APPDATA: 'C:\\AppData' }, platform: 'win32', home: 'C:\\Users\\a' })).toMatch(
      /^C:\\AppData.Lectern$/,
    );
    expect(dataDir({ env: {}, fallback: '/electron/userData' })).toBe('/electron/userData');
  });
});
