// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// Named types: every schema of the spec, and the argument object and data of every operation.
import type { OperationData, OperationParams } from '@cloudspecs/runtime';
import type { components, operations } from './schema.js';

type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Names one organization by exactly one of `id` or `sub_domain`. */
export type OrganizationLookup = Schema<"OrganizationLookup">;
/** Names one network by exactly one of `id` or `permalink`. */
export type NetworkLookup = Schema<"NetworkLookup">;
/** Names one IP address by exactly one of `id` or `address`. */
export type IpAddressLookup = Schema<"IpAddressLookup">;
/** Names one virtual machine by exactly one of `id` or `fqdn`. */
export type VirtualMachineLookup = Schema<"VirtualMachineLookup">;
/** Names one virtual machine network interface by its `id`, the only key this lookup has. */
export interface VirtualMachineNetworkInterfaceLookup extends Schema<"VirtualMachineNetworkInterfaceLookup"> {}
/** Names one data center by exactly one of `id` or `permalink`. */
export type DataCenterLookup = Schema<"DataCenterLookup">;
/** Names one task by its `id`, the only key this lookup has. */
export interface TaskLookup extends Schema<"TaskLookup"> {}
/** The IP version of an address. */
export type AddressVersion = Schema<"AddressVersion">;
/** The `CreateIpAddressRequest` schema. */
export interface CreateIpAddressRequest extends Schema<"CreateIpAddressRequest"> {}
/** Where a page sits in a paginated list. */
export interface Pagination extends Schema<"Pagination"> {}
/** An object with no documented fields; the server sends `{}` today and may add fields. */
export interface EmptyObject extends Schema<"EmptyObject"> {}
/** This error documents no detail fields; real answers send `{}`. */
export interface EmptyErrorDetail extends Schema<"EmptyErrorDetail"> {}
/** A short reference to another object. */
export interface NamedReference extends Schema<"NamedReference"> {}
/** A short reference to another object that has a permalink. */
export interface PermalinkReference extends Schema<"PermalinkReference"> {}
/** A short reference to an IP address. */
export interface AddressReference extends Schema<"AddressReference"> {}
/** An annotation. */
export interface KeyValue extends Schema<"KeyValue"> {}
/** The `IpAddress` schema. */
export interface IpAddress extends Schema<"IpAddress"> {}
/** An IP address as the organization's list shows it. */
export interface IpAddressSummary extends Schema<"IpAddressSummary"> {}
/** The `IpAddressResponse` schema. */
export interface IpAddressResponse extends Schema<"IpAddressResponse"> {}
/** A network. */
export interface Network extends Schema<"Network"> {}
/** The `AvailableNetwork` schema. */
export interface AvailableNetwork extends Schema<"AvailableNetwork"> {}
/** The `AvailableVirtualNetwork` schema. */
export interface AvailableVirtualNetwork extends Schema<"AvailableVirtualNetwork"> {}
/** The `DataCenter` schema. */
export interface DataCenter extends Schema<"DataCenter"> {}
/** A data center as the data center operations return it, with a short country. */
export interface DataCenterSummary extends Schema<"DataCenterSummary"> {}
/** The `Country` schema. */
export interface Country extends Schema<"Country"> {}
/** The `CountryState` schema. */
export interface CountryState extends Schema<"CountryState"> {}
/** The `Zone` schema. */
export interface Zone extends Schema<"Zone"> {}
/** The `OrganizationSummary` schema. */
export interface OrganizationSummary extends Schema<"OrganizationSummary"> {}
/** The `Organization` schema. */
export interface Organization extends Schema<"Organization"> {}
/** The `Currency` schema. */
export interface Currency extends Schema<"Currency"> {}
/** A network interface as a virtual machine's list shows it. */
export interface VirtualMachineNetworkInterfaceSummary extends Schema<"VirtualMachineNetworkInterfaceSummary"> {}
/** The `VirtualMachineNetworkInterface` schema. */
export interface VirtualMachineNetworkInterface extends Schema<"VirtualMachineNetworkInterface"> {}
/** A network interface with its speed profile, as `getNetworkInterface` returns it. */
export interface VirtualMachineNetworkInterfaceDetail extends Schema<"VirtualMachineNetworkInterfaceDetail"> {}
/** A virtual machine as the organization's list shows it. */
export interface VirtualMachineSummary extends Schema<"VirtualMachineSummary"> {}
/** The `VirtualMachine` schema. */
export interface VirtualMachine extends Schema<"VirtualMachine"> {}
/** The `VirtualMachineGroup` schema. */
export interface VirtualMachineGroup extends Schema<"VirtualMachineGroup"> {}
/** The `VirtualMachinePackage` schema. */
export interface VirtualMachinePackage extends Schema<"VirtualMachinePackage"> {}
/** The `Attachment` schema. */
export interface Attachment extends Schema<"Attachment"> {}
/** The `Iso` schema. */
export interface Iso extends Schema<"Iso"> {}
/** The `OperatingSystem` schema. */
export interface OperatingSystem extends Schema<"OperatingSystem"> {}
/** The `GpuTypeSummary` schema. */
export interface GpuTypeSummary extends Schema<"GpuTypeSummary"> {}
/** The `GpuType` schema. */
export interface GpuType extends Schema<"GpuType"> {}
/** The `VirtualMachineGpu` schema. */
export interface VirtualMachineGpu extends Schema<"VirtualMachineGpu"> {}
/** The `Tag` schema. */
export interface Tag extends Schema<"Tag"> {}
/** The `Hypervisor` schema. */
export interface Hypervisor extends Schema<"Hypervisor"> {}
/** The `TrashObject` schema. */
export interface TrashObject extends Schema<"TrashObject"> {}
/** The `TaskStatus` schema. */
export type TaskStatus = Schema<"TaskStatus">;
/** A task as a power action returns it, just after queueing it. */
export interface QueuedTask extends Schema<"QueuedTask"> {}
/** The `QueuedTaskResponse` schema. */
export interface QueuedTaskResponse extends Schema<"QueuedTaskResponse"> {}
/** The `Task` schema. */
export interface Task extends Schema<"Task"> {}
/** `missing_api_token` (400): No API token was given in the `Authorization` header; send it as `Bearer <token>`. */
export interface MissingApiTokenError extends Schema<"MissingApiTokenError"> {}
/** `unauthorized_network_for_api_token` (403): The API token may not be used from the network the request came from. */
export interface UnauthorizedNetworkForApiTokenError extends Schema<"UnauthorizedNetworkForApiTokenError"> {}
/** `invalid_api_token` (403): The API token is not valid: it does not exist or has expired. */
export interface InvalidApiTokenError extends Schema<"InvalidApiTokenError"> {}
/** `invalid_capabilities_token` (403): The capabilities token is not valid, has expired or was not signed by the right key. */
export interface InvalidCapabilitiesTokenError extends Schema<"InvalidCapabilitiesTokenError"> {}
/** `scope_not_granted` (403): The authenticated identity lacks the scope this operation needs. */
export interface ScopeNotGrantedError extends Schema<"ScopeNotGrantedError"> {}
/** `permission_denied` (403): The authenticated identity may not perform this action. */
export interface PermissionDeniedError extends Schema<"PermissionDeniedError"> {}
/** `organization_suspended` (403): The organization named by the lookup is suspended. */
export interface OrganizationSuspendedError extends Schema<"OrganizationSuspendedError"> {}
/** `organization_not_activated` (403): The organization named by the lookup has not been activated yet. */
export interface OrganizationNotActivatedError extends Schema<"OrganizationNotActivatedError"> {}
/** `organization_not_found` (404): No organization matches the lookup given. */
export interface OrganizationNotFoundError extends Schema<"OrganizationNotFoundError"> {}
/** `network_not_found` (404): No network matches the lookup given. */
export interface NetworkNotFoundError extends Schema<"NetworkNotFoundError"> {}
/** `ip_address_not_found` (404): No IP address matches the lookup given. */
export interface IpAddressNotFoundError extends Schema<"IpAddressNotFoundError"> {}
/** `virtual_machine_not_found` (404): No virtual machine matches the lookup given. */
export interface VirtualMachineNotFoundError extends Schema<"VirtualMachineNotFoundError"> {}
/** `virtual_machine_network_interface_not_found` (404): No network interface matches the lookup given. */
export interface VirtualMachineNetworkInterfaceNotFoundError extends Schema<"VirtualMachineNetworkInterfaceNotFoundError"> {}
/** `data_center_not_found` (404): No data center matches the lookup given. */
export interface DataCenterNotFoundError extends Schema<"DataCenterNotFoundError"> {}
/** `task_not_found` (404): No task matches the lookup given. */
export interface TaskNotFoundError extends Schema<"TaskNotFoundError"> {}
/** `interface_not_found` (404): The virtual machine has no network interface on the given network. */
export interface InterfaceNotFoundError extends Schema<"InterfaceNotFoundError"> {}
/** `object_in_trash` (406): The object is in the trash and cannot be changed through the API until it is restored. */
export interface ObjectInTrashError extends Schema<"ObjectInTrashError"> {}
/** `task_queueing_error` (406): A background task the request needs could not be queued. */
export interface TaskQueueingError extends Schema<"TaskQueueingError"> {}
/** `resource_does_not_support_unallocation` (409): The resource the address is allocated to does not allow it to be unallocated. */
export interface ResourceDoesNotSupportUnallocationError extends Schema<"ResourceDoesNotSupportUnallocationError"> {}
/** `validation_error` (422): The object being created, updated or deleted failed validation. */
export interface ValidationErrorModel extends Schema<"ValidationError"> {}
/** `ip_already_allocated` (422): The IP address is already allocated to another resource. */
export interface IpAlreadyAllocatedError extends Schema<"IpAlreadyAllocatedError"> {}
/** `invalid_ip` (422): The IP address cannot be used on this network interface. */
export interface InvalidIpError extends Schema<"InvalidIpError"> {}
/** `no_allocation` (422): The IP address is not allocated to anything. */
export interface NoAllocationError extends Schema<"NoAllocationError"> {}
/** `no_interface_available` (422): The virtual machine has no network interface compatible with the IP address. */
export interface NoInterfaceAvailableError extends Schema<"NoInterfaceAvailableError"> {}
/** `rate_limit_reached` (429): Too many requests of this kind; wait and retry. */
export interface RateLimitReachedError extends Schema<"RateLimitReachedError"> {}
/** `service_unavailable` (503): The service is unavailable for now; try again later. */
export interface ServiceUnavailableErrorModel extends Schema<"ServiceUnavailableError"> {}
/** `no_available_addresses` (503): The pool of addresses of the requested version has run dry; contact support if it persists. */
export interface NoAvailableAddressesError extends Schema<"NoAvailableAddressesError"> {}
/** An API token. */
export interface ApiToken extends Schema<"ApiToken"> {}
/** The fields of a API token to create or change. */
export interface ApiTokenArguments extends Schema<"ApiTokenArguments"> {}
/** Names one API token by its `id`, the only key this lookup has. */
export interface ApiTokenLookup extends Schema<"ApiTokenLookup"> {}
/** `api_token_not_found` (404): No API token matches the lookup given. */
export interface ApiTokenNotFoundError extends Schema<"ApiTokenNotFoundError"> {}
/** Names one object storage cluster by its `region`, the only key this lookup has. */
export interface ObjectStorageClusterLookup extends Schema<"ObjectStorageClusterLookup"> {}
/** The fields of a object storage access key to create or change. */
export interface ObjectStorageAccessKeyArguments extends Schema<"ObjectStorageAccessKeyArguments"> {}
/** An access key for object storage. */
export interface ObjectStorageAccessKey extends Schema<"ObjectStorageAccessKey"> {}
/** `object_storage_account_not_provisioned` (403): The object storage account exists but has not been provisioned; creating it again may help. */
export interface ObjectStorageAccountNotProvisionedError extends Schema<"ObjectStorageAccountNotProvisionedError"> {}
/** `object_storage_account_suspended` (403): The object storage account named by the lookup is suspended. */
export interface ObjectStorageAccountSuspendedError extends Schema<"ObjectStorageAccountSuspendedError"> {}
/** `object_storage_cluster_not_found` (404): No object storage cluster matches the lookup given. */
export interface ObjectStorageClusterNotFoundError extends Schema<"ObjectStorageClusterNotFoundError"> {}
/** `object_storage_account_not_found` (404): No object storage account matches the lookup given. */
export interface ObjectStorageAccountNotFoundError extends Schema<"ObjectStorageAccountNotFoundError"> {}
/** Names one object storage access key by its `id`, the only key this lookup has. */
export interface ObjectStorageAccessKeyLookup extends Schema<"ObjectStorageAccessKeyLookup"> {}
/** `object_storage_access_key_not_found` (404): No object storage access key matches the lookup given. */
export interface ObjectStorageAccessKeyNotFoundError extends Schema<"ObjectStorageAccessKeyNotFoundError"> {}
/** `object_storage_provisioning_error` (422): The object storage account is still being provisioned; retry later. */
export interface ObjectStorageProvisioningError extends Schema<"ObjectStorageProvisioningError"> {}
/** `network_error` (504): A network error interrupted the action; it may be retried. */
export interface NetworkError extends Schema<"NetworkError"> {}
/** Names one address list by its `id`, the only key this lookup has. */
export interface AddressListLookup extends Schema<"AddressListLookup"> {}
/** One address or network of an address list, with an optional name. */
export interface AddressListEntry extends Schema<"AddressListEntry"> {}
/** `address_list_not_found` (404): No address list matches the lookup given. */
export interface AddressListNotFoundError extends Schema<"AddressListNotFoundError"> {}
/** The fields of a address list entry to create or change. */
export interface AddressListEntryArguments extends Schema<"AddressListEntryArguments"> {}
/** Names one address list entry by its `id`, the only key this lookup has. */
export interface AddressListEntryLookup extends Schema<"AddressListEntryLookup"> {}
/** `address_list_entry_not_found` (404): No address list entry matches the lookup given. */
export interface AddressListEntryNotFoundError extends Schema<"AddressListEntryNotFoundError"> {}
/** A address list as a list shows it. */
export interface AddressListSummary extends Schema<"AddressListSummary"> {}
/** The fields of a address list to create or change. */
export interface AddressListArguments extends Schema<"AddressListArguments"> {}
/** A named list of addresses and networks, usable as a security group rule target. */
export interface AddressList extends Schema<"AddressList"> {}
/** The fields of a object storage bucket acl to create or change. */
export interface ObjectStorageBucketAclArguments extends Schema<"ObjectStorageBucketAclArguments"> {}
/** The fields of a object storage bucket to create or change. */
export interface ObjectStorageBucketArguments extends Schema<"ObjectStorageBucketArguments"> {}
/** The `ObjectStorageBucketAccessControlList` schema. */
export interface ObjectStorageBucketAccessControlList extends Schema<"ObjectStorageBucketAccessControlList"> {}
/** An object storage bucket with its size, object count and access rules. */
export interface ObjectStorageBucket extends Schema<"ObjectStorageBucket"> {}
/** Names one object storage bucket by its `name`, the only key this lookup has. */
export interface ObjectStorageBucketLookup extends Schema<"ObjectStorageBucketLookup"> {}
/** `object_storage_bucket_not_found` (404): No object storage bucket matches the lookup given. */
export interface ObjectStorageBucketNotFoundError extends Schema<"ObjectStorageBucketNotFoundError"> {}
/** `multiple_object_storage_buckets_found` (500): The lookup matches more than one bucket; name the cluster too. */
export interface MultipleObjectStorageBucketsFoundError extends Schema<"MultipleObjectStorageBucketsFoundError"> {}
/** `object_storage_bucket_deletion_error` (403): The bucket could not be deleted. */
export interface ObjectStorageBucketDeletionError extends Schema<"ObjectStorageBucketDeletionError"> {}
/** An object (or folder) in a bucket. */
export interface ObjectStorageObject extends Schema<"ObjectStorageObject"> {}
/** `object_not_found` (404): No object in the bucket matches the lookup given. */
export interface ObjectNotFoundError extends Schema<"ObjectNotFoundError"> {}
/** The fields of a object storage object presigned url to create or change. */
export interface ObjectStorageObjectPresignedUrlArguments extends Schema<"ObjectStorageObjectPresignedUrlArguments"> {}
/** Names one zone by exactly one of `id` or `permalink`. */
export type ZoneLookup = Schema<"ZoneLookup">;
/** Names one virtual machine package by exactly one of `id` or `permalink`. */
export type VirtualMachinePackageLookup = Schema<"VirtualMachinePackageLookup">;
/** Names one disk template by exactly one of `id` or `permalink`. */
export type DiskTemplateLookup = Schema<"DiskTemplateLookup">;
/** Names one disk IO profile by exactly one of `id` or `permalink`. */
export type DiskIoProfileLookup = Schema<"DiskIoProfileLookup">;
/** The fields of a virtual machine build disk to create or change. */
export interface VirtualMachineBuildDiskArguments extends Schema<"VirtualMachineBuildDiskArguments"> {}
/** A build as it is queued. */
export interface VirtualMachineBuildSummary extends Schema<"VirtualMachineBuildSummary"> {}
/** `resource_creation_restricted` (403): The organization is not allowed to create resources. */
export interface ResourceCreationRestrictedError extends Schema<"ResourceCreationRestrictedError"> {}
/** `zone_not_found` (404): No zone matches the lookup given. */
export interface ZoneNotFoundError extends Schema<"ZoneNotFoundError"> {}
/** `package_not_found` (404): No virtual machine package matches the lookup given. */
export interface PackageNotFoundError extends Schema<"PackageNotFoundError"> {}
/** `disk_template_not_found` (404): No disk template matches the lookup given. */
export interface DiskTemplateNotFoundError extends Schema<"DiskTemplateNotFoundError"> {}
/** `location_required` (422): Neither a zone nor a data center was given; one is needed. */
export interface LocationRequiredError extends Schema<"LocationRequiredError"> {}
/** `one_system_disk_required` (422): The disks given must include exactly one system disk. */
export interface OneSystemDiskRequiredError extends Schema<"OneSystemDiskRequiredError"> {}
/** `invalid_spec_xml` (400): The virtual machine spec XML could not be read or is not valid. */
export interface InvalidSpecXmlError extends Schema<"InvalidSpecXmlError"> {}
/** Names one virtual machine build by its `id`, the only key this lookup has. */
export interface VirtualMachineBuildLookup extends Schema<"VirtualMachineBuildLookup"> {}
/** The `VirtualMachineOverview` schema. */
export interface VirtualMachineOverview extends Schema<"VirtualMachineOverview"> {}
/** A virtual machine build: its state and, once created, the machine. */
export interface VirtualMachineBuild extends Schema<"VirtualMachineBuild"> {}
/** `build_not_found` (404): No virtual machine build matches the lookup given. */
export interface BuildNotFoundError extends Schema<"BuildNotFoundError"> {}
/** A certificate as a list shows it. */
export interface CertificateSummary extends Schema<"CertificateSummary"> {}
/** Names one certificate by its `id`, the only key this lookup has. */
export interface CertificateLookup extends Schema<"CertificateLookup"> {}
/** A TLS certificate; the PEM parts are null until it is issued. */
export interface Certificate extends Schema<"Certificate"> {}
/** `certificate_not_found` (404): No certificate matches the lookup given. */
export interface CertificateNotFoundError extends Schema<"CertificateNotFoundError"> {}
/** A console session to a virtual machine, reachable at `url` until `expires_at`. */
export interface ConsoleSession extends Schema<"ConsoleSession"> {}
/** `virtual_machine_must_be_started` (406): Console sessions need a started virtual machine. */
export interface VirtualMachineMustBeStartedError extends Schema<"VirtualMachineMustBeStartedError"> {}
/** Names one country by exactly one of `id`, `iso_code2` or `iso_code3`. */
export type CountryLookup = Schema<"CountryLookup">;
/** `country_not_found` (404): No country matches the lookup given. */
export interface CountryNotFoundError extends Schema<"CountryNotFoundError"> {}
/** Names one country state by its `id`, the only key this lookup has. */
export interface CountryStateLookup extends Schema<"CountryStateLookup"> {}
/** `country_state_not_found` (404): No country state matches the lookup given. */
export interface CountryStateNotFoundError extends Schema<"CountryStateNotFoundError"> {}
/** Names one currency by exactly one of `id` or `iso_code`. */
export type CurrencyLookup = Schema<"CurrencyLookup">;
/** `currency_not_found` (404): No currency matches the lookup given. */
export interface CurrencyNotFoundError extends Schema<"CurrencyNotFoundError"> {}
/** A DNS zone hosted by Katapult. */
export interface DnsZone extends Schema<"DnsZone"> {}
/** The fields of a DNS zone to create or change. */
export interface DnsZoneArguments extends Schema<"DnsZoneArguments"> {}
/** Names one DNS zone by exactly one of `id` or `name`. */
export type DnsZoneLookup = Schema<"DnsZoneLookup">;
/** `dns_zone_not_found` (404): No DNS zone matches the lookup given. */
export interface DnsZoneNotFoundError extends Schema<"DnsZoneNotFoundError"> {}
/** `dns_zone_not_verified` (422): The zone could not be verified: its nameservers or root TXT record are not set as required. */
export interface DnsZoneNotVerifiedError extends Schema<"DnsZoneNotVerifiedError"> {}
/** An IO profile: the speed and IOPS a disk may use. */
export interface DiskIoProfile extends Schema<"DiskIoProfile"> {}
/** A virtual machine as a backup policy or load balancer names it. */
export interface BackupPolicyVirtualMachine extends Schema<"BackupPolicyVirtualMachine"> {}
/** How a disk is attached to a virtual machine. */
export interface VirtualMachineDisk extends Schema<"VirtualMachineDisk"> {}
/** A template a disk can be installed from, such as an operating system image. */
export interface DiskTemplate extends Schema<"DiskTemplate"> {}
/** One version of a disk template. */
export interface DiskTemplateVersion extends Schema<"DiskTemplateVersion"> {}
/** The `DiskInstallationAttribute` schema. */
export interface DiskInstallationAttribute extends Schema<"DiskInstallationAttribute"> {}
/** What was installed on a disk: the disk template version and the options it was given. */
export interface DiskInstallation extends Schema<"DiskInstallation"> {}
/** A disk as a backup policy names its target. */
export interface BackupPolicyDisk extends Schema<"BackupPolicyDisk"> {}
/** What a backup policy covers: a whole virtual machine or one disk. */
export interface DiskBackupPolicyTarget extends Schema<"DiskBackupPolicyTarget"> {}
/** A short form of a schedule. */
export interface ScheduleReference extends Schema<"ScheduleReference"> {}
/** A disk backup policy as a list shows it. */
export interface DiskBackupPolicySummary extends Schema<"DiskBackupPolicySummary"> {}
/** The fields of a schedule to create or change. */
export interface ScheduleArguments extends Schema<"ScheduleArguments"> {}
/** The fields of a disk backup policy to create or change. */
export interface DiskBackupPolicyArguments extends Schema<"DiskBackupPolicyArguments"> {}
/** The `Schedule` schema. */
export interface Schedule extends Schema<"Schedule"> {}
/** A backup policy: its schedule, how many backups it keeps and the disk or machine it covers. */
export interface DiskBackupPolicy extends Schema<"DiskBackupPolicy"> {}
/** Names one disk by its `id`, the only key this lookup has. */
export interface DiskLookup extends Schema<"DiskLookup"> {}
/** `disk_not_found` (404): No disk matches the lookup given. */
export interface DiskNotFoundError extends Schema<"DiskNotFoundError"> {}
/** Names one disk backup policy by its `id`, the only key this lookup has. */
export interface DiskBackupPolicyLookup extends Schema<"DiskBackupPolicyLookup"> {}
/** `disk_backup_policy_not_found` (404): No disk backup policy matches the lookup given. */
export interface DiskBackupPolicyNotFoundError extends Schema<"DiskBackupPolicyNotFoundError"> {}
/** The id of an object that no longer exists. */
export interface IdReference extends Schema<"IdReference"> {}
/** The `DiskBackupPolicyUpdate` schema. */
export interface DiskBackupPolicyUpdate extends Schema<"DiskBackupPolicyUpdate"> {}
/** The `DiskBackupPolicyScheduledDeletion` schema. */
export interface DiskBackupPolicyScheduledDeletion extends Schema<"DiskBackupPolicyScheduledDeletion"> {}
/** `invalid_timestamp` (400): The deletion time is less than five minutes away; delete directly instead. */
export interface InvalidTimestampError extends Schema<"InvalidTimestampError"> {}
/** A disk template version as a list shows it. */
export interface DiskTemplateVersionSummary extends Schema<"DiskTemplateVersionSummary"> {}
/** Names one disk template version by its `id`, the only key this lookup has. */
export interface DiskTemplateVersionLookup extends Schema<"DiskTemplateVersionLookup"> {}
/** The `DiskTemplateVersionDetail` schema. */
export interface DiskTemplateVersionDetail extends Schema<"DiskTemplateVersionDetail"> {}
/** `disk_template_version_not_found` (404): No disk template version matches the lookup given. */
export interface DiskTemplateVersionNotFoundError extends Schema<"DiskTemplateVersionNotFoundError"> {}
/** The `TemplateSpecField` schema. */
export interface TemplateSpecField extends Schema<"TemplateSpecField"> {}
/** The options a disk template version accepts at install time. */
export interface TemplateSpec extends Schema<"TemplateSpec"> {}
/** Names one operating system by its `id`, the only key this lookup has. */
export interface OperatingSystemLookup extends Schema<"OperatingSystemLookup"> {}
/** A short form of a disk template version. */
export interface DiskTemplateVersionReference extends Schema<"DiskTemplateVersionReference"> {}
/** A disk template as a list shows it. */
export interface DiskTemplateSummary extends Schema<"DiskTemplateSummary"> {}
/** `operating_system_not_found` (404): No operating system matches the lookup given. */
export interface OperatingSystemNotFoundError extends Schema<"OperatingSystemNotFoundError"> {}
/** The `DiskTemplateDetail` schema. */
export interface DiskTemplateDetail extends Schema<"DiskTemplateDetail"> {}
/** A short form of a virtual machine. */
export interface VirtualMachineReference extends Schema<"VirtualMachineReference"> {}
/** A short form of a virtual machine disk. */
export interface VirtualMachineDiskReference extends Schema<"VirtualMachineDiskReference"> {}
/** A disk as a list shows it. */
export interface DiskSummary extends Schema<"DiskSummary"> {}
/** The fields of a virtual machine disk to create or change. */
export interface VirtualMachineDiskArguments extends Schema<"VirtualMachineDiskArguments"> {}
/** The fields of a disk to create or change. */
export interface DiskArguments extends Schema<"DiskArguments"> {}
/** A virtual machine disk as a list shows it. */
export interface VirtualMachineDiskSummary extends Schema<"VirtualMachineDiskSummary"> {}
/** A disk: its size, speed, IO profile, installation and the virtual machine it is assigned to. */
export interface Disk extends Schema<"Disk"> {}
/** `unassigned_disk` (422): The disk is not assigned to any virtual machine. */
export interface UnassignedDiskError extends Schema<"UnassignedDiskError"> {}
/** `unable_to_assign` (422): The disk cannot be assigned to the virtual machine. */
export interface UnableToAssignError extends Schema<"UnableToAssignError"> {}
/** `unable_to_unassign` (422): The disk cannot be unassigned from the virtual machine. */
export interface UnableToUnassignError extends Schema<"UnableToUnassignError"> {}
/** `disk_io_profile_not_found` (404): No disk IO profile matches the lookup given. */
export interface DiskIoProfileNotFoundError extends Schema<"DiskIoProfileNotFoundError"> {}
/** A short form of a disk. */
export interface DiskReference extends Schema<"DiskReference"> {}
/** A disk of a virtual machine, with whether it boots and is attached at boot. */
export interface VirtualMachineDiskAttachment extends Schema<"VirtualMachineDiskAttachment"> {}
/** A shared file storage volume, mounted over NFS at `nfs_location`. */
export interface FileStorageVolumeSummary extends Schema<"FileStorageVolumeSummary"> {}
/** The fields of a file storage volume to create or change. */
export interface FileStorageVolumeArguments extends Schema<"FileStorageVolumeArguments"> {}
/** Names one file storage volume by its `id`, the only key this lookup has. */
export interface FileStorageVolumeLookup extends Schema<"FileStorageVolumeLookup"> {}
/** `file_storage_volume_not_found` (404): No file storage volume matches the lookup given. */
export interface FileStorageVolumeNotFoundError extends Schema<"FileStorageVolumeNotFoundError"> {}
/** A GPU type with the data centers offering it. */
export interface GpuTypeDetail extends Schema<"GpuTypeDetail"> {}
/** Names one GPU type by exactly one of `id` or `permalink`. */
export type GpuTypeLookup = Schema<"GpuTypeLookup">;
/** `gpu_type_not_found` (404): No GPU type matches the lookup given. */
export interface GpuTypeNotFoundError extends Schema<"GpuTypeNotFoundError"> {}
/** Names one load balancer by exactly one of `id` or `api_reference`. */
export type LoadBalancerLookup = Schema<"LoadBalancerLookup">;
/** A load balancer rule as a list shows it. */
export interface LoadBalancerRuleSummary extends Schema<"LoadBalancerRuleSummary"> {}
/** `load_balancer_not_found` (404): No load balancer matches the lookup given. */
export interface LoadBalancerNotFoundError extends Schema<"LoadBalancerNotFoundError"> {}
/** The fields of a load balancer rule to create or change. */
export interface LoadBalancerRuleArguments extends Schema<"LoadBalancerRuleArguments"> {}
/** A short form of a certificate. */
export interface CertificateReference extends Schema<"CertificateReference"> {}
/** A rule of a load balancer: listening port, destination port, protocol and health check. */
export interface LoadBalancerRule extends Schema<"LoadBalancerRule"> {}
/** Names one load balancer rule by its `id`, the only key this lookup has. */
export interface LoadBalancerRuleLookup extends Schema<"LoadBalancerRuleLookup"> {}
/** `load_balancer_rule_not_found` (404): No load balancer rule matches the lookup given. */
export interface LoadBalancerRuleNotFoundError extends Schema<"LoadBalancerRuleNotFoundError"> {}
/** The `LoadBalancerResource` schema. */
export interface LoadBalancerResource extends Schema<"LoadBalancerResource"> {}
/** A short form of a ip address. */
export interface IpAddressReference extends Schema<"IpAddressReference"> {}
/** A load balancer as a list shows it. */
export interface LoadBalancerSummary extends Schema<"LoadBalancerSummary"> {}
/** The fields of a load balancer weights to create or change. */
export interface LoadBalancerWeightsArguments extends Schema<"LoadBalancerWeightsArguments"> {}
/** The fields of a load balancer to create or change. */
export interface LoadBalancerArguments extends Schema<"LoadBalancerArguments"> {}
/** The `LoadBalancerWeight` schema. */
export interface LoadBalancerWeight extends Schema<"LoadBalancerWeight"> {}
/** A load balancer: its address, data center and the resources it balances across. */
export interface LoadBalancer extends Schema<"LoadBalancer"> {}
/** A short form of a load balancer. */
export interface LoadBalancerReference extends Schema<"LoadBalancerReference"> {}
/** An organization managed by another organization. */
export interface ManagedOrganization extends Schema<"ManagedOrganization"> {}
/** `organization_limit_reached` (422): The maximum number of organizations has been reached. */
export interface OrganizationLimitReachedError extends Schema<"OrganizationLimitReachedError"> {}
/** The `OrganizationDeletionStep` schema. */
export interface OrganizationDeletionStep extends Schema<"OrganizationDeletionStep"> {}
/** The `OrganizationDeletionSteps` schema. */
export interface OrganizationDeletionSteps extends Schema<"OrganizationDeletionSteps"> {}
/** `deletion_steps_not_satisfied` (409): Some of the steps needed before deletion are not done. */
export interface DeletionStepsNotSatisfiedError extends Schema<"DeletionStepsNotSatisfiedError"> {}
/** `managed_organization_required` (409): This operation deletes managed organizations only. */
export interface ManagedOrganizationRequiredError extends Schema<"ManagedOrganizationRequiredError"> {}
/** `deletion_failed` (500): Deleting the organization failed; check its deletion steps. */
export interface DeletionFailedError extends Schema<"DeletionFailedError"> {}
/** A speed profile a network interface can use. */
export interface NetworkSpeedProfile extends Schema<"NetworkSpeedProfile"> {}
/** An organization's object storage account in one cluster. */
export interface ObjectStorageAccount extends Schema<"ObjectStorageAccount"> {}
/** A trash object as a list shows it. */
export interface TrashObjectSummary extends Schema<"TrashObjectSummary"> {}
/** A Katapult user. */
export interface User extends Schema<"User"> {}
/** A user as a list shows it. */
export interface UserSummary extends Schema<"UserSummary"> {}
/** The `FinancialPolicyLimit` schema. */
export interface FinancialPolicyLimit extends Schema<"FinancialPolicyLimit"> {}
/** The `PolicyLimit` schema. */
export interface PolicyLimit extends Schema<"PolicyLimit"> {}
/** The `PolicyLimitWithoutCurrent` schema. */
export interface PolicyLimitWithoutCurrent extends Schema<"PolicyLimitWithoutCurrent"> {}
/** The `PolicyLimits` schema. */
export interface PolicyLimits extends Schema<"PolicyLimits"> {}
/** The `PolicyFeature` schema. */
export interface PolicyFeature extends Schema<"PolicyFeature"> {}
/** The `PolicyFeatures` schema. */
export interface PolicyFeatures extends Schema<"PolicyFeatures"> {}
/** `policy_not_available_for_managed_organizations` (400): Managed organizations have no policy; ask the parent organization. */
export interface PolicyNotAvailableForManagedOrganizationsError extends Schema<"PolicyNotAvailableForManagedOrganizationsError"> {}
/** The `DecimalOrUnlimited` schema. */
export interface DecimalOrUnlimited extends Schema<"DecimalOrUnlimited"> {}
/** The `IntegerOrUnlimited` schema. */
export interface IntegerOrUnlimited extends Schema<"IntegerOrUnlimited"> {}
/** The `IntegerValue` schema. */
export interface IntegerValue extends Schema<"IntegerValue"> {}
/** The limits set by an organization's policy. */
export interface OrganizationPolicy extends Schema<"OrganizationPolicy"> {}
/** The `SinglePriceVariant` schema. */
export interface SinglePriceVariant extends Schema<"SinglePriceVariant"> {}
/** The `PriceResourceWithSinglePriceVariant` schema. */
export interface PriceResourceWithSinglePriceVariant extends Schema<"PriceResourceWithSinglePriceVariant"> {}
/** `prices_not_available_for_managed_organizations` (400): Managed organizations have no prices; ask the parent organization. */
export interface PricesNotAvailableForManagedOrganizationsError extends Schema<"PricesNotAvailableForManagedOrganizationsError"> {}
/** The `DnsRecordAddressAttributes` schema. */
export interface DnsRecordAddressAttributes extends Schema<"DnsRecordAddressAttributes"> {}
/** The `DnsRecordHostnameAttributes` schema. */
export interface DnsRecordHostnameAttributes extends Schema<"DnsRecordHostnameAttributes"> {}
/** The `DnsRecordCaaAttributes` schema. */
export interface DnsRecordCaaAttributes extends Schema<"DnsRecordCaaAttributes"> {}
/** The `DnsRecordHttpRedirectAttributes` schema. */
export interface DnsRecordHttpRedirectAttributes extends Schema<"DnsRecordHttpRedirectAttributes"> {}
/** The `DnsRecordIpsAttributes` schema. */
export interface DnsRecordIpsAttributes extends Schema<"DnsRecordIpsAttributes"> {}
/** The `DnsRecordSrvAttributes` schema. */
export interface DnsRecordSrvAttributes extends Schema<"DnsRecordSrvAttributes"> {}
/** The `DnsRecordSshfpAttributes` schema. */
export interface DnsRecordSshfpAttributes extends Schema<"DnsRecordSshfpAttributes"> {}
/** The `DnsRecordTxtAttributes` schema. */
export interface DnsRecordTxtAttributes extends Schema<"DnsRecordTxtAttributes"> {}
/** The `DnsRecordVirtualMachineAttributes` schema. */
export interface DnsRecordVirtualMachineAttributes extends Schema<"DnsRecordVirtualMachineAttributes"> {}
/** The `DnsRecordContentAttributes` schema. */
export interface DnsRecordContentAttributes extends Schema<"DnsRecordContentAttributes"> {}
/** A DNS record. */
export interface DnsRecord extends Schema<"DnsRecord"> {}
/** The fields of a DNS record address to create or change. */
export interface DnsRecordAddressArguments extends Schema<"DnsRecordAddressArguments"> {}
/** The fields of a DNS record hostname to create or change. */
export interface DnsRecordHostnameArguments extends Schema<"DnsRecordHostnameArguments"> {}
/** The fields of a DNS record caa to create or change. */
export interface DnsRecordCaaArguments extends Schema<"DnsRecordCaaArguments"> {}
/** The fields of a DNS record http redirect to create or change. */
export interface DnsRecordHttpRedirectArguments extends Schema<"DnsRecordHttpRedirectArguments"> {}
/** The fields of a DNS record ips to create or change. */
export interface DnsRecordIpsArguments extends Schema<"DnsRecordIpsArguments"> {}
/** The fields of a DNS record srv to create or change. */
export interface DnsRecordSrvArguments extends Schema<"DnsRecordSrvArguments"> {}
/** The fields of a DNS record SSHfp to create or change. */
export interface DnsRecordSshfpArguments extends Schema<"DnsRecordSshfpArguments"> {}
/** The fields of a DNS record txt to create or change. */
export interface DnsRecordTxtArguments extends Schema<"DnsRecordTxtArguments"> {}
/** The fields of a DNS record virtual machine to create or change. */
export interface DnsRecordVirtualMachineArguments extends Schema<"DnsRecordVirtualMachineArguments"> {}
/** The content of a record: give one key, the record type, with that type's fields. */
export interface DnsRecordContentArguments extends Schema<"DnsRecordContentArguments"> {}
/** The fields of a DNS record to create or change. */
export interface DnsRecordArguments extends Schema<"DnsRecordArguments"> {}
/** Names one DNS record by its `id`, the only key this lookup has. */
export interface DnsRecordLookup extends Schema<"DnsRecordLookup"> {}
/** `dns_record_not_found` (404): No DNS record matches the lookup given. */
export interface DnsRecordNotFoundError extends Schema<"DnsRecordNotFoundError"> {}
/** An SSH key of the organization. */
export interface SshKey extends Schema<"SshKey"> {}
/** The fields of a SSH key to create or change. */
export interface SshKeyArguments extends Schema<"SshKeyArguments"> {}
/** Names one SSH key by its `id`, the only key this lookup has. */
export interface SshKeyLookup extends Schema<"SshKeyLookup"> {}
/** `ssh_key_not_found` (404): No SSH key matches the lookup given. */
export interface SshKeyNotFoundError extends Schema<"SshKeyNotFoundError"> {}
/** `deletion_restricted` (409): The object cannot be deleted. */
export interface DeletionRestrictedError extends Schema<"DeletionRestrictedError"> {}
/** Names one security group by its `id`, the only key this lookup has. */
export interface SecurityGroupLookup extends Schema<"SecurityGroupLookup"> {}
/** A security group rule as a list shows it. */
export interface SecurityGroupRuleSummary extends Schema<"SecurityGroupRuleSummary"> {}
/** `security_group_not_found` (404): No security group matches the lookup given. */
export interface SecurityGroupNotFoundError extends Schema<"SecurityGroupNotFoundError"> {}
/** The fields of a security group rule to create or change. */
export interface SecurityGroupRuleArguments extends Schema<"SecurityGroupRuleArguments"> {}
/** A rule of a security group. */
export interface SecurityGroupRule extends Schema<"SecurityGroupRule"> {}
/** Names one security group rule by its `id`, the only key this lookup has. */
export interface SecurityGroupRuleLookup extends Schema<"SecurityGroupRuleLookup"> {}
/** `security_group_rule_not_found` (404): No security group rule matches the lookup given. */
export interface SecurityGroupRuleNotFoundError extends Schema<"SecurityGroupRuleNotFoundError"> {}
/** A security group: default inbound and outbound policies, and the resources it applies to. */
export interface SecurityGroup extends Schema<"SecurityGroup"> {}
/** The fields of a security group to create or change. */
export interface SecurityGroupArguments extends Schema<"SecurityGroupArguments"> {}
/** A tag as a list shows it. */
export interface TagSummary extends Schema<"TagSummary"> {}
/** The fields of a tag to create or change. */
export interface TagArguments extends Schema<"TagArguments"> {}
/** Names one tag by its `id`, the only key this lookup has. */
export interface TagLookup extends Schema<"TagLookup"> {}
/** `tag_not_found` (404): No tag matches the lookup given. */
export interface TagNotFoundError extends Schema<"TagNotFoundError"> {}
/** Names one trash object by exactly one of `id` or `object_id`. */
export type TrashObjectLookup = Schema<"TrashObjectLookup">;
/** `trash_object_not_found` (404): No trash object matches the lookup given. */
export interface TrashObjectNotFoundError extends Schema<"TrashObjectNotFoundError"> {}
/** A short form of a organization. */
export interface OrganizationReference extends Schema<"OrganizationReference"> {}
/** `no_user_associated_with_identity` (404): The credentials do not belong to a user (an organization token, for example). */
export interface NoUserAssociatedWithIdentityError extends Schema<"NoUserAssociatedWithIdentityError"> {}
/** `identity_not_linked_to_web_session` (400): The identity is not linked to a web session. */
export interface IdentityNotLinkedToWebSessionError extends Schema<"IdentityNotLinkedToWebSessionError"> {}
/** A private virtual network in a data center. */
export interface VirtualNetwork extends Schema<"VirtualNetwork"> {}
/** The fields of a virtual network to create or change. */
export interface VirtualNetworkArguments extends Schema<"VirtualNetworkArguments"> {}
/** Names one virtual network by its `id`, the only key this lookup has. */
export interface VirtualNetworkLookup extends Schema<"VirtualNetworkLookup"> {}
/** `virtual_network_not_found` (404): No virtual network matches the lookup given. */
export interface VirtualNetworkNotFoundError extends Schema<"VirtualNetworkNotFoundError"> {}
/** The fields of a virtual machine group to create or change. */
export interface VirtualMachineGroupArguments extends Schema<"VirtualMachineGroupArguments"> {}
/** Names one virtual machine group by its `id`, the only key this lookup has. */
export interface VirtualMachineGroupLookup extends Schema<"VirtualMachineGroupLookup"> {}
/** `virtual_machine_group_not_found` (404): No virtual machine group matches the lookup given. */
export interface VirtualMachineGroupNotFoundError extends Schema<"VirtualMachineGroupNotFoundError"> {}
/** Names one network speed profile by exactly one of `id` or `permalink`. */
export type NetworkSpeedProfileLookup = Schema<"NetworkSpeedProfileLookup">;
/** `network_speed_profile_not_found` (404): No network speed profile matches the lookup given. */
export interface NetworkSpeedProfileNotFoundError extends Schema<"NetworkSpeedProfileNotFoundError"> {}
/** `speed_profile_already_assigned` (422): The interface already has this network speed profile. */
export interface SpeedProfileAlreadyAssignedError extends Schema<"SpeedProfileAlreadyAssignedError"> {}
/** `virtual_machine_network_interface_already_attached` (422): The network interface is already attached. */
export interface VirtualMachineNetworkInterfaceAlreadyAttachedError extends Schema<"VirtualMachineNetworkInterfaceAlreadyAttachedError"> {}
/** `virtual_machine_network_interface_already_detached` (422): The network interface is already detached. */
export interface VirtualMachineNetworkInterfaceAlreadyDetachedError extends Schema<"VirtualMachineNetworkInterfaceAlreadyDetachedError"> {}
/** The fields of a virtual machine to create or change. */
export interface VirtualMachineArguments extends Schema<"VirtualMachineArguments"> {}
/** The CPU cores and memory of a virtual machine built with flexible resources. */
export interface VirtualMachineFlexibleResources extends Schema<"VirtualMachineFlexibleResources"> {}
/** `flexible_resources_unavailable_to_organization` (403): The organization is not allowed flexible resources. */
export interface FlexibleResourcesUnavailableToOrganizationError extends Schema<"FlexibleResourcesUnavailableToOrganizationError"> {}
/** `no_virtual_machine_for_api_token` (404): The API token is not tied to a virtual machine. */
export interface NoVirtualMachineForApiTokenError extends Schema<"NoVirtualMachineForApiTokenError"> {}
/** `continuous_management_disabled` (409): The virtual machine does not have continuous SSH key management turned on. */
export interface ContinuousManagementDisabledError extends Schema<"ContinuousManagementDisabledError"> {}
/** A zone with a short data center. */
export interface ZoneSummary extends Schema<"ZoneSummary"> {}

