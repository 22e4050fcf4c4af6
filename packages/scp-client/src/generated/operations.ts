// generated from specs/scp/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The spec's title and version. */
export const specInfo = {"title":"Samsung Cloud Platform virtualserver API","version":"1.3"} as const;

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://virtualserver.kr-west1.e.samsungsdscloud.com";

/** The server URL template and its variables, from the spec. */
export const serverTemplate = {
  "url": "https://virtualserver.{region}.{env}.samsungsdscloud.com",
  "variables": {
    "region": {
      "default": "kr-west1",
      "enum": [
        "kr-west1",
        "kr-east1",
        "kr-south1",
        "kr-south2",
        "kr-south3"
      ],
      "description": "Region. `kr-west1` and `kr-east1` exist in environments `s` and `e`; `kr-south1`, `kr-south2` and `kr-south3` in environment `g`."
    },
    "env": {
      "default": "e",
      "enum": [
        "s",
        "g",
        "e"
      ],
      "description": "Environment. `s` serves kr-west1 and kr-east1, `g` serves kr-south1 to kr-south3, `e` serves kr-west1 and kr-east1."
    }
  }
} as const;

/** Every operation of the spec by operationId: method, path, tag, summary and documented response statuses. */
export const operations = {
  "listVirtualServers": {
    "method": "GET",
    "path": "/v1/servers",
    "tag": "servers",
    "summary": "List virtual servers",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createVirtualServer": {
    "method": "POST",
    "path": "/v1/servers",
    "tag": "servers",
    "summary": "Create virtual servers",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "showVirtualServer": {
    "method": "GET",
    "path": "/v1/servers/{server_id}",
    "tag": "servers",
    "summary": "Show a virtual server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteVirtualServer": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}",
    "tag": "servers",
    "summary": "Delete a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "startVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/start",
    "tag": "servers",
    "summary": "Start a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "stopVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/stop",
    "tag": "servers",
    "summary": "Stop a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "rebootVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/reboot",
    "tag": "servers",
    "summary": "Reboot a virtual server",
    "statuses": [
      202,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerInterfaces": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/interfaces",
    "tag": "server-interfaces",
    "summary": "List the interfaces of a server",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "createServerInterface": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/interfaces",
    "tag": "server-interfaces",
    "summary": "Create or attach a server interface",
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.3",
        "status": "CURRENT",
        "notBefore": null
      },
      {
        "version": "1.2",
        "status": "SUPPORTED",
        "notBefore": "2026-08-31"
      },
      {
        "version": "1.1",
        "status": "DEPRECATED",
        "notBefore": "2026-05-31"
      },
      {
        "version": "1.0",
        "status": "DEPRECATED",
        "notBefore": "2025-12-31"
      }
    ]
  },
  "showServerInterface": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}",
    "tag": "server-interfaces",
    "summary": "Show a server interface",
    "statuses": [
      200,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "updateServerInterface": {
    "method": "PUT",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}",
    "tag": "server-interfaces",
    "summary": "Update a server interface",
    "statuses": [
      202,
      400,
      401,
      403,
      404
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "deleteServerInterface": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}",
    "tag": "server-interfaces",
    "summary": "Delete a server interface",
    "statuses": [
      200,
      400,
      401,
      403,
      404,
      409
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  },
  "listServerIps": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/ips",
    "tag": "server-ips",
    "summary": "List the IP addresses of a server",
    "statuses": [
      200,
      400,
      401,
      403
    ],
    "apiVersions": [
      {
        "version": "1.0",
        "status": "CURRENT",
        "notBefore": "2026-07-01"
      }
    ]
  }
} as const;

export type OperationId = keyof typeof operations;

/** The SCP service named in `Scp-Api-Version`. */
export const scpService = "virtualserver";

/** Every API version any operation of the spec documents, oldest first. */
export const apiVersions = ["1.0","1.1","1.2","1.3"] as const;

export type ApiVersion = (typeof apiVersions)[number];
