import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The speech engine's tests are pure functions of text: they share one module graph per worker
 * (`isolate: false`), so the engine and its NLP tables are imported once per worker, not once per
 * test file (measured on this 2-core machine under load: src/core/speech/figures, 72 files, 52 s
 * shared against more than 500 s isolated). Everything else — React views, the host's files,
 * timers, mocks — keeps a fresh module graph per file.
 */
const SPEECH = ['src/core/speech/**/*.test.ts', 'tests/unit/speech-*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/helpers/global-temp.ts'],
    // A time-out catches a hang, never slowness: no test asserts a time (`npm run bench` measures),
    // and on a loaded 2-core machine property tests of 200 runs took 26 s.
    testTimeout: 60_000,
    // One worker per core. Vitest's default keeps a core for its main thread (cores − 1), which on
    // a 2-core CI machine is one worker and half the machine idle: the main thread only collects
    // results. The suite is CPU-bound, so this nearly halves the unit run there.
    maxWorkers: Math.max(availableParallelism(), 2),
    projects: [
      { extends: true, test: { name: 'speech', include: SPEECH, isolate: false } },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...SPEECH],
        },
      },
    ],
  },
});
