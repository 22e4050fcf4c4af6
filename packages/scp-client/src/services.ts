/**
 * SCP's services: each operation is of one (virtualserver, vpc, security-group), on the service's own host
 * (`https://<service>.<region>.<env>.samsungsdscloud.com`) and sent with its own `Scp-Api-Version: <name> <version>`,
 * whose name is not always the host's (`securitygroup`). The table is generated from the spec's documents
 * (src/generated/operations.ts); a path is of the service its first two segments name.
 */
import { services, servicePrefixes } from './generated/operations.js';

export type ScpService = (typeof services)[number];
/** A service by the name of its document and host: `virtualserver`, `vpc`, `security-group`. */
export type ScpServiceName = ScpService['document'];

/** The service of an operation, by its path template. */
export function serviceOf(schemaPath: string): ScpService {
  const prefix = schemaPath.split('/', 3).join('/');
  return services[servicePrefixes[prefix] ?? 0] ?? services[0];
}

export { services };
