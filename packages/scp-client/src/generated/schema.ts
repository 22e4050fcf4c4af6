// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
    "/v1/servers": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List virtual servers
         * @description Lists the virtual servers of the account, optionally filtered. Results are paged with `limit` (page size)
         *     and `marker` (the id of the last server of the previous page).
         *
         *     The vendor marks every filter as nullable. A query string cannot carry null, so the filters are plain
         *     optional values here: leaving a filter out is how a client sends "null". The vendor documents no body for
         *     400 on this operation; see the `BadRequestUndocumented` response for why the spec declares one anyway.
         */
        get: operations["listVirtualServers"];
        put?: never;
        /**
         * Create virtual servers
         * @description Creates one or more virtual servers (`max_count`) from an image, a server type and one or more networks.
         *     Creation is asynchronous: the answer is 202 with the IDs of the servers being built; follow their `state`
         *     with `showVirtualServer`. The vendor documents no body for 400 on this operation; see the
         *     `BadRequestUndocumented` response for why the spec declares one anyway.
         */
        post: operations["createVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * Show a virtual server
         * @description Returns one virtual server with its type, volumes, addresses and security groups.
         */
        get: operations["showVirtualServer"];
        put?: never;
        post?: never;
        /**
         * Delete a virtual server
         * @description Deletes the virtual server. Deletion is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteVirtualServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/start": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a virtual server
         * @description Powers on a stopped server. The call takes no body and answers 202 with no body; the server's `state` shows
         *     the progress. The vendor documents no body for 400 on this operation; see the `BadRequestUndocumented`
         *     response for why the spec declares one anyway.
         */
        post: operations["startVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/stop": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a virtual server
         * @description Powers off a running server. The call takes no body and answers 202 with no body; the server's `state`
         *     shows the progress. The vendor documents no body for 400 on this operation; see the
         *     `BadRequestUndocumented` response for why the spec declares one anyway.
         */
        post: operations["stopVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/reboot": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot a virtual server
         * @description Reboots the server, softly (the guest OS shuts down) or hard (power cycle), as `reboot_type` says. Answers
         *     202 with no body.
         */
        post: operations["rebootVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the interfaces of a server
         * @description Lists the network interfaces (ports) attached to the server.
         */
        get: operations["listServerInterfaces"];
        put?: never;
        /**
         * Create or attach a server interface
         * @description Adds a network interface to the server, in one of two ways:
         *
         *     - **new port**: give `subnet_id`. The IP address is assigned automatically, or give `fixed_ips` to choose
         *       it;
         *     - **existing port**: give `port_id` to attach a port that already exists.
         *
         *     The request body is a `oneOf` of those two shapes. The vendor schema makes all three fields optional and
         *     nullable, and the vendor's request example sends `port_id` and `subnet_id` together, which its own
         *     description rules out. This spec keeps the two shapes apart so that a typed client cannot send both: the
         *     request examples show one valid body per shape instead of the vendor's combined one.
         *
         *     Versions (vendor's Create Server Interface page): 1.3 CURRENT; 1.2 SUPPORTED, not before 2026-08-31;
         *     1.1 DEPRECATED, not before 2026-05-31; 1.0 DEPRECATED, not before 2025-12-31. The 1.0 reference digest
         *     still lists 1.0 as CURRENT with not-before 2026-07-01; the operation's own page is newer and more specific,
         *     so its data is used. All four versions document the same parameters, body, responses and examples.
         *
         *     The vendor documents no schema for 400 on this operation (page and reference alike); see the
         *     `BadRequestUndocumented` response for why the spec declares one anyway.
         */
        post: operations["createServerInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        /**
         * Show a server interface
         * @description Returns one interface of the server. In version 1.0 the answer is the same `{"interfaces": [...]}` wrapper
         *     as `listServerInterfaces`, holding the requested interface, not a bare `InterfaceResponse`.
         */
        get: operations["showServerInterface"];
        /**
         * Update a server interface
         * @description Changes the subnet and/or the fixed IP address of the interface. The change is asynchronous; the answer is
         *     202 with no body.
         */
        put: operations["updateServerInterface"];
        post?: never;
        /**
         * Delete a server interface
         * @description Detaches the interface from the server. In version 1.0 the answer is 200 (not 202 or 204) with no body.
         */
        delete: operations["deleteServerInterface"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/ips": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the IP addresses of a server
         * @description Lists the server's IP addresses, grouped by subnet. The vendor documents no 404 for this operation.
         */
        get: operations["listServerIps"];
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
         * @description One validation failure. Departure from the vendor reference, which types `loc` as `string[]`: `loc` is the
         *     path to the failing value and holds array indexes as integers (`["body", "fixed_ips", 0, "ip_address"]`),
         *     so its items are strings or integers. `type_` is kept exactly as the vendor names it.
         */
        ValidationErrorModel: {
            /** @description Extra context of the failure (for example the limit that was exceeded); free-form. */
            ctx?: {
                [key: string]: unknown;
            } | null;
            /** @description Location of the failing value, from the request part (`body`, `path`, `query`, `header`) down to the field. */
            loc?: (string | number)[] | null;
            /** @description Human-readable message. */
            msg?: string | null;
            /** @description Machine-readable error type, for example `value_error.missing`. */
            type_?: string | null;
        };
        /** @description Body of a 400 answer. */
        ValidationErrorList: components["schemas"]["ValidationErrorModel"][];
        /**
         * @description Product category.
         * @enum {string}
         */
        ProductCategory: "compute" | "container";
        /**
         * @description Product offering.
         * @enum {string}
         */
        ProductOffering: "virtual_server" | "gpu_server" | "k8s_vm" | "k8s_gpu_vm";
        ServerListResponse: {
            /** @description Servers of this page. */
            servers: components["schemas"]["ServerShowResponse"][];
        };
        ServerCreateRequest: {
            /** @description Image ID. */
            image_id: string;
            /** @description Name of the key pair installed on the server. */
            keypair_name: string;
            /** @description Whether to lock the server against changes. */
            lock?: boolean | null;
            /** @description Number of servers to create. */
            max_count?: number | null;
            /** @description Free-form metadata. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Server name. */
            name: string;
            /** @description Networks to connect the server to. */
            networks: components["schemas"]["Network"][];
            product_category?: components["schemas"]["ProductCategory"];
            product_offering?: components["schemas"]["ProductOffering"];
            /** @description Security group IDs. */
            security_groups?: string[] | null;
            /** @description Server group ID. */
            server_group_id?: string | null;
            /** @description Server type ID. */
            server_type_id: string;
            /** @description Tags. */
            tags?: components["schemas"]["Tag"][] | null;
            /** @description User data passed to the server at boot. */
            user_data?: string | null;
            /** @description Volumes to create with the server. */
            volumes?: components["schemas"]["Volume"][] | null;
        };
        /** @description One network of a new server. */
        Network: {
            /** @description Fixed IP address in the subnet. */
            fixed_ip?: string | null;
            /** @description Existing port to use. */
            port_id?: string | null;
            /** @description Public IP to attach. */
            public_ip_id?: string | null;
            /** @description Subnet of the new port. */
            subnet_id?: string | null;
        };
        Tag: {
            /** @description Key. */
            key: string;
            /** @description Value. */
            value?: string | null;
        };
        /** @description One volume of a new server. */
        Volume: {
            /** @description Boot index (0 for the boot volume). */
            boot_index: number;
            /** @description Whether the volume is deleted with the server. */
            delete_on_termination?: boolean | null;
            /** @description Volume size. */
            size: number;
            /**
             * @description Source of the volume.
             * @enum {string}
             */
            source_type?: "blank" | "image";
            /** @description Volume type. */
            type?: string | null;
        };
        ServerCreateResponse: {
            /** @description IDs of the servers being created. */
            servers: components["schemas"]["ServerCreateResponseParam"][];
        };
        ServerCreateResponseParam: {
            /** @description Server ID. */
            id: string;
        };
        ServerShowResponse: {
            /** @description Account ID. */
            account_id: string;
            /** @description IP addresses, grouped by subnet. */
            addresses?: components["schemas"]["ServerShowResponseAddress"][] | null;
            /** @description Auto-Scaling Group ID. */
            auto_scaling_group_id?: string | null;
            /**
             * Format: date-time
             * @description Creation time.
             */
            created_at: string;
            /** @description Creator. */
            created_by: string;
            /** @description Disk config. */
            disk_config: string;
            /** @description Server ID. */
            id: string;
            /** @description Image ID. */
            image_id?: string | null;
            /** @description Whether the image comes from the marketplace. */
            is_marketplace?: boolean | null;
            /** @description Key pair name. */
            keypair_name?: string | null;
            /** @description Launch configuration ID. */
            launch_configuration_id?: string | null;
            /** @description Whether the server is locked. */
            locked: boolean;
            /** @description Free-form metadata. */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Last modification time.
             */
            modified_at: string;
            /** @description Server name. */
            name: string;
            /**
             * @description Planned Compute OS type.
             * @enum {string}
             */
            planned_compute_os_type?: "open_source" | "windows" | "rhel";
            product_category?: components["schemas"]["ProductCategory"];
            product_offering?: components["schemas"]["ProductOffering"];
            /** @description Security groups. */
            security_groups?: components["schemas"]["ServerShowResponseSecurityGroup"][] | null;
            /** @description Server group ID. */
            server_group_id?: string | null;
            server_type: components["schemas"]["ServerShowResponseServerType"];
            /** @description Server state, for example `BUILD`, `ACTIVE` or `SHUTOFF`. The vendor publishes no closed list, so this is a free string. */
            state: string;
            /** @description Attached volumes. */
            volumes: components["schemas"]["ServerShowResponseVolume"][];
            /** @description VPC ID. */
            vpc_id?: string | null;
        };
        ServerShowResponseSecurityGroup: {
            /** @description Security group name. */
            name: string;
        };
        /** @description Server type of the server. */
        ServerShowResponseServerType: {
            /** @description Size of the root disk. */
            disk: number;
            /** @description Size of the ephemeral disk. */
            ephemeral: number;
            /** @description Extra specs; free-form. */
            extra_specs: {
                [key: string]: unknown;
            };
            /** @description Server type ID. */
            id?: string | null;
            /** @description Server type name. */
            name: string;
            /** @description Amount of RAM. */
            ram: number;
            /** @description Size of the dedicated swap disk. */
            swap: number;
            /** @description Number of vCPUs. */
            vcpus: number;
        };
        ServerShowResponseVolume: {
            /** @description Whether the volume is deleted with the server. */
            delete_on_termination: boolean;
            /** @description Volume ID. */
            id: string;
        };
        ServerRebootRequestBody: {
            /**
             * @description `SOFT` lets the guest OS shut down; `HARD` power-cycles the server.
             * @enum {string}
             */
            reboot_type?: "SOFT" | "HARD";
        };
        ServerInterfaceListResponse: {
            /** @description Interfaces. */
            interfaces: components["schemas"]["InterfaceResponse"][];
        };
        /**
         * @description Either a new port in a subnet or an existing port, never both. Departure from the vendor schema, which has
         *     three optional nullable fields and an example combining `port_id` with `subnet_id`: each branch names the
         *     other branch's fields as the schema `false`, so a body mixing them matches neither branch and the generated
         *     type rejects it.
         */
        ServerInterfaceCreateRequest: components["schemas"]["ServerInterfaceCreateNewPort"] | components["schemas"]["ServerInterfaceAttachPort"];
        /**
         * New port
         * @description Create a new port in `subnet_id`; the IP address is assigned automatically unless `fixed_ips` gives it.
         */
        ServerInterfaceCreateNewPort: {
            /** @description Subnet of the new port. */
            subnet_id: string;
            /** @description IP addresses to give the new port; leave out (or null) to have one assigned automatically. */
            fixed_ips?: components["schemas"]["InterfaceAttachmentFixedIp"][] | null;
            port_id?: never;
        };
        /**
         * Existing port
         * @description Attach the existing port `port_id`.
         */
        ServerInterfaceAttachPort: {
            /** @description Existing port to attach. */
            port_id: string;
            subnet_id?: never;
            fixed_ips?: never;
        };
        InterfaceResponse: {
            /** @description Fixed IP addresses of the port. */
            fixed_ips: components["schemas"]["InterfaceAttachmentFixedIp"][];
            /** @description MAC address. */
            mac_addr: string;
            /** @description Port ID. */
            port_id: string;
            /** @description Port state, for example `ACTIVE` or `DOWN`. The vendor publishes no closed list, so this is a free string. */
            port_state: string;
            private_static_nat?: components["schemas"]["PrivateStaticNat"];
            static_nat?: components["schemas"]["PublicStaticNat"];
            /** @description Subnet ID. */
            subnet_id: string;
        };
        InterfaceAttachmentFixedIp: {
            /** @description IP address. */
            ip_address: string;
        };
        /** @description Private static NAT of the interface; absent when there is none. */
        PrivateStaticNat: {
            /** @description External IP address. */
            external_ip_address: string;
            /** @description NAT ID. */
            id: string;
            /** @description Private NAT IP ID. */
            private_nat_ip_id?: string | null;
            /** @description NAT state. */
            state: string;
        };
        /** @description Public static NAT of the interface; absent when there is none. */
        PublicStaticNat: {
            /** @description External IP address. */
            external_ip_address: string;
            /** @description NAT ID. */
            id: string;
            /** @description Public IP ID. */
            publicip_id?: string | null;
            /** @description NAT state. */
            state: string;
        };
        ServerInterfaceUpdateRequest: {
            /** @description New fixed IP address of the interface. */
            fixed_ip_address?: string | null;
            /** @description New subnet of the interface. */
            subnet_id?: string | null;
        };
        ServerIpsResponse: {
            /** @description IP addresses, grouped by subnet. */
            addresses: components["schemas"]["ServerShowResponseAddress"][];
        };
        ServerShowResponseAddress: {
            /** @description IP addresses in the subnet. */
            ip_addresses: components["schemas"]["ServerShowResponseAddressIpAddress"][];
            /** @description Subnet name. */
            subnet_name: string;
        };
        ServerShowResponseAddressIpAddress: {
            /** @description IP address. */
            ip_address: string;
            /**
             * @description IP version. The vendor types it as a plain integer; the only IP versions are 4 and 6, so the spec closes the set.
             * @enum {integer}
             */
            version: 4 | 6;
        };
    };
    responses: {
        /** @description The interfaces, wrapped in `{"interfaces": [...]}`. */
        ServerInterfaceList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerInterfaceListResponse"];
            };
        };
        /** @description Accepted; the action runs asynchronously. No body. */
        Accepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request was rejected, for example because a field is missing or has the wrong type. The body is an array
         *     of `ValidationErrorModel`, as the vendor documents for this operation. A client must still cope with an
         *     error body of another shape, or one that is not JSON.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorList"];
            };
        };
        /**
         * @description The request was rejected. Departure from the vendor material: for this operation the vendor documents 400
         *     with no schema, while for the other virtualserver 1.0 operations it documents the body as an array of
         *     `ValidationErrorModel`. The 400 answers come from the service's shared request validation, so the spec
         *     declares the same array here rather than leaving the body untyped. This is an assumption, not a
         *     documented guarantee: a client must still cope with an error body of another shape (networking services
         *     answer `{"errors": [...]}`), or one that is not JSON.
         */
        BadRequestUndocumented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorList"];
            };
        };
        /** @description The signed headers are missing, expired or do not match the request (see the security schemes). The vendor documents no body. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The credentials are valid but not allowed to perform this action. The vendor documents no body. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The server, port or another referenced resource does not exist. The vendor documents no body. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource is in a state that does not allow this action (for example a server that is still being built). The vendor documents no body. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Server ID.
         * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
         */
        ServerId: string;
        /**
         * @description Port ID of the interface.
         * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
         */
        PortId: string;
        /**
         * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
         *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
         * @example virtualserver 1.3
         */
        ScpApiVersion: string;
        /**
         * @description Language of human-readable messages, for example `en-US`.
         * @example en-US
         */
        AcceptLanguage: string;
        /**
         * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
         *     is part of the signed message.
         * @example
         */
        ScpAccountId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVirtualServers: {
        parameters: {
            query?: {
                /**
                 * @description Server name.
                 * @example web-01
                 */
                name?: string;
                /**
                 * @description IP address of the server.
                 * @example 192.169.3.2
                 */
                ip?: string;
                /**
                 * @description Server state, for example `ACTIVE` or `SHUTOFF`. The vendor publishes no closed list of states, so this is a free string.
                 * @example ACTIVE
                 */
                state?: string;
                /**
                 * @description Product category.
                 * @example compute
                 */
                product_category?: components["schemas"]["ProductCategory"];
                /**
                 * @description Product offering; repeat the parameter to filter on several (`product_offering=virtual_server&product_offering=gpu_server`).
                 *     The vendor documents the value as "one offering or a list of offerings". With form style and explode,
                 *     one offering and a one-item list are the same query string, so the spec models it as a list only.
                 * @example [
                 *       "virtual_server"
                 *     ]
                 */
                product_offering?: components["schemas"]["ProductOffering"][];
                /**
                 * @description VPC ID.
                 * @example 8a463aa4b1dc4f279c3f53b94dc45e74
                 */
                vpc_id?: string;
                /**
                 * @description Server type ID.
                 * @example s1v1m2
                 */
                server_type_id?: string;
                /**
                 * @description Maximum number of servers in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description ID of the last server of the previous page; the page starts after it.
                 * @example 5e1bd2e4-7c3b-4d2e-9a6f-0b8f2c7d1a94
                 */
                marker?: string;
                /**
                 * @description Sort key and direction, passed through to the service as written (for example `created_at:desc`).
                 * @example created_at:desc
                 */
                sort?: string;
                /**
                 * @description Auto-Scaling Group ID.
                 * @example 3f0c7a1e2b9d4c58a6e1f0d2c3b4a596
                 */
                auto_scaling_group_id?: string;
            };
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_id": "6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13",
                 *       "keypair_name": "my-keypair",
                 *       "lock": false,
                 *       "max_count": 1,
                 *       "metadata": {
                 *         "role": "web"
                 *       },
                 *       "name": "web-01",
                 *       "networks": [
                 *         {
                 *           "subnet_id": "78b2ee3f074145c580ab6abac4821f97",
                 *           "fixed_ip": "192.169.3.2",
                 *           "public_ip_id": "615fa9cd5cff486c9de679b3ce63e601"
                 *         }
                 *       ],
                 *       "product_category": "compute",
                 *       "product_offering": "virtual_server",
                 *       "security_groups": [
                 *         "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *       ],
                 *       "server_type_id": "s1v1m2",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "volumes": [
                 *         {
                 *           "boot_index": 0,
                 *           "delete_on_termination": true,
                 *           "size": 100,
                 *           "source_type": "image",
                 *           "type": "SSD"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServerCreateRequest"];
            };
        };
        responses: {
            /** @description Accepted; the servers are being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerCreateResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    startVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    stopVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    rebootVirtualServer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reboot_type": "SOFT"
                 *     }
                 */
                "application/json": components["schemas"]["ServerRebootRequestBody"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServerInterfaces: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerInterfaceList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerInterfaceCreateRequest"];
            };
        };
        responses: {
            /** @description The interface now attached to the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerInterfaceList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fixed_ip_address": "192.169.3.10",
                 *       "subnet_id": "78b2ee3f074145c580ab6abac4821f97"
                 *     }
                 */
                "application/json": components["schemas"]["ServerInterfaceUpdateRequest"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterface: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
                /**
                 * @description Port ID of the interface.
                 * @example f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc
                 */
                port_id: components["parameters"]["PortId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the interface is detached. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServerIps: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version to use, as `virtualserver <major>.<minor>`. The generated client sets it from the operation's
                 *     `x-scp-api-versions`. Without it the server uses the newest CURRENT version.
                 * @example virtualserver 1.3
                 */
                "Scp-Api-Version"?: components["parameters"]["ScpApiVersion"];
                /**
                 * @description Language of human-readable messages, for example `en-US`.
                 * @example en-US
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Account ID. Optional; the vendor's own tooling sends it empty. Whatever is sent here (or the empty string)
                 *     is part of the signed message.
                 * @example
                 */
                "Scp-AccountId"?: components["parameters"]["ScpAccountId"];
            };
            path: {
                /**
                 * @description Server ID.
                 * @example 2a9be312-5d4b-4bc8-b2ae-35100fa9241f
                 */
                server_id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerIpsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
