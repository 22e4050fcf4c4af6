import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The site is built once, into ../site, before any test file runs: the static and browser tests check what
    // `pnpm docs:build` writes, built from the specs as they are now.
    globalSetup: ['./test/build-site.global.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
