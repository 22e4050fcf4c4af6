// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://api.katapult.io/core/v1";

/** The credential options of the client (redocly.yaml `x-credentials`): named when the options are no object. */
export const credentialOptions = ["token"] as const;
