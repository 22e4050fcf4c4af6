// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** Each operationId by path template and lower-case method: what the spans of a traced client are named by. */
export const operationIds: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "/organizations/organization/api_tokens": {
    "get": "listOrganizationApiTokens",
    "post": "createApiToken"
  },
  "/api_tokens/api_token": {
    "delete": "deleteApiToken",
    "patch": "updateApiToken"
  },
  "/api_tokens/api_token/regenerate_secret": {
    "post": "regenerateApiTokenSecret"
  },
  "/organizations/organization/object_storage/object_storage_cluster/access_keys": {
    "post": "createObjectStorageAccessKey"
  },
  "/organizations/organization/object_storage/access_keys": {
    "get": "listObjectStorageAccessKeys"
  },
  "/object_storage/access_keys/access_key/generate_credentials": {
    "post": "generateObjectStorageAccessKeyCredentials"
  },
  "/object_storage/access_keys/access_key": {
    "get": "getObjectStorageAccessKey",
    "delete": "deleteObjectStorageAccessKey",
    "patch": "updateObjectStorageAccessKey"
  },
  "/address_lists/address_list/entries": {
    "get": "listAddressListEntries",
    "post": "createAddressListEntry"
  },
  "/address_list_entries/address_list_entry": {
    "get": "getAddressListEntry",
    "delete": "deleteAddressListEntry",
    "patch": "updateAddressListEntry"
  },
  "/address_lists/address_list/entries/bulk": {
    "post": "bulkUpdateAddressListEntries"
  },
  "/address_lists": {
    "get": "listGlobalAddressLists"
  },
  "/organizations/organization/address_lists": {
    "get": "listOrganizationAddressLists",
    "post": "createAddressList"
  },
  "/address_lists/address_list": {
    "get": "getAddressList",
    "delete": "deleteAddressList",
    "patch": "updateAddressList"
  },
  "/organizations/organization/object_storage/object_storage_cluster/buckets": {
    "post": "createObjectStorageBucket"
  },
  "/object_storage/object_storage_cluster/buckets/bucket": {
    "get": "getObjectStorageBucket",
    "delete": "deleteObjectStorageBucket",
    "patch": "updateObjectStorageBucket"
  },
  "/object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls": {
    "post": "revokeObjectStorageBucketPresignedUrls"
  },
  "/object_storage/object_storage_cluster/buckets/bucket/object": {
    "get": "getObjectStorageObject"
  },
  "/object_storage/object_storage_cluster/buckets/bucket/presigned_url": {
    "post": "createObjectStoragePresignedUrl"
  },
  "/organizations/organization/virtual_machines/build": {
    "post": "buildVirtualMachine"
  },
  "/organizations/organization/virtual_machines/build_from_spec": {
    "post": "buildVirtualMachineFromSpec"
  },
  "/virtual_machines/builds/virtual_machine_build": {
    "get": "getVirtualMachineBuild"
  },
  "/organizations/organization/certificates": {
    "get": "listCertificates"
  },
  "/certificates/certificate": {
    "get": "getCertificate"
  },
  "/virtual_machines/virtual_machine/console_sessions": {
    "post": "createConsoleSession"
  },
  "/countries": {
    "get": "listCountries"
  },
  "/countries/country": {
    "get": "getCountry"
  },
  "/countries/country/country_states": {
    "get": "listCountryStates"
  },
  "/country_states/country_state": {
    "get": "getCountryState"
  },
  "/currencies": {
    "get": "listCurrencies"
  },
  "/currencies/currency": {
    "get": "getCurrency"
  },
  "/organizations/organization/dns_zones": {
    "get": "listDnsZones",
    "post": "createDnsZone"
  },
  "/organizations/organization/dns_zones/nameservers": {
    "get": "listDnsNameservers"
  },
  "/dns_zones/dns_zone": {
    "get": "getDnsZone",
    "delete": "deleteDnsZone",
    "patch": "updateDnsZone"
  },
  "/dns_zones/dns_zone/verify": {
    "post": "verifyDnsZone"
  },
  "/data_centers": {
    "get": "listDataCenters"
  },
  "/data_centers/data_center": {
    "get": "getDataCenter"
  },
  "/data_centers/data_center/default_network": {
    "get": "getDataCenterDefaultNetwork"
  },
  "/organizations/organization/disk_io_profiles": {
    "get": "listDiskIoProfiles"
  },
  "/organizations/organization/disk_backup_policies": {
    "get": "listOrganizationDiskBackupPolicies"
  },
  "/virtual_machines/virtual_machine/disk_backup_policies": {
    "get": "listVirtualMachineDiskBackupPolicies",
    "post": "createVirtualMachineDiskBackupPolicy"
  },
  "/disks/disk/disk_backup_policies": {
    "get": "listDiskDiskBackupPolicies",
    "post": "createDiskDiskBackupPolicy"
  },
  "/disk_backup_policies/disk_backup_policy": {
    "get": "getDiskBackupPolicy",
    "delete": "deleteDiskBackupPolicy",
    "patch": "updateDiskBackupPolicy"
  },
  "/disk_backup_policies/disk_backup_policy/schedule": {
    "delete": "scheduleDiskBackupPolicyDeletion"
  },
  "/disk_templates/disk_template/versions": {
    "get": "listDiskTemplateVersions"
  },
  "/disk_template_versions/disk_template_version": {
    "get": "getDiskTemplateVersion"
  },
  "/disk_template_versions/disk_template_version/spec": {
    "get": "getDiskTemplateVersionSpec"
  },
  "/organizations/organization/disk_templates": {
    "get": "listDiskTemplates"
  },
  "/disk_templates/disk_template": {
    "get": "getDiskTemplate"
  },
  "/organizations/organization/disks": {
    "get": "listDisks",
    "post": "createDisk"
  },
  "/disks/disk": {
    "get": "getDisk",
    "delete": "deleteDisk",
    "patch": "updateDisk"
  },
  "/disks/disk/assign": {
    "post": "assignDisk"
  },
  "/disks/disk/unassign": {
    "post": "unassignDisk"
  },
  "/disks/disk/attach": {
    "post": "attachDisk"
  },
  "/disks/disk/detach": {
    "post": "detachDisk"
  },
  "/disks/disk/resize": {
    "put": "resizeDisk"
  },
  "/disks/disk/io_profile": {
    "put": "changeDiskIoProfile"
  },
  "/virtual_machines/virtual_machine/disks": {
    "get": "listVirtualMachineDisks"
  },
  "/organizations/organization/file_storage_volumes": {
    "get": "listFileStorageVolumes",
    "post": "createFileStorageVolume"
  },
  "/file_storage_volumes/file_storage_volume": {
    "get": "getFileStorageVolume",
    "delete": "deleteFileStorageVolume",
    "patch": "updateFileStorageVolume"
  },
  "/gpu_types": {
    "get": "listGpuTypes"
  },
  "/gpu_types/gpu_type": {
    "get": "getGpuType"
  },
  "/data_centers/data_center/gpu_types": {
    "get": "listDataCenterGpuTypes"
  },
  "/organizations/organization/ip_addresses": {
    "get": "listOrganizationIpAddresses",
    "post": "createIpAddress"
  },
  "/ip_addresses/ip_address": {
    "get": "getIpAddress",
    "delete": "releaseIpAddress",
    "patch": "updateIpAddress"
  },
  "/ip_addresses/ip_address/unallocate": {
    "post": "unallocateIpAddress"
  },
  "/load_balancers/load_balancer/rules": {
    "get": "listLoadBalancerRules",
    "post": "createLoadBalancerRule"
  },
  "/load_balancers/rules/load_balancer_rule": {
    "get": "getLoadBalancerRule",
    "delete": "deleteLoadBalancerRule",
    "patch": "updateLoadBalancerRule"
  },
  "/organizations/organization/load_balancers": {
    "get": "listLoadBalancers",
    "post": "createLoadBalancer"
  },
  "/load_balancers/load_balancer": {
    "get": "getLoadBalancer",
    "delete": "deleteLoadBalancer",
    "patch": "updateLoadBalancer"
  },
  "/organizations/organization/managed": {
    "get": "listManagedOrganizations",
    "post": "createManagedOrganization"
  },
  "/managed_organizations/organization": {
    "delete": "deleteManagedOrganization"
  },
  "/organizations/organization/network_speed_profiles": {
    "get": "listNetworkSpeedProfiles"
  },
  "/organizations/organization/available_networks": {
    "get": "listOrganizationAvailableNetworks"
  },
  "/networks/network": {
    "get": "getNetwork"
  },
  "/organizations/organization/object_storage/object_storage_cluster": {
    "get": "getObjectStorageAccount",
    "post": "createObjectStorageAccount",
    "delete": "deleteObjectStorageAccount"
  },
  "/operating_systems": {
    "get": "listOperatingSystems"
  },
  "/operating_systems/operating_system": {
    "get": "getOperatingSystem"
  },
  "/organizations/organization/users_with_access": {
    "get": "listOrganizationUsers"
  },
  "/organizations": {
    "get": "listOrganizations"
  },
  "/organizations/organization": {
    "get": "getOrganization"
  },
  "/organizations/organization/policy": {
    "get": "getOrganizationPolicy"
  },
  "/organizations/organization/policy_limits": {
    "get": "getOrganizationPolicyLimits"
  },
  "/organizations/organization/prices": {
    "get": "getOrganizationPrices"
  },
  "/organizations/organization/deletion_steps": {
    "get": "getOrganizationDeletionSteps"
  },
  "/virtual_machines/virtual_machine/start": {
    "post": "startVirtualMachine"
  },
  "/virtual_machines/virtual_machine/stop": {
    "post": "stopVirtualMachine"
  },
  "/virtual_machines/virtual_machine/shutdown": {
    "post": "shutdownVirtualMachine"
  },
  "/virtual_machines/virtual_machine/reset": {
    "post": "resetVirtualMachine"
  },
  "/dns_zones/dns_zone/records": {
    "get": "listDnsRecords",
    "post": "createDnsRecord"
  },
  "/dns_records/dns_record": {
    "get": "getDnsRecord",
    "delete": "deleteDnsRecord",
    "patch": "updateDnsRecord"
  },
  "/organizations/organization/ssh_keys": {
    "get": "listSshKeys",
    "post": "addSshKey"
  },
  "/ssh_keys/ssh_key": {
    "delete": "deleteSshKey"
  },
  "/security_groups/security_group/rules": {
    "get": "listSecurityGroupRules",
    "post": "createSecurityGroupRule"
  },
  "/security_groups/rules/security_group_rule": {
    "get": "getSecurityGroupRule",
    "delete": "deleteSecurityGroupRule",
    "patch": "updateSecurityGroupRule"
  },
  "/organizations/organization/security_groups": {
    "get": "listSecurityGroups",
    "post": "createSecurityGroup"
  },
  "/security_groups/security_group": {
    "get": "getSecurityGroup",
    "delete": "deleteSecurityGroup",
    "patch": "updateSecurityGroup"
  },
  "/organizations/organization/tags": {
    "get": "listTags",
    "post": "createTag"
  },
  "/tags/tag": {
    "get": "getTag",
    "delete": "deleteTag",
    "patch": "updateTag"
  },
  "/tasks/task": {
    "get": "getTask"
  },
  "/organizations/organization/trash_objects": {
    "get": "listTrashObjects"
  },
  "/organizations/organization/trash_objects/purge_all": {
    "post": "purgeAllTrashObjects"
  },
  "/trash_objects/trash_object": {
    "get": "getTrashObject",
    "delete": "purgeTrashObject"
  },
  "/trash_objects/trash_object/restore": {
    "post": "restoreTrashObject"
  },
  "/users/current": {
    "get": "getCurrentUser"
  },
  "/invalidate_linked_web_session": {
    "post": "invalidateLinkedWebSession"
  },
  "/organizations/organization/virtual_networks": {
    "get": "listVirtualNetworks",
    "post": "createVirtualNetwork"
  },
  "/virtual_networks/virtual_network": {
    "get": "getVirtualNetwork",
    "delete": "deleteVirtualNetwork",
    "patch": "updateVirtualNetwork"
  },
  "/organizations/organization/virtual_machine_groups": {
    "get": "listVirtualMachineGroups",
    "post": "createVirtualMachineGroup"
  },
  "/virtual_machine_groups/virtual_machine_group": {
    "get": "getVirtualMachineGroup",
    "delete": "deleteVirtualMachineGroup",
    "patch": "updateVirtualMachineGroup"
  },
  "/virtual_machines/virtual_machine/network_interfaces": {
    "get": "listVirtualMachineNetworkInterfaces",
    "post": "createVirtualMachineNetworkInterface"
  },
  "/virtual_machines/virtual_machine/networks/network/interface": {
    "get": "getVirtualMachineNetworkInterfaceByNetwork"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface": {
    "get": "getNetworkInterface",
    "delete": "deleteVirtualMachineNetworkInterface"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version": {
    "get": "listAvailableIpsForNetworkInterface"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip": {
    "post": "allocateIpToNetworkInterface"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip": {
    "post": "allocateNewIpToNetworkInterface"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile": {
    "patch": "updateNetworkInterfaceSpeedProfile"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface/attach": {
    "post": "attachNetworkInterface"
  },
  "/virtual_machine_network_interfaces/virtual_machine_network_interface/detach": {
    "post": "detachNetworkInterface"
  },
  "/virtual_machine_packages": {
    "get": "listVirtualMachinePackages"
  },
  "/virtual_machine_packages/virtual_machine_package": {
    "get": "getVirtualMachinePackage"
  },
  "/organizations/organization/virtual_machines": {
    "get": "listOrganizationVirtualMachines"
  },
  "/virtual_machines/virtual_machine": {
    "get": "getVirtualMachine",
    "delete": "deleteVirtualMachine",
    "patch": "updateVirtualMachine"
  },
  "/virtual_machines/virtual_machine/package": {
    "put": "changeVirtualMachinePackage"
  },
  "/virtual_machines/virtual_machine/flexible_resources": {
    "put": "changeVirtualMachineFlexibleResources"
  },
  "/virtual_machines/virtual_machine/allocate_ip": {
    "post": "allocateIpToVirtualMachine"
  },
  "/virtual_machine/authorized_keys": {
    "get": "getVirtualMachineAuthorizedKeys"
  },
  "/zones": {
    "get": "listZones"
  },
  "/zones/zone": {
    "get": "getZone"
  }
};
