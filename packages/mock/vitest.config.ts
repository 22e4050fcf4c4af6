import { defineConfig } from 'vitest/config';

// The CLI tests start a child process that loads Prism: seconds on a busy 2-core machine, not milliseconds.
export default defineConfig({ test: { testTimeout: 30_000 } });
