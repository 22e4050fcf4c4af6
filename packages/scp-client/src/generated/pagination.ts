// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/**
 * The paginated lists of the spec, for the runtime's `marker` scheme (marker: `limit`/`marker`, the next page starting after the id of the last item):
 * every GET path it applies to, with the property of a page that holds the items.
 */
export const paginatedPaths = {
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": "servers",
  "/v1/images": "images",
  "/v1/keypairs": "keypairs",
  "/v1/server-types": "server_types",
  "/v1/servers": "servers",
  "/v1/snapshots": "snapshots",
  "/v1/volume-types": "volume_types",
  "/v1/volumes": "volumes",
} as const;
