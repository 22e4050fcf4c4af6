// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

/** The first server of the spec with its variables' defaults: the vendor's production base URL. */
export const defaultBaseUrl = "https://virtualserver.kr-west1.e.samsungsdscloud.com";

/** The credential options of the client (redocly.yaml `x-credentials`): named when the options are no object. */
export const credentialOptions = ["accessKey","secretKey"] as const;

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

/** The vendor's services, one per document of its spec: its name, its server URL and the service its `Scp-Api-Version` names. */
export const services = [
  { document: "virtualserver", url: "https://virtualserver.{region}.{env}.samsungsdscloud.com", scpService: "virtualserver" },
  { document: "vpc", url: "https://vpc.{region}.{env}.samsungsdscloud.com", scpService: "vpc" },
  { document: "security-group", url: "https://security-group.{region}.{env}.samsungsdscloud.com", scpService: "securitygroup" },
] as const;

/** The service of each path (an index into `services`) by its first two segments; a path not listed is of the first. */
export const servicePrefixes: Readonly<Record<string, number>> = {
  "/v1/vpcs": 1,
  "/v1/subnets": 1,
  "/v1/ports": 1,
  "/v1/publicips": 1,
  "/v1/internet-gateways": 1,
  "/v1/nat-gateways": 1,
  "/v1/private-nats": 1,
  "/v1/transit-gateways": 1,
  "/v1/vpc-endpoints": 1,
  "/v1/vpc-peerings": 1,
  "/v1/security-groups": 2,
  "/v1/security-group-rules": 2,
};

/** The SCP service named in `Scp-Api-Version`. */
export const scpService = "virtualserver";

/** Every API version any operation of the spec documents, oldest first. */
export const apiVersions = ["1.0","1.1","1.2","1.3"] as const;

export type ApiVersion = (typeof apiVersions)[number];

/** The newest version that is CURRENT for some operation: what a client pins when not told otherwise. */
export const defaultApiVersion: ApiVersion = "1.3";

/** The distinct lists of API versions the operations document, newest first; the first is the most common. */
export const versionSets: readonly (readonly { version: string; status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED'; notBefore: string | null }[])[] = [
  [{"version":"1.0","status":"CURRENT","notBefore":"2026-07-01"}],
  [{"version":"1.3","status":"CURRENT","notBefore":null},{"version":"1.2","status":"SUPPORTED","notBefore":"2026-08-31"},{"version":"1.1","status":"DEPRECATED","notBefore":"2026-05-31"},{"version":"1.0","status":"DEPRECATED","notBefore":"2025-12-31"}],
];

/** The operations, by `METHOD /path/{template}`, whose versions are not `versionSets[0]`: an index into it. */
export const versionTable: Readonly<Record<string, number>> = {
  "POST /v1/servers/{server_id}/interfaces": 1,
};