/** The argument object of `apiTokens.list` (listOrganizationApiTokens): path and query parameters and body fields. */
export interface ListOrganizationApiTokensParams extends OperationParams<operations["listOrganizationApiTokens"]> {}
/** What `apiTokens.list` (listOrganizationApiTokens) resolves to. */
export interface ListOrganizationApiTokensResponse extends OperationData<operations["listOrganizationApiTokens"]> {}
/** The argument object of `apiTokens.create` (createApiToken): path and query parameters and body fields. */
export interface CreateApiTokenParams extends OperationParams<operations["createApiToken"]> {}
/** What `apiTokens.create` (createApiToken) resolves to. */
export interface CreateApiTokenResponse extends OperationData<operations["createApiToken"]> {}
/** The argument object of `apiTokens.delete` (deleteApiToken): path and query parameters and body fields. */
export interface DeleteApiTokenParams extends OperationParams<operations["deleteApiToken"]> {}
/** What `apiTokens.delete` (deleteApiToken) resolves to. */
export interface DeleteApiTokenResponse extends OperationData<operations["deleteApiToken"]> {}
/** The argument object of `apiTokens.update` (updateApiToken): path and query parameters and body fields. */
export interface UpdateApiTokenParams extends OperationParams<operations["updateApiToken"]> {}
/** What `apiTokens.update` (updateApiToken) resolves to. */
export interface UpdateApiTokenResponse extends OperationData<operations["updateApiToken"]> {}
/** The argument object of `apiTokens.regenerateSecret` (regenerateApiTokenSecret): path and query parameters and body fields. */
export interface RegenerateApiTokenSecretParams extends OperationParams<operations["regenerateApiTokenSecret"]> {}
/** What `apiTokens.regenerateSecret` (regenerateApiTokenSecret) resolves to. */
export interface RegenerateApiTokenSecretResponse extends OperationData<operations["regenerateApiTokenSecret"]> {}
/** The argument object of `objectStorageAccessKeys.create` (createObjectStorageAccessKey): path and query parameters and body fields. */
export interface CreateObjectStorageAccessKeyParams extends OperationParams<operations["createObjectStorageAccessKey"]> {}
/** What `objectStorageAccessKeys.create` (createObjectStorageAccessKey) resolves to. */
export interface CreateObjectStorageAccessKeyResponse extends OperationData<operations["createObjectStorageAccessKey"]> {}
/** The argument object of `objectStorageAccessKeys.list` (listObjectStorageAccessKeys): path and query parameters and body fields. */
export interface ListObjectStorageAccessKeysParams extends OperationParams<operations["listObjectStorageAccessKeys"]> {}
/** What `objectStorageAccessKeys.list` (listObjectStorageAccessKeys) resolves to. */
export interface ListObjectStorageAccessKeysResponse extends OperationData<operations["listObjectStorageAccessKeys"]> {}
/** The argument object of `objectStorageAccessKeys.generateCredentials` (generateObjectStorageAccessKeyCredentials): path and query parameters and body fields. */
export interface GenerateObjectStorageAccessKeyCredentialsParams extends OperationParams<operations["generateObjectStorageAccessKeyCredentials"]> {}
/** What `objectStorageAccessKeys.generateCredentials` (generateObjectStorageAccessKeyCredentials) resolves to. */
export interface GenerateObjectStorageAccessKeyCredentialsResponse extends OperationData<operations["generateObjectStorageAccessKeyCredentials"]> {}
/** The argument object of `objectStorageAccessKeys.get` (getObjectStorageAccessKey): path and query parameters and body fields. */
export interface GetObjectStorageAccessKeyParams extends OperationParams<operations["getObjectStorageAccessKey"]> {}
/** What `objectStorageAccessKeys.get` (getObjectStorageAccessKey) resolves to. */
export interface GetObjectStorageAccessKeyResponse extends OperationData<operations["getObjectStorageAccessKey"]> {}
/** The argument object of `objectStorageAccessKeys.delete` (deleteObjectStorageAccessKey): path and query parameters and body fields. */
export interface DeleteObjectStorageAccessKeyParams extends OperationParams<operations["deleteObjectStorageAccessKey"]> {}
/** What `objectStorageAccessKeys.delete` (deleteObjectStorageAccessKey) resolves to. */
export interface DeleteObjectStorageAccessKeyResponse extends OperationData<operations["deleteObjectStorageAccessKey"]> {}
/** The argument object of `objectStorageAccessKeys.update` (updateObjectStorageAccessKey): path and query parameters and body fields. */
export interface UpdateObjectStorageAccessKeyParams extends OperationParams<operations["updateObjectStorageAccessKey"]> {}
/** What `objectStorageAccessKeys.update` (updateObjectStorageAccessKey) resolves to. */
export interface UpdateObjectStorageAccessKeyResponse extends OperationData<operations["updateObjectStorageAccessKey"]> {}
/** The argument object of `addressListEntries.list` (listAddressListEntries): path and query parameters and body fields. */
export interface ListAddressListEntriesParams extends OperationParams<operations["listAddressListEntries"]> {}
/** What `addressListEntries.list` (listAddressListEntries) resolves to. */
export interface ListAddressListEntriesResponse extends OperationData<operations["listAddressListEntries"]> {}
/** The argument object of `addressListEntries.create` (createAddressListEntry): path and query parameters and body fields. */
export interface CreateAddressListEntryParams extends OperationParams<operations["createAddressListEntry"]> {}
/** What `addressListEntries.create` (createAddressListEntry) resolves to. */
export interface CreateAddressListEntryResponse extends OperationData<operations["createAddressListEntry"]> {}
/** The argument object of `addressListEntries.get` (getAddressListEntry): path and query parameters and body fields. */
export interface GetAddressListEntryParams extends OperationParams<operations["getAddressListEntry"]> {}
/** What `addressListEntries.get` (getAddressListEntry) resolves to. */
export interface GetAddressListEntryResponse extends OperationData<operations["getAddressListEntry"]> {}
/** The argument object of `addressListEntries.delete` (deleteAddressListEntry): path and query parameters and body fields. */
export interface DeleteAddressListEntryParams extends OperationParams<operations["deleteAddressListEntry"]> {}
/** What `addressListEntries.delete` (deleteAddressListEntry) resolves to. */
export interface DeleteAddressListEntryResponse extends OperationData<operations["deleteAddressListEntry"]> {}
/** The argument object of `addressListEntries.update` (updateAddressListEntry): path and query parameters and body fields. */
export interface UpdateAddressListEntryParams extends OperationParams<operations["updateAddressListEntry"]> {}
/** What `addressListEntries.update` (updateAddressListEntry) resolves to. */
export interface UpdateAddressListEntryResponse extends OperationData<operations["updateAddressListEntry"]> {}
/** The argument object of `addressListEntries.bulkUpdate` (bulkUpdateAddressListEntries): path and query parameters and body fields. */
export interface BulkUpdateAddressListEntriesParams extends OperationParams<operations["bulkUpdateAddressListEntries"]> {}
/** What `addressListEntries.bulkUpdate` (bulkUpdateAddressListEntries) resolves to. */
export interface BulkUpdateAddressListEntriesResponse extends OperationData<operations["bulkUpdateAddressListEntries"]> {}
/** The argument object of `addressLists.listGlobal` (listGlobalAddressLists): path and query parameters and body fields. */
export interface ListGlobalAddressListsParams extends OperationParams<operations["listGlobalAddressLists"]> {}
/** What `addressLists.listGlobal` (listGlobalAddressLists) resolves to. */
export interface ListGlobalAddressListsResponse extends OperationData<operations["listGlobalAddressLists"]> {}
/** The argument object of `addressLists.list` (listOrganizationAddressLists): path and query parameters and body fields. */
export interface ListOrganizationAddressListsParams extends OperationParams<operations["listOrganizationAddressLists"]> {}
/** What `addressLists.list` (listOrganizationAddressLists) resolves to. */
export interface ListOrganizationAddressListsResponse extends OperationData<operations["listOrganizationAddressLists"]> {}
/** The argument object of `addressLists.create` (createAddressList): path and query parameters and body fields. */
export interface CreateAddressListParams extends OperationParams<operations["createAddressList"]> {}
/** What `addressLists.create` (createAddressList) resolves to. */
export interface CreateAddressListResponse extends OperationData<operations["createAddressList"]> {}
/** The argument object of `addressLists.get` (getAddressList): path and query parameters and body fields. */
export interface GetAddressListParams extends OperationParams<operations["getAddressList"]> {}
/** What `addressLists.get` (getAddressList) resolves to. */
export interface GetAddressListResponse extends OperationData<operations["getAddressList"]> {}
/** The argument object of `addressLists.delete` (deleteAddressList): path and query parameters and body fields. */
export interface DeleteAddressListParams extends OperationParams<operations["deleteAddressList"]> {}
/** What `addressLists.delete` (deleteAddressList) resolves to. */
export interface DeleteAddressListResponse extends OperationData<operations["deleteAddressList"]> {}
/** The argument object of `addressLists.update` (updateAddressList): path and query parameters and body fields. */
export interface UpdateAddressListParams extends OperationParams<operations["updateAddressList"]> {}
/** What `addressLists.update` (updateAddressList) resolves to. */
export interface UpdateAddressListResponse extends OperationData<operations["updateAddressList"]> {}
/** The argument object of `objectStorageBuckets.create` (createObjectStorageBucket): path and query parameters and body fields. */
export interface CreateObjectStorageBucketParams extends OperationParams<operations["createObjectStorageBucket"]> {}
/** What `objectStorageBuckets.create` (createObjectStorageBucket) resolves to. */
export interface CreateObjectStorageBucketResponse extends OperationData<operations["createObjectStorageBucket"]> {}
/** The argument object of `objectStorageBuckets.get` (getObjectStorageBucket): path and query parameters and body fields. */
export interface GetObjectStorageBucketParams extends OperationParams<operations["getObjectStorageBucket"]> {}
/** What `objectStorageBuckets.get` (getObjectStorageBucket) resolves to. */
export interface GetObjectStorageBucketResponse extends OperationData<operations["getObjectStorageBucket"]> {}
/** The argument object of `objectStorageBuckets.delete` (deleteObjectStorageBucket): path and query parameters and body fields. */
export interface DeleteObjectStorageBucketParams extends OperationParams<operations["deleteObjectStorageBucket"]> {}
/** What `objectStorageBuckets.delete` (deleteObjectStorageBucket) resolves to. */
export interface DeleteObjectStorageBucketResponse extends OperationData<operations["deleteObjectStorageBucket"]> {}
/** The argument object of `objectStorageBuckets.update` (updateObjectStorageBucket): path and query parameters and body fields. */
export interface UpdateObjectStorageBucketParams extends OperationParams<operations["updateObjectStorageBucket"]> {}
/** What `objectStorageBuckets.update` (updateObjectStorageBucket) resolves to. */
export interface UpdateObjectStorageBucketResponse extends OperationData<operations["updateObjectStorageBucket"]> {}
/** The argument object of `objectStorageBuckets.revokePresignedUrls` (revokeObjectStorageBucketPresignedUrls): path and query parameters and body fields. */
export interface RevokeObjectStorageBucketPresignedUrlsParams extends OperationParams<operations["revokeObjectStorageBucketPresignedUrls"]> {}
/** What `objectStorageBuckets.revokePresignedUrls` (revokeObjectStorageBucketPresignedUrls) resolves to. */
export interface RevokeObjectStorageBucketPresignedUrlsResponse extends OperationData<operations["revokeObjectStorageBucketPresignedUrls"]> {}
/** The argument object of `objectStorageBuckets.getObject` (getObjectStorageObject): path and query parameters and body fields. */
export interface GetObjectStorageObjectParams extends OperationParams<operations["getObjectStorageObject"]> {}
/** What `objectStorageBuckets.getObject` (getObjectStorageObject) resolves to. */
export interface GetObjectStorageObjectResponse extends OperationData<operations["getObjectStorageObject"]> {}
/** The argument object of `objectStorageBuckets.createPresignedUrl` (createObjectStoragePresignedUrl): path and query parameters and body fields. */
export interface CreateObjectStoragePresignedUrlParams extends OperationParams<operations["createObjectStoragePresignedUrl"]> {}
/** What `objectStorageBuckets.createPresignedUrl` (createObjectStoragePresignedUrl) resolves to. */
export interface CreateObjectStoragePresignedUrlResponse extends OperationData<operations["createObjectStoragePresignedUrl"]> {}
/** The argument object of `virtualMachines.build` (buildVirtualMachine): path and query parameters and body fields. */
export interface BuildVirtualMachineParams extends OperationParams<operations["buildVirtualMachine"]> {}
/** What `virtualMachines.build` (buildVirtualMachine) resolves to. */
export interface BuildVirtualMachineResponse extends OperationData<operations["buildVirtualMachine"]> {}
/** The argument object of `virtualMachines.buildFromSpec` (buildVirtualMachineFromSpec): path and query parameters and body fields. */
export interface BuildVirtualMachineFromSpecParams extends OperationParams<operations["buildVirtualMachineFromSpec"]> {}
/** What `virtualMachines.buildFromSpec` (buildVirtualMachineFromSpec) resolves to. */
export interface BuildVirtualMachineFromSpecResponse extends OperationData<operations["buildVirtualMachineFromSpec"]> {}
/** The argument object of `virtualMachines.getBuild` (getVirtualMachineBuild): path and query parameters and body fields. */
export interface GetVirtualMachineBuildParams extends OperationParams<operations["getVirtualMachineBuild"]> {}
/** What `virtualMachines.getBuild` (getVirtualMachineBuild) resolves to. */
export interface GetVirtualMachineBuildResponse extends OperationData<operations["getVirtualMachineBuild"]> {}
/** The argument object of `certificates.list` (listCertificates): path and query parameters and body fields. */
export interface ListCertificatesParams extends OperationParams<operations["listCertificates"]> {}
/** What `certificates.list` (listCertificates) resolves to. */
export interface ListCertificatesResponse extends OperationData<operations["listCertificates"]> {}
/** The argument object of `certificates.get` (getCertificate): path and query parameters and body fields. */
export interface GetCertificateParams extends OperationParams<operations["getCertificate"]> {}
/** What `certificates.get` (getCertificate) resolves to. */
export interface GetCertificateResponse extends OperationData<operations["getCertificate"]> {}
/** The argument object of `virtualMachines.createConsoleSession` (createConsoleSession): path and query parameters and body fields. */
export interface CreateConsoleSessionParams extends OperationParams<operations["createConsoleSession"]> {}
/** What `virtualMachines.createConsoleSession` (createConsoleSession) resolves to. */
export interface CreateConsoleSessionResponse extends OperationData<operations["createConsoleSession"]> {}
/** The argument object of `countries.list` (listCountries): path and query parameters and body fields. */
export interface ListCountriesParams extends OperationParams<operations["listCountries"]> {}
/** What `countries.list` (listCountries) resolves to. */
export interface ListCountriesResponse extends OperationData<operations["listCountries"]> {}
/** The argument object of `countries.get` (getCountry): path and query parameters and body fields. */
export interface GetCountryParams extends OperationParams<operations["getCountry"]> {}
/** What `countries.get` (getCountry) resolves to. */
export interface GetCountryResponse extends OperationData<operations["getCountry"]> {}
/** The argument object of `countryStates.list` (listCountryStates): path and query parameters and body fields. */
export interface ListCountryStatesParams extends OperationParams<operations["listCountryStates"]> {}
/** What `countryStates.list` (listCountryStates) resolves to. */
export interface ListCountryStatesResponse extends OperationData<operations["listCountryStates"]> {}
/** The argument object of `countryStates.get` (getCountryState): path and query parameters and body fields. */
export interface GetCountryStateParams extends OperationParams<operations["getCountryState"]> {}
/** What `countryStates.get` (getCountryState) resolves to. */
export interface GetCountryStateResponse extends OperationData<operations["getCountryState"]> {}
/** The argument object of `currencies.list` (listCurrencies): path and query parameters and body fields. */
export interface ListCurrenciesParams extends OperationParams<operations["listCurrencies"]> {}
/** What `currencies.list` (listCurrencies) resolves to. */
export interface ListCurrenciesResponse extends OperationData<operations["listCurrencies"]> {}
/** The argument object of `currencies.get` (getCurrency): path and query parameters and body fields. */
export interface GetCurrencyParams extends OperationParams<operations["getCurrency"]> {}
/** What `currencies.get` (getCurrency) resolves to. */
export interface GetCurrencyResponse extends OperationData<operations["getCurrency"]> {}
/** The argument object of `dnsZones.list` (listDnsZones): path and query parameters and body fields. */
export interface ListDnsZonesParams extends OperationParams<operations["listDnsZones"]> {}
/** What `dnsZones.list` (listDnsZones) resolves to. */
export interface ListDnsZonesResponse extends OperationData<operations["listDnsZones"]> {}
/** The argument object of `dnsZones.create` (createDnsZone): path and query parameters and body fields. */
export interface CreateDnsZoneParams extends OperationParams<operations["createDnsZone"]> {}
/** What `dnsZones.create` (createDnsZone) resolves to. */
export interface CreateDnsZoneResponse extends OperationData<operations["createDnsZone"]> {}
/** The argument object of `dnsZones.listNameservers` (listDnsNameservers): path and query parameters and body fields. */
export interface ListDnsNameserversParams extends OperationParams<operations["listDnsNameservers"]> {}
/** What `dnsZones.listNameservers` (listDnsNameservers) resolves to. */
export interface ListDnsNameserversResponse extends OperationData<operations["listDnsNameservers"]> {}
/** The argument object of `dnsZones.get` (getDnsZone): path and query parameters and body fields. */
export interface GetDnsZoneParams extends OperationParams<operations["getDnsZone"]> {}
/** What `dnsZones.get` (getDnsZone) resolves to. */
export interface GetDnsZoneResponse extends OperationData<operations["getDnsZone"]> {}
/** The argument object of `dnsZones.delete` (deleteDnsZone): path and query parameters and body fields. */
export interface DeleteDnsZoneParams extends OperationParams<operations["deleteDnsZone"]> {}
/** What `dnsZones.delete` (deleteDnsZone) resolves to. */
export interface DeleteDnsZoneResponse extends OperationData<operations["deleteDnsZone"]> {}
/** The argument object of `dnsZones.update` (updateDnsZone): path and query parameters and body fields. */
export interface UpdateDnsZoneParams extends OperationParams<operations["updateDnsZone"]> {}
/** What `dnsZones.update` (updateDnsZone) resolves to. */
export interface UpdateDnsZoneResponse extends OperationData<operations["updateDnsZone"]> {}
/** The argument object of `dnsZones.verify` (verifyDnsZone): path and query parameters and body fields. */
export interface VerifyDnsZoneParams extends OperationParams<operations["verifyDnsZone"]> {}
/** What `dnsZones.verify` (verifyDnsZone) resolves to. */
export interface VerifyDnsZoneResponse extends OperationData<operations["verifyDnsZone"]> {}
/** The argument object of `dataCenters.list` (listDataCenters): path and query parameters and body fields. */
export interface ListDataCentersParams extends OperationParams<operations["listDataCenters"]> {}
/** What `dataCenters.list` (listDataCenters) resolves to. */
export interface ListDataCentersResponse extends OperationData<operations["listDataCenters"]> {}
/** The argument object of `dataCenters.get` (getDataCenter): path and query parameters and body fields. */
export interface GetDataCenterParams extends OperationParams<operations["getDataCenter"]> {}
/** What `dataCenters.get` (getDataCenter) resolves to. */
export interface GetDataCenterResponse extends OperationData<operations["getDataCenter"]> {}
/** The argument object of `dataCenters.getDefaultNetwork` (getDataCenterDefaultNetwork): path and query parameters and body fields. */
export interface GetDataCenterDefaultNetworkParams extends OperationParams<operations["getDataCenterDefaultNetwork"]> {}
/** What `dataCenters.getDefaultNetwork` (getDataCenterDefaultNetwork) resolves to. */
export interface GetDataCenterDefaultNetworkResponse extends OperationData<operations["getDataCenterDefaultNetwork"]> {}
/** The argument object of `diskIoProfiles.list` (listDiskIoProfiles): path and query parameters and body fields. */
export interface ListDiskIoProfilesParams extends OperationParams<operations["listDiskIoProfiles"]> {}
/** What `diskIoProfiles.list` (listDiskIoProfiles) resolves to. */
export interface ListDiskIoProfilesResponse extends OperationData<operations["listDiskIoProfiles"]> {}
/** The argument object of `diskBackupPolicies.list` (listOrganizationDiskBackupPolicies): path and query parameters and body fields. */
export interface ListOrganizationDiskBackupPoliciesParams extends OperationParams<operations["listOrganizationDiskBackupPolicies"]> {}
/** What `diskBackupPolicies.list` (listOrganizationDiskBackupPolicies) resolves to. */
export interface ListOrganizationDiskBackupPoliciesResponse extends OperationData<operations["listOrganizationDiskBackupPolicies"]> {}
/** The argument object of `diskBackupPolicies.listForVirtualMachine` (listVirtualMachineDiskBackupPolicies): path and query parameters and body fields. */
export interface ListVirtualMachineDiskBackupPoliciesParams extends OperationParams<operations["listVirtualMachineDiskBackupPolicies"]> {}
/** What `diskBackupPolicies.listForVirtualMachine` (listVirtualMachineDiskBackupPolicies) resolves to. */
export interface ListVirtualMachineDiskBackupPoliciesResponse extends OperationData<operations["listVirtualMachineDiskBackupPolicies"]> {}
/** The argument object of `diskBackupPolicies.createForVirtualMachine` (createVirtualMachineDiskBackupPolicy): path and query parameters and body fields. */
export interface CreateVirtualMachineDiskBackupPolicyParams extends OperationParams<operations["createVirtualMachineDiskBackupPolicy"]> {}
/** What `diskBackupPolicies.createForVirtualMachine` (createVirtualMachineDiskBackupPolicy) resolves to. */
export interface CreateVirtualMachineDiskBackupPolicyResponse extends OperationData<operations["createVirtualMachineDiskBackupPolicy"]> {}
/** The argument object of `diskBackupPolicies.listForDisk` (listDiskDiskBackupPolicies): path and query parameters and body fields. */
export interface ListDiskDiskBackupPoliciesParams extends OperationParams<operations["listDiskDiskBackupPolicies"]> {}
/** What `diskBackupPolicies.listForDisk` (listDiskDiskBackupPolicies) resolves to. */
export interface ListDiskDiskBackupPoliciesResponse extends OperationData<operations["listDiskDiskBackupPolicies"]> {}
/** The argument object of `diskBackupPolicies.createForDisk` (createDiskDiskBackupPolicy): path and query parameters and body fields. */
export interface CreateDiskDiskBackupPolicyParams extends OperationParams<operations["createDiskDiskBackupPolicy"]> {}
/** What `diskBackupPolicies.createForDisk` (createDiskDiskBackupPolicy) resolves to. */
export interface CreateDiskDiskBackupPolicyResponse extends OperationData<operations["createDiskDiskBackupPolicy"]> {}
/** The argument object of `diskBackupPolicies.get` (getDiskBackupPolicy): path and query parameters and body fields. */
export interface GetDiskBackupPolicyParams extends OperationParams<operations["getDiskBackupPolicy"]> {}
/** What `diskBackupPolicies.get` (getDiskBackupPolicy) resolves to. */
export interface GetDiskBackupPolicyResponse extends OperationData<operations["getDiskBackupPolicy"]> {}
/** The argument object of `diskBackupPolicies.delete` (deleteDiskBackupPolicy): path and query parameters and body fields. */
export interface DeleteDiskBackupPolicyParams extends OperationParams<operations["deleteDiskBackupPolicy"]> {}
/** What `diskBackupPolicies.delete` (deleteDiskBackupPolicy) resolves to. */
export interface DeleteDiskBackupPolicyResponse extends OperationData<operations["deleteDiskBackupPolicy"]> {}
/** The argument object of `diskBackupPolicies.update` (updateDiskBackupPolicy): path and query parameters and body fields. */
export interface UpdateDiskBackupPolicyParams extends OperationParams<operations["updateDiskBackupPolicy"]> {}
/** What `diskBackupPolicies.update` (updateDiskBackupPolicy) resolves to. */
export interface UpdateDiskBackupPolicyResponse extends OperationData<operations["updateDiskBackupPolicy"]> {}
/** The argument object of `diskBackupPolicies.scheduleDeletion` (scheduleDiskBackupPolicyDeletion): path and query parameters and body fields. */
export interface ScheduleDiskBackupPolicyDeletionParams extends OperationParams<operations["scheduleDiskBackupPolicyDeletion"]> {}
/** What `diskBackupPolicies.scheduleDeletion` (scheduleDiskBackupPolicyDeletion) resolves to. */
export interface ScheduleDiskBackupPolicyDeletionResponse extends OperationData<operations["scheduleDiskBackupPolicyDeletion"]> {}
/** The argument object of `diskTemplateVersions.list` (listDiskTemplateVersions): path and query parameters and body fields. */
export interface ListDiskTemplateVersionsParams extends OperationParams<operations["listDiskTemplateVersions"]> {}
/** What `diskTemplateVersions.list` (listDiskTemplateVersions) resolves to. */
export interface ListDiskTemplateVersionsResponse extends OperationData<operations["listDiskTemplateVersions"]> {}
/** The argument object of `diskTemplateVersions.get` (getDiskTemplateVersion): path and query parameters and body fields. */
export interface GetDiskTemplateVersionParams extends OperationParams<operations["getDiskTemplateVersion"]> {}
/** What `diskTemplateVersions.get` (getDiskTemplateVersion) resolves to. */
export interface GetDiskTemplateVersionResponse extends OperationData<operations["getDiskTemplateVersion"]> {}
/** The argument object of `diskTemplateVersions.getSpec` (getDiskTemplateVersionSpec): path and query parameters and body fields. */
export interface GetDiskTemplateVersionSpecParams extends OperationParams<operations["getDiskTemplateVersionSpec"]> {}
/** What `diskTemplateVersions.getSpec` (getDiskTemplateVersionSpec) resolves to. */
export interface GetDiskTemplateVersionSpecResponse extends OperationData<operations["getDiskTemplateVersionSpec"]> {}
/** The argument object of `diskTemplates.list` (listDiskTemplates): path and query parameters and body fields. */
export interface ListDiskTemplatesParams extends OperationParams<operations["listDiskTemplates"]> {}
/** What `diskTemplates.list` (listDiskTemplates) resolves to. */
export interface ListDiskTemplatesResponse extends OperationData<operations["listDiskTemplates"]> {}
/** The argument object of `diskTemplates.get` (getDiskTemplate): path and query parameters and body fields. */
export interface GetDiskTemplateParams extends OperationParams<operations["getDiskTemplate"]> {}
/** What `diskTemplates.get` (getDiskTemplate) resolves to. */
export interface GetDiskTemplateResponse extends OperationData<operations["getDiskTemplate"]> {}
/** The argument object of `disks.list` (listDisks): path and query parameters and body fields. */
export interface ListDisksParams extends OperationParams<operations["listDisks"]> {}
/** What `disks.list` (listDisks) resolves to. */
export interface ListDisksResponse extends OperationData<operations["listDisks"]> {}
/** The argument object of `disks.create` (createDisk): path and query parameters and body fields. */
export interface CreateDiskParams extends OperationParams<operations["createDisk"]> {}
/** What `disks.create` (createDisk) resolves to. */
export interface CreateDiskResponse extends OperationData<operations["createDisk"]> {}
/** The argument object of `disks.get` (getDisk): path and query parameters and body fields. */
export interface GetDiskParams extends OperationParams<operations["getDisk"]> {}
/** What `disks.get` (getDisk) resolves to. */
export interface GetDiskResponse extends OperationData<operations["getDisk"]> {}
/** The argument object of `disks.delete` (deleteDisk): path and query parameters and body fields. */
export interface DeleteDiskParams extends OperationParams<operations["deleteDisk"]> {}
/** What `disks.delete` (deleteDisk) resolves to. */
export interface DeleteDiskResponse extends OperationData<operations["deleteDisk"]> {}
/** The argument object of `disks.update` (updateDisk): path and query parameters and body fields. */
export interface UpdateDiskParams extends OperationParams<operations["updateDisk"]> {}
/** What `disks.update` (updateDisk) resolves to. */
export interface UpdateDiskResponse extends OperationData<operations["updateDisk"]> {}
/** The argument object of `disks.assign` (assignDisk): path and query parameters and body fields. */
export interface AssignDiskParams extends OperationParams<operations["assignDisk"]> {}
/** What `disks.assign` (assignDisk) resolves to. */
export interface AssignDiskResponse extends OperationData<operations["assignDisk"]> {}
/** The argument object of `disks.unassign` (unassignDisk): path and query parameters and body fields. */
export interface UnassignDiskParams extends OperationParams<operations["unassignDisk"]> {}
/** What `disks.unassign` (unassignDisk) resolves to. */
export interface UnassignDiskResponse extends OperationData<operations["unassignDisk"]> {}
/** The argument object of `disks.attach` (attachDisk): path and query parameters and body fields. */
export interface AttachDiskParams extends OperationParams<operations["attachDisk"]> {}
/** What `disks.attach` (attachDisk) resolves to. */
export interface AttachDiskResponse extends OperationData<operations["attachDisk"]> {}
/** The argument object of `disks.detach` (detachDisk): path and query parameters and body fields. */
export interface DetachDiskParams extends OperationParams<operations["detachDisk"]> {}
/** What `disks.detach` (detachDisk) resolves to. */
export interface DetachDiskResponse extends OperationData<operations["detachDisk"]> {}
/** The argument object of `disks.resize` (resizeDisk): path and query parameters and body fields. */
export interface ResizeDiskParams extends OperationParams<operations["resizeDisk"]> {}
/** What `disks.resize` (resizeDisk) resolves to. */
export interface ResizeDiskResponse extends OperationData<operations["resizeDisk"]> {}
/** The argument object of `disks.changeIoProfile` (changeDiskIoProfile): path and query parameters and body fields. */
export interface ChangeDiskIoProfileParams extends OperationParams<operations["changeDiskIoProfile"]> {}
/** What `disks.changeIoProfile` (changeDiskIoProfile) resolves to. */
export interface ChangeDiskIoProfileResponse extends OperationData<operations["changeDiskIoProfile"]> {}
/** The argument object of `disks.listForVirtualMachine` (listVirtualMachineDisks): path and query parameters and body fields. */
export interface ListVirtualMachineDisksParams extends OperationParams<operations["listVirtualMachineDisks"]> {}
/** What `disks.listForVirtualMachine` (listVirtualMachineDisks) resolves to. */
export interface ListVirtualMachineDisksResponse extends OperationData<operations["listVirtualMachineDisks"]> {}
/** The argument object of `fileStorageVolumes.list` (listFileStorageVolumes): path and query parameters and body fields. */
export interface ListFileStorageVolumesParams extends OperationParams<operations["listFileStorageVolumes"]> {}
/** What `fileStorageVolumes.list` (listFileStorageVolumes) resolves to. */
export interface ListFileStorageVolumesResponse extends OperationData<operations["listFileStorageVolumes"]> {}
/** The argument object of `fileStorageVolumes.create` (createFileStorageVolume): path and query parameters and body fields. */
export interface CreateFileStorageVolumeParams extends OperationParams<operations["createFileStorageVolume"]> {}
/** What `fileStorageVolumes.create` (createFileStorageVolume) resolves to. */
export interface CreateFileStorageVolumeResponse extends OperationData<operations["createFileStorageVolume"]> {}
/** The argument object of `fileStorageVolumes.get` (getFileStorageVolume): path and query parameters and body fields. */
export interface GetFileStorageVolumeParams extends OperationParams<operations["getFileStorageVolume"]> {}
/** What `fileStorageVolumes.get` (getFileStorageVolume) resolves to. */
export interface GetFileStorageVolumeResponse extends OperationData<operations["getFileStorageVolume"]> {}
/** The argument object of `fileStorageVolumes.delete` (deleteFileStorageVolume): path and query parameters and body fields. */
export interface DeleteFileStorageVolumeParams extends OperationParams<operations["deleteFileStorageVolume"]> {}
/** What `fileStorageVolumes.delete` (deleteFileStorageVolume) resolves to. */
export interface DeleteFileStorageVolumeResponse extends OperationData<operations["deleteFileStorageVolume"]> {}
/** The argument object of `fileStorageVolumes.update` (updateFileStorageVolume): path and query parameters and body fields. */
export interface UpdateFileStorageVolumeParams extends OperationParams<operations["updateFileStorageVolume"]> {}
/** What `fileStorageVolumes.update` (updateFileStorageVolume) resolves to. */
export interface UpdateFileStorageVolumeResponse extends OperationData<operations["updateFileStorageVolume"]> {}
/** The argument object of `gpuTypes.list` (listGpuTypes): path and query parameters and body fields. */
export interface ListGpuTypesParams extends OperationParams<operations["listGpuTypes"]> {}
/** What `gpuTypes.list` (listGpuTypes) resolves to. */
export interface ListGpuTypesResponse extends OperationData<operations["listGpuTypes"]> {}
/** The argument object of `gpuTypes.get` (getGpuType): path and query parameters and body fields. */
export interface GetGpuTypeParams extends OperationParams<operations["getGpuType"]> {}
/** What `gpuTypes.get` (getGpuType) resolves to. */
export interface GetGpuTypeResponse extends OperationData<operations["getGpuType"]> {}
/** The argument object of `gpuTypes.listForDataCenter` (listDataCenterGpuTypes): path and query parameters and body fields. */
export interface ListDataCenterGpuTypesParams extends OperationParams<operations["listDataCenterGpuTypes"]> {}
/** What `gpuTypes.listForDataCenter` (listDataCenterGpuTypes) resolves to. */
export interface ListDataCenterGpuTypesResponse extends OperationData<operations["listDataCenterGpuTypes"]> {}
/** The argument object of `ipAddresses.list` (listOrganizationIpAddresses): path and query parameters and body fields. */
export interface ListOrganizationIpAddressesParams extends OperationParams<operations["listOrganizationIpAddresses"]> {}
/** What `ipAddresses.list` (listOrganizationIpAddresses) resolves to. */
export interface ListOrganizationIpAddressesResponse extends OperationData<operations["listOrganizationIpAddresses"]> {}
/** The argument object of `ipAddresses.create` (createIpAddress): path and query parameters and body fields. */
export interface CreateIpAddressParams extends OperationParams<operations["createIpAddress"]> {}
/** What `ipAddresses.create` (createIpAddress) resolves to. */
export interface CreateIpAddressResponse extends OperationData<operations["createIpAddress"]> {}
/** The argument object of `ipAddresses.get` (getIpAddress): path and query parameters and body fields. */
export interface GetIpAddressParams extends OperationParams<operations["getIpAddress"]> {}
/** What `ipAddresses.get` (getIpAddress) resolves to. */
export interface GetIpAddressResponse extends OperationData<operations["getIpAddress"]> {}
/** The argument object of `ipAddresses.release` (releaseIpAddress): path and query parameters and body fields. */
export interface ReleaseIpAddressParams extends OperationParams<operations["releaseIpAddress"]> {}
/** What `ipAddresses.release` (releaseIpAddress) resolves to. */
export interface ReleaseIpAddressResponse extends OperationData<operations["releaseIpAddress"]> {}
/** The argument object of `ipAddresses.update` (updateIpAddress): path and query parameters and body fields. */
export interface UpdateIpAddressParams extends OperationParams<operations["updateIpAddress"]> {}
/** What `ipAddresses.update` (updateIpAddress) resolves to. */
export interface UpdateIpAddressResponse extends OperationData<operations["updateIpAddress"]> {}
/** The argument object of `ipAddresses.unallocate` (unallocateIpAddress): path and query parameters and body fields. */
export interface UnallocateIpAddressParams extends OperationParams<operations["unallocateIpAddress"]> {}
/** What `ipAddresses.unallocate` (unallocateIpAddress) resolves to. */
export interface UnallocateIpAddressResponse extends OperationData<operations["unallocateIpAddress"]> {}
/** The argument object of `loadBalancerRules.list` (listLoadBalancerRules): path and query parameters and body fields. */
export interface ListLoadBalancerRulesParams extends OperationParams<operations["listLoadBalancerRules"]> {}
/** What `loadBalancerRules.list` (listLoadBalancerRules) resolves to. */
export interface ListLoadBalancerRulesResponse extends OperationData<operations["listLoadBalancerRules"]> {}
/** The argument object of `loadBalancerRules.create` (createLoadBalancerRule): path and query parameters and body fields. */
export interface CreateLoadBalancerRuleParams extends OperationParams<operations["createLoadBalancerRule"]> {}
/** What `loadBalancerRules.create` (createLoadBalancerRule) resolves to. */
export interface CreateLoadBalancerRuleResponse extends OperationData<operations["createLoadBalancerRule"]> {}
/** The argument object of `loadBalancerRules.get` (getLoadBalancerRule): path and query parameters and body fields. */
export interface GetLoadBalancerRuleParams extends OperationParams<operations["getLoadBalancerRule"]> {}
/** What `loadBalancerRules.get` (getLoadBalancerRule) resolves to. */
export interface GetLoadBalancerRuleResponse extends OperationData<operations["getLoadBalancerRule"]> {}
/** The argument object of `loadBalancerRules.delete` (deleteLoadBalancerRule): path and query parameters and body fields. */
export interface DeleteLoadBalancerRuleParams extends OperationParams<operations["deleteLoadBalancerRule"]> {}
/** What `loadBalancerRules.delete` (deleteLoadBalancerRule) resolves to. */
export interface DeleteLoadBalancerRuleResponse extends OperationData<operations["deleteLoadBalancerRule"]> {}
/** The argument object of `loadBalancerRules.update` (updateLoadBalancerRule): path and query parameters and body fields. */
export interface UpdateLoadBalancerRuleParams extends OperationParams<operations["updateLoadBalancerRule"]> {}
/** What `loadBalancerRules.update` (updateLoadBalancerRule) resolves to. */
export interface UpdateLoadBalancerRuleResponse extends OperationData<operations["updateLoadBalancerRule"]> {}
/** The argument object of `loadBalancers.list` (listLoadBalancers): path and query parameters and body fields. */
export interface ListLoadBalancersParams extends OperationParams<operations["listLoadBalancers"]> {}
/** What `loadBalancers.list` (listLoadBalancers) resolves to. */
export interface ListLoadBalancersResponse extends OperationData<operations["listLoadBalancers"]> {}
/** The argument object of `loadBalancers.create` (createLoadBalancer): path and query parameters and body fields. */
export interface CreateLoadBalancerParams extends OperationParams<operations["createLoadBalancer"]> {}
/** What `loadBalancers.create` (createLoadBalancer) resolves to. */
export interface CreateLoadBalancerResponse extends OperationData<operations["createLoadBalancer"]> {}
/** The argument object of `loadBalancers.get` (getLoadBalancer): path and query parameters and body fields. */
export interface GetLoadBalancerParams extends OperationParams<operations["getLoadBalancer"]> {}
/** What `loadBalancers.get` (getLoadBalancer) resolves to. */
export interface GetLoadBalancerResponse extends OperationData<operations["getLoadBalancer"]> {}
/** The argument object of `loadBalancers.delete` (deleteLoadBalancer): path and query parameters and body fields. */
export interface DeleteLoadBalancerParams extends OperationParams<operations["deleteLoadBalancer"]> {}
/** What `loadBalancers.delete` (deleteLoadBalancer) resolves to. */
export interface DeleteLoadBalancerResponse extends OperationData<operations["deleteLoadBalancer"]> {}
/** The argument object of `loadBalancers.update` (updateLoadBalancer): path and query parameters and body fields. */
export interface UpdateLoadBalancerParams extends OperationParams<operations["updateLoadBalancer"]> {}
/** What `loadBalancers.update` (updateLoadBalancer) resolves to. */
export interface UpdateLoadBalancerResponse extends OperationData<operations["updateLoadBalancer"]> {}
/** The argument object of `managedOrganizations.list` (listManagedOrganizations): path and query parameters and body fields. */
export interface ListManagedOrganizationsParams extends OperationParams<operations["listManagedOrganizations"]> {}
/** What `managedOrganizations.list` (listManagedOrganizations) resolves to. */
export interface ListManagedOrganizationsResponse extends OperationData<operations["listManagedOrganizations"]> {}
/** The argument object of `managedOrganizations.create` (createManagedOrganization): path and query parameters and body fields. */
export interface CreateManagedOrganizationParams extends OperationParams<operations["createManagedOrganization"]> {}
/** What `managedOrganizations.create` (createManagedOrganization) resolves to. */
export interface CreateManagedOrganizationResponse extends OperationData<operations["createManagedOrganization"]> {}
/** The argument object of `managedOrganizations.delete` (deleteManagedOrganization): path and query parameters and body fields. */
export interface DeleteManagedOrganizationParams extends OperationParams<operations["deleteManagedOrganization"]> {}
/** What `managedOrganizations.delete` (deleteManagedOrganization) resolves to. */
export interface DeleteManagedOrganizationResponse extends OperationData<operations["deleteManagedOrganization"]> {}
/** The argument object of `networkSpeedProfiles.list` (listNetworkSpeedProfiles): path and query parameters and body fields. */
export interface ListNetworkSpeedProfilesParams extends OperationParams<operations["listNetworkSpeedProfiles"]> {}
/** What `networkSpeedProfiles.list` (listNetworkSpeedProfiles) resolves to. */
export interface ListNetworkSpeedProfilesResponse extends OperationData<operations["listNetworkSpeedProfiles"]> {}
/** The argument object of `networks.list` (listOrganizationAvailableNetworks): path and query parameters and body fields. */
export interface ListOrganizationAvailableNetworksParams extends OperationParams<operations["listOrganizationAvailableNetworks"]> {}
/** What `networks.list` (listOrganizationAvailableNetworks) resolves to. */
export interface ListOrganizationAvailableNetworksResponse extends OperationData<operations["listOrganizationAvailableNetworks"]> {}
/** The argument object of `networks.get` (getNetwork): path and query parameters and body fields. */
export interface GetNetworkParams extends OperationParams<operations["getNetwork"]> {}
/** What `networks.get` (getNetwork) resolves to. */
export interface GetNetworkResponse extends OperationData<operations["getNetwork"]> {}
/** The argument object of `objectStorage.getAccount` (getObjectStorageAccount): path and query parameters and body fields. */
export interface GetObjectStorageAccountParams extends OperationParams<operations["getObjectStorageAccount"]> {}
/** What `objectStorage.getAccount` (getObjectStorageAccount) resolves to. */
export interface GetObjectStorageAccountResponse extends OperationData<operations["getObjectStorageAccount"]> {}
/** The argument object of `objectStorage.createAccount` (createObjectStorageAccount): path and query parameters and body fields. */
export interface CreateObjectStorageAccountParams extends OperationParams<operations["createObjectStorageAccount"]> {}
/** What `objectStorage.createAccount` (createObjectStorageAccount) resolves to. */
export interface CreateObjectStorageAccountResponse extends OperationData<operations["createObjectStorageAccount"]> {}
/** The argument object of `objectStorage.deleteAccount` (deleteObjectStorageAccount): path and query parameters and body fields. */
export interface DeleteObjectStorageAccountParams extends OperationParams<operations["deleteObjectStorageAccount"]> {}
/** What `objectStorage.deleteAccount` (deleteObjectStorageAccount) resolves to. */
export interface DeleteObjectStorageAccountResponse extends OperationData<operations["deleteObjectStorageAccount"]> {}
/** The argument object of `operatingSystems.list` (listOperatingSystems): path and query parameters and body fields. */
export interface ListOperatingSystemsParams extends OperationParams<operations["listOperatingSystems"]> {}
/** What `operatingSystems.list` (listOperatingSystems) resolves to. */
export interface ListOperatingSystemsResponse extends OperationData<operations["listOperatingSystems"]> {}
/** The argument object of `operatingSystems.get` (getOperatingSystem): path and query parameters and body fields. */
export interface GetOperatingSystemParams extends OperationParams<operations["getOperatingSystem"]> {}
/** What `operatingSystems.get` (getOperatingSystem) resolves to. */
export interface GetOperatingSystemResponse extends OperationData<operations["getOperatingSystem"]> {}
/** The argument object of `organizationUsers.list` (listOrganizationUsers): path and query parameters and body fields. */
export interface ListOrganizationUsersParams extends OperationParams<operations["listOrganizationUsers"]> {}
/** What `organizationUsers.list` (listOrganizationUsers) resolves to. */
export interface ListOrganizationUsersResponse extends OperationData<operations["listOrganizationUsers"]> {}
/** The argument object of `organizations.list` (listOrganizations): path and query parameters and body fields. */
export interface ListOrganizationsParams extends OperationParams<operations["listOrganizations"]> {}
/** What `organizations.list` (listOrganizations) resolves to. */
export interface ListOrganizationsResponse extends OperationData<operations["listOrganizations"]> {}
/** The argument object of `organizations.get` (getOrganization): path and query parameters and body fields. */
export interface GetOrganizationParams extends OperationParams<operations["getOrganization"]> {}
/** What `organizations.get` (getOrganization) resolves to. */
export interface GetOrganizationResponse extends OperationData<operations["getOrganization"]> {}
/** The argument object of `organizations.getPolicy` (getOrganizationPolicy): path and query parameters and body fields. */
export interface GetOrganizationPolicyParams extends OperationParams<operations["getOrganizationPolicy"]> {}
/** What `organizations.getPolicy` (getOrganizationPolicy) resolves to. */
export interface GetOrganizationPolicyResponse extends OperationData<operations["getOrganizationPolicy"]> {}
/** The argument object of `organizations.getPolicyLimits` (getOrganizationPolicyLimits): path and query parameters and body fields. */
export interface GetOrganizationPolicyLimitsParams extends OperationParams<operations["getOrganizationPolicyLimits"]> {}
/** What `organizations.getPolicyLimits` (getOrganizationPolicyLimits) resolves to. */
export interface GetOrganizationPolicyLimitsResponse extends OperationData<operations["getOrganizationPolicyLimits"]> {}
/** The argument object of `organizations.getPrices` (getOrganizationPrices): path and query parameters and body fields. */
export interface GetOrganizationPricesParams extends OperationParams<operations["getOrganizationPrices"]> {}
/** What `organizations.getPrices` (getOrganizationPrices) resolves to. */
export interface GetOrganizationPricesResponse extends OperationData<operations["getOrganizationPrices"]> {}
/** The argument object of `organizations.getDeletionSteps` (getOrganizationDeletionSteps): path and query parameters and body fields. */
export interface GetOrganizationDeletionStepsParams extends OperationParams<operations["getOrganizationDeletionSteps"]> {}
/** What `organizations.getDeletionSteps` (getOrganizationDeletionSteps) resolves to. */
export interface GetOrganizationDeletionStepsResponse extends OperationData<operations["getOrganizationDeletionSteps"]> {}
/** The argument object of `virtualMachines.start` (startVirtualMachine): path and query parameters and body fields. */
export interface StartVirtualMachineParams extends OperationParams<operations["startVirtualMachine"]> {}
/** What `virtualMachines.start` (startVirtualMachine) resolves to. */
export interface StartVirtualMachineResponse extends OperationData<operations["startVirtualMachine"]> {}
/** The argument object of `virtualMachines.stop` (stopVirtualMachine): path and query parameters and body fields. */
export interface StopVirtualMachineParams extends OperationParams<operations["stopVirtualMachine"]> {}
/** What `virtualMachines.stop` (stopVirtualMachine) resolves to. */
export interface StopVirtualMachineResponse extends OperationData<operations["stopVirtualMachine"]> {}
/** The argument object of `virtualMachines.shutdown` (shutdownVirtualMachine): path and query parameters and body fields. */
export interface ShutdownVirtualMachineParams extends OperationParams<operations["shutdownVirtualMachine"]> {}
/** What `virtualMachines.shutdown` (shutdownVirtualMachine) resolves to. */
export interface ShutdownVirtualMachineResponse extends OperationData<operations["shutdownVirtualMachine"]> {}
/** The argument object of `virtualMachines.reset` (resetVirtualMachine): path and query parameters and body fields. */
export interface ResetVirtualMachineParams extends OperationParams<operations["resetVirtualMachine"]> {}
/** What `virtualMachines.reset` (resetVirtualMachine) resolves to. */
export interface ResetVirtualMachineResponse extends OperationData<operations["resetVirtualMachine"]> {}
/** The argument object of `dnsRecords.list` (listDnsRecords): path and query parameters and body fields. */
export interface ListDnsRecordsParams extends OperationParams<operations["listDnsRecords"]> {}
/** What `dnsRecords.list` (listDnsRecords) resolves to. */
export interface ListDnsRecordsResponse extends OperationData<operations["listDnsRecords"]> {}
/** The argument object of `dnsRecords.create` (createDnsRecord): path and query parameters and body fields. */
export interface CreateDnsRecordParams extends OperationParams<operations["createDnsRecord"]> {}
/** What `dnsRecords.create` (createDnsRecord) resolves to. */
export interface CreateDnsRecordResponse extends OperationData<operations["createDnsRecord"]> {}
/** The argument object of `dnsRecords.get` (getDnsRecord): path and query parameters and body fields. */
export interface GetDnsRecordParams extends OperationParams<operations["getDnsRecord"]> {}
/** What `dnsRecords.get` (getDnsRecord) resolves to. */
export interface GetDnsRecordResponse extends OperationData<operations["getDnsRecord"]> {}
/** The argument object of `dnsRecords.delete` (deleteDnsRecord): path and query parameters and body fields. */
export interface DeleteDnsRecordParams extends OperationParams<operations["deleteDnsRecord"]> {}
/** What `dnsRecords.delete` (deleteDnsRecord) resolves to. */
export interface DeleteDnsRecordResponse extends OperationData<operations["deleteDnsRecord"]> {}
/** The argument object of `dnsRecords.update` (updateDnsRecord): path and query parameters and body fields. */
export interface UpdateDnsRecordParams extends OperationParams<operations["updateDnsRecord"]> {}
/** What `dnsRecords.update` (updateDnsRecord) resolves to. */
export interface UpdateDnsRecordResponse extends OperationData<operations["updateDnsRecord"]> {}
/** The argument object of `sshKeys.list` (listSshKeys): path and query parameters and body fields. */
export interface ListSshKeysParams extends OperationParams<operations["listSshKeys"]> {}
/** What `sshKeys.list` (listSshKeys) resolves to. */
export interface ListSshKeysResponse extends OperationData<operations["listSshKeys"]> {}
/** The argument object of `sshKeys.add` (addSshKey): path and query parameters and body fields. */
export interface AddSshKeyParams extends OperationParams<operations["addSshKey"]> {}
/** What `sshKeys.add` (addSshKey) resolves to. */
export interface AddSshKeyResponse extends OperationData<operations["addSshKey"]> {}
/** The argument object of `sshKeys.delete` (deleteSshKey): path and query parameters and body fields. */
export interface DeleteSshKeyParams extends OperationParams<operations["deleteSshKey"]> {}
/** What `sshKeys.delete` (deleteSshKey) resolves to. */
export interface DeleteSshKeyResponse extends OperationData<operations["deleteSshKey"]> {}
/** The argument object of `securityGroupRules.list` (listSecurityGroupRules): path and query parameters and body fields. */
export interface ListSecurityGroupRulesParams extends OperationParams<operations["listSecurityGroupRules"]> {}
/** What `securityGroupRules.list` (listSecurityGroupRules) resolves to. */
export interface ListSecurityGroupRulesResponse extends OperationData<operations["listSecurityGroupRules"]> {}
/** The argument object of `securityGroupRules.create` (createSecurityGroupRule): path and query parameters and body fields. */
export interface CreateSecurityGroupRuleParams extends OperationParams<operations["createSecurityGroupRule"]> {}
/** What `securityGroupRules.create` (createSecurityGroupRule) resolves to. */
export interface CreateSecurityGroupRuleResponse extends OperationData<operations["createSecurityGroupRule"]> {}
/** The argument object of `securityGroupRules.get` (getSecurityGroupRule): path and query parameters and body fields. */
export interface GetSecurityGroupRuleParams extends OperationParams<operations["getSecurityGroupRule"]> {}
/** What `securityGroupRules.get` (getSecurityGroupRule) resolves to. */
export interface GetSecurityGroupRuleResponse extends OperationData<operations["getSecurityGroupRule"]> {}
/** The argument object of `securityGroupRules.delete` (deleteSecurityGroupRule): path and query parameters and body fields. */
export interface DeleteSecurityGroupRuleParams extends OperationParams<operations["deleteSecurityGroupRule"]> {}
/** What `securityGroupRules.delete` (deleteSecurityGroupRule) resolves to. */
export interface DeleteSecurityGroupRuleResponse extends OperationData<operations["deleteSecurityGroupRule"]> {}
/** The argument object of `securityGroupRules.update` (updateSecurityGroupRule): path and query parameters and body fields. */
export interface UpdateSecurityGroupRuleParams extends OperationParams<operations["updateSecurityGroupRule"]> {}
/** What `securityGroupRules.update` (updateSecurityGroupRule) resolves to. */
export interface UpdateSecurityGroupRuleResponse extends OperationData<operations["updateSecurityGroupRule"]> {}
/** The argument object of `securityGroups.list` (listSecurityGroups): path and query parameters and body fields. */
export interface ListSecurityGroupsParams extends OperationParams<operations["listSecurityGroups"]> {}
/** What `securityGroups.list` (listSecurityGroups) resolves to. */
export interface ListSecurityGroupsResponse extends OperationData<operations["listSecurityGroups"]> {}
/** The argument object of `securityGroups.create` (createSecurityGroup): path and query parameters and body fields. */
export interface CreateSecurityGroupParams extends OperationParams<operations["createSecurityGroup"]> {}
/** What `securityGroups.create` (createSecurityGroup) resolves to. */
export interface CreateSecurityGroupResponse extends OperationData<operations["createSecurityGroup"]> {}
/** The argument object of `securityGroups.get` (getSecurityGroup): path and query parameters and body fields. */
export interface GetSecurityGroupParams extends OperationParams<operations["getSecurityGroup"]> {}
/** What `securityGroups.get` (getSecurityGroup) resolves to. */
export interface GetSecurityGroupResponse extends OperationData<operations["getSecurityGroup"]> {}
/** The argument object of `securityGroups.delete` (deleteSecurityGroup): path and query parameters and body fields. */
export interface DeleteSecurityGroupParams extends OperationParams<operations["deleteSecurityGroup"]> {}
/** What `securityGroups.delete` (deleteSecurityGroup) resolves to. */
export interface DeleteSecurityGroupResponse extends OperationData<operations["deleteSecurityGroup"]> {}
/** The argument object of `securityGroups.update` (updateSecurityGroup): path and query parameters and body fields. */
export interface UpdateSecurityGroupParams extends OperationParams<operations["updateSecurityGroup"]> {}
/** What `securityGroups.update` (updateSecurityGroup) resolves to. */
export interface UpdateSecurityGroupResponse extends OperationData<operations["updateSecurityGroup"]> {}
/** The argument object of `tags.list` (listTags): path and query parameters and body fields. */
export interface ListTagsParams extends OperationParams<operations["listTags"]> {}
/** What `tags.list` (listTags) resolves to. */
export interface ListTagsResponse extends OperationData<operations["listTags"]> {}
/** The argument object of `tags.create` (createTag): path and query parameters and body fields. */
export interface CreateTagParams extends OperationParams<operations["createTag"]> {}
/** What `tags.create` (createTag) resolves to. */
export interface CreateTagResponse extends OperationData<operations["createTag"]> {}
/** The argument object of `tags.get` (getTag): path and query parameters and body fields. */
export interface GetTagParams extends OperationParams<operations["getTag"]> {}
/** What `tags.get` (getTag) resolves to. */
export interface GetTagResponse extends OperationData<operations["getTag"]> {}
/** The argument object of `tags.delete` (deleteTag): path and query parameters and body fields. */
export interface DeleteTagParams extends OperationParams<operations["deleteTag"]> {}
/** What `tags.delete` (deleteTag) resolves to. */
export interface DeleteTagResponse extends OperationData<operations["deleteTag"]> {}
/** The argument object of `tags.update` (updateTag): path and query parameters and body fields. */
export interface UpdateTagParams extends OperationParams<operations["updateTag"]> {}
/** What `tags.update` (updateTag) resolves to. */
export interface UpdateTagResponse extends OperationData<operations["updateTag"]> {}
/** The argument object of `tasks.get` (getTask): path and query parameters and body fields. */
export interface GetTaskParams extends OperationParams<operations["getTask"]> {}
/** What `tasks.get` (getTask) resolves to. */
export interface GetTaskResponse extends OperationData<operations["getTask"]> {}
/** The argument object of `trashObjects.list` (listTrashObjects): path and query parameters and body fields. */
export interface ListTrashObjectsParams extends OperationParams<operations["listTrashObjects"]> {}
/** What `trashObjects.list` (listTrashObjects) resolves to. */
export interface ListTrashObjectsResponse extends OperationData<operations["listTrashObjects"]> {}
/** The argument object of `trashObjects.purgeAll` (purgeAllTrashObjects): path and query parameters and body fields. */
export interface PurgeAllTrashObjectsParams extends OperationParams<operations["purgeAllTrashObjects"]> {}
/** What `trashObjects.purgeAll` (purgeAllTrashObjects) resolves to. */
export interface PurgeAllTrashObjectsResponse extends OperationData<operations["purgeAllTrashObjects"]> {}
/** The argument object of `trashObjects.get` (getTrashObject): path and query parameters and body fields. */
export interface GetTrashObjectParams extends OperationParams<operations["getTrashObject"]> {}
/** What `trashObjects.get` (getTrashObject) resolves to. */
export interface GetTrashObjectResponse extends OperationData<operations["getTrashObject"]> {}
/** The argument object of `trashObjects.purge` (purgeTrashObject): path and query parameters and body fields. */
export interface PurgeTrashObjectParams extends OperationParams<operations["purgeTrashObject"]> {}
/** What `trashObjects.purge` (purgeTrashObject) resolves to. */
export interface PurgeTrashObjectResponse extends OperationData<operations["purgeTrashObject"]> {}
/** The argument object of `trashObjects.restore` (restoreTrashObject): path and query parameters and body fields. */
export interface RestoreTrashObjectParams extends OperationParams<operations["restoreTrashObject"]> {}
/** What `trashObjects.restore` (restoreTrashObject) resolves to. */
export interface RestoreTrashObjectResponse extends OperationData<operations["restoreTrashObject"]> {}
/** The argument object of `users.get` (getCurrentUser): path and query parameters and body fields. */
export interface GetCurrentUserParams extends OperationParams<operations["getCurrentUser"]> {}
/** What `users.get` (getCurrentUser) resolves to. */
export interface GetCurrentUserResponse extends OperationData<operations["getCurrentUser"]> {}
/** The argument object of `users.invalidateLinkedWebSession` (invalidateLinkedWebSession): path and query parameters and body fields. */
export interface InvalidateLinkedWebSessionParams extends OperationParams<operations["invalidateLinkedWebSession"]> {}
/** What `users.invalidateLinkedWebSession` (invalidateLinkedWebSession) resolves to. */
export interface InvalidateLinkedWebSessionResponse extends OperationData<operations["invalidateLinkedWebSession"]> {}
/** The argument object of `virtualNetworks.list` (listVirtualNetworks): path and query parameters and body fields. */
export interface ListVirtualNetworksParams extends OperationParams<operations["listVirtualNetworks"]> {}
/** What `virtualNetworks.list` (listVirtualNetworks) resolves to. */
export interface ListVirtualNetworksResponse extends OperationData<operations["listVirtualNetworks"]> {}
/** The argument object of `virtualNetworks.create` (createVirtualNetwork): path and query parameters and body fields. */
export interface CreateVirtualNetworkParams extends OperationParams<operations["createVirtualNetwork"]> {}
/** What `virtualNetworks.create` (createVirtualNetwork) resolves to. */
export interface CreateVirtualNetworkResponse extends OperationData<operations["createVirtualNetwork"]> {}
/** The argument object of `virtualNetworks.get` (getVirtualNetwork): path and query parameters and body fields. */
export interface GetVirtualNetworkParams extends OperationParams<operations["getVirtualNetwork"]> {}
/** What `virtualNetworks.get` (getVirtualNetwork) resolves to. */
export interface GetVirtualNetworkResponse extends OperationData<operations["getVirtualNetwork"]> {}
/** The argument object of `virtualNetworks.delete` (deleteVirtualNetwork): path and query parameters and body fields. */
export interface DeleteVirtualNetworkParams extends OperationParams<operations["deleteVirtualNetwork"]> {}
/** What `virtualNetworks.delete` (deleteVirtualNetwork) resolves to. */
export interface DeleteVirtualNetworkResponse extends OperationData<operations["deleteVirtualNetwork"]> {}
/** The argument object of `virtualNetworks.update` (updateVirtualNetwork): path and query parameters and body fields. */
export interface UpdateVirtualNetworkParams extends OperationParams<operations["updateVirtualNetwork"]> {}
/** What `virtualNetworks.update` (updateVirtualNetwork) resolves to. */
export interface UpdateVirtualNetworkResponse extends OperationData<operations["updateVirtualNetwork"]> {}
/** The argument object of `virtualMachineGroups.list` (listVirtualMachineGroups): path and query parameters and body fields. */
export interface ListVirtualMachineGroupsParams extends OperationParams<operations["listVirtualMachineGroups"]> {}
/** What `virtualMachineGroups.list` (listVirtualMachineGroups) resolves to. */
export interface ListVirtualMachineGroupsResponse extends OperationData<operations["listVirtualMachineGroups"]> {}
/** The argument object of `virtualMachineGroups.create` (createVirtualMachineGroup): path and query parameters and body fields. */
export interface CreateVirtualMachineGroupParams extends OperationParams<operations["createVirtualMachineGroup"]> {}
/** What `virtualMachineGroups.create` (createVirtualMachineGroup) resolves to. */
export interface CreateVirtualMachineGroupResponse extends OperationData<operations["createVirtualMachineGroup"]> {}
/** The argument object of `virtualMachineGroups.get` (getVirtualMachineGroup): path and query parameters and body fields. */
export interface GetVirtualMachineGroupParams extends OperationParams<operations["getVirtualMachineGroup"]> {}
/** What `virtualMachineGroups.get` (getVirtualMachineGroup) resolves to. */
export interface GetVirtualMachineGroupResponse extends OperationData<operations["getVirtualMachineGroup"]> {}
/** The argument object of `virtualMachineGroups.delete` (deleteVirtualMachineGroup): path and query parameters and body fields. */
export interface DeleteVirtualMachineGroupParams extends OperationParams<operations["deleteVirtualMachineGroup"]> {}
/** What `virtualMachineGroups.delete` (deleteVirtualMachineGroup) resolves to. */
export interface DeleteVirtualMachineGroupResponse extends OperationData<operations["deleteVirtualMachineGroup"]> {}
/** The argument object of `virtualMachineGroups.update` (updateVirtualMachineGroup): path and query parameters and body fields. */
export interface UpdateVirtualMachineGroupParams extends OperationParams<operations["updateVirtualMachineGroup"]> {}
/** What `virtualMachineGroups.update` (updateVirtualMachineGroup) resolves to. */
export interface UpdateVirtualMachineGroupResponse extends OperationData<operations["updateVirtualMachineGroup"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.list` (listVirtualMachineNetworkInterfaces): path and query parameters and body fields. */
export interface ListVirtualMachineNetworkInterfacesParams extends OperationParams<operations["listVirtualMachineNetworkInterfaces"]> {}
/** What `virtualMachineNetworkInterfaces.list` (listVirtualMachineNetworkInterfaces) resolves to. */
export interface ListVirtualMachineNetworkInterfacesResponse extends OperationData<operations["listVirtualMachineNetworkInterfaces"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.create` (createVirtualMachineNetworkInterface): path and query parameters and body fields. */
export interface CreateVirtualMachineNetworkInterfaceParams extends OperationParams<operations["createVirtualMachineNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.create` (createVirtualMachineNetworkInterface) resolves to. */
export interface CreateVirtualMachineNetworkInterfaceResponse extends OperationData<operations["createVirtualMachineNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.getByNetwork` (getVirtualMachineNetworkInterfaceByNetwork): path and query parameters and body fields. */
export interface GetVirtualMachineNetworkInterfaceByNetworkParams extends OperationParams<operations["getVirtualMachineNetworkInterfaceByNetwork"]> {}
/** What `virtualMachineNetworkInterfaces.getByNetwork` (getVirtualMachineNetworkInterfaceByNetwork) resolves to. */
export interface GetVirtualMachineNetworkInterfaceByNetworkResponse extends OperationData<operations["getVirtualMachineNetworkInterfaceByNetwork"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.get` (getNetworkInterface): path and query parameters and body fields. */
export interface GetNetworkInterfaceParams extends OperationParams<operations["getNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.get` (getNetworkInterface) resolves to. */
export interface GetNetworkInterfaceResponse extends OperationData<operations["getNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.delete` (deleteVirtualMachineNetworkInterface): path and query parameters and body fields. */
export interface DeleteVirtualMachineNetworkInterfaceParams extends OperationParams<operations["deleteVirtualMachineNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.delete` (deleteVirtualMachineNetworkInterface) resolves to. */
export interface DeleteVirtualMachineNetworkInterfaceResponse extends OperationData<operations["deleteVirtualMachineNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.listAvailableIps` (listAvailableIpsForNetworkInterface): path and query parameters and body fields. */
export interface ListAvailableIpsForNetworkInterfaceParams extends OperationParams<operations["listAvailableIpsForNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.listAvailableIps` (listAvailableIpsForNetworkInterface) resolves to. */
export interface ListAvailableIpsForNetworkInterfaceResponse extends OperationData<operations["listAvailableIpsForNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.allocateIp` (allocateIpToNetworkInterface): path and query parameters and body fields. */
export interface AllocateIpToNetworkInterfaceParams extends OperationParams<operations["allocateIpToNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.allocateIp` (allocateIpToNetworkInterface) resolves to. */
export interface AllocateIpToNetworkInterfaceResponse extends OperationData<operations["allocateIpToNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.allocateNewIp` (allocateNewIpToNetworkInterface): path and query parameters and body fields. */
export interface AllocateNewIpToNetworkInterfaceParams extends OperationParams<operations["allocateNewIpToNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.allocateNewIp` (allocateNewIpToNetworkInterface) resolves to. */
export interface AllocateNewIpToNetworkInterfaceResponse extends OperationData<operations["allocateNewIpToNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.updateSpeedProfile` (updateNetworkInterfaceSpeedProfile): path and query parameters and body fields. */
export interface UpdateNetworkInterfaceSpeedProfileParams extends OperationParams<operations["updateNetworkInterfaceSpeedProfile"]> {}
/** What `virtualMachineNetworkInterfaces.updateSpeedProfile` (updateNetworkInterfaceSpeedProfile) resolves to. */
export interface UpdateNetworkInterfaceSpeedProfileResponse extends OperationData<operations["updateNetworkInterfaceSpeedProfile"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.attach` (attachNetworkInterface): path and query parameters and body fields. */
export interface AttachNetworkInterfaceParams extends OperationParams<operations["attachNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.attach` (attachNetworkInterface) resolves to. */
export interface AttachNetworkInterfaceResponse extends OperationData<operations["attachNetworkInterface"]> {}
/** The argument object of `virtualMachineNetworkInterfaces.detach` (detachNetworkInterface): path and query parameters and body fields. */
export interface DetachNetworkInterfaceParams extends OperationParams<operations["detachNetworkInterface"]> {}
/** What `virtualMachineNetworkInterfaces.detach` (detachNetworkInterface) resolves to. */
export interface DetachNetworkInterfaceResponse extends OperationData<operations["detachNetworkInterface"]> {}
/** The argument object of `virtualMachinePackages.list` (listVirtualMachinePackages): path and query parameters and body fields. */
export interface ListVirtualMachinePackagesParams extends OperationParams<operations["listVirtualMachinePackages"]> {}
/** What `virtualMachinePackages.list` (listVirtualMachinePackages) resolves to. */
export interface ListVirtualMachinePackagesResponse extends OperationData<operations["listVirtualMachinePackages"]> {}
/** The argument object of `virtualMachinePackages.get` (getVirtualMachinePackage): path and query parameters and body fields. */
export interface GetVirtualMachinePackageParams extends OperationParams<operations["getVirtualMachinePackage"]> {}
/** What `virtualMachinePackages.get` (getVirtualMachinePackage) resolves to. */
export interface GetVirtualMachinePackageResponse extends OperationData<operations["getVirtualMachinePackage"]> {}
/** The argument object of `virtualMachines.list` (listOrganizationVirtualMachines): path and query parameters and body fields. */
export interface ListOrganizationVirtualMachinesParams extends OperationParams<operations["listOrganizationVirtualMachines"]> {}
/** What `virtualMachines.list` (listOrganizationVirtualMachines) resolves to. */
export interface ListOrganizationVirtualMachinesResponse extends OperationData<operations["listOrganizationVirtualMachines"]> {}
/** The argument object of `virtualMachines.get` (getVirtualMachine): path and query parameters and body fields. */
export interface GetVirtualMachineParams extends OperationParams<operations["getVirtualMachine"]> {}
/** What `virtualMachines.get` (getVirtualMachine) resolves to. */
export interface GetVirtualMachineResponse extends OperationData<operations["getVirtualMachine"]> {}
/** The argument object of `virtualMachines.delete` (deleteVirtualMachine): path and query parameters and body fields. */
export interface DeleteVirtualMachineParams extends OperationParams<operations["deleteVirtualMachine"]> {}
/** What `virtualMachines.delete` (deleteVirtualMachine) resolves to. */
export interface DeleteVirtualMachineResponse extends OperationData<operations["deleteVirtualMachine"]> {}
/** The argument object of `virtualMachines.update` (updateVirtualMachine): path and query parameters and body fields. */
export interface UpdateVirtualMachineParams extends OperationParams<operations["updateVirtualMachine"]> {}
/** What `virtualMachines.update` (updateVirtualMachine) resolves to. */
export interface UpdateVirtualMachineResponse extends OperationData<operations["updateVirtualMachine"]> {}
/** The argument object of `virtualMachines.changePackage` (changeVirtualMachinePackage): path and query parameters and body fields. */
export interface ChangeVirtualMachinePackageParams extends OperationParams<operations["changeVirtualMachinePackage"]> {}
/** What `virtualMachines.changePackage` (changeVirtualMachinePackage) resolves to. */
export interface ChangeVirtualMachinePackageResponse extends OperationData<operations["changeVirtualMachinePackage"]> {}
/** The argument object of `virtualMachines.changeFlexibleResources` (changeVirtualMachineFlexibleResources): path and query parameters and body fields. */
export interface ChangeVirtualMachineFlexibleResourcesParams extends OperationParams<operations["changeVirtualMachineFlexibleResources"]> {}
/** What `virtualMachines.changeFlexibleResources` (changeVirtualMachineFlexibleResources) resolves to. */
export interface ChangeVirtualMachineFlexibleResourcesResponse extends OperationData<operations["changeVirtualMachineFlexibleResources"]> {}
/** The argument object of `virtualMachines.allocateIp` (allocateIpToVirtualMachine): path and query parameters and body fields. */
export interface AllocateIpToVirtualMachineParams extends OperationParams<operations["allocateIpToVirtualMachine"]> {}
/** What `virtualMachines.allocateIp` (allocateIpToVirtualMachine) resolves to. */
export interface AllocateIpToVirtualMachineResponse extends OperationData<operations["allocateIpToVirtualMachine"]> {}
/** The argument object of `virtualMachines.getAuthorizedKeys` (getVirtualMachineAuthorizedKeys): path and query parameters and body fields. */
export interface GetVirtualMachineAuthorizedKeysParams extends OperationParams<operations["getVirtualMachineAuthorizedKeys"]> {}
/** What `virtualMachines.getAuthorizedKeys` (getVirtualMachineAuthorizedKeys) resolves to. */
export type GetVirtualMachineAuthorizedKeysResponse = OperationData<operations["getVirtualMachineAuthorizedKeys"]>;
/** The argument object of `zones.list` (listZones): path and query parameters and body fields. */
export interface ListZonesParams extends OperationParams<operations["listZones"]> {}
/** What `zones.list` (listZones) resolves to. */
export interface ListZonesResponse extends OperationData<operations["listZones"]> {}
/** The argument object of `zones.get` (getZone): path and query parameters and body fields. */
export interface GetZoneParams extends OperationParams<operations["getZone"]> {}
/** What `zones.get` (getZone) resolves to. */
export interface GetZoneResponse extends OperationData<operations["getZone"]> {}
