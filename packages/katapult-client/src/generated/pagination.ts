// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/**
 * The paginated lists of the spec, for the runtime's `page-number` scheme (page number with totals: `page`/`per_page`, answered with a `pagination` object):
 * every GET path it applies to, with the property of a page that holds the items.
 */
export const paginatedPaths = {
  "/organizations/organization/api_tokens": "api_tokens",
  "/organizations/organization/object_storage/access_keys": "object_storage_access_keys",
  "/address_lists/address_list/entries": "address_list_entries",
  "/address_lists": "address_lists",
  "/organizations/organization/address_lists": "address_lists",
  "/organizations/organization/certificates": "certificates",
  "/countries": "countries",
  "/countries/country/country_states": "country_states",
  "/currencies": "currencies",
  "/organizations/organization/dns_zones": "dns_zones",
  "/organizations/organization/disk_io_profiles": "disk_io_profiles",
  "/organizations/organization/disk_backup_policies": "disk_backup_policies",
  "/virtual_machines/virtual_machine/disk_backup_policies": "disk_backup_policies",
  "/disks/disk/disk_backup_policies": "disk_backup_policies",
  "/disk_templates/disk_template/versions": "disk_template_versions",
  "/organizations/organization/disk_templates": "disk_templates",
  "/organizations/organization/disks": "disk",
  "/virtual_machines/virtual_machine/disks": "disks",
  "/organizations/organization/file_storage_volumes": "file_storage_volumes",
  "/gpu_types": "gpu_types",
  "/data_centers/data_center/gpu_types": "gpu_types",
  "/organizations/organization/ip_addresses": "ip_addresses",
  "/load_balancers/load_balancer/rules": "load_balancer_rules",
  "/organizations/organization/load_balancers": "load_balancers",
  "/organizations/organization/managed": "organizations",
  "/organizations/organization/network_speed_profiles": "network_speed_profiles",
  "/operating_systems": "operating_systems",
  "/organizations/organization/users_with_access": "users",
  "/organizations/organization/ssh_keys": "ssh_keys",
  "/security_groups/security_group/rules": "security_group_rules",
  "/organizations/organization/security_groups": "security_groups",
  "/organizations/organization/tags": "tags",
  "/organizations/organization/trash_objects": "trash_objects",
  "/organizations/organization/virtual_networks": "virtual_networks",
  "/virtual_machines/virtual_machine/network_interfaces": "virtual_machine_network_interfaces",
  "/virtual_machine_packages": "virtual_machine_packages",
  "/organizations/organization/virtual_machines": "virtual_machines",
} as const;
