// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

import type { ApiClient } from '@cloudspecs/runtime';
import type { paths } from './schema.js';

/** The client type; `Throw` is true for a client created with `throwOnError: true`. */
export type KatapultClient<Throw extends boolean = false> = ApiClient<paths, Throw>;
