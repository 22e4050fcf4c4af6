// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
    "/accounts/{accountId}/flexcloud/os-floating-ips": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List the account's flexible IPs
         * @description Lists every flexible IP allocated to the account, associated with a server or not. The wiki's page for this call lists only the 200 status and shows an unauthorized example; the 404 for an unknown account number is the answer every other FlexCloud call documents for it, and the 303 comes from the pagination page.
         */
        get: operations["listFlexibleIps"];
        put?: never;
        /**
         * Allocate a flexible IP
         * @description Allocates a new flexible IP to the account, in the zone given in the body. The address comes back unbound (`instance_id` and `fixed_ip` are null); bind it to a server with the `addFloatingIp` server action.
         */
        post: operations["allocateFlexibleIp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/os-floating-ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the flexible IPs of the authenticated account
         * @description Short form of `listFlexibleIps`: the account is the one identified by the credentials (the form of this URI documented up to April 2013). No 404 is listed because there is no account number in the path.
         */
        get: operations["listFlexibleIpsForCurrentAccount"];
        put?: never;
        /**
         * Allocate a flexible IP for the authenticated account
         * @description Short form of `allocateFlexibleIp`: the account is the one identified by the credentials. This is the URI of the April-2013 page, which documents 202 and 401 only; the 404 for a wrong account number cannot occur here.
         */
        post: operations["allocateFlexibleIpForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/os-floating-ips/{ipAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
                 * @example 203.0.113.25
                 */
                ipAddress: components["parameters"]["IpAddress"];
            };
            cookie?: never;
        };
        /**
         * Get a flexible IP
         * @description Returns one allocated flexible IP of the account, addressed by the IP address itself.
         */
        get: operations["getFlexibleIp"];
        put?: never;
        post?: never;
        /**
         * Release a flexible IP
         * @description Deallocates the flexible IP and returns it to Hostway. The answer is 202 with an empty body; an address the account does not hold answers 404.
         */
        delete: operations["releaseFlexibleIp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/os-floating-ips/{ipAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
                 * @example 203.0.113.25
                 */
                ipAddress: components["parameters"]["IpAddress"];
            };
            cookie?: never;
        };
        /**
         * Get a flexible IP of the authenticated account
         * @description Short form of `getFlexibleIp`: the account is the one identified by the credentials. 404 means the address is not allocated to that account.
         */
        get: operations["getFlexibleIpForCurrentAccount"];
        put?: never;
        post?: never;
        /**
         * Release a flexible IP of the authenticated account
         * @description Short form of `releaseFlexibleIp`: the account is the one identified by the credentials. 404 means the address is not allocated to that account.
         */
        delete: operations["releaseFlexibleIpForCurrentAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/servers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List servers
         * @description Lists the account's servers as id, zone and links. Without a `status` filter the API returns the servers that are ACTIVE, PROCESSING or STOPPED.
         */
        get: operations["listServers"];
        put?: never;
        /**
         * Create a server
         * @description Starts building a server from an image, a flavor and a firewall (security) group in a zone. Creation is asynchronous: the answer is 202 with the new server in status BUILD and progress 0, and its `Location` header and `self` link point at the server, which is polled (`getServer`) until its status leaves BUILD. 400 means a resource the request refers to (image, flavor, group) was not found; 404 means the account number in the path is not valid (the wiki labels it "404 Bad Request"; the example answers 404 Not Found).
         */
        post: operations["createServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the servers of the authenticated account
         * @description Short form of `listServers`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listServersForCurrentAccount"];
        put?: never;
        /**
         * Create a server for the authenticated account
         * @description Short form of `createServer` (the wiki's "Alternative URI /servers"): the account is the one identified by the credentials. Same request and answers, except the 404 for an invalid account number, which needs an account number in the path.
         */
        post: operations["createServerForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/servers/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List servers with their details
         * @description Lists the account's servers with every field `getServer` returns. The only retrieved wiki revision of this page (April 2012) predates the `/accounts/{accountId}/flexcloud` prefix and documents `GET /servers/detail` with the filters `name`, `status` and `image`; this long form follows the prefix every later page uses, and the statuses are those of `listServers`.
         */
        get: operations["listServersWithDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the servers of the authenticated account with their details
         * @description Short form of `listServersWithDetails`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listServersWithDetailsForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/servers/{serverId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * Get a server
         * @description Returns one server with its details. This is the call to poll after `createServer` until the status leaves BUILD (progress goes 0, 50, 100). The retrieved excerpt of the wiki page stops inside its example and lists no status codes; 401 and 404 (unknown server or account) are those of the error-code page and the sibling pages.
         */
        get: operations["getServer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{serverId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * Get a server of the authenticated account
         * @description Short form of `getServer`: the account is the one identified by the credentials. 404 means the account has no server with this id.
         */
        get: operations["getServerForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/servers/{serverId}/action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform an action on a server
         * @description Runs one action on the server; the body is an object with exactly one key naming the action: `reboot` (SOFT or HARD), `os-stop` (ACTIVE to STOPPED), `resize` (change the flavor), `addFloatingIp` (bind an allocated flexible IP) or `removeFloatingIp` (unbind it). No start action is documented on the wiki, so none is modelled. Every action answers 202 with an empty body when accepted. The error statuses are the union of the action pages: 400 (every action), 403 (resize, addFloatingIp), 404 (every action), 405 (reboot, stop, resize), 409 (reboot, stop, addFloatingIp, removeFloatingIp), 500 and 503 (resize), 502 (addFloatingIp, removeFloatingIp).
         */
        post: operations["performServerAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{serverId}/action": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform an action on a server of the authenticated account
         * @description Short form of `performServerAction` (the wiki's "Alternative URI /servers/{id}/action"): the account is the one identified by the credentials. Same actions, bodies and answers; 404 means the account has no server with this id.
         */
        post: operations["performServerActionForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/flavors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List flavors
         * @description Lists the flavors available to the account, optionally only those with at least the given disk and memory.
         */
        get: operations["listFlavors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flavors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the flavors of the authenticated account
         * @description Short form of `listFlavors` (the URI of the 2012 revision): the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listFlavorsForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/flavors/{flavorId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Identifier of the flavor (the wiki calls this path segment `id`).
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        /**
         * Get a flavor
         * @description Returns one flavor with its virtual CPUs, memory and disk. The wiki page gives the URI both as `…/flavors/detail/{id}` (its heading) and as `…/flavors/{id}` (its example, and every flavor `self` link); this document uses the latter. 403 means the flavor exists but may not be used by this user.
         */
        get: operations["getFlavor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flavors/{flavorId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the flavor (the wiki calls this path segment `id`).
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        /**
         * Get a flavor for the authenticated account
         * @description Short form of `getFlavor`; the account is the one identified by the credentials.
         */
        get: operations["getFlavorForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/images": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List images
         * @description Lists the images the account can create servers from, optionally filtered by name, status, type and zone.
         */
        get: operations["listImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the images of the authenticated account
         * @description Short form of `listImages`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listImagesForCurrentAccount"];
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
        /** @description Hypermedia link to a resource. */
        Link: {
            /**
             * Format: uri
             * @description Absolute URL of the resource.
             */
            href: string;
            /**
             * @description Relation of the link to the resource.
             * @enum {string}
             */
            rel: "self" | "bookmark";
        };
        /** @description Hypermedia for the resource. */
        Links: components["schemas"]["Link"][];
        /** @description Pagination links of a paginated list (`page`/`pageSize` given). `previous` and `first` are left out on the first page, `next` and `last` on the last one. The pagination page shows these links in a generic envelope whose items sit under `list`; the FlexCloud list pages name the items after the resource (`servers`, `flavors`, …), so this document keeps the resource name and adds `links` beside it. */
        PageLinks: {
            /** @enum {string} */
            rel: "self" | "previous" | "first" | "next" | "last";
            /**
             * Format: uri-reference
             * @description URL of the page, relative to the host.
             */
            href: string;
        }[];
        /** @description Body of a JSON fault. */
        FaultDetail: {
            /** @description Human-readable reason. */
            message: string;
            /** @description The HTTP status of the answer. */
            code: number;
            /** @description Further detail; usually empty. */
            details: string;
            /**
             * Format: uuid
             * @description Correlation id of the error (most pages).
             */
            errorid?: string;
            /**
             * Format: uuid
             * @description Correlation id of the error, under the name one wiki page uses for `itemNotFound` instead of `errorid`.
             */
            guid?: string;
        };
        /** @description Fault named `computeFault` (400 and 500). */
        ComputeFault: {
            computeFault: components["schemas"]["FaultDetail"];
        };
        /** @description Fault named `forbidden` (403). */
        ForbiddenFault: {
            forbidden: components["schemas"]["FaultDetail"];
        };
        /** @description Fault named `itemNotFound` (404). */
        ItemNotFoundFault: {
            itemNotFound: components["schemas"]["FaultDetail"];
        };
        /** @description A JSON fault whose name the wiki does not document. Hostway's faults follow the OpenStack 1.1 pattern, whose names for these statuses would be e.g. `badMethod` (405), `buildInProgress` or `conflictingRequest` (409), `serviceUnavailable` or `serverCapacityUnavailable` (503); because Hostway departs from OpenStack elsewhere (it answers a 400 with `computeFault`), the schema accepts any single fault name rather than guessing one. */
        Fault: {
            [key: string]: components["schemas"]["FaultDetail"];
        };
        /** @description A flexible IP. Its fields keep the snake_case names of the wiki (`instance_id`, `fixed_ip`), which the newest revisions of the flexible-IP pages still use. */
        FlexibleIp: {
            /** @description Id of the server the address is bound to; null while it is unbound. */
            instance_id: string | null;
            /**
             * Format: ipv4
             * @description The address, which is also its identifier.
             */
            ip: string;
            /** @description Fixed (private) address the flexible IP maps to; null in every example the wiki shows. */
            fixed_ip: string | null;
            links: components["schemas"]["Links"];
            /** @description Name of the pool the address comes from. */
            pool: string;
        };
        FlexibleIpEnvelope: {
            floating_ip: components["schemas"]["FlexibleIp"];
        };
        /** @description The answer of the single-address call, documented as a one-element array under the singular key. */
        FlexibleIpView: {
            floating_ip: components["schemas"]["FlexibleIp"][];
        };
        FlexibleIpList: {
            floating_ips: components["schemas"]["FlexibleIp"][];
            links?: components["schemas"]["PageLinks"];
        };
        AllocateFlexibleIpRequest: {
            /** @description Text key of the zone to allocate the address in. */
            zone: string;
        };
        /**
         * @description State of a server. A new server is BUILD until provisioning ends; `os-stop` moves it from ACTIVE to STOPPED. The values are the union of those on the create, list and action pages.
         * @enum {string}
         */
        ServerStatus: "BUILD" | "ACTIVE" | "PROCESSING" | "SUSPENDED" | "STOPPED" | "DELETED" | "UNKNOWN";
        ServerAddress: {
            /**
             * @description IP version; always 4.
             * @enum {integer}
             */
            version: 4;
            /**
             * Format: ipv4
             * @description The address.
             */
            addr: string;
        };
        /** @description The server's addresses, by network. */
        ServerAddresses: {
            public: components["schemas"]["ServerAddress"][];
            private: components["schemas"]["ServerAddress"][];
        };
        /** @description The image the server was built from. */
        ServerImage: {
            /** @description Image id (may contain spaces). */
            id: string;
            /** @description Display name of the image. */
            name: string;
            links: components["schemas"]["Links"];
        };
        /** @description The flavor the server runs with. `id` is a string as in the field list of the newest revision (the 2012 examples show it as a number). */
        ServerFlavor: {
            /** @description Flavor id. */
            id: string;
            /** @description Display name of the flavor; may be empty. */
            name: string;
            links: components["schemas"]["Links"];
        };
        /** @description The firewall (security) group assigned to the server. */
        ServerSecurityGroup: {
            /** @description Id (name) of the group. */
            id: string;
            links: components["schemas"]["Links"];
        };
        /** @description A server with its details. The fields marked "unused" are sent with a fixed value. `securityGroup` appears only in the newest (2014) create page; the excerpts of the other server pages do not show it, so it is optional. `adminPass` is sent only when the server is created (see `CreatedServer`). */
        Server: {
            /** @description Server id. */
            id: string;
            /** @description Display name. */
            name: string;
            status: components["schemas"]["ServerStatus"];
            /** @description Build progress in percent while the status is BUILD. The range is 0-100, but the API currently only reports 0, 50 and 100. (The wiki types it as "number".) */
            progress: number;
            links: components["schemas"]["Links"];
            addresses: components["schemas"]["ServerAddresses"];
            image: components["schemas"]["ServerImage"];
            flavor: components["schemas"]["ServerFlavor"];
            securityGroup?: components["schemas"]["ServerSecurityGroup"];
            /** @description Id of the account that owns the server. */
            userId: string;
            /** @description Id of the physical host; an empty string until provisioning has finished. */
            hostId: string;
            /** @description Text key of the zone the server runs in. */
            zone: string;
            /** @description Creation time, `YYYY-MM-DDTHH:MM:SS` without a time zone; an empty string until provisioning has finished. */
            created: string;
            /** @description Unused; null (the 2012 examples show an empty string). */
            updated: string | null;
            /** @description Unused; null (the 2012 examples show an empty string). */
            tenantId: string | null;
            /**
             * Format: ipv4
             * @description The server's default public IPv4 address.
             */
            accessIPv4: string;
            /** @description Unused; null (the 2012 examples show an empty string). */
            accessIPv6: string | null;
            /** @description Not sent after creation (null if ever sent). */
            adminPass?: string | null;
            /** @description Unused; always an empty object. */
            metadata: Record<string, never>;
        };
        /** @description The server as the create call returns it, which always includes the admin password. */
        CreatedServer: components["schemas"]["Server"] & {
            /** @description The admin password given in the request, or the one generated when none was given. */
            adminPass: string;
        };
        ServerEnvelope: {
            server: components["schemas"]["Server"];
        };
        CreatedServerEnvelope: {
            server: components["schemas"]["CreatedServer"];
        };
        /** @description A server as the plain list shows it. */
        ServerSummary: {
            /** @description Server id. */
            id: string;
            /** @description Text key of the zone the server runs in. */
            zone: string;
            links: components["schemas"]["Links"];
        };
        ServerList: {
            servers: components["schemas"]["ServerSummary"][];
            links?: components["schemas"]["PageLinks"];
        };
        ServerDetailList: {
            servers: components["schemas"]["Server"][];
            links?: components["schemas"]["PageLinks"];
        };
        CreateServerRequest: {
            /** @description The server to build. Image, flavor and firewall group are given by absolute URL. The wiki marks only `adminPass` as optional, and every example sends `securityGroupRef` and `zone`, so the rest is required. */
            server: {
                /** @description Display name. */
                name: string;
                /**
                 * Format: uri
                 * @description Absolute URL of the image to build from.
                 */
                imageRef: string;
                /**
                 * Format: uri
                 * @description Absolute URL of the flavor to use.
                 */
                flavorRef: string;
                /**
                 * Format: uri
                 * @description Absolute URL of the firewall (security) group to assign.
                 */
                securityGroupRef: string;
                /** @description Initial admin password; when left out, one is generated and returned in the answer. */
                adminPass?: string;
                /** @description Text key of the zone to build in. */
                zone: string;
            };
        };
        /** @description One server action, as an object whose single key names the action. */
        ServerAction: components["schemas"]["RebootAction"] | components["schemas"]["StopAction"] | components["schemas"]["ResizeAction"] | components["schemas"]["AddFloatingIpAction"] | components["schemas"]["RemoveFloatingIpAction"];
        /** @description Restart the server. SOFT asks the operating system to restart; HARD is the equivalent of a power cycle. Answers 202, 400, 401, 404, 405, or 409 when the server is already rebooting. */
        RebootAction: {
            reboot: {
                /** @enum {string} */
                type: "HARD" | "SOFT";
            };
        };
        /** @description Stop the server (ACTIVE to STOPPED). The value is null. Answers 202, 400, 401, 404, 405, or 409 when another status change is in progress. */
        StopAction: {
            "os-stop": null;
        };
        /** @description Change the server's flavor. Answers 202, 400 (the server already uses this flavor), 401, 403 (the server cannot be resized), 404, 405, 500, or 503 (the flavor is unavailable). */
        ResizeAction: {
            resize: {
                flavor: {
                    /** @description Id of the flavor to change to. */
                    id: string;
                };
            };
        };
        /** @description Bind an allocated flexible IP to the server. Answers 202, 400 (no address, or server not found), 401, 403 (the address is bound to another server), 404, 409 (server not provisioned), or 502 (the network back end failed). */
        AddFloatingIpAction: {
            addFloatingIp: components["schemas"]["FloatingIpAddress"];
        };
        /** @description Unbind a flexible IP from the server. Answers 202, 400 (no address, or server not found), 401, 404, 409 (server not provisioned, or invalid address), or 502 (the network back end failed). */
        RemoveFloatingIpAction: {
            removeFloatingIp: components["schemas"]["FloatingIpAddress"];
        };
        FloatingIpAddress: {
            /**
             * Format: ipv4
             * @description The flexible IP address.
             */
            address: string;
        };
        /** @description A flavor as the list shows it. */
        FlavorSummary: {
            /** @description Flavor id. */
            id: string;
            /** @description Display name. */
            name: string;
            links: components["schemas"]["Links"];
        };
        FlavorList: {
            flavors: components["schemas"]["FlavorSummary"][];
            links?: components["schemas"]["PageLinks"];
        };
        /** @description A flavor with its resources. */
        Flavor: {
            /** @description Flavor id. */
            id: string;
            /** @description Display name. */
            name: string;
            links: components["schemas"]["Links"];
            /** @description Number of virtual CPUs. The single-flavor page sends it as a string of digits ("1") while the detailed list page sends a number, so both are accepted. (The field is `vcpu`, not OpenStack's `vcpus`.) */
            vcpu: number | string;
            /** @description Memory in MB. */
            ram: number;
            /** @description Disk in GB. */
            disk: number;
        };
        FlavorEnvelope: {
            flavor: components["schemas"]["Flavor"];
        };
        /** @description An image. */
        Image: {
            /** @description Image id (may contain spaces). */
            id: string;
            /** @description Display name. */
            name: string;
            links: components["schemas"]["Links"];
            /** @description Text keys of the zones the image is available in. The wiki's field list types this as a string, but its example sends an array of strings, which this document follows. */
            zones: string[];
        };
        ImageList: {
            images: components["schemas"]["Image"][];
            links?: components["schemas"]["PageLinks"];
        };
    };
    responses: {
        /** @description The credentials are missing or wrong, or the account they name cannot be found. The body is the web server's plain-text page, not a JSON fault. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /** @description The user is authenticated but may not access this resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenFault"];
            };
        };
        /** @description The resource does not exist: the account number in the path is not valid, or the server, flavor or flexible IP addressed is not found. */
        ItemNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ItemNotFoundFault"];
            };
        };
        /** @description The list was asked for without `page`/`pageSize` and holds more than 100 items (or `pageSize` was above 400). `Location` points at the first page of the equivalent paginated call (`pageSize=100`), or at the same page with `pageSize=400`. The wiki documents no body for this answer. */
        SeeOtherFirstPage: {
            headers: {
                /**
                 * @description URL of the paginated call to follow.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/servers?page=1&pageSize=100
                 */
                Location: string;
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The address is allocated. The body holds it, not yet bound to a server. (Later wiki revisions write the self link under `/accounts/{accountId}/flexcloud/os-floating-ips/…`, the April-2013 revision under `/os-floating-ips/…`.) */
        FlexibleIpAllocated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlexibleIpEnvelope"];
            };
        };
        /** @description The account's flexible IPs. */
        FlexibleIpList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlexibleIpList"];
            };
        };
        /** @description The flexible IP. Unlike the allocation answer, the wiki documents this body as an array (of the one address) under the singular key `floating_ip`; no revision shows otherwise, so the schema keeps the array. */
        FlexibleIpDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlexibleIpView"];
            };
        };
        /** @description The address is released; the body is empty. */
        FlexibleIpReleased: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The build has started. The body is the new server, in status BUILD with progress 0, `created` and `hostId` as empty strings, and the admin password (chosen or generated). The wiki's success example names the image and flavor objects `imageRef` and `flavorRef`, while the field list of the same page, its result template, and every other server page name them `image` and `flavor`; this document follows the field list and the newest revision's result template (`image`, `flavor`) and treats the example's keys as a slip. The wiki's example is also not valid JSON (a comma is missing after `adminPass`, and a trailing comma follows `securityGroup.links`); the example here is corrected. */
        ServerCreated: {
            headers: {
                /**
                 * @description URL of the new server, the same as its `self` link; poll it (`getServer`) to follow the build.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/servers/167/
                 */
                Location: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreatedServerEnvelope"];
            };
        };
        /** @description A resource the request refers to (image, flavor or firewall group) was not found. */
        CreateServerBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The servers, as id, zone and links. */
        ServerList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerList"];
            };
        };
        /** @description The servers with all their details. */
        ServerDetailList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerDetailList"];
            };
        };
        /** @description The server. */
        ServerDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerEnvelope"];
            };
        };
        /** @description The action is accepted for processing; the body is empty. Follow its effect with `getServer`. */
        ServerActionAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The action body is wrong (e.g. `addFloatingIp` or `removeFloatingIp` without `address`), the server is not found, the server already uses the requested flavor, or another error occurred. The wiki shows no body for these; the fault name is the one Hostway uses for its documented 400 (`computeFault`). */
        ServerActionBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The action is not permitted on this server (resize not allowed, or the flexible IP is bound to another server). */
        ServerActionForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenFault"];
            };
        };
        /** @description The requested action is not supported. The wiki documents the status but no body or fault name; the body is modelled as a generic fault. */
        ServerActionNotSupported: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description The server's state does not allow the action now: another status change is in progress, it is already rebooting, it is not provisioned yet, or the address to unbind is not valid for it. The wiki documents the status but no body or fault name; the body is modelled as a generic fault. */
        ServerActionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description An unknown error was raised while processing the action (documented for resize). */
        ServerActionInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The network back end failed while binding or unbinding the address, or answered with invalid data. The wiki documents the status but no body or fault name; the body is modelled as a generic fault. */
        ServerActionBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description The selected flavor (profile) is unavailable (documented for resize). The wiki documents the status but no body or fault name; the body is modelled as a generic fault. */
        ServerActionServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Fault"];
            };
        };
        /** @description The flavors, as id, name and links. */
        FlavorList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlavorList"];
            };
        };
        /** @description The flavor with its virtual CPUs, memory and disk. */
        FlavorDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlavorEnvelope"];
            };
        };
        /** @description The images, with the zones each is available in. */
        ImageList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImageList"];
            };
        };
    };
    parameters: {
        /**
         * @description The Hostway account number the call acts on.
         * @example smith1234
         */
        AccountId: string;
        /**
         * @description Identifier of the server (the wiki calls this path segment `id`).
         * @example 167
         */
        ServerId: string;
        /**
         * @description Identifier of the flavor (the wiki calls this path segment `id`).
         * @example 1
         */
        FlavorId: string;
        /**
         * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
         * @example 203.0.113.25
         */
        IpAddress: string;
        /**
         * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
         * @example 1
         */
        Page: number;
        /**
         * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
         * @example 100
         */
        PageSize: number;
        /**
         * @description Only servers with this display name.
         * @example test_server_create
         */
        ServerNameFilter: string;
        /**
         * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED. The current list page documents BUILD, ACTIVE, SUSPENDED, DELETED, STOPPED and PROCESSING as filter values and the 2012 detail page also UNKNOWN; the filter accepts every server status.
         * @example ACTIVE
         */
        ServerStatusFilter: components["schemas"]["ServerStatus"];
        /**
         * @description Only servers built from this image, given as the image's absolute URL.
         * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
         */
        ServerImageFilter: string;
        /**
         * @description Only items in (or, for images, available in) the zone with this text key.
         * @example AUS001
         */
        ZoneFilter: string;
        /** @description Only servers in the region with this text key. */
        RegionFilter: string;
        /**
         * @description Only flavors with at least this much disk, in GB.
         * @example 20
         */
        MinDisk: number;
        /**
         * @description Only flavors with at least this much memory, in MB.
         * @example 1024
         */
        MinRam: number;
        /**
         * @description Only images with this display name.
         * @example CentOS 5 Plesk
         */
        ImageNameFilter: string;
        /**
         * @description Only images in this status.
         * @example ACTIVE
         */
        ImageStatusFilter: "ACTIVE" | "SAVING" | "DELETED";
        /**
         * @description Only base (Hostway-provided) images or only images saved from a server.
         * @example BASE
         */
        ImageTypeFilter: "BASE" | "SERVER";
    };
    requestBodies: {
        /** @description The zone to allocate the address in. The June-2013 and later revisions of the page send this body; the April-2013 revision (the seed page, short URI) sent no body at all, and its examples do not show one, so the body is optional here. */
        AllocateFlexibleIp: {
            content: {
                "application/json": components["schemas"]["AllocateFlexibleIpRequest"];
            };
        };
        /** @description The server to build. */
        CreateServer: {
            content: {
                "application/json": components["schemas"]["CreateServerRequest"];
            };
        };
        /** @description Exactly one action, as a single-key object. */
        ServerAction: {
            content: {
                "application/json": components["schemas"]["ServerAction"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFlexibleIps: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlexibleIpList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    allocateFlexibleIp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllocateFlexibleIp"];
        responses: {
            202: components["responses"]["FlexibleIpAllocated"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listFlexibleIpsForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlexibleIpList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    allocateFlexibleIpForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AllocateFlexibleIp"];
        responses: {
            202: components["responses"]["FlexibleIpAllocated"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getFlexibleIp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
                 * @example 203.0.113.25
                 */
                ipAddress: components["parameters"]["IpAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlexibleIpDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    releaseFlexibleIp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
                 * @example 203.0.113.25
                 */
                ipAddress: components["parameters"]["IpAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["FlexibleIpReleased"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getFlexibleIpForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
                 * @example 203.0.113.25
                 */
                ipAddress: components["parameters"]["IpAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlexibleIpDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    releaseFlexibleIpForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flexible IP address itself, which is the resource's identifier (the wiki's `ip_address`).
                 * @example 203.0.113.25
                 */
                ipAddress: components["parameters"]["IpAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["FlexibleIpReleased"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listServers: {
        parameters: {
            query?: {
                /**
                 * @description Only servers with this display name.
                 * @example test_server_create
                 */
                name?: components["parameters"]["ServerNameFilter"];
                /**
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED. The current list page documents BUILD, ACTIVE, SUSPENDED, DELETED, STOPPED and PROCESSING as filter values and the 2012 detail page also UNKNOWN; the filter accepts every server status.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ServerStatusFilter"];
                /**
                 * @description Only servers built from this image, given as the image's absolute URL.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
                 */
                image?: components["parameters"]["ServerImageFilter"];
                /**
                 * @description Only items in (or, for images, available in) the zone with this text key.
                 * @example AUS001
                 */
                zone?: components["parameters"]["ZoneFilter"];
                /** @description Only servers in the region with this text key. */
                region?: components["parameters"]["RegionFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    createServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateServer"];
        responses: {
            202: components["responses"]["ServerCreated"];
            400: components["responses"]["CreateServerBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listServersForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description Only servers with this display name.
                 * @example test_server_create
                 */
                name?: components["parameters"]["ServerNameFilter"];
                /**
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED. The current list page documents BUILD, ACTIVE, SUSPENDED, DELETED, STOPPED and PROCESSING as filter values and the 2012 detail page also UNKNOWN; the filter accepts every server status.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ServerStatusFilter"];
                /**
                 * @description Only servers built from this image, given as the image's absolute URL.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
                 */
                image?: components["parameters"]["ServerImageFilter"];
                /**
                 * @description Only items in (or, for images, available in) the zone with this text key.
                 * @example AUS001
                 */
                zone?: components["parameters"]["ZoneFilter"];
                /** @description Only servers in the region with this text key. */
                region?: components["parameters"]["RegionFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createServerForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateServer"];
        responses: {
            202: components["responses"]["ServerCreated"];
            400: components["responses"]["CreateServerBadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listServersWithDetails: {
        parameters: {
            query?: {
                /**
                 * @description Only servers with this display name.
                 * @example test_server_create
                 */
                name?: components["parameters"]["ServerNameFilter"];
                /**
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED. The current list page documents BUILD, ACTIVE, SUSPENDED, DELETED, STOPPED and PROCESSING as filter values and the 2012 detail page also UNKNOWN; the filter accepts every server status.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ServerStatusFilter"];
                /**
                 * @description Only servers built from this image, given as the image's absolute URL.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
                 */
                image?: components["parameters"]["ServerImageFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerDetailList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listServersWithDetailsForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description Only servers with this display name.
                 * @example test_server_create
                 */
                name?: components["parameters"]["ServerNameFilter"];
                /**
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED. The current list page documents BUILD, ACTIVE, SUSPENDED, DELETED, STOPPED and PROCESSING as filter values and the 2012 detail page also UNKNOWN; the filter accepts every server status.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ServerStatusFilter"];
                /**
                 * @description Only servers built from this image, given as the image's absolute URL.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
                 */
                image?: components["parameters"]["ServerImageFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerDetailList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getServerForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    performServerAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ServerAction"];
        responses: {
            202: components["responses"]["ServerActionAccepted"];
            400: components["responses"]["ServerActionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ServerActionForbidden"];
            404: components["responses"]["ItemNotFound"];
            405: components["responses"]["ServerActionNotSupported"];
            409: components["responses"]["ServerActionConflict"];
            500: components["responses"]["ServerActionInternalError"];
            502: components["responses"]["ServerActionBadGateway"];
            503: components["responses"]["ServerActionServiceUnavailable"];
        };
    };
    performServerActionForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server (the wiki calls this path segment `id`).
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ServerAction"];
        responses: {
            202: components["responses"]["ServerActionAccepted"];
            400: components["responses"]["ServerActionBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ServerActionForbidden"];
            404: components["responses"]["ItemNotFound"];
            405: components["responses"]["ServerActionNotSupported"];
            409: components["responses"]["ServerActionConflict"];
            500: components["responses"]["ServerActionInternalError"];
            502: components["responses"]["ServerActionBadGateway"];
            503: components["responses"]["ServerActionServiceUnavailable"];
        };
    };
    listFlavors: {
        parameters: {
            query?: {
                /**
                 * @description Only flavors with at least this much disk, in GB.
                 * @example 20
                 */
                minDisk?: components["parameters"]["MinDisk"];
                /**
                 * @description Only flavors with at least this much memory, in MB.
                 * @example 1024
                 */
                minRam?: components["parameters"]["MinRam"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlavorList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listFlavorsForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description Only flavors with at least this much disk, in GB.
                 * @example 20
                 */
                minDisk?: components["parameters"]["MinDisk"];
                /**
                 * @description Only flavors with at least this much memory, in MB.
                 * @example 1024
                 */
                minRam?: components["parameters"]["MinRam"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlavorList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getFlavor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Identifier of the flavor (the wiki calls this path segment `id`).
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlavorDetails"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getFlavorForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the flavor (the wiki calls this path segment `id`).
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FlavorDetails"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listImages: {
        parameters: {
            query?: {
                /**
                 * @description Only images with this display name.
                 * @example CentOS 5 Plesk
                 */
                name?: components["parameters"]["ImageNameFilter"];
                /**
                 * @description Only images in this status.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ImageStatusFilter"];
                /**
                 * @description Only base (Hostway-provided) images or only images saved from a server.
                 * @example BASE
                 */
                type?: components["parameters"]["ImageTypeFilter"];
                /**
                 * @description Only items in (or, for images, available in) the zone with this text key.
                 * @example AUS001
                 */
                zone?: components["parameters"]["ZoneFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The Hostway account number the call acts on.
                 * @example smith1234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ImageList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listImagesForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description Only images with this display name.
                 * @example CentOS 5 Plesk
                 */
                name?: components["parameters"]["ImageNameFilter"];
                /**
                 * @description Only images in this status.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ImageStatusFilter"];
                /**
                 * @description Only base (Hostway-provided) images or only images saved from a server.
                 * @example BASE
                 */
                type?: components["parameters"]["ImageTypeFilter"];
                /**
                 * @description Only items in (or, for images, available in) the zone with this text key.
                 * @example AUS001
                 */
                zone?: components["parameters"]["ZoneFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items. (Revisions before 2014 documented OpenStack `marker`/`limit` paging instead; this document follows the current pagination page.)
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`. The API answers a value above 400 with 303 See Other to the same page at `pageSize=400`; this document caps the value at 400 so that clients do not trigger that redirect.
                 * @example 100
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ImageList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
}
