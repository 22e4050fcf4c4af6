/**
 * @cloudspecs/scp-client/operations — the spec's metadata for docs and tools: every operation by operationId with its
 * method, path, tag, summary, documented statuses and API versions. Kept out of the main entry, which does not need it, so an app
 * importing the client does not ship it.
 *
 *   import { operationMetadata } from '@cloudspecs/scp-client/operations';
 *   operationMetadata.createVirtualServer.path;
 */
export {
  defaultBaseUrl,
  type OperationId,
  operations as operationMetadata,
  specInfo,
} from './generated/operations.js';
