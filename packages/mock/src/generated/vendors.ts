// generated from redocly.yaml (the `apis`) by scripts/generate.ts — do not edit.
// Add a vendor to redocly.yaml and run `pnpm generate` instead.

/** The vendors whose bundled spec is in specs/<vendor>.json. */
export const vendors = ["hostway","katapult","scp"] as const;
