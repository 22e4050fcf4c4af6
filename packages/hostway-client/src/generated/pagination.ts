// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/**
 * The paginated lists of the spec, for the runtime's `next-link` scheme (next link: `page`/`pageSize`, with a `next` link among the answer's `links`):
 * every GET path it applies to, with the property of a page that holds the items.
 */
export const paginatedPaths = {
  "/accounts/{accountId}/flexcloud/os-floating-ips": "floating_ips",
  "/os-floating-ips": "floating_ips",
  "/accounts/{accountId}/flexcloud/servers": "servers",
  "/servers": "servers",
  "/accounts/{accountId}/flexcloud/servers/detail": "servers",
  "/servers/detail": "servers",
  "/accounts/{accountId}/flexcloud/os-security-groups": "securityGroups",
  "/os-security-groups": "securityGroups",
  "/accounts/{accountId}/flexcloud/volumes": "volumes",
  "/volumes": "volumes",
  "/accounts/{accountId}/flexcloud/volumes/detail": "volumes",
  "/volumes/detail": "volumes",
  "/accounts/{accountId}/flexcloud/flavors": "flavors",
  "/flavors": "flavors",
  "/accounts/{accountId}/flexcloud/flavors/detail": "flavors",
  "/flavors/detail": "flavors",
  "/accounts/{accountId}/flexcloud/images": "images",
  "/images": "images",
  "/accounts/{accountId}/flexcloud/images/detail": "images",
  "/images/detail": "images",
} as const;
