// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// The resource layer: one method per operation, grouped by namespace (specs/README.md, "Resource names"), over
// the path-style client. `operations` is what the runtime's resourceClass reads; the interfaces give each method
// its types.
import type { ApiPromise, ListPromise, RequestOptions } from '@cloudspecs/runtime';
import { type BoundHelper, type ItemOf, listWalker, type ResourceTable, resourceClass } from '@cloudspecs/runtime/vendor-kit';
import { createKatapultClient, type KatapultClientOptions } from '../client.js';
import { waitForBuild } from '../builds.js';
import { waitForTask } from '../tasks.js';
import type { KatapultClient } from './client-types.js';
import { credentialOptions } from './operations.js';
import { paginatedPaths } from './pagination.js';
import type {
  AddSshKeyParams,
  AddSshKeyResponse,
  AllocateIpToNetworkInterfaceParams,
  AllocateIpToNetworkInterfaceResponse,
  AllocateIpToVirtualMachineParams,
  AllocateIpToVirtualMachineResponse,
  AllocateNewIpToNetworkInterfaceParams,
  AllocateNewIpToNetworkInterfaceResponse,
  AssignDiskParams,
  AssignDiskResponse,
  AttachDiskParams,
  AttachDiskResponse,
  AttachNetworkInterfaceParams,
  AttachNetworkInterfaceResponse,
  BuildVirtualMachineFromSpecParams,
  BuildVirtualMachineFromSpecResponse,
  BuildVirtualMachineParams,
  BuildVirtualMachineResponse,
  BulkUpdateAddressListEntriesParams,
  BulkUpdateAddressListEntriesResponse,
  ChangeDiskIoProfileParams,
  ChangeDiskIoProfileResponse,
  ChangeVirtualMachineFlexibleResourcesParams,
  ChangeVirtualMachineFlexibleResourcesResponse,
  ChangeVirtualMachinePackageParams,
  ChangeVirtualMachinePackageResponse,
  CreateAddressListEntryParams,
  CreateAddressListEntryResponse,
  CreateAddressListParams,
  CreateAddressListResponse,
  CreateApiTokenParams,
  CreateApiTokenResponse,
  CreateConsoleSessionParams,
  CreateConsoleSessionResponse,
  CreateDiskDiskBackupPolicyParams,
  CreateDiskDiskBackupPolicyResponse,
  CreateDiskParams,
  CreateDiskResponse,
  CreateDnsRecordParams,
  CreateDnsRecordResponse,
  CreateDnsZoneParams,
  CreateDnsZoneResponse,
  CreateFileStorageVolumeParams,
  CreateFileStorageVolumeResponse,
  CreateIpAddressParams,
  CreateIpAddressResponse,
  CreateLoadBalancerParams,
  CreateLoadBalancerResponse,
  CreateLoadBalancerRuleParams,
  CreateLoadBalancerRuleResponse,
  CreateManagedOrganizationParams,
  CreateManagedOrganizationResponse,
  CreateObjectStorageAccessKeyParams,
  CreateObjectStorageAccessKeyResponse,
  CreateObjectStorageAccountParams,
  CreateObjectStorageAccountResponse,
  CreateObjectStorageBucketParams,
  CreateObjectStorageBucketResponse,
  CreateObjectStoragePresignedUrlParams,
  CreateObjectStoragePresignedUrlResponse,
  CreateSecurityGroupParams,
  CreateSecurityGroupResponse,
  CreateSecurityGroupRuleParams,
  CreateSecurityGroupRuleResponse,
  CreateTagParams,
  CreateTagResponse,
  CreateVirtualMachineDiskBackupPolicyParams,
  CreateVirtualMachineDiskBackupPolicyResponse,
  CreateVirtualMachineGroupParams,
  CreateVirtualMachineGroupResponse,
  CreateVirtualMachineNetworkInterfaceParams,
  CreateVirtualMachineNetworkInterfaceResponse,
  CreateVirtualNetworkParams,
  CreateVirtualNetworkResponse,
  DeleteAddressListEntryParams,
  DeleteAddressListEntryResponse,
  DeleteAddressListParams,
  DeleteAddressListResponse,
  DeleteApiTokenParams,
  DeleteApiTokenResponse,
  DeleteDiskBackupPolicyParams,
  DeleteDiskBackupPolicyResponse,
  DeleteDiskParams,
  DeleteDiskResponse,
  DeleteDnsRecordParams,
  DeleteDnsRecordResponse,
  DeleteDnsZoneParams,
  DeleteDnsZoneResponse,
  DeleteFileStorageVolumeParams,
  DeleteFileStorageVolumeResponse,
  DeleteLoadBalancerParams,
  DeleteLoadBalancerResponse,
  DeleteLoadBalancerRuleParams,
  DeleteLoadBalancerRuleResponse,
  DeleteManagedOrganizationParams,
  DeleteManagedOrganizationResponse,
  DeleteObjectStorageAccessKeyParams,
  DeleteObjectStorageAccessKeyResponse,
  DeleteObjectStorageAccountParams,
  DeleteObjectStorageAccountResponse,
  DeleteObjectStorageBucketParams,
  DeleteObjectStorageBucketResponse,
  DeleteSecurityGroupParams,
  DeleteSecurityGroupResponse,
  DeleteSecurityGroupRuleParams,
  DeleteSecurityGroupRuleResponse,
  DeleteSshKeyParams,
  DeleteSshKeyResponse,
  DeleteTagParams,
  DeleteTagResponse,
  DeleteVirtualMachineGroupParams,
  DeleteVirtualMachineGroupResponse,
  DeleteVirtualMachineNetworkInterfaceParams,
  DeleteVirtualMachineNetworkInterfaceResponse,
  DeleteVirtualMachineParams,
  DeleteVirtualMachineResponse,
  DeleteVirtualNetworkParams,
  DeleteVirtualNetworkResponse,
  DetachDiskParams,
  DetachDiskResponse,
  DetachNetworkInterfaceParams,
  DetachNetworkInterfaceResponse,
  GenerateObjectStorageAccessKeyCredentialsParams,
  GenerateObjectStorageAccessKeyCredentialsResponse,
  GetAddressListEntryParams,
  GetAddressListEntryResponse,
  GetAddressListParams,
  GetAddressListResponse,
  GetCertificateParams,
  GetCertificateResponse,
  GetCountryParams,
  GetCountryResponse,
  GetCountryStateParams,
  GetCountryStateResponse,
  GetCurrencyParams,
  GetCurrencyResponse,
  GetCurrentUserParams,
  GetCurrentUserResponse,
  GetDataCenterDefaultNetworkParams,
  GetDataCenterDefaultNetworkResponse,
  GetDataCenterParams,
  GetDataCenterResponse,
  GetDiskBackupPolicyParams,
  GetDiskBackupPolicyResponse,
  GetDiskParams,
  GetDiskResponse,
  GetDiskTemplateParams,
  GetDiskTemplateResponse,
  GetDiskTemplateVersionParams,
  GetDiskTemplateVersionResponse,
  GetDiskTemplateVersionSpecParams,
  GetDiskTemplateVersionSpecResponse,
  GetDnsRecordParams,
  GetDnsRecordResponse,
  GetDnsZoneParams,
  GetDnsZoneResponse,
  GetFileStorageVolumeParams,
  GetFileStorageVolumeResponse,
  GetGpuTypeParams,
  GetGpuTypeResponse,
  GetIpAddressParams,
  GetIpAddressResponse,
  GetLoadBalancerParams,
  GetLoadBalancerResponse,
  GetLoadBalancerRuleParams,
  GetLoadBalancerRuleResponse,
  GetNetworkInterfaceParams,
  GetNetworkInterfaceResponse,
  GetNetworkParams,
  GetNetworkResponse,
  GetObjectStorageAccessKeyParams,
  GetObjectStorageAccessKeyResponse,
  GetObjectStorageAccountParams,
  GetObjectStorageAccountResponse,
  GetObjectStorageBucketParams,
  GetObjectStorageBucketResponse,
  GetObjectStorageObjectParams,
  GetObjectStorageObjectResponse,
  GetOperatingSystemParams,
  GetOperatingSystemResponse,
  GetOrganizationDeletionStepsParams,
  GetOrganizationDeletionStepsResponse,
  GetOrganizationParams,
  GetOrganizationPolicyLimitsParams,
  GetOrganizationPolicyLimitsResponse,
  GetOrganizationPolicyParams,
  GetOrganizationPolicyResponse,
  GetOrganizationPricesParams,
  GetOrganizationPricesResponse,
  GetOrganizationResponse,
  GetSecurityGroupParams,
  GetSecurityGroupResponse,
  GetSecurityGroupRuleParams,
  GetSecurityGroupRuleResponse,
  GetTagParams,
  GetTagResponse,
  GetTaskParams,
  GetTaskResponse,
  GetTrashObjectParams,
  GetTrashObjectResponse,
  GetVirtualMachineAuthorizedKeysParams,
  GetVirtualMachineAuthorizedKeysResponse,
  GetVirtualMachineBuildParams,
  GetVirtualMachineBuildResponse,
  GetVirtualMachineGroupParams,
  GetVirtualMachineGroupResponse,
  GetVirtualMachineNetworkInterfaceByNetworkParams,
  GetVirtualMachineNetworkInterfaceByNetworkResponse,
  GetVirtualMachinePackageParams,
  GetVirtualMachinePackageResponse,
  GetVirtualMachineParams,
  GetVirtualMachineResponse,
  GetVirtualNetworkParams,
  GetVirtualNetworkResponse,
  GetZoneParams,
  GetZoneResponse,
  InvalidateLinkedWebSessionParams,
  InvalidateLinkedWebSessionResponse,
  ListAddressListEntriesParams,
  ListAddressListEntriesResponse,
  ListAvailableIpsForNetworkInterfaceParams,
  ListAvailableIpsForNetworkInterfaceResponse,
  ListCertificatesParams,
  ListCertificatesResponse,
  ListCountriesParams,
  ListCountriesResponse,
  ListCountryStatesParams,
  ListCountryStatesResponse,
  ListCurrenciesParams,
  ListCurrenciesResponse,
  ListDataCenterGpuTypesParams,
  ListDataCenterGpuTypesResponse,
  ListDataCentersParams,
  ListDataCentersResponse,
  ListDiskDiskBackupPoliciesParams,
  ListDiskDiskBackupPoliciesResponse,
  ListDiskIoProfilesParams,
  ListDiskIoProfilesResponse,
  ListDiskTemplateVersionsParams,
  ListDiskTemplateVersionsResponse,
  ListDiskTemplatesParams,
  ListDiskTemplatesResponse,
  ListDisksParams,
  ListDisksResponse,
  ListDnsNameserversParams,
  ListDnsNameserversResponse,
  ListDnsRecordsParams,
  ListDnsRecordsResponse,
  ListDnsZonesParams,
  ListDnsZonesResponse,
  ListFileStorageVolumesParams,
  ListFileStorageVolumesResponse,
  ListGlobalAddressListsParams,
  ListGlobalAddressListsResponse,
  ListGpuTypesParams,
  ListGpuTypesResponse,
  ListLoadBalancerRulesParams,
  ListLoadBalancerRulesResponse,
  ListLoadBalancersParams,
  ListLoadBalancersResponse,
  ListManagedOrganizationsParams,
  ListManagedOrganizationsResponse,
  ListNetworkSpeedProfilesParams,
  ListNetworkSpeedProfilesResponse,
  ListObjectStorageAccessKeysParams,
  ListObjectStorageAccessKeysResponse,
  ListOperatingSystemsParams,
  ListOperatingSystemsResponse,
  ListOrganizationAddressListsParams,
  ListOrganizationAddressListsResponse,
  ListOrganizationApiTokensParams,
  ListOrganizationApiTokensResponse,
  ListOrganizationAvailableNetworksParams,
  ListOrganizationAvailableNetworksResponse,
  ListOrganizationDiskBackupPoliciesParams,
  ListOrganizationDiskBackupPoliciesResponse,
  ListOrganizationIpAddressesParams,
  ListOrganizationIpAddressesResponse,
  ListOrganizationUsersParams,
  ListOrganizationUsersResponse,
  ListOrganizationVirtualMachinesParams,
  ListOrganizationVirtualMachinesResponse,
  ListOrganizationsParams,
  ListOrganizationsResponse,
  ListSecurityGroupRulesParams,
  ListSecurityGroupRulesResponse,
  ListSecurityGroupsParams,
  ListSecurityGroupsResponse,
  ListSshKeysParams,
  ListSshKeysResponse,
  ListTagsParams,
  ListTagsResponse,
  ListTrashObjectsParams,
  ListTrashObjectsResponse,
  ListVirtualMachineDiskBackupPoliciesParams,
  ListVirtualMachineDiskBackupPoliciesResponse,
  ListVirtualMachineDisksParams,
  ListVirtualMachineDisksResponse,
  ListVirtualMachineGroupsParams,
  ListVirtualMachineGroupsResponse,
  ListVirtualMachineNetworkInterfacesParams,
  ListVirtualMachineNetworkInterfacesResponse,
  ListVirtualMachinePackagesParams,
  ListVirtualMachinePackagesResponse,
  ListVirtualNetworksParams,
  ListVirtualNetworksResponse,
  ListZonesParams,
  ListZonesResponse,
  PurgeAllTrashObjectsParams,
  PurgeAllTrashObjectsResponse,
  PurgeTrashObjectParams,
  PurgeTrashObjectResponse,
  RegenerateApiTokenSecretParams,
  RegenerateApiTokenSecretResponse,
  ReleaseIpAddressParams,
  ReleaseIpAddressResponse,
  ResetVirtualMachineParams,
  ResetVirtualMachineResponse,
  ResizeDiskParams,
  ResizeDiskResponse,
  RestoreTrashObjectParams,
  RestoreTrashObjectResponse,
  RevokeObjectStorageBucketPresignedUrlsParams,
  RevokeObjectStorageBucketPresignedUrlsResponse,
  ScheduleDiskBackupPolicyDeletionParams,
  ScheduleDiskBackupPolicyDeletionResponse,
  ShutdownVirtualMachineParams,
  ShutdownVirtualMachineResponse,
  StartVirtualMachineParams,
  StartVirtualMachineResponse,
  StopVirtualMachineParams,
  StopVirtualMachineResponse,
  UnallocateIpAddressParams,
  UnallocateIpAddressResponse,
  UnassignDiskParams,
  UnassignDiskResponse,
  UpdateAddressListEntryParams,
  UpdateAddressListEntryResponse,
  UpdateAddressListParams,
  UpdateAddressListResponse,
  UpdateApiTokenParams,
  UpdateApiTokenResponse,
  UpdateDiskBackupPolicyParams,
  UpdateDiskBackupPolicyResponse,
  UpdateDiskParams,
  UpdateDiskResponse,
  UpdateDnsRecordParams,
  UpdateDnsRecordResponse,
  UpdateDnsZoneParams,
  UpdateDnsZoneResponse,
  UpdateFileStorageVolumeParams,
  UpdateFileStorageVolumeResponse,
  UpdateIpAddressParams,
  UpdateIpAddressResponse,
  UpdateLoadBalancerParams,
  UpdateLoadBalancerResponse,
  UpdateLoadBalancerRuleParams,
  UpdateLoadBalancerRuleResponse,
  UpdateNetworkInterfaceSpeedProfileParams,
  UpdateNetworkInterfaceSpeedProfileResponse,
  UpdateObjectStorageAccessKeyParams,
  UpdateObjectStorageAccessKeyResponse,
  UpdateObjectStorageBucketParams,
  UpdateObjectStorageBucketResponse,
  UpdateSecurityGroupParams,
  UpdateSecurityGroupResponse,
  UpdateSecurityGroupRuleParams,
  UpdateSecurityGroupRuleResponse,
  UpdateTagParams,
  UpdateTagResponse,
  UpdateVirtualMachineGroupParams,
  UpdateVirtualMachineGroupResponse,
  UpdateVirtualMachineParams,
  UpdateVirtualMachineResponse,
  UpdateVirtualNetworkParams,
  UpdateVirtualNetworkResponse,
  VerifyDnsZoneParams,
  VerifyDnsZoneResponse,
} from './models.js';

