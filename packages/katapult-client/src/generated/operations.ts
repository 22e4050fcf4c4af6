// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The spec's title and version. */
export const specInfo = {"title":"Katapult Core API","version":"v1"} as const;

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://api.katapult.io/core/v1";

/** Every operation of the spec by operationId: method, path, tag, summary and documented response statuses. */
export const operations = {
  "listOrganizationApiTokens": {
    "method": "GET",
    "path": "/organizations/organization/api_tokens",
    "tag": "API tokens",
    "summary": "List an organization's API tokens",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createApiToken": {
    "method": "POST",
    "path": "/organizations/organization/api_tokens",
    "tag": "API tokens",
    "summary": "Create an API token",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "deleteApiToken": {
    "method": "DELETE",
    "path": "/api_tokens/api_token",
    "tag": "API tokens",
    "summary": "Delete an API token",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "updateApiToken": {
    "method": "PATCH",
    "path": "/api_tokens/api_token",
    "tag": "API tokens",
    "summary": "Update an API token",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "regenerateApiTokenSecret": {
    "method": "POST",
    "path": "/api_tokens/api_token/regenerate_secret",
    "tag": "API tokens",
    "summary": "Regenerate an API token's secret",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "createObjectStorageAccessKey": {
    "method": "POST",
    "path": "/organizations/organization/object_storage/object_storage_cluster/access_keys",
    "tag": "Access keys",
    "summary": "Create an object storage access key",
    "statuses": [
      201,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listObjectStorageAccessKeys": {
    "method": "GET",
    "path": "/organizations/organization/object_storage/access_keys",
    "tag": "Access keys",
    "summary": "List object storage access keys",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "generateObjectStorageAccessKeyCredentials": {
    "method": "POST",
    "path": "/object_storage/access_keys/access_key/generate_credentials",
    "tag": "Access keys",
    "summary": "Generate S3 credentials for an access key",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "getObjectStorageAccessKey": {
    "method": "GET",
    "path": "/object_storage/access_keys/access_key",
    "tag": "Access keys",
    "summary": "Get an object storage access key",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteObjectStorageAccessKey": {
    "method": "DELETE",
    "path": "/object_storage/access_keys/access_key",
    "tag": "Access keys",
    "summary": "Delete an object storage access key",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503,
      504
    ]
  },
  "updateObjectStorageAccessKey": {
    "method": "PATCH",
    "path": "/object_storage/access_keys/access_key",
    "tag": "Access keys",
    "summary": "Update an object storage access key",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listAddressListEntries": {
    "method": "GET",
    "path": "/address_lists/address_list/entries",
    "tag": "Address list entries",
    "summary": "List an address list's entries",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createAddressListEntry": {
    "method": "POST",
    "path": "/address_lists/address_list/entries",
    "tag": "Address list entries",
    "summary": "Add an entry to an address list",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getAddressListEntry": {
    "method": "GET",
    "path": "/address_list_entries/address_list_entry",
    "tag": "Address list entries",
    "summary": "Get an address list entry",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteAddressListEntry": {
    "method": "DELETE",
    "path": "/address_list_entries/address_list_entry",
    "tag": "Address list entries",
    "summary": "Delete an address list entry",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "updateAddressListEntry": {
    "method": "PATCH",
    "path": "/address_list_entries/address_list_entry",
    "tag": "Address list entries",
    "summary": "Update an address list entry",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "bulkUpdateAddressListEntries": {
    "method": "POST",
    "path": "/address_lists/address_list/entries/bulk",
    "tag": "Address list entries",
    "summary": "Change address list entries in bulk",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listGlobalAddressLists": {
    "method": "GET",
    "path": "/address_lists",
    "tag": "Address lists",
    "summary": "List global address lists",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "listOrganizationAddressLists": {
    "method": "GET",
    "path": "/organizations/organization/address_lists",
    "tag": "Address lists",
    "summary": "List an organization's address lists",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createAddressList": {
    "method": "POST",
    "path": "/organizations/organization/address_lists",
    "tag": "Address lists",
    "summary": "Create an address list",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getAddressList": {
    "method": "GET",
    "path": "/address_lists/address_list",
    "tag": "Address lists",
    "summary": "Get an address list",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteAddressList": {
    "method": "DELETE",
    "path": "/address_lists/address_list",
    "tag": "Address lists",
    "summary": "Delete an address list",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "updateAddressList": {
    "method": "PATCH",
    "path": "/address_lists/address_list",
    "tag": "Address lists",
    "summary": "Update an address list",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "createObjectStorageBucket": {
    "method": "POST",
    "path": "/organizations/organization/object_storage/object_storage_cluster/buckets",
    "tag": "Buckets",
    "summary": "Create an object storage bucket",
    "statuses": [
      201,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "getObjectStorageBucket": {
    "method": "GET",
    "path": "/object_storage/object_storage_cluster/buckets/bucket",
    "tag": "Buckets",
    "summary": "Get an object storage bucket",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      500,
      503
    ]
  },
  "deleteObjectStorageBucket": {
    "method": "DELETE",
    "path": "/object_storage/object_storage_cluster/buckets/bucket",
    "tag": "Buckets",
    "summary": "Delete an object storage bucket",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      500,
      503,
      504
    ]
  },
  "updateObjectStorageBucket": {
    "method": "PATCH",
    "path": "/object_storage/object_storage_cluster/buckets/bucket",
    "tag": "Buckets",
    "summary": "Update an object storage bucket",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      500,
      503
    ]
  },
  "revokeObjectStorageBucketPresignedUrls": {
    "method": "POST",
    "path": "/object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls",
    "tag": "Buckets",
    "summary": "Revoke a bucket's presigned URLs",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      500,
      503,
      504
    ]
  },
  "getObjectStorageObject": {
    "method": "GET",
    "path": "/object_storage/object_storage_cluster/buckets/bucket/object",
    "tag": "Buckets",
    "summary": "Get an object in a bucket",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      500,
      503,
      504
    ]
  },
  "createObjectStoragePresignedUrl": {
    "method": "POST",
    "path": "/object_storage/object_storage_cluster/buckets/bucket/presigned_url",
    "tag": "Buckets",
    "summary": "Create a presigned URL for an object",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      500,
      503,
      504
    ]
  },
  "buildVirtualMachine": {
    "method": "POST",
    "path": "/organizations/organization/virtual_machines/build",
    "tag": "Build",
    "summary": "Build a virtual machine",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "buildVirtualMachineFromSpec": {
    "method": "POST",
    "path": "/organizations/organization/virtual_machines/build_from_spec",
    "tag": "Build",
    "summary": "Build a virtual machine from an XML spec",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getVirtualMachineBuild": {
    "method": "GET",
    "path": "/virtual_machines/builds/virtual_machine_build",
    "tag": "Build",
    "summary": "Get a virtual machine build",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listCertificates": {
    "method": "GET",
    "path": "/organizations/organization/certificates",
    "tag": "Certificates",
    "summary": "List an organization's certificates",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getCertificate": {
    "method": "GET",
    "path": "/certificates/certificate",
    "tag": "Certificates",
    "summary": "Get a certificate",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "createConsoleSession": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/console_sessions",
    "tag": "Console",
    "summary": "Open a console session",
    "statuses": [
      201,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listCountries": {
    "method": "GET",
    "path": "/countries",
    "tag": "Countries",
    "summary": "List countries",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getCountry": {
    "method": "GET",
    "path": "/countries/country",
    "tag": "Countries",
    "summary": "Get a country",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listCountryStates": {
    "method": "GET",
    "path": "/countries/country/country_states",
    "tag": "Country states",
    "summary": "List a country's states",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getCountryState": {
    "method": "GET",
    "path": "/country_states/country_state",
    "tag": "Country states",
    "summary": "Get a country state",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listCurrencies": {
    "method": "GET",
    "path": "/currencies",
    "tag": "Currencies",
    "summary": "List currencies",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getCurrency": {
    "method": "GET",
    "path": "/currencies/currency",
    "tag": "Currencies",
    "summary": "Get a currency",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listDnsZones": {
    "method": "GET",
    "path": "/organizations/organization/dns_zones",
    "tag": "DNS zones",
    "summary": "List an organization's DNS zones",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createDnsZone": {
    "method": "POST",
    "path": "/organizations/organization/dns_zones",
    "tag": "DNS zones",
    "summary": "Create a DNS zone",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listDnsNameservers": {
    "method": "GET",
    "path": "/organizations/organization/dns_zones/nameservers",
    "tag": "DNS zones",
    "summary": "List the DNS nameservers",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getDnsZone": {
    "method": "GET",
    "path": "/dns_zones/dns_zone",
    "tag": "DNS zones",
    "summary": "Get a DNS zone",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteDnsZone": {
    "method": "DELETE",
    "path": "/dns_zones/dns_zone",
    "tag": "DNS zones",
    "summary": "Delete a DNS zone",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "updateDnsZone": {
    "method": "PATCH",
    "path": "/dns_zones/dns_zone",
    "tag": "DNS zones",
    "summary": "Update a DNS zone",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "verifyDnsZone": {
    "method": "POST",
    "path": "/dns_zones/dns_zone/verify",
    "tag": "DNS zones",
    "summary": "Verify a DNS zone",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listDataCenters": {
    "method": "GET",
    "path": "/data_centers",
    "tag": "Data centers",
    "summary": "List data centers",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getDataCenter": {
    "method": "GET",
    "path": "/data_centers/data_center",
    "tag": "Data centers",
    "summary": "Get a data center",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getDataCenterDefaultNetwork": {
    "method": "GET",
    "path": "/data_centers/data_center/default_network",
    "tag": "Data centers",
    "summary": "Get a data center's default network",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listDiskIoProfiles": {
    "method": "GET",
    "path": "/organizations/organization/disk_io_profiles",
    "tag": "Disk IO profiles",
    "summary": "List disk IO profiles",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listOrganizationDiskBackupPolicies": {
    "method": "GET",
    "path": "/organizations/organization/disk_backup_policies",
    "tag": "Disk backup policies",
    "summary": "List an organization's disk backup policies",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listVirtualMachineDiskBackupPolicies": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine/disk_backup_policies",
    "tag": "Disk backup policies",
    "summary": "List a virtual machine's disk backup policies",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "createVirtualMachineDiskBackupPolicy": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/disk_backup_policies",
    "tag": "Disk backup policies",
    "summary": "Create a backup policy for a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listDiskDiskBackupPolicies": {
    "method": "GET",
    "path": "/disks/disk/disk_backup_policies",
    "tag": "Disk backup policies",
    "summary": "List a disk's backup policies",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "createDiskDiskBackupPolicy": {
    "method": "POST",
    "path": "/disks/disk/disk_backup_policies",
    "tag": "Disk backup policies",
    "summary": "Create a backup policy for a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "getDiskBackupPolicy": {
    "method": "GET",
    "path": "/disk_backup_policies/disk_backup_policy",
    "tag": "Disk backup policies",
    "summary": "Get a disk backup policy",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "deleteDiskBackupPolicy": {
    "method": "DELETE",
    "path": "/disk_backup_policies/disk_backup_policy",
    "tag": "Disk backup policies",
    "summary": "Delete a disk backup policy",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "updateDiskBackupPolicy": {
    "method": "PATCH",
    "path": "/disk_backup_policies/disk_backup_policy",
    "tag": "Disk backup policies",
    "summary": "Update a disk backup policy",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "scheduleDiskBackupPolicyDeletion": {
    "method": "DELETE",
    "path": "/disk_backup_policies/disk_backup_policy/schedule",
    "tag": "Disk backup policies",
    "summary": "Schedule a disk backup policy's deletion",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "listDiskTemplateVersions": {
    "method": "GET",
    "path": "/disk_templates/disk_template/versions",
    "tag": "Disk template versions",
    "summary": "List a disk template's versions",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getDiskTemplateVersion": {
    "method": "GET",
    "path": "/disk_template_versions/disk_template_version",
    "tag": "Disk template versions",
    "summary": "Get a disk template version",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getDiskTemplateVersionSpec": {
    "method": "GET",
    "path": "/disk_template_versions/disk_template_version/spec",
    "tag": "Disk template versions",
    "summary": "Get a disk template version's spec",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listDiskTemplates": {
    "method": "GET",
    "path": "/organizations/organization/disk_templates",
    "tag": "Disk templates",
    "summary": "List disk templates",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getDiskTemplate": {
    "method": "GET",
    "path": "/disk_templates/disk_template",
    "tag": "Disk templates",
    "summary": "Get a disk template",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listDisks": {
    "method": "GET",
    "path": "/organizations/organization/disks",
    "tag": "Disks",
    "summary": "List an organization's disks",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createDisk": {
    "method": "POST",
    "path": "/organizations/organization/disks",
    "tag": "Disks",
    "summary": "Create a disk",
    "statuses": [
      201,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "getDisk": {
    "method": "GET",
    "path": "/disks/disk",
    "tag": "Disks",
    "summary": "Get a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "deleteDisk": {
    "method": "DELETE",
    "path": "/disks/disk",
    "tag": "Disks",
    "summary": "Delete a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "updateDisk": {
    "method": "PATCH",
    "path": "/disks/disk",
    "tag": "Disks",
    "summary": "Update a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "assignDisk": {
    "method": "POST",
    "path": "/disks/disk/assign",
    "tag": "Disks",
    "summary": "Assign a disk to a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "unassignDisk": {
    "method": "POST",
    "path": "/disks/disk/unassign",
    "tag": "Disks",
    "summary": "Unassign a disk from its virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "attachDisk": {
    "method": "POST",
    "path": "/disks/disk/attach",
    "tag": "Disks",
    "summary": "Attach a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "detachDisk": {
    "method": "POST",
    "path": "/disks/disk/detach",
    "tag": "Disks",
    "summary": "Detach a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "resizeDisk": {
    "method": "PUT",
    "path": "/disks/disk/resize",
    "tag": "Disks",
    "summary": "Resize a disk",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "changeDiskIoProfile": {
    "method": "PUT",
    "path": "/disks/disk/io_profile",
    "tag": "Disks",
    "summary": "Change a disk's IO profile",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "listVirtualMachineDisks": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine/disks",
    "tag": "Disks",
    "summary": "List a virtual machine's disks",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "listFileStorageVolumes": {
    "method": "GET",
    "path": "/organizations/organization/file_storage_volumes",
    "tag": "File storage volumes",
    "summary": "List an organization's file storage volumes",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createFileStorageVolume": {
    "method": "POST",
    "path": "/organizations/organization/file_storage_volumes",
    "tag": "File storage volumes",
    "summary": "Create a file storage volume",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getFileStorageVolume": {
    "method": "GET",
    "path": "/file_storage_volumes/file_storage_volume",
    "tag": "File storage volumes",
    "summary": "Get a file storage volume",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "deleteFileStorageVolume": {
    "method": "DELETE",
    "path": "/file_storage_volumes/file_storage_volume",
    "tag": "File storage volumes",
    "summary": "Delete a file storage volume",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "updateFileStorageVolume": {
    "method": "PATCH",
    "path": "/file_storage_volumes/file_storage_volume",
    "tag": "File storage volumes",
    "summary": "Update a file storage volume",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listGpuTypes": {
    "method": "GET",
    "path": "/gpu_types",
    "tag": "GPU types",
    "summary": "List GPU types",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getGpuType": {
    "method": "GET",
    "path": "/gpu_types/gpu_type",
    "tag": "GPU types",
    "summary": "Get a GPU type",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listDataCenterGpuTypes": {
    "method": "GET",
    "path": "/data_centers/data_center/gpu_types",
    "tag": "GPU types",
    "summary": "List a data center's GPU types",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listOrganizationIpAddresses": {
    "method": "GET",
    "path": "/organizations/organization/ip_addresses",
    "tag": "IP addresses",
    "summary": "List an organization's IP addresses",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createIpAddress": {
    "method": "POST",
    "path": "/organizations/organization/ip_addresses",
    "tag": "IP addresses",
    "summary": "Create an IP address",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getIpAddress": {
    "method": "GET",
    "path": "/ip_addresses/ip_address",
    "tag": "IP addresses",
    "summary": "Get an IP address",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "releaseIpAddress": {
    "method": "DELETE",
    "path": "/ip_addresses/ip_address",
    "tag": "IP addresses",
    "summary": "Release an IP address",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      429,
      503
    ]
  },
  "updateIpAddress": {
    "method": "PATCH",
    "path": "/ip_addresses/ip_address",
    "tag": "IP addresses",
    "summary": "Update an IP address",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "unallocateIpAddress": {
    "method": "POST",
    "path": "/ip_addresses/ip_address/unallocate",
    "tag": "IP addresses",
    "summary": "Unallocate an IP address",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      422,
      429,
      503
    ]
  },
  "listLoadBalancerRules": {
    "method": "GET",
    "path": "/load_balancers/load_balancer/rules",
    "tag": "Load balancer rules",
    "summary": "List a load balancer's rules",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createLoadBalancerRule": {
    "method": "POST",
    "path": "/load_balancers/load_balancer/rules",
    "tag": "Load balancer rules",
    "summary": "Create a load balancer rule",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getLoadBalancerRule": {
    "method": "GET",
    "path": "/load_balancers/rules/load_balancer_rule",
    "tag": "Load balancer rules",
    "summary": "Get a load balancer rule",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteLoadBalancerRule": {
    "method": "DELETE",
    "path": "/load_balancers/rules/load_balancer_rule",
    "tag": "Load balancer rules",
    "summary": "Delete a load balancer rule",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "updateLoadBalancerRule": {
    "method": "PATCH",
    "path": "/load_balancers/rules/load_balancer_rule",
    "tag": "Load balancer rules",
    "summary": "Update a load balancer rule",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listLoadBalancers": {
    "method": "GET",
    "path": "/organizations/organization/load_balancers",
    "tag": "Load balancers",
    "summary": "List an organization's load balancers",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createLoadBalancer": {
    "method": "POST",
    "path": "/organizations/organization/load_balancers",
    "tag": "Load balancers",
    "summary": "Create a load balancer",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getLoadBalancer": {
    "method": "GET",
    "path": "/load_balancers/load_balancer",
    "tag": "Load balancers",
    "summary": "Get a load balancer",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteLoadBalancer": {
    "method": "DELETE",
    "path": "/load_balancers/load_balancer",
    "tag": "Load balancers",
    "summary": "Delete a load balancer",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "updateLoadBalancer": {
    "method": "PATCH",
    "path": "/load_balancers/load_balancer",
    "tag": "Load balancers",
    "summary": "Update a load balancer",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listManagedOrganizations": {
    "method": "GET",
    "path": "/organizations/organization/managed",
    "tag": "Managed organizations",
    "summary": "List managed organizations",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createManagedOrganization": {
    "method": "POST",
    "path": "/organizations/organization/managed",
    "tag": "Managed organizations",
    "summary": "Create a managed organization",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "deleteManagedOrganization": {
    "method": "DELETE",
    "path": "/managed_organizations/organization",
    "tag": "Managed organizations",
    "summary": "Delete a managed organization",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      429,
      500,
      503
    ]
  },
  "listNetworkSpeedProfiles": {
    "method": "GET",
    "path": "/organizations/organization/network_speed_profiles",
    "tag": "Network speed profiles",
    "summary": "List network speed profiles",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listOrganizationAvailableNetworks": {
    "method": "GET",
    "path": "/organizations/organization/available_networks",
    "tag": "Networks",
    "summary": "List the networks available to an organization",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getNetwork": {
    "method": "GET",
    "path": "/networks/network",
    "tag": "Networks",
    "summary": "Get a network",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getObjectStorageAccount": {
    "method": "GET",
    "path": "/organizations/organization/object_storage/object_storage_cluster",
    "tag": "Object storage",
    "summary": "Get an object storage account",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "createObjectStorageAccount": {
    "method": "POST",
    "path": "/organizations/organization/object_storage/object_storage_cluster",
    "tag": "Object storage",
    "summary": "Create an object storage account",
    "statuses": [
      201,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "deleteObjectStorageAccount": {
    "method": "DELETE",
    "path": "/organizations/organization/object_storage/object_storage_cluster",
    "tag": "Object storage",
    "summary": "Move an object storage account to the trash",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listOperatingSystems": {
    "method": "GET",
    "path": "/operating_systems",
    "tag": "Operating systems",
    "summary": "List operating systems",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getOperatingSystem": {
    "method": "GET",
    "path": "/operating_systems/operating_system",
    "tag": "Operating systems",
    "summary": "Get an operating system",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listOrganizationUsers": {
    "method": "GET",
    "path": "/organizations/organization/users_with_access",
    "tag": "Organization users",
    "summary": "List the users of an organization",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listOrganizations": {
    "method": "GET",
    "path": "/organizations",
    "tag": "Organizations",
    "summary": "List organizations",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getOrganization": {
    "method": "GET",
    "path": "/organizations/organization",
    "tag": "Organizations",
    "summary": "Get an organization",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getOrganizationPolicy": {
    "method": "GET",
    "path": "/organizations/organization/policy",
    "tag": "Organizations",
    "summary": "Get an organization's limits and usage",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getOrganizationPolicyLimits": {
    "method": "GET",
    "path": "/organizations/organization/policy_limits",
    "tag": "Organizations",
    "summary": "Get an organization's policy limits",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getOrganizationPrices": {
    "method": "GET",
    "path": "/organizations/organization/prices",
    "tag": "Organizations",
    "summary": "Get an organization's prices",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getOrganizationDeletionSteps": {
    "method": "GET",
    "path": "/organizations/organization/deletion_steps",
    "tag": "Organizations",
    "summary": "Get an organization's deletion steps",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "startVirtualMachine": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/start",
    "tag": "Power functions",
    "summary": "Start a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "stopVirtualMachine": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/stop",
    "tag": "Power functions",
    "summary": "Stop a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "shutdownVirtualMachine": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/shutdown",
    "tag": "Power functions",
    "summary": "Shut down a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "resetVirtualMachine": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/reset",
    "tag": "Power functions",
    "summary": "Reset a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "listDnsRecords": {
    "method": "GET",
    "path": "/dns_zones/dns_zone/records",
    "tag": "Records",
    "summary": "List a DNS zone's records",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createDnsRecord": {
    "method": "POST",
    "path": "/dns_zones/dns_zone/records",
    "tag": "Records",
    "summary": "Create a DNS record",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getDnsRecord": {
    "method": "GET",
    "path": "/dns_records/dns_record",
    "tag": "Records",
    "summary": "Get a DNS record",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteDnsRecord": {
    "method": "DELETE",
    "path": "/dns_records/dns_record",
    "tag": "Records",
    "summary": "Delete a DNS record",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "updateDnsRecord": {
    "method": "PATCH",
    "path": "/dns_records/dns_record",
    "tag": "Records",
    "summary": "Update a DNS record",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listSshKeys": {
    "method": "GET",
    "path": "/organizations/organization/ssh_keys",
    "tag": "SSH keys",
    "summary": "List an organization's SSH keys",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "addSshKey": {
    "method": "POST",
    "path": "/organizations/organization/ssh_keys",
    "tag": "SSH keys",
    "summary": "Add an SSH key",
    "statuses": [
      201,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "deleteSshKey": {
    "method": "DELETE",
    "path": "/ssh_keys/ssh_key",
    "tag": "SSH keys",
    "summary": "Delete an SSH key",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      429,
      503
    ]
  },
  "listSecurityGroupRules": {
    "method": "GET",
    "path": "/security_groups/security_group/rules",
    "tag": "Security group rules",
    "summary": "List a security group's rules",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createSecurityGroupRule": {
    "method": "POST",
    "path": "/security_groups/security_group/rules",
    "tag": "Security group rules",
    "summary": "Create a security group rule",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getSecurityGroupRule": {
    "method": "GET",
    "path": "/security_groups/rules/security_group_rule",
    "tag": "Security group rules",
    "summary": "Get a security group rule",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteSecurityGroupRule": {
    "method": "DELETE",
    "path": "/security_groups/rules/security_group_rule",
    "tag": "Security group rules",
    "summary": "Delete a security group rule",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "updateSecurityGroupRule": {
    "method": "PATCH",
    "path": "/security_groups/rules/security_group_rule",
    "tag": "Security group rules",
    "summary": "Update a security group rule",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listSecurityGroups": {
    "method": "GET",
    "path": "/organizations/organization/security_groups",
    "tag": "Security groups",
    "summary": "List an organization's security groups",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createSecurityGroup": {
    "method": "POST",
    "path": "/organizations/organization/security_groups",
    "tag": "Security groups",
    "summary": "Create a security group",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getSecurityGroup": {
    "method": "GET",
    "path": "/security_groups/security_group",
    "tag": "Security groups",
    "summary": "Get a security group",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteSecurityGroup": {
    "method": "DELETE",
    "path": "/security_groups/security_group",
    "tag": "Security groups",
    "summary": "Delete a security group",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      422,
      429,
      503
    ]
  },
  "updateSecurityGroup": {
    "method": "PATCH",
    "path": "/security_groups/security_group",
    "tag": "Security groups",
    "summary": "Update a security group",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listTags": {
    "method": "GET",
    "path": "/organizations/organization/tags",
    "tag": "Tags",
    "summary": "List an organization's tags",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createTag": {
    "method": "POST",
    "path": "/organizations/organization/tags",
    "tag": "Tags",
    "summary": "Create a tag",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getTag": {
    "method": "GET",
    "path": "/tags/tag",
    "tag": "Tags",
    "summary": "Get a tag",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteTag": {
    "method": "DELETE",
    "path": "/tags/tag",
    "tag": "Tags",
    "summary": "Delete a tag",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "updateTag": {
    "method": "PATCH",
    "path": "/tags/tag",
    "tag": "Tags",
    "summary": "Update a tag",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getTask": {
    "method": "GET",
    "path": "/tasks/task",
    "tag": "Tasks",
    "summary": "Get a task",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listTrashObjects": {
    "method": "GET",
    "path": "/organizations/organization/trash_objects",
    "tag": "Trash objects",
    "summary": "List an organization's trash",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "purgeAllTrashObjects": {
    "method": "POST",
    "path": "/organizations/organization/trash_objects/purge_all",
    "tag": "Trash objects",
    "summary": "Empty an organization's trash",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "getTrashObject": {
    "method": "GET",
    "path": "/trash_objects/trash_object",
    "tag": "Trash objects",
    "summary": "Get a trash object",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "purgeTrashObject": {
    "method": "DELETE",
    "path": "/trash_objects/trash_object",
    "tag": "Trash objects",
    "summary": "Purge a trash object",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "restoreTrashObject": {
    "method": "POST",
    "path": "/trash_objects/trash_object/restore",
    "tag": "Trash objects",
    "summary": "Restore a trash object",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getCurrentUser": {
    "method": "GET",
    "path": "/users/current",
    "tag": "Users",
    "summary": "Get the current user",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "invalidateLinkedWebSession": {
    "method": "POST",
    "path": "/invalidate_linked_web_session",
    "tag": "Users",
    "summary": "Invalidate the linked web session",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "listVirtualNetworks": {
    "method": "GET",
    "path": "/organizations/organization/virtual_networks",
    "tag": "Virtual Networks",
    "summary": "List an organization's virtual networks",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createVirtualNetwork": {
    "method": "POST",
    "path": "/organizations/organization/virtual_networks",
    "tag": "Virtual Networks",
    "summary": "Create a virtual network",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getVirtualNetwork": {
    "method": "GET",
    "path": "/virtual_networks/virtual_network",
    "tag": "Virtual Networks",
    "summary": "Get a virtual network",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteVirtualNetwork": {
    "method": "DELETE",
    "path": "/virtual_networks/virtual_network",
    "tag": "Virtual Networks",
    "summary": "Delete a virtual network",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      429,
      503
    ]
  },
  "updateVirtualNetwork": {
    "method": "PATCH",
    "path": "/virtual_networks/virtual_network",
    "tag": "Virtual Networks",
    "summary": "Update a virtual network",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listVirtualMachineGroups": {
    "method": "GET",
    "path": "/organizations/organization/virtual_machine_groups",
    "tag": "Virtual machine groups",
    "summary": "List an organization's virtual machine groups",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "createVirtualMachineGroup": {
    "method": "POST",
    "path": "/organizations/organization/virtual_machine_groups",
    "tag": "Virtual machine groups",
    "summary": "Create a virtual machine group",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "getVirtualMachineGroup": {
    "method": "GET",
    "path": "/virtual_machine_groups/virtual_machine_group",
    "tag": "Virtual machine groups",
    "summary": "Get a virtual machine group",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteVirtualMachineGroup": {
    "method": "DELETE",
    "path": "/virtual_machine_groups/virtual_machine_group",
    "tag": "Virtual machine groups",
    "summary": "Delete a virtual machine group",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      429,
      503
    ]
  },
  "updateVirtualMachineGroup": {
    "method": "PATCH",
    "path": "/virtual_machine_groups/virtual_machine_group",
    "tag": "Virtual machine groups",
    "summary": "Update a virtual machine group",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "listVirtualMachineNetworkInterfaces": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine/network_interfaces",
    "tag": "Virtual machine network interfaces",
    "summary": "List a virtual machine's network interfaces",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "createVirtualMachineNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/network_interfaces",
    "tag": "Virtual machine network interfaces",
    "summary": "Create a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "getVirtualMachineNetworkInterfaceByNetwork": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine/networks/network/interface",
    "tag": "Virtual machine network interfaces",
    "summary": "Get a virtual machine's interface on a network",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "getNetworkInterface": {
    "method": "GET",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface",
    "tag": "Virtual machine network interfaces",
    "summary": "Get a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "deleteVirtualMachineNetworkInterface": {
    "method": "DELETE",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface",
    "tag": "Virtual machine network interfaces",
    "summary": "Delete a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      422,
      429,
      503
    ]
  },
  "listAvailableIpsForNetworkInterface": {
    "method": "GET",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version",
    "tag": "Virtual machine network interfaces",
    "summary": "List the IP addresses a network interface can take",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "allocateIpToNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip",
    "tag": "Virtual machine network interfaces",
    "summary": "Allocate an IP address to a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      422,
      429,
      503
    ]
  },
  "allocateNewIpToNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip",
    "tag": "Virtual machine network interfaces",
    "summary": "Allocate a new IP address to a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "updateNetworkInterfaceSpeedProfile": {
    "method": "PATCH",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile",
    "tag": "Virtual machine network interfaces",
    "summary": "Change a network interface's speed profile",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "attachNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/attach",
    "tag": "Virtual machine network interfaces",
    "summary": "Attach a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "detachNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/detach",
    "tag": "Virtual machine network interfaces",
    "summary": "Detach a network interface",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "listVirtualMachinePackages": {
    "method": "GET",
    "path": "/virtual_machine_packages",
    "tag": "Virtual machine packages",
    "summary": "List virtual machine packages",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getVirtualMachinePackage": {
    "method": "GET",
    "path": "/virtual_machine_packages/virtual_machine_package",
    "tag": "Virtual machine packages",
    "summary": "Get a virtual machine package",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "listOrganizationVirtualMachines": {
    "method": "GET",
    "path": "/organizations/organization/virtual_machines",
    "tag": "Virtual machines",
    "summary": "List an organization's virtual machines",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  },
  "getVirtualMachine": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine",
    "tag": "Virtual machines",
    "summary": "Get a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "deleteVirtualMachine": {
    "method": "DELETE",
    "path": "/virtual_machines/virtual_machine",
    "tag": "Virtual machines",
    "summary": "Delete a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "updateVirtualMachine": {
    "method": "PATCH",
    "path": "/virtual_machines/virtual_machine",
    "tag": "Virtual machines",
    "summary": "Update a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "changeVirtualMachinePackage": {
    "method": "PUT",
    "path": "/virtual_machines/virtual_machine/package",
    "tag": "Virtual machines",
    "summary": "Change a virtual machine's package",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "changeVirtualMachineFlexibleResources": {
    "method": "PUT",
    "path": "/virtual_machines/virtual_machine/flexible_resources",
    "tag": "Virtual machines",
    "summary": "Change a virtual machine's flexible resources",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      429,
      503
    ]
  },
  "allocateIpToVirtualMachine": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/allocate_ip",
    "tag": "Virtual machines",
    "summary": "Allocate an IP address to a virtual machine",
    "statuses": [
      200,
      400,
      403,
      404,
      406,
      422,
      429,
      503
    ]
  },
  "getVirtualMachineAuthorizedKeys": {
    "method": "GET",
    "path": "/virtual_machine/authorized_keys",
    "tag": "Virtual machines",
    "summary": "Get a virtual machine's authorized keys",
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      429,
      503
    ]
  },
  "listZones": {
    "method": "GET",
    "path": "/zones",
    "tag": "Zones",
    "summary": "List zones",
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ]
  },
  "getZone": {
    "method": "GET",
    "path": "/zones/zone",
    "tag": "Zones",
    "summary": "Get a zone",
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      503
    ]
  }
} as const;

export type OperationId = keyof typeof operations;
