/**
 * @cloudspecs/hostway-client/operations — the spec's metadata for docs and tools: every operation by operationId with its
 * method, path, tag, summary and documented statuses. Kept out of the main entry, which does not need it, so an app
 * importing the client does not ship it.
 *
 *   import { operationMetadata } from '@cloudspecs/hostway-client/operations';
 *   operationMetadata.createServer.path;
 */
export {
  defaultBaseUrl,
  type OperationId,
  operations as operationMetadata,
  specInfo,
} from './generated/operations.js';
