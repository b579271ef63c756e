import { defineConfig } from 'vitest/config';

/**
 * `npm run test:packaging`: builds the Linux packages (electron-builder, electron-installer-debian)
 * and inspects them. Kept out of `npm run test:unit`: it needs dpkg-deb, fakeroot and 7za from
 * Debian, writes packages to a temporary folder and takes tens of seconds.
 */
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/global-temp.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
