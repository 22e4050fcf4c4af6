// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

import type { VendorValidators } from '@cloudspecs/runtime/vendor-kit';

/**
 * This package's own `./validators` entry, imported only by a client created with `validate: 'report' | 'strict'`.
 * The specifier is not a literal of the import() call, and the comments ask bundlers to leave the call as it is: a
 * bundle of the factory then holds none of the validators. An app built by a bundler passes the `validators` option
 * instead: `validators: () => import('@cloudspecs/scp-client/validators')`.
 */
const module = "@cloudspecs/scp-client/validators";

export const validators: VendorValidators = {
  module,
  load: () => import(/* webpackIgnore: true */ /* @vite-ignore */ module),
};
