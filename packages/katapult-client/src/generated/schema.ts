// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
    "/organizations/organization/api_tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's API tokens
         * @description Returns one page of the organization's API tokens, optionally only those carrying given annotations. Secrets are not included.
         *
         *     Scopes: `api_tokens` or `api_tokens:read`.
         */
        get: operations["listOrganizationApiTokens"];
        put?: never;
        /**
         * Create an API token
         * @description Creates an API token for the organization with the given scopes, allowed source addresses and expiry. The answer is the only time the secret is shown.
         *
         *     Scope: `api_tokens`.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api_tokens/api_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an API token
         * @description Deletes an API token; requests made with it fail from then on.
         *
         *     Scope: `api_tokens`.
         */
        delete: operations["deleteApiToken"];
        options?: never;
        head?: never;
        /**
         * Update an API token
         * @description Changes an API token's name, scopes, allowed source addresses or expiry.
         *
         *     Scope: `api_tokens`.
         */
        patch: operations["updateApiToken"];
        trace?: never;
    };
    "/api_tokens/api_token/regenerate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate an API token's secret
         * @description Replaces the secret of an API token. The old secret stops working; the answer carries the new one.
         *
         *     Scope: `api_tokens`.
         */
        post: operations["regenerateApiTokenSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/object_storage/object_storage_cluster/access_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an object storage access key
         * @description Creates an access key for the organization's object storage account in a cluster, with read and write access to all buckets or to the buckets listed.
         *
         *     Scope: `object_storage`.
         */
        post: operations["createObjectStorageAccessKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/object_storage/access_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List object storage access keys
         * @description Returns one page of the access keys of the organization's object storage accounts.
         *
         *     Scope: `object_storage`.
         */
        get: operations["listObjectStorageAccessKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object_storage/access_keys/access_key/generate_credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate S3 credentials for an access key
         * @description Creates a new S3 access key id and secret for an access key. The secret is only shown in this answer.
         *
         *     Scope: `object_storage`.
         */
        post: operations["generateObjectStorageAccessKeyCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object_storage/access_keys/access_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an object storage access key
         * @description Returns an access key and the buckets it can read and write.
         *
         *     Scope: `object_storage`.
         */
        get: operations["getObjectStorageAccessKey"];
        put?: never;
        post?: never;
        /**
         * Delete an object storage access key
         * @description Deletes an access key; its S3 credentials stop working.
         *
         *     Scope: `object_storage`.
         */
        delete: operations["deleteObjectStorageAccessKey"];
        options?: never;
        head?: never;
        /**
         * Update an object storage access key
         * @description Changes an access key's name or the buckets it can read and write.
         *
         *     Scope: `object_storage`.
         */
        patch: operations["updateObjectStorageAccessKey"];
        trace?: never;
    };
    "/address_lists/address_list/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an address list's entries
         * @description Returns one page of the addresses and networks in an address list.
         *
         *     Scopes: `address_lists` or `address_lists:read`.
         */
        get: operations["listAddressListEntries"];
        put?: never;
        /**
         * Add an entry to an address list
         * @description Adds an address or a network, with an optional name, to an address list.
         *
         *     Scope: `address_lists`.
         */
        post: operations["createAddressListEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_list_entries/address_list_entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an address list entry
         * @description Returns one entry of an address list.
         *
         *     Scopes: `address_lists` or `address_lists:read`.
         */
        get: operations["getAddressListEntry"];
        put?: never;
        post?: never;
        /**
         * Delete an address list entry
         * @description Removes an entry from its address list.
         *
         *     Scope: `address_lists`.
         */
        delete: operations["deleteAddressListEntry"];
        options?: never;
        head?: never;
        /**
         * Update an address list entry
         * @description Changes an entry's address or name.
         *
         *     Scope: `address_lists`.
         */
        patch: operations["updateAddressListEntry"];
        trace?: never;
    };
    "/address_lists/address_list/entries/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change address list entries in bulk
         * @description Adds and removes many entries of an address list in one request.
         *
         *     Scope: `address_lists`.
         */
        post: operations["bulkUpdateAddressListEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List global address lists
         * @description Returns one page of the address lists Katapult maintains for everyone, such as lists of known services.
         *
         *     Scopes: `address_lists` or `address_lists:read`.
         */
        get: operations["listGlobalAddressLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/address_lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's address lists
         * @description Returns one page of the organization's own address lists.
         *
         *     Scopes: `address_lists` or `address_lists:read`.
         */
        get: operations["listOrganizationAddressLists"];
        put?: never;
        /**
         * Create an address list
         * @description Creates an empty, named address list for the organization. Add addresses to it with `createAddressListEntry`.
         *
         *     Scope: `address_lists`.
         */
        post: operations["createAddressList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/address_lists/address_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an address list
         * @description Returns an address list with its entries.
         *
         *     Scopes: `address_lists` or `address_lists:read`.
         */
        get: operations["getAddressList"];
        put?: never;
        post?: never;
        /**
         * Delete an address list
         * @description Deletes an address list and its entries.
         *
         *     Scope: `address_lists`.
         */
        delete: operations["deleteAddressList"];
        options?: never;
        head?: never;
        /**
         * Update an address list
         * @description Renames an address list.
         *
         *     Scope: `address_lists`.
         */
        patch: operations["updateAddressList"];
        trace?: never;
    };
    "/organizations/organization/object_storage/object_storage_cluster/buckets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an object storage bucket
         * @description Creates a bucket in the organization's object storage account, with its access rules and optional static site settings.
         *
         *     Scope: `object_storage`.
         */
        post: operations["createObjectStorageBucket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object_storage/object_storage_cluster/buckets/bucket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an object storage bucket
         * @description Returns a bucket with its size, object count and access rules.
         *
         *     Scope: `object_storage:read`.
         */
        get: operations["getObjectStorageBucket"];
        put?: never;
        post?: never;
        /**
         * Delete an object storage bucket
         * @description Deletes a bucket.
         *
         *     Scope: `object_storage`.
         */
        delete: operations["deleteObjectStorageBucket"];
        options?: never;
        head?: never;
        /**
         * Update an object storage bucket
         * @description Changes a bucket's access rules or static site settings.
         *
         *     Scope: `object_storage`.
         */
        patch: operations["updateObjectStorageBucket"];
        trace?: never;
    };
    "/object_storage/object_storage_cluster/buckets/bucket/revoke_presigned_urls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a bucket's presigned URLs
         * @description Makes every presigned URL issued for objects of the bucket stop working.
         *
         *     Scope: `object_storage`.
         */
        post: operations["revokeObjectStorageBucketPresignedUrls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object_storage/object_storage_cluster/buckets/bucket/object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an object in a bucket
         * @description Returns the metadata of one object (or folder) of a bucket, found by its path.
         *
         *     Scope: `object_storage:read`.
         */
        get: operations["getObjectStorageObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/object_storage/object_storage_cluster/buckets/bucket/presigned_url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a presigned URL for an object
         * @description Returns a URL that lets anyone holding it download the object until it expires.
         *
         *     Scope: `object_storage`.
         */
        post: operations["createObjectStoragePresignedUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/virtual_machines/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Build a virtual machine
         * @description Starts building a virtual machine from a package, in a zone or a data center, installing a disk template on its system disk. The build runs in the background: follow it with `getVirtualMachineBuild` or poll the task with `getTask`.
         *
         *     Scope: `virtual_machines`.
         */
        post: operations["buildVirtualMachine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/virtual_machines/build_from_spec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Build a virtual machine from an XML spec
         * @description Starts building a virtual machine described by an XML spec document. Follow the build as for `buildVirtualMachine`.
         *
         *     Scope: `virtual_machines`.
         */
        post: operations["buildVirtualMachineFromSpec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/builds/virtual_machine_build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine build
         * @description Returns a build with its state and, once the build has created it, the virtual machine.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:read`.
         */
        get: operations["getVirtualMachineBuild"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's certificates
         * @description Returns one page of the organization's TLS certificates.
         *
         *     Scopes: `certificates` or `certificates:read`.
         */
        get: operations["listCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a certificate
         * @description Returns a certificate with its state and, once issued, its PEM certificate, chain and private key.
         *
         *     Scopes: `certificates` or `certificates:read`.
         */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/console_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a console session
         * @description Opens a console session to a started virtual machine and returns the URL to reach it, valid until it expires.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:console`.
         */
        post: operations["createConsoleSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List countries
         * @description Returns one page of the countries Katapult knows.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries/country": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a country
         * @description Returns a country.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getCountry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries/country/country_states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a country's states
         * @description Returns one page of the states or regions of a country.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listCountryStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/country_states/country_state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a country state
         * @description Returns a state or region of a country.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getCountryState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List currencies
         * @description Returns one page of the currencies Katapult bills in.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/currencies/currency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a currency
         * @description Returns a currency.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getCurrency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/dns_zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's DNS zones
         * @description Returns one page of the DNS zones the organization hosts.
         *
         *     Scopes: `dns` or `dns:read`.
         */
        get: operations["listDnsZones"];
        put?: never;
        /**
         * Create a DNS zone
         * @description Adds a DNS zone to the organization. It must be verified (`verifyDnsZone`) before it serves records.
         *
         *     Scope: `dns`.
         */
        post: operations["createDnsZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/dns_zones/nameservers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the DNS nameservers
         * @description Returns the nameservers a domain must delegate to for the organization's zones to be served.
         *
         *     Scopes: `dns` or `dns:read`.
         */
        get: operations["listDnsNameservers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dns_zones/dns_zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DNS zone
         * @description Returns a DNS zone.
         *
         *     Scopes: `dns` or `dns:read`.
         */
        get: operations["getDnsZone"];
        put?: never;
        post?: never;
        /**
         * Delete a DNS zone
         * @description Deletes a DNS zone and its records.
         *
         *     Scope: `dns`.
         */
        delete: operations["deleteDnsZone"];
        options?: never;
        head?: never;
        /**
         * Update a DNS zone
         * @description Changes a zone's default TTL.
         *
         *     Scope: `dns`.
         */
        patch: operations["updateDnsZone"];
        trace?: never;
    };
    "/dns_zones/dns_zone/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a DNS zone
         * @description Checks that the domain delegates to Katapult's nameservers (or carries the verification TXT record) and marks the zone verified.
         *
         *     Scope: `dns`.
         */
        post: operations["verifyDnsZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data centers
         * @description Returns every data center. The list is not paginated.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listDataCenters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_centers/data_center": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a data center
         * @description Returns a data center.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getDataCenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_centers/data_center/default_network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a data center's default network
         * @description Returns the network new virtual machines in the data center join when no other is asked for.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getDataCenterDefaultNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/disk_io_profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List disk IO profiles
         * @description Returns one page of the IO profiles (speed and IOPS limits) the organization can give its disks.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listDiskIoProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/disk_backup_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's disk backup policies
         * @description Returns one page of every backup policy of the organization's disks and virtual machines.
         *
         *     Scopes: `disk_backup_policies` or `disk_backup_policies:read`.
         */
        get: operations["listOrganizationDiskBackupPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/disk_backup_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a virtual machine's disk backup policies
         * @description Returns one page of the backup policies that cover a whole virtual machine, and optionally those of its disks.
         *
         *     Scopes: `disk_backup_policies` or `disk_backup_policies:read`.
         */
        get: operations["listVirtualMachineDiskBackupPolicies"];
        put?: never;
        /**
         * Create a backup policy for a virtual machine
         * @description Creates a backup policy covering every disk of a virtual machine.
         *
         *     Scope: `disk_backup_policies`.
         */
        post: operations["createVirtualMachineDiskBackupPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk/disk_backup_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a disk's backup policies
         * @description Returns one page of the backup policies of one disk.
         *
         *     Scopes: `disk_backup_policies` or `disk_backup_policies:read`.
         */
        get: operations["listDiskDiskBackupPolicies"];
        put?: never;
        /**
         * Create a backup policy for a disk
         * @description Creates a backup policy for one disk, with its schedule and how many backups to keep.
         *
         *     Scope: `disk_backup_policies`.
         */
        post: operations["createDiskDiskBackupPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disk_backup_policies/disk_backup_policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disk backup policy
         * @description Returns a backup policy with its schedule and target.
         *
         *     Scopes: `disk_backup_policies` or `disk_backup_policies:read`.
         */
        get: operations["getDiskBackupPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete a disk backup policy
         * @description Moves a backup policy to the trash.
         *
         *     Scope: `disk_backup_policies`.
         */
        delete: operations["deleteDiskBackupPolicy"];
        options?: never;
        head?: never;
        /**
         * Update a disk backup policy
         * @description Changes a backup policy's schedule or retention.
         *
         *     Scope: `disk_backup_policies`.
         */
        patch: operations["updateDiskBackupPolicy"];
        trace?: never;
    };
    "/disk_backup_policies/disk_backup_policy/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Schedule a disk backup policy's deletion
         * @description Sets a time, at least five minutes ahead, at which the backup policy is moved to the trash.
         *
         *     Scope: `disk_backup_policies`.
         */
        delete: operations["scheduleDiskBackupPolicyDeletion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disk_templates/disk_template/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a disk template's versions
         * @description Returns one page of the versions of a disk template.
         *
         *     Scopes: `disk_templates` or `disk_templates:read`.
         */
        get: operations["listDiskTemplateVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disk_template_versions/disk_template_version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disk template version
         * @description Returns one version of a disk template.
         *
         *     Scopes: `disk_templates` or `disk_templates:read`.
         */
        get: operations["getDiskTemplateVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disk_template_versions/disk_template_version/spec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disk template version's spec
         * @description Returns the options a version of a disk template accepts at install time (`disk_template_options` of a build).
         *
         *     Scopes: `disk_templates` or `disk_templates:read`.
         */
        get: operations["getDiskTemplateVersionSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/disk_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List disk templates
         * @description Returns one page of the disk templates the organization can install, optionally only those of one operating system.
         *
         *     Scopes: `disk_templates` or `disk_templates:read`.
         */
        get: operations["listDiskTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disk_templates/disk_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disk template
         * @description Returns a disk template with its latest version.
         *
         *     Scopes: `disk_templates` or `disk_templates:read`.
         */
        get: operations["getDiskTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/disks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's disks
         * @description Returns one page of the organization's disks.
         *
         *     Scopes: `disks` or `disks:read`.
         */
        get: operations["listDisks"];
        put?: never;
        /**
         * Create a disk
         * @description Creates a disk in a data center, optionally attaching it to a virtual machine at once. Creating it runs as a task.
         *
         *     Scope: `disks`.
         */
        post: operations["createDisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disk
         * @description Returns a disk with its IO profile, installation and attachment.
         *
         *     Scopes: `disks` or `disks:read`.
         */
        get: operations["getDisk"];
        put?: never;
        post?: never;
        /**
         * Delete a disk
         * @description Moves a disk to the trash.
         *
         *     Scope: `disks`.
         */
        delete: operations["deleteDisk"];
        options?: never;
        head?: never;
        /**
         * Update a disk
         * @description Changes a disk's name or bus type.
         *
         *     Scope: `disks`.
         */
        patch: operations["updateDisk"];
        trace?: never;
    };
    "/disks/disk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a disk to a virtual machine
         * @description Assigns a disk to a virtual machine without attaching it; attach it with `attachDisk`.
         *
         *     Scope: `disks`.
         */
        post: operations["assignDisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign a disk from its virtual machine
         * @description Removes a detached disk from the virtual machine it is assigned to.
         *
         *     Scope: `disks`.
         */
        post: operations["unassignDisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a disk
         * @description Attaches an assigned disk to its virtual machine. It runs as a task.
         *
         *     Scope: `disks`.
         */
        post: operations["attachDisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detach a disk
         * @description Detaches a disk from its virtual machine. It runs as a task.
         *
         *     Scope: `disks`.
         */
        post: operations["detachDisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk/resize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Resize a disk
         * @description Grows a disk to a new size, online or offline. It runs as a task.
         *
         *     Scope: `disks`.
         */
        put: operations["resizeDisk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disks/disk/io_profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a disk's IO profile
         * @description Moves a disk to another IO profile. It runs as a task.
         *
         *     Scope: `disks`.
         */
        put: operations["changeDiskIoProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/disks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a virtual machine's disks
         * @description Returns one page of the disks assigned to a virtual machine, with whether each is the boot disk and attached at boot.
         *
         *     Scopes: `disks` or `disks:read`.
         */
        get: operations["listVirtualMachineDisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/file_storage_volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's file storage volumes
         * @description Returns one page of the organization's file storage volumes.
         *
         *     Scopes: `file_storage_volumes` or `file_storage_volumes:read`.
         */
        get: operations["listFileStorageVolumes"];
        put?: never;
        /**
         * Create a file storage volume
         * @description Creates a shared file storage volume in a data center; virtual machines mount it over NFS.
         *
         *     Scope: `file_storage_volumes`.
         */
        post: operations["createFileStorageVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/file_storage_volumes/file_storage_volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file storage volume
         * @description Returns a file storage volume with its NFS location.
         *
         *     Scopes: `file_storage_volumes` or `file_storage_volumes:read`.
         */
        get: operations["getFileStorageVolume"];
        put?: never;
        post?: never;
        /**
         * Delete a file storage volume
         * @description Moves a file storage volume to the trash.
         *
         *     Scope: `file_storage_volumes`.
         */
        delete: operations["deleteFileStorageVolume"];
        options?: never;
        head?: never;
        /**
         * Update a file storage volume
         * @description Changes a volume's name or the resources allowed to mount it.
         *
         *     Scope: `file_storage_volumes`.
         */
        patch: operations["updateFileStorageVolume"];
        trace?: never;
    };
    "/gpu_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List GPU types
         * @description Returns one page of the GPU types, with the data centers offering each.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listGpuTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gpu_types/gpu_type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a GPU type
         * @description Returns a GPU type with the data centers offering it.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getGpuType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_centers/data_center/gpu_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a data center's GPU types
         * @description Returns one page of the GPU types a data center offers.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listDataCenterGpuTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/ip_addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's IP addresses
         * @description Returns one page of the IP addresses that belong to an organization, optionally only the allocated or only
         *     the unallocated ones.
         *
         *     Scopes: `ip_addresses` or `ip_addresses:read`.
         */
        get: operations["listOrganizationIpAddresses"];
        put?: never;
        /**
         * Create an IP address
         * @description Adds a new IP address of the requested version to an organization, on the given network. The address can be
         *     marked as a VIP and given a label.
         *
         *     Scope: `ip_addresses`.
         */
        post: operations["createIpAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ip_addresses/ip_address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an IP address
         * @description Returns an IP address and what it is allocated to.
         *
         *     Scopes: `ip_addresses` or `ip_addresses:read`.
         */
        get: operations["getIpAddress"];
        put?: never;
        post?: never;
        /**
         * Release an IP address
         * @description Releases an IP address from its organization, giving it back to the pool. The lookup goes in the JSON body,
         *     as for every non-GET Katapult operation.
         *
         *     Scope: `ip_addresses`.
         */
        delete: operations["releaseIpAddress"];
        options?: never;
        head?: never;
        /**
         * Update an IP address
         * @description Changes the VIP flag, the label or the reverse DNS name of an IP address. Fields left out are not changed.
         *
         *     Scope: `ip_addresses`.
         */
        patch: operations["updateIpAddress"];
        trace?: never;
    };
    "/ip_addresses/ip_address/unallocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unallocate an IP address
         * @description Removes an IP address from the resource it is allocated to; the address stays with the organization.
         *
         *     Scope: `ip_addresses`.
         */
        post: operations["unallocateIpAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/load_balancers/load_balancer/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a load balancer's rules
         * @description Returns one page of the rules of a load balancer.
         *
         *     Scopes: `load_balancers` or `load_balancers:read`.
         */
        get: operations["listLoadBalancerRules"];
        put?: never;
        /**
         * Create a load balancer rule
         * @description Adds a rule to a load balancer: the port it listens on, where it sends traffic, the protocol and the health check.
         *
         *     Scope: `load_balancers`.
         */
        post: operations["createLoadBalancerRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/load_balancers/rules/load_balancer_rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a load balancer rule
         * @description Returns a load balancer rule.
         *
         *     Scopes: `load_balancers` or `load_balancers:read`.
         */
        get: operations["getLoadBalancerRule"];
        put?: never;
        post?: never;
        /**
         * Delete a load balancer rule
         * @description Removes a rule from its load balancer.
         *
         *     Scope: `load_balancers`.
         */
        delete: operations["deleteLoadBalancerRule"];
        options?: never;
        head?: never;
        /**
         * Update a load balancer rule
         * @description Changes the ports, protocol, certificates or health check of a rule.
         *
         *     Scope: `load_balancers`.
         */
        patch: operations["updateLoadBalancerRule"];
        trace?: never;
    };
    "/organizations/organization/load_balancers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's load balancers
         * @description Returns one page of the organization's load balancers.
         *
         *     Scopes: `load_balancers` or `load_balancers:read`.
         */
        get: operations["listLoadBalancers"];
        put?: never;
        /**
         * Create a load balancer
         * @description Creates a load balancer in a data center, balancing across virtual machines, virtual machine groups or tagged machines.
         *
         *     Scope: `load_balancers`.
         */
        post: operations["createLoadBalancer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/load_balancers/load_balancer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a load balancer
         * @description Returns a load balancer with its IP address and the resources behind it.
         *
         *     Scopes: `load_balancers` or `load_balancers:read`.
         */
        get: operations["getLoadBalancer"];
        put?: never;
        post?: never;
        /**
         * Delete a load balancer
         * @description Deletes a load balancer.
         *
         *     Scope: `load_balancers`.
         */
        delete: operations["deleteLoadBalancer"];
        options?: never;
        head?: never;
        /**
         * Update a load balancer
         * @description Changes a load balancer's name, resources, weights or HTTPS settings.
         *
         *     Scope: `load_balancers`.
         */
        patch: operations["updateLoadBalancer"];
        trace?: never;
    };
    "/organizations/organization/managed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List managed organizations
         * @description Returns one page of the organizations the organization manages.
         *
         *     Scope: `managed_organizations`.
         */
        get: operations["listManagedOrganizations"];
        put?: never;
        /**
         * Create a managed organization
         * @description Creates an organization managed by (and billed through) the given organization.
         *
         *     Scope: `managed_organizations`.
         */
        post: operations["createManagedOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/managed_organizations/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a managed organization
         * @description Deletes a managed organization once all its deletion steps are done (see `getOrganizationDeletionSteps`).
         *
         *     Scope: `managed_organizations:delete`.
         */
        delete: operations["deleteManagedOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/network_speed_profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List network speed profiles
         * @description Returns one page of the speed profiles the organization's network interfaces can use.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listNetworkSpeedProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/available_networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the networks available to an organization
         * @description Returns the networks and the virtual networks an organization can use. The list is not paginated.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listOrganizationAvailableNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a network
         * @description Returns a network and the data center it is in.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/object_storage/object_storage_cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an object storage account
         * @description Returns the organization's object storage account in a cluster, with its provisioning state.
         *
         *     Scope: `object_storage:read`.
         */
        get: operations["getObjectStorageAccount"];
        put?: never;
        /**
         * Create an object storage account
         * @description Creates the organization's object storage account in a cluster. Provisioning continues in the background.
         *
         *     Scope: `object_storage`.
         */
        post: operations["createObjectStorageAccount"];
        /**
         * Move an object storage account to the trash
         * @description Moves the organization's object storage account in a cluster to the trash.
         *
         *     Scope: `object_storage`.
         */
        delete: operations["deleteObjectStorageAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating_systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List operating systems
         * @description Returns one page of the operating systems.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listOperatingSystems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operating_systems/operating_system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operating system
         * @description Returns an operating system.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getOperatingSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/users_with_access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users of an organization
         * @description Returns one page of the users who have access to the organization.
         *
         *     Scope: `organizations:read`.
         */
        get: operations["listOrganizationUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Returns every organization the authenticated identity has access to. The list is not paginated.
         *
         *     Scope: `organizations:read`.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Returns an organization with its billing details.
         *
         *     Scope: `organizations:read`.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization's limits and usage
         * @description Returns what the organization may use (virtual machines, memory, disk space, addresses, …), how much it uses now, and which features it has.
         *
         *     Scope: `organizations:read`.
         */
        get: operations["getOrganizationPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/policy_limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization's policy limits
         * @description Returns the maximums set by the organization's policy.
         *
         *     Scope: `organizations:read`.
         */
        get: operations["getOrganizationPolicyLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization's prices
         * @description Returns the prices that apply to the organization, resource by resource.
         *
         *     Scope: `organizations:read`.
         */
        get: operations["getOrganizationPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/deletion_steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization's deletion steps
         * @description Returns the steps that must be done before the organization can be deleted, and which are done.
         *
         *     Scopes: `organizations:delete` or `managed_organizations:delete`.
         */
        get: operations["getOrganizationDeletionSteps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a virtual machine
         * @description Queues a task that starts a virtual machine. Poll the returned task with `getTask`.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:power_actions`.
         */
        post: operations["startVirtualMachine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a virtual machine
         * @description Queues a task that stops a virtual machine at once, like pulling its power. Use `shutdownVirtualMachine`
         *     for a graceful stop. Poll the returned task with `getTask`.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:power_actions`.
         */
        post: operations["stopVirtualMachine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/shutdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Shut down a virtual machine
         * @description Queues a task that asks the virtual machine's operating system to shut down. Poll the returned task with
         *     `getTask`.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:power_actions`.
         */
        post: operations["shutdownVirtualMachine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a virtual machine
         * @description Queues a task that resets (hard-reboots) a virtual machine. Poll the returned task with `getTask`.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:power_actions`.
         */
        post: operations["resetVirtualMachine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dns_zones/dns_zone/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a DNS zone's records
         * @description Returns every record of a DNS zone.
         *
         *     Scopes: `dns` or `dns:read`.
         */
        get: operations["listDnsRecords"];
        put?: never;
        /**
         * Create a DNS record
         * @description Adds a record to a DNS zone. `content` carries one key, named after the record type, with that type's fields.
         *
         *     Scope: `dns`.
         */
        post: operations["createDnsRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dns_records/dns_record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DNS record
         * @description Returns a DNS record.
         *
         *     Scopes: `dns` or `dns:read`.
         */
        get: operations["getDnsRecord"];
        put?: never;
        post?: never;
        /**
         * Delete a DNS record
         * @description Deletes a DNS record.
         *
         *     Scope: `dns`.
         */
        delete: operations["deleteDnsRecord"];
        options?: never;
        head?: never;
        /**
         * Update a DNS record
         * @description Changes a record's name, TTL, priority or content.
         *
         *     Scope: `dns`.
         */
        patch: operations["updateDnsRecord"];
        trace?: never;
    };
    "/organizations/organization/ssh_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's SSH keys
         * @description Returns one page of the organization's SSH keys.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listSshKeys"];
        put?: never;
        /**
         * Add an SSH key
         * @description Adds a public SSH key to the organization; it is installed on the virtual machines the organization builds.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        post: operations["addSshKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ssh_keys/ssh_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an SSH key
         * @description Removes an SSH key from the organization.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        delete: operations["deleteSshKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security_groups/security_group/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a security group's rules
         * @description Returns one page of the rules of a security group.
         *
         *     Scopes: `security_groups` or `security_groups:read`.
         */
        get: operations["listSecurityGroupRules"];
        put?: never;
        /**
         * Create a security group rule
         * @description Adds an inbound or outbound rule to a security group: protocol, ports, targets and whether to accept or drop.
         *
         *     Scope: `security_groups`.
         */
        post: operations["createSecurityGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security_groups/rules/security_group_rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a security group rule
         * @description Returns a security group rule.
         *
         *     Scopes: `security_groups` or `security_groups:read`.
         */
        get: operations["getSecurityGroupRule"];
        put?: never;
        post?: never;
        /**
         * Delete a security group rule
         * @description Removes a rule from its security group.
         *
         *     Scope: `security_groups`.
         */
        delete: operations["deleteSecurityGroupRule"];
        options?: never;
        head?: never;
        /**
         * Update a security group rule
         * @description Changes a rule's direction, protocol, ports, targets, action or notes.
         *
         *     Scope: `security_groups`.
         */
        patch: operations["updateSecurityGroupRule"];
        trace?: never;
    };
    "/organizations/organization/security_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's security groups
         * @description Returns one page of the organization's security groups.
         *
         *     Scopes: `security_groups` or `security_groups:read`.
         */
        get: operations["listSecurityGroups"];
        put?: never;
        /**
         * Create a security group
         * @description Creates a security group applied to the given virtual machines, groups or tags, with default inbound and outbound policies.
         *
         *     Scope: `security_groups`.
         */
        post: operations["createSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security_groups/security_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a security group
         * @description Returns a security group with the resources it applies to.
         *
         *     Scopes: `security_groups` or `security_groups:read`.
         */
        get: operations["getSecurityGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a security group
         * @description Deletes a security group.
         *
         *     Scope: `security_group`.
         */
        delete: operations["deleteSecurityGroup"];
        options?: never;
        head?: never;
        /**
         * Update a security group
         * @description Changes a security group's name, default policies or the resources it applies to.
         *
         *     Scope: `security_groups`.
         */
        patch: operations["updateSecurityGroup"];
        trace?: never;
    };
    "/organizations/organization/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's tags
         * @description Returns one page of the organization's tags.
         *
         *     Scopes: `tags` or `tags:read`.
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create a tag
         * @description Creates a tag with a name and a colour.
         *
         *     Scope: `tags`.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag
         * @description Returns a tag.
         *
         *     Scopes: `tags` or `tags:read`.
         */
        get: operations["getTag"];
        put?: never;
        post?: never;
        /**
         * Delete a tag
         * @description Deletes a tag and removes it from the virtual machines carrying it.
         *
         *     Scope: `tags`.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /**
         * Update a tag
         * @description Changes a tag's name or colour.
         *
         *     Scope: `tags`.
         */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/tasks/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description Returns a background task, such as one queued by a power action. Poll it until its status is `completed`
         *     or `failed`.
         *
         *     Scopes: `tasks` or `tasks:read`.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/trash_objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's trash
         * @description Returns one page of the objects in the organization's trash, with how long each is kept.
         *
         *     Scope: `trash_objects:read`.
         */
        get: operations["listTrashObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/trash_objects/purge_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Empty an organization's trash
         * @description Queues the purge of every object in the organization's trash. Purged objects cannot be restored.
         *
         *     Scope: `trash_objects:purge`.
         */
        post: operations["purgeAllTrashObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trash_objects/trash_object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a trash object
         * @description Returns one object of the trash.
         *
         *     Scope: `trash_objects:read`.
         */
        get: operations["getTrashObject"];
        put?: never;
        post?: never;
        /**
         * Purge a trash object
         * @description Queues the purge of one object of the trash. It cannot be restored afterwards.
         *
         *     Scope: `trash_objects:purge`.
         */
        delete: operations["purgeTrashObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trash_objects/trash_object/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a trash object
         * @description Puts an object from the trash back where it was.
         *
         *     Scope: `trash_objects:restore`.
         */
        post: operations["restoreTrashObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current user
         * @description Returns the user the credentials belong to and the organizations they can reach.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invalidate_linked_web_session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invalidate the linked web session
         * @description Signs out the web session linked to the authenticated identity.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        post: operations["invalidateLinkedWebSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/virtual_networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's virtual networks
         * @description Returns one page of the organization's virtual networks.
         *
         *     Scopes: `virtual_networks` or `virtual_networks:read`.
         */
        get: operations["listVirtualNetworks"];
        put?: never;
        /**
         * Create a virtual network
         * @description Creates a private virtual network in a data center.
         *
         *     Scope: `virtual_networks`.
         */
        post: operations["createVirtualNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_networks/virtual_network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual network
         * @description Returns a virtual network.
         *
         *     Scopes: `virtual_networks` or `virtual_networks:read`.
         */
        get: operations["getVirtualNetwork"];
        put?: never;
        post?: never;
        /**
         * Delete a virtual network
         * @description Deletes a virtual network.
         *
         *     Scope: `virtual_networks`.
         */
        delete: operations["deleteVirtualNetwork"];
        options?: never;
        head?: never;
        /**
         * Update a virtual network
         * @description Renames a virtual network.
         *
         *     Scope: `virtual_networks`.
         */
        patch: operations["updateVirtualNetwork"];
        trace?: never;
    };
    "/organizations/organization/virtual_machine_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's virtual machine groups
         * @description Returns the organization's virtual machine groups.
         *
         *     Scopes: `virtual_machine_groups` or `virtual_machine_groups:read`.
         */
        get: operations["listVirtualMachineGroups"];
        put?: never;
        /**
         * Create a virtual machine group
         * @description Creates a group of virtual machines; a segregated group keeps its machines on different hypervisors.
         *
         *     Scope: `virtual_machine_groups`.
         */
        post: operations["createVirtualMachineGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_groups/virtual_machine_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine group
         * @description Returns a virtual machine group.
         *
         *     Scopes: `virtual_machine_groups` or `virtual_machine_groups:read`.
         */
        get: operations["getVirtualMachineGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a virtual machine group
         * @description Deletes a virtual machine group; its machines stay.
         *
         *     Scope: `virtual_machine_groups`.
         */
        delete: operations["deleteVirtualMachineGroup"];
        options?: never;
        head?: never;
        /**
         * Update a virtual machine group
         * @description Changes a group's name or segregation.
         *
         *     Scope: `virtual_machine_groups`.
         */
        patch: operations["updateVirtualMachineGroup"];
        trace?: never;
    };
    "/virtual_machines/virtual_machine/network_interfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a virtual machine's network interfaces
         * @description Returns one page of the network interfaces of a virtual machine.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:read`.
         */
        get: operations["listVirtualMachineNetworkInterfaces"];
        put?: never;
        /**
         * Create a network interface
         * @description Adds a network interface on a network or a virtual network to a virtual machine.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:network_interfaces`.
         */
        post: operations["createVirtualMachineNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/networks/network/interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine's interface on a network
         * @description Returns the network interface that connects a virtual machine to a given network.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:read`.
         */
        get: operations["getVirtualMachineNetworkInterfaceByNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a network interface
         * @description Returns a virtual machine network interface, with its addresses and its speed profile.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:read`.
         */
        get: operations["getNetworkInterface"];
        put?: never;
        post?: never;
        /**
         * Delete a network interface
         * @description Removes a network interface from its virtual machine.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:network_interfaces`.
         */
        delete: operations["deleteVirtualMachineNetworkInterface"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the IP addresses a network interface can take
         * @description Returns the organization's IP addresses of the given version that can be allocated to a network interface.
         *     `address_version` is the last, literal segment of the path and also a required query parameter, as the
         *     vendor documents it.
         *
         *     Scopes: `ip_addresses` or `ip_addresses:read`.
         */
        get: operations["listAvailableIpsForNetworkInterface"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate an IP address to a network interface
         * @description Allocates an existing IP address of the organization to the given virtual machine network interface.
         *
         *     Scope: `ip_addresses`.
         */
        post: operations["allocateIpToNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate a new IP address to a network interface
         * @description Adds a new IP address of the requested version to the organization and allocates it to the network
         *     interface in one step.
         *
         *     Scope: `ip_addresses`.
         */
        post: operations["allocateNewIpToNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a network interface's speed profile
         * @description Moves a network interface to another network speed profile. It runs as a task.
         *
         *     Scope: `virtual_machines`.
         */
        patch: operations["updateNetworkInterfaceSpeedProfile"];
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a network interface
         * @description Attaches a detached network interface to its virtual machine. It runs as a task.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:network_interfaces`.
         */
        post: operations["attachNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_network_interfaces/virtual_machine_network_interface/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detach a network interface
         * @description Detaches a network interface from its virtual machine without deleting it. It runs as a task.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:network_interfaces`.
         */
        post: operations["detachNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List virtual machine packages
         * @description Returns one page of the packages virtual machines can be built from.
         *
         *     Scope: `virtual_machine_packages:read`.
         */
        get: operations["listVirtualMachinePackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine_packages/virtual_machine_package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine package
         * @description Returns a package with its resources.
         *
         *     Scope: `virtual_machine_packages:read`.
         */
        get: operations["getVirtualMachinePackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/organization/virtual_machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's virtual machines
         * @description Returns one page of an organization's virtual machines, optionally only those carrying given annotations.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:read`.
         */
        get: operations["listOrganizationVirtualMachines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine
         * @description Returns a virtual machine in full, with its annotations.
         *
         *     Scopes: `virtual_machines` or `virtual_machines:read`.
         */
        get: operations["getVirtualMachine"];
        put?: never;
        post?: never;
        /**
         * Delete a virtual machine
         * @description Moves a virtual machine to the trash. It can be restored until it is purged.
         *
         *     Scope: `virtual_machines`.
         */
        delete: operations["deleteVirtualMachine"];
        options?: never;
        head?: never;
        /**
         * Update a virtual machine
         * @description Changes a virtual machine's name, hostname, description, group or tags.
         *
         *     Scope: `virtual_machines`.
         */
        patch: operations["updateVirtualMachine"];
        trace?: never;
    };
    "/virtual_machines/virtual_machine/package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a virtual machine's package
         * @description Moves a virtual machine to another package. It runs as a task.
         *
         *     Scope: `virtual_machines`.
         */
        put: operations["changeVirtualMachinePackage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/flexible_resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a virtual machine's flexible resources
         * @description Sets the CPU cores and memory of a virtual machine built with flexible resources. It runs as a task.
         *
         *     Scope: `virtual_machines`.
         */
        put: operations["changeVirtualMachineFlexibleResources"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/virtual_machine/allocate_ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate an IP address to a virtual machine
         * @description Allocates an existing IP address of the organization to a virtual machine; the server picks the machine's
         *     network interface that suits the address.
         *
         *     Scope: `ip_addresses`.
         */
        post: operations["allocateIpToVirtualMachine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machine/authorized_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a virtual machine's authorized keys
         * @description Returns, as text with one key a line, the SSH keys the virtual machine tied to the API token should accept. Meant for the machine itself, with continuous SSH key management turned on.
         *
         *     Scope: `virtual_machines:authorized_keys`.
         */
        get: operations["getVirtualMachineAuthorizedKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List zones
         * @description Returns the zones of every data center.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["listZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zones/zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a zone
         * @description Returns a zone and its data center.
         *
         *     No scope is needed: any valid API token or OAuth2 access token may call it.
         */
        get: operations["getZone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Names one organization by exactly one of `id` or `sub_domain`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        OrganizationLookup: {
            id?: string;
            sub_domain?: string;
        } & ({
            /** @description The organization's id (`org_…`). */
            id: string;
            sub_domain?: never;
        } | {
            id?: never;
            /** @description The organization's sub-domain, e.g. `acme`. */
            sub_domain: string;
        });
        /**
         * @description Names one network by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        NetworkLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The network's id (`net_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The network's permalink, e.g. `uk-lon-01-public`. */
            permalink: string;
        });
        /**
         * @description Names one IP address by exactly one of `id` or `address`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        IpAddressLookup: {
            id?: string;
            address?: string;
        } & ({
            /** @description The IP address's id (`ip_…`). */
            id: string;
            address?: never;
        } | {
            id?: never;
            /** @description The address itself, e.g. `185.199.220.27`. */
            address: string;
        });
        /**
         * @description Names one virtual machine by exactly one of `id` or `fqdn`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        VirtualMachineLookup: {
            id?: string;
            fqdn?: string;
        } & ({
            /** @description The virtual machine's id (`vm_…`). */
            id: string;
            fqdn?: never;
        } | {
            id?: never;
            /** @description The virtual machine's fully qualified domain name. */
            fqdn: string;
        });
        /** @description Names one virtual machine network interface by its `id`, the only key this lookup has. */
        VirtualMachineNetworkInterfaceLookup: {
            /** @description The network interface's id (`vmnet_…`). */
            id: string;
        };
        /**
         * @description Names one data center by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        DataCenterLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The data center's id (`dc_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The data center's permalink, e.g. `uk-lon-01`. */
            permalink: string;
        });
        /** @description Names one task by its `id`, the only key this lookup has. */
        TaskLookup: {
            /** @description The task's id (`task_…`). */
            id: string;
        };
        /**
         * @description The IP version of an address.
         * @enum {string}
         */
        AddressVersion: "ipv4" | "ipv6";
        CreateIpAddressRequest: {
            organization: components["schemas"]["OrganizationLookup"];
            network: components["schemas"]["NetworkLookup"];
            version: components["schemas"]["AddressVersion"];
            /** @description Whether to make the new address a VIP. */
            vip?: boolean;
            /** @description The label of the address when it is made a VIP. */
            label?: string;
        };
        /** @description Where a page sits in a paginated list. */
        Pagination: {
            /** @description The page returned, counting from 1. */
            current_page: number;
            /** @description How many pages there are; null for a large set. */
            total_pages: number | null;
            /** @description How many items there are across all pages; null for a large set. */
            total: number | null;
            /** @description How many items a page holds. */
            per_page: number;
            /** @description True when the set is too large for the totals to be counted. */
            large_set: boolean;
        };
        /** @description An object with no documented fields; the server sends `{}` today and may add fields. */
        EmptyObject: {
            [key: string]: unknown;
        };
        /** @description This error documents no detail fields; real answers send `{}`. Open like every error detail: the API guarantees no field inside one, and may add some. */
        EmptyErrorDetail: {
            [key: string]: unknown;
        };
        /** @description A short reference to another object. */
        NamedReference: {
            id: string;
            name: string;
        };
        /** @description A short reference to another object that has a permalink. */
        PermalinkReference: {
            id: string;
            name: string;
            permalink: string;
        };
        /** @description A short reference to an IP address. */
        AddressReference: {
            id: string;
            address: string;
        };
        /** @description An annotation. */
        KeyValue: {
            key: string;
            value?: string;
        };
        IpAddress: {
            /** @description The address's id (`ip_…`). */
            id: string;
            /** @description The IPv4 or IPv6 address. */
            address: string;
            /** @description The reverse DNS (PTR) name of the address. */
            reverse_dns: string;
            /** @description Whether the address is a VIP. */
            vip: boolean;
            /** @description The label of a VIP. */
            label: string | null;
            /** @description The address in CIDR notation, e.g. `185.199.220.27/24`. */
            address_with_mask: string;
            network: components["schemas"]["Network"];
            /** @description The id of the resource the address is allocated to; null when unallocated. */
            allocation_id: string | null;
            /** @description The type of the resource the address is allocated to, e.g. `VirtualMachine`; null when unallocated. */
            allocation_type: string | null;
        };
        /** @description An IP address as the organization's list shows it. */
        IpAddressSummary: {
            id: string;
            address: string;
            reverse_dns: string;
            vip: boolean;
            allocation_id: string | null;
            allocation_type: string | null;
        };
        IpAddressResponse: {
            ip_address: components["schemas"]["IpAddress"];
        };
        /** @description A network. */
        Network: {
            /** @description The network's id (`net_…`). */
            id: string;
            name: string;
            permalink: string | null;
            /** @description Whether this is the default network of its data center. The API added it later: the Create IP Address page shows networks without it, so it may be missing. */
            default?: boolean;
            data_center: components["schemas"]["DataCenter"];
        };
        AvailableNetwork: {
            id: string;
            name: string;
            permalink: string | null;
            /** @description Whether this is the default network of its data center. */
            default: boolean;
            data_center: components["schemas"]["PermalinkReference"];
        };
        AvailableVirtualNetwork: {
            /** @description The virtual network's id (`vnet_…`). */
            id: string;
            name: string;
            data_center: components["schemas"]["PermalinkReference"];
        };
        DataCenter: {
            /** @description The data center's id (`dc_…`). */
            id: string;
            name: string;
            permalink: string;
            country: components["schemas"]["Country"];
        };
        /** @description A data center as the data center operations return it, with a short country. */
        DataCenterSummary: {
            id: string;
            name: string;
            permalink: string;
            country: components["schemas"]["NamedReference"];
        };
        Country: {
            id: string;
            name: string;
            iso_code2: string;
            iso_code3: string;
            time_zone: string | null;
            /** @description Whether the country is in the European Union. */
            eu: boolean;
        };
        CountryState: {
            id: string;
            name: string;
            code: string;
            country: components["schemas"]["Country"];
        };
        Zone: {
            id: string;
            name: string;
            permalink: string | null;
            data_center: components["schemas"]["DataCenter"];
        };
        OrganizationSummary: {
            /** @description The organization's id (`org_…`). */
            id: string;
            name: string;
            sub_domain: string;
            infrastructure_domain: string;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @description Unix timestamp (seconds); null until the organization is activated. */
            activated_at: number | null;
            suspended: boolean;
            managed: boolean;
        };
        Organization: {
            /** @description The organization's id (`org_…`). */
            id: string;
            name: string;
            sub_domain: string;
            infrastructure_domain: string;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @description Unix timestamp (seconds); null until the organization is activated. */
            activated_at: number | null;
            suspended: boolean;
            managed: boolean;
            billing_name: string | null;
            address1: string | null;
            address2: string | null;
            address3: string | null;
            address4: string | null;
            postcode: string | null;
            vat_number: string | null;
            phone_number: string | null;
            currency: components["schemas"]["Currency"];
            /** @description The organization's country; null when none is set. */
            country: components["schemas"]["Country"] | null;
            /** @description The organization's state or region; null where the country has none. */
            country_state: components["schemas"]["CountryState"] | null;
        };
        Currency: {
            id: string;
            name: string;
            iso_code: string;
            symbol: string;
        };
        /** @description A network interface as a virtual machine's list shows it. */
        VirtualMachineNetworkInterfaceSummary: {
            /** @description The interface's id (`vmnet_…`). */
            id: string;
            name: string;
            /** @description The network the interface is on; null when it is on a virtual network. */
            network: components["schemas"]["NamedReference"] | null;
            /** @description The virtual network the interface is on; null when it is on a network. */
            virtual_network: components["schemas"]["NamedReference"] | null;
            ip_addresses: components["schemas"]["AddressReference"][];
        };
        VirtualMachineNetworkInterface: {
            /** @description The interface's id (`vmnet_…`). */
            id: string;
            virtual_machine: components["schemas"]["NamedReference"];
            name: string;
            /** @description The network the interface is on; null when it is on a virtual network. */
            network: components["schemas"]["NamedReference"] | null;
            /** @description The virtual network the interface is on; null when it is on a network. */
            virtual_network: components["schemas"]["NamedReference"] | null;
            mac_address: string;
            /** @description The interface's state, e.g. `attached`. */
            state: string;
            ip_addresses: components["schemas"]["AddressReference"][];
        };
        /** @description A network interface with its speed profile, as `getNetworkInterface` returns it. */
        VirtualMachineNetworkInterfaceDetail: {
            /** @description The interface's id (`vmnet_…`). */
            id: string;
            virtual_machine: components["schemas"]["NamedReference"];
            name: string;
            /** @description The network the interface is on; null when it is on a virtual network. */
            network: components["schemas"]["NamedReference"] | null;
            /** @description The virtual network the interface is on; null when it is on a network. */
            virtual_network: components["schemas"]["NamedReference"] | null;
            mac_address: string;
            /** @description The interface's state, e.g. `attached`. */
            state: string;
            ip_addresses: components["schemas"]["AddressReference"][];
            speed_profile: components["schemas"]["PermalinkReference"];
        };
        /** @description A virtual machine as the organization's list shows it. */
        VirtualMachineSummary: {
            /** @description The virtual machine's id (`vm_…`). */
            id: string;
            name: string;
            hostname: string;
            fqdn: string;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            zone: components["schemas"]["Zone"];
            /** @description The package the machine was built from; null for a machine with custom resources. */
            package: {
                name: string;
            } | null;
            /** @description The machine's GPU type; null without one (see `getVirtualMachine`). */
            gpu_type: components["schemas"]["PermalinkReference"] | null;
            ip_addresses: {
                address: string;
            }[];
            /** @description The hypervisor the machine runs on; null while it is not placed on one. */
            hypervisor: components["schemas"]["NamedReference"] | null;
        };
        VirtualMachine: {
            /** @description The virtual machine's id (`vm_…`). */
            id: string;
            name: string;
            hostname: string;
            fqdn: string;
            description: string | null;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            initial_root_password: string | null;
            /** @enum {string} */
            state: "stopped" | "failed" | "started" | "starting" | "allocated" | "allocating" | "resetting" | "migrating" | "stopping" | "shutting_down" | "transferring" | "orphaned";
            zone: components["schemas"]["Zone"];
            organization: components["schemas"]["Organization"];
            /** @description The machine's group; null when it is in none. */
            group: components["schemas"]["VirtualMachineGroup"] | null;
            /** @description The package the machine was built from; null for a machine with custom resources. */
            package: components["schemas"]["VirtualMachinePackage"] | null;
            /** @description The ISO attached to the machine; null when none is. */
            attached_iso: components["schemas"]["Iso"] | null;
            memory_in_gb: number | null;
            cpu_cores: number | null;
            use_dedicated_cpus: boolean | null;
            /** @description The machine's GPU type; null without one. */
            gpu_type: components["schemas"]["GpuTypeSummary"] | null;
            gpus: components["schemas"]["VirtualMachineGpu"][];
            tags: components["schemas"]["Tag"][];
            tag_names: string[];
            ip_addresses: components["schemas"]["IpAddress"][];
            /** @description The hypervisor the machine runs on; null while it is not placed on one. */
            hypervisor: components["schemas"]["Hypervisor"] | null;
        };
        VirtualMachineGroup: {
            id: string;
            name: string;
            segregate: boolean;
            auto_segregate: boolean;
            /** @description Unix timestamp (seconds). */
            created_at: number;
        };
        VirtualMachinePackage: {
            id: string;
            name: string;
            permalink: string;
            cpu_cores: number;
            ipv4_addresses: number;
            memory_in_gb: number;
            storage_in_gb: number;
            monthly_bandwidth_allowance_in_gb: number | null;
            /** @enum {string} */
            privacy: "public" | "private";
            /** @description The package's icon; null when it has none. */
            icon: components["schemas"]["Attachment"] | null;
            use_dedicated_cpus: boolean;
            group: components["schemas"]["NamedReference"];
        };
        Attachment: {
            url: string;
            file_name: string;
            file_type: string;
            file_size: number;
            digest: string;
            token: string;
        };
        Iso: {
            id: string;
            name: string;
            /** @description The operating system on the ISO; null when it is not known. */
            operating_system: components["schemas"]["OperatingSystem"] | null;
        };
        OperatingSystem: {
            id: string;
            name: string;
            /** @description The operating system's badge image; null when it has none. */
            badge: components["schemas"]["Attachment"] | null;
        };
        GpuTypeSummary: {
            id: string;
            name: string;
            manufacturer: string;
            memory_in_gb: number;
            memory_type: string;
            permalink: string;
        };
        GpuType: {
            id: string;
            name: string;
            manufacturer: string;
            memory_in_gb: number;
            memory_type: string;
            permalink: string;
            /** @description The data centers that offer this GPU type (an entry may be null). */
            data_centers: (components["schemas"]["DataCenter"] | null)[];
        };
        VirtualMachineGpu: {
            /** @description The GPU's id; null while the GPU is detached. */
            id: string | null;
            /** @enum {string} */
            status: "attached" | "attaching" | "detached" | "detaching" | "unknown";
            /**
             * @description The action waiting to run on the GPU; null when none is.
             * @enum {string|null}
             */
            pending_action: "attach" | "detach" | null;
            /** @description When the pending action is `attach`, whether a GPU of the type is available. */
            available: boolean;
            type: components["schemas"]["GpuType"];
        };
        Tag: {
            id: string;
            name: string;
            /** @enum {string} */
            color: "red" | "pink" | "purple" | "dark_blue" | "green" | "teal" | "aqua" | "light_blue" | "yellow" | "orange" | "orange_red" | "brown" | "black" | "dark_gray" | "light_gray" | "light_brown" | "pastel_red" | "pastel_pink" | "pastel_purple" | "pastel_dark_blue" | "pastel_green" | "pastel_teal" | "pastel_aqua" | "pastel_light_blue" | "pastel_yellow" | "pastel_orange" | "pastel_orange_red" | "pastel_brown" | "pastel_black" | "pastel_dark_gray" | "pastel_light_gray" | "pastel_light_brown";
            /** @description Unix timestamp (seconds). */
            created_at: number;
        };
        Hypervisor: {
            id: string;
            name: string;
            ip_address: string;
        };
        TrashObject: {
            id: string;
            /** @description Unix timestamp (seconds) until which the object is kept in the trash. */
            keep_until: number;
            object_id: string;
            object_type: string;
        };
        /** @enum {string} */
        TaskStatus: "pending" | "running" | "completed" | "failed";
        /** @description A task as a power action returns it, just after queueing it. Poll it with `getTask`. */
        QueuedTask: {
            /** @description The task's id (`task_…`). */
            id: string;
            name: string;
            status: components["schemas"]["TaskStatus"];
        };
        QueuedTaskResponse: {
            task: components["schemas"]["QueuedTask"];
        };
        Task: {
            /** @description The task's id (`task_…`). */
            id: string;
            name: string;
            status: components["schemas"]["TaskStatus"];
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @description Unix timestamp (seconds); null until the task starts. */
            started_at: number | null;
            /** @description Unix timestamp (seconds); null until the task finishes. */
            finished_at: number | null;
            /** @description Progress in percent. */
            progress: number;
        };
        /** @description `missing_api_token` (400): No API token was given in the `Authorization` header; send it as `Bearer <token>`. */
        MissingApiTokenError: {
            error: {
                /** @enum {string} */
                code: "missing_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `unauthorized_network_for_api_token` (403): The API token may not be used from the network the request came from. */
        UnauthorizedNetworkForApiTokenError: {
            error: {
                /** @enum {string} */
                code: "unauthorized_network_for_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The IP address the request came from. */
                    ip_address?: string;
                };
            };
        };
        /** @description `invalid_api_token` (403): The API token is not valid: it does not exist or has expired. */
        InvalidApiTokenError: {
            error: {
                /** @enum {string} */
                code: "invalid_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description Why the token was refused, when the server says. */
                    details?: string | null;
                };
            };
        };
        /** @description `invalid_capabilities_token` (403): The capabilities token is not valid, has expired or was not signed by the right key. */
        InvalidCapabilitiesTokenError: {
            error: {
                /** @enum {string} */
                code: "invalid_capabilities_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `scope_not_granted` (403): The authenticated identity lacks the scope this operation needs. */
        ScopeNotGrantedError: {
            error: {
                /** @enum {string} */
                code: "scope_not_granted";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The scopes that would allow the operation (any one of them). */
                    scopes?: string[];
                };
            };
        };
        /** @description `permission_denied` (403): The authenticated identity may not perform this action. */
        PermissionDeniedError: {
            error: {
                /** @enum {string} */
                code: "permission_denied";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description More about why permission was denied, when the server says. */
                    details?: string | null;
                };
            };
        };
        /** @description `organization_suspended` (403): The organization named by the lookup is suspended. */
        OrganizationSuspendedError: {
            error: {
                /** @enum {string} */
                code: "organization_suspended";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `organization_not_activated` (403): The organization named by the lookup has not been activated yet. */
        OrganizationNotActivatedError: {
            error: {
                /** @enum {string} */
                code: "organization_not_activated";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `organization_not_found` (404): No organization matches the lookup given. */
        OrganizationNotFoundError: {
            error: {
                /** @enum {string} */
                code: "organization_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `network_not_found` (404): No network matches the lookup given. */
        NetworkNotFoundError: {
            error: {
                /** @enum {string} */
                code: "network_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `ip_address_not_found` (404): No IP address matches the lookup given. */
        IpAddressNotFoundError: {
            error: {
                /** @enum {string} */
                code: "ip_address_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `virtual_machine_not_found` (404): No virtual machine matches the lookup given. */
        VirtualMachineNotFoundError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `virtual_machine_network_interface_not_found` (404): No network interface matches the lookup given. */
        VirtualMachineNetworkInterfaceNotFoundError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_network_interface_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `data_center_not_found` (404): No data center matches the lookup given. */
        DataCenterNotFoundError: {
            error: {
                /** @enum {string} */
                code: "data_center_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `task_not_found` (404): No task matches the lookup given. */
        TaskNotFoundError: {
            error: {
                /** @enum {string} */
                code: "task_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `interface_not_found` (404): The virtual machine has no network interface on the given network. */
        InterfaceNotFoundError: {
            error: {
                /** @enum {string} */
                code: "interface_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `object_in_trash` (406): The object is in the trash and cannot be changed through the API until it is restored. */
        ObjectInTrashError: {
            error: {
                /** @enum {string} */
                code: "object_in_trash";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The trash entry of the object; null when the server does not say. */
                    trash_object?: components["schemas"]["TrashObject"] | null;
                };
            };
        };
        /** @description `task_queueing_error` (406): A background task the request needs could not be queued. */
        TaskQueueingError: {
            error: {
                /** @enum {string} */
                code: "task_queueing_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description Why the task could not be queued. */
                    details?: string;
                };
            };
        };
        /** @description `resource_does_not_support_unallocation` (409): The resource the address is allocated to does not allow it to be unallocated. */
        ResourceDoesNotSupportUnallocationError: {
            error: {
                /** @enum {string} */
                code: "resource_does_not_support_unallocation";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `validation_error` (422): The object being created, updated or deleted failed validation. */
        ValidationError: {
            error: {
                /** @enum {string} */
                code: "validation_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description One message per validation failure. */
                    errors?: string[];
                };
            };
        };
        /** @description `ip_already_allocated` (422): The IP address is already allocated to another resource. */
        IpAlreadyAllocatedError: {
            error: {
                /** @enum {string} */
                code: "ip_already_allocated";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `invalid_ip` (422): The IP address cannot be used on this network interface. */
        InvalidIpError: {
            error: {
                /** @enum {string} */
                code: "invalid_ip";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `no_allocation` (422): The IP address is not allocated to anything. */
        NoAllocationError: {
            error: {
                /** @enum {string} */
                code: "no_allocation";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `no_interface_available` (422): The virtual machine has no network interface compatible with the IP address. */
        NoInterfaceAvailableError: {
            error: {
                /** @enum {string} */
                code: "no_interface_available";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `rate_limit_reached` (429): Too many requests of this kind; wait and retry. */
        RateLimitReachedError: {
            error: {
                /** @enum {string} */
                code: "rate_limit_reached";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The number of requests permitted per minute. */
                    total_permitted?: number;
                };
            };
        };
        /** @description `service_unavailable` (503): The service is unavailable for now; try again later. */
        ServiceUnavailableError: {
            error: {
                /** @enum {string} */
                code: "service_unavailable";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `no_available_addresses` (503): The pool of addresses of the requested version has run dry; contact support if it persists. */
        NoAvailableAddressesError: {
            error: {
                /** @enum {string} */
                code: "no_available_addresses";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description An API token. Its `secret` is only sent when the token is created or its secret regenerated. */
        ApiToken: {
            id: string;
            name: string;
            organization_id: string | null;
            authorized_ip_addresses: string[];
            /** @description Unix timestamp (seconds). Null when not set. */
            expires_at: number | null;
            rate_limit: number;
            scopes: string[];
            secret: string | null;
        };
        /** @description The fields of a API token to create or change. */
        ApiTokenArguments: {
            name?: string;
            authorized_ip_addresses?: string[];
            /** @description Unix timestamp (seconds). */
            expires_at?: number;
            scopes?: string[];
        };
        /** @description Names one API token by its `id`, the only key this lookup has. */
        ApiTokenLookup: {
            /** @description The API token's id (`apitoken_…`). */
            id: string;
        };
        /** @description `api_token_not_found` (404): No API token matches the lookup given. */
        ApiTokenNotFoundError: {
            error: {
                /** @enum {string} */
                code: "api_token_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description Names one object storage cluster by its `region`, the only key this lookup has. */
        ObjectStorageClusterLookup: {
            /** @description The object storage cluster's region. */
            region: string;
        };
        /** @description The fields of a object storage access key to create or change. */
        ObjectStorageAccessKeyArguments: {
            name: string;
            all_buckets_read?: boolean;
            all_objects_read?: boolean;
            all_objects_write?: boolean;
        };
        /** @description An access key for object storage. The S3 secret is only sent when credentials are generated. */
        ObjectStorageAccessKey: {
            id: string;
            name: string;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            region: string;
            /** @enum {string} */
            state: "pending" | "configured";
            all_buckets_read: boolean;
            all_objects_read: boolean;
            all_objects_write: boolean;
            read_buckets: string[];
            write_buckets: string[];
            server_url: string | null;
            s3_access_key_id: string | null;
            s3_secret_access_key: string | null;
        };
        /** @description `object_storage_account_not_provisioned` (403): The object storage account exists but has not been provisioned; creating it again may help. */
        ObjectStorageAccountNotProvisionedError: {
            error: {
                /** @enum {string} */
                code: "object_storage_account_not_provisioned";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `object_storage_account_suspended` (403): The object storage account named by the lookup is suspended. */
        ObjectStorageAccountSuspendedError: {
            error: {
                /** @enum {string} */
                code: "object_storage_account_suspended";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `object_storage_cluster_not_found` (404): No object storage cluster matches the lookup given. */
        ObjectStorageClusterNotFoundError: {
            error: {
                /** @enum {string} */
                code: "object_storage_cluster_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `object_storage_account_not_found` (404): No object storage account matches the lookup given. */
        ObjectStorageAccountNotFoundError: {
            error: {
                /** @enum {string} */
                code: "object_storage_account_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description Names one object storage access key by its `id`, the only key this lookup has. */
        ObjectStorageAccessKeyLookup: {
            /** @description The object storage access key's id (`object_…`). */
            id: string;
        };
        /** @description `object_storage_access_key_not_found` (404): No object storage access key matches the lookup given. */
        ObjectStorageAccessKeyNotFoundError: {
            error: {
                /** @enum {string} */
                code: "object_storage_access_key_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `object_storage_provisioning_error` (422): The object storage account is still being provisioned; retry later. */
        ObjectStorageProvisioningError: {
            error: {
                /** @enum {string} */
                code: "object_storage_provisioning_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `network_error` (504): A network error interrupted the action; it may be retried. */
        NetworkError: {
            error: {
                /** @enum {string} */
                code: "network_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description Names one address list by its `id`, the only key this lookup has. */
        AddressListLookup: {
            /** @description The address list's id (`al_…`). */
            id: string;
        };
        /** @description One address or network of an address list, with an optional name. */
        AddressListEntry: {
            id: string;
            address: string;
            name: string;
        };
        /** @description `address_list_not_found` (404): No address list matches the lookup given. */
        AddressListNotFoundError: {
            error: {
                /** @enum {string} */
                code: "address_list_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The fields of a address list entry to create or change. */
        AddressListEntryArguments: {
            address?: string;
            name?: string;
        };
        /** @description Names one address list entry by its `id`, the only key this lookup has. */
        AddressListEntryLookup: {
            /** @description The address list entry's id (`ale_…`). */
            id: string;
        };
        /** @description `address_list_entry_not_found` (404): No address list entry matches the lookup given. */
        AddressListEntryNotFoundError: {
            error: {
                /** @enum {string} */
                code: "address_list_entry_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A address list as a list shows it. */
        AddressListSummary: {
            id: string;
            name: string;
            global: boolean;
        };
        /** @description The fields of a address list to create or change. */
        AddressListArguments: {
            name?: string;
        };
        /** @description A named list of addresses and networks, usable as a security group rule target. */
        AddressList: {
            id: string;
            name: string;
            global: boolean;
            entries: components["schemas"]["AddressListEntry"][];
        };
        /** @description The fields of a object storage bucket acl to create or change. */
        ObjectStorageBucketAclArguments: {
            public_read?: boolean;
            public_list?: boolean;
            all_keys_read?: boolean;
            all_keys_write?: boolean;
            read_key_ids?: string[];
            write_key_ids?: string[];
        };
        /** @description The fields of a object storage bucket to create or change. */
        ObjectStorageBucketArguments: {
            name?: string;
            label?: string;
            serve_static_site?: boolean;
            static_site_index?: string;
            static_site_error?: string;
            access_control_list?: components["schemas"]["ObjectStorageBucketAclArguments"];
        };
        ObjectStorageBucketAccessControlList: {
            public_read: boolean;
            public_list: boolean;
            all_keys_read: boolean;
            all_keys_write: boolean;
            read_key_ids: string[];
            write_key_ids: string[];
        };
        /** @description An object storage bucket with its size, object count and access rules. */
        ObjectStorageBucket: {
            name: string;
            label: string | null;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @enum {string} */
            state: "pending" | "configured";
            custom_domain: string | null;
            object_count: number | null;
            size: number | null;
            serve_static_site: boolean;
            static_site_index: string | null;
            static_site_error: string | null;
            public_url: string;
            access_control_list: components["schemas"]["ObjectStorageBucketAccessControlList"];
        };
        /** @description Names one object storage bucket by its `name`, the only key this lookup has. */
        ObjectStorageBucketLookup: {
            /** @description The object storage bucket's name. */
            name: string;
        };
        /** @description `object_storage_bucket_not_found` (404): No object storage bucket matches the lookup given. */
        ObjectStorageBucketNotFoundError: {
            error: {
                /** @enum {string} */
                code: "object_storage_bucket_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `multiple_object_storage_buckets_found` (500): The lookup matches more than one bucket; name the cluster too. */
        MultipleObjectStorageBucketsFoundError: {
            error: {
                /** @enum {string} */
                code: "multiple_object_storage_buckets_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `object_storage_bucket_deletion_error` (403): The bucket could not be deleted. */
        ObjectStorageBucketDeletionError: {
            error: {
                /** @enum {string} */
                code: "object_storage_bucket_deletion_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    details?: string | null;
                };
            };
        };
        /** @description An object (or folder) in a bucket. */
        ObjectStorageObject: {
            filename: string;
            bucket_name: string;
            full_path: string;
            public_url: string;
            size: number | null;
            folder: boolean;
        };
        /** @description `object_not_found` (404): No object in the bucket matches the lookup given. */
        ObjectNotFoundError: {
            error: {
                /** @enum {string} */
                code: "object_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The fields of a object storage object presigned url to create or change. */
        ObjectStorageObjectPresignedUrlArguments: {
            expiry_seconds?: number;
        };
        /**
         * @description Names one zone by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        ZoneLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The zone's id (`zone_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The zone's permalink. */
            permalink: string;
        });
        /**
         * @description Names one virtual machine package by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        VirtualMachinePackageLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The virtual machine package's id (`vmpkg_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The virtual machine package's permalink. */
            permalink: string;
        });
        /**
         * @description Names one disk template by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        DiskTemplateLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The disk template's id (`dtpl_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The disk template's permalink. */
            permalink: string;
        });
        /**
         * @description Names one disk IO profile by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        DiskIoProfileLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The disk IO profile's id (`dio_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The disk IO profile's permalink. */
            permalink: string;
        });
        /** @description The fields of a virtual machine build disk to create or change. */
        VirtualMachineBuildDiskArguments: {
            name?: string;
            size_in_gb: number;
            /** @enum {string} */
            initial_file_system?: "ext4" | "xfs";
            system?: boolean;
            io_profile?: components["schemas"]["DiskIoProfileLookup"];
            /** @enum {string} */
            storage_speed?: "nvme" | "ssd";
        };
        /** @description A build as it is queued. */
        VirtualMachineBuildSummary: {
            id: string;
            /** @enum {string} */
            state: "draft" | "failed" | "pending" | "complete" | "building";
        };
        /** @description `resource_creation_restricted` (403): The organization is not allowed to create resources. */
        ResourceCreationRestrictedError: {
            error: {
                /** @enum {string} */
                code: "resource_creation_restricted";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    errors?: string[];
                };
            };
        };
        /** @description `zone_not_found` (404): No zone matches the lookup given. */
        ZoneNotFoundError: {
            error: {
                /** @enum {string} */
                code: "zone_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `package_not_found` (404): No virtual machine package matches the lookup given. */
        PackageNotFoundError: {
            error: {
                /** @enum {string} */
                code: "package_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `disk_template_not_found` (404): No disk template matches the lookup given. */
        DiskTemplateNotFoundError: {
            error: {
                /** @enum {string} */
                code: "disk_template_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `location_required` (422): Neither a zone nor a data center was given; one is needed. */
        LocationRequiredError: {
            error: {
                /** @enum {string} */
                code: "location_required";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `one_system_disk_required` (422): The disks given must include exactly one system disk. */
        OneSystemDiskRequiredError: {
            error: {
                /** @enum {string} */
                code: "one_system_disk_required";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `invalid_spec_xml` (400): The virtual machine spec XML could not be read or is not valid. */
        InvalidSpecXmlError: {
            error: {
                /** @enum {string} */
                code: "invalid_spec_xml";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    errors?: string;
                };
            };
        };
        /** @description Names one virtual machine build by its `id`, the only key this lookup has. */
        VirtualMachineBuildLookup: {
            /** @description The virtual machine build's id (`vmbuild_…`). */
            id: string;
        };
        VirtualMachineOverview: {
            id: string;
            name: string;
            hostname: string;
            fqdn: string;
            /** @enum {string} */
            state: "stopped" | "failed" | "started" | "starting" | "allocated" | "allocating" | "resetting" | "migrating" | "stopping" | "shutting_down" | "transferring" | "orphaned";
        };
        /** @description A virtual machine build: its state and, once created, the machine. */
        VirtualMachineBuild: {
            id: string;
            spec_xml: string;
            /** @enum {string} */
            state: "draft" | "failed" | "pending" | "complete" | "building";
            virtual_machine: components["schemas"]["VirtualMachineOverview"] | null;
            /** @description Unix timestamp (seconds). */
            created_at: number;
        };
        /** @description `build_not_found` (404): No virtual machine build matches the lookup given. */
        BuildNotFoundError: {
            error: {
                /** @enum {string} */
                code: "build_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A certificate as a list shows it. */
        CertificateSummary: {
            id: string;
            name: string;
            /** @enum {string} */
            issuer: "lets_encrypt" | "custom" | "self_signed";
            /** @enum {string} */
            state: "pending" | "issue_failed" | "issued" | "issuing";
            /** @description Unix timestamp (seconds). Null when not set. */
            expires_at: number | null;
            /** @description Unix timestamp (seconds). Null when not set. */
            last_issued_at: number | null;
        };
        /** @description Names one certificate by its `id`, the only key this lookup has. */
        CertificateLookup: {
            /** @description The certificate's id (`cert_…`). */
            id: string;
        };
        /** @description A TLS certificate; the PEM parts are null until it is issued. */
        Certificate: {
            id: string;
            name: string;
            additional_names: string[];
            /** @enum {string} */
            issuer: "lets_encrypt" | "custom" | "self_signed";
            /** @enum {string} */
            state: "pending" | "issue_failed" | "issued" | "issuing";
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @description Unix timestamp (seconds). Null when not set. */
            expires_at: number | null;
            /** @description Unix timestamp (seconds). Null when not set. */
            last_issued_at: number | null;
            issue_error: string | null;
            authorization_method: string | null;
            certificate_api_url: string | null;
            certificate: string | null;
            chain: string | null;
            private_key: string | null;
        };
        /** @description `certificate_not_found` (404): No certificate matches the lookup given. */
        CertificateNotFoundError: {
            error: {
                /** @enum {string} */
                code: "certificate_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A console session to a virtual machine, reachable at `url` until `expires_at`. */
        ConsoleSession: {
            id: string;
            url: string;
            /** @description Unix timestamp (seconds). */
            expires_at: number;
            virtual_machine: components["schemas"]["VirtualMachineOverview"];
        };
        /** @description `virtual_machine_must_be_started` (406): Console sessions need a started virtual machine. */
        VirtualMachineMustBeStartedError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_must_be_started";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    current_state?: string;
                };
            };
        };
        /**
         * @description Names one country by exactly one of `id`, `iso_code2` or `iso_code3`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        CountryLookup: {
            id?: string;
            iso_code2?: string;
            iso_code3?: string;
        } & ({
            /** @description The country's id (`ctry_…`). */
            id: string;
            iso_code2?: never;
            iso_code3?: never;
        } | {
            id?: never;
            /** @description The country's iso code2. */
            iso_code2: string;
            iso_code3?: never;
        } | {
            id?: never;
            iso_code2?: never;
            /** @description The country's iso code3. */
            iso_code3: string;
        });
        /** @description `country_not_found` (404): No country matches the lookup given. */
        CountryNotFoundError: {
            error: {
                /** @enum {string} */
                code: "country_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description Names one country state by its `id`, the only key this lookup has. */
        CountryStateLookup: {
            /** @description The country state's id (`ctrys_…`). */
            id: string;
        };
        /** @description `country_state_not_found` (404): No country state matches the lookup given. */
        CountryStateNotFoundError: {
            error: {
                /** @enum {string} */
                code: "country_state_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description Names one currency by exactly one of `id` or `iso_code`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        CurrencyLookup: {
            id?: string;
            iso_code?: string;
        } & ({
            /** @description The currency's id (`cur_…`). */
            id: string;
            iso_code?: never;
        } | {
            id?: never;
            /** @description The currency's iso code. */
            iso_code: string;
        });
        /** @description `currency_not_found` (404): No currency matches the lookup given. */
        CurrencyNotFoundError: {
            error: {
                /** @enum {string} */
                code: "currency_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A DNS zone hosted by Katapult. */
        DnsZone: {
            id: string;
            name: string;
            default_ttl: number;
            verified: boolean;
        };
        /** @description The fields of a DNS zone to create or change. */
        DnsZoneArguments: {
            name?: string;
            default_ttl?: number;
        };
        /**
         * @description Names one DNS zone by exactly one of `id` or `name`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        DnsZoneLookup: {
            id?: string;
            name?: string;
        } & ({
            /** @description The DNS zone's id (`dnszone_…`). */
            id: string;
            name?: never;
        } | {
            id?: never;
            /** @description The DNS zone's name. */
            name: string;
        });
        /** @description `dns_zone_not_found` (404): No DNS zone matches the lookup given. */
        DnsZoneNotFoundError: {
            error: {
                /** @enum {string} */
                code: "dns_zone_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `dns_zone_not_verified` (422): The zone could not be verified: its nameservers or root TXT record are not set as required. */
        DnsZoneNotVerifiedError: {
            error: {
                /** @enum {string} */
                code: "dns_zone_not_verified";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description An IO profile: the speed and IOPS a disk may use. */
        DiskIoProfile: {
            id: string;
            name: string;
            permalink: string;
            speed_in_mb: number | null;
            iops: number | null;
        };
        /** @description A virtual machine as a backup policy or load balancer names it. */
        BackupPolicyVirtualMachine: {
            id: string;
            name: string;
            hostname: string;
            fqdn: string;
            description: string | null;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            initial_root_password: string | null;
            /** @enum {string} */
            state: "stopped" | "failed" | "started" | "starting" | "allocated" | "allocating" | "resetting" | "migrating" | "stopping" | "shutting_down" | "transferring" | "orphaned";
            zone: components["schemas"]["Zone"];
            organization: components["schemas"]["Organization"];
            group: components["schemas"]["VirtualMachineGroup"] | null;
            package: components["schemas"]["VirtualMachinePackage"] | null;
            attached_iso: components["schemas"]["Iso"] | null;
            memory_in_gb: number | null;
            cpu_cores: number | null;
            use_dedicated_cpus: boolean | null;
            gpu_type: components["schemas"]["GpuType"] | null;
            gpus: components["schemas"]["VirtualMachineGpu"][];
            tags: components["schemas"]["Tag"][];
            tag_names: string[];
            ip_addresses: components["schemas"]["IpAddress"][];
            hypervisor: components["schemas"]["Hypervisor"] | null;
        };
        /** @description How a disk is attached to a virtual machine. */
        VirtualMachineDisk: {
            virtual_machine: components["schemas"]["BackupPolicyVirtualMachine"];
            disk: components["schemas"]["BackupPolicyDisk"];
            attach_on_boot: boolean;
            boot: boolean;
            /** @enum {string} */
            state: "detached" | "failed" | "attached" | "attaching" | "detaching";
        };
        /** @description A template a disk can be installed from, such as an operating system image. */
        DiskTemplate: {
            id: string;
            name: string;
            description: string | null;
            permalink: string;
            universal: boolean;
            size_in_gb: number | null;
            latest_version: components["schemas"]["DiskTemplateVersion"] | null;
            operating_system: components["schemas"]["OperatingSystem"] | null;
        };
        /** @description One version of a disk template. */
        DiskTemplateVersion: {
            id: string;
            number: number;
            stable: boolean;
            size_in_gb: number;
            disk_template: components["schemas"]["DiskTemplate"];
        };
        DiskInstallationAttribute: {
            key: string;
            label: string;
            value: string | null;
            description: string | null;
            protect: boolean;
        };
        /** @description What was installed on a disk: the disk template version and the options it was given. */
        DiskInstallation: {
            id: string;
            disk_template_version: components["schemas"]["DiskTemplateVersion"];
            attributes: components["schemas"]["DiskInstallationAttribute"][];
        };
        /** @description A disk as a backup policy names its target. */
        BackupPolicyDisk: {
            id: string;
            name: string;
            size_in_gb: number;
            wwn: string;
            /** @enum {string} */
            state: "not_built" | "failed" | "built" | "building" | "installing" | "restoring" | "formatting" | "resizing" | "configuring" | "importing";
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @enum {string} */
            storage_speed: "nvme" | "ssd";
            io_profile: components["schemas"]["DiskIoProfile"] | null;
            /** @enum {string|null} */
            bus_type: "scsi" | "virtio" | null;
            data_center: components["schemas"]["DataCenter"];
            virtual_machine_disk: components["schemas"]["VirtualMachineDisk"] | null;
            installation: components["schemas"]["DiskInstallation"] | null;
        };
        /** @description What a backup policy covers: a whole virtual machine or one disk. */
        DiskBackupPolicyTarget: {
            target: components["schemas"]["BackupPolicyVirtualMachine"] | components["schemas"]["BackupPolicyDisk"];
        };
        /** @description A short form of a schedule. */
        ScheduleReference: {
            /** @enum {string} */
            interval: "hourly" | "daily" | "weekly" | "monthly";
            /** @description Unix timestamp (seconds). */
            next_invocation_at: number;
        };
        /** @description A disk backup policy as a list shows it. */
        DiskBackupPolicySummary: {
            id: string;
            retention: number;
            /** Format: float */
            total_size: number;
            target: components["schemas"]["DiskBackupPolicyTarget"];
            schedule: components["schemas"]["ScheduleReference"];
        };
        /** @description The fields of a schedule to create or change. */
        ScheduleArguments: {
            frequency?: number;
            /** @enum {string} */
            interval?: "hourly" | "daily" | "weekly" | "monthly";
            minute?: number;
            time?: number;
        };
        /** @description The fields of a disk backup policy to create or change. */
        DiskBackupPolicyArguments: {
            retention?: number;
            schedule?: components["schemas"]["ScheduleArguments"];
        };
        Schedule: {
            frequency: number;
            /** @enum {string} */
            interval: "hourly" | "daily" | "weekly" | "monthly";
            minute: number;
            /** @description Unix timestamp (seconds). */
            next_invocation_at: number;
            time: number;
        };
        /** @description A backup policy: its schedule, how many backups it keeps and the disk or machine it covers. */
        DiskBackupPolicy: {
            id: string;
            retention: number;
            /** Format: float */
            total_size: number;
            target: components["schemas"]["DiskBackupPolicyTarget"];
            schedule: components["schemas"]["Schedule"];
            /** @description Unix timestamp (seconds). Null when not set. */
            auto_move_to_trash_at: number | null;
        };
        /** @description Names one disk by its `id`, the only key this lookup has. */
        DiskLookup: {
            /** @description The disk's id (`disk_…`). */
            id: string;
        };
        /** @description `disk_not_found` (404): No disk matches the lookup given. */
        DiskNotFoundError: {
            error: {
                /** @enum {string} */
                code: "disk_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description Names one disk backup policy by its `id`, the only key this lookup has. */
        DiskBackupPolicyLookup: {
            /** @description The disk backup policy's id (`dbp_…`). */
            id: string;
        };
        /** @description `disk_backup_policy_not_found` (404): No disk backup policy matches the lookup given. */
        DiskBackupPolicyNotFoundError: {
            error: {
                /** @enum {string} */
                code: "disk_backup_policy_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The id of an object that no longer exists. */
        IdReference: {
            id: string;
        };
        DiskBackupPolicyUpdate: {
            id: string;
            retention: number;
            target: components["schemas"]["DiskBackupPolicyTarget"];
            schedule: Record<string, never>;
        };
        DiskBackupPolicyScheduledDeletion: {
            id: string;
            target: components["schemas"]["DiskBackupPolicyTarget"];
            /** @description Unix timestamp (seconds). Null when not set. */
            auto_move_to_trash_at: number | null;
        };
        /** @description `invalid_timestamp` (400): The deletion time is less than five minutes away; delete directly instead. */
        InvalidTimestampError: {
            error: {
                /** @enum {string} */
                code: "invalid_timestamp";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A disk template version as a list shows it. */
        DiskTemplateVersionSummary: {
            id: string;
            number: number;
            stable: boolean;
            size_in_gb: number;
        };
        /** @description Names one disk template version by its `id`, the only key this lookup has. */
        DiskTemplateVersionLookup: {
            /** @description The disk template version's id (`dtplv_…`). */
            id: string;
        };
        DiskTemplateVersionDetail: {
            id: string;
            number: number;
            stable: boolean;
            size_in_gb: number;
            disk_template: components["schemas"]["PermalinkReference"];
        };
        /** @description `disk_template_version_not_found` (404): No disk template version matches the lookup given. */
        DiskTemplateVersionNotFoundError: {
            error: {
                /** @enum {string} */
                code: "disk_template_version_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        TemplateSpecField: {
            name: string;
            /** @enum {string} */
            type: "Text" | "Boolean" | "Password" | "Keyboard";
            label: string;
            description: string | null;
            required: boolean;
            placeholder: string | null;
            prefill: string | null;
        };
        /** @description The options a disk template version accepts at install time. */
        TemplateSpec: {
            fields: components["schemas"]["TemplateSpecField"][];
        };
        /** @description Names one operating system by its `id`, the only key this lookup has. */
        OperatingSystemLookup: {
            /** @description The operating system's id (`os_…`). */
            id: string;
        };
        /** @description A short form of a disk template version. */
        DiskTemplateVersionReference: {
            id: string;
            number: number;
        };
        /** @description A disk template as a list shows it. */
        DiskTemplateSummary: {
            id: string;
            name: string;
            description: string | null;
            permalink: string;
            universal: boolean;
            size_in_gb: number | null;
            latest_version: components["schemas"]["DiskTemplateVersionReference"] | null;
            operating_system: components["schemas"]["NamedReference"] | null;
        };
        /** @description `operating_system_not_found` (404): No operating system matches the lookup given. */
        OperatingSystemNotFoundError: {
            error: {
                /** @enum {string} */
                code: "operating_system_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        DiskTemplateDetail: {
            id: string;
            name: string;
            description: string | null;
            permalink: string;
            universal: boolean;
            size_in_gb: number | null;
            latest_version: components["schemas"]["IdReference"] | null;
            operating_system: components["schemas"]["OperatingSystem"] | null;
        };
        /** @description A short form of a virtual machine. */
        VirtualMachineReference: {
            id: string;
            fqdn: string;
        };
        /** @description A short form of a virtual machine disk. */
        VirtualMachineDiskReference: {
            virtual_machine: components["schemas"]["VirtualMachineReference"];
        };
        /** @description A disk as a list shows it. */
        DiskSummary: {
            id: string;
            name: string;
            size_in_gb: number;
            wwn: string;
            /** @enum {string} */
            state: "not_built" | "failed" | "built" | "building" | "installing" | "restoring" | "formatting" | "resizing" | "configuring" | "importing";
            virtual_machine_disk: components["schemas"]["VirtualMachineDiskReference"] | null;
        };
        /** @description The fields of a virtual machine disk to create or change. */
        VirtualMachineDiskArguments: {
            boot?: boolean;
            attach_on_boot?: boolean;
            attach?: boolean;
            virtual_machine?: components["schemas"]["VirtualMachineLookup"];
        };
        /** @description The fields of a disk to create or change. */
        DiskArguments: {
            name?: string;
            /** @enum {string} */
            bus_type?: "scsi" | "virtio";
            data_center?: components["schemas"]["DataCenterLookup"];
            size_in_gb?: number;
            io_profile?: components["schemas"]["DiskIoProfileLookup"];
            /** @enum {string} */
            initial_file_system?: "ext4" | "xfs";
            /** @enum {string} */
            storage_speed?: "nvme" | "ssd";
            virtual_machine_disk?: components["schemas"]["VirtualMachineDiskArguments"];
        };
        /** @description A virtual machine disk as a list shows it. */
        VirtualMachineDiskSummary: {
            virtual_machine: components["schemas"]["VirtualMachineReference"];
            attach_on_boot: boolean;
            boot: boolean;
            /** @enum {string} */
            state: "detached" | "failed" | "attached" | "attaching" | "detaching";
        };
        /** @description A disk: its size, speed, IO profile, installation and the virtual machine it is assigned to. */
        Disk: {
            id: string;
            name: string;
            size_in_gb: number;
            wwn: string;
            /** @enum {string} */
            state: "not_built" | "failed" | "built" | "building" | "installing" | "restoring" | "formatting" | "resizing" | "configuring" | "importing";
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @enum {string} */
            storage_speed: "nvme" | "ssd";
            io_profile: components["schemas"]["DiskIoProfile"] | null;
            /** @enum {string|null} */
            bus_type: "scsi" | "virtio" | null;
            data_center: components["schemas"]["PermalinkReference"];
            virtual_machine_disk: components["schemas"]["VirtualMachineDiskSummary"] | null;
            installation: components["schemas"]["DiskInstallation"] | null;
        };
        /** @description `unassigned_disk` (422): The disk is not assigned to any virtual machine. */
        UnassignedDiskError: {
            error: {
                /** @enum {string} */
                code: "unassigned_disk";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `unable_to_assign` (422): The disk cannot be assigned to the virtual machine. */
        UnableToAssignError: {
            error: {
                /** @enum {string} */
                code: "unable_to_assign";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    errors?: string[];
                };
            };
        };
        /** @description `unable_to_unassign` (422): The disk cannot be unassigned from the virtual machine. */
        UnableToUnassignError: {
            error: {
                /** @enum {string} */
                code: "unable_to_unassign";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    errors?: string[];
                };
            };
        };
        /** @description `disk_io_profile_not_found` (404): No disk IO profile matches the lookup given. */
        DiskIoProfileNotFoundError: {
            error: {
                /** @enum {string} */
                code: "disk_io_profile_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A short form of a disk. */
        DiskReference: {
            id: string;
            name: string;
            size_in_gb: number;
            wwn: string;
            /** @enum {string} */
            state: "not_built" | "failed" | "built" | "building" | "installing" | "restoring" | "formatting" | "resizing" | "configuring" | "importing";
            /** @description Unix timestamp (seconds). */
            created_at: number;
        };
        /** @description A disk of a virtual machine, with whether it boots and is attached at boot. */
        VirtualMachineDiskAttachment: {
            disk: components["schemas"]["DiskReference"];
            attach_on_boot: boolean;
            boot: boolean;
            /** @enum {string} */
            state: "detached" | "failed" | "attached" | "attaching" | "detaching";
        };
        /** @description A shared file storage volume, mounted over NFS at `nfs_location`. */
        FileStorageVolumeSummary: {
            id: string;
            name: string;
            data_center: components["schemas"]["PermalinkReference"];
            associations: string[];
            /** @enum {string} */
            state: "pending" | "failed" | "ready" | "configuring";
            nfs_location: string | null;
            size: number | null;
        };
        /** @description The fields of a file storage volume to create or change. */
        FileStorageVolumeArguments: {
            name?: string;
            data_center?: components["schemas"]["DataCenterLookup"];
            associations?: string[];
        };
        /** @description Names one file storage volume by its `id`, the only key this lookup has. */
        FileStorageVolumeLookup: {
            /** @description The file storage volume's id (`fsv_…`). */
            id: string;
        };
        /** @description `file_storage_volume_not_found` (404): No file storage volume matches the lookup given. */
        FileStorageVolumeNotFoundError: {
            error: {
                /** @enum {string} */
                code: "file_storage_volume_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A GPU type with the data centers offering it. */
        GpuTypeDetail: {
            id: string;
            name: string;
            manufacturer: string;
            memory_in_gb: number;
            memory_type: string;
            permalink: string;
            data_centers: (components["schemas"]["PermalinkReference"] | null)[];
        };
        /**
         * @description Names one GPU type by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        GpuTypeLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The GPU type's id (`gputype_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The GPU type's permalink. */
            permalink: string;
        });
        /** @description `gpu_type_not_found` (404): No GPU type matches the lookup given. */
        GpuTypeNotFoundError: {
            error: {
                /** @enum {string} */
                code: "gpu_type_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description Names one load balancer by exactly one of `id` or `api_reference`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        LoadBalancerLookup: {
            id?: string;
            api_reference?: string;
        } & ({
            /** @description The load balancer's id (`lb_…`). */
            id: string;
            api_reference?: never;
        } | {
            id?: never;
            /** @description The load balancer's api reference. */
            api_reference: string;
        });
        /** @description A load balancer rule as a list shows it. */
        LoadBalancerRuleSummary: {
            id: string;
            /** @enum {string} */
            algorithm: "round_robin" | "least_connections" | "sticky";
            destination_port: number;
            listen_port: number;
            /** @enum {string} */
            protocol: "HTTPS" | "TCP" | "HTTP";
            certificates: components["schemas"]["NamedReference"][];
            check_enabled: boolean;
        };
        /** @description `load_balancer_not_found` (404): No load balancer matches the lookup given. */
        LoadBalancerNotFoundError: {
            error: {
                /** @enum {string} */
                code: "load_balancer_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The fields of a load balancer rule to create or change. */
        LoadBalancerRuleArguments: {
            /** @enum {string} */
            algorithm?: "round_robin" | "least_connections" | "sticky";
            destination_port?: number;
            listen_port?: number;
            /** @enum {string} */
            protocol?: "HTTPS" | "TCP" | "HTTP";
            proxy_protocol?: boolean;
            backend_ssl?: boolean;
            passthrough_ssl?: boolean;
            certificates?: components["schemas"]["CertificateLookup"][];
            check_enabled?: boolean;
            check_fall?: number;
            check_interval?: number;
            check_path?: string;
            /** @enum {string} */
            check_protocol?: "HTTP" | "TCP";
            check_rise?: number;
            check_timeout?: number;
            /** @enum {string} */
            check_http_statuses?: "2" | "23" | "234";
        };
        /** @description A short form of a certificate. */
        CertificateReference: {
            id: string;
            name: string;
            additional_names: string[];
            /** @enum {string} */
            state: "pending" | "issue_failed" | "issued" | "issuing";
        };
        /** @description A rule of a load balancer: listening port, destination port, protocol and health check. */
        LoadBalancerRule: {
            id: string;
            /** @enum {string} */
            algorithm: "round_robin" | "least_connections" | "sticky";
            destination_port: number;
            listen_port: number;
            /** @enum {string} */
            protocol: "HTTPS" | "TCP" | "HTTP";
            proxy_protocol: boolean;
            certificates: components["schemas"]["CertificateReference"][];
            backend_ssl: boolean;
            passthrough_ssl: boolean;
            check_enabled: boolean;
            check_fall: number;
            check_interval: number;
            check_path: string;
            /** @enum {string|null} */
            check_protocol: "HTTP" | "TCP" | null;
            check_rise: number;
            check_timeout: number;
            /** @enum {string|null} */
            check_http_statuses: "2" | "23" | "234" | null;
            load_balancer: components["schemas"]["NamedReference"];
        };
        /** @description Names one load balancer rule by its `id`, the only key this lookup has. */
        LoadBalancerRuleLookup: {
            /** @description The load balancer rule's id (`lbrule_…`). */
            id: string;
        };
        /** @description `load_balancer_rule_not_found` (404): No load balancer rule matches the lookup given. */
        LoadBalancerRuleNotFoundError: {
            error: {
                /** @enum {string} */
                code: "load_balancer_rule_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        LoadBalancerResource: {
            resources: components["schemas"]["BackupPolicyVirtualMachine"] | components["schemas"]["VirtualMachineGroup"] | components["schemas"]["Tag"];
        };
        /** @description A short form of a ip address. */
        IpAddressReference: {
            address: string;
        };
        /** @description A load balancer as a list shows it. */
        LoadBalancerSummary: {
            id: string;
            name: string;
            api_reference: string | null;
            /** @enum {string} */
            resource_type: "virtual_machines" | "virtual_machine_groups" | "tags";
            resources: components["schemas"]["LoadBalancerResource"][];
            resource_ids: string[];
            ip_address: components["schemas"]["IpAddressReference"];
            data_center: components["schemas"]["NamedReference"];
        };
        /** @description The fields of a load balancer weights to create or change. */
        LoadBalancerWeightsArguments: {
            virtual_machine_id?: string;
            weight?: number;
        };
        /** @description The fields of a load balancer to create or change. */
        LoadBalancerArguments: {
            name?: string;
            api_reference?: string;
            /** @enum {string} */
            resource_type?: "virtual_machines" | "virtual_machine_groups" | "tags";
            resource_ids?: string[];
            data_center?: components["schemas"]["DataCenterLookup"];
            https_redirect?: boolean;
            enable_weighting?: boolean;
            weights?: components["schemas"]["LoadBalancerWeightsArguments"][];
            standby_vms?: string[];
        };
        LoadBalancerWeight: {
            virtual_machine_id: string;
            weight: number;
        };
        /** @description A load balancer: its address, data center and the resources it balances across. */
        LoadBalancer: {
            id: string;
            name: string;
            api_reference: string | null;
            /** @enum {string} */
            resource_type: "virtual_machines" | "virtual_machine_groups" | "tags";
            resources: components["schemas"]["LoadBalancerResource"][];
            resource_ids: string[];
            ip_address: components["schemas"]["AddressReference"];
            https_redirect: boolean;
            backend_certificate: string;
            backend_certificate_key: string;
            data_center: components["schemas"]["PermalinkReference"];
            enable_weighting: boolean;
            weights: components["schemas"]["LoadBalancerWeight"][];
            standby_vms: string[];
        };
        /** @description A short form of a load balancer. */
        LoadBalancerReference: {
            id: string;
            name: string;
            api_reference: string | null;
        };
        /** @description An organization managed by another organization. */
        ManagedOrganization: {
            id: string;
            name: string;
            sub_domain: string;
            infrastructure_domain: string;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            managed: boolean;
        };
        /** @description `organization_limit_reached` (422): The maximum number of organizations has been reached. */
        OrganizationLimitReachedError: {
            error: {
                /** @enum {string} */
                code: "organization_limit_reached";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        OrganizationDeletionStep: {
            satisfied?: boolean;
            description?: string;
        };
        OrganizationDeletionSteps: {
            managed_organizations?: components["schemas"]["OrganizationDeletionStep"];
            virtual_machines?: components["schemas"]["OrganizationDeletionStep"];
            disks?: components["schemas"]["OrganizationDeletionStep"];
            file_storage_volumes?: components["schemas"]["OrganizationDeletionStep"];
            disk_backup_policies?: components["schemas"]["OrganizationDeletionStep"];
            isos?: components["schemas"]["OrganizationDeletionStep"];
            disk_templates?: components["schemas"]["OrganizationDeletionStep"];
            load_balancers?: components["schemas"]["OrganizationDeletionStep"];
            dns_zones?: components["schemas"]["OrganizationDeletionStep"];
            empty_trash?: components["schemas"]["OrganizationDeletionStep"];
            virtual_networks?: components["schemas"]["OrganizationDeletionStep"];
            ip_addresses?: components["schemas"]["OrganizationDeletionStep"];
            object_storage?: components["schemas"]["OrganizationDeletionStep"];
            ensure_zero_balance?: components["schemas"]["OrganizationDeletionStep"];
            ensure_no_outstanding_invoices?: components["schemas"]["OrganizationDeletionStep"];
        };
        /** @description `deletion_steps_not_satisfied` (409): Some of the steps needed before deletion are not done. */
        DeletionStepsNotSatisfiedError: {
            error: {
                /** @enum {string} */
                code: "deletion_steps_not_satisfied";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    steps?: components["schemas"]["OrganizationDeletionSteps"];
                };
            };
        };
        /** @description `managed_organization_required` (409): This operation deletes managed organizations only. */
        ManagedOrganizationRequiredError: {
            error: {
                /** @enum {string} */
                code: "managed_organization_required";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `deletion_failed` (500): Deleting the organization failed; check its deletion steps. */
        DeletionFailedError: {
            error: {
                /** @enum {string} */
                code: "deletion_failed";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A speed profile a network interface can use. */
        NetworkSpeedProfile: {
            id: string;
            name: string;
            upload_speed_in_mbit: number | null;
            download_speed_in_mbit: number | null;
            permalink: string;
        };
        /** @description An organization's object storage account in one cluster. */
        ObjectStorageAccount: {
            region: string;
            /** @description Unix timestamp (seconds). */
            created_at: number;
            /** @enum {string} */
            provisioning_state: "provisioning" | "provisioned" | "failed";
            size: number;
            bucket_count: number;
            data_center: components["schemas"]["DataCenter"];
        };
        /** @description A trash object as a list shows it. */
        TrashObjectSummary: {
            id: string;
            /** @description Unix timestamp (seconds). */
            keep_until: number;
            object_type: string;
        };
        /** @description A Katapult user. */
        User: {
            id: string;
            first_name: string;
            last_name: string;
            avatar_url: string;
        };
        /** @description A user as a list shows it. */
        UserSummary: {
            user: components["schemas"]["User"] | null;
        };
        FinancialPolicyLimit: {
            /** Format: float */
            limit: number;
            /** Format: float */
            current: number;
            currency: components["schemas"]["Currency"];
        };
        PolicyLimit: {
            limit: number;
            current: number;
            unit: string | null;
        };
        PolicyLimitWithoutCurrent: {
            limit: number;
            unit: string | null;
        };
        PolicyLimits: {
            uninvoiced_balance: components["schemas"]["FinancialPolicyLimit"];
            virtual_machines: components["schemas"]["PolicyLimit"];
            virtual_machine_memory: components["schemas"]["PolicyLimit"];
            managed_organizations: components["schemas"]["PolicyLimit"];
            unallocated_ip_addresses: components["schemas"]["PolicyLimit"];
            disk_space: components["schemas"]["PolicyLimit"];
            security_groups: components["schemas"]["PolicyLimit"];
            virtual_networks: components["schemas"]["PolicyLimit"];
            load_balancers: components["schemas"]["PolicyLimit"];
            dns_zones: components["schemas"]["PolicyLimit"];
            certificates: components["schemas"]["PolicyLimit"];
            file_storage_volumes: components["schemas"]["PolicyLimit"];
            isos: components["schemas"]["PolicyLimit"];
            disk_iops: components["schemas"]["PolicyLimitWithoutCurrent"];
            network_speed: components["schemas"]["PolicyLimitWithoutCurrent"];
        };
        PolicyFeature: {
            permitted: boolean;
        };
        PolicyFeatures: {
            disk_bus_configuration: components["schemas"]["PolicyFeature"];
            zone_selection: components["schemas"]["PolicyFeature"];
            restricted_traffic_types: components["schemas"]["PolicyFeature"];
            suspension: components["schemas"]["PolicyFeature"];
            flexible_virtual_machine_resources: components["schemas"]["PolicyFeature"];
        };
        /** @description `policy_not_available_for_managed_organizations` (400): Managed organizations have no policy; ask the parent organization. */
        PolicyNotAvailableForManagedOrganizationsError: {
            error: {
                /** @enum {string} */
                code: "policy_not_available_for_managed_organizations";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        DecimalOrUnlimited: {
            /** Format: float */
            value: number | null;
            unlimited: boolean;
        };
        IntegerOrUnlimited: {
            value: number | null;
            unlimited: boolean;
        };
        IntegerValue: {
            value: number | null;
        };
        /** @description The limits set by an organization's policy. */
        OrganizationPolicy: {
            maximum_uninvoiced_balance: components["schemas"]["DecimalOrUnlimited"];
            maximum_virtual_machines: components["schemas"]["IntegerOrUnlimited"];
            maximum_virtual_machine_memory: components["schemas"]["IntegerOrUnlimited"];
            maximum_disk_space: components["schemas"]["IntegerOrUnlimited"];
            maximum_managed_organizations: components["schemas"]["IntegerOrUnlimited"];
            maximum_unallocated_ip_addresses: components["schemas"]["IntegerOrUnlimited"];
            maximum_security_groups: components["schemas"]["IntegerOrUnlimited"];
            maximum_virtual_networks: components["schemas"]["IntegerOrUnlimited"];
            maximum_load_balancers: components["schemas"]["IntegerOrUnlimited"];
            maximum_dns_zones: components["schemas"]["IntegerOrUnlimited"];
            maximum_certificates: components["schemas"]["IntegerOrUnlimited"];
            maximum_file_storage_volumes: components["schemas"]["IntegerOrUnlimited"];
            maximum_isos: components["schemas"]["IntegerOrUnlimited"];
            maximum_disk_size: components["schemas"]["IntegerOrUnlimited"];
            minimum_disk_size: components["schemas"]["IntegerValue"];
            flexible_virtual_machine_resources: boolean;
            allow_suspension: boolean;
            allow_restricted_traffic_types: boolean;
        };
        SinglePriceVariant: {
            id: string;
            description: string | null;
            /** Format: float */
            price: number;
        };
        PriceResourceWithSinglePriceVariant: {
            resource: string;
            category: string;
            description: string;
            /** Format: float */
            price: number;
            variants: components["schemas"]["SinglePriceVariant"][];
        };
        /** @description `prices_not_available_for_managed_organizations` (400): Managed organizations have no prices; ask the parent organization. */
        PricesNotAvailableForManagedOrganizationsError: {
            error: {
                /** @enum {string} */
                code: "prices_not_available_for_managed_organizations";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        DnsRecordAddressAttributes: {
            ip_address: string | null;
        };
        DnsRecordHostnameAttributes: {
            hostname: string | null;
        };
        DnsRecordCaaAttributes: {
            flag: string | null;
            tag: string | null;
            value: string | null;
        };
        DnsRecordHttpRedirectAttributes: {
            url: string | null;
            http_status: string | null;
        };
        DnsRecordIpsAttributes: {
            ip_addresses: string | null;
        };
        DnsRecordSrvAttributes: {
            weight: string | null;
            port: string | null;
            target: string | null;
        };
        DnsRecordSshfpAttributes: {
            algorithm: string | null;
            fingerprint_type: string | null;
            fingerprint: string | null;
        };
        DnsRecordTxtAttributes: {
            content: string | null;
        };
        DnsRecordVirtualMachineAttributes: {
            virtual_machine: string | null;
        };
        DnsRecordContentAttributes: {
            A: components["schemas"]["DnsRecordAddressAttributes"] | null;
            AAAA: components["schemas"]["DnsRecordAddressAttributes"] | null;
            ALIAS: components["schemas"]["DnsRecordHostnameAttributes"] | null;
            CAA: components["schemas"]["DnsRecordCaaAttributes"] | null;
            CNAME: components["schemas"]["DnsRecordHostnameAttributes"] | null;
            HTTPRedirect: components["schemas"]["DnsRecordHttpRedirectAttributes"] | null;
            IPS: components["schemas"]["DnsRecordIpsAttributes"] | null;
            MX: components["schemas"]["DnsRecordHostnameAttributes"] | null;
            NS: components["schemas"]["DnsRecordHostnameAttributes"] | null;
            PTR: components["schemas"]["DnsRecordHostnameAttributes"] | null;
            SOA: Record<string, never> | null;
            SRV: components["schemas"]["DnsRecordSrvAttributes"] | null;
            SSHFP: components["schemas"]["DnsRecordSshfpAttributes"] | null;
            TXT: components["schemas"]["DnsRecordTxtAttributes"] | null;
            VirtualMachine: components["schemas"]["DnsRecordVirtualMachineAttributes"] | null;
        };
        /** @description A DNS record. `content_attributes` carries the fields of the record type; the other types are null. */
        DnsRecord: {
            id: string;
            name: string | null;
            full_name: string;
            ttl: number | null;
            /** @enum {string} */
            type: "A" | "AAAA" | "ALIAS" | "CAA" | "CNAME" | "HTTPRedirect" | "IPS" | "MX" | "NS" | "PTR" | "SOA" | "SRV" | "SSHFP" | "TXT" | "VirtualMachine";
            priority: number | null;
            content: string;
            content_attributes: components["schemas"]["DnsRecordContentAttributes"];
        };
        /** @description The fields of a DNS record address to create or change. */
        DnsRecordAddressArguments: {
            ip_address?: string;
        };
        /** @description The fields of a DNS record hostname to create or change. */
        DnsRecordHostnameArguments: {
            hostname?: string;
        };
        /** @description The fields of a DNS record caa to create or change. */
        DnsRecordCaaArguments: {
            flag?: string;
            tag?: string;
            value?: string;
        };
        /** @description The fields of a DNS record http redirect to create or change. */
        DnsRecordHttpRedirectArguments: {
            url?: string;
            http_status?: string;
        };
        /** @description The fields of a DNS record ips to create or change. */
        DnsRecordIpsArguments: {
            ip_addresses?: string;
        };
        /** @description The fields of a DNS record srv to create or change. */
        DnsRecordSrvArguments: {
            weight?: string;
            port?: string;
            target?: string;
        };
        /** @description The fields of a DNS record SSHfp to create or change. */
        DnsRecordSshfpArguments: {
            algorithm?: string;
            fingerprint_type?: string;
            fingerprint?: string;
        };
        /** @description The fields of a DNS record txt to create or change. */
        DnsRecordTxtArguments: {
            content?: string;
        };
        /** @description The fields of a DNS record virtual machine to create or change. */
        DnsRecordVirtualMachineArguments: {
            virtual_machine?: string;
        };
        /** @description The content of a record: give one key, the record type, with that type's fields. */
        DnsRecordContentArguments: {
            A?: components["schemas"]["DnsRecordAddressArguments"];
            AAAA?: components["schemas"]["DnsRecordAddressArguments"];
            ALIAS?: components["schemas"]["DnsRecordHostnameArguments"];
            CAA?: components["schemas"]["DnsRecordCaaArguments"];
            CNAME?: components["schemas"]["DnsRecordHostnameArguments"];
            HTTPRedirect?: components["schemas"]["DnsRecordHttpRedirectArguments"];
            IPS?: components["schemas"]["DnsRecordIpsArguments"];
            MX?: components["schemas"]["DnsRecordHostnameArguments"];
            NS?: components["schemas"]["DnsRecordHostnameArguments"];
            PTR?: components["schemas"]["DnsRecordHostnameArguments"];
            SOA?: Record<string, never>;
            SRV?: components["schemas"]["DnsRecordSrvArguments"];
            SSHFP?: components["schemas"]["DnsRecordSshfpArguments"];
            TXT?: components["schemas"]["DnsRecordTxtArguments"];
            VirtualMachine?: components["schemas"]["DnsRecordVirtualMachineArguments"];
        };
        /** @description The fields of a DNS record to create or change. */
        DnsRecordArguments: {
            name?: string;
            /** @enum {string} */
            type?: "A" | "AAAA" | "ALIAS" | "CAA" | "CNAME" | "HTTPRedirect" | "IPS" | "MX" | "NS" | "PTR" | "SOA" | "SRV" | "SSHFP" | "TXT" | "VirtualMachine";
            ttl?: number;
            priority?: number;
            content?: components["schemas"]["DnsRecordContentArguments"];
        };
        /** @description Names one DNS record by its `id`, the only key this lookup has. */
        DnsRecordLookup: {
            /** @description The DNS record's id (`dnsrec_…`). */
            id: string;
        };
        /** @description `dns_record_not_found` (404): No DNS record matches the lookup given. */
        DnsRecordNotFoundError: {
            error: {
                /** @enum {string} */
                code: "dns_record_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description An SSH key of the organization. */
        SshKey: {
            id: string;
            name: string;
            fingerprint: string;
        };
        /** @description The fields of a SSH key to create or change. */
        SshKeyArguments: {
            name?: string;
            key?: string;
        };
        /** @description Names one SSH key by its `id`, the only key this lookup has. */
        SshKeyLookup: {
            /** @description The SSH key's id (`key_…`). */
            id: string;
        };
        /** @description `ssh_key_not_found` (404): No SSH key matches the lookup given. */
        SshKeyNotFoundError: {
            error: {
                /** @enum {string} */
                code: "ssh_key_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `deletion_restricted` (409): The object cannot be deleted. */
        DeletionRestrictedError: {
            error: {
                /** @enum {string} */
                code: "deletion_restricted";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    errors?: string[];
                };
            };
        };
        /** @description Names one security group by its `id`, the only key this lookup has. */
        SecurityGroupLookup: {
            /** @description The security group's id (`sg_…`). */
            id: string;
        };
        /** @description A security group rule as a list shows it. */
        SecurityGroupRuleSummary: {
            id: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            protocol: "TCP" | "UDP" | "ICMP";
            /** @enum {string} */
            action: "allow" | "deny";
            ports: string | null;
            targets: string[];
            notes: string | null;
        };
        /** @description `security_group_not_found` (404): No security group matches the lookup given. */
        SecurityGroupNotFoundError: {
            error: {
                /** @enum {string} */
                code: "security_group_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The fields of a security group rule to create or change. */
        SecurityGroupRuleArguments: {
            /** @enum {string} */
            direction?: "inbound" | "outbound";
            /** @enum {string} */
            protocol?: "TCP" | "UDP" | "ICMP";
            /** @enum {string} */
            action?: "allow" | "deny";
            ports?: string;
            targets?: string[];
            notes?: string;
        };
        /** @description A rule of a security group. */
        SecurityGroupRule: {
            id: string;
            security_group: components["schemas"]["NamedReference"];
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            protocol: "TCP" | "UDP" | "ICMP";
            /** @enum {string} */
            action: "allow" | "deny";
            ports: string | null;
            targets: string[];
            notes: string | null;
        };
        /** @description Names one security group rule by its `id`, the only key this lookup has. */
        SecurityGroupRuleLookup: {
            /** @description The security group rule's id (`sgr_…`). */
            id: string;
        };
        /** @description `security_group_rule_not_found` (404): No security group rule matches the lookup given. */
        SecurityGroupRuleNotFoundError: {
            error: {
                /** @enum {string} */
                code: "security_group_rule_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A security group: default inbound and outbound policies, and the resources it applies to. */
        SecurityGroup: {
            id: string;
            name: string;
            allow_all_inbound: boolean;
            allow_all_outbound: boolean;
            associations: string[];
        };
        /** @description The fields of a security group to create or change. */
        SecurityGroupArguments: {
            name?: string;
            allow_all_inbound?: boolean;
            allow_all_outbound?: boolean;
            associations?: string[];
        };
        /** @description A tag as a list shows it. */
        TagSummary: {
            id: string;
            name: string;
            /** @enum {string} */
            color: "red" | "pink" | "purple" | "dark_blue" | "green" | "teal" | "aqua" | "light_blue" | "yellow" | "orange" | "orange_red" | "brown" | "black" | "dark_gray" | "light_gray" | "light_brown" | "pastel_red" | "pastel_pink" | "pastel_purple" | "pastel_dark_blue" | "pastel_green" | "pastel_teal" | "pastel_aqua" | "pastel_light_blue" | "pastel_yellow" | "pastel_orange" | "pastel_orange_red" | "pastel_brown" | "pastel_black" | "pastel_dark_gray" | "pastel_light_gray" | "pastel_light_brown";
        };
        /** @description The fields of a tag to create or change. */
        TagArguments: {
            name?: string;
            /** @enum {string} */
            color?: "red" | "pink" | "purple" | "dark_blue" | "green" | "teal" | "aqua" | "light_blue" | "yellow" | "orange" | "orange_red" | "brown" | "black" | "dark_gray" | "light_gray" | "light_brown" | "pastel_red" | "pastel_pink" | "pastel_purple" | "pastel_dark_blue" | "pastel_green" | "pastel_teal" | "pastel_aqua" | "pastel_light_blue" | "pastel_yellow" | "pastel_orange" | "pastel_orange_red" | "pastel_brown" | "pastel_black" | "pastel_dark_gray" | "pastel_light_gray" | "pastel_light_brown";
        };
        /** @description Names one tag by its `id`, the only key this lookup has. */
        TagLookup: {
            /** @description The tag's id (`tag_…`). */
            id: string;
        };
        /** @description `tag_not_found` (404): No tag matches the lookup given. */
        TagNotFoundError: {
            error: {
                /** @enum {string} */
                code: "tag_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description Names one trash object by exactly one of `id` or `object_id`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        TrashObjectLookup: {
            id?: string;
            object_id?: string;
        } & ({
            /** @description The trash object's id (`trsh_…`). */
            id: string;
            object_id?: never;
        } | {
            id?: never;
            /** @description The trash object's object id. */
            object_id: string;
        });
        /** @description `trash_object_not_found` (404): No trash object matches the lookup given. */
        TrashObjectNotFoundError: {
            error: {
                /** @enum {string} */
                code: "trash_object_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A short form of a organization. */
        OrganizationReference: {
            id: string;
            name: string;
            sub_domain: string;
        };
        /** @description `no_user_associated_with_identity` (404): The credentials do not belong to a user (an organization token, for example). */
        NoUserAssociatedWithIdentityError: {
            error: {
                /** @enum {string} */
                code: "no_user_associated_with_identity";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `identity_not_linked_to_web_session` (400): The identity is not linked to a web session. */
        IdentityNotLinkedToWebSessionError: {
            error: {
                /** @enum {string} */
                code: "identity_not_linked_to_web_session";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A private virtual network in a data center. */
        VirtualNetwork: {
            id: string;
            name: string;
            data_center: components["schemas"]["DataCenter"];
        };
        /** @description The fields of a virtual network to create or change. */
        VirtualNetworkArguments: {
            name: string;
        };
        /** @description Names one virtual network by its `id`, the only key this lookup has. */
        VirtualNetworkLookup: {
            /** @description The virtual network's id (`vnet_…`). */
            id: string;
        };
        /** @description `virtual_network_not_found` (404): No virtual network matches the lookup given. */
        VirtualNetworkNotFoundError: {
            error: {
                /** @enum {string} */
                code: "virtual_network_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The fields of a virtual machine group to create or change. */
        VirtualMachineGroupArguments: {
            name?: string;
            segregate?: boolean;
            auto_segregate?: boolean;
        };
        /** @description Names one virtual machine group by its `id`, the only key this lookup has. */
        VirtualMachineGroupLookup: {
            /** @description The virtual machine group's id (`vmgrp_…`). */
            id: string;
        };
        /** @description `virtual_machine_group_not_found` (404): No virtual machine group matches the lookup given. */
        VirtualMachineGroupNotFoundError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_group_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description Names one network speed profile by exactly one of `id` or `permalink`. The API accepts only one key;
         *     the `oneOf` makes giving two a type error. The top-level `type` and `properties` name the keys for tools
         *     that read a `deepObject` query parameter from them (Prism does); they add no constraint.
         */
        NetworkSpeedProfileLookup: {
            id?: string;
            permalink?: string;
        } & ({
            /** @description The network speed profile's id (`nsp_…`). */
            id: string;
            permalink?: never;
        } | {
            id?: never;
            /** @description The network speed profile's permalink. */
            permalink: string;
        });
        /** @description `network_speed_profile_not_found` (404): No network speed profile matches the lookup given. */
        NetworkSpeedProfileNotFoundError: {
            error: {
                /** @enum {string} */
                code: "network_speed_profile_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `speed_profile_already_assigned` (422): The interface already has this network speed profile. */
        SpeedProfileAlreadyAssignedError: {
            error: {
                /** @enum {string} */
                code: "speed_profile_already_assigned";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `virtual_machine_network_interface_already_attached` (422): The network interface is already attached. */
        VirtualMachineNetworkInterfaceAlreadyAttachedError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_network_interface_already_attached";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `virtual_machine_network_interface_already_detached` (422): The network interface is already detached. */
        VirtualMachineNetworkInterfaceAlreadyDetachedError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_network_interface_already_detached";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description The fields of a virtual machine to create or change. */
        VirtualMachineArguments: {
            hostname?: string;
            name?: string;
            description?: string;
            tag_names?: string[];
            gpu_type?: components["schemas"]["GpuTypeLookup"];
            group?: components["schemas"]["VirtualMachineGroupLookup"];
        };
        /** @description The CPU cores and memory of a virtual machine built with flexible resources. */
        VirtualMachineFlexibleResources: {
            cpu_cores: number;
            memory_in_gb: number;
            use_dedicated_cpus?: boolean;
        };
        /** @description `flexible_resources_unavailable_to_organization` (403): The organization is not allowed flexible resources. */
        FlexibleResourcesUnavailableToOrganizationError: {
            error: {
                /** @enum {string} */
                code: "flexible_resources_unavailable_to_organization";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `no_virtual_machine_for_api_token` (404): The API token is not tied to a virtual machine. */
        NoVirtualMachineForApiTokenError: {
            error: {
                /** @enum {string} */
                code: "no_virtual_machine_for_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description `continuous_management_disabled` (409): The virtual machine does not have continuous SSH key management turned on. */
        ContinuousManagementDisabledError: {
            error: {
                /** @enum {string} */
                code: "continuous_management_disabled";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /** @description A zone with a short data center. */
        ZoneSummary: {
            id: string;
            name: string;
            permalink: string | null;
            data_center: components["schemas"]["PermalinkReference"];
        };
    };
    responses: {
        /** @description No API token was sent. */
        MissingApiToken: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MissingApiTokenError"];
            };
        };
        /** @description The credentials do not allow this request. */
        Forbidden: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"];
            };
        };
        /** @description The credentials do not allow this request, or the identity may not perform this action. */
        ForbiddenPermission: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["PermissionDeniedError"];
            };
        };
        /** @description The credentials do not allow this request, or the organization is suspended or not yet activated. */
        ForbiddenOrganization: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["OrganizationSuspendedError"] | components["schemas"]["OrganizationNotActivatedError"];
            };
        };
        /** @description The credentials do not allow this request, the organization is suspended or not yet activated, or the identity may not perform this action. */
        ForbiddenOrganizationPermission: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["OrganizationSuspendedError"] | components["schemas"]["OrganizationNotActivatedError"] | components["schemas"]["PermissionDeniedError"];
            };
        };
        /** @description No organization matches the lookup. */
        OrganizationNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrganizationNotFoundError"];
            };
        };
        /** @description No IP address matches the lookup. */
        IpAddressNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["IpAddressNotFoundError"];
            };
        };
        /** @description No virtual machine matches the lookup. */
        VirtualMachineNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VirtualMachineNotFoundError"];
            };
        };
        /** @description No network interface matches the lookup. */
        VirtualMachineNetworkInterfaceNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VirtualMachineNetworkInterfaceNotFoundError"];
            };
        };
        /** @description The virtual machine is in the trash. */
        ObjectInTrash: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ObjectInTrashError"];
            };
        };
        /** @description The virtual machine is in the trash, or the task could not be queued. */
        ObjectInTrashOrTaskQueueingError: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ObjectInTrashError"] | components["schemas"]["TaskQueueingError"];
            };
        };
        /** @description The resource the address is allocated to does not allow unallocation. */
        UnallocationNotSupported: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ResourceDoesNotSupportUnallocationError"];
            };
        };
        /** @description The request failed validation. */
        ValidationFailed: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description The rate limit for this kind of request was reached. */
        RateLimitReached: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitReachedError"];
            };
        };
        /** @description The service is unavailable. */
        ServiceUnavailable: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceUnavailableError"];
            };
        };
        /** @description The service is unavailable, or no address of the requested version is left. */
        ServiceUnavailableOrNoAddresses: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceUnavailableError"] | components["schemas"]["NoAvailableAddressesError"];
            };
        };
        /** @description No API token matches the lookup. */
        ApiTokenNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiTokenNotFoundError"];
            };
        };
        /** @description The credentials do not allow this request, the organization is suspended, the organization is not activated yet, the identity may not perform this action, the object storage account is not provisioned or the object storage account is suspended. */
        ForbiddenObjectStorage: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["OrganizationSuspendedError"] | components["schemas"]["OrganizationNotActivatedError"] | components["schemas"]["PermissionDeniedError"] | components["schemas"]["ObjectStorageAccountNotProvisionedError"] | components["schemas"]["ObjectStorageAccountSuspendedError"];
            };
        };
        /** @description The organization, the object storage cluster or the object storage account was not found. */
        ObjectStorageAccountNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrganizationNotFoundError"] | components["schemas"]["ObjectStorageClusterNotFoundError"] | components["schemas"]["ObjectStorageAccountNotFoundError"];
            };
        };
        /** @description No object storage access key matches the lookup. */
        ObjectStorageAccessKeyNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ObjectStorageAccessKeyNotFoundError"];
            };
        };
        /** @description The background task could not be queued. */
        TaskQueueingFailed: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskQueueingError"];
            };
        };
        /** @description A network error interrupted the action. */
        NetworkFailed: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NetworkError"];
            };
        };
        /** @description No address list matches the lookup. */
        AddressListNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AddressListNotFoundError"];
            };
        };
        /** @description No address list entry matches the lookup. */
        AddressListEntryNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AddressListEntryNotFoundError"];
            };
        };
        /** @description The object storage cluster or the object storage bucket was not found. */
        ObjectStorageBucketNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ObjectStorageClusterNotFoundError"] | components["schemas"]["ObjectStorageBucketNotFoundError"];
            };
        };
        /** @description The lookup matches more than one bucket. */
        MultipleObjectStorageBucketsFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MultipleObjectStorageBucketsFoundError"];
            };
        };
        /** @description The credentials do not allow this request, the organization is suspended, the organization is not activated yet, the identity may not perform this action or the organization may not create resources. */
        ForbiddenResourceCreation: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["OrganizationSuspendedError"] | components["schemas"]["OrganizationNotActivatedError"] | components["schemas"]["PermissionDeniedError"] | components["schemas"]["ResourceCreationRestrictedError"];
            };
        };
        /** @description No country matches the lookup. */
        CountryNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CountryNotFoundError"];
            };
        };
        /** @description No DNS zone matches the lookup. */
        DnsZoneNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DnsZoneNotFoundError"];
            };
        };
        /** @description No data center matches the lookup. */
        DataCenterNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DataCenterNotFoundError"];
            };
        };
        /** @description No disk matches the lookup. */
        DiskNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DiskNotFoundError"];
            };
        };
        /** @description No disk backup policy matches the lookup. */
        DiskBackupPolicyNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DiskBackupPolicyNotFoundError"];
            };
        };
        /** @description No disk template matches the lookup. */
        DiskTemplateNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DiskTemplateNotFoundError"];
            };
        };
        /** @description No disk template version matches the lookup. */
        DiskTemplateVersionNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DiskTemplateVersionNotFoundError"];
            };
        };
        /** @description The disk is not assigned to a virtual machine. */
        UnassignedDisk: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnassignedDiskError"];
            };
        };
        /** @description No file storage volume matches the lookup. */
        FileStorageVolumeNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FileStorageVolumeNotFoundError"];
            };
        };
        /** @description No load balancer matches the lookup. */
        LoadBalancerNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LoadBalancerNotFoundError"];
            };
        };
        /** @description No load balancer rule matches the lookup. */
        LoadBalancerRuleNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LoadBalancerRuleNotFoundError"];
            };
        };
        /** @description No DNS record matches the lookup. */
        DnsRecordNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DnsRecordNotFoundError"];
            };
        };
        /** @description The object cannot be deleted. */
        DeletionRestricted: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeletionRestrictedError"];
            };
        };
        /** @description No security group matches the lookup. */
        SecurityGroupNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SecurityGroupNotFoundError"];
            };
        };
        /** @description No security group rule matches the lookup. */
        SecurityGroupRuleNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SecurityGroupRuleNotFoundError"];
            };
        };
        /** @description No tag matches the lookup. */
        TagNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TagNotFoundError"];
            };
        };
        /** @description No trash object matches the lookup. */
        TrashObjectNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TrashObjectNotFoundError"];
            };
        };
        /** @description No virtual network matches the lookup. */
        VirtualNetworkNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VirtualNetworkNotFoundError"];
            };
        };
        /** @description No virtual machine group matches the lookup. */
        VirtualMachineGroupNotFound: {
            headers: {
                "x-api-schema": components["headers"]["XApiSchema"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VirtualMachineGroupNotFoundError"];
            };
        };
    };
    parameters: {
        /**
         * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
         * @example {
         *       "id": "org_BZJ1SSjRnWm7X1bT"
         *     }
         */
        Organization: components["schemas"]["OrganizationLookup"];
        /**
         * @description The network, by `network[id]` or `network[permalink]` (exactly one).
         * @example {
         *       "id": "net_5ZJyUvFi5GvLT3pQ"
         *     }
         */
        Network: components["schemas"]["NetworkLookup"];
        /**
         * @description The IP address, by `ip_address[id]` or `ip_address[address]` (exactly one).
         * @example {
         *       "id": "ip_dZLSaeCb7fF2aiK9"
         *     }
         */
        IpAddress: components["schemas"]["IpAddressLookup"];
        /**
         * @description The virtual machine, by `virtual_machine[id]` or `virtual_machine[fqdn]` (exactly one).
         * @example {
         *       "id": "vm_Rzqv3bBJhRr5wjyM"
         *     }
         */
        VirtualMachine: components["schemas"]["VirtualMachineLookup"];
        /**
         * @description The network interface, by `virtual_machine_network_interface[id]`.
         * @example {
         *       "id": "vmnet_8bDl1S9Ff5MbHoay"
         *     }
         */
        VirtualMachineNetworkInterface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
        /** @description The page to return, counting from 1. Without it the first page is returned. */
        Page: number;
        /** @description How many items a page holds. Without it the server uses 30. */
        PerPage: number;
        /**
         * @description The access key, by `access_key[id]`.
         * @example {
         *       "id": "osak_dXFK3IvuFYWRjYri"
         *     }
         */
        AccessKey: components["schemas"]["ObjectStorageAccessKeyLookup"];
        /**
         * @description The address list, by `address_list[id]`.
         * @example {
         *       "id": "al_lTGSwVa2oK4qvV8b"
         *     }
         */
        AddressList: components["schemas"]["AddressListLookup"];
        /**
         * @description The address list entry, by `address_list_entry[id]`.
         * @example {
         *       "id": "ale_eJB25KcJD1O7qBUy"
         *     }
         */
        AddressListEntry: components["schemas"]["AddressListEntryLookup"];
        /**
         * @description The object storage cluster, by `object_storage_cluster[region]`.
         * @example {
         *       "region": "uk-lon-01"
         *     }
         */
        ObjectStorageCluster: components["schemas"]["ObjectStorageClusterLookup"];
        /**
         * @description The bucket, by `bucket[name]`.
         * @example {
         *       "name": "acme-assets"
         *     }
         */
        Bucket: components["schemas"]["ObjectStorageBucketLookup"];
        /**
         * @description The virtual machine build, by `virtual_machine_build[id]`.
         * @example {
         *       "id": "vmbuild_Afa88dH07zYilX21"
         *     }
         */
        VirtualMachineBuild: components["schemas"]["VirtualMachineBuildLookup"];
        /**
         * @description The certificate, by `certificate[id]`.
         * @example {
         *       "id": "cert_GpIyuGtpoi7SjuZE"
         *     }
         */
        Certificate: components["schemas"]["CertificateLookup"];
        /**
         * @description The country, by `country[id]` or `country[iso_code2]` or `country[iso_code3]` (exactly one).
         * @example {
         *       "id": "ctry_2f2dc3ba6ed88b5d"
         *     }
         */
        Country: components["schemas"]["CountryLookup"];
        /**
         * @description The country state, by `country_state[id]`.
         * @example {
         *       "id": "ctrys_gNStzIRY9zve9xND"
         *     }
         */
        CountryState: components["schemas"]["CountryStateLookup"];
        /**
         * @description The currency, by `currency[id]` or `currency[iso_code]` (exactly one).
         * @example {
         *       "id": "cur_Gb7Hn3Jm9Kq1Lw5E"
         *     }
         */
        Currency: components["schemas"]["CurrencyLookup"];
        /**
         * @description The DNS zone, by `dns_zone[id]` or `dns_zone[name]` (exactly one).
         * @example {
         *       "id": "dnszone_dFGpIPFtZFu7sR84"
         *     }
         */
        DnsZone: components["schemas"]["DnsZoneLookup"];
        /**
         * @description The data center, by `data_center[id]` or `data_center[permalink]` (exactly one).
         * @example {
         *       "id": "dc_25d48761871e4bf"
         *     }
         */
        DataCenter: components["schemas"]["DataCenterLookup"];
        /**
         * @description The disk, by `disk[id]`.
         * @example {
         *       "id": "disk_QGkNgwRAjBMu9ooI"
         *     }
         */
        Disk: components["schemas"]["DiskLookup"];
        /**
         * @description The disk backup policy, by `disk_backup_policy[id]`.
         * @example {
         *       "id": "dbp_0Opk0VrdXOgeDOv3"
         *     }
         */
        DiskBackupPolicy: components["schemas"]["DiskBackupPolicyLookup"];
        /**
         * @description The disk template, by `disk_template[id]` or `disk_template[permalink]` (exactly one).
         * @example {
         *       "id": "dtpl_AIXf9unzUSFEJbeO"
         *     }
         */
        DiskTemplate: components["schemas"]["DiskTemplateLookup"];
        /**
         * @description The disk template version, by `disk_template_version[id]`.
         * @example {
         *       "id": "dtplv_Eqsm7WwV0lBMZZp7"
         *     }
         */
        DiskTemplateVersion: components["schemas"]["DiskTemplateVersionLookup"];
        /**
         * @description The file storage volume, by `file_storage_volume[id]`.
         * @example {
         *       "id": "fsv_jvRcgWFs9oAA2CEW"
         *     }
         */
        FileStorageVolume: components["schemas"]["FileStorageVolumeLookup"];
        /**
         * @description The GPU type, by `gpu_type[id]` or `gpu_type[permalink]` (exactly one).
         * @example {
         *       "id": "gputype_bxKHMNGr9glAKUdi"
         *     }
         */
        GpuType: components["schemas"]["GpuTypeLookup"];
        /**
         * @description The load balancer, by `load_balancer[id]` or `load_balancer[api_reference]` (exactly one).
         * @example {
         *       "id": "lb_FmhHs5w0u4XWYBje"
         *     }
         */
        LoadBalancer: components["schemas"]["LoadBalancerLookup"];
        /**
         * @description The load balancer rule, by `load_balancer_rule[id]`.
         * @example {
         *       "id": "lbrule_jFw3EO8m5YxVpsBu"
         *     }
         */
        LoadBalancerRule: components["schemas"]["LoadBalancerRuleLookup"];
        /**
         * @description The operating system, by `operating_system[id]`.
         * @example {
         *       "id": "os_IKRVwvbosy05l7bU"
         *     }
         */
        OperatingSystem: components["schemas"]["OperatingSystemLookup"];
        /**
         * @description The DNS record, by `dns_record[id]`.
         * @example {
         *       "id": "dnsrec_wcVIEfatvedhr9iX"
         *     }
         */
        DnsRecord: components["schemas"]["DnsRecordLookup"];
        /**
         * @description The security group, by `security_group[id]`.
         * @example {
         *       "id": "sg_MZUHiBSXrC8uDioV"
         *     }
         */
        SecurityGroup: components["schemas"]["SecurityGroupLookup"];
        /**
         * @description The security group rule, by `security_group_rule[id]`.
         * @example {
         *       "id": "sgr_UrV3IWJwC7jKMcfC"
         *     }
         */
        SecurityGroupRule: components["schemas"]["SecurityGroupRuleLookup"];
        /**
         * @description The tag, by `tag[id]`.
         * @example {
         *       "id": "tag_N4bV7cX0zL3kJ6hG"
         *     }
         */
        Tag: components["schemas"]["TagLookup"];
        /**
         * @description The trash object, by `trash_object[id]` or `trash_object[object_id]` (exactly one).
         * @example {
         *       "id": "trsh_Mq8Wc3Xv6Bn9Lk2J"
         *     }
         */
        TrashObject: components["schemas"]["TrashObjectLookup"];
        /**
         * @description The virtual network, by `virtual_network[id]`.
         * @example {
         *       "id": "vnet_f8KqL2mWb7XcR1sD"
         *     }
         */
        VirtualNetwork: components["schemas"]["VirtualNetworkLookup"];
        /**
         * @description The virtual machine group, by `virtual_machine_group[id]`.
         * @example {
         *       "id": "vmgrp_T5cV8nB2mQ4xZ7kL"
         *     }
         */
        VirtualMachineGroup: components["schemas"]["VirtualMachineGroupLookup"];
        /**
         * @description The virtual machine package, by `virtual_machine_package[id]` or `virtual_machine_package[permalink]` (exactly one).
         * @example {
         *       "id": "vmpkg_J3hG6fD9sA1pO4iU"
         *     }
         */
        VirtualMachinePackage: components["schemas"]["VirtualMachinePackageLookup"];
        /**
         * @description The zone, by `zone[id]` or `zone[permalink]` (exactly one).
         * @example {
         *       "id": "zone_kY2sPRG24sJVRM2U"
         *     }
         */
        Zone: components["schemas"]["ZoneLookup"];
        /**
         * @description The IP address, by `ip_address[id]` or `ip_address[address]` (exactly one), when the body does not name it. Name it here or in the body.
         * @example {
         *       "address": "185.199.220.27"
         *     }
         */
        IpAddressInQuery: {
            id?: string;
            address?: string;
        } & (components["schemas"]["IpAddressLookup"] | {
            id?: never;
            address?: never;
        });
    };
    requestBodies: {
        /** @description Names the IP address to act on, unless the query string does (`ip_address[id]=…`). */
        IpAddressOnly: {
            content: {
                /**
                 * @example {
                 *       "ip_address": {
                 *         "id": "ip_dZLSaeCb7fF2aiK9"
                 *       }
                 *     }
                 */
                "application/json": {
                    ip_address: components["schemas"]["IpAddressLookup"];
                };
            };
        };
        /** @description Names the virtual machine to act on. */
        VirtualMachineOnly: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                };
            };
        };
    };
    headers: {
        /**
         * @description Marks the body as a Katapult error; every error response carries it with the value `json-error`.
         * @example json-error
         */
        XApiSchema: "json-error";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrganizationApiTokens: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organization's API tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        api_tokens: components["schemas"]["ApiToken"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "Deploy pipeline",
                 *         "authorized_ip_addresses": [
                 *           "203.0.113.0/24"
                 *         ],
                 *         "expires_at": 1735689600,
                 *         "scopes": [
                 *           "virtual_machines"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["ApiTokenArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new token, with its secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_token: components["schemas"]["ApiToken"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api_token": {
                 *         "id": "apitoken_peO3JCWA96mFXZRk"
                 *       }
                 *     }
                 */
                "application/json": {
                    api_token: components["schemas"]["ApiTokenLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_token: components["schemas"]["NamedReference"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ApiTokenNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api_token": {
                 *         "id": "apitoken_peO3JCWA96mFXZRk"
                 *       },
                 *       "properties": {
                 *         "name": "Deploy pipeline",
                 *         "authorized_ip_addresses": [
                 *           "203.0.113.0/24"
                 *         ],
                 *         "expires_at": 1735689600,
                 *         "scopes": [
                 *           "virtual_machines"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    api_token: components["schemas"]["ApiTokenLookup"];
                    properties: components["schemas"]["ApiTokenArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_token: components["schemas"]["ApiToken"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ApiTokenNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    regenerateApiTokenSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api_token": {
                 *         "id": "apitoken_peO3JCWA96mFXZRk"
                 *       }
                 *     }
                 */
                "application/json": {
                    api_token: components["schemas"]["ApiTokenLookup"];
                };
            };
        };
        responses: {
            /** @description The token with its new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_token: components["schemas"]["ApiToken"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ApiTokenNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createObjectStorageAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       },
                 *       "properties": {
                 *         "name": "Deploy pipeline",
                 *         "all_buckets_read": false,
                 *         "all_objects_read": false,
                 *         "all_objects_write": false
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                    properties: components["schemas"]["ObjectStorageAccessKeyArguments"];
                };
            };
        };
        responses: {
            /** @description The new access key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_access_key: components["schemas"]["ObjectStorageAccessKey"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenObjectStorage"];
            404: components["responses"]["ObjectStorageAccountNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listObjectStorageAccessKeys: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of access keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        object_storage_access_keys: components["schemas"]["ObjectStorageAccessKey"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateObjectStorageAccessKeyCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "access_key": {
                 *         "id": "osak_dXFK3IvuFYWRjYri"
                 *       }
                 *     }
                 */
                "application/json": {
                    access_key: components["schemas"]["ObjectStorageAccessKeyLookup"];
                };
            };
        };
        responses: {
            /** @description The access key with its new S3 credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_access_key: components["schemas"]["ObjectStorageAccessKey"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageAccessKeyNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            /** @description Object storage is still being provisioned. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectStorageProvisioningError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getObjectStorageAccessKey: {
        parameters: {
            query: {
                /**
                 * @description The access key, by `access_key[id]`.
                 * @example {
                 *       "id": "osak_dXFK3IvuFYWRjYri"
                 *     }
                 */
                access_key: components["parameters"]["AccessKey"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_access_key: components["schemas"]["ObjectStorageAccessKey"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageAccessKeyNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteObjectStorageAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "access_key": {
                 *         "id": "osak_dXFK3IvuFYWRjYri"
                 *       }
                 *     }
                 */
                "application/json": {
                    access_key: components["schemas"]["ObjectStorageAccessKeyLookup"];
                };
            };
        };
        responses: {
            /** @description `success` is true once the key is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageAccessKeyNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["NetworkFailed"];
        };
    };
    updateObjectStorageAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "access_key": {
                 *         "id": "osak_dXFK3IvuFYWRjYri"
                 *       },
                 *       "properties": {
                 *         "name": "Deploy pipeline",
                 *         "all_buckets_read": false,
                 *         "all_objects_read": false,
                 *         "all_objects_write": false
                 *       }
                 *     }
                 */
                "application/json": {
                    access_key: components["schemas"]["ObjectStorageAccessKeyLookup"];
                    properties: components["schemas"]["ObjectStorageAccessKeyArguments"];
                };
            };
        };
        responses: {
            /** @description The updated access key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_access_key: components["schemas"]["ObjectStorageAccessKey"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageAccessKeyNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            /** @description The request failed validation, or object storage is still being provisioned. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["ObjectStorageProvisioningError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAddressListEntries: {
        parameters: {
            query: {
                /**
                 * @description The address list, by `address_list[id]`.
                 * @example {
                 *       "id": "al_lTGSwVa2oK4qvV8b"
                 *     }
                 */
                address_list: components["parameters"]["AddressList"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        address_list_entries: components["schemas"]["AddressListEntry"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAddressListEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address_list": {
                 *         "id": "al_lTGSwVa2oK4qvV8b"
                 *       },
                 *       "properties": {
                 *         "address": "185.199.220.27",
                 *         "name": "Head office"
                 *       }
                 *     }
                 */
                "application/json": {
                    address_list: components["schemas"]["AddressListLookup"];
                    properties: components["schemas"]["AddressListEntryArguments"];
                };
            };
        };
        responses: {
            /** @description The new entry. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list_entry: components["schemas"]["AddressListEntry"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddressListEntry: {
        parameters: {
            query: {
                /**
                 * @description The address list entry, by `address_list_entry[id]`.
                 * @example {
                 *       "id": "ale_eJB25KcJD1O7qBUy"
                 *     }
                 */
                address_list_entry: components["parameters"]["AddressListEntry"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list_entry: components["schemas"]["AddressListEntry"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AddressListEntryNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAddressListEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address_list_entry": {
                 *         "id": "ale_eJB25KcJD1O7qBUy"
                 *       }
                 *     }
                 */
                "application/json": {
                    address_list_entry: components["schemas"]["AddressListEntryLookup"];
                };
            };
        };
        responses: {
            /** @description The removed entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list_entry: components["schemas"]["AddressListEntry"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListEntryNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAddressListEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address_list_entry": {
                 *         "id": "ale_eJB25KcJD1O7qBUy"
                 *       },
                 *       "properties": {
                 *         "address": "185.199.220.27",
                 *         "name": "Head office"
                 *       }
                 *     }
                 */
                "application/json": {
                    address_list_entry: components["schemas"]["AddressListEntryLookup"];
                    properties: components["schemas"]["AddressListEntryArguments"];
                };
            };
        };
        responses: {
            /** @description The updated entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list_entry: components["schemas"]["AddressListEntry"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListEntryNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    bulkUpdateAddressListEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address_list": {
                 *         "id": "al_lTGSwVa2oK4qvV8b"
                 *       },
                 *       "add": [
                 *         {
                 *           "address": "185.199.220.27",
                 *           "name": "Add"
                 *         }
                 *       ],
                 *       "remove": [
                 *         {
                 *           "address": "185.199.220.27",
                 *           "name": "Remove"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    address_list: components["schemas"]["AddressListLookup"];
                    add?: components["schemas"]["AddressListEntryArguments"][];
                    remove?: components["schemas"]["AddressListEntryArguments"][];
                };
            };
        };
        responses: {
            /** @description The entries were changed. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGlobalAddressLists: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of global address lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        address_lists: components["schemas"]["AddressListSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizationAddressLists: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of address lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        address_lists: components["schemas"]["AddressListSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAddressList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "Office networks"
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["AddressListArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new address list. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list: components["schemas"]["AddressList"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAddressList: {
        parameters: {
            query: {
                /**
                 * @description The address list, by `address_list[id]`.
                 * @example {
                 *       "id": "al_lTGSwVa2oK4qvV8b"
                 *     }
                 */
                address_list: components["parameters"]["AddressList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list: components["schemas"]["AddressList"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AddressListNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAddressList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address_list": {
                 *         "id": "al_lTGSwVa2oK4qvV8b"
                 *       }
                 *     }
                 */
                "application/json": {
                    address_list: components["schemas"]["AddressListLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted address list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list: components["schemas"]["AddressList"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAddressList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address_list": {
                 *         "id": "al_lTGSwVa2oK4qvV8b"
                 *       },
                 *       "properties": {
                 *         "name": "Office networks"
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    address_list: components["schemas"]["AddressListLookup"];
                    properties: components["schemas"]["AddressListArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated address list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address_list: components["schemas"]["AddressList"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["AddressListNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createObjectStorageBucket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       },
                 *       "properties": {
                 *         "name": "acme-assets",
                 *         "label": "Web VIP",
                 *         "serve_static_site": false,
                 *         "static_site_index": "index.html",
                 *         "static_site_error": "error.html",
                 *         "access_control_list": {
                 *           "public_read": false,
                 *           "public_list": false,
                 *           "all_keys_read": false,
                 *           "all_keys_write": false,
                 *           "read_key_ids": [
                 *             "osak_T2r8PqX5vB1nM7cL"
                 *           ],
                 *           "write_key_ids": [
                 *             "osak_T2r8PqX5vB1nM7cL"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                    properties: components["schemas"]["ObjectStorageBucketArguments"];
                };
            };
        };
        responses: {
            /** @description The new bucket. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_bucket: components["schemas"]["ObjectStorageBucket"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenObjectStorage"];
            404: components["responses"]["ObjectStorageAccountNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getObjectStorageBucket: {
        parameters: {
            query: {
                /**
                 * @description The object storage cluster, by `object_storage_cluster[region]`.
                 * @example {
                 *       "region": "uk-lon-01"
                 *     }
                 */
                object_storage_cluster: components["parameters"]["ObjectStorageCluster"];
                /**
                 * @description The bucket, by `bucket[name]`.
                 * @example {
                 *       "name": "acme-assets"
                 *     }
                 */
                bucket: components["parameters"]["Bucket"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bucket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_bucket: components["schemas"]["ObjectStorageBucket"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageBucketNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            500: components["responses"]["MultipleObjectStorageBucketsFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteObjectStorageBucket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       },
                 *       "bucket": {
                 *         "name": "acme-assets"
                 *       }
                 *     }
                 */
                "application/json": {
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                    bucket: components["schemas"]["ObjectStorageBucketLookup"];
                };
            };
        };
        responses: {
            /** @description `success` is true once the bucket is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            /** @description The credentials do not allow this request, the identity may not perform this action or the bucket could not be deleted. */
            403: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["PermissionDeniedError"] | components["schemas"]["ObjectStorageBucketDeletionError"];
                };
            };
            404: components["responses"]["ObjectStorageBucketNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            500: components["responses"]["MultipleObjectStorageBucketsFound"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["NetworkFailed"];
        };
    };
    updateObjectStorageBucket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       },
                 *       "bucket": {
                 *         "name": "acme-assets"
                 *       },
                 *       "properties": {
                 *         "name": "acme-assets",
                 *         "label": "Web VIP",
                 *         "serve_static_site": false,
                 *         "static_site_index": "index.html",
                 *         "static_site_error": "error.html",
                 *         "access_control_list": {
                 *           "public_read": false,
                 *           "public_list": false,
                 *           "all_keys_read": false,
                 *           "all_keys_write": false,
                 *           "read_key_ids": [
                 *             "osak_T2r8PqX5vB1nM7cL"
                 *           ],
                 *           "write_key_ids": [
                 *             "osak_T2r8PqX5vB1nM7cL"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                    bucket: components["schemas"]["ObjectStorageBucketLookup"];
                    properties: components["schemas"]["ObjectStorageBucketArguments"];
                };
            };
        };
        responses: {
            /** @description The updated bucket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_bucket: components["schemas"]["ObjectStorageBucket"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageBucketNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            500: components["responses"]["MultipleObjectStorageBucketsFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeObjectStorageBucketPresignedUrls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       },
                 *       "bucket": {
                 *         "name": "acme-assets"
                 *       }
                 *     }
                 */
                "application/json": {
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                    bucket: components["schemas"]["ObjectStorageBucketLookup"];
                };
            };
        };
        responses: {
            /** @description `success` is true once the URLs are revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageBucketNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            500: components["responses"]["MultipleObjectStorageBucketsFound"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["NetworkFailed"];
        };
    };
    getObjectStorageObject: {
        parameters: {
            query: {
                /**
                 * @description The object storage cluster, by `object_storage_cluster[region]`.
                 * @example {
                 *       "region": "uk-lon-01"
                 *     }
                 */
                object_storage_cluster: components["parameters"]["ObjectStorageCluster"];
                /**
                 * @description The bucket, by `bucket[name]`.
                 * @example {
                 *       "name": "acme-assets"
                 *     }
                 */
                bucket: components["parameters"]["Bucket"];
                /**
                 * @description The key of the object in the bucket, e.g. `images/logo.png`.
                 * @example images/logo.png
                 */
                path: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_details: components["schemas"]["ObjectStorageObject"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            /** @description The object storage cluster, the object storage bucket or the object in the bucket was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectStorageClusterNotFoundError"] | components["schemas"]["ObjectStorageBucketNotFoundError"] | components["schemas"]["ObjectNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            500: components["responses"]["MultipleObjectStorageBucketsFound"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["NetworkFailed"];
        };
    };
    createObjectStoragePresignedUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       },
                 *       "bucket": {
                 *         "name": "acme-assets"
                 *       },
                 *       "path": "images/logo.png",
                 *       "properties": {
                 *         "expiry_seconds": 3600
                 *       }
                 *     }
                 */
                "application/json": {
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                    bucket: components["schemas"]["ObjectStorageBucketLookup"];
                    path: string;
                    properties: components["schemas"]["ObjectStorageObjectPresignedUrlArguments"];
                };
            };
        };
        responses: {
            /** @description The presigned URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["ObjectStorageBucketNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            500: components["responses"]["MultipleObjectStorageBucketsFound"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["NetworkFailed"];
        };
    };
    buildVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "zone": {
                 *         "id": "zone_kY2sPRG24sJVRM2U"
                 *       },
                 *       "data_center": {
                 *         "id": "dc_25d48761871e4bf"
                 *       },
                 *       "package": {
                 *         "id": "vmpkg_J3hG6fD9sA1pO4iU"
                 *       },
                 *       "disk_template": {
                 *         "id": "dtpl_AIXf9unzUSFEJbeO"
                 *       },
                 *       "disk_template_options": [
                 *         {
                 *           "key": "install_agent",
                 *           "value": "true"
                 *         }
                 *       ],
                 *       "disks": [
                 *         {
                 *           "name": "web-01 system disk",
                 *           "size_in_gb": 20,
                 *           "initial_file_system": "ext4",
                 *           "system": true,
                 *           "io_profile": {
                 *             "id": "dio_WP8aIIK2jrWt3Kp9"
                 *           },
                 *           "storage_speed": "nvme"
                 *         }
                 *       ],
                 *       "network": {
                 *         "id": "net_5ZJyUvFi5GvLT3pQ"
                 *       },
                 *       "hostname": "web-01",
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    zone?: components["schemas"]["ZoneLookup"];
                    data_center?: components["schemas"]["DataCenterLookup"];
                    package: components["schemas"]["VirtualMachinePackageLookup"];
                    disk_template?: components["schemas"]["DiskTemplateLookup"];
                    disk_template_options?: components["schemas"]["KeyValue"][];
                    disks?: components["schemas"]["VirtualMachineBuildDiskArguments"][];
                    network?: components["schemas"]["NetworkLookup"];
                    hostname?: string;
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The queued build and its task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["QueuedTask"];
                        build: components["schemas"]["VirtualMachineBuildSummary"];
                        virtual_machine_build: components["schemas"]["VirtualMachineBuildSummary"];
                        hostname: string;
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenResourceCreation"];
            /** @description The organization, the zone, the data center, the virtual machine package, the disk template or the network was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationNotFoundError"] | components["schemas"]["ZoneNotFoundError"] | components["schemas"]["DataCenterNotFoundError"] | components["schemas"]["PackageNotFoundError"] | components["schemas"]["DiskTemplateNotFoundError"] | components["schemas"]["NetworkNotFoundError"];
                };
            };
            /** @description The request failed validation, neither a zone nor a data center was given, or not exactly one system disk was given. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["LocationRequiredError"] | components["schemas"]["OneSystemDiskRequiredError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    buildVirtualMachineFromSpec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "xml": "<VirtualMachineSpec><Hostname>web-01</Hostname></VirtualMachineSpec>",
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    xml: string;
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The queued build and its task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["QueuedTask"];
                        build: components["schemas"]["VirtualMachineBuildSummary"];
                        virtual_machine_build: components["schemas"]["VirtualMachineBuildSummary"];
                        hostname: string;
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            /** @description No API token was sent, or the spec XML is not valid. */
            400: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingApiTokenError"] | components["schemas"]["InvalidSpecXmlError"];
                };
            };
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualMachineBuild: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine build, by `virtual_machine_build[id]`.
                 * @example {
                 *       "id": "vmbuild_Afa88dH07zYilX21"
                 *     }
                 */
                virtual_machine_build: components["parameters"]["VirtualMachineBuild"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_build?: components["schemas"]["VirtualMachineBuild"];
                        /** @deprecated */
                        build?: components["schemas"]["VirtualMachineBuild"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No virtual machine build matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCertificates: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        certificates: components["schemas"]["CertificateSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCertificate: {
        parameters: {
            query: {
                /**
                 * @description The certificate, by `certificate[id]`.
                 * @example {
                 *       "id": "cert_GpIyuGtpoi7SjuZE"
                 *     }
                 */
                certificate: components["parameters"]["Certificate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: components["schemas"]["Certificate"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No certificate matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createConsoleSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VirtualMachineOnly"];
        responses: {
            /** @description The console session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        console_session: components["schemas"]["ConsoleSession"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            /** @description The object is in the trash, or the machine is not started. */
            406: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectInTrashError"] | components["schemas"]["VirtualMachineMustBeStartedError"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCountries: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of countries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        countries: components["schemas"]["NamedReference"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCountry: {
        parameters: {
            query: {
                /**
                 * @description The country, by `country[id]` or `country[iso_code2]` or `country[iso_code3]` (exactly one).
                 * @example {
                 *       "id": "ctry_2f2dc3ba6ed88b5d"
                 *     }
                 */
                country: components["parameters"]["Country"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The country. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country: components["schemas"]["Country"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["CountryNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCountryStates: {
        parameters: {
            query: {
                /**
                 * @description The country, by `country[id]` or `country[iso_code2]` or `country[iso_code3]` (exactly one).
                 * @example {
                 *       "id": "ctry_2f2dc3ba6ed88b5d"
                 *     }
                 */
                country: components["parameters"]["Country"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of states. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        country_states: components["schemas"]["NamedReference"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["CountryNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCountryState: {
        parameters: {
            query: {
                /**
                 * @description The country state, by `country_state[id]`.
                 * @example {
                 *       "id": "ctrys_gNStzIRY9zve9xND"
                 *     }
                 */
                country_state: components["parameters"]["CountryState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        country_state: components["schemas"]["CountryState"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No country state matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryStateNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCurrencies: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of currencies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        currencies: components["schemas"]["NamedReference"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCurrency: {
        parameters: {
            query: {
                /**
                 * @description The currency, by `currency[id]` or `currency[iso_code]` (exactly one).
                 * @example {
                 *       "id": "cur_Gb7Hn3Jm9Kq1Lw5E"
                 *     }
                 */
                currency: components["parameters"]["Currency"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The currency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: components["schemas"]["Currency"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No currency matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDnsZones: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of DNS zones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        dns_zones: components["schemas"]["DnsZone"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDnsZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "acme-hosting.co.uk",
                 *         "default_ttl": 3600
                 *       },
                 *       "verified": true
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["DnsZoneArguments"];
                    verified?: boolean;
                };
            };
        };
        responses: {
            /** @description The new DNS zone. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_zone: components["schemas"]["DnsZone"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenResourceCreation"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDnsNameservers: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nameservers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        nameservers: string[];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDnsZone: {
        parameters: {
            query: {
                /**
                 * @description The DNS zone, by `dns_zone[id]` or `dns_zone[name]` (exactly one).
                 * @example {
                 *       "id": "dnszone_dFGpIPFtZFu7sR84"
                 *     }
                 */
                dns_zone: components["parameters"]["DnsZone"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The DNS zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_zone: components["schemas"]["DnsZone"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsZoneNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDnsZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dns_zone": {
                 *         "id": "dnszone_dFGpIPFtZFu7sR84"
                 *       }
                 *     }
                 */
                "application/json": {
                    dns_zone: components["schemas"]["DnsZoneLookup"];
                };
            };
        };
        responses: {
            /** @description `deleted` is true once the zone is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsZoneNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDnsZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dns_zone": {
                 *         "id": "dnszone_dFGpIPFtZFu7sR84"
                 *       },
                 *       "properties": {
                 *         "name": "acme-hosting.co.uk",
                 *         "default_ttl": 3600
                 *       }
                 *     }
                 */
                "application/json": {
                    dns_zone: components["schemas"]["DnsZoneLookup"];
                    properties: components["schemas"]["DnsZoneArguments"];
                };
            };
        };
        responses: {
            /** @description The updated DNS zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_zone: components["schemas"]["DnsZone"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsZoneNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyDnsZone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dns_zone": {
                 *         "id": "dnszone_dFGpIPFtZFu7sR84"
                 *       }
                 *     }
                 */
                "application/json": {
                    dns_zone: components["schemas"]["DnsZoneLookup"];
                };
            };
        };
        responses: {
            /** @description The verified DNS zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_zone: components["schemas"]["DnsZone"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsZoneNotFound"];
            /** @description The zone could not be verified. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DnsZoneNotVerifiedError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDataCenters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All data centers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data_centers: components["schemas"]["DataCenterSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDataCenter: {
        parameters: {
            query: {
                /**
                 * @description The data center, by `data_center[id]` or `data_center[permalink]` (exactly one).
                 * @example {
                 *       "permalink": "uk-lon-01"
                 *     }
                 */
                data_center: components["schemas"]["DataCenterLookup"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data center. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data_center: components["schemas"]["DataCenterSummary"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No data center matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCenterNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDataCenterDefaultNetwork: {
        parameters: {
            query: {
                /**
                 * @description The data center, by `data_center[id]` or `data_center[permalink]` (exactly one).
                 * @example {
                 *       "id": "dc_25d48761871e4bf"
                 *     }
                 */
                data_center: components["parameters"]["DataCenter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: components["schemas"]["AvailableNetwork"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DataCenterNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDiskIoProfiles: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of IO profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disk_io_profiles: components["schemas"]["DiskIoProfile"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizationDiskBackupPolicies: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backup policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disk_backup_policies: components["schemas"]["DiskBackupPolicySummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVirtualMachineDiskBackupPolicies: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine, by `virtual_machine[id]` or `virtual_machine[fqdn]` (exactly one).
                 * @example {
                 *       "id": "vm_Rzqv3bBJhRr5wjyM"
                 *     }
                 */
                virtual_machine: components["parameters"]["VirtualMachine"];
                /** @description `true`: also list the policies of the disks attached to the machine, not only those of the machine. */
                include_disks?: boolean;
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backup policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disk_backup_policies: components["schemas"]["DiskBackupPolicySummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createVirtualMachineDiskBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       },
                 *       "properties": {
                 *         "retention": 7,
                 *         "schedule": {
                 *           "frequency": 1,
                 *           "interval": "hourly",
                 *           "minute": 30,
                 *           "time": 1
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                    properties: components["schemas"]["DiskBackupPolicyArguments"];
                };
            };
        };
        responses: {
            /** @description The new backup policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_backup_policy: components["schemas"]["DiskBackupPolicy"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDiskDiskBackupPolicies: {
        parameters: {
            query: {
                /**
                 * @description The disk, by `disk[id]`.
                 * @example {
                 *       "id": "disk_QGkNgwRAjBMu9ooI"
                 *     }
                 */
                disk: components["parameters"]["Disk"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backup policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disk_backup_policies: components["schemas"]["DiskBackupPolicySummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDiskDiskBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       },
                 *       "properties": {
                 *         "retention": 7,
                 *         "schedule": {
                 *           "frequency": 1,
                 *           "interval": "hourly",
                 *           "minute": 30,
                 *           "time": 1
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                    properties: components["schemas"]["DiskBackupPolicyArguments"];
                };
            };
        };
        responses: {
            /** @description The new backup policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_backup_policy: components["schemas"]["DiskBackupPolicy"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDiskBackupPolicy: {
        parameters: {
            query: {
                /**
                 * @description The disk backup policy, by `disk_backup_policy[id]`.
                 * @example {
                 *       "id": "dbp_0Opk0VrdXOgeDOv3"
                 *     }
                 */
                disk_backup_policy: components["parameters"]["DiskBackupPolicy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_backup_policy: components["schemas"]["DiskBackupPolicy"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DiskBackupPolicyNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDiskBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk_backup_policy": {
                 *         "id": "dbp_0Opk0VrdXOgeDOv3"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk_backup_policy: components["schemas"]["DiskBackupPolicyLookup"];
                };
            };
        };
        responses: {
            /** @description The id of the deleted policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_backup_policy: components["schemas"]["IdReference"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskBackupPolicyNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDiskBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk_backup_policy": {
                 *         "id": "dbp_0Opk0VrdXOgeDOv3"
                 *       },
                 *       "properties": {
                 *         "retention": 7,
                 *         "schedule": {
                 *           "frequency": 1,
                 *           "interval": "hourly",
                 *           "minute": 30,
                 *           "time": 1
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    disk_backup_policy: components["schemas"]["DiskBackupPolicyLookup"];
                    properties: components["schemas"]["DiskBackupPolicyArguments"];
                };
            };
        };
        responses: {
            /** @description The updated backup policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_backup_policy: components["schemas"]["DiskBackupPolicyUpdate"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskBackupPolicyNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    scheduleDiskBackupPolicyDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk_backup_policy": {
                 *         "id": "dbp_0Opk0VrdXOgeDOv3"
                 *       },
                 *       "timestamp": 1
                 *     }
                 */
                "application/json": {
                    disk_backup_policy: components["schemas"]["DiskBackupPolicyLookup"];
                    timestamp: number;
                };
            };
        };
        responses: {
            /** @description The policy with its deletion time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_backup_policy: components["schemas"]["DiskBackupPolicyScheduledDeletion"];
                    };
                };
            };
            /** @description No API token was sent, or the time is less than five minutes away. */
            400: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingApiTokenError"] | components["schemas"]["InvalidTimestampError"];
                };
            };
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskBackupPolicyNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDiskTemplateVersions: {
        parameters: {
            query: {
                /**
                 * @description The disk template, by `disk_template[id]` or `disk_template[permalink]` (exactly one).
                 * @example {
                 *       "id": "dtpl_AIXf9unzUSFEJbeO"
                 *     }
                 */
                disk_template: components["parameters"]["DiskTemplate"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template and one page of its versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_template: components["schemas"]["PermalinkReference"];
                        pagination: components["schemas"]["Pagination"];
                        disk_template_versions: components["schemas"]["DiskTemplateVersionSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DiskTemplateNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDiskTemplateVersion: {
        parameters: {
            query: {
                /**
                 * @description The disk template version, by `disk_template_version[id]`.
                 * @example {
                 *       "id": "dtplv_Eqsm7WwV0lBMZZp7"
                 *     }
                 */
                disk_template_version: components["parameters"]["DiskTemplateVersion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_template_version: components["schemas"]["DiskTemplateVersionDetail"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DiskTemplateVersionNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDiskTemplateVersionSpec: {
        parameters: {
            query: {
                /**
                 * @description The disk template version, by `disk_template_version[id]`.
                 * @example {
                 *       "id": "dtplv_Eqsm7WwV0lBMZZp7"
                 *     }
                 */
                disk_template_version: components["parameters"]["DiskTemplateVersion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its spec. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_template_version: components["schemas"]["DiskTemplateVersionDetail"];
                        spec: components["schemas"]["TemplateSpec"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DiskTemplateVersionNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDiskTemplates: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description `true`: also list the templates every organization can use, not only the organization's own. */
                include_universal?: boolean;
                /**
                 * @description An operating system, by `operating_system[id]`: only the templates that install it. Without it, templates of every operating system are listed.
                 * @example {
                 *       "id": "os_IKRVwvbosy05l7bU"
                 *     }
                 */
                operating_system?: {
                    id?: string;
                } & (components["schemas"]["OperatingSystemLookup"] | {
                    id?: never;
                });
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of disk templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disk_templates: components["schemas"]["DiskTemplateSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            /** @description The organization or the operating system was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationNotFoundError"] | components["schemas"]["OperatingSystemNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDiskTemplate: {
        parameters: {
            query: {
                /**
                 * @description The disk template, by `disk_template[id]` or `disk_template[permalink]` (exactly one).
                 * @example {
                 *       "id": "dtpl_AIXf9unzUSFEJbeO"
                 *     }
                 */
                disk_template: components["parameters"]["DiskTemplate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disk template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk_template: components["schemas"]["DiskTemplateDetail"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DiskTemplateNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDisks: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of disks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disk: components["schemas"]["DiskSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "web-01 system disk",
                 *         "bus_type": "scsi",
                 *         "data_center": {
                 *           "id": "dc_25d48761871e4bf"
                 *         },
                 *         "size_in_gb": 20,
                 *         "io_profile": {
                 *           "id": "dio_WP8aIIK2jrWt3Kp9"
                 *         },
                 *         "initial_file_system": "ext4",
                 *         "storage_speed": "nvme",
                 *         "virtual_machine_disk": {
                 *           "boot": true,
                 *           "attach_on_boot": true,
                 *           "attach": false,
                 *           "virtual_machine": {
                 *             "id": "vm_Rzqv3bBJhRr5wjyM"
                 *           }
                 *         }
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["DiskArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new disk and its task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        task: components["schemas"]["Task"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDisk: {
        parameters: {
            query: {
                /**
                 * @description The disk, by `disk[id]`.
                 * @example {
                 *       "id": "disk_QGkNgwRAjBMu9ooI"
                 *     }
                 */
                disk: components["parameters"]["Disk"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                };
            };
        };
        responses: {
            /** @description The disk and its trash entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        trash_object: components["schemas"]["TrashObject"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       },
                 *       "properties": {
                 *         "name": "web-01 system disk",
                 *         "bus_type": "scsi",
                 *         "data_center": {
                 *           "id": "dc_25d48761871e4bf"
                 *         },
                 *         "size_in_gb": 20,
                 *         "io_profile": {
                 *           "id": "dio_WP8aIIK2jrWt3Kp9"
                 *         },
                 *         "initial_file_system": "ext4",
                 *         "storage_speed": "nvme",
                 *         "virtual_machine_disk": {
                 *           "boot": true,
                 *           "attach_on_boot": true,
                 *           "attach": false,
                 *           "virtual_machine": {
                 *             "id": "vm_Rzqv3bBJhRr5wjyM"
                 *           }
                 *         }
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                    properties: components["schemas"]["DiskArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated disk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrash"];
            /** @description The disk is not assigned to a virtual machine, or the request failed validation. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnassignedDiskError"] | components["schemas"]["ValidationError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    assignDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       },
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                };
            };
        };
        responses: {
            /** @description The disk, now assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            /** @description The disk or the virtual machine was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiskNotFoundError"] | components["schemas"]["VirtualMachineNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrash"];
            /** @description The disk cannot be assigned. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnableToAssignError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unassignDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                };
            };
        };
        responses: {
            /** @description The disk, now unassigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrash"];
            /** @description The disk cannot be unassigned. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnableToUnassignError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                };
            };
        };
        responses: {
            /** @description The disk and its task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            422: components["responses"]["UnassignedDisk"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    detachDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                };
            };
        };
        responses: {
            /** @description The disk and its task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            422: components["responses"]["UnassignedDisk"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resizeDisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       },
                 *       "size_in_gb": 20,
                 *       "resize_method": "online"
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                    size_in_gb: number;
                    /** @enum {string} */
                    resize_method?: "offline" | "online";
                };
            };
        };
        responses: {
            /** @description The disk and its task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DiskNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeDiskIoProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disk": {
                 *         "id": "disk_QGkNgwRAjBMu9ooI"
                 *       },
                 *       "io_profile": {
                 *         "id": "dio_WP8aIIK2jrWt3Kp9"
                 *       }
                 *     }
                 */
                "application/json": {
                    disk: components["schemas"]["DiskLookup"];
                    io_profile: components["schemas"]["DiskIoProfileLookup"];
                };
            };
        };
        responses: {
            /** @description The disk and its task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disk: components["schemas"]["Disk"];
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            /** @description The disk or the disk IO profile was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiskNotFoundError"] | components["schemas"]["DiskIoProfileNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVirtualMachineDisks: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine, by `virtual_machine[id]` or `virtual_machine[fqdn]` (exactly one).
                 * @example {
                 *       "id": "vm_Rzqv3bBJhRr5wjyM"
                 *     }
                 */
                virtual_machine: components["parameters"]["VirtualMachine"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of disk assignments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        disks: components["schemas"]["VirtualMachineDiskAttachment"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFileStorageVolumes: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        file_storage_volumes: components["schemas"]["FileStorageVolumeSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createFileStorageVolume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "Shared uploads",
                 *         "data_center": {
                 *           "id": "dc_25d48761871e4bf"
                 *         },
                 *         "associations": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["FileStorageVolumeArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new volume. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file_storage_volume: components["schemas"]["FileStorageVolumeSummary"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenResourceCreation"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFileStorageVolume: {
        parameters: {
            query: {
                /**
                 * @description The file storage volume, by `file_storage_volume[id]`.
                 * @example {
                 *       "id": "fsv_jvRcgWFs9oAA2CEW"
                 *     }
                 */
                file_storage_volume: components["parameters"]["FileStorageVolume"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file_storage_volume: components["schemas"]["FileStorageVolumeSummary"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["FileStorageVolumeNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteFileStorageVolume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file_storage_volume": {
                 *         "id": "fsv_jvRcgWFs9oAA2CEW"
                 *       }
                 *     }
                 */
                "application/json": {
                    file_storage_volume: components["schemas"]["FileStorageVolumeLookup"];
                };
            };
        };
        responses: {
            /** @description The volume and its trash entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trash_object: components["schemas"]["TrashObject"];
                        file_storage_volume: components["schemas"]["FileStorageVolumeSummary"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["FileStorageVolumeNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateFileStorageVolume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file_storage_volume": {
                 *         "id": "fsv_jvRcgWFs9oAA2CEW"
                 *       },
                 *       "properties": {
                 *         "name": "Shared uploads",
                 *         "data_center": {
                 *           "id": "dc_25d48761871e4bf"
                 *         },
                 *         "associations": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    file_storage_volume: components["schemas"]["FileStorageVolumeLookup"];
                    properties: components["schemas"]["FileStorageVolumeArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file_storage_volume: components["schemas"]["FileStorageVolumeSummary"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["FileStorageVolumeNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGpuTypes: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of GPU types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        gpu_types: components["schemas"]["GpuTypeDetail"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGpuType: {
        parameters: {
            query: {
                /**
                 * @description The GPU type, by `gpu_type[id]` or `gpu_type[permalink]` (exactly one).
                 * @example {
                 *       "id": "gputype_bxKHMNGr9glAKUdi"
                 *     }
                 */
                gpu_type: components["parameters"]["GpuType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The GPU type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gpu_type: components["schemas"]["GpuTypeDetail"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No GPU type matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GpuTypeNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDataCenterGpuTypes: {
        parameters: {
            query: {
                /**
                 * @description The data center, by `data_center[id]` or `data_center[permalink]` (exactly one).
                 * @example {
                 *       "id": "dc_25d48761871e4bf"
                 *     }
                 */
                data_center: components["parameters"]["DataCenter"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of GPU types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        gpu_types: components["schemas"]["GpuTypeSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DataCenterNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizationIpAddresses: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description `true`: only allocated addresses; `false`: only unallocated ones; absent: all of them. */
                allocated?: boolean;
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organization's IP addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        ip_addresses: components["schemas"]["IpAddressSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createIpAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "network": {
                 *         "id": "net_5ZJyUvFi5GvLT3pQ"
                 *       },
                 *       "version": "ipv4",
                 *       "vip": true,
                 *       "label": "Web VIP"
                 *     }
                 */
                "application/json": components["schemas"]["CreateIpAddressRequest"];
            };
        };
        responses: {
            /** @description The IP address that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddressResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            /** @description The organization or the network was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationNotFoundError"] | components["schemas"]["NetworkNotFoundError"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailableOrNoAddresses"];
        };
    };
    getIpAddress: {
        parameters: {
            query: {
                /**
                 * @description The IP address, by `ip_address[id]` or `ip_address[address]` (exactly one).
                 * @example {
                 *       "id": "ip_dZLSaeCb7fF2aiK9"
                 *     }
                 */
                ip_address: components["parameters"]["IpAddress"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IP address and its allocation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ip_address: components["schemas"]["IpAddress"];
                        /** @description The resource the address is allocated to; null when it is not allocated. */
                        allocation: components["schemas"]["NamedReference"] | null;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["IpAddressNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    releaseIpAddress: {
        parameters: {
            query?: {
                /**
                 * @description The IP address, by `ip_address[id]` or `ip_address[address]` (exactly one), when the body does not name it. Name it here or in the body.
                 * @example {
                 *       "address": "185.199.220.27"
                 *     }
                 */
                ip_address?: components["parameters"]["IpAddressInQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IpAddressOnly"];
        responses: {
            /** @description The address was released. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["IpAddressNotFound"];
            409: components["responses"]["UnallocationNotSupported"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateIpAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ip_address": {
                 *         "address": "185.199.220.27"
                 *       },
                 *       "reverse_dns": "web-01.acme-hosting.co.uk"
                 *     }
                 */
                "application/json": {
                    ip_address: components["schemas"]["IpAddressLookup"];
                    /** @description Whether the address is a VIP. */
                    vip?: boolean;
                    /** @description The label of the address when it is a VIP. */
                    label?: string;
                    /** @description The reverse DNS (PTR) name of the address. */
                    reverse_dns?: string;
                };
            };
        };
        responses: {
            /** @description The updated IP address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddressResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["IpAddressNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unallocateIpAddress: {
        parameters: {
            query?: {
                /**
                 * @description The IP address, by `ip_address[id]` or `ip_address[address]` (exactly one), when the body does not name it. Name it here or in the body.
                 * @example {
                 *       "address": "185.199.220.27"
                 *     }
                 */
                ip_address?: components["parameters"]["IpAddressInQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IpAddressOnly"];
        responses: {
            /** @description The address was unallocated. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["IpAddressNotFound"];
            409: components["responses"]["UnallocationNotSupported"];
            /** @description The address is not allocated to anything. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoAllocationError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLoadBalancerRules: {
        parameters: {
            query: {
                /**
                 * @description The load balancer, by `load_balancer[id]` or `load_balancer[api_reference]` (exactly one).
                 * @example {
                 *       "id": "lb_FmhHs5w0u4XWYBje"
                 *     }
                 */
                load_balancer: components["parameters"]["LoadBalancer"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        load_balancer_rules: components["schemas"]["LoadBalancerRuleSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["LoadBalancerNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createLoadBalancerRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "load_balancer": {
                 *         "id": "lb_FmhHs5w0u4XWYBje"
                 *       },
                 *       "properties": {
                 *         "algorithm": "round_robin",
                 *         "destination_port": 80,
                 *         "listen_port": 443,
                 *         "protocol": "TCP",
                 *         "proxy_protocol": false,
                 *         "backend_ssl": false,
                 *         "passthrough_ssl": false,
                 *         "certificates": [
                 *           {
                 *             "id": "cert_GpIyuGtpoi7SjuZE"
                 *           }
                 *         ],
                 *         "check_enabled": false,
                 *         "check_fall": 3,
                 *         "check_interval": 10,
                 *         "check_path": "/healthz",
                 *         "check_protocol": "TCP",
                 *         "check_rise": 2,
                 *         "check_timeout": 5,
                 *         "check_http_statuses": "2"
                 *       }
                 *     }
                 */
                "application/json": {
                    load_balancer: components["schemas"]["LoadBalancerLookup"];
                    properties: components["schemas"]["LoadBalancerRuleArguments"];
                };
            };
        };
        responses: {
            /** @description The new rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer_rule: components["schemas"]["LoadBalancerRule"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["LoadBalancerNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoadBalancerRule: {
        parameters: {
            query: {
                /**
                 * @description The load balancer rule, by `load_balancer_rule[id]`.
                 * @example {
                 *       "id": "lbrule_jFw3EO8m5YxVpsBu"
                 *     }
                 */
                load_balancer_rule: components["parameters"]["LoadBalancerRule"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer_rule: components["schemas"]["LoadBalancerRule"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["LoadBalancerRuleNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteLoadBalancerRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "load_balancer_rule": {
                 *         "id": "lbrule_jFw3EO8m5YxVpsBu"
                 *       }
                 *     }
                 */
                "application/json": {
                    load_balancer_rule: components["schemas"]["LoadBalancerRuleLookup"];
                };
            };
        };
        responses: {
            /** @description The id of the deleted rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer_rule: components["schemas"]["IdReference"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["LoadBalancerRuleNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLoadBalancerRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "load_balancer_rule": {
                 *         "id": "lbrule_jFw3EO8m5YxVpsBu"
                 *       },
                 *       "properties": {
                 *         "algorithm": "round_robin",
                 *         "destination_port": 80,
                 *         "listen_port": 443,
                 *         "protocol": "TCP",
                 *         "proxy_protocol": false,
                 *         "backend_ssl": false,
                 *         "passthrough_ssl": false,
                 *         "certificates": [
                 *           {
                 *             "id": "cert_GpIyuGtpoi7SjuZE"
                 *           }
                 *         ],
                 *         "check_enabled": false,
                 *         "check_fall": 3,
                 *         "check_interval": 10,
                 *         "check_path": "/healthz",
                 *         "check_protocol": "TCP",
                 *         "check_rise": 2,
                 *         "check_timeout": 5,
                 *         "check_http_statuses": "2"
                 *       }
                 *     }
                 */
                "application/json": {
                    load_balancer_rule: components["schemas"]["LoadBalancerRuleLookup"];
                    properties: components["schemas"]["LoadBalancerRuleArguments"];
                };
            };
        };
        responses: {
            /** @description The updated rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer_rule: components["schemas"]["LoadBalancerRule"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["LoadBalancerRuleNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLoadBalancers: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of load balancers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        load_balancers: components["schemas"]["LoadBalancerSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createLoadBalancer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "Web load balancer",
                 *         "api_reference": "lb-4fe2a91c",
                 *         "resource_type": "virtual_machines",
                 *         "resource_ids": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ],
                 *         "data_center": {
                 *           "id": "dc_25d48761871e4bf"
                 *         },
                 *         "https_redirect": false,
                 *         "enable_weighting": false,
                 *         "weights": [
                 *           {
                 *             "virtual_machine_id": "vm_Rzqv3bBJhRr5wjyM",
                 *             "weight": 50
                 *           }
                 *         ],
                 *         "standby_vms": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["LoadBalancerArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new load balancer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer: components["schemas"]["LoadBalancer"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenResourceCreation"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoadBalancer: {
        parameters: {
            query: {
                /**
                 * @description The load balancer, by `load_balancer[id]` or `load_balancer[api_reference]` (exactly one).
                 * @example {
                 *       "id": "lb_FmhHs5w0u4XWYBje"
                 *     }
                 */
                load_balancer: components["parameters"]["LoadBalancer"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The load balancer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer: components["schemas"]["LoadBalancer"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["LoadBalancerNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteLoadBalancer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "load_balancer": {
                 *         "id": "lb_FmhHs5w0u4XWYBje"
                 *       }
                 *     }
                 */
                "application/json": {
                    load_balancer: components["schemas"]["LoadBalancerLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted load balancer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer: components["schemas"]["LoadBalancerReference"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["LoadBalancerNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLoadBalancer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "load_balancer": {
                 *         "id": "lb_FmhHs5w0u4XWYBje"
                 *       },
                 *       "properties": {
                 *         "name": "Web load balancer",
                 *         "api_reference": "lb-4fe2a91c",
                 *         "resource_type": "virtual_machines",
                 *         "resource_ids": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ],
                 *         "data_center": {
                 *           "id": "dc_25d48761871e4bf"
                 *         },
                 *         "https_redirect": false,
                 *         "enable_weighting": false,
                 *         "weights": [
                 *           {
                 *             "virtual_machine_id": "vm_Rzqv3bBJhRr5wjyM",
                 *             "weight": 50
                 *           }
                 *         ],
                 *         "standby_vms": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    load_balancer: components["schemas"]["LoadBalancerLookup"];
                    properties: components["schemas"]["LoadBalancerArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated load balancer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        load_balancer: components["schemas"]["LoadBalancer"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["LoadBalancerNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listManagedOrganizations: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of managed organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        organizations: components["schemas"]["ManagedOrganization"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createManagedOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "name": "Acme Client A",
                 *       "sub_domain": "acme-client-a",
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    name: string;
                    sub_domain: string;
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new managed organization. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organization: components["schemas"]["Organization"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            /** @description No more organizations can be created, or the request failed validation. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationLimitReachedError"] | components["schemas"]["ValidationError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteManagedOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                };
            };
        };
        responses: {
            /** @description `success` is true once the organization is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            /** @description Some deletion steps are not done, or the organization is not a managed one. */
            409: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionStepsNotSatisfiedError"] | components["schemas"]["ManagedOrganizationRequiredError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            /** @description Deleting the organization failed. */
            500: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionFailedError"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNetworkSpeedProfiles: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of speed profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        network_speed_profiles: components["schemas"]["NetworkSpeedProfile"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizationAvailableNetworks: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The networks and virtual networks the organization can use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        networks: components["schemas"]["AvailableNetwork"][];
                        virtual_networks: components["schemas"]["AvailableVirtualNetwork"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNetwork: {
        parameters: {
            query: {
                /**
                 * @description The network, by `network[id]` or `network[permalink]` (exactly one).
                 * @example {
                 *       "id": "net_5ZJyUvFi5GvLT3pQ"
                 *     }
                 */
                network: components["parameters"]["Network"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        network: components["schemas"]["Network"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No network matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getObjectStorageAccount: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /**
                 * @description The object storage cluster, by `object_storage_cluster[region]`.
                 * @example {
                 *       "region": "uk-lon-01"
                 *     }
                 */
                object_storage_cluster: components["parameters"]["ObjectStorageCluster"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_account: components["schemas"]["ObjectStorageAccount"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenObjectStorage"];
            404: components["responses"]["ObjectStorageAccountNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createObjectStorageAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                };
            };
        };
        responses: {
            /** @description The new account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        object_storage_account: components["schemas"]["ObjectStorageAccount"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            /** @description The organization or the object storage cluster was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationNotFoundError"] | components["schemas"]["ObjectStorageClusterNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteObjectStorageAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "object_storage_cluster": {
                 *         "region": "uk-lon-01"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    object_storage_cluster: components["schemas"]["ObjectStorageClusterLookup"];
                };
            };
        };
        responses: {
            /** @description The account and its trash entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trash_object: components["schemas"]["TrashObjectSummary"];
                        object_storage_account: components["schemas"]["ObjectStorageAccount"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenObjectStorage"];
            404: components["responses"]["ObjectStorageAccountNotFound"];
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOperatingSystems: {
        parameters: {
            query?: {
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of operating systems. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        operating_systems: components["schemas"]["NamedReference"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOperatingSystem: {
        parameters: {
            query: {
                /**
                 * @description The operating system, by `operating_system[id]`.
                 * @example {
                 *       "id": "os_IKRVwvbosy05l7bU"
                 *     }
                 */
                operating_system: components["parameters"]["OperatingSystem"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operating system. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        operating_system: components["schemas"]["OperatingSystem"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No operating system matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatingSystemNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizationUsers: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        users: components["schemas"]["UserSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organizations the identity can access. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizations: components["schemas"]["OrganizationSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganization: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organization: components["schemas"]["Organization"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganizationPolicy: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        policy_type: "auto" | "override" | "none";
                        policy_name: string | null;
                        limits: components["schemas"]["PolicyLimits"];
                        features: components["schemas"]["PolicyFeatures"];
                        reasons_for_disallowing_resource_creation: string[];
                    };
                };
            };
            /** @description No API token was sent, or the organization is a managed one. */
            400: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingApiTokenError"] | components["schemas"]["PolicyNotAvailableForManagedOrganizationsError"];
                };
            };
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganizationPolicyLimits: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        policy_limits: components["schemas"]["OrganizationPolicy"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganizationPrices: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: components["schemas"]["Currency"];
                        prices: components["schemas"]["PriceResourceWithSinglePriceVariant"][];
                    };
                };
            };
            /** @description No API token was sent, or the organization is a managed one. */
            400: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingApiTokenError"] | components["schemas"]["PricesNotAvailableForManagedOrganizationsError"];
                };
            };
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganizationDeletionSteps: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        steps: components["schemas"]["OrganizationDeletionSteps"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VirtualMachineOnly"];
        responses: {
            /** @description The queued start task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedTaskResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    stopVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VirtualMachineOnly"];
        responses: {
            /** @description The queued stop task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedTaskResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    shutdownVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VirtualMachineOnly"];
        responses: {
            /** @description The queued shutdown task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedTaskResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resetVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VirtualMachineOnly"];
        responses: {
            /** @description The queued reset task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedTaskResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDnsRecords: {
        parameters: {
            query: {
                /**
                 * @description The DNS zone, by `dns_zone[id]` or `dns_zone[name]` (exactly one).
                 * @example {
                 *       "id": "dnszone_dFGpIPFtZFu7sR84"
                 *     }
                 */
                dns_zone: components["parameters"]["DnsZone"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records of the zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_records: components["schemas"]["DnsRecord"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DnsZoneNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDnsRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dns_zone": {
                 *         "name": "acme-hosting.co.uk"
                 *       },
                 *       "properties": {
                 *         "name": "www",
                 *         "type": "A",
                 *         "ttl": 3600,
                 *         "content": {
                 *           "A": {
                 *             "ip_address": "185.199.220.27"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    dns_zone: components["schemas"]["DnsZoneLookup"];
                    properties: components["schemas"]["DnsRecordArguments"];
                };
            };
        };
        responses: {
            /** @description The new record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_record: components["schemas"]["DnsRecord"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["DnsZoneNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDnsRecord: {
        parameters: {
            query: {
                /**
                 * @description The DNS record, by `dns_record[id]`.
                 * @example {
                 *       "id": "dnsrec_wcVIEfatvedhr9iX"
                 *     }
                 */
                dns_record: components["parameters"]["DnsRecord"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_record: components["schemas"]["DnsRecord"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsRecordNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDnsRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dns_record": {
                 *         "id": "dnsrec_wcVIEfatvedhr9iX"
                 *       }
                 *     }
                 */
                "application/json": {
                    dns_record: components["schemas"]["DnsRecordLookup"];
                };
            };
        };
        responses: {
            /** @description `deleted` is true once the record is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsRecordNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDnsRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dns_record": {
                 *         "id": "dnsrec_wcVIEfatvedhr9iX"
                 *       },
                 *       "properties": {
                 *         "ttl": 300
                 *       }
                 *     }
                 */
                "application/json": {
                    dns_record: components["schemas"]["DnsRecordLookup"];
                    properties: components["schemas"]["DnsRecordArguments"];
                };
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dns_record: components["schemas"]["DnsRecord"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["DnsRecordNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSshKeys: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of SSH keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        ssh_keys: components["schemas"]["SshKey"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addSshKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "ssh_key": {
                 *         "name": "jane@laptop",
                 *         "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOM5dcHvbgWk2FMwSgLv6TxPb2Uw7xjwaTLwLIq9gGfE jane@laptop"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    ssh_key: components["schemas"]["SshKeyArguments"];
                };
            };
        };
        responses: {
            /** @description The new SSH key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ssh_key: components["schemas"]["SshKey"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSshKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ssh_key": {
                 *         "id": "key_synr8GIBi76nN3S1"
                 *       }
                 *     }
                 */
                "application/json": {
                    ssh_key: components["schemas"]["SshKeyLookup"];
                };
            };
        };
        responses: {
            /** @description The removed SSH key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ssh_key: components["schemas"]["SshKey"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            /** @description No SSH key matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SshKeyNotFoundError"];
                };
            };
            409: components["responses"]["DeletionRestricted"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSecurityGroupRules: {
        parameters: {
            query: {
                /**
                 * @description The security group, by `security_group[id]`.
                 * @example {
                 *       "id": "sg_MZUHiBSXrC8uDioV"
                 *     }
                 */
                security_group: components["parameters"]["SecurityGroup"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        security_group_rules: components["schemas"]["SecurityGroupRuleSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group": {
                 *         "id": "sg_MZUHiBSXrC8uDioV"
                 *       },
                 *       "properties": {
                 *         "direction": "inbound",
                 *         "protocol": "TCP",
                 *         "action": "allow",
                 *         "ports": "443",
                 *         "targets": [
                 *           "0.0.0.0/0"
                 *         ],
                 *         "notes": "HTTPS from anywhere"
                 *       }
                 *     }
                 */
                "application/json": {
                    security_group: components["schemas"]["SecurityGroupLookup"];
                    properties: components["schemas"]["SecurityGroupRuleArguments"];
                };
            };
        };
        responses: {
            /** @description The new rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: components["schemas"]["SecurityGroupRule"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSecurityGroupRule: {
        parameters: {
            query: {
                /**
                 * @description The security group rule, by `security_group_rule[id]`.
                 * @example {
                 *       "id": "sgr_UrV3IWJwC7jKMcfC"
                 *     }
                 */
                security_group_rule: components["parameters"]["SecurityGroupRule"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: components["schemas"]["SecurityGroupRule"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupRuleNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group_rule": {
                 *         "id": "sgr_UrV3IWJwC7jKMcfC"
                 *       }
                 *     }
                 */
                "application/json": {
                    security_group_rule: components["schemas"]["SecurityGroupRuleLookup"];
                };
            };
        };
        responses: {
            /** @description The id of the deleted rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: components["schemas"]["IdReference"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupRuleNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSecurityGroupRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group_rule": {
                 *         "id": "sgr_UrV3IWJwC7jKMcfC"
                 *       },
                 *       "properties": {
                 *         "direction": "inbound",
                 *         "protocol": "TCP",
                 *         "action": "allow",
                 *         "ports": "443",
                 *         "targets": [
                 *           "0.0.0.0/0"
                 *         ],
                 *         "notes": "HTTPS from anywhere"
                 *       }
                 *     }
                 */
                "application/json": {
                    security_group_rule: components["schemas"]["SecurityGroupRuleLookup"];
                    properties: components["schemas"]["SecurityGroupRuleArguments"];
                };
            };
        };
        responses: {
            /** @description The updated rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group_rule: components["schemas"]["SecurityGroupRule"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupRuleNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSecurityGroups: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description Only tokens carrying an annotation with one of these keys. */
                "annotations[][key]"?: string[];
                /** @description Only tokens carrying an annotation with one of these values. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of security groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        security_groups: components["schemas"]["SecurityGroup"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSecurityGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "Web traffic",
                 *         "allow_all_inbound": false,
                 *         "allow_all_outbound": false,
                 *         "associations": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["SecurityGroupArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The new security group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["SecurityGroup"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenResourceCreation"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSecurityGroup: {
        parameters: {
            query: {
                /**
                 * @description The security group, by `security_group[id]`.
                 * @example {
                 *       "id": "sg_MZUHiBSXrC8uDioV"
                 *     }
                 */
                security_group: components["parameters"]["SecurityGroup"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["SecurityGroup"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SecurityGroupNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSecurityGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group": {
                 *         "id": "sg_MZUHiBSXrC8uDioV"
                 *       }
                 *     }
                 */
                "application/json": {
                    security_group: components["schemas"]["SecurityGroupLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted security group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["NamedReference"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupNotFound"];
            409: components["responses"]["DeletionRestricted"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSecurityGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "security_group": {
                 *         "id": "sg_MZUHiBSXrC8uDioV"
                 *       },
                 *       "properties": {
                 *         "name": "Web traffic",
                 *         "allow_all_inbound": false,
                 *         "allow_all_outbound": false,
                 *         "associations": [
                 *           "vm_Rzqv3bBJhRr5wjyM"
                 *         ]
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    security_group: components["schemas"]["SecurityGroupLookup"];
                    properties: components["schemas"]["SecurityGroupArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated security group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security_group: components["schemas"]["SecurityGroup"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["SecurityGroupNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTags: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        tags: components["schemas"]["TagSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "production",
                 *         "color": "red"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["TagArguments"];
                };
            };
        };
        responses: {
            /** @description The new tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tag: components["schemas"]["Tag"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTag: {
        parameters: {
            query: {
                /**
                 * @description The tag, by `tag[id]`.
                 * @example {
                 *       "id": "tag_N4bV7cX0zL3kJ6hG"
                 *     }
                 */
                tag: components["parameters"]["Tag"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tag: components["schemas"]["Tag"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TagNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tag": {
                 *         "id": "tag_N4bV7cX0zL3kJ6hG"
                 *       }
                 *     }
                 */
                "application/json": {
                    tag: components["schemas"]["TagLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tag: components["schemas"]["Tag"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["TagNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tag": {
                 *         "id": "tag_N4bV7cX0zL3kJ6hG"
                 *       },
                 *       "properties": {
                 *         "name": "production",
                 *         "color": "red"
                 *       }
                 *     }
                 */
                "application/json": {
                    tag: components["schemas"]["TagLookup"];
                    properties: components["schemas"]["TagArguments"];
                };
            };
        };
        responses: {
            /** @description The updated tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tag: components["schemas"]["Tag"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["TagNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTask: {
        parameters: {
            query: {
                /**
                 * @description The task, by `task[id]`.
                 * @example {
                 *       "id": "task_kTDCUi5MlGWxJOxE"
                 *     }
                 */
                task: components["schemas"]["TaskLookup"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No task matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTrashObjects: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of trash objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        trash_objects: components["schemas"]["TrashObject"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    purgeAllTrashObjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                };
            };
        };
        responses: {
            /** @description The queued task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTrashObject: {
        parameters: {
            query: {
                /**
                 * @description The trash object, by `trash_object[id]` or `trash_object[object_id]` (exactly one).
                 * @example {
                 *       "id": "trsh_Mq8Wc3Xv6Bn9Lk2J"
                 *     }
                 */
                trash_object: components["parameters"]["TrashObject"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trash object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trash_object: components["schemas"]["TrashObject"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TrashObjectNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    purgeTrashObject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trash_object": {
                 *         "id": "trsh_Mq8Wc3Xv6Bn9Lk2J"
                 *       }
                 *     }
                 */
                "application/json": {
                    trash_object: components["schemas"]["TrashObjectLookup"];
                };
            };
        };
        responses: {
            /** @description The queued task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["TrashObjectNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreTrashObject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "trash_object": {
                 *         "id": "trsh_Mq8Wc3Xv6Bn9Lk2J"
                 *       }
                 *     }
                 */
                "application/json": {
                    trash_object: components["schemas"]["TrashObjectLookup"];
                };
            };
        };
        responses: {
            /** @description The trash entry of the restored object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trash_object: components["schemas"]["TrashObject"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["TrashObjectNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and their organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        organizations: components["schemas"]["OrganizationReference"][];
                        api_token_id: string | null;
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description The credentials do not belong to a user. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoUserAssociatedWithIdentityError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    invalidateLinkedWebSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The outcome, in `status`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: boolean;
                    };
                };
            };
            /** @description No API token was sent, or the identity has no web session. */
            400: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingApiTokenError"] | components["schemas"]["IdentityNotLinkedToWebSessionError"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVirtualNetworks: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of virtual networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        virtual_networks: components["schemas"]["VirtualNetwork"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createVirtualNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "data_center": {
                 *         "id": "dc_25d48761871e4bf"
                 *       },
                 *       "properties": {
                 *         "name": "Backend Network"
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    data_center: components["schemas"]["DataCenterLookup"];
                    properties: components["schemas"]["VirtualNetworkArguments"];
                };
            };
        };
        responses: {
            /** @description The new virtual network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_network: components["schemas"]["VirtualNetwork"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            /** @description The organization or the data center was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationNotFoundError"] | components["schemas"]["DataCenterNotFoundError"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualNetwork: {
        parameters: {
            query: {
                /**
                 * @description The virtual network, by `virtual_network[id]`.
                 * @example {
                 *       "id": "vnet_f8KqL2mWb7XcR1sD"
                 *     }
                 */
                virtual_network: components["parameters"]["VirtualNetwork"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_network: components["schemas"]["VirtualNetwork"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualNetworkNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteVirtualNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_network": {
                 *         "id": "vnet_f8KqL2mWb7XcR1sD"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_network: components["schemas"]["VirtualNetworkLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted virtual network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_network: components["schemas"]["VirtualNetwork"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualNetworkNotFound"];
            409: components["responses"]["DeletionRestricted"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateVirtualNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_network": {
                 *         "id": "vnet_f8KqL2mWb7XcR1sD"
                 *       },
                 *       "properties": {
                 *         "name": "Backend Network"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_network: components["schemas"]["VirtualNetworkLookup"];
                    properties: components["schemas"]["VirtualNetworkArguments"];
                };
            };
        };
        responses: {
            /** @description The updated virtual network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_network: components["schemas"]["VirtualNetwork"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualNetworkNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVirtualMachineGroups: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_groups: components["schemas"]["VirtualMachineGroup"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createVirtualMachineGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization": {
                 *         "id": "org_BZJ1SSjRnWm7X1bT"
                 *       },
                 *       "properties": {
                 *         "name": "Web servers",
                 *         "segregate": true,
                 *         "auto_segregate": false
                 *       }
                 *     }
                 */
                "application/json": {
                    organization: components["schemas"]["OrganizationLookup"];
                    properties: components["schemas"]["VirtualMachineGroupArguments"];
                };
            };
        };
        responses: {
            /** @description The new group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_group: components["schemas"]["VirtualMachineGroup"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganizationPermission"];
            404: components["responses"]["OrganizationNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualMachineGroup: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine group, by `virtual_machine_group[id]`.
                 * @example {
                 *       "id": "vmgrp_T5cV8nB2mQ4xZ7kL"
                 *     }
                 */
                virtual_machine_group: components["parameters"]["VirtualMachineGroup"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_group: components["schemas"]["VirtualMachineGroup"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineGroupNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteVirtualMachineGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_group": {
                 *         "id": "vmgrp_T5cV8nB2mQ4xZ7kL"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_group: components["schemas"]["VirtualMachineGroupLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_group: components["schemas"]["VirtualMachineGroup"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineGroupNotFound"];
            409: components["responses"]["DeletionRestricted"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateVirtualMachineGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_group": {
                 *         "id": "vmgrp_T5cV8nB2mQ4xZ7kL"
                 *       },
                 *       "properties": {
                 *         "name": "Web servers",
                 *         "segregate": true,
                 *         "auto_segregate": false
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_group: components["schemas"]["VirtualMachineGroupLookup"];
                    properties: components["schemas"]["VirtualMachineGroupArguments"];
                };
            };
        };
        responses: {
            /** @description The updated group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_group: components["schemas"]["VirtualMachineGroup"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineGroupNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVirtualMachineNetworkInterfaces: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine, by `virtual_machine[id]` or `virtual_machine[fqdn]` (exactly one).
                 * @example {
                 *       "id": "vm_Rzqv3bBJhRr5wjyM"
                 *     }
                 */
                virtual_machine: components["parameters"]["VirtualMachine"];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the virtual machine's network interfaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        virtual_machine_network_interfaces: components["schemas"]["VirtualMachineNetworkInterfaceSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createVirtualMachineNetworkInterface: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       },
                 *       "network": {
                 *         "id": "net_5ZJyUvFi5GvLT3pQ"
                 *       },
                 *       "virtual_network": {
                 *         "id": "vnet_f8KqL2mWb7XcR1sD"
                 *       },
                 *       "speed_profile": {
                 *         "id": "nsp_bJmlyjrkxnCmOoqz"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                    network?: components["schemas"]["NetworkLookup"];
                    virtual_network?: components["schemas"]["VirtualNetworkLookup"];
                    speed_profile: components["schemas"]["NetworkSpeedProfileLookup"];
                };
            };
        };
        responses: {
            /** @description The new network interface. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceDetail"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description The virtual machine, the network, the virtual network or the network speed profile was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNotFoundError"] | components["schemas"]["NetworkNotFoundError"] | components["schemas"]["VirtualNetworkNotFoundError"] | components["schemas"]["NetworkSpeedProfileNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrash"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualMachineNetworkInterfaceByNetwork: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine, by `virtual_machine[id]` or `virtual_machine[fqdn]` (exactly one).
                 * @example {
                 *       "id": "vm_Rzqv3bBJhRr5wjyM"
                 *     }
                 */
                virtual_machine: components["parameters"]["VirtualMachine"];
                /**
                 * @description The network, by `network[id]` or `network[permalink]` (exactly one).
                 * @example {
                 *       "id": "net_5ZJyUvFi5GvLT3pQ"
                 *     }
                 */
                network: components["parameters"]["Network"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual machine's interface on that network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterface"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description The virtual machine or the network was not found, or the machine has no interface on it. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNotFoundError"] | components["schemas"]["NetworkNotFoundError"] | components["schemas"]["InterfaceNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNetworkInterface: {
        parameters: {
            query: {
                /**
                 * @description The network interface, by `virtual_machine_network_interface[id]`.
                 * @example {
                 *       "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *     }
                 */
                virtual_machine_network_interface: components["parameters"]["VirtualMachineNetworkInterface"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network interface. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceDetail"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNetworkInterfaceNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteVirtualMachineNetworkInterface: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_network_interface": {
                 *         "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
                };
            };
        };
        responses: {
            /** @description The deleted network interface. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceDetail"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNetworkInterfaceNotFound"];
            409: components["responses"]["DeletionRestricted"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAvailableIpsForNetworkInterface: {
        parameters: {
            query: {
                /**
                 * @description The network interface, by `virtual_machine_network_interface[id]`.
                 * @example {
                 *       "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *     }
                 */
                virtual_machine_network_interface: components["parameters"]["VirtualMachineNetworkInterface"];
                /**
                 * @description The IP version of the addresses to return.
                 * @example ipv4
                 */
                address_version: components["schemas"]["AddressVersion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses that can be allocated to the interface. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ip_addresses: components["schemas"]["IpAddress"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNetworkInterfaceNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    allocateIpToNetworkInterface: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_network_interface": {
                 *         "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *       },
                 *       "ip_address": {
                 *         "id": "ip_dZLSaeCb7fF2aiK9"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
                    ip_address: components["schemas"]["IpAddressLookup"];
                };
            };
        };
        responses: {
            /** @description The network interface, now with the address allocated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterface"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description The network interface or the IP address was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNetworkInterfaceNotFoundError"] | components["schemas"]["IpAddressNotFoundError"];
                };
            };
            /** @description The address is already allocated elsewhere, or cannot be used on this interface. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAlreadyAllocatedError"] | components["schemas"]["InvalidIpError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    allocateNewIpToNetworkInterface: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_network_interface": {
                 *         "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *       },
                 *       "address_version": "ipv4"
                 *     }
                 */
                "application/json": {
                    virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
                    address_version: components["schemas"]["AddressVersion"];
                };
            };
        };
        responses: {
            /** @description The new IP address, allocated to the interface. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddressResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNetworkInterfaceNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailableOrNoAddresses"];
        };
    };
    updateNetworkInterfaceSpeedProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_network_interface": {
                 *         "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *       },
                 *       "speed_profile": {
                 *         "id": "nsp_bJmlyjrkxnCmOoqz"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
                    speed_profile: components["schemas"]["NetworkSpeedProfileLookup"];
                };
            };
        };
        responses: {
            /** @description The queued task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description The network interface or the network speed profile was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNetworkInterfaceNotFoundError"] | components["schemas"]["NetworkSpeedProfileNotFoundError"];
                };
            };
            406: components["responses"]["TaskQueueingFailed"];
            /** @description The interface already has this speed profile. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeedProfileAlreadyAssignedError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachNetworkInterface: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_network_interface": {
                 *         "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
                };
            };
        };
        responses: {
            /** @description The interface and its task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceDetail"];
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNetworkInterfaceNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            /** @description The interface is already attached. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNetworkInterfaceAlreadyAttachedError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    detachNetworkInterface: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine_network_interface": {
                 *         "id": "vmnet_8bDl1S9Ff5MbHoay"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceLookup"];
                };
            };
        };
        responses: {
            /** @description The interface and its task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_network_interface: components["schemas"]["VirtualMachineNetworkInterfaceDetail"];
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNetworkInterfaceNotFound"];
            406: components["responses"]["TaskQueueingFailed"];
            /** @description The interface is already detached. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNetworkInterfaceAlreadyDetachedError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listVirtualMachinePackages: {
        parameters: {
            query?: {
                /**
                 * @description An organization, by `organization[id]` or `organization[sub_domain]` (exactly one): the packages that organization may use. Without it, only the public packages are listed.
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization?: {
                    id?: string;
                    sub_domain?: string;
                } & (components["schemas"]["OrganizationLookup"] | {
                    id?: never;
                    sub_domain?: never;
                });
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of packages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        virtual_machine_packages: components["schemas"]["VirtualMachinePackage"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualMachinePackage: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine package, by `virtual_machine_package[id]` or `virtual_machine_package[permalink]` (exactly one).
                 * @example {
                 *       "id": "vmpkg_J3hG6fD9sA1pO4iU"
                 *     }
                 */
                virtual_machine_package: components["parameters"]["VirtualMachinePackage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine_package: components["schemas"]["VirtualMachinePackage"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No virtual machine package matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganizationVirtualMachines: {
        parameters: {
            query: {
                /**
                 * @description The organization, by `organization[id]` or `organization[sub_domain]` (exactly one).
                 * @example {
                 *       "id": "org_BZJ1SSjRnWm7X1bT"
                 *     }
                 */
                organization: components["parameters"]["Organization"];
                /**
                 * @description Annotation keys to filter by, one per annotation (`annotations[][key]=role&annotations[][key]=env`).
                 *     Give as many as `annotations[][value]`: the nth key pairs with the nth value.
                 */
                "annotations[][key]"?: string[];
                /** @description Annotation values to filter by, paired by position with `annotations[][key]`. */
                "annotations[][value]"?: string[];
                /** @description The page to return, counting from 1. Without it the first page is returned. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. Without it the server uses 30. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organization's virtual machines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pagination: components["schemas"]["Pagination"];
                        virtual_machines: components["schemas"]["VirtualMachineSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenOrganization"];
            404: components["responses"]["OrganizationNotFound"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualMachine: {
        parameters: {
            query: {
                /**
                 * @description The virtual machine, by `virtual_machine[id]` or `virtual_machine[fqdn]` (exactly one).
                 * @example {
                 *       "id": "vm_Rzqv3bBJhRr5wjyM"
                 *     }
                 */
                virtual_machine: components["parameters"]["VirtualMachine"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual machine and its annotations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine: components["schemas"]["VirtualMachine"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine?: components["schemas"]["VirtualMachineLookup"];
                };
            };
        };
        responses: {
            /** @description The machine and its trash entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trash_object: components["schemas"]["TrashObject"];
                        virtual_machine: components["schemas"]["VirtualMachine"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       },
                 *       "properties": {
                 *         "hostname": "web-01",
                 *         "name": "web-01",
                 *         "description": "Front-end web server",
                 *         "tag_names": [
                 *           "production"
                 *         ],
                 *         "gpu_type": {
                 *           "id": "gputype_bxKHMNGr9glAKUdi"
                 *         },
                 *         "group": {
                 *           "id": "vmgrp_T5cV8nB2mQ4xZ7kL"
                 *         }
                 *       },
                 *       "annotations": [
                 *         {
                 *           "key": "environment",
                 *           "value": "production"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                    properties: components["schemas"]["VirtualMachineArguments"];
                    annotations?: components["schemas"]["KeyValue"][];
                };
            };
        };
        responses: {
            /** @description The updated virtual machine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtual_machine: components["schemas"]["VirtualMachine"];
                        annotations: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrash"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeVirtualMachinePackage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       },
                 *       "virtual_machine_package": {
                 *         "id": "vmpkg_J3hG6fD9sA1pO4iU"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                    virtual_machine_package: components["schemas"]["VirtualMachinePackageLookup"];
                };
            };
        };
        responses: {
            /** @description The queued task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["ForbiddenPermission"];
            /** @description The virtual machine or the virtual machine package was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNotFoundError"] | components["schemas"]["PackageNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeVirtualMachineFlexibleResources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "id": "vm_Rzqv3bBJhRr5wjyM"
                 *       },
                 *       "resources": {
                 *         "cpu_cores": 2,
                 *         "memory_in_gb": 4,
                 *         "use_dedicated_cpus": false
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                    resources: components["schemas"]["VirtualMachineFlexibleResources"];
                };
            };
        };
        responses: {
            /** @description The queued task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            /** @description The credentials do not allow this request, the identity may not perform this action or the organization may not use flexible resources. */
            403: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedNetworkForApiTokenError"] | components["schemas"]["InvalidApiTokenError"] | components["schemas"]["InvalidCapabilitiesTokenError"] | components["schemas"]["ScopeNotGrantedError"] | components["schemas"]["PermissionDeniedError"] | components["schemas"]["FlexibleResourcesUnavailableToOrganizationError"];
                };
            };
            404: components["responses"]["VirtualMachineNotFound"];
            406: components["responses"]["ObjectInTrashOrTaskQueueingError"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    allocateIpToVirtualMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "virtual_machine": {
                 *         "fqdn": "web-01.acme.kpult.net"
                 *       },
                 *       "ip_address": {
                 *         "address": "185.199.220.27"
                 *       }
                 *     }
                 */
                "application/json": {
                    virtual_machine: components["schemas"]["VirtualMachineLookup"];
                    ip_address: components["schemas"]["IpAddressLookup"];
                };
            };
        };
        responses: {
            /** @description The IP address, now allocated to the virtual machine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddressResponse"];
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description The virtual machine or the IP address was not found. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualMachineNotFoundError"] | components["schemas"]["IpAddressNotFoundError"];
                };
            };
            406: components["responses"]["ObjectInTrash"];
            /** @description The machine has no interface that suits the address, or the address is already allocated. */
            422: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoInterfaceAvailableError"] | components["schemas"]["IpAlreadyAllocatedError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVirtualMachineAuthorizedKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authorized keys, one a line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No virtual machine belongs to the token. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoVirtualMachineForApiTokenError"];
                };
            };
            /** @description Continuous SSH key management is off. */
            409: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuousManagementDisabledError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        zones: components["schemas"]["ZoneSummary"][];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getZone: {
        parameters: {
            query: {
                /**
                 * @description The zone, by `zone[id]` or `zone[permalink]` (exactly one).
                 * @example {
                 *       "id": "zone_kY2sPRG24sJVRM2U"
                 *     }
                 */
                zone: components["parameters"]["Zone"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        zone: components["schemas"]["Zone"];
                    };
                };
            };
            400: components["responses"]["MissingApiToken"];
            403: components["responses"]["Forbidden"];
            /** @description No zone matches the lookup. */
            404: {
                headers: {
                    "x-api-schema": components["headers"]["XApiSchema"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZoneNotFoundError"];
                };
            };
            429: components["responses"]["RateLimitReached"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
