// generated from specs/hostway/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
    "/accounts/{accountId}/flexcloud/zone": {
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
         * List the account's zones
         * @description Lists the zones the account can use, each as its text key (e.g. `AUS001`, the value `createServer`, `allocateFlexibleIp` and the `zone` filters take) and its location. The answer is keyed by account number and may hold several accounts. 403 means the user may not see this account's zones; 404 means the account number in the path is not valid.
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
    "/zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the zones of the authenticated account
         * @description Short form of `listZones`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listZonesForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * @description Lists every flexible IP allocated to the account, associated with a server or not. 404 means the account number in the path is not valid.
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
         * @description Short form of `listFlexibleIps`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listFlexibleIpsForCurrentAccount"];
        put?: never;
        /**
         * Allocate a flexible IP for the authenticated account
         * @description Short form of `allocateFlexibleIp`: the account is the one identified by the credentials, so the 404 for a wrong account number cannot occur here.
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
                 * @description The flexible IP address itself, which is the resource's identifier.
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
                 * @description The flexible IP address itself, which is the resource's identifier.
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
         * @description Starts building a server from an image, a flavor and a firewall (security) group in a zone. Creation is asynchronous: the answer is 202 with the new server in status BUILD and progress 0, and its `Location` header and `self` link point at the server, which is polled (`getServer`) until its status leaves BUILD. 400 means a resource the request refers to (image, flavor, group) was not found; 404 means the account number in the path is not valid.
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
         * @description Short form of `createServer`: the account is the one identified by the credentials. Same request and answers, except the 404 for an invalid account number, which needs an account number in the path.
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
         * @description Lists the account's servers with every field `getServer` returns, optionally filtered by name, status and image.
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * Get a server
         * @description Returns one server with its details. This is the call to poll after `createServer` until the status leaves BUILD (progress goes 0, 50, 100). 404 means the server or the account is not found.
         */
        get: operations["getServer"];
        /**
         * Rename a server
         * @description Changes the server's display name and answers with the server. Hostway's pages name this operation but no copy of its documentation survives; its form is inferred from the OpenStack Compute API that FlexCloud follows. 404 means the server or the account is not found.
         */
        put: operations["updateServer"];
        post?: never;
        /**
         * Delete a server
         * @description Deletes the server; the call answers 204 at once and the server goes away in the background. Hostway's pages name this operation but no copy of its documentation survives; its form is inferred from the OpenStack Compute API that FlexCloud follows. 404 means the server or the account is not found.
         */
        delete: operations["deleteServer"];
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
                 * @description Identifier of the server.
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
        /**
         * Rename a server of the authenticated account
         * @description Short form of `updateServer`: the account is the one identified by the credentials. Changes the server's display name and answers with the server. Hostway's pages name this operation but no copy of its documentation survives; its form is inferred from the OpenStack Compute API that FlexCloud follows. 404 means the account has no server with this id.
         */
        put: operations["updateServerForCurrentAccount"];
        post?: never;
        /**
         * Delete a server of the authenticated account
         * @description Short form of `deleteServer`: the account is the one identified by the credentials. Deletes the server; the call answers 204 at once and the server goes away in the background. Hostway's pages name this operation but no copy of its documentation survives; its form is inferred from the OpenStack Compute API that FlexCloud follows. 404 means the account has no server with this id.
         */
        delete: operations["deleteServerForCurrentAccount"];
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
                 * @description Identifier of the server.
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
         * @description Runs one action on the server; the body is an object with exactly one key naming the action: `reboot` (SOFT or HARD), `os-stop` (ACTIVE to STOPPED), `os-start` (STOPPED to ACTIVE), `resize` (change the flavor), `addFloatingIp` (bind an allocated flexible IP) or `removeFloatingIp` (unbind it). Every action answers 202 with an empty body when accepted; follow its effect with `getServer`. Each action has its own error statuses (listed on its body schema): 400 and 404 (every action), 403 (resize, addFloatingIp), 405 (reboot, stop, start, resize), 409 (reboot, stop, start, addFloatingIp, removeFloatingIp), 500 and 503 (resize), 502 (addFloatingIp, removeFloatingIp).
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
                 * @description Identifier of the server.
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
         * @description Short form of `performServerAction`: the account is the one identified by the credentials. Same actions, bodies and answers; 404 means the account has no server with this id.
         */
        post: operations["performServerActionForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/os-security-groups": {
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
         * List firewall groups
         * @description Lists the account's firewall (security) groups with their rules and the servers assigned to them. 404 means the account number in the path is not valid.
         */
        get: operations["listSecurityGroups"];
        put?: never;
        /**
         * Create a firewall group
         * @description Creates an empty firewall (security) group: no rules, no servers. Add rules with `createSecurityGroupRule` and assign the group to a server when creating it (`securityGroupRef`, the group's `self` link). 400 means the body is not a valid group; 404 means the account number in the path is not valid.
         */
        post: operations["createSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/os-security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the firewall groups of the authenticated account
         * @description Short form of `listSecurityGroups`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listSecurityGroupsForCurrentAccount"];
        put?: never;
        /**
         * Create a firewall group for the authenticated account
         * @description Short form of `createSecurityGroup`: the account is the one identified by the credentials, so the 404 for a wrong account number cannot occur here.
         */
        post: operations["createSecurityGroupForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/os-security-groups/{securityGroupId}": {
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
                 * @description Identifier of the firewall (security) group, its `id`.
                 * @example group2012Nov02_jD6NX8BsK
                 */
                securityGroupId: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a firewall group
         * @description Returns one firewall (security) group with its rules and the servers assigned to it. 404 means the group or the account is not found.
         */
        get: operations["getSecurityGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a firewall group
         * @description Deletes the firewall (security) group. The answer is 204 with no body; 404 means it does not exist.
         */
        delete: operations["deleteSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/os-security-groups/{securityGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the firewall (security) group, its `id`.
                 * @example group2012Nov02_jD6NX8BsK
                 */
                securityGroupId: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        /**
         * Get a firewall group of the authenticated account
         * @description Short form of `getSecurityGroup`: the account is the one identified by the credentials. 404 means the account has no group with this id.
         */
        get: operations["getSecurityGroupForCurrentAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a firewall group of the authenticated account
         * @description Short form of `deleteSecurityGroup`: the account is the one identified by the credentials. 404 means the account has no group with this id.
         */
        delete: operations["deleteSecurityGroupForCurrentAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/os-security-group-rules": {
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
        get?: never;
        put?: never;
        /**
         * Add a rule to a firewall group
         * @description Adds a rule to the firewall group named by `parentGroupId`: traffic of the protocol on the port range from the CIDR range is let through. 400 means the rule is not valid; 404 means the account number in the path is not valid.
         */
        post: operations["createSecurityGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/os-security-group-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a rule to a firewall group of the authenticated account
         * @description Short form of `createSecurityGroupRule`: the account is the one identified by the credentials, so the 404 for a wrong account number cannot occur here.
         */
        post: operations["createSecurityGroupRuleForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/os-security-group-rules/{ruleId}": {
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
                 * @description Identifier of the firewall group rule, its `id`.
                 * @example 145
                 */
                ruleId: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a firewall group rule
         * @description Deletes the rule from its firewall group. The answer is 204 with no body; 404 means it does not exist.
         */
        delete: operations["deleteSecurityGroupRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/os-security-group-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the firewall group rule, its `id`.
                 * @example 145
                 */
                ruleId: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a firewall group rule of the authenticated account
         * @description Short form of `deleteSecurityGroupRule`: the account is the one identified by the credentials. 404 means the account has no rule with this id.
         */
        delete: operations["deleteSecurityGroupRuleForCurrentAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/volumes": {
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
         * List volumes
         * @description Lists the account's volumes. 404 means the account number in the path is not valid.
         */
        get: operations["listVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the volumes of the authenticated account
         * @description Short form of `listVolumes`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listVolumesForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/volumes/detail": {
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
         * List volumes with their details
         * @description Lists the account's volumes with every detail; the answer has the same fields as `listVolumes`. 404 means the account number in the path is not valid.
         */
        get: operations["listVolumesWithDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the volumes of the authenticated account with their details
         * @description Short form of `listVolumesWithDetails`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listVolumesWithDetailsForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/volumes/{volumeId}": {
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
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Get a volume
         * @description Returns one volume with its details. 404 means the volume or the account is not found.
         */
        get: operations["getVolume"];
        put?: never;
        post?: never;
        /**
         * Delete a volume
         * @description Deletes the volume. The answer is 204 with no body; 404 means it (or the account) does not exist.
         */
        delete: operations["deleteVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes/{volumeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Get a volume of the authenticated account
         * @description Short form of `getVolume`: the account is the one identified by the credentials. 404 means the account has no volume with this id.
         */
        get: operations["getVolumeForCurrentAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a volume of the authenticated account
         * @description Short form of `deleteVolume`: the account is the one identified by the credentials. 404 means the account has no volume with this id.
         */
        delete: operations["deleteVolumeForCurrentAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments": {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the volumes attached to a server
         * @description Lists the server's volume attachments. 404 means the server (or the account) is not found.
         */
        get: operations["listServerVolumeAttachments"];
        put?: never;
        /**
         * Attach a volume to a server
         * @description Attaches an existing volume to the server as the given device. The answer is 200 with no body. 404 means the server or the volume is not found; 409 means the volume is already attached.
         */
        post: operations["attachVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{serverId}/os-volume_attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /**
         * List the volumes attached to a server of the authenticated account
         * @description Short form of `listServerVolumeAttachments`: the account is the one identified by the credentials. 404 means the account has no server with this id.
         */
        get: operations["listServerVolumeAttachmentsForCurrentAccount"];
        put?: never;
        /**
         * Attach a volume to a server of the authenticated account
         * @description Short form of `attachVolume`: the account is the one identified by the credentials. Same request and answers.
         */
        post: operations["attachVolumeForCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/servers/{serverId}/os-volume_attachments/{volumeId}": {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Get a volume attached to a server
         * @description Returns the details of a volume attached to the server. 404 means the server, the volume or the attachment is not found.
         */
        get: operations["getServerVolumeAttachment"];
        put?: never;
        post?: never;
        /**
         * Detach a volume from a server
         * @description Detaches the volume from the server. The answer is 204 with no body; 404 means the server, the volume or the attachment is not found.
         */
        delete: operations["detachVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/servers/{serverId}/os-volume_attachments/{volumeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        /**
         * Get a volume attached to a server of the authenticated account
         * @description Short form of `getServerVolumeAttachment`; the account is the one identified by the credentials.
         */
        get: operations["getServerVolumeAttachmentForCurrentAccount"];
        put?: never;
        post?: never;
        /**
         * Detach a volume from a server of the authenticated account
         * @description Short form of `detachVolume`; the account is the one identified by the credentials.
         */
        delete: operations["detachVolumeForCurrentAccount"];
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
         * @description Short form of `listFlavors`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
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
                 * @description Identifier of the flavor.
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        /**
         * Get a flavor
         * @description Returns one flavor with its virtual CPUs, memory and disk, at the URI of the flavor's `self` link (`getFlavorDetails` is the same call under `…/flavors/detail/{flavorId}`). 403 means the flavor exists but may not be used by this user.
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
                 * @description Identifier of the flavor.
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
    "/accounts/{accountId}/flexcloud/flavors/detail": {
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
         * List flavors with their details
         * @description Lists the flavors available to the account with their virtual CPUs, memory and disk, optionally only those with at least the given disk and memory.
         */
        get: operations["listFlavorsWithDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flavors/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the flavors of the authenticated account with their details
         * @description Short form of `listFlavorsWithDetails`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listFlavorsWithDetailsForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/flavors/detail/{flavorId}": {
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
                 * @description Identifier of the flavor.
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        /**
         * Get a flavor (detail URI)
         * @description The same call as `getFlavor`, under the `…/flavors/detail/{flavorId}` URI: one flavor with its virtual CPUs, memory and disk. 403 means the flavor exists but may not be used by this user.
         */
        get: operations["getFlavorDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flavors/detail/{flavorId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the flavor.
                 * @example 1
                 */
                flavorId: components["parameters"]["FlavorId"];
            };
            cookie?: never;
        };
        /**
         * Get a flavor for the authenticated account (detail URI)
         * @description Short form of `getFlavorDetails`; the account is the one identified by the credentials.
         */
        get: operations["getFlavorDetailsForCurrentAccount"];
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
    "/accounts/{accountId}/flexcloud/images/detail": {
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
         * List images with their details
         * @description Lists the images the account can create servers from with their status and creation time, optionally filtered by name, status, type and zone.
         */
        get: operations["listImagesWithDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/images/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the images of the authenticated account with their details
         * @description Short form of `listImagesWithDetails`: the account is the one identified by the credentials. No 404 is listed because there is no account number in the path.
         */
        get: operations["listImagesWithDetailsForCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/flexcloud/images/{imageId}": {
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
                 * @description Identifier of the image; it may contain spaces, sent percent-encoded.
                 * @example test_public_image
                 */
                imageId: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Get an image
         * @description Returns one image with its status, creation time and zones. 403 means the image exists but may not be used by this user; 404 means it (or the account) is not found.
         */
        get: operations["getImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the image; it may contain spaces, sent percent-encoded.
                 * @example test_public_image
                 */
                imageId: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Get an image for the authenticated account
         * @description Short form of `getImage`; the account is the one identified by the credentials.
         */
        get: operations["getImageForCurrentAccount"];
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
            /** @description URL of the resource. Usually absolute; the pages also show it without its scheme (`{server}/…/flavors/1/`), so do not parse it as an absolute URI: the path ending in `/servers/167/`, `/flavors/1/`, … names the resource. */
            href: string;
            /**
             * @description Relation of the link to the resource.
             * @enum {string}
             */
            rel: "self" | "bookmark";
        };
        /** @description Hypermedia for the resource. */
        Links: components["schemas"]["Link"][];
        /** @description Pagination links of a paginated list (`page`/`pageSize` given). `previous` and `first` are left out on the first page, `next` and `last` on the last one. */
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
             * @description Correlation id of the error.
             */
            errorid?: string;
            /**
             * Format: uuid
             * @description Correlation id of the error, under the name some `itemNotFound` faults use instead of `errorid`.
             */
            guid?: string;
        };
        /** @description Fault named `computeFault`: the fault of a request the API refused or failed to carry out (400, 405 and 5xx). */
        ComputeFault: {
            computeFault: components["schemas"]["FaultDetail"];
        };
        /** @description Fault named `forbidden` (403). */
        ForbiddenFault: {
            forbidden: components["schemas"]["FaultDetail"];
        };
        /** @description Fault named `conflict` (409). */
        ConflictFault: {
            conflict: components["schemas"]["FaultDetail"];
        };
        /** @description Fault named `itemNotFound` (404). */
        ItemNotFoundFault: {
            itemNotFound: components["schemas"]["FaultDetail"];
        };
        Zone: {
            /** @description Text key of the zone, e.g. `AUS001`. */
            zone: string;
            /** @description Location of the zone. */
            location: string;
        };
        /** @description The zones by account: each key is an account number, each value the zones available to that account. The answer may hold several accounts. */
        ZoneList: {
            [key: string]: components["schemas"]["Zone"][];
        };
        /** @description A port number; the single-group call sends it as a string of digits, the other calls as a number. */
        PortNumber: number | string;
        /** @description A rule as its firewall group lists it. */
        GroupRule: {
            /** @description Rule id. */
            id: string;
            fromPort: components["schemas"]["PortNumber"];
            toPort: components["schemas"]["PortNumber"];
            /** @description IP protocol, `TCP` or `UDP`. */
            protocol: string;
            /** @description The source addresses the rule lets in, in CIDR notation. */
            cidr: string;
        };
        /** @description A firewall (security) group. */
        SecurityGroup: {
            /** @description Group id, used in `getSecurityGroup` and as a rule's `parentGroupId`. */
            id: string;
            /** @description Display name. */
            displayName: string;
            /** @description Description. */
            description: string;
            links: components["schemas"]["Links"];
            /** @description The group's rules. */
            rules: components["schemas"]["GroupRule"][];
            /** @description Ids of the servers the group is assigned to. */
            servers: string[];
            /** @description The account that owns the group. */
            accountNumber: string;
            /** @description A fault the group is in, when it has one. */
            fault?: {
                message: string;
                code: number | string;
                details: string;
            };
        };
        SecurityGroupEnvelope: {
            securityGroup: components["schemas"]["SecurityGroup"];
        };
        SecurityGroupList: {
            securityGroups: components["schemas"]["SecurityGroup"][];
            links?: components["schemas"]["PageLinks"];
        };
        CreateSecurityGroupRequest: {
            securityGroup: {
                /** @description Display name. */
                displayName: string;
                /** @description Description. */
                description: string;
            };
        };
        /** @description A firewall group rule. */
        SecurityGroupRule: {
            /** @description Rule id, used in `deleteSecurityGroupRule`. */
            id: string;
            fromPort: components["schemas"]["PortNumber"];
            toPort: components["schemas"]["PortNumber"];
            /** @description IP protocol, `TCP` or `UDP`. */
            protocol: string;
            /** @description The source addresses the rule lets in, in CIDR notation. */
            cidr: string;
            /** @description Id of the group the rule belongs to. */
            parentGroupId: string;
            links: components["schemas"]["Links"];
        };
        SecurityGroupRuleEnvelope: {
            securityGroupRule: components["schemas"]["SecurityGroupRule"];
        };
        CreateSecurityGroupRuleRequest: {
            securityGroupRule: {
                /** @description First port of the range. */
                fromPort: number;
                /** @description Last port of the range. */
                toPort: number;
                /**
                 * @description IP protocol.
                 * @enum {string}
                 */
                protocol: "TCP" | "UDP";
                /** @description The source addresses to let in, in CIDR notation (`0.0.0.0/0` for anywhere). */
                cidr: string;
                /** @description Id of the group to add the rule to. */
                parentGroupId: string;
            };
        };
        /** @description A flexible IP. Its field names are snake_case (`instance_id`, `fixed_ip`), unlike the server fields. */
        FlexibleIp: {
            /** @description Id of the server the address is bound to; null while it is unbound. */
            instance_id: string | null;
            /**
             * Format: ipv4
             * @description The address, which is also its identifier.
             */
            ip: string;
            /** @description Fixed (private) address the flexible IP maps to; null in every known answer. */
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
         * @description State of a server. A new server is BUILD until provisioning ends; `os-stop` moves it from ACTIVE to STOPPED and `os-start` back.
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
        /** @description The flavor the server runs with. */
        ServerFlavor: {
            /** @description Flavor id; a string in most answers, a number in some (compare with `String(id)`). */
            id: string | number;
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
        /** @description What every answer about a server holds: `Server` (the details) and `CreatedServer` (the create answer) add the image and flavor, which the pages name differently in the create answer. The fields marked "unused" are sent with a fixed value. */
        ServerBase: {
            /** @description Server id. */
            id: string;
            /** @description Display name. */
            name: string;
            status: components["schemas"]["ServerStatus"];
            /** @description Build progress in percent while the status is BUILD. The range is 0-100, but the API currently only reports 0, 50 and 100. */
            progress: number;
            links: components["schemas"]["Links"];
            addresses: components["schemas"]["ServerAddresses"];
            securityGroup?: components["schemas"]["ServerSecurityGroup"];
            /** @description Id of the account that owns the server. */
            userId: string;
            /** @description Id of the physical host; an empty string until provisioning has finished. */
            hostId: string;
            /** @description Text key of the zone the server runs in. Sent by the answers of the 2014 pages; the 2012 server list shows servers without it. */
            zone?: string;
            /** @description Creation time, `YYYY-MM-DDTHH:MM:SS` without a time zone; an empty string until provisioning has finished. */
            created: string;
            /** @description Unused; null or an empty string. */
            updated: string | null;
            /** @description Unused; null or an empty string. */
            tenantId: string | null;
            /**
             * Format: ipv4
             * @description The server's default public IPv4 address.
             */
            accessIPv4: string;
            /** @description Unused; null or an empty string. */
            accessIPv6: string | null;
            /** @description Not sent after creation (null if ever sent). */
            adminPass?: string | null;
            /** @description Unused; always an empty object. */
            metadata: Record<string, never>;
        };
        /** @description A server with its details. `adminPass` is sent only when the server is created (see `CreatedServer`). */
        Server: components["schemas"]["ServerBase"] & {
            image: components["schemas"]["ServerImage"];
            flavor: components["schemas"]["ServerFlavor"];
        };
        /** @description The server as the create call returns it, which always includes the admin password. The page documents the image and flavor as `image` and `flavor` in its field list and template, and as `imageRef` and `flavorRef` in its example answer: read whichever is present (`server.image ?? server.imageRef`). */
        CreatedServer: components["schemas"]["ServerBase"] & {
            /** @description The admin password given in the request, or the one generated when none was given. */
            adminPass: string;
            image?: components["schemas"]["ServerImage"];
            flavor?: components["schemas"]["ServerFlavor"];
            imageRef?: components["schemas"]["ServerImage"];
            flavorRef?: components["schemas"]["ServerFlavor"];
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
            /** @description The server to build. Image, flavor and firewall group are given by absolute URL. The page marks no field required; `name`, `imageRef` and `flavorRef` are, as in the OpenStack Compute API FlexCloud follows (and the 2012 page's request had only those and `adminPass`). `securityGroupRef` and `zone` may be left out; the pages do not say what the API picks then, so give them when it matters. */
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
                 * @description Absolute URL of the firewall (security) group to assign; optional.
                 */
                securityGroupRef?: string;
                /** @description Initial admin password; when left out, one is generated and returned in the answer. */
                adminPass?: string;
                /** @description Text key of the zone to build in; optional. */
                zone?: string;
            };
        };
        /** @description What to change on the server. The name is the one field the update is known to change. */
        UpdateServerRequest: {
            server: {
                /** @description The new display name. */
                name: string;
            };
        };
        /** @description One server action, as an object whose single key names the action (every other action's key is `false`, so two actions in one body are refused, and do not compile in the client). `x-statuses` on each action lists the statuses it answers with. */
        ServerAction: components["schemas"]["RebootAction"] | components["schemas"]["StopAction"] | components["schemas"]["StartAction"] | components["schemas"]["ResizeAction"] | components["schemas"]["AddFloatingIpAction"] | components["schemas"]["RemoveFloatingIpAction"];
        /** @description Restart the server. SOFT asks the operating system to restart; HARD is the equivalent of a power cycle. Answers 202, 400 (a wrong parameter or another error), 401, 404, 405, or 409 when the server is already rebooting. */
        RebootAction: {
            "os-stop"?: never;
            "os-start"?: never;
            resize?: never;
            addFloatingIp?: never;
            removeFloatingIp?: never;
            reboot: {
                /** @enum {string} */
                type: "HARD" | "SOFT";
            };
        };
        /** @description Stop the server (ACTIVE to STOPPED). The value is null. Answers 202, 400, 401, 404, 405, or 409 when another status change is in progress. */
        StopAction: {
            reboot?: never;
            "os-start"?: never;
            resize?: never;
            addFloatingIp?: never;
            removeFloatingIp?: never;
            "os-stop": components["schemas"]["NoActionArguments"];
        };
        /** @description Start a stopped server (STOPPED to ACTIVE). The value is null. Answers 202, 400, 401, 404, 405, or 409 when another status change is in progress. */
        StartAction: {
            reboot?: never;
            "os-stop"?: never;
            resize?: never;
            addFloatingIp?: never;
            removeFloatingIp?: never;
            "os-start": components["schemas"]["NoActionArguments"];
        };
        /** @description The action takes no arguments; send null. */
        NoActionArguments: null | Record<string, never>;
        /** @description Change the server's flavor. Answers 202, 400 (the server already uses this flavor), 401, 403 (the server cannot be resized), 404, 405, 500, or 503 (the flavor is unavailable). */
        ResizeAction: {
            reboot?: never;
            "os-stop"?: never;
            "os-start"?: never;
            addFloatingIp?: never;
            removeFloatingIp?: never;
            resize: {
                flavor: {
                    /** @description Id of the flavor to change to. */
                    id: string;
                };
            };
        };
        /** @description Bind an allocated flexible IP to the server. Answers 202, 400 (no address, or server not found), 401, 403 (the address is bound to another server), 404, 409 (server not provisioned), or 502 (the network back end failed). */
        AddFloatingIpAction: {
            reboot?: never;
            "os-stop"?: never;
            "os-start"?: never;
            resize?: never;
            removeFloatingIp?: never;
            addFloatingIp: components["schemas"]["FloatingIpAddress"];
        };
        /** @description Unbind a flexible IP from the server. Answers 202, 400 (no address, or server not found), 401, 404, 409 (server not provisioned, or invalid address), or 502 (the network back end failed). */
        RemoveFloatingIpAction: {
            reboot?: never;
            "os-stop"?: never;
            "os-start"?: never;
            resize?: never;
            addFloatingIp?: never;
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
            /** @description Number of virtual CPUs: a number in lists, a string of digits ("1") from the single-flavor calls. The field is `vcpu`, not OpenStack's `vcpus`. */
            vcpu: number | string;
            /** @description Memory in MB. */
            ram: number;
            /** @description Disk in GB. */
            disk: number;
        };
        FlavorEnvelope: {
            flavor: components["schemas"]["Flavor"];
        };
        FlavorDetailList: {
            flavors: components["schemas"]["Flavor"][];
            links?: components["schemas"]["PageLinks"];
        };
        /** @description An image. */
        Image: {
            /** @description Image id (may contain spaces). */
            id: string;
            /** @description Display name. */
            name: string;
            links: components["schemas"]["Links"];
            /** @description Text keys of the zones the image is available in. */
            zones: string[];
        };
        ImageList: {
            images: components["schemas"]["Image"][];
            links?: components["schemas"]["PageLinks"];
        };
        /** @description An image with its status and creation time. */
        ImageDetail: components["schemas"]["Image"] & {
            /**
             * @description ACTIVE: ready to build servers from; SAVING: being uploaded or saved from a server; DELETED: deleted or being deleted.
             * @enum {string}
             */
            status: "ACTIVE" | "SAVING" | "DELETED";
            /** @description Creation time, `YYYY-MM-DDTHH:MM:SS` without a time zone. */
            created: string;
            /** @description Unused; always null. */
            updated: null;
        };
        ImageDetailList: {
            images: components["schemas"]["ImageDetail"][];
            links?: components["schemas"]["PageLinks"];
        };
        ImageEnvelope: {
            image: components["schemas"]["ImageDetail"];
        };
        /** @description A volume attached to a server. */
        VolumeAttachment: {
            /** @description Attachment id. */
            id: string | number;
            /** @description Id of the server. */
            serverId: string | number;
            /** @description Id of the volume. */
            volumeId: string | number;
            /** @description Device path the volume appears as on the server. */
            device: string;
        };
        /** @description A block storage volume. */
        Volume: {
            /** @description Volume id. */
            id: string;
            /** @description Display name. */
            display_name: string;
            /** @description Description. */
            display_description: string;
            /** @description Size in GB; a number, or a string of digits in lists. */
            size: number | string;
            /** @description Unused. */
            volume_type: string;
            /** @description Additional information, as string values. */
            metadata: {
                [key: string]: string;
            };
            /** @description Text key of the zone the volume is in. */
            availability_zone: string;
            /** @description The servers the volume is attached to. */
            attachments: components["schemas"]["VolumeAttachment"][];
            links: components["schemas"]["Links"];
            /** @description Id of the snapshot the volume was made from; empty when none. */
            snapshot_id: string;
            /** @description Creation time, `YYYY-MM-DD HH:MM:SS` (or with `T` and `Z`). */
            created_at: string;
            /**
             * @description State of the volume, when sent.
             * @enum {string}
             */
            status?: "Pending" | "Open" | "ClosePending";
        };
        VolumeEnvelope: {
            volume: components["schemas"]["Volume"];
        };
        VolumeList: {
            volumes: components["schemas"]["Volume"][];
            links?: components["schemas"]["PageLinks"];
        };
        VolumeAttachmentList: {
            volumeAttachments: components["schemas"]["VolumeAttachment"][];
        };
        AttachVolumeRequest: {
            volumeAttachment: {
                /** @description Id of the volume to attach. */
                volumeId: string;
                /** @description Device path the volume is to appear as, e.g. `/dev/xvdb`. */
                device: string;
            };
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
        /** @description The address is allocated. The body holds it, not yet bound to a server. */
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
        /** @description The flexible IP, as a one-element array under the key `floating_ip` (the allocation answer holds an object under the same key). */
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
        /** @description The build has started. The body is the new server, in status BUILD with progress 0, `created` and `hostId` as empty strings, and the admin password (chosen or generated). */
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
        /** @description The server with its new name. */
        ServerUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerEnvelope"];
            };
        };
        /** @description The body is not a valid update (no `server` object, or an empty name). */
        ServerUpdateBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The server is being deleted; the body is empty. `getServer` shows it DELETED, then 404. */
        ServerDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The server's state does not allow this now, for example while it is being built or another status change runs. */
        ServerBusy: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConflictFault"];
            };
        };
        /** @description The action is accepted for processing; the body is empty. Follow its effect with `getServer`. */
        ServerActionAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The action was refused: a parameter is missing or wrong (e.g. `addFloatingIp` without `address`), the server is not found, it already uses the requested flavor, or another error occurred. */
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
        /** @description The server does not support this action (reboot, stop, start or resize). */
        ServerActionNotSupported: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The server's state does not allow the action now: another status change is in progress (stop, start), it is already rebooting (reboot), it is not provisioned yet (addFloatingIp, removeFloatingIp), or the address to unbind is not valid for it (removeFloatingIp). */
        ServerActionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConflictFault"];
            };
        };
        /** @description An unknown error was raised while processing the action (resize). */
        ServerActionInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The network back end failed while binding or unbinding the address, or answered with invalid data (addFloatingIp, removeFloatingIp). */
        ServerActionBadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The selected flavor (profile) is unavailable (resize). */
        ServerActionServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
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
        /** @description The zones, keyed by the account number they are available to. */
        ZoneList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ZoneList"];
            };
        };
        /** @description The firewall groups with their rules. */
        SecurityGroupList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SecurityGroupList"];
            };
        };
        /** @description The firewall group with its rules and servers. */
        SecurityGroupDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SecurityGroupEnvelope"];
            };
        };
        /** @description The group is created, with no rules and no servers yet. */
        SecurityGroupCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SecurityGroupEnvelope"];
            };
        };
        /** @description The body does not describe a valid group. */
        SecurityGroupBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The group is deleted; the body is empty. */
        SecurityGroupDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The rule is added to its group. */
        SecurityGroupRuleCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SecurityGroupRuleEnvelope"];
            };
        };
        /** @description The body does not describe a valid rule (e.g. a port range whose start is above its end). */
        SecurityGroupRuleBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ComputeFault"];
            };
        };
        /** @description The rule is deleted; the body is empty. */
        SecurityGroupRuleDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The flavors with their virtual CPUs, memory and disk. */
        FlavorDetailList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlavorDetailList"];
            };
        };
        /** @description The images with their status, creation time and zones. */
        ImageDetailList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImageDetailList"];
            };
        };
        /** @description The image with its status, creation time and zones. */
        ImageDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImageEnvelope"];
            };
        };
        /** @description The volumes. */
        VolumeList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VolumeList"];
            };
        };
        /** @description The volume. */
        VolumeDetails: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VolumeEnvelope"];
            };
        };
        /** @description The volume is deleted; the body is empty. */
        VolumeDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The server's volume attachments. */
        VolumeAttachmentList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VolumeAttachmentList"];
            };
        };
        /** @description The volume is attached; the body is empty. */
        VolumeAttached: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The volume is detached; the body is empty. */
        VolumeDetached: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The volume is already attached. */
        VolumeAlreadyAttached: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConflictFault"];
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
         * @description Identifier of the server.
         * @example 167
         */
        ServerId: string;
        /**
         * @description Identifier of the flavor.
         * @example 1
         */
        FlavorId: string;
        /**
         * @description The flexible IP address itself, which is the resource's identifier.
         * @example 203.0.113.25
         */
        IpAddress: string;
        /**
         * @description Identifier of the image; it may contain spaces, sent percent-encoded.
         * @example test_public_image
         */
        ImageId: string;
        /**
         * @description Identifier of the firewall (security) group, its `id`.
         * @example group2012Nov02_jD6NX8BsK
         */
        SecurityGroupId: string;
        /**
         * @description Identifier of the firewall group rule, its `id`.
         * @example 145
         */
        RuleId: string;
        /**
         * @description Identifier of the volume, its `id`.
         * @example hbs2012May03_0OxRg0Jz7
         */
        VolumeId: string;
        /**
         * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
         * @example 1
         */
        Page: number;
        /**
         * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
         * @example 100
         */
        PageSize: number;
        /**
         * @description Only servers with this display name.
         * @example test_server_create
         */
        ServerNameFilter: string;
        /**
         * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED.
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
        /** @description The zone to allocate the address in. The body may be left out. */
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
        /** @description The server's new name. */
        UpdateServer: {
            content: {
                "application/json": components["schemas"]["UpdateServerRequest"];
            };
        };
        /** @description Exactly one action, as a single-key object. */
        ServerAction: {
            content: {
                "application/json": components["schemas"]["ServerAction"];
            };
        };
        /** @description The group to create. */
        CreateSecurityGroup: {
            content: {
                "application/json": components["schemas"]["CreateSecurityGroupRequest"];
            };
        };
        /** @description The rule to add, and the group to add it to. */
        CreateSecurityGroupRule: {
            content: {
                "application/json": components["schemas"]["CreateSecurityGroupRuleRequest"];
            };
        };
        /** @description The volume to attach and the device it appears as on the server. */
        AttachVolume: {
            content: {
                "application/json": components["schemas"]["AttachVolumeRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listZones: {
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
        requestBody?: never;
        responses: {
            200: components["responses"]["ZoneList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listZonesForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ZoneList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listFlexibleIps: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description The flexible IP address itself, which is the resource's identifier.
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
                 * @description The flexible IP address itself, which is the resource's identifier.
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
                 * @description The flexible IP address itself, which is the resource's identifier.
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
                 * @description The flexible IP address itself, which is the resource's identifier.
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
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED.
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED.
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ServerStatusFilter"];
                /**
                 * @description Only servers built from this image, given as the image's absolute URL.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
                 */
                image?: components["parameters"]["ServerImageFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description Only servers in this status. Without it the list holds the servers that are ACTIVE, PROCESSING or STOPPED.
                 * @example ACTIVE
                 */
                status?: components["parameters"]["ServerStatusFilter"];
                /**
                 * @description Only servers built from this image, given as the image's absolute URL.
                 * @example https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/
                 */
                image?: components["parameters"]["ServerImageFilter"];
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description Identifier of the server.
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
    updateServer: {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateServer"];
        responses: {
            200: components["responses"]["ServerUpdated"];
            400: components["responses"]["ServerUpdateBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
            409: components["responses"]["ServerBusy"];
        };
    };
    deleteServer: {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["ServerDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
            409: components["responses"]["ServerBusy"];
        };
    };
    getServerForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
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
    updateServerForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateServer"];
        responses: {
            200: components["responses"]["ServerUpdated"];
            400: components["responses"]["ServerUpdateBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
            409: components["responses"]["ServerBusy"];
        };
    };
    deleteServerForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["ServerDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
            409: components["responses"]["ServerBusy"];
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
                 * @description Identifier of the server.
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
                 * @description Identifier of the server.
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
    listSecurityGroups: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["SecurityGroupList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    createSecurityGroup: {
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
        requestBody: components["requestBodies"]["CreateSecurityGroup"];
        responses: {
            201: components["responses"]["SecurityGroupCreated"];
            400: components["responses"]["SecurityGroupBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listSecurityGroupsForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["SecurityGroupList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createSecurityGroupForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateSecurityGroup"];
        responses: {
            201: components["responses"]["SecurityGroupCreated"];
            400: components["responses"]["SecurityGroupBadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getSecurityGroup: {
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
                 * @description Identifier of the firewall (security) group, its `id`.
                 * @example group2012Nov02_jD6NX8BsK
                 */
                securityGroupId: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SecurityGroupDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    deleteSecurityGroup: {
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
                 * @description Identifier of the firewall (security) group, its `id`.
                 * @example group2012Nov02_jD6NX8BsK
                 */
                securityGroupId: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SecurityGroupDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getSecurityGroupForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the firewall (security) group, its `id`.
                 * @example group2012Nov02_jD6NX8BsK
                 */
                securityGroupId: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SecurityGroupDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    deleteSecurityGroupForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the firewall (security) group, its `id`.
                 * @example group2012Nov02_jD6NX8BsK
                 */
                securityGroupId: components["parameters"]["SecurityGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SecurityGroupDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    createSecurityGroupRule: {
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
        requestBody: components["requestBodies"]["CreateSecurityGroupRule"];
        responses: {
            201: components["responses"]["SecurityGroupRuleCreated"];
            400: components["responses"]["SecurityGroupRuleBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    createSecurityGroupRuleForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateSecurityGroupRule"];
        responses: {
            201: components["responses"]["SecurityGroupRuleCreated"];
            400: components["responses"]["SecurityGroupRuleBadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteSecurityGroupRule: {
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
                 * @description Identifier of the firewall group rule, its `id`.
                 * @example 145
                 */
                ruleId: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SecurityGroupRuleDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    deleteSecurityGroupRuleForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the firewall group rule, its `id`.
                 * @example 145
                 */
                ruleId: components["parameters"]["RuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["SecurityGroupRuleDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listVolumes: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["VolumeList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listVolumesForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["VolumeList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listVolumesWithDetails: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["VolumeList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listVolumesWithDetailsForCurrentAccount: {
        parameters: {
            query?: {
                /**
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["VolumeList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getVolume: {
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
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VolumeDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    deleteVolume: {
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
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["VolumeDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getVolumeForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VolumeDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    deleteVolumeForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["VolumeDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listServerVolumeAttachments: {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VolumeAttachmentList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    attachVolume: {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AttachVolume"];
        responses: {
            200: components["responses"]["VolumeAttached"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
            409: components["responses"]["VolumeAlreadyAttached"];
        };
    };
    listServerVolumeAttachmentsForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VolumeAttachmentList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    attachVolumeForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AttachVolume"];
        responses: {
            200: components["responses"]["VolumeAttached"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
            409: components["responses"]["VolumeAlreadyAttached"];
        };
    };
    getServerVolumeAttachment: {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VolumeDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    detachVolume: {
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
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["VolumeDetached"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getServerVolumeAttachmentForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VolumeDetails"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    detachVolumeForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the server.
                 * @example 167
                 */
                serverId: components["parameters"]["ServerId"];
                /**
                 * @description Identifier of the volume, its `id`.
                 * @example hbs2012May03_0OxRg0Jz7
                 */
                volumeId: components["parameters"]["VolumeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["VolumeDetached"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description Identifier of the flavor.
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
                 * @description Identifier of the flavor.
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
    listFlavorsWithDetails: {
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["FlavorDetailList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listFlavorsWithDetailsForCurrentAccount: {
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["FlavorDetailList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getFlavorDetails: {
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
                 * @description Identifier of the flavor.
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
    getFlavorDetailsForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the flavor.
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
    listImagesWithDetails: {
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["ImageDetailList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    listImagesWithDetailsForCurrentAccount: {
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
                 * @description 1-based page number. The API requires `page` and `pageSize` together: give both or neither. Without them the full list is returned, or 303 when it would hold more than 100 items.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page, required together with `page`; at most 400 (the API redirects a larger size to the same page at 400).
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
            200: components["responses"]["ImageDetailList"];
            303: components["responses"]["SeeOtherFirstPage"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getImage: {
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
                 * @description Identifier of the image; it may contain spaces, sent percent-encoded.
                 * @example test_public_image
                 */
                imageId: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ImageDetails"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
        };
    };
    getImageForCurrentAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the image; it may contain spaces, sent percent-encoded.
                 * @example test_public_image
                 */
                imageId: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ImageDetails"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ItemNotFound"];
        };
    };
}
