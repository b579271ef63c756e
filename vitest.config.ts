import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['tests/helpers/global-temp.ts'],
    testTimeout: 20_000,
  },
});
