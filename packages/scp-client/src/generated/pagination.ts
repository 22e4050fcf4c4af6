// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/**
 * The paginated lists of the spec, with the property of a page that holds the items and the list's scheme (of the
 * runtime's schemes the vendor names in redocly.yaml's x-pagination, those its lists use):
 *   page-size: `page`, `size`
 *   marker: `limit`, `marker`
 * `paginate` below and the resource layer's lists walk them.
 */
import {
  type GetOperation,
  type ItemOf,
  type ListOptions,
  type ListOptionsArgument,
  type OkJson,
  type Paginator,
  markerScheme,
  pageSizeScheme,
  paginateList,
} from '@cloudspecs/runtime/vendor-kit';
import type { ScpClient } from './client-types.js';
import type { paths } from './schema.js';

export const paginatedPaths = {
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/schedules": ["schedules", pageSizeScheme],
  "/v1/auto-scaling-groups/{auto_scaling_group_id}/virtual-servers": ["servers", markerScheme],
  "/v1/images": ["images", markerScheme],
  "/v1/keypairs": ["keypairs", markerScheme, "name"],
  "/v1/server-types": ["server_types", markerScheme],
  "/v1/servers": ["servers", markerScheme],
  "/v1/snapshots": ["snapshots", markerScheme],
  "/v1/volume-types": ["volume_types", markerScheme],
  "/v1/volumes": ["volumes", markerScheme],
  "/v1/vpcs": ["vpcs", markerScheme],
  "/v1/subnets": ["subnets", markerScheme],
  "/v1/ports": ["ports", markerScheme],
  "/v1/publicips": ["publicips", markerScheme],
  "/v1/internet-gateways": ["internet_gateways", markerScheme],
  "/v1/nat-gateways": ["nat_gateways", markerScheme],
  "/v1/private-nats": ["private_nats", pageSizeScheme],
  "/v1/private-nats/{private_nat_id}/private-nat-ips": ["private_nat_ips", pageSizeScheme],
  "/v1/transit-gateways": ["transit_gateways", pageSizeScheme],
  "/v1/transit-gateways/{transit_gateway_id}/routing-rules": ["transit_gateway_rules", pageSizeScheme],
  "/v1/transit-gateways/{transit_gateway_id}/vpc-connections": ["transit_gateway_vpc_connections", pageSizeScheme],
  "/v1/vpc-endpoints": ["vpc_endpoints", markerScheme],
  "/v1/vpc-peerings": ["vpc_peerings", pageSizeScheme],
  "/v1/vpc-peerings/{vpc_peering_id}/routing-rules": ["vpc_peering_rules", pageSizeScheme],
  "/v1/security-groups": ["security_groups", pageSizeScheme],
  "/v1/security-group-rules": ["security_group_rules", pageSizeScheme],
} as const;

/** The GET paths that are paginated lists: the table above. */
export type PaginatedPath = keyof typeof paginatedPaths;
type Get<P extends PaginatedPath> = GetOperation<paths, P>;
type Scheme<P extends PaginatedPath> = (typeof paginatedPaths)[P][1];
/** One page of a list, as the API answers it. */
export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
/** The items of a list: the array under the property the table names. */
export type PageItem<P extends PaginatedPath> = ItemOf<Page<P>, (typeof paginatedPaths)[P][0]>;
/** The options of `paginate` for a list: its path parameters and filters, its scheme's page size, a signal. */
export type PaginateOptions<P extends PaginatedPath> = ListOptions<Get<P>, Scheme<P>>;

/**
 * Walks a paginated list lazily, one request per page, on its scheme: `for await (const item of paginate(…))`, or
 * `.pages()` for whole pages. Breaking out of the loop makes no further request. Each page is a GET, retried by the
 * client's policy; a failure throws the runtime's error classes, a page that is not what the scheme expects a
 * ResponseParseError, and a cursor that does not advance (or an empty page that names a next one) a PaginationError.
 */
export function paginate<P extends PaginatedPath>(
  client: ScpClient<boolean>,
  path: P,
  ...[options]: ListOptionsArgument<Get<P>, Scheme<P>>
): Paginator<Page<P>, PageItem<P>> {
  return paginateList(client, "scp", paginatedPaths, path, options) as Paginator<Page<P>, PageItem<P>>;
}
