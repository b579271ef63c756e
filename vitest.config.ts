import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['tests/helpers/global-temp.ts'],
    // A time-out catches a hang, never slowness: no test asserts a time (`npm run bench` measures),
    // and on a loaded 2-core machine property tests of 200 runs took 26 s.
    testTimeout: 60_000,
  },
});
