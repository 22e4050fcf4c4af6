#!/usr/bin/env node
// The `cloudspecs-mock` command. A committed file rather than dist/cli.js itself, so that pnpm links the bin at
// install time in a fresh clone, before anything is built (a bin that does not exist yet is skipped with a warning).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('cloudspecs-mock: @cloudspecs/mock is not built yet; run `npm start` or `pnpm build` first');
    process.exit(1);
  }
  throw error;
});
