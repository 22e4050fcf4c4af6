// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/**
 * The paginated lists of the spec, with the property of a page that holds the items and the list's scheme (of the
 * runtime's schemes the vendor names in redocly.yaml's x-pagination, those its lists use):
 *   page-number: `page`, `per_page`, and each page's `pagination`
 * `paginate` below and the resource layer's lists walk them.
 */
import {
  type GetOperation,
  type ItemOf,
  type ListOptions,
  type ListOptionsArgument,
  type OkJson,
  type Paginator,
  pageNumberScheme,
  paginateList,
} from '@cloudspecs/runtime/vendor-kit';
import type { KatapultClient } from './client-types.js';
import type { paths } from './schema.js';

export const paginatedPaths = {
  "/organizations/organization/api_tokens": ["api_tokens", pageNumberScheme],
  "/organizations/organization/object_storage/access_keys": ["object_storage_access_keys", pageNumberScheme],
  "/address_lists/address_list/entries": ["address_list_entries", pageNumberScheme],
  "/address_lists": ["address_lists", pageNumberScheme],
  "/organizations/organization/address_lists": ["address_lists", pageNumberScheme],
  "/organizations/organization/certificates": ["certificates", pageNumberScheme],
  "/countries": ["countries", pageNumberScheme],
  "/countries/country/country_states": ["country_states", pageNumberScheme],
  "/currencies": ["currencies", pageNumberScheme],
  "/organizations/organization/dns_zones": ["dns_zones", pageNumberScheme],
  "/organizations/organization/disk_io_profiles": ["disk_io_profiles", pageNumberScheme],
  "/organizations/organization/disk_backup_policies": ["disk_backup_policies", pageNumberScheme],
  "/virtual_machines/virtual_machine/disk_backup_policies": ["disk_backup_policies", pageNumberScheme],
  "/disks/disk/disk_backup_policies": ["disk_backup_policies", pageNumberScheme],
  "/disk_templates/disk_template/versions": ["disk_template_versions", pageNumberScheme],
  "/organizations/organization/disk_templates": ["disk_templates", pageNumberScheme],
  "/organizations/organization/disks": ["disk", pageNumberScheme],
  "/virtual_machines/virtual_machine/disks": ["disks", pageNumberScheme],
  "/organizations/organization/file_storage_volumes": ["file_storage_volumes", pageNumberScheme],
  "/gpu_types": ["gpu_types", pageNumberScheme],
  "/data_centers/data_center/gpu_types": ["gpu_types", pageNumberScheme],
  "/organizations/organization/ip_addresses": ["ip_addresses", pageNumberScheme],
  "/load_balancers/load_balancer/rules": ["load_balancer_rules", pageNumberScheme],
  "/organizations/organization/load_balancers": ["load_balancers", pageNumberScheme],
  "/organizations/organization/managed": ["organizations", pageNumberScheme],
  "/organizations/organization/network_speed_profiles": ["network_speed_profiles", pageNumberScheme],
  "/operating_systems": ["operating_systems", pageNumberScheme],
  "/organizations/organization/users_with_access": ["users", pageNumberScheme],
  "/organizations/organization/ssh_keys": ["ssh_keys", pageNumberScheme],
  "/security_groups/security_group/rules": ["security_group_rules", pageNumberScheme],
  "/organizations/organization/security_groups": ["security_groups", pageNumberScheme],
  "/organizations/organization/tags": ["tags", pageNumberScheme],
  "/organizations/organization/trash_objects": ["trash_objects", pageNumberScheme],
  "/organizations/organization/virtual_networks": ["virtual_networks", pageNumberScheme],
  "/virtual_machines/virtual_machine/network_interfaces": ["virtual_machine_network_interfaces", pageNumberScheme],
  "/virtual_machine_packages": ["virtual_machine_packages", pageNumberScheme],
  "/organizations/organization/virtual_machines": ["virtual_machines", pageNumberScheme],
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
  client: KatapultClient<boolean>,
  path: P,
  ...[options]: ListOptionsArgument<Get<P>, Scheme<P>>
): Paginator<Page<P>, PageItem<P>> {
  return paginateList(client, "katapult", paginatedPaths, path, options) as Paginator<Page<P>, PageItem<P>>;
}
