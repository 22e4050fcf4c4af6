import { defineConfig } from 'vitest/config';

// pnpm test:readme — the commands the READMEs show, run as a user types them. Alone, after the other suites: they
// install, generate and build in this checkout, which must not happen under tests that import the built packages.
export default defineConfig({
  test: { include: ['scripts/test/readme-commands.test.ts'], testTimeout: 600_000, fileParallelism: false },
});
