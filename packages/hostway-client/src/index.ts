/**
 * @cloudspecs/hostway-client — a typed client for the Hostway FlexCloud API.
 *
 *   const hostway = createHostwayClient({ username, password, accountId: '10001' });
 *   const { data, error } = await hostway.POST('/servers', { body: { server: { … } } });
 *
 * The factory and Hostway's error profile are in client.ts, its credentials in auth.ts, the helpers beside them.
 */
export { createHostwayClient, type HostwayClientOptions, hostwayProfile } from './client.js';
export * from './generated/exports.js';
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
  type ServerStatus,
  type ServerTarget,
  type WaitForServerOptions,
  waitForServer,
} from './wait-for-server.js';
export { Hostway, type HostwayOptions, type HostwayResources } from './generated/resources.js';
export type * from './generated/models.js';
