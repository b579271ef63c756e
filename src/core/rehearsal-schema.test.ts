import { describe, expect, it } from 'vitest';
import { emptyRehearsalFile, readRehearsalFile, REHEARSAL_FILE_VERSION } from './rehearsal-schema';

const speech = { fileName: 'talk.md', title: 'Talk' };

describe('readRehearsalFile', () => {
  it('reads the current version', () => {
    const file = emptyRehearsalFile(speech);
    expect(readRehearsalFile(JSON.stringify(file))).toEqual({ ok: true, file, migratedFrom: null });
  });

  it('migrates version 1 (times only) forward', () => {
    const v1 = {
      version: 1,
      speech,
      runs: [
        {
          startedAt: 1000,
          totalMs: 90_000,
          slides: [
            { index: 0, ms: 60_000 },
            { index: 1, ms: 30_000 },
          ],
        },
      ],
    };
    const read = readRehearsalFile(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(1);
    expect(read.file.version).toBe(REHEARSAL_FILE_VERSION);
    expect(read.file.runs[0]).toMatchObject({
      startedAt: 1000,
      endedAt: 91_000,
      totalMs: 90_000,
      ending: 'finished',
    });
    expect(read.file.runs[0]!.slides.map((s) => [s.spentMs, s.visits, s.words])).toEqual([
      [60_000, 1, 0],
      [30_000, 1, 0],
    ]);
  });

  it.each([
    ['{not json', 'corrupt', /not valid JSON/],
    ['[]', 'corrupt', /format/],
    [JSON.stringify({ version: 2, speech, useLearnedPace: 'yes', runs: [] }), 'corrupt', /useLearnedPace/],
    [JSON.stringify({ version: 1, speech, runs: [{ startedAt: 1 }] }), 'corrupt', /runs/],
    [JSON.stringify({ version: 7, anything: true }), 'future', /version 7.*newer Lectern/],
  ])('refuses %s as %s', (text, reason, message) => {
    const read = readRehearsalFile(text);
    expect(read).toMatchObject({ ok: false, reason });
    if (!read.ok) expect(read.message).toMatch(message);
  });
});
