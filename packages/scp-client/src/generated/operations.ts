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
  "listImages": {
    "method": "GET",
    "path": "/v1/images",
    "tag": "images",
    "summary": "List images",
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
  "createImage": {
    "method": "POST",
    "path": "/v1/images",
    "tag": "images",
    "summary": "Create an image from a file",
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
  "showImage": {
    "method": "GET",
    "path": "/v1/images/{image_id}",
    "tag": "images",
    "summary": "Show an image",
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
  "updateImage": {
    "method": "PUT",
    "path": "/v1/images/{image_id}",
    "tag": "images",
    "summary": "Update an image",
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
  "deleteImage": {
    "method": "DELETE",
    "path": "/v1/images/{image_id}",
    "tag": "images",
    "summary": "Delete an image",
    "statuses": [
      204,
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
  "listKeypairs": {
    "method": "GET",
    "path": "/v1/keypairs",
    "tag": "keypairs",
    "summary": "List key pairs",
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
  "createKeypair": {
    "method": "POST",
    "path": "/v1/keypairs",
    "tag": "keypairs",
    "summary": "Create or import a key pair",
    "statuses": [
      201,
      400,
      401,
      403,
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
  "showKeypair": {
    "method": "GET",
    "path": "/v1/keypairs/{keypair_name}",
    "tag": "keypairs",
    "summary": "Show a key pair",
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
  "deleteKeypair": {
    "method": "DELETE",
    "path": "/v1/keypairs/{keypair_name}",
    "tag": "keypairs",
    "summary": "Delete a key pair",
    "statuses": [
      204,
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
  "listPendingImages": {
    "method": "GET",
    "path": "/v1/pending-images",
    "tag": "images",
    "summary": "List images being prepared",
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
  "listServerTypes": {
    "method": "GET",
    "path": "/v1/server-types",
    "tag": "server-types",
    "summary": "List server types",
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
  "showServerType": {
    "method": "GET",
    "path": "/v1/server-types/{server_type_id}",
    "tag": "server-types",
    "summary": "Show a server type",
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
  "updateVirtualServer": {
    "method": "PUT",
    "path": "/v1/servers/{server_id}",
    "tag": "servers",
    "summary": "Rename a virtual server",
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
  "showVirtualServerConsoleLog": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/console-log",
    "tag": "server-actions",
    "summary": "Show the console log of a server",
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
  "createVirtualServerDump": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/dump",
    "tag": "server-actions",
    "summary": "Dump the memory of a server",
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
  "createVirtualServerCustomImage": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/images",
    "tag": "server-actions",
    "summary": "Create a custom image from a server",
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
    "tag": "servers",
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
    "tag": "servers",
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
    "tag": "servers",
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
    "tag": "servers",
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
    "tag": "servers",
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
  "createServerInterfacePrivateNat": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats",
    "tag": "servers",
    "summary": "Create a private static NAT on an interface",
    "statuses": [
      201,
      400,
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
  "deleteServerInterfacePrivateNat": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/private-static-nats/{nat_id}",
    "tag": "servers",
    "summary": "Delete a private static NAT of an interface",
    "statuses": [
      202,
      400,
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
  "createServerInterfaceNat": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/static-nats",
    "tag": "servers",
    "summary": "Bind a public IP to an interface (static NAT)",
    "statuses": [
      201,
      400,
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
  "deleteServerInterfaceNat": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}",
    "tag": "servers",
    "summary": "Unbind a public IP from an interface",
    "statuses": [
      202,
      400,
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
  "listServerIps": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/ips",
    "tag": "servers",
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
  },
  "showServerIp": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/ips/{subnet_id}",
    "tag": "servers",
    "summary": "Show the IP addresses of a server in one subnet",
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
  "lockVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/lock",
    "tag": "server-actions",
    "summary": "Lock a virtual server",
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
  "rebootVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/reboot",
    "tag": "server-actions",
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
  "rebuildVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/rebuild",
    "tag": "server-actions",
    "summary": "Rebuild a virtual server",
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
  "listVirtualServerSecurityGroups": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/security-groups",
    "tag": "server-actions",
    "summary": "List the security groups of a server",
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
  "attachVirtualServerSecurityGroup": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/security-groups",
    "tag": "server-actions",
    "summary": "Apply a security group to a server",
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
  "detachVirtualServerSecurityGroup": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/security-groups/{security_group_id}",
    "tag": "server-actions",
    "summary": "Remove a security group from a server",
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
  "setVirtualServerType": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/server-type",
    "tag": "server-actions",
    "summary": "Resize a server to another server type",
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
    "tag": "server-actions",
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
    "tag": "server-actions",
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
  "unlockVirtualServer": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/unlock",
    "tag": "server-actions",
    "summary": "Unlock a virtual server",
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
  "listServerVolumes": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/volumes",
    "tag": "servers",
    "summary": "List the volumes attached to a server",
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
  "createServerVolume": {
    "method": "POST",
    "path": "/v1/servers/{server_id}/volumes",
    "tag": "servers",
    "summary": "Attach a volume to a server",
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
  "showServerVolume": {
    "method": "GET",
    "path": "/v1/servers/{server_id}/volumes/{volume_id}",
    "tag": "servers",
    "summary": "Show one volume attachment of a server",
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
  "updateServerVolume": {
    "method": "PUT",
    "path": "/v1/servers/{server_id}/volumes/{volume_id}",
    "tag": "servers",
    "summary": "Change a volume attachment",
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
  "deleteServerVolume": {
    "method": "DELETE",
    "path": "/v1/servers/{server_id}/volumes/{volume_id}",
    "tag": "servers",
    "summary": "Detach a volume from a server",
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
  }
} as const;

export type OperationId = keyof typeof operations;

/** The SCP service named in `Scp-Api-Version`. */
export const scpService = "virtualserver";

/** Every API version any operation of the spec documents, oldest first. */
export const apiVersions = ["1.0","1.1","1.2","1.3"] as const;

export type ApiVersion = (typeof apiVersions)[number];
