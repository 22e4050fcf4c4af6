// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

import type { ApiClient, MediaType } from '@cloudspecs/runtime';
import type { ApiVersion } from './operations.js';
import type { paths } from './schema.js';

/**
 * A version to send one call with (`apiVersion` on the call): a documented one, or a newer one the spec does not
 * document yet, such as `'1.4'`, sent as it is.
 */
export type CallApiVersion = ApiVersion | `${number}.${number}`;

/** Options of one call on top of the runtime's. */
export interface ScpRequestOptions {
  /**
   * Send this call with this version instead of the client's choice: a documented version is checked like a
   * pinned one; a version the spec does not document (e.g. `'1.4'`) is sent as it is, and the types stay those of
   * the spec.
   */
  apiVersion?: CallApiVersion;
}

/** The client type; `Throw` is true for a client created with `throwOnError: true`. */
export type ScpClient<Throw extends boolean = false> = ApiClient<paths, Throw, MediaType, ScpRequestOptions> & {
  /** The version the client pins (a call's `apiVersion` wins over it). */
  readonly apiVersion: ApiVersion;
};
