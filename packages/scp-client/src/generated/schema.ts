// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
    "/v1/images": {
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
         * List images
         * @description Lists the images the account can use: standard images, its own custom images and images shared with it, filtered by type, name, OS, status or visibility. Pages with `limit` and `marker`.
         */
        get: operations["listImages"];
        put?: never;
        /**
         * Create an image from a file
         * @description Registers a new custom image whose file is read from the Object Storage URL `url` (qcow2 only). Answers with the image, whose `status` shows the upload.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{image_id}": {
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
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Show an image
         * @description Returns one image with its format, size, owner, visibility and SCP attributes.
         */
        get: operations["showImage"];
        /**
         * Update an image
         * @description Changes the minimum disk and memory, the deletion protection or the visibility of a custom image, and answers with the image.
         */
        put: operations["updateImage"];
        post?: never;
        /**
         * Delete an image
         * @description Deletes a custom image; an image that cannot be deleted now (for example a protected one) is refused with 409. Answers 204 with no body.
         */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keypairs": {
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
         * List key pairs
         * @description Lists the SSH key pairs of the user. Pages with `limit` and `marker` (the name of the last key pair of the previous page).
         */
        get: operations["listKeypairs"];
        put?: never;
        /**
         * Create or import a key pair
         * @description Creates a key pair. Give `public_key` to import an existing public key; without it a new key pair is generated and its `private_key` is in this answer only: store it, it cannot be retrieved again.
         */
        post: operations["createKeypair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keypairs/{keypair_name}": {
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
                 * @description Key pair name.
                 * @example deploy-key
                 */
                keypair_name: components["parameters"]["KeypairName"];
            };
            cookie?: never;
        };
        /**
         * Show a key pair
         * @description Returns one key pair with its public key, fingerprint and creation time.
         */
        get: operations["showKeypair"];
        put?: never;
        post?: never;
        /**
         * Delete a key pair
         * @description Deletes the key pair. Answers 204 with no body.
         */
        delete: operations["deleteKeypair"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pending-images": {
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
         * List images being prepared
         * @description Lists the images of the account that are not active yet (still being created, uploaded or imported).
         */
        get: operations["listPendingImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/server-types": {
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
         * List server types
         * @description Lists the server types a server can be created with, optionally only those with at least `min_disk` of disk and `min_ram` of memory. Pages with `limit` and `marker` (the ID of the last server type of the previous page).
         */
        get: operations["listServerTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/server-types/{server_type_id}": {
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
                 * @description Server type ID.
                 * @example s1v2m4
                 */
                server_type_id: components["parameters"]["ServerTypeId"];
            };
            cookie?: never;
        };
        /**
         * Show a server type
         * @description Returns one server type with its vCPUs, memory, disks and extra specs.
         */
        get: operations["showServerType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         *     and `marker` (the id of the last server of the previous page). Leave a filter out to not filter on it.
         */
        get: operations["listVirtualServers"];
        put?: never;
        /**
         * Create virtual servers
         * @description Creates one or more virtual servers (`max_count`) from an image, a server type and one or more networks.
         *     Creation is asynchronous: the answer is 202 with the IDs of the servers being built; follow their `state`
         *     with `showVirtualServer`.
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
        /**
         * Rename a virtual server
         * @description Changes the name of the server, the only field this call updates, and answers with the whole server.
         */
        put: operations["updateVirtualServer"];
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
    "/v1/servers/{server_id}/console-log": {
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
         * Show the console log of a server
         * @description Returns the text the server wrote to its serial console; `line_size` limits the answer to the last lines.
         */
        get: operations["showVirtualServerConsoleLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/dump": {
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
         * Dump the memory of a server
         * @description Triggers a memory dump of the server, for example to debug a server that hangs. Answers 202 with no body.
         */
        post: operations["createVirtualServerDump"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/images": {
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
         * Create a custom image from a server
         * @description Captures the server's boot volume as a new private image named `image_name`. The capture runs in the background: the answer is 202 with the ID of the image being created.
         */
        post: operations["createVirtualServerCustomImage"];
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
         *     The request body is a `oneOf` of those two shapes, so a typed client cannot send both.
         *
         *     Versions: 1.3 CURRENT; 1.2 SUPPORTED until 2026-08-31; 1.1 DEPRECATED since 2026-05-31; 1.0 DEPRECATED since
         *     2025-12-31. All four take the same parameters and body and give the same responses.
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
    "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats": {
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
        get?: never;
        put?: never;
        /**
         * Create a private static NAT on an interface
         * @description Maps an IP of a private NAT (`private_nat_id`, `private_nat_ip_id`) one-to-one to the interface. The answer is 201 with no body; the NAT then shows in the interface's `private_static_nat`.
         */
        post: operations["createServerInterfacePrivateNat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}": {
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
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a private static NAT of an interface
         * @description Removes the private static NAT `nat_id` from the interface. The removal is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteServerInterfacePrivateNat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/static-nats": {
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
        get?: never;
        put?: never;
        /**
         * Bind a public IP to an interface (static NAT)
         * @description Creates a public static NAT: the public IP `publicip_id` is mapped one-to-one to the interface. The answer is 201 with no body; the NAT then shows in the interface's `static_nat`.
         */
        post: operations["createServerInterfaceNat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}": {
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
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unbind a public IP from an interface
         * @description Deletes the public static NAT `nat_id` of the interface. The public IP stays allocated to the account. The removal is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteServerInterfaceNat"];
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
         * @description Lists the server's IP addresses, grouped by subnet.
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
    "/v1/servers/{server_id}/ips/{subnet_id}": {
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
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        /**
         * Show the IP addresses of a server in one subnet
         * @description Returns the addresses the server holds in one subnet, in the same shape as one entry of `listServerIps`.
         */
        get: operations["showServerIp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/lock": {
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
         * Lock a virtual server
         * @description Locks the server against changes until it is unlocked. Answers 202 with no body.
         */
        post: operations["lockVirtualServer"];
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
    "/v1/servers/{server_id}/rebuild": {
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
         * Rebuild a virtual server
         * @description Reinstalls the server from its image; the server keeps its ID. The call takes no body and answers 202 with no body.
         */
        post: operations["rebuildVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/security-groups": {
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
         * List the security groups of a server
         * @description Lists the security groups applied to the server, with their rules.
         */
        get: operations["listVirtualServerSecurityGroups"];
        put?: never;
        /**
         * Apply a security group to a server
         * @description Adds the security group `security_group_id` to the server. Answers 202 with no body.
         */
        post: operations["attachVirtualServerSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/security-groups/{security_group_id}": {
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
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a security group from a server
         * @description Removes the security group from the server. Answers 202 with no body.
         */
        delete: operations["detachVirtualServerSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/server-type": {
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
         * Resize a server to another server type
         * @description Changes the server type (vCPUs and memory) of the server. Answers 202 with no body; follow the server's `state`.
         */
        post: operations["setVirtualServerType"];
        delete?: never;
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
         *     the progress.
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
         *     shows the progress.
         */
        post: operations["stopVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/unlock": {
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
         * Unlock a virtual server
         * @description Lifts the lock set by `lockVirtualServer`. Answers 202 with no body.
         */
        post: operations["unlockVirtualServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/volumes": {
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
         * List the volumes attached to a server
         * @description Lists the volume attachments of the server: which volume, on which device, and whether it is deleted with the server.
         */
        get: operations["listServerVolumes"];
        put?: never;
        /**
         * Attach a volume to a server
         * @description Attaches an existing volume to the server, optionally on a chosen device, and answers with the new attachment.
         */
        post: operations["createServerVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/servers/{server_id}/volumes/{volume_id}": {
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
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Show one volume attachment of a server
         * @description Returns the attachment of volume `volume_id` to the server.
         */
        get: operations["showServerVolume"];
        /**
         * Change a volume attachment
         * @description Changes whether the attached volume is deleted together with the server. Answers 200 with no body.
         */
        put: operations["updateServerVolume"];
        post?: never;
        /**
         * Detach a volume from a server
         * @description Detaches the volume from the server; the volume itself is kept. The detach is asynchronous; the answer is 202 with no body.
         */
        delete: operations["deleteServerVolume"];
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
         * @description One validation failure. `loc` is the path to the failing value, from the request part down to the field, with
         *     array indexes as integers (`["body", "fixed_ips", 0, "ip_address"]`).
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
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
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
            /** @description Last modification time. */
            modified_at: components["schemas"]["Timestamp"];
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
            /** @description Server state, for example `BUILD`, `ACTIVE` or `SHUTOFF`. */
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
        /** @description Either a new port in a subnet or an existing port, never both. */
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
            /** @description Port state, for example `ACTIVE` or `DOWN`. */
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
             * @description IP version: 4 or 6.
             * @enum {integer}
             */
            version: 4 | 6;
        };
        /** @enum {string} */
        ImageVisibilityEnum: "public" | "community" | "shared" | "private";
        ImageListResponse: {
            /** @description Images. */
            images: components["schemas"]["ImageShowResponse"][];
        };
        ImageCreateRequest: {
            /**
             * @description Container format of the image file, for example `bare`.
             * @default bare
             */
            container_format: string;
            /**
             * @description Disk format of the image file, for example `qcow2`.
             * @default qcow2
             */
            disk_format: string;
            /**
             * @description Minimum disk size in GB a server needs to boot the image.
             * @default 0
             */
            min_disk: number;
            /**
             * @description Minimum memory in MB a server needs to boot the image.
             * @default 0
             */
            min_ram: number;
            /** @description Image name. */
            name: string;
            /** @description Operating system distribution. */
            os_distro: components["schemas"]["ImageOsDistroEnum"];
            /**
             * @description Protect the image against deletion.
             * @default false
             */
            protected: boolean;
            /** @description Tags to set on the image. */
            tags?: components["schemas"]["Tag"][] | null;
            /** @description Object Storage URL of the image file (qcow2). */
            url: string;
            /**
             * @description Visibility of the new image.
             * @default private
             */
            visibility: string;
        };
        /** @description An image. */
        ImageShowResponse: {
            /** @description Checksum of the image file. */
            checksum?: string | null;
            /** @description Container format of the image file, for example `bare`. */
            container_format: string;
            /** @description Creation time. */
            created_at: string;
            /** @description Disk format of the image file, for example `qcow2`. */
            disk_format: string;
            /** @description Path of the image file in the image service. */
            file: string;
            /** @description Image ID. */
            id: string;
            /** @description Minimum disk size in GB a server needs to boot the image. */
            min_disk: number;
            /** @description Minimum memory in MB a server needs to boot the image. */
            min_ram: number;
            /** @description Image name. */
            name: string;
            /** @description Operating system distribution. */
            os_distro?: string | null;
            /** @description Algorithm of `os_hash_value`. */
            os_hash_algo?: string | null;
            /** @description Hash of the image file. */
            os_hash_value?: string | null;
            /** @description Whether the image is hidden from image lists. */
            os_hidden: boolean;
            /** @description Project that owns the image. */
            owner: string;
            /** @description Name of the account that owns the image. */
            owner_account_name?: string | null;
            /** @description Name of the user who owns the image. */
            owner_user_name?: string | null;
            /** @description Whether the image is protected against deletion. */
            protected: boolean;
            /** @description Device name of the root disk. */
            root_device_name?: string | null;
            /** @description SCP image type, for example `STANDARD` or `CUSTOM`. */
            scp_image_type?: string | null;
            /** @description Kubernetes version, for Kubernetes node images. */
            scp_k8s_version?: string | null;
            /** @description Type of the image this image was made from. */
            scp_original_image_type?: string | null;
            /** @description Build version of the operating system. */
            scp_os_build_version?: string | null;
            /** @description Version of the operating system. */
            scp_os_version?: string | null;
            /**
             * Format: int64
             * @description Size of the image file in bytes.
             */
            size?: number | null;
            /** @description Image status, for example `active` or `queued`. */
            status: string;
            /** @description Last update time. */
            updated_at: string;
            /** @description Object Storage URL the image file came from. */
            url?: string | null;
            /**
             * Format: int64
             * @description Virtual size of the disk in the image, in bytes.
             */
            virtual_size?: number | null;
            /** @description Who can see the image: `public`, `community`, `shared` or `private`. */
            visibility: string;
            /** @description Volumes made from the image. */
            volumes?: string | null;
        };
        ImageSetRequest: {
            /** @description Minimum disk size in GB a server needs to boot the image. */
            min_disk?: number | null;
            /** @description Minimum memory in MB a server needs to boot the image. */
            min_ram?: number | null;
            /** @description Whether the image is protected against deletion. */
            protected?: boolean | null;
            /** @description New visibility: `private` or `shared`. */
            visibility?: string | null;
        };
        KeypairListResponse: {
            /** @description Key pairs. */
            keypairs: components["schemas"]["Keypair"][];
        };
        KeypairCreateRequest: {
            /** @description Key pair name. */
            name: string;
            /** @description Public key to import; leave out to have a new key pair generated. */
            public_key?: string | null;
            /** @description Tags to set on the new resource. */
            tags?: components["schemas"]["Tag"][] | null;
        };
        KeypairCreateResponse: {
            /** @description Fingerprint of the public key. */
            fingerprint: string;
            /** @description Key pair name. */
            name: string;
            /** @description Private key of a generated key pair; null when a public key was imported. Only returned here. */
            private_key?: string | null;
            /** @description Public key in OpenSSH format. */
            public_key: string;
            /** @description Key type, for example `ssh`. */
            type: string;
        };
        KeypairShowResponse: {
            /** @description Creation time. */
            created_at: components["schemas"]["Timestamp"];
            /** @description Fingerprint of the public key. */
            fingerprint: string;
            /** @description Numeric key pair ID. */
            id: number;
            /** @description Key pair name. */
            name: string;
            /** @description Public key in OpenSSH format. */
            public_key: string;
            /** @description Key type, for example `ssh`. */
            type: string;
            /** @description User ID. */
            user_id: string;
        };
        ServerTypeListResponse: {
            /** @description Server types. */
            server_types: components["schemas"]["ServerType"][];
        };
        /** @description A server type. */
        ServerType: {
            /** @description Description of the server type; may be null. */
            description: string | null;
            /** @description Size of the root disk in GB. */
            disk: number;
            /** @description Size of the ephemeral disk in GB. */
            ephemeral: number;
            /** @description Extra properties of the type; free-form. */
            extra_specs: {
                [key: string]: unknown;
            };
            /** @description Server type ID. */
            id: string;
            /** @description Server type name. */
            name: string;
            /** @description Memory in MB. */
            ram: number;
            /** @description Size of the swap disk in MB. */
            swap: number;
            /** @description Number of vCPUs. */
            vcpus: number;
        };
        ServerUpdateRequest: {
            /** @description New server name. */
            name: string;
        };
        ServerConsoleLogResponse: {
            /** @description Console output; null when there is none. */
            output?: string | null;
        };
        ServerCreateImageRequestBody: {
            /** @description Name of the new image. */
            image_name: string;
        };
        ServerCreateImageResponse: {
            /** @description ID of the image being created. */
            image_id: string;
        };
        ServerPrivateStaticNatCreateRequest: {
            /** @description Private NAT to take the IP from. */
            private_nat_id: string;
            /** @description IP of the private NAT to map to the interface. */
            private_nat_ip_id: string;
        };
        ServerStaticNatCreateRequest: {
            /** @description Public IP to bind to the interface. */
            publicip_id: string;
        };
        ServerSecurityGroupListResponse: {
            /** @description Security groups. */
            security_groups: components["schemas"]["SecurityGroupResponse"][];
        };
        ServerSecurityGroupActionRequestBody: {
            /** @description Security group to apply. */
            security_group_id: string;
        };
        ServerSetServerTypeRequestBody: {
            /** @description ID of the new server type, for example `s1v2m4`. */
            server_type: string;
        };
        ServerVolumesResponse: {
            /** @description Volume attachments. */
            volumes: components["schemas"]["ServersVolumeResponse"][];
        };
        ServerVolumesCreateRequest: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination?: boolean | null;
            /** @description Device name to attach it as; chosen by the service when left out. */
            device?: string | null;
            /** @description Volume to attach. */
            volume_id: string;
        };
        ServersVolumeResponse: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination: boolean;
            /** @description Device name of the volume on the server, for example `/dev/vdb`. */
            device: string;
            /** @description Attachment ID. */
            id: string;
            /** @description Server ID. */
            server_id: string;
            /** @description Attached volume. */
            volume_id: string;
        };
        ServerVolumesUpdateRequest: {
            /** @description Whether the volume is deleted when the server is deleted. */
            delete_on_termination?: boolean | null;
            /** @description Attached volume. */
            volume_id: string;
        };
        /** @enum {string} */
        ImageOsDistroEnum: "alma" | "centos" | "rhel" | "rocky" | "ubuntu" | "windows" | "oracle" | "sles";
        /** @description A key pair as listed. */
        Keypair: {
            /** @description Fingerprint of the public key. */
            fingerprint: string;
            /** @description Key pair name. */
            name: string;
            /** @description Public key in OpenSSH format. */
            public_key: string;
            /** @description Key type, for example `ssh`. */
            type: string;
        };
        /** @description A security group with its rules. */
        SecurityGroupResponse: {
            /** @description Account that owns the security group. */
            account_id: string;
            /** @description Description of the security group. */
            description: string;
            /** @description Security group ID. */
            id: string;
            /** @description Security group name. */
            name: string;
            /** @description Rules of the security group. */
            rules: components["schemas"]["SecurityGroupResponseRule"][];
        };
        SecurityGroupResponseRule: {
            /** @description First port of the range the rule allows. */
            from_port: number;
            /** @description Rule ID. */
            id: string;
            /** @description IP protocol of the rule, for example `tcp`. */
            ip_protocol: string;
            /** @description Address range the rule applies to. */
            ip_range: components["schemas"]["SecurityGroupResponseRuleIpRange"];
            /** @description Last port of the range the rule allows. */
            to_port: number;
        };
        SecurityGroupResponseRuleIpRange: {
            /** @description Address range in CIDR notation. */
            cidr: string;
        };
        /**
         * @description A point in time, `YYYY-MM-DDThh:mm:ss` with optional fractions of a second. The API sends it either with a zone offset, as RFC 3339 (`2026-11-30T09:15:02Z`, `2026-11-30T18:15:02+09:00`), or without one (`2026-11-30T09:15:02`). The zone-less form names no time zone; parse both forms, and do not feed this field to a strict RFC 3339 parser alone.
         * @example 2026-11-30T09:15:02
         * @example 2026-11-30T09:15:02Z
         * @example 2026-11-30T18:15:02.123+09:00
         */
        Timestamp: string;
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
         *     of `ValidationErrorModel`. A client must still cope with an error body of another shape, or one that is not JSON.
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
         * @description The request was rejected, for example because a field is missing or has the wrong type. The body is expected
         *     to be an array of `ValidationErrorModel`, as the service answers elsewhere, but this is not guaranteed: a client
         *     must cope with an error body of another shape (networking services answer `{"errors": [...]}`), or one that is
         *     not JSON.
         */
        BadRequestUndocumented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrorList"];
            };
        };
        /** @description The signed headers are missing, expired or do not match the request (see the security schemes). No body is documented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The credentials are valid but not allowed to perform this action. No body is documented. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource, or another resource the request refers to, does not exist. No body is documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource is in a state that does not allow this action (for example a server that is still being built). No body is documented. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Done. No body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The service failed to answer. No body is documented. */
        InternalServerError: {
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
        /**
         * @description Image ID.
         * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
         */
        ImageId: string;
        /**
         * @description Key pair name.
         * @example deploy-key
         */
        KeypairName: string;
        /**
         * @description Server type ID.
         * @example s1v2m4
         */
        ServerTypeId: string;
        /**
         * @description Static NAT ID.
         * @example 224b80106e6f41b38efe98ac9ddbf280
         */
        NatId: string;
        /**
         * @description Subnet ID.
         * @example 78b2ee3f074145c580ab6abac4821f97
         */
        SubnetId: string;
        /**
         * @description Security group ID.
         * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
         */
        SecurityGroupId: string;
        /**
         * @description Volume ID.
         * @example 3f500f00-ed80-4566-a057-e31760226f9a
         */
        VolumeId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listImages: {
        parameters: {
            query?: {
                /** @description Maximum number of items in one page. */
                limit?: number;
                /** @description ID of the last item of the previous page; the page starts after it. */
                marker?: string;
                /** @description SCP image type to filter on, for example `STANDARD` or `CUSTOM`. */
                scp_image_type?: string;
                /** @description Original image type to filter on. */
                scp_original_image_type?: string;
                /** @description Name to filter on. */
                name?: string;
                /** @description Operating system distribution to filter on. */
                os_distro?: string;
                /** @description Status to filter on. */
                status?: string;
                /** @description Visibility to filter on. */
                visibility?: components["schemas"]["ImageVisibilityEnum"];
                /** @description Sort key and direction, for example `created_at:desc`. */
                sort?: string;
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
            /** @description The images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createImage: {
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
                 *       "container_format": "bare",
                 *       "disk_format": "qcow2",
                 *       "min_disk": 100,
                 *       "min_ram": 0,
                 *       "name": "ubuntu-2204-web",
                 *       "os_distro": "alma",
                 *       "protected": false,
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ],
                 *       "url": "https://object-store.kr-west1.e.samsungsdscloud.com/images/ubuntu-2204-web.qcow2",
                 *       "visibility": "private"
                 *     }
                 */
                "application/json": components["schemas"]["ImageCreateRequest"];
            };
        };
        responses: {
            /** @description The new image from a file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showImage: {
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
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateImage: {
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
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "min_disk": 100,
                 *       "min_ram": 0,
                 *       "protected": true,
                 *       "visibility": "shared"
                 *     }
                 */
                "application/json": components["schemas"]["ImageSetRequest"];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteImage: {
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
                 * @description Image ID.
                 * @example 6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13
                 */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listKeypairs: {
        parameters: {
            query?: {
                /** @description Maximum number of items in one page. */
                limit?: number;
                /** @description ID of the last item of the previous page; the page starts after it. */
                marker?: string;
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
            /** @description The key pairs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createKeypair: {
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
                 *       "name": "deploy-key",
                 *       "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2m0Jq5cR8vXb7wQe3nLr1tYpZs9dF4gH6jK2lM8nO deploy@web-01",
                 *       "tags": [
                 *         {
                 *           "key": "team",
                 *           "value": "platform"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["KeypairCreateRequest"];
            };
        };
        responses: {
            /** @description The new key pair; `private_key` is set only when the key pair was generated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairCreateResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    showKeypair: {
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
                 * @description Key pair name.
                 * @example deploy-key
                 */
                keypair_name: components["parameters"]["KeypairName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeypairShowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteKeypair: {
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
                 * @description Key pair name.
                 * @example deploy-key
                 */
                keypair_name: components["parameters"]["KeypairName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPendingImages: {
        parameters: {
            query?: {
                /** @description SCP image type to filter on, for example `STANDARD` or `CUSTOM`. */
                scp_image_type?: string;
                /** @description Original image type to filter on. */
                scp_original_image_type?: string;
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
            /** @description The images being prepared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listServerTypes: {
        parameters: {
            query?: {
                /** @description Maximum number of items in one page. */
                limit?: number;
                /** @description ID of the last item of the previous page; the page starts after it. */
                marker?: string;
                /** @description Only server types with at least this disk size in GB. */
                min_disk?: number;
                /** @description Only server types with at least this much memory. */
                min_ram?: number;
                /** @description Sort key and direction, for example `created_at:desc`. */
                sort?: string;
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
            /** @description The server types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerTypeListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    showServerType: {
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
                 * @description Server type ID.
                 * @example s1v2m4
                 */
                server_type_id: components["parameters"]["ServerTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
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
                 * @description Server state, for example `ACTIVE` or `SHUTOFF`.
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
    updateVirtualServer: {
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
                 *       "name": "web-01-renamed"
                 *     }
                 */
                "application/json": components["schemas"]["ServerUpdateRequest"];
            };
        };
        responses: {
            /** @description The renamed server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShowResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
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
    showVirtualServerConsoleLog: {
        parameters: {
            query?: {
                /** @description Number of lines of the log to return, counted from the end. */
                line_size?: number;
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
            /** @description The console output. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerConsoleLogResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createVirtualServerDump: {
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
    createVirtualServerCustomImage: {
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
                 *       "image_name": "web-01-golden"
                 *     }
                 */
                "application/json": components["schemas"]["ServerCreateImageRequestBody"];
            };
        };
        responses: {
            /** @description Accepted; the image is being created. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerCreateImageResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
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
    createServerInterfacePrivateNat: {
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
                 *       "private_nat_id": "3e7a1c9d5b2f4e8a9c0d1e2f3a4b5c6d",
                 *       "private_nat_ip_id": "1f0cb5390c40483592ddc5a282f53496"
                 *     }
                 */
                "application/json": components["schemas"]["ServerPrivateStaticNatCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the private NAT IP is mapped to the interface. No body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterfacePrivateNat: {
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
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerInterfaceNat: {
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
                 *       "publicip_id": "615fa9cd5cff486c9de679b3ce63e601"
                 *     }
                 */
                "application/json": components["schemas"]["ServerStaticNatCreateRequest"];
            };
        };
        responses: {
            /** @description Created; the public IP is bound to the interface. No body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerInterfaceNat: {
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
                /**
                 * @description Static NAT ID.
                 * @example 224b80106e6f41b38efe98ac9ddbf280
                 */
                nat_id: components["parameters"]["NatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
    showServerIp: {
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
                 * @description Subnet ID.
                 * @example 78b2ee3f074145c580ab6abac4821f97
                 */
                subnet_id: components["parameters"]["SubnetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses in the subnet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerShowResponseAddress"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    lockVirtualServer: {
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
    rebuildVirtualServer: {
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
    listVirtualServerSecurityGroups: {
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
            /** @description The security groups of a server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerSecurityGroupListResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    attachVirtualServerSecurityGroup: {
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
                 *       "security_group_id": "1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f"
                 *     }
                 */
                "application/json": components["schemas"]["ServerSecurityGroupActionRequestBody"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    detachVirtualServerSecurityGroup: {
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
                 * @description Security group ID.
                 * @example 1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
                 */
                security_group_id: components["parameters"]["SecurityGroupId"];
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
    setVirtualServerType: {
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
                 *       "server_type": "s1v4m8"
                 *     }
                 */
                "application/json": components["schemas"]["ServerSetServerTypeRequestBody"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequestUndocumented"];
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
    unlockVirtualServer: {
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
        };
    };
    listServerVolumes: {
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
            /** @description The volumes attached to a server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerVolumesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createServerVolume: {
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
                 *       "delete_on_termination": false,
                 *       "device": "/dev/vdb",
                 *       "volume_id": "3f500f00-ed80-4566-a057-e31760226f9a"
                 *     }
                 */
                "application/json": components["schemas"]["ServerVolumesCreateRequest"];
            };
        };
        responses: {
            /** @description The new attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServersVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    showServerVolume: {
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
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume attachment of a server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServersVolumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerVolume: {
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
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delete_on_termination": true,
                 *       "volume_id": "3f500f00-ed80-4566-a057-e31760226f9a"
                 *     }
                 */
                "application/json": components["schemas"]["ServerVolumesUpdateRequest"];
            };
        };
        responses: {
            /** @description OK; the attachment is changed. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestUndocumented"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServerVolume: {
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
                 * @description Volume ID.
                 * @example 3f500f00-ed80-4566-a057-e31760226f9a
                 */
                volume_id: components["parameters"]["VolumeId"];
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
        };
    };
}
