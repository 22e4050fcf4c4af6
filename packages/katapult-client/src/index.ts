/**
 * @cloudspecs/katapult-client — a typed client for the Katapult core API v1.
 *
 *   const katapult = createKatapultClient({ token: process.env.KATAPULT_API_TOKEN });
 *   const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', { body: { … } });
 *
 * The factory and Katapult's error profile are in client.ts, its credentials in auth.ts, the helpers beside them.
 */
export type { KatapultToken } from './auth.js';
export { createKatapultClient, type KatapultClientOptions, katapultProfile } from './client.js';
export * from './generated/exports.js';
export {
  type BuildTarget,
  type CompletedVirtualMachineBuild,
  type VirtualMachineBuild,
  type VirtualMachineBuildState,
  type WaitForBuildOptions,
  waitForBuild,
} from './builds.js';
export { type Page, type PageItem, type PaginatedPath, type PaginateOptions, paginate } from './pagination.js';
export { type Task, type TaskTarget, type WaitForTaskOptions, waitForTask } from './tasks.js';
export { Katapult, type KatapultOptions, type KatapultResources } from './generated/resources.js';
export type * from './generated/models.js';