/** Every operation: namespace → method → [HTTP method, path, flags, query keys, keys sent as parameter and body]. */
export const operations = {
  apiTokens: {
    list: ["get","/organizations/organization/api_tokens",8],
    create: ["post","/organizations/organization/api_tokens",1],
    delete: ["delete","/api_tokens/api_token",1],
    update: ["patch","/api_tokens/api_token",1],
    regenerateSecret: ["post","/api_tokens/api_token/regenerate_secret",1],
  },
  objectStorageAccessKeys: {
    create: ["post","/organizations/organization/object_storage/object_storage_cluster/access_keys",1],
    list: ["get","/organizations/organization/object_storage/access_keys",8],
    generateCredentials: ["post","/object_storage/access_keys/access_key/generate_credentials",1],
    get: ["get","/object_storage/access_keys/access_key"],
    delete: ["delete","/object_storage/access_keys/access_key",1],
    update: ["patch","/object_storage/access_keys/access_key",1],
  },
  addressListEntries: {
    list: ["get","/address_lists/address_list/entries",8],
    create: ["post","/address_lists/address_list/entries",1],
    get: ["get","/address_list_entries/address_list_entry"],
    delete: ["delete","/address_list_entries/address_list_entry",1],
    update: ["patch","/address_list_entries/address_list_entry",1],
    bulkUpdate: ["post","/address_lists/address_list/entries/bulk",1],
  },
  addressLists: {
    listGlobal: ["get","/address_lists",8],
    list: ["get","/organizations/organization/address_lists",8],
    create: ["post","/organizations/organization/address_lists",1],
    get: ["get","/address_lists/address_list"],
    delete: ["delete","/address_lists/address_list",1],
    update: ["patch","/address_lists/address_list",1],
  },
  objectStorageBuckets: {
    create: ["post","/organizations/organization/object_storage/object_storage_cluster/buckets",1],
    get: ["get","/object_storage/object_storage_cluster/buckets/bucket"],
    delete: ["delete","/object_storage/object_storage_cluster/buckets/bucket",1],
    update: ["patch","/object_storage/object_storage_cluster/buckets/bucket",1],
    revokePresignedUrls: ["post","/object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls",1],
    getObject: ["get","/object_storage/object_storage_cluster/buckets/bucket/object"],
    createPresignedUrl: ["post","/object_storage/object_storage_cluster/buckets/bucket/presigned_url",1],
  },
  virtualMachines: {
    build: ["post","/organizations/organization/virtual_machines/build",1],
    buildFromSpec: ["post","/organizations/organization/virtual_machines/build_from_spec",1],
    getBuild: ["get","/virtual_machines/builds/virtual_machine_build"],
    createConsoleSession: ["post","/virtual_machines/virtual_machine/console_sessions",1],
    start: ["post","/virtual_machines/virtual_machine/start",1],
    stop: ["post","/virtual_machines/virtual_machine/stop",1],
    shutdown: ["post","/virtual_machines/virtual_machine/shutdown",1],
    reset: ["post","/virtual_machines/virtual_machine/reset",1],
    list: ["get","/organizations/organization/virtual_machines",8],
    get: ["get","/virtual_machines/virtual_machine"],
    delete: ["delete","/virtual_machines/virtual_machine",2],
    update: ["patch","/virtual_machines/virtual_machine",1],
    changePackage: ["put","/virtual_machines/virtual_machine/package",1],
    changeFlexibleResources: ["put","/virtual_machines/virtual_machine/flexible_resources",1],
    allocateIp: ["post","/virtual_machines/virtual_machine/allocate_ip",1],
    getAuthorizedKeys: ["get","/virtual_machine/authorized_keys",4],
  },
  certificates: {
    list: ["get","/organizations/organization/certificates",8],
    get: ["get","/certificates/certificate"],
  },
  countries: {
    list: ["get","/countries",8],
    get: ["get","/countries/country"],
  },
  countryStates: {
    list: ["get","/countries/country/country_states",8],
    get: ["get","/country_states/country_state"],
  },
  currencies: {
    list: ["get","/currencies",8],
    get: ["get","/currencies/currency"],
  },
  dnsZones: {
    list: ["get","/organizations/organization/dns_zones",8],
    create: ["post","/organizations/organization/dns_zones",1],
    listNameservers: ["get","/organizations/organization/dns_zones/nameservers"],
    get: ["get","/dns_zones/dns_zone"],
    delete: ["delete","/dns_zones/dns_zone",1],
    update: ["patch","/dns_zones/dns_zone",1],
    verify: ["post","/dns_zones/dns_zone/verify",1],
  },
  dataCenters: {
    list: ["get","/data_centers"],
    get: ["get","/data_centers/data_center"],
    getDefaultNetwork: ["get","/data_centers/data_center/default_network"],
  },
  diskIoProfiles: {
    list: ["get","/organizations/organization/disk_io_profiles",8],
  },
  diskBackupPolicies: {
    list: ["get","/organizations/organization/disk_backup_policies",8],
    listForVirtualMachine: ["get","/virtual_machines/virtual_machine/disk_backup_policies",8],
    createForVirtualMachine: ["post","/virtual_machines/virtual_machine/disk_backup_policies",1],
    listForDisk: ["get","/disks/disk/disk_backup_policies",8],
    createForDisk: ["post","/disks/disk/disk_backup_policies",1],
    get: ["get","/disk_backup_policies/disk_backup_policy"],
    delete: ["delete","/disk_backup_policies/disk_backup_policy",1],
    update: ["patch","/disk_backup_policies/disk_backup_policy",1],
    scheduleDeletion: ["delete","/disk_backup_policies/disk_backup_policy/schedule",1],
  },
  diskTemplateVersions: {
    list: ["get","/disk_templates/disk_template/versions",8],
    get: ["get","/disk_template_versions/disk_template_version"],
    getSpec: ["get","/disk_template_versions/disk_template_version/spec"],
  },
  diskTemplates: {
    list: ["get","/organizations/organization/disk_templates",8],
    get: ["get","/disk_templates/disk_template"],
  },
  disks: {
    list: ["get","/organizations/organization/disks",8],
    create: ["post","/organizations/organization/disks",1],
    get: ["get","/disks/disk"],
    delete: ["delete","/disks/disk",1],
    update: ["patch","/disks/disk",1],
    assign: ["post","/disks/disk/assign",1],
    unassign: ["post","/disks/disk/unassign",1],
    attach: ["post","/disks/disk/attach",1],
    detach: ["post","/disks/disk/detach",1],
    resize: ["put","/disks/disk/resize",1],
    changeIoProfile: ["put","/disks/disk/io_profile",1],
    listForVirtualMachine: ["get","/virtual_machines/virtual_machine/disks",8],
  },
  fileStorageVolumes: {
    list: ["get","/organizations/organization/file_storage_volumes",8],
    create: ["post","/organizations/organization/file_storage_volumes",1],
    get: ["get","/file_storage_volumes/file_storage_volume"],
    delete: ["delete","/file_storage_volumes/file_storage_volume",1],
    update: ["patch","/file_storage_volumes/file_storage_volume",1],
  },
  gpuTypes: {
    list: ["get","/gpu_types",8],
    get: ["get","/gpu_types/gpu_type"],
    listForDataCenter: ["get","/data_centers/data_center/gpu_types",8],
  },
  ipAddresses: {
    list: ["get","/organizations/organization/ip_addresses",8],
    create: ["post","/organizations/organization/ip_addresses",1],
    get: ["get","/ip_addresses/ip_address"],
    release: ["delete","/ip_addresses/ip_address",18,["ip_address"],["ip_address"]],
    update: ["patch","/ip_addresses/ip_address",1],
    unallocate: ["post","/ip_addresses/ip_address/unallocate",18,["ip_address"],["ip_address"]],
  },
  loadBalancerRules: {
    list: ["get","/load_balancers/load_balancer/rules",8],
    create: ["post","/load_balancers/load_balancer/rules",1],
    get: ["get","/load_balancers/rules/load_balancer_rule"],
    delete: ["delete","/load_balancers/rules/load_balancer_rule",1],
    update: ["patch","/load_balancers/rules/load_balancer_rule",1],
  },
  loadBalancers: {
    list: ["get","/organizations/organization/load_balancers",8],
    create: ["post","/organizations/organization/load_balancers",1],
    get: ["get","/load_balancers/load_balancer"],
    delete: ["delete","/load_balancers/load_balancer",1],
    update: ["patch","/load_balancers/load_balancer",1],
  },
  managedOrganizations: {
    list: ["get","/organizations/organization/managed",8],
    create: ["post","/organizations/organization/managed",1],
    delete: ["delete","/managed_organizations/organization",1],
  },
  networkSpeedProfiles: {
    list: ["get","/organizations/organization/network_speed_profiles",8],
  },
  networks: {
    list: ["get","/organizations/organization/available_networks"],
    get: ["get","/networks/network"],
  },
  objectStorage: {
    getAccount: ["get","/organizations/organization/object_storage/object_storage_cluster"],
    createAccount: ["post","/organizations/organization/object_storage/object_storage_cluster",1],
    deleteAccount: ["delete","/organizations/organization/object_storage/object_storage_cluster",1],
  },
  operatingSystems: {
    list: ["get","/operating_systems",8],
    get: ["get","/operating_systems/operating_system"],
  },
  organizationUsers: {
    list: ["get","/organizations/organization/users_with_access",8],
  },
  organizations: {
    list: ["get","/organizations"],
    get: ["get","/organizations/organization"],
    getPolicy: ["get","/organizations/organization/policy"],
    getPolicyLimits: ["get","/organizations/organization/policy_limits"],
    getPrices: ["get","/organizations/organization/prices"],
    getDeletionSteps: ["get","/organizations/organization/deletion_steps"],
  },
  dnsRecords: {
    list: ["get","/dns_zones/dns_zone/records"],
    create: ["post","/dns_zones/dns_zone/records",1],
    get: ["get","/dns_records/dns_record"],
    delete: ["delete","/dns_records/dns_record",1],
    update: ["patch","/dns_records/dns_record",1],
  },
  sshKeys: {
    list: ["get","/organizations/organization/ssh_keys",8],
    add: ["post","/organizations/organization/ssh_keys",1],
    delete: ["delete","/ssh_keys/ssh_key",1],
  },
  securityGroupRules: {
    list: ["get","/security_groups/security_group/rules",8],
    create: ["post","/security_groups/security_group/rules",1],
    get: ["get","/security_groups/rules/security_group_rule"],
    delete: ["delete","/security_groups/rules/security_group_rule",1],
    update: ["patch","/security_groups/rules/security_group_rule",1],
  },
  securityGroups: {
    list: ["get","/organizations/organization/security_groups",8],
    create: ["post","/organizations/organization/security_groups",1],
    get: ["get","/security_groups/security_group"],
    delete: ["delete","/security_groups/security_group",1],
    update: ["patch","/security_groups/security_group",1],
  },
  tags: {
    list: ["get","/organizations/organization/tags",8],
    create: ["post","/organizations/organization/tags",1],
    get: ["get","/tags/tag"],
    delete: ["delete","/tags/tag",1],
    update: ["patch","/tags/tag",1],
  },
  tasks: {
    get: ["get","/tasks/task"],
  },
  trashObjects: {
    list: ["get","/organizations/organization/trash_objects",8],
    purgeAll: ["post","/organizations/organization/trash_objects/purge_all",1],
    get: ["get","/trash_objects/trash_object"],
    purge: ["delete","/trash_objects/trash_object",1],
    restore: ["post","/trash_objects/trash_object/restore",1],
  },
  users: {
    get: ["get","/users/current"],
    invalidateLinkedWebSession: ["post","/invalidate_linked_web_session",2],
  },
  virtualNetworks: {
    list: ["get","/organizations/organization/virtual_networks",8],
    create: ["post","/organizations/organization/virtual_networks",1],
    get: ["get","/virtual_networks/virtual_network"],
    delete: ["delete","/virtual_networks/virtual_network",1],
    update: ["patch","/virtual_networks/virtual_network",1],
  },
  virtualMachineGroups: {
    list: ["get","/organizations/organization/virtual_machine_groups"],
    create: ["post","/organizations/organization/virtual_machine_groups",1],
    get: ["get","/virtual_machine_groups/virtual_machine_group"],
    delete: ["delete","/virtual_machine_groups/virtual_machine_group",1],
    update: ["patch","/virtual_machine_groups/virtual_machine_group",1],
  },
  virtualMachineNetworkInterfaces: {
    list: ["get","/virtual_machines/virtual_machine/network_interfaces",8],
    create: ["post","/virtual_machines/virtual_machine/network_interfaces",1],
    getByNetwork: ["get","/virtual_machines/virtual_machine/networks/network/interface"],
    get: ["get","/virtual_machine_network_interfaces/virtual_machine_network_interface"],
    delete: ["delete","/virtual_machine_network_interfaces/virtual_machine_network_interface",1],
    listAvailableIps: ["get","/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version"],
    allocateIp: ["post","/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip",1],
    allocateNewIp: ["post","/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip",1],
    updateSpeedProfile: ["patch","/virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile",1],
    attach: ["post","/virtual_machine_network_interfaces/virtual_machine_network_interface/attach",1],
    detach: ["post","/virtual_machine_network_interfaces/virtual_machine_network_interface/detach",1],
  },
  virtualMachinePackages: {
    list: ["get","/virtual_machine_packages",8],
    get: ["get","/virtual_machine_packages/virtual_machine_package"],
  },
  zones: {
    list: ["get","/zones"],
    get: ["get","/zones/zone"],
  },
} as const satisfies ResourceTable;

