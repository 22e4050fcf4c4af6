import { defineConfig } from 'vitest/config';

// The root suite: tests of the maintainer tools in scripts/. Package suites have their own configs (pnpm test:packages).
export default defineConfig({
  test: {
    include: ['scripts/test/**/*.test.ts'],
    // Run alone by `pnpm test:readme` (scripts/vitest.readme.config.ts): its commands build in this checkout.
    exclude: ['scripts/test/readme-commands.test.ts'],
    testTimeout: 60_000,
  },
});
