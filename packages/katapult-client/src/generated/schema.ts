// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.
export interface paths {
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
         *
         *     Departures from the vendor page: the seed page lists the address version values without naming the field;
         *     the body field is `version`, as in the vendor's reference. Its 200 example is the seed example with real
         *     values (it omits the network's `default` flag, which is therefore optional in `Network`).
         */
        post: operations["createIpAddress"];
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
         *
         *     Departures from the vendor page: the seed example shows the interface on a network and on a virtual network
         *     at once; an interface is on one of the two, so the example here has `virtual_network: null` (both are
         *     nullable, as the seed page says).
         */
        post: operations["allocateIpToNetworkInterface"];
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
         *
         *     Departure from the vendor reference: `allocation` is typed `object | null`. The reference shows it as a
         *     plain object, but an unallocated address (whose `allocation_id` is null) has nothing to name; the
         *     reference's digest drops nullability on object-valued fields (compare the seed page, which marks an
         *     interface's `network` nullable where the digest does not).
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
         *
         *     Departure from the vendor reference: `group`, `attached_iso` and `gpu_type` are typed `object | null`.
         *     The reference shows them as plain objects, but a machine outside any group, with no ISO attached or
         *     without a GPU has none to show, and the reference's digest drops nullability on object-valued fields (the
         *     seed page marks an interface's `network` nullable where the digest does not).
         */
        get: operations["getVirtualMachine"];
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
         *
         *     Departure from the vendor reference: `country_state` is typed `object | null`; the reference shows a plain
         *     object, but organizations in countries without states have none, and the reference's digest drops
         *     nullability on object-valued fields.
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
         *     The vendor documents no scope for this operation, so its security requirements list none.
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
         *     The vendor documents no scope for this operation, so its security requirements list none.
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
         *     The vendor documents no scope for this operation, so its security requirements list none.
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
         *     The vendor documents no scope for this operation, so its security requirements list none.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Names one organization by exactly one of `id` or `sub_domain`. The vendor accepts only one key;
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
         * @description Names one network by exactly one of `id` or `permalink`. The vendor accepts only one key;
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
         * @description Names one IP address by exactly one of `id` or `address`. The vendor accepts only one key;
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
         * @description Names one virtual machine by exactly one of `id` or `fqdn`. The vendor accepts only one key;
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
         * @description Names one data center by exactly one of `id` or `permalink`. The vendor accepts only one key;
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
        /** @description An empty JSON object, `{}`. */
        EmptyObject: Record<string, never>;
        /** @description This error carries no detail; the server sends an empty object. */
        EmptyErrorDetail: Record<string, never>;
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
        /**
         * @description A network. `default` is optional: the vendor's reference lists it, but the seed page's IP address example
         *     leaves it out of the nested network.
         */
        Network: {
            /** @description The network's id (`net_…`). */
            id: string;
            name: string;
            permalink: string | null;
            /** @description Whether this is the default network of its data center. */
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
            country: components["schemas"]["Country"];
            /**
             * @description The organization's state or region; null where the country has none. The vendor reference shows a
             *     plain object; see `getOrganization` for why this is nullable.
             */
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
            /** @description The interface's state, e.g. `attached`. The vendor does not list the values. */
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
            /** @description The interface's state, e.g. `attached`. The vendor does not list the values. */
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
            package: {
                name: string;
            };
            /** @description The machine's GPU type; null without one (see `getVirtualMachine`). */
            gpu_type: components["schemas"]["PermalinkReference"] | null;
            ip_addresses: {
                address: string;
            }[];
            hypervisor: components["schemas"]["NamedReference"];
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
            package: components["schemas"]["VirtualMachinePackage"];
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
            hypervisor: components["schemas"]["Hypervisor"];
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
            icon: components["schemas"]["Attachment"];
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
            operating_system: components["schemas"]["OperatingSystem"];
        };
        OperatingSystem: {
            id: string;
            name: string;
            badge: components["schemas"]["Attachment"];
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
            data_centers: components["schemas"]["DataCenter"][];
        };
        VirtualMachineGpu: {
            /** @description The GPU's id; null while the GPU is detached. */
            id: string | null;
            /** @enum {string} */
            status: "attached" | "attaching" | "detached" | "detaching" | "unknown";
            /** @enum {string} */
            pending_action: "attach" | "detach";
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
        /**
         * @description `missing_api_token` (400): No API token was given in the `Authorization` header; send it as `Bearer <token>`.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        MissingApiTokenError: {
            error: {
                /** @enum {string} */
                code: "missing_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `unauthorized_network_for_api_token` (403): The API token may not be used from the network the request came from.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        UnauthorizedNetworkForApiTokenError: {
            error: {
                /** @enum {string} */
                code: "unauthorized_network_for_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The IP address the request came from. */
                    ip_address: string;
                };
            };
        };
        /**
         * @description `invalid_api_token` (403): The API token is not valid: it does not exist or has expired.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        InvalidApiTokenError: {
            error: {
                /** @enum {string} */
                code: "invalid_api_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description Why the token was refused, when the server says. */
                    details: string | null;
                };
            };
        };
        /**
         * @description `invalid_capabilities_token` (403): The capabilities token is not valid, has expired or was not signed by the right key.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        InvalidCapabilitiesTokenError: {
            error: {
                /** @enum {string} */
                code: "invalid_capabilities_token";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `scope_not_granted` (403): The authenticated identity lacks the scope this operation needs.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        ScopeNotGrantedError: {
            error: {
                /** @enum {string} */
                code: "scope_not_granted";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The scopes that would allow the operation (any one of them). */
                    scopes: string[];
                };
            };
        };
        /**
         * @description `permission_denied` (403): The authenticated identity may not perform this action.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        PermissionDeniedError: {
            error: {
                /** @enum {string} */
                code: "permission_denied";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description More about why permission was denied, when the server says. */
                    details: string | null;
                };
            };
        };
        /**
         * @description `organization_suspended` (403): The organization named by the lookup is suspended.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        OrganizationSuspendedError: {
            error: {
                /** @enum {string} */
                code: "organization_suspended";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `organization_not_activated` (403): The organization named by the lookup has not been activated yet.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        OrganizationNotActivatedError: {
            error: {
                /** @enum {string} */
                code: "organization_not_activated";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `organization_not_found` (404): No organization matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        OrganizationNotFoundError: {
            error: {
                /** @enum {string} */
                code: "organization_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `network_not_found` (404): No network matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        NetworkNotFoundError: {
            error: {
                /** @enum {string} */
                code: "network_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `ip_address_not_found` (404): No IP address matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        IpAddressNotFoundError: {
            error: {
                /** @enum {string} */
                code: "ip_address_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `virtual_machine_not_found` (404): No virtual machine matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        VirtualMachineNotFoundError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `virtual_machine_network_interface_not_found` (404): No network interface matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        VirtualMachineNetworkInterfaceNotFoundError: {
            error: {
                /** @enum {string} */
                code: "virtual_machine_network_interface_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `data_center_not_found` (404): No data center matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        DataCenterNotFoundError: {
            error: {
                /** @enum {string} */
                code: "data_center_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `task_not_found` (404): No task matches the lookup given.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        TaskNotFoundError: {
            error: {
                /** @enum {string} */
                code: "task_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `interface_not_found` (404): The virtual machine has no network interface on the given network.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        InterfaceNotFoundError: {
            error: {
                /** @enum {string} */
                code: "interface_not_found";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `object_in_trash` (406): The object is in the trash and cannot be changed through the API until it is restored.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        ObjectInTrashError: {
            error: {
                /** @enum {string} */
                code: "object_in_trash";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    trash_object: components["schemas"]["TrashObject"];
                };
            };
        };
        /**
         * @description `task_queueing_error` (406): A background task the request needs could not be queued.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        TaskQueueingError: {
            error: {
                /** @enum {string} */
                code: "task_queueing_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description Why the task could not be queued. */
                    details: string;
                };
            };
        };
        /**
         * @description `resource_does_not_support_unallocation` (409): The resource the address is allocated to does not allow it to be unallocated.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        ResourceDoesNotSupportUnallocationError: {
            error: {
                /** @enum {string} */
                code: "resource_does_not_support_unallocation";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `validation_error` (422): The object being created, updated or deleted failed validation.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        ValidationError: {
            error: {
                /** @enum {string} */
                code: "validation_error";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description One message per validation failure. */
                    errors: string[];
                };
            };
        };
        /**
         * @description `ip_already_allocated` (422): The IP address is already allocated to another resource.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        IpAlreadyAllocatedError: {
            error: {
                /** @enum {string} */
                code: "ip_already_allocated";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `invalid_ip` (422): The IP address cannot be used on this network interface.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        InvalidIpError: {
            error: {
                /** @enum {string} */
                code: "invalid_ip";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `no_allocation` (422): The IP address is not allocated to anything.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        NoAllocationError: {
            error: {
                /** @enum {string} */
                code: "no_allocation";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `no_interface_available` (422): The virtual machine has no network interface compatible with the IP address.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        NoInterfaceAvailableError: {
            error: {
                /** @enum {string} */
                code: "no_interface_available";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `rate_limit_reached` (429): Too many requests of this kind; wait and retry.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        RateLimitReachedError: {
            error: {
                /** @enum {string} */
                code: "rate_limit_reached";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: {
                    /** @description The number of requests permitted per minute. */
                    total_permitted: number;
                };
            };
        };
        /**
         * @description `service_unavailable` (503): The service is unavailable for now; try again later.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        ServiceUnavailableError: {
            error: {
                /** @enum {string} */
                code: "service_unavailable";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
        };
        /**
         * @description `no_available_addresses` (503): The pool of addresses of the requested version has run dry; contact support if it persists.
         *     The server sends it wrapped in `error`; the vendor's published schema shows the inner object flat.
         */
        NoAvailableAddressesError: {
            error: {
                /** @enum {string} */
                code: "no_available_addresses";
                /** @description A human-readable explanation of the error. */
                description: string;
                detail: components["schemas"]["EmptyErrorDetail"];
            };
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
    };
    requestBodies: {
        /** @description Names the IP address to act on. */
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
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["IpAddressOnly"];
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
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["IpAddressOnly"];
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
}
