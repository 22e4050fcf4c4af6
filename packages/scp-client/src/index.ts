/**
 * @cloudspecs/scp-client — a typed client for Samsung Cloud Platform's virtualserver, vpc and security-group APIs,
 * each request sent to its service's host with its service's version header, and signed.
 *
 *   const scp = createScpClient({ accessKey, secretKey, region: 'kr-west1', env: 'e', apiVersion: '1.3' });
 *   const { data, error } = await scp.POST('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, body });
 *
 * The factory and SCP's error profile are in client.ts, its credentials in auth.ts (the signature in signing.ts), the
 * API versions in api-versions.ts, the helpers beside them.
 */
export {
  createScpClient,
  type ScpClientOptions,
  type ScpDiscovery,
  type ScpEnv,
  scpProfile,
  type ScpRegion,
} from './client.js';
export * from './generated/exports.js';
export {
  type ApiVersion,
  apiVersions,
  defaultApiVersion,
  type OperationVersion,
  operationVersions,
  type VersionStatus,
} from './api-versions.js';
export { signingMessage } from './signing.js';

export {
  type Page,
  type PageItem,
  type PaginatedPath,
  type PaginateOptions,
  paginate,
} from './generated/pagination.js';
export {
  type Server,
  type ServerProgress,
  type ServerTarget,
  type WaitForServerOptions,
  waitForServer,
} from './wait-for-server.js';
export {
  type NetworkProgress,
  type Subnet,
  type SubnetTarget,
  type Vpc,
  type VpcTarget,
  type WaitForNetworkOptions,
  waitForSubnet,
  waitForVpc,
} from './wait-for-network.js';
export { type ScpService, type ScpServiceName, serviceOf, services } from './services.js';
export { Scp, type ScpOptions, type ScpResources } from './generated/resources.js';
export type * from './generated/models.js';
