/**
 * SCP API versions, from the spec's per-operation `x-scp-api-versions` (generated into operations.ts).
 *
 * A client pins one version. Each request is sent with that version when its operation has it, and otherwise with
 * the operation's newest CURRENT version (an operation documented only in 1.0 is called as 1.0 by a client pinned to
 * 1.3). Pinning a version that some operation has DEPRECATED warns once; pinning one whose Not Before date has
 * passed on a DEPRECATED operation is an error naming the replacement, unless `allowExpiredApiVersion` is set.
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import { type ApiVersion, apiVersions, operations, scpService } from './generated/operations.js';

export type { ApiVersion } from './generated/operations.js';
export { apiVersions } from './generated/operations.js';

export type VersionStatus = 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED';

export interface OperationVersion {
  version: string;
  status: VersionStatus;
  notBefore: string | null;
}

interface OperationEntry {
  method: string;
  path: string;
  apiVersions?: readonly OperationVersion[];
}

const entries = Object.entries(operations as Record<string, OperationEntry>);

/** The newest version that is CURRENT for some operation: what a client pins when not told otherwise. */
export const defaultApiVersion: ApiVersion = newestCurrent(
  entries.flatMap(([, op]) => op.apiVersions ?? []),
) as ApiVersion;

/** The versions of one operation, by method and path template, newest first. */
export function operationVersions(method: string, schemaPath: string): readonly OperationVersion[] {
  return entries.find(([, op]) => op.method === method && op.path === schemaPath)?.[1].apiVersions ?? [];
}

export interface VersionCheck {
  /** warnings to show once, e.g. a deprecated version */
  warnings: string[];
}

/**
 * Validates a pinned version against every operation that documents it. Throws ConfigurationError for an unknown
 * version, a PLANNED one, or a DEPRECATED one past its Not Before date (unless allowExpired).
 */
export function checkPinnedVersion(version: string, today: string, allowExpired: boolean): VersionCheck {
  if (!(apiVersions as readonly string[]).includes(version)) {
    throw new ConfigurationError(
      `scp: unknown apiVersion ${JSON.stringify(version)}; the spec documents ${apiVersions.join(', ')} (default ${defaultApiVersion})`,
    );
  }
  const warnings: string[] = [];
  for (const [operationId, op] of entries) {
    const versions = op.apiVersions ?? [];
    const pinned = versions.find((v) => v.version === version);
    if (!pinned) continue;
    const replacement = newestCurrent(versions);
    const instead = replacement ? `; use ${replacement} instead` : '';
    if (pinned.status === 'PLANNED') {
      throw new ConfigurationError(
        `scp: apiVersion ${version} of ${operationId} is PLANNED and cannot be called yet${instead}`,
      );
    }
    const expired = pinned.notBefore !== null && pinned.notBefore <= today;
    if (pinned.status === 'DEPRECATED' && expired) {
      if (!allowExpired) {
        throw new ConfigurationError(
          `scp: apiVersion ${version} of ${operationId} is DEPRECATED and no longer supported since ${pinned.notBefore}${instead} ` +
            '(or pass allowExpiredApiVersion: true to call it anyway)',
        );
      }
      warnings.push(
        `scp: apiVersion ${version} of ${operationId} is past its Not Before date ${pinned.notBefore}${instead}`,
      );
    } else if (pinned.status === 'DEPRECATED') {
      warnings.push(
        `scp: apiVersion ${version} of ${operationId} is DEPRECATED (Not Before ${pinned.notBefore ?? 'not set'})${instead}`,
      );
    } else if (pinned.status === 'SUPPORTED' && expired) {
      warnings.push(
        `scp: apiVersion ${version} of ${operationId} gets bug fixes only and its Not Before date ${pinned.notBefore} has passed${instead}`,
      );
    }
  }
  return { warnings };
}

/** The `Scp-Api-Version` header value for one request under a pinned version. */
export function versionHeader(pinned: string, method: string, schemaPath: string): string | undefined {
  const versions = operationVersions(method, schemaPath);
  if (versions.length === 0) return undefined;
  const chosen = versions.some((v) => v.version === pinned)
    ? pinned
    : (newestCurrent(versions) ?? versions[0]?.version);
  return chosen === undefined ? undefined : `${scpService} ${chosen}`;
}

function newestCurrent(versions: readonly OperationVersion[]): string | undefined {
  return versions
    .filter((v) => v.status === 'CURRENT')
    .map((v) => v.version)
    .sort((a, b) => compare(b, a))[0];
}

function compare(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
