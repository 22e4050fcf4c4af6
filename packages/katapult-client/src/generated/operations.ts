// generated from specs/katapult/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The spec's title and version. */
export const specInfo = {"title":"Katapult Core API","version":"v1"} as const;

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://api.katapult.io/core/v1";

/** Every operation of the spec by operationId: method, path, tag, summary and documented response statuses. */
export const operations = {
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
  "allocateIpToNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip",
    "tag": "Network interfaces",
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
  "listVirtualMachineNetworkInterfaces": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine/network_interfaces",
    "tag": "Network interfaces",
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
  "getNetworkInterface": {
    "method": "GET",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface",
    "tag": "Network interfaces",
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
  "getVirtualMachineNetworkInterfaceByNetwork": {
    "method": "GET",
    "path": "/virtual_machines/virtual_machine/networks/network/interface",
    "tag": "Network interfaces",
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
  "listAvailableIpsForNetworkInterface": {
    "method": "GET",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/address_version",
    "tag": "Network interfaces",
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
  "allocateNewIpToNetworkInterface": {
    "method": "POST",
    "path": "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip",
    "tag": "Network interfaces",
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
  "startVirtualMachine": {
    "method": "POST",
    "path": "/virtual_machines/virtual_machine/start",
    "tag": "Virtual machines",
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
    "tag": "Virtual machines",
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
    "tag": "Virtual machines",
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
    "tag": "Virtual machines",
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
  }
} as const;

export type OperationId = keyof typeof operations;