/** katapult's operations as methods: `katapult.<namespace>.<method>(params, options)`. */
export interface KatapultResources {
  readonly apiTokens: {
    /**
     * List an organization's API tokens
     *
     * `GET /organizations/organization/api_tokens` (listOrganizationApiTokens): awaited, the first page; iterated, every item of every page
     */
    list(params: ListOrganizationApiTokensParams, options?: RequestOptions): ListPromise<ListOrganizationApiTokensResponse, ItemOf<ListOrganizationApiTokensResponse, "api_tokens">>;
    /**
     * Create an API token
     *
     * `POST /organizations/organization/api_tokens` (createApiToken)
     */
    create(params: CreateApiTokenParams, options?: RequestOptions): ApiPromise<CreateApiTokenResponse>;
    /**
     * Delete an API token
     *
     * `DELETE /api_tokens/api_token` (deleteApiToken)
     */
    delete(params: DeleteApiTokenParams, options?: RequestOptions): ApiPromise<DeleteApiTokenResponse>;
    /**
     * Update an API token
     *
     * `PATCH /api_tokens/api_token` (updateApiToken)
     */
    update(params: UpdateApiTokenParams, options?: RequestOptions): ApiPromise<UpdateApiTokenResponse>;
    /**
     * Regenerate an API token's secret
     *
     * `POST /api_tokens/api_token/regenerate_secret` (regenerateApiTokenSecret)
     */
    regenerateSecret(params: RegenerateApiTokenSecretParams, options?: RequestOptions): ApiPromise<RegenerateApiTokenSecretResponse>;
  };
  readonly objectStorageAccessKeys: {
    /**
     * Create an object storage access key
     *
     * `POST /organizations/organization/object_storage/object_storage_cluster/access_keys` (createObjectStorageAccessKey)
     */
    create(params: CreateObjectStorageAccessKeyParams, options?: RequestOptions): ApiPromise<CreateObjectStorageAccessKeyResponse>;
    /**
     * List object storage access keys
     *
     * `GET /organizations/organization/object_storage/access_keys` (listObjectStorageAccessKeys): awaited, the first page; iterated, every item of every page
     */
    list(params: ListObjectStorageAccessKeysParams, options?: RequestOptions): ListPromise<ListObjectStorageAccessKeysResponse, ItemOf<ListObjectStorageAccessKeysResponse, "object_storage_access_keys">>;
    /**
     * Generate S3 credentials for an access key
     *
     * `POST /object_storage/access_keys/access_key/generate_credentials` (generateObjectStorageAccessKeyCredentials)
     */
    generateCredentials(params: GenerateObjectStorageAccessKeyCredentialsParams, options?: RequestOptions): ApiPromise<GenerateObjectStorageAccessKeyCredentialsResponse>;
    /**
     * Get an object storage access key
     *
     * `GET /object_storage/access_keys/access_key` (getObjectStorageAccessKey)
     */
    get(params: GetObjectStorageAccessKeyParams, options?: RequestOptions): ApiPromise<GetObjectStorageAccessKeyResponse>;
    /**
     * Delete an object storage access key
     *
     * `DELETE /object_storage/access_keys/access_key` (deleteObjectStorageAccessKey)
     */
    delete(params: DeleteObjectStorageAccessKeyParams, options?: RequestOptions): ApiPromise<DeleteObjectStorageAccessKeyResponse>;
    /**
     * Update an object storage access key
     *
     * `PATCH /object_storage/access_keys/access_key` (updateObjectStorageAccessKey)
     */
    update(params: UpdateObjectStorageAccessKeyParams, options?: RequestOptions): ApiPromise<UpdateObjectStorageAccessKeyResponse>;
  };
  readonly addressListEntries: {
    /**
     * List an address list's entries
     *
     * `GET /address_lists/address_list/entries` (listAddressListEntries): awaited, the first page; iterated, every item of every page
     */
    list(params: ListAddressListEntriesParams, options?: RequestOptions): ListPromise<ListAddressListEntriesResponse, ItemOf<ListAddressListEntriesResponse, "address_list_entries">>;
    /**
     * Add an entry to an address list
     *
     * `POST /address_lists/address_list/entries` (createAddressListEntry)
     */
    create(params: CreateAddressListEntryParams, options?: RequestOptions): ApiPromise<CreateAddressListEntryResponse>;
    /**
     * Get an address list entry
     *
     * `GET /address_list_entries/address_list_entry` (getAddressListEntry)
     */
    get(params: GetAddressListEntryParams, options?: RequestOptions): ApiPromise<GetAddressListEntryResponse>;
    /**
     * Delete an address list entry
     *
     * `DELETE /address_list_entries/address_list_entry` (deleteAddressListEntry)
     */
    delete(params: DeleteAddressListEntryParams, options?: RequestOptions): ApiPromise<DeleteAddressListEntryResponse>;
    /**
     * Update an address list entry
     *
     * `PATCH /address_list_entries/address_list_entry` (updateAddressListEntry)
     */
    update(params: UpdateAddressListEntryParams, options?: RequestOptions): ApiPromise<UpdateAddressListEntryResponse>;
    /**
     * Change address list entries in bulk
     *
     * `POST /address_lists/address_list/entries/bulk` (bulkUpdateAddressListEntries)
     */
    bulkUpdate(params: BulkUpdateAddressListEntriesParams, options?: RequestOptions): ApiPromise<BulkUpdateAddressListEntriesResponse>;
  };
  readonly addressLists: {
    /**
     * List global address lists
     *
     * `GET /address_lists` (listGlobalAddressLists): awaited, the first page; iterated, every item of every page
     */
    listGlobal(params?: ListGlobalAddressListsParams, options?: RequestOptions): ListPromise<ListGlobalAddressListsResponse, ItemOf<ListGlobalAddressListsResponse, "address_lists">>;
    /**
     * List an organization's address lists
     *
     * `GET /organizations/organization/address_lists` (listOrganizationAddressLists): awaited, the first page; iterated, every item of every page
     */
    list(params: ListOrganizationAddressListsParams, options?: RequestOptions): ListPromise<ListOrganizationAddressListsResponse, ItemOf<ListOrganizationAddressListsResponse, "address_lists">>;
    /**
     * Create an address list
     *
     * `POST /organizations/organization/address_lists` (createAddressList)
     */
    create(params: CreateAddressListParams, options?: RequestOptions): ApiPromise<CreateAddressListResponse>;
    /**
     * Get an address list
     *
     * `GET /address_lists/address_list` (getAddressList)
     */
    get(params: GetAddressListParams, options?: RequestOptions): ApiPromise<GetAddressListResponse>;
    /**
     * Delete an address list
     *
     * `DELETE /address_lists/address_list` (deleteAddressList)
     */
    delete(params: DeleteAddressListParams, options?: RequestOptions): ApiPromise<DeleteAddressListResponse>;
    /**
     * Update an address list
     *
     * `PATCH /address_lists/address_list` (updateAddressList)
     */
    update(params: UpdateAddressListParams, options?: RequestOptions): ApiPromise<UpdateAddressListResponse>;
  };
  readonly objectStorageBuckets: {
    /**
     * Create an object storage bucket
     *
     * `POST /organizations/organization/object_storage/object_storage_cluster/buckets` (createObjectStorageBucket)
     */
    create(params: CreateObjectStorageBucketParams, options?: RequestOptions): ApiPromise<CreateObjectStorageBucketResponse>;
    /**
     * Get an object storage bucket
     *
     * `GET /object_storage/object_storage_cluster/buckets/bucket` (getObjectStorageBucket)
     */
    get(params: GetObjectStorageBucketParams, options?: RequestOptions): ApiPromise<GetObjectStorageBucketResponse>;
    /**
     * Delete an object storage bucket
     *
     * `DELETE /object_storage/object_storage_cluster/buckets/bucket` (deleteObjectStorageBucket)
     */
    delete(params: DeleteObjectStorageBucketParams, options?: RequestOptions): ApiPromise<DeleteObjectStorageBucketResponse>;
    /**
     * Update an object storage bucket
     *
     * `PATCH /object_storage/object_storage_cluster/buckets/bucket` (updateObjectStorageBucket)
     */
    update(params: UpdateObjectStorageBucketParams, options?: RequestOptions): ApiPromise<UpdateObjectStorageBucketResponse>;
    /**
     * Revoke a bucket's presigned URLs
     *
     * `POST /object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls` (revokeObjectStorageBucketPresignedUrls)
     */
    revokePresignedUrls(params: RevokeObjectStorageBucketPresignedUrlsParams, options?: RequestOptions): ApiPromise<RevokeObjectStorageBucketPresignedUrlsResponse>;
    /**
     * Get an object in a bucket
     *
     * `GET /object_storage/object_storage_cluster/buckets/bucket/object` (getObjectStorageObject)
     */
    getObject(params: GetObjectStorageObjectParams, options?: RequestOptions): ApiPromise<GetObjectStorageObjectResponse>;
    /**
     * Create a presigned URL for an object
     *
     * `POST /object_storage/object_storage_cluster/buckets/bucket/presigned_url` (createObjectStoragePresignedUrl)
     */
    createPresignedUrl(params: CreateObjectStoragePresignedUrlParams, options?: RequestOptions): ApiPromise<CreateObjectStoragePresignedUrlResponse>;
  };
  readonly virtualMachines: {
    /**
     * Build a virtual machine
     *
     * `POST /organizations/organization/virtual_machines/build` (buildVirtualMachine)
     */
    build(params: BuildVirtualMachineParams, options?: RequestOptions): ApiPromise<BuildVirtualMachineResponse>;
    /**
     * Build a virtual machine from an XML spec
     *
     * `POST /organizations/organization/virtual_machines/build_from_spec` (buildVirtualMachineFromSpec)
     */
    buildFromSpec(params: BuildVirtualMachineFromSpecParams, options?: RequestOptions): ApiPromise<BuildVirtualMachineFromSpecResponse>;
    /**
     * Get a virtual machine build
     *
     * `GET /virtual_machines/builds/virtual_machine_build` (getVirtualMachineBuild)
     */
    getBuild(params: GetVirtualMachineBuildParams, options?: RequestOptions): ApiPromise<GetVirtualMachineBuildResponse>;
    /**
     * Open a console session
     *
     * `POST /virtual_machines/virtual_machine/console_sessions` (createConsoleSession)
     */
    createConsoleSession(params: CreateConsoleSessionParams, options?: RequestOptions): ApiPromise<CreateConsoleSessionResponse>;
    /**
     * Start a virtual machine
     *
     * `POST /virtual_machines/virtual_machine/start` (startVirtualMachine)
     */
    start(params: StartVirtualMachineParams, options?: RequestOptions): ApiPromise<StartVirtualMachineResponse>;
    /**
     * Stop a virtual machine
     *
     * `POST /virtual_machines/virtual_machine/stop` (stopVirtualMachine)
     */
    stop(params: StopVirtualMachineParams, options?: RequestOptions): ApiPromise<StopVirtualMachineResponse>;
    /**
     * Shut down a virtual machine
     *
     * `POST /virtual_machines/virtual_machine/shutdown` (shutdownVirtualMachine)
     */
    shutdown(params: ShutdownVirtualMachineParams, options?: RequestOptions): ApiPromise<ShutdownVirtualMachineResponse>;
    /**
     * Reset a virtual machine
     *
     * `POST /virtual_machines/virtual_machine/reset` (resetVirtualMachine)
     */
    reset(params: ResetVirtualMachineParams, options?: RequestOptions): ApiPromise<ResetVirtualMachineResponse>;
    /**
     * List an organization's virtual machines
     *
     * `GET /organizations/organization/virtual_machines` (listOrganizationVirtualMachines): awaited, the first page; iterated, every item of every page
     */
    list(params: ListOrganizationVirtualMachinesParams, options?: RequestOptions): ListPromise<ListOrganizationVirtualMachinesResponse, ItemOf<ListOrganizationVirtualMachinesResponse, "virtual_machines">>;
    /**
     * Get a virtual machine
     *
     * `GET /virtual_machines/virtual_machine` (getVirtualMachine)
     */
    get(params: GetVirtualMachineParams, options?: RequestOptions): ApiPromise<GetVirtualMachineResponse>;
    /**
     * Delete a virtual machine
     *
     * `DELETE /virtual_machines/virtual_machine` (deleteVirtualMachine)
     */
    delete(params?: DeleteVirtualMachineParams, options?: RequestOptions): ApiPromise<DeleteVirtualMachineResponse>;
    /**
     * Update a virtual machine
     *
     * `PATCH /virtual_machines/virtual_machine` (updateVirtualMachine)
     */
    update(params: UpdateVirtualMachineParams, options?: RequestOptions): ApiPromise<UpdateVirtualMachineResponse>;
    /**
     * Change a virtual machine's package
     *
     * `PUT /virtual_machines/virtual_machine/package` (changeVirtualMachinePackage)
     */
    changePackage(params: ChangeVirtualMachinePackageParams, options?: RequestOptions): ApiPromise<ChangeVirtualMachinePackageResponse>;
    /**
     * Change a virtual machine's flexible resources
     *
     * `PUT /virtual_machines/virtual_machine/flexible_resources` (changeVirtualMachineFlexibleResources)
     */
    changeFlexibleResources(params: ChangeVirtualMachineFlexibleResourcesParams, options?: RequestOptions): ApiPromise<ChangeVirtualMachineFlexibleResourcesResponse>;
    /**
     * Allocate an IP address to a virtual machine
     *
     * `POST /virtual_machines/virtual_machine/allocate_ip` (allocateIpToVirtualMachine)
     */
    allocateIp(params: AllocateIpToVirtualMachineParams, options?: RequestOptions): ApiPromise<AllocateIpToVirtualMachineResponse>;
    /**
     * Get a virtual machine's authorized keys
     *
     * `GET /virtual_machine/authorized_keys` (getVirtualMachineAuthorizedKeys)
     */
    getAuthorizedKeys(params?: GetVirtualMachineAuthorizedKeysParams, options?: RequestOptions): ApiPromise<GetVirtualMachineAuthorizedKeysResponse>;
    /** `waitForBuild` with this client: see its own documentation. */
    waitForBuild: BoundHelper<typeof waitForBuild>;
  };
  readonly certificates: {
    /**
     * List an organization's certificates
     *
     * `GET /organizations/organization/certificates` (listCertificates): awaited, the first page; iterated, every item of every page
     */
    list(params: ListCertificatesParams, options?: RequestOptions): ListPromise<ListCertificatesResponse, ItemOf<ListCertificatesResponse, "certificates">>;
    /**
     * Get a certificate
     *
     * `GET /certificates/certificate` (getCertificate)
     */
    get(params: GetCertificateParams, options?: RequestOptions): ApiPromise<GetCertificateResponse>;
  };
  readonly countries: {
    /**
     * List countries
     *
     * `GET /countries` (listCountries): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListCountriesParams, options?: RequestOptions): ListPromise<ListCountriesResponse, ItemOf<ListCountriesResponse, "countries">>;
    /**
     * Get a country
     *
     * `GET /countries/country` (getCountry)
     */
    get(params: GetCountryParams, options?: RequestOptions): ApiPromise<GetCountryResponse>;
  };
  readonly countryStates: {
    /**
     * List a country's states
     *
     * `GET /countries/country/country_states` (listCountryStates): awaited, the first page; iterated, every item of every page
     */
    list(params: ListCountryStatesParams, options?: RequestOptions): ListPromise<ListCountryStatesResponse, ItemOf<ListCountryStatesResponse, "country_states">>;
    /**
     * Get a country state
     *
     * `GET /country_states/country_state` (getCountryState)
     */
    get(params: GetCountryStateParams, options?: RequestOptions): ApiPromise<GetCountryStateResponse>;
  };
  readonly currencies: {
    /**
     * List currencies
     *
     * `GET /currencies` (listCurrencies): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListCurrenciesParams, options?: RequestOptions): ListPromise<ListCurrenciesResponse, ItemOf<ListCurrenciesResponse, "currencies">>;
    /**
     * Get a currency
     *
     * `GET /currencies/currency` (getCurrency)
     */
    get(params: GetCurrencyParams, options?: RequestOptions): ApiPromise<GetCurrencyResponse>;
  };
  readonly dnsZones: {
    /**
     * List an organization's DNS zones
     *
     * `GET /organizations/organization/dns_zones` (listDnsZones): awaited, the first page; iterated, every item of every page
     */
    list(params: ListDnsZonesParams, options?: RequestOptions): ListPromise<ListDnsZonesResponse, ItemOf<ListDnsZonesResponse, "dns_zones">>;
    /**
     * Create a DNS zone
     *
     * `POST /organizations/organization/dns_zones` (createDnsZone)
     */
    create(params: CreateDnsZoneParams, options?: RequestOptions): ApiPromise<CreateDnsZoneResponse>;
    /**
     * List the DNS nameservers
     *
     * `GET /organizations/organization/dns_zones/nameservers` (listDnsNameservers)
     */
    listNameservers(params: ListDnsNameserversParams, options?: RequestOptions): ApiPromise<ListDnsNameserversResponse>;
    /**
     * Get a DNS zone
     *
     * `GET /dns_zones/dns_zone` (getDnsZone)
     */
    get(params: GetDnsZoneParams, options?: RequestOptions): ApiPromise<GetDnsZoneResponse>;
    /**
     * Delete a DNS zone
     *
     * `DELETE /dns_zones/dns_zone` (deleteDnsZone)
     */
    delete(params: DeleteDnsZoneParams, options?: RequestOptions): ApiPromise<DeleteDnsZoneResponse>;
    /**
     * Update a DNS zone
     *
     * `PATCH /dns_zones/dns_zone` (updateDnsZone)
     */
    update(params: UpdateDnsZoneParams, options?: RequestOptions): ApiPromise<UpdateDnsZoneResponse>;
    /**
     * Verify a DNS zone
     *
     * `POST /dns_zones/dns_zone/verify` (verifyDnsZone)
     */
    verify(params: VerifyDnsZoneParams, options?: RequestOptions): ApiPromise<VerifyDnsZoneResponse>;
  };
  readonly dataCenters: {
    /**
     * List data centers
     *
     * `GET /data_centers` (listDataCenters)
     */
    list(params?: ListDataCentersParams, options?: RequestOptions): ApiPromise<ListDataCentersResponse>;
    /**
     * Get a data center
     *
     * `GET /data_centers/data_center` (getDataCenter)
     */
    get(params: GetDataCenterParams, options?: RequestOptions): ApiPromise<GetDataCenterResponse>;
    /**
     * Get a data center's default network
     *
     * `GET /data_centers/data_center/default_network` (getDataCenterDefaultNetwork)
     */
    getDefaultNetwork(params: GetDataCenterDefaultNetworkParams, options?: RequestOptions): ApiPromise<GetDataCenterDefaultNetworkResponse>;
  };
  readonly diskIoProfiles: {
    /**
     * List disk IO profiles
     *
     * `GET /organizations/organization/disk_io_profiles` (listDiskIoProfiles): awaited, the first page; iterated, every item of every page
     */
    list(params: ListDiskIoProfilesParams, options?: RequestOptions): ListPromise<ListDiskIoProfilesResponse, ItemOf<ListDiskIoProfilesResponse, "disk_io_profiles">>;
  };
  readonly diskBackupPolicies: {
    /**
     * List an organization's disk backup policies
     *
     * `GET /organizations/organization/disk_backup_policies` (listOrganizationDiskBackupPolicies): awaited, the first page; iterated, every item of every page
     */
    list(params: ListOrganizationDiskBackupPoliciesParams, options?: RequestOptions): ListPromise<ListOrganizationDiskBackupPoliciesResponse, ItemOf<ListOrganizationDiskBackupPoliciesResponse, "disk_backup_policies">>;
    /**
     * List a virtual machine's disk backup policies
     *
     * `GET /virtual_machines/virtual_machine/disk_backup_policies` (listVirtualMachineDiskBackupPolicies): awaited, the first page; iterated, every item of every page
     */
    listForVirtualMachine(params: ListVirtualMachineDiskBackupPoliciesParams, options?: RequestOptions): ListPromise<ListVirtualMachineDiskBackupPoliciesResponse, ItemOf<ListVirtualMachineDiskBackupPoliciesResponse, "disk_backup_policies">>;
    /**
     * Create a backup policy for a virtual machine
     *
     * `POST /virtual_machines/virtual_machine/disk_backup_policies` (createVirtualMachineDiskBackupPolicy)
     */
    createForVirtualMachine(params: CreateVirtualMachineDiskBackupPolicyParams, options?: RequestOptions): ApiPromise<CreateVirtualMachineDiskBackupPolicyResponse>;
    /**
     * List a disk's backup policies
     *
     * `GET /disks/disk/disk_backup_policies` (listDiskDiskBackupPolicies): awaited, the first page; iterated, every item of every page
     */
    listForDisk(params: ListDiskDiskBackupPoliciesParams, options?: RequestOptions): ListPromise<ListDiskDiskBackupPoliciesResponse, ItemOf<ListDiskDiskBackupPoliciesResponse, "disk_backup_policies">>;
    /**
     * Create a backup policy for a disk
     *
     * `POST /disks/disk/disk_backup_policies` (createDiskDiskBackupPolicy)
     */
    createForDisk(params: CreateDiskDiskBackupPolicyParams, options?: RequestOptions): ApiPromise<CreateDiskDiskBackupPolicyResponse>;
    /**
     * Get a disk backup policy
     *
     * `GET /disk_backup_policies/disk_backup_policy` (getDiskBackupPolicy)
     */
    get(params: GetDiskBackupPolicyParams, options?: RequestOptions): ApiPromise<GetDiskBackupPolicyResponse>;
    /**
     * Delete a disk backup policy
     *
     * `DELETE /disk_backup_policies/disk_backup_policy` (deleteDiskBackupPolicy)
     */
    delete(params: DeleteDiskBackupPolicyParams, options?: RequestOptions): ApiPromise<DeleteDiskBackupPolicyResponse>;
    /**
     * Update a disk backup policy
     *
     * `PATCH /disk_backup_policies/disk_backup_policy` (updateDiskBackupPolicy)
     */
    update(params: UpdateDiskBackupPolicyParams, options?: RequestOptions): ApiPromise<UpdateDiskBackupPolicyResponse>;
    /**
     * Schedule a disk backup policy's deletion
     *
     * `DELETE /disk_backup_policies/disk_backup_policy/schedule` (scheduleDiskBackupPolicyDeletion)
     */
    scheduleDeletion(params: ScheduleDiskBackupPolicyDeletionParams, options?: RequestOptions): ApiPromise<ScheduleDiskBackupPolicyDeletionResponse>;
  };
  readonly diskTemplateVersions: {
    /**
     * List a disk template's versions
     *
     * `GET /disk_templates/disk_template/versions` (listDiskTemplateVersions): awaited, the first page; iterated, every item of every page
     */
    list(params: ListDiskTemplateVersionsParams, options?: RequestOptions): ListPromise<ListDiskTemplateVersionsResponse, ItemOf<ListDiskTemplateVersionsResponse, "disk_template_versions">>;
    /**
     * Get a disk template version
     *
     * `GET /disk_template_versions/disk_template_version` (getDiskTemplateVersion)
     */
    get(params: GetDiskTemplateVersionParams, options?: RequestOptions): ApiPromise<GetDiskTemplateVersionResponse>;
    /**
     * Get a disk template version's spec
     *
     * `GET /disk_template_versions/disk_template_version/spec` (getDiskTemplateVersionSpec)
     */
    getSpec(params: GetDiskTemplateVersionSpecParams, options?: RequestOptions): ApiPromise<GetDiskTemplateVersionSpecResponse>;
  };
  readonly diskTemplates: {
    /**
     * List disk templates
     *
     * `GET /organizations/organization/disk_templates` (listDiskTemplates): awaited, the first page; iterated, every item of every page
     */
    list(params: ListDiskTemplatesParams, options?: RequestOptions): ListPromise<ListDiskTemplatesResponse, ItemOf<ListDiskTemplatesResponse, "disk_templates">>;
    /**
     * Get a disk template
     *
     * `GET /disk_templates/disk_template` (getDiskTemplate)
     */
    get(params: GetDiskTemplateParams, options?: RequestOptions): ApiPromise<GetDiskTemplateResponse>;
  };
  readonly disks: {
    /**
     * List an organization's disks
     *
     * `GET /organizations/organization/disks` (listDisks): awaited, the first page; iterated, every item of every page
     */
    list(params: ListDisksParams, options?: RequestOptions): ListPromise<ListDisksResponse, ItemOf<ListDisksResponse, "disk">>;
    /**
     * Create a disk
     *
     * `POST /organizations/organization/disks` (createDisk)
     */
    create(params: CreateDiskParams, options?: RequestOptions): ApiPromise<CreateDiskResponse>;
    /**
     * Get a disk
     *
     * `GET /disks/disk` (getDisk)
     */
    get(params: GetDiskParams, options?: RequestOptions): ApiPromise<GetDiskResponse>;
    /**
     * Delete a disk
     *
     * `DELETE /disks/disk` (deleteDisk)
     */
    delete(params: DeleteDiskParams, options?: RequestOptions): ApiPromise<DeleteDiskResponse>;
    /**
     * Update a disk
     *
     * `PATCH /disks/disk` (updateDisk)
     */
    update(params: UpdateDiskParams, options?: RequestOptions): ApiPromise<UpdateDiskResponse>;
    /**
     * Assign a disk to a virtual machine
     *
     * `POST /disks/disk/assign` (assignDisk)
     */
    assign(params: AssignDiskParams, options?: RequestOptions): ApiPromise<AssignDiskResponse>;
    /**
     * Unassign a disk from its virtual machine
     *
     * `POST /disks/disk/unassign` (unassignDisk)
     */
    unassign(params: UnassignDiskParams, options?: RequestOptions): ApiPromise<UnassignDiskResponse>;
    /**
     * Attach a disk
     *
     * `POST /disks/disk/attach` (attachDisk)
     */
    attach(params: AttachDiskParams, options?: RequestOptions): ApiPromise<AttachDiskResponse>;
    /**
     * Detach a disk
     *
     * `POST /disks/disk/detach` (detachDisk)
     */
    detach(params: DetachDiskParams, options?: RequestOptions): ApiPromise<DetachDiskResponse>;
    /**
     * Resize a disk
     *
     * `PUT /disks/disk/resize` (resizeDisk)
     */
    resize(params: ResizeDiskParams, options?: RequestOptions): ApiPromise<ResizeDiskResponse>;
    /**
     * Change a disk's IO profile
     *
     * `PUT /disks/disk/io_profile` (changeDiskIoProfile)
     */
    changeIoProfile(params: ChangeDiskIoProfileParams, options?: RequestOptions): ApiPromise<ChangeDiskIoProfileResponse>;
    /**
     * List a virtual machine's disks
     *
     * `GET /virtual_machines/virtual_machine/disks` (listVirtualMachineDisks): awaited, the first page; iterated, every item of every page
     */
    listForVirtualMachine(params: ListVirtualMachineDisksParams, options?: RequestOptions): ListPromise<ListVirtualMachineDisksResponse, ItemOf<ListVirtualMachineDisksResponse, "disks">>;
  };
  readonly fileStorageVolumes: {
    /**
     * List an organization's file storage volumes
     *
     * `GET /organizations/organization/file_storage_volumes` (listFileStorageVolumes): awaited, the first page; iterated, every item of every page
     */
    list(params: ListFileStorageVolumesParams, options?: RequestOptions): ListPromise<ListFileStorageVolumesResponse, ItemOf<ListFileStorageVolumesResponse, "file_storage_volumes">>;
    /**
     * Create a file storage volume
     *
     * `POST /organizations/organization/file_storage_volumes` (createFileStorageVolume)
     */
    create(params: CreateFileStorageVolumeParams, options?: RequestOptions): ApiPromise<CreateFileStorageVolumeResponse>;
    /**
     * Get a file storage volume
     *
     * `GET /file_storage_volumes/file_storage_volume` (getFileStorageVolume)
     */
    get(params: GetFileStorageVolumeParams, options?: RequestOptions): ApiPromise<GetFileStorageVolumeResponse>;
    /**
     * Delete a file storage volume
     *
     * `DELETE /file_storage_volumes/file_storage_volume` (deleteFileStorageVolume)
     */
    delete(params: DeleteFileStorageVolumeParams, options?: RequestOptions): ApiPromise<DeleteFileStorageVolumeResponse>;
    /**
     * Update a file storage volume
     *
     * `PATCH /file_storage_volumes/file_storage_volume` (updateFileStorageVolume)
     */
    update(params: UpdateFileStorageVolumeParams, options?: RequestOptions): ApiPromise<UpdateFileStorageVolumeResponse>;
  };
  readonly gpuTypes: {
    /**
     * List GPU types
     *
     * `GET /gpu_types` (listGpuTypes): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListGpuTypesParams, options?: RequestOptions): ListPromise<ListGpuTypesResponse, ItemOf<ListGpuTypesResponse, "gpu_types">>;
    /**
     * Get a GPU type
     *
     * `GET /gpu_types/gpu_type` (getGpuType)
     */
    get(params: GetGpuTypeParams, options?: RequestOptions): ApiPromise<GetGpuTypeResponse>;
    /**
     * List a data center's GPU types
     *
     * `GET /data_centers/data_center/gpu_types` (listDataCenterGpuTypes): awaited, the first page; iterated, every item of every page
     */
    listForDataCenter(params: ListDataCenterGpuTypesParams, options?: RequestOptions): ListPromise<ListDataCenterGpuTypesResponse, ItemOf<ListDataCenterGpuTypesResponse, "gpu_types">>;
  };
  readonly ipAddresses: {
    /**
     * List an organization's IP addresses
     *
     * `GET /organizations/organization/ip_addresses` (listOrganizationIpAddresses): awaited, the first page; iterated, every item of every page
     */
    list(params: ListOrganizationIpAddressesParams, options?: RequestOptions): ListPromise<ListOrganizationIpAddressesResponse, ItemOf<ListOrganizationIpAddressesResponse, "ip_addresses">>;
    /**
     * Create an IP address
     *
     * `POST /organizations/organization/ip_addresses` (createIpAddress)
     */
    create(params: CreateIpAddressParams, options?: RequestOptions): ApiPromise<CreateIpAddressResponse>;
    /**
     * Get an IP address
     *
     * `GET /ip_addresses/ip_address` (getIpAddress)
     */
    get(params: GetIpAddressParams, options?: RequestOptions): ApiPromise<GetIpAddressResponse>;
    /**
     * Release an IP address
     *
     * `DELETE /ip_addresses/ip_address` (releaseIpAddress)
     */
    release(params: ReleaseIpAddressParams, options?: RequestOptions): ApiPromise<ReleaseIpAddressResponse>;
    /**
     * Update an IP address
     *
     * `PATCH /ip_addresses/ip_address` (updateIpAddress)
     */
    update(params: UpdateIpAddressParams, options?: RequestOptions): ApiPromise<UpdateIpAddressResponse>;
    /**
     * Unallocate an IP address
     *
     * `POST /ip_addresses/ip_address/unallocate` (unallocateIpAddress)
     */
    unallocate(params: UnallocateIpAddressParams, options?: RequestOptions): ApiPromise<UnallocateIpAddressResponse>;
  };
  readonly loadBalancerRules: {
    /**
     * List a load balancer's rules
     *
     * `GET /load_balancers/load_balancer/rules` (listLoadBalancerRules): awaited, the first page; iterated, every item of every page
     */
    list(params: ListLoadBalancerRulesParams, options?: RequestOptions): ListPromise<ListLoadBalancerRulesResponse, ItemOf<ListLoadBalancerRulesResponse, "load_balancer_rules">>;
    /**
     * Create a load balancer rule
     *
     * `POST /load_balancers/load_balancer/rules` (createLoadBalancerRule)
     */
    create(params: CreateLoadBalancerRuleParams, options?: RequestOptions): ApiPromise<CreateLoadBalancerRuleResponse>;
    /**
     * Get a load balancer rule
     *
     * `GET /load_balancers/rules/load_balancer_rule` (getLoadBalancerRule)
     */
    get(params: GetLoadBalancerRuleParams, options?: RequestOptions): ApiPromise<GetLoadBalancerRuleResponse>;
    /**
     * Delete a load balancer rule
     *
     * `DELETE /load_balancers/rules/load_balancer_rule` (deleteLoadBalancerRule)
     */
    delete(params: DeleteLoadBalancerRuleParams, options?: RequestOptions): ApiPromise<DeleteLoadBalancerRuleResponse>;
    /**
     * Update a load balancer rule
     *
     * `PATCH /load_balancers/rules/load_balancer_rule` (updateLoadBalancerRule)
     */
    update(params: UpdateLoadBalancerRuleParams, options?: RequestOptions): ApiPromise<UpdateLoadBalancerRuleResponse>;
  };
  readonly loadBalancers: {
    /**
     * List an organization's load balancers
     *
     * `GET /organizations/organization/load_balancers` (listLoadBalancers): awaited, the first page; iterated, every item of every page
     */
    list(params: ListLoadBalancersParams, options?: RequestOptions): ListPromise<ListLoadBalancersResponse, ItemOf<ListLoadBalancersResponse, "load_balancers">>;
    /**
     * Create a load balancer
     *
     * `POST /organizations/organization/load_balancers` (createLoadBalancer)
     */
    create(params: CreateLoadBalancerParams, options?: RequestOptions): ApiPromise<CreateLoadBalancerResponse>;
    /**
     * Get a load balancer
     *
     * `GET /load_balancers/load_balancer` (getLoadBalancer)
     */
    get(params: GetLoadBalancerParams, options?: RequestOptions): ApiPromise<GetLoadBalancerResponse>;
    /**
     * Delete a load balancer
     *
     * `DELETE /load_balancers/load_balancer` (deleteLoadBalancer)
     */
    delete(params: DeleteLoadBalancerParams, options?: RequestOptions): ApiPromise<DeleteLoadBalancerResponse>;
    /**
     * Update a load balancer
     *
     * `PATCH /load_balancers/load_balancer` (updateLoadBalancer)
     */
    update(params: UpdateLoadBalancerParams, options?: RequestOptions): ApiPromise<UpdateLoadBalancerResponse>;
  };
  readonly managedOrganizations: {
    /**
     * List managed organizations
     *
     * `GET /organizations/organization/managed` (listManagedOrganizations): awaited, the first page; iterated, every item of every page
     */
    list(params: ListManagedOrganizationsParams, options?: RequestOptions): ListPromise<ListManagedOrganizationsResponse, ItemOf<ListManagedOrganizationsResponse, "organizations">>;
    /**
     * Create a managed organization
     *
     * `POST /organizations/organization/managed` (createManagedOrganization)
     */
    create(params: CreateManagedOrganizationParams, options?: RequestOptions): ApiPromise<CreateManagedOrganizationResponse>;
    /**
     * Delete a managed organization
     *
     * `DELETE /managed_organizations/organization` (deleteManagedOrganization)
     */
    delete(params: DeleteManagedOrganizationParams, options?: RequestOptions): ApiPromise<DeleteManagedOrganizationResponse>;
  };
  readonly networkSpeedProfiles: {
    /**
     * List network speed profiles
     *
     * `GET /organizations/organization/network_speed_profiles` (listNetworkSpeedProfiles): awaited, the first page; iterated, every item of every page
     */
    list(params: ListNetworkSpeedProfilesParams, options?: RequestOptions): ListPromise<ListNetworkSpeedProfilesResponse, ItemOf<ListNetworkSpeedProfilesResponse, "network_speed_profiles">>;
  };
  readonly networks: {
    /**
     * List the networks available to an organization
     *
     * `GET /organizations/organization/available_networks` (listOrganizationAvailableNetworks)
     */
    list(params: ListOrganizationAvailableNetworksParams, options?: RequestOptions): ApiPromise<ListOrganizationAvailableNetworksResponse>;
    /**
     * Get a network
     *
     * `GET /networks/network` (getNetwork)
     */
    get(params: GetNetworkParams, options?: RequestOptions): ApiPromise<GetNetworkResponse>;
  };
  readonly objectStorage: {
    /**
     * Get an object storage account
     *
     * `GET /organizations/organization/object_storage/object_storage_cluster` (getObjectStorageAccount)
     */
    getAccount(params: GetObjectStorageAccountParams, options?: RequestOptions): ApiPromise<GetObjectStorageAccountResponse>;
    /**
     * Create an object storage account
     *
     * `POST /organizations/organization/object_storage/object_storage_cluster` (createObjectStorageAccount)
     */
    createAccount(params: CreateObjectStorageAccountParams, options?: RequestOptions): ApiPromise<CreateObjectStorageAccountResponse>;
    /**
     * Move an object storage account to the trash
     *
     * `DELETE /organizations/organization/object_storage/object_storage_cluster` (deleteObjectStorageAccount)
     */
    deleteAccount(params: DeleteObjectStorageAccountParams, options?: RequestOptions): ApiPromise<DeleteObjectStorageAccountResponse>;
  };
  readonly operatingSystems: {
    /**
     * List operating systems
     *
     * `GET /operating_systems` (listOperatingSystems): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListOperatingSystemsParams, options?: RequestOptions): ListPromise<ListOperatingSystemsResponse, ItemOf<ListOperatingSystemsResponse, "operating_systems">>;
    /**
     * Get an operating system
     *
     * `GET /operating_systems/operating_system` (getOperatingSystem)
     */
    get(params: GetOperatingSystemParams, options?: RequestOptions): ApiPromise<GetOperatingSystemResponse>;
  };
  readonly organizationUsers: {
    /**
     * List the users of an organization
     *
     * `GET /organizations/organization/users_with_access` (listOrganizationUsers): awaited, the first page; iterated, every item of every page
     */
    list(params: ListOrganizationUsersParams, options?: RequestOptions): ListPromise<ListOrganizationUsersResponse, ItemOf<ListOrganizationUsersResponse, "users">>;
  };
  readonly organizations: {
    /**
     * List organizations
     *
     * `GET /organizations` (listOrganizations)
     */
    list(params?: ListOrganizationsParams, options?: RequestOptions): ApiPromise<ListOrganizationsResponse>;
    /**
     * Get an organization
     *
     * `GET /organizations/organization` (getOrganization)
     */
    get(params: GetOrganizationParams, options?: RequestOptions): ApiPromise<GetOrganizationResponse>;
    /**
     * Get an organization's limits and usage
     *
     * `GET /organizations/organization/policy` (getOrganizationPolicy)
     */
    getPolicy(params: GetOrganizationPolicyParams, options?: RequestOptions): ApiPromise<GetOrganizationPolicyResponse>;
    /**
     * Get an organization's policy limits
     *
     * `GET /organizations/organization/policy_limits` (getOrganizationPolicyLimits)
     */
    getPolicyLimits(params: GetOrganizationPolicyLimitsParams, options?: RequestOptions): ApiPromise<GetOrganizationPolicyLimitsResponse>;
    /**
     * Get an organization's prices
     *
     * `GET /organizations/organization/prices` (getOrganizationPrices)
     */
    getPrices(params: GetOrganizationPricesParams, options?: RequestOptions): ApiPromise<GetOrganizationPricesResponse>;
    /**
     * Get an organization's deletion steps
     *
     * `GET /organizations/organization/deletion_steps` (getOrganizationDeletionSteps)
     */
    getDeletionSteps(params: GetOrganizationDeletionStepsParams, options?: RequestOptions): ApiPromise<GetOrganizationDeletionStepsResponse>;
  };
  readonly dnsRecords: {
    /**
     * List a DNS zone's records
     *
     * `GET /dns_zones/dns_zone/records` (listDnsRecords)
     */
    list(params: ListDnsRecordsParams, options?: RequestOptions): ApiPromise<ListDnsRecordsResponse>;
    /**
     * Create a DNS record
     *
     * `POST /dns_zones/dns_zone/records` (createDnsRecord)
     */
    create(params: CreateDnsRecordParams, options?: RequestOptions): ApiPromise<CreateDnsRecordResponse>;
    /**
     * Get a DNS record
     *
     * `GET /dns_records/dns_record` (getDnsRecord)
     */
    get(params: GetDnsRecordParams, options?: RequestOptions): ApiPromise<GetDnsRecordResponse>;
    /**
     * Delete a DNS record
     *
     * `DELETE /dns_records/dns_record` (deleteDnsRecord)
     */
    delete(params: DeleteDnsRecordParams, options?: RequestOptions): ApiPromise<DeleteDnsRecordResponse>;
    /**
     * Update a DNS record
     *
     * `PATCH /dns_records/dns_record` (updateDnsRecord)
     */
    update(params: UpdateDnsRecordParams, options?: RequestOptions): ApiPromise<UpdateDnsRecordResponse>;
  };
  readonly sshKeys: {
    /**
     * List an organization's SSH keys
     *
     * `GET /organizations/organization/ssh_keys` (listSshKeys): awaited, the first page; iterated, every item of every page
     */
    list(params: ListSshKeysParams, options?: RequestOptions): ListPromise<ListSshKeysResponse, ItemOf<ListSshKeysResponse, "ssh_keys">>;
    /**
     * Add an SSH key
     *
     * `POST /organizations/organization/ssh_keys` (addSshKey)
     */
    add(params: AddSshKeyParams, options?: RequestOptions): ApiPromise<AddSshKeyResponse>;
    /**
     * Delete an SSH key
     *
     * `DELETE /ssh_keys/ssh_key` (deleteSshKey)
     */
    delete(params: DeleteSshKeyParams, options?: RequestOptions): ApiPromise<DeleteSshKeyResponse>;
  };
  readonly securityGroupRules: {
    /**
     * List a security group's rules
     *
     * `GET /security_groups/security_group/rules` (listSecurityGroupRules): awaited, the first page; iterated, every item of every page
     */
    list(params: ListSecurityGroupRulesParams, options?: RequestOptions): ListPromise<ListSecurityGroupRulesResponse, ItemOf<ListSecurityGroupRulesResponse, "security_group_rules">>;
    /**
     * Create a security group rule
     *
     * `POST /security_groups/security_group/rules` (createSecurityGroupRule)
     */
    create(params: CreateSecurityGroupRuleParams, options?: RequestOptions): ApiPromise<CreateSecurityGroupRuleResponse>;
    /**
     * Get a security group rule
     *
     * `GET /security_groups/rules/security_group_rule` (getSecurityGroupRule)
     */
    get(params: GetSecurityGroupRuleParams, options?: RequestOptions): ApiPromise<GetSecurityGroupRuleResponse>;
    /**
     * Delete a security group rule
     *
     * `DELETE /security_groups/rules/security_group_rule` (deleteSecurityGroupRule)
     */
    delete(params: DeleteSecurityGroupRuleParams, options?: RequestOptions): ApiPromise<DeleteSecurityGroupRuleResponse>;
    /**
     * Update a security group rule
     *
     * `PATCH /security_groups/rules/security_group_rule` (updateSecurityGroupRule)
     */
    update(params: UpdateSecurityGroupRuleParams, options?: RequestOptions): ApiPromise<UpdateSecurityGroupRuleResponse>;
  };
  readonly securityGroups: {
    /**
     * List an organization's security groups
     *
     * `GET /organizations/organization/security_groups` (listSecurityGroups): awaited, the first page; iterated, every item of every page
     */
    list(params: ListSecurityGroupsParams, options?: RequestOptions): ListPromise<ListSecurityGroupsResponse, ItemOf<ListSecurityGroupsResponse, "security_groups">>;
    /**
     * Create a security group
     *
     * `POST /organizations/organization/security_groups` (createSecurityGroup)
     */
    create(params: CreateSecurityGroupParams, options?: RequestOptions): ApiPromise<CreateSecurityGroupResponse>;
    /**
     * Get a security group
     *
     * `GET /security_groups/security_group` (getSecurityGroup)
     */
    get(params: GetSecurityGroupParams, options?: RequestOptions): ApiPromise<GetSecurityGroupResponse>;
    /**
     * Delete a security group
     *
     * `DELETE /security_groups/security_group` (deleteSecurityGroup)
     */
    delete(params: DeleteSecurityGroupParams, options?: RequestOptions): ApiPromise<DeleteSecurityGroupResponse>;
    /**
     * Update a security group
     *
     * `PATCH /security_groups/security_group` (updateSecurityGroup)
     */
    update(params: UpdateSecurityGroupParams, options?: RequestOptions): ApiPromise<UpdateSecurityGroupResponse>;
  };
  readonly tags: {
    /**
     * List an organization's tags
     *
     * `GET /organizations/organization/tags` (listTags): awaited, the first page; iterated, every item of every page
     */
    list(params: ListTagsParams, options?: RequestOptions): ListPromise<ListTagsResponse, ItemOf<ListTagsResponse, "tags">>;
    /**
     * Create a tag
     *
     * `POST /organizations/organization/tags` (createTag)
     */
    create(params: CreateTagParams, options?: RequestOptions): ApiPromise<CreateTagResponse>;
    /**
     * Get a tag
     *
     * `GET /tags/tag` (getTag)
     */
    get(params: GetTagParams, options?: RequestOptions): ApiPromise<GetTagResponse>;
    /**
     * Delete a tag
     *
     * `DELETE /tags/tag` (deleteTag)
     */
    delete(params: DeleteTagParams, options?: RequestOptions): ApiPromise<DeleteTagResponse>;
    /**
     * Update a tag
     *
     * `PATCH /tags/tag` (updateTag)
     */
    update(params: UpdateTagParams, options?: RequestOptions): ApiPromise<UpdateTagResponse>;
  };
  readonly tasks: {
    /**
     * Get a task
     *
     * `GET /tasks/task` (getTask)
     */
    get(params: GetTaskParams, options?: RequestOptions): ApiPromise<GetTaskResponse>;
    /** `waitForTask` with this client: see its own documentation. */
    wait: BoundHelper<typeof waitForTask>;
  };
  readonly trashObjects: {
    /**
     * List an organization's trash
     *
     * `GET /organizations/organization/trash_objects` (listTrashObjects): awaited, the first page; iterated, every item of every page
     */
    list(params: ListTrashObjectsParams, options?: RequestOptions): ListPromise<ListTrashObjectsResponse, ItemOf<ListTrashObjectsResponse, "trash_objects">>;
    /**
     * Empty an organization's trash
     *
     * `POST /organizations/organization/trash_objects/purge_all` (purgeAllTrashObjects)
     */
    purgeAll(params: PurgeAllTrashObjectsParams, options?: RequestOptions): ApiPromise<PurgeAllTrashObjectsResponse>;
    /**
     * Get a trash object
     *
     * `GET /trash_objects/trash_object` (getTrashObject)
     */
    get(params: GetTrashObjectParams, options?: RequestOptions): ApiPromise<GetTrashObjectResponse>;
    /**
     * Purge a trash object
     *
     * `DELETE /trash_objects/trash_object` (purgeTrashObject)
     */
    purge(params: PurgeTrashObjectParams, options?: RequestOptions): ApiPromise<PurgeTrashObjectResponse>;
    /**
     * Restore a trash object
     *
     * `POST /trash_objects/trash_object/restore` (restoreTrashObject)
     */
    restore(params: RestoreTrashObjectParams, options?: RequestOptions): ApiPromise<RestoreTrashObjectResponse>;
  };
  readonly users: {
    /**
     * Get the current user
     *
     * `GET /users/current` (getCurrentUser)
     */
    get(params?: GetCurrentUserParams, options?: RequestOptions): ApiPromise<GetCurrentUserResponse>;
    /**
     * Invalidate the linked web session
     *
     * `POST /invalidate_linked_web_session` (invalidateLinkedWebSession)
     */
    invalidateLinkedWebSession(params?: InvalidateLinkedWebSessionParams, options?: RequestOptions): ApiPromise<InvalidateLinkedWebSessionResponse>;
  };
  readonly virtualNetworks: {
    /**
     * List an organization's virtual networks
     *
     * `GET /organizations/organization/virtual_networks` (listVirtualNetworks): awaited, the first page; iterated, every item of every page
     */
    list(params: ListVirtualNetworksParams, options?: RequestOptions): ListPromise<ListVirtualNetworksResponse, ItemOf<ListVirtualNetworksResponse, "virtual_networks">>;
    /**
     * Create a virtual network
     *
     * `POST /organizations/organization/virtual_networks` (createVirtualNetwork)
     */
    create(params: CreateVirtualNetworkParams, options?: RequestOptions): ApiPromise<CreateVirtualNetworkResponse>;
    /**
     * Get a virtual network
     *
     * `GET /virtual_networks/virtual_network` (getVirtualNetwork)
     */
    get(params: GetVirtualNetworkParams, options?: RequestOptions): ApiPromise<GetVirtualNetworkResponse>;
    /**
     * Delete a virtual network
     *
     * `DELETE /virtual_networks/virtual_network` (deleteVirtualNetwork)
     */
    delete(params: DeleteVirtualNetworkParams, options?: RequestOptions): ApiPromise<DeleteVirtualNetworkResponse>;
    /**
     * Update a virtual network
     *
     * `PATCH /virtual_networks/virtual_network` (updateVirtualNetwork)
     */
    update(params: UpdateVirtualNetworkParams, options?: RequestOptions): ApiPromise<UpdateVirtualNetworkResponse>;
  };
  readonly virtualMachineGroups: {
    /**
     * List an organization's virtual machine groups
     *
     * `GET /organizations/organization/virtual_machine_groups` (listVirtualMachineGroups)
     */
    list(params: ListVirtualMachineGroupsParams, options?: RequestOptions): ApiPromise<ListVirtualMachineGroupsResponse>;
    /**
     * Create a virtual machine group
     *
     * `POST /organizations/organization/virtual_machine_groups` (createVirtualMachineGroup)
     */
    create(params: CreateVirtualMachineGroupParams, options?: RequestOptions): ApiPromise<CreateVirtualMachineGroupResponse>;
    /**
     * Get a virtual machine group
     *
     * `GET /virtual_machine_groups/virtual_machine_group` (getVirtualMachineGroup)
     */
    get(params: GetVirtualMachineGroupParams, options?: RequestOptions): ApiPromise<GetVirtualMachineGroupResponse>;
    /**
     * Delete a virtual machine group
     *
     * `DELETE /virtual_machine_groups/virtual_machine_group` (deleteVirtualMachineGroup)
     */
    delete(params: DeleteVirtualMachineGroupParams, options?: RequestOptions): ApiPromise<DeleteVirtualMachineGroupResponse>;
    /**
     * Update a virtual machine group
     *
     * `PATCH /virtual_machine_groups/virtual_machine_group` (updateVirtualMachineGroup)
     */
    update(params: UpdateVirtualMachineGroupParams, options?: RequestOptions): ApiPromise<UpdateVirtualMachineGroupResponse>;
  };
  readonly virtualMachineNetworkInterfaces: {
    /**
     * List a virtual machine's network interfaces
     *
     * `GET /virtual_machines/virtual_machine/network_interfaces` (listVirtualMachineNetworkInterfaces): awaited, the first page; iterated, every item of every page
     */
    list(params: ListVirtualMachineNetworkInterfacesParams, options?: RequestOptions): ListPromise<ListVirtualMachineNetworkInterfacesResponse, ItemOf<ListVirtualMachineNetworkInterfacesResponse, "virtual_machine_network_interfaces">>;
    /**
     * Create a network interface
     *
     * `POST /virtual_machines/virtual_machine/network_interfaces` (createVirtualMachineNetworkInterface)
     */
    create(params: CreateVirtualMachineNetworkInterfaceParams, options?: RequestOptions): ApiPromise<CreateVirtualMachineNetworkInterfaceResponse>;
    /**
     * Get a virtual machine's interface on a network
     *
     * `GET /virtual_machines/virtual_machine/networks/network/interface` (getVirtualMachineNetworkInterfaceByNetwork)
     */
    getByNetwork(params: GetVirtualMachineNetworkInterfaceByNetworkParams, options?: RequestOptions): ApiPromise<GetVirtualMachineNetworkInterfaceByNetworkResponse>;
    /**
     * Get a network interface
     *
     * `GET /virtual_machine_network_interfaces/virtual_machine_network_interface` (getNetworkInterface)
     */
    get(params: GetNetworkInterfaceParams, options?: RequestOptions): ApiPromise<GetNetworkInterfaceResponse>;
    /**
     * Delete a network interface
     *
     * `DELETE /virtual_machine_network_interfaces/virtual_machine_network_interface` (deleteVirtualMachineNetworkInterface)
     */
    delete(params: DeleteVirtualMachineNetworkInterfaceParams, options?: RequestOptions): ApiPromise<DeleteVirtualMachineNetworkInterfaceResponse>;
    /**
     * List the IP addresses a network interface can take
     *
     * `GET /virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version` (listAvailableIpsForNetworkInterface)
     */
    listAvailableIps(params: ListAvailableIpsForNetworkInterfaceParams, options?: RequestOptions): ApiPromise<ListAvailableIpsForNetworkInterfaceResponse>;
    /**
     * Allocate an IP address to a network interface
     *
     * `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip` (allocateIpToNetworkInterface)
     */
    allocateIp(params: AllocateIpToNetworkInterfaceParams, options?: RequestOptions): ApiPromise<AllocateIpToNetworkInterfaceResponse>;
    /**
     * Allocate a new IP address to a network interface
     *
     * `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip` (allocateNewIpToNetworkInterface)
     */
    allocateNewIp(params: AllocateNewIpToNetworkInterfaceParams, options?: RequestOptions): ApiPromise<AllocateNewIpToNetworkInterfaceResponse>;
    /**
     * Change a network interface's speed profile
     *
     * `PATCH /virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile` (updateNetworkInterfaceSpeedProfile)
     */
    updateSpeedProfile(params: UpdateNetworkInterfaceSpeedProfileParams, options?: RequestOptions): ApiPromise<UpdateNetworkInterfaceSpeedProfileResponse>;
    /**
     * Attach a network interface
     *
     * `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/attach` (attachNetworkInterface)
     */
    attach(params: AttachNetworkInterfaceParams, options?: RequestOptions): ApiPromise<AttachNetworkInterfaceResponse>;
    /**
     * Detach a network interface
     *
     * `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/detach` (detachNetworkInterface)
     */
    detach(params: DetachNetworkInterfaceParams, options?: RequestOptions): ApiPromise<DetachNetworkInterfaceResponse>;
  };
  readonly virtualMachinePackages: {
    /**
     * List virtual machine packages
     *
     * `GET /virtual_machine_packages` (listVirtualMachinePackages): awaited, the first page; iterated, every item of every page
     */
    list(params?: ListVirtualMachinePackagesParams, options?: RequestOptions): ListPromise<ListVirtualMachinePackagesResponse, ItemOf<ListVirtualMachinePackagesResponse, "virtual_machine_packages">>;
    /**
     * Get a virtual machine package
     *
     * `GET /virtual_machine_packages/virtual_machine_package` (getVirtualMachinePackage)
     */
    get(params: GetVirtualMachinePackageParams, options?: RequestOptions): ApiPromise<GetVirtualMachinePackageResponse>;
  };
  readonly zones: {
    /**
     * List zones
     *
     * `GET /zones` (listZones)
     */
    list(params?: ListZonesParams, options?: RequestOptions): ApiPromise<ListZonesResponse>;
    /**
     * Get a zone
     *
     * `GET /zones/zone` (getZone)
     */
    get(params: GetZoneParams, options?: RequestOptions): ApiPromise<GetZoneResponse>;
  };
}

/** The resource client: `new Katapult(options)` takes the options of createKatapultClient; its `client` is the path-style client (throwing). */
export interface Katapult extends KatapultResources {
  /** The path-style client underneath, created with the same options and `throwOnError: true`. */
  readonly client: KatapultClient<true>;
}

/** The options of `new Katapult(…)`: those of createKatapultClient but `throwOnError`, which the resource layer always sets. */
export type KatapultOptions = Omit<KatapultClientOptions, 'throwOnError'>;

export const Katapult: new (options?: KatapultOptions) => Katapult = /* @__PURE__ */ resourceClass({
  vendor: "katapult",
  factory: createKatapultClient,
  credentials: credentialOptions,
  operations,
  list: /* @__PURE__ */ listWalker("page-number", "katapult", paginatedPaths),
  helpers: { virtualMachines: { waitForBuild }, tasks: { wait: waitForTask } },
});
