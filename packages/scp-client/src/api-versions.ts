/**
 * SCP API versions, from the spec's per-operation `x-scp-api-versions` (generated into operations.ts).
 *
 * A client pins one version. Each request is sent with that version when its operation has it, and otherwise with
 * the operation's newest CURRENT version (an operation documented only in 1.0 is called as 1.0 by a client pinned to
 * 1.3); a call's own `apiVersion` wins over both.
 *
 * Two kinds of check, both from the vendor's rules (a DEPRECATED version is no longer supported once its Not Before
 * date has arrived; a CURRENT or SUPPORTED one is only guaranteed until its Not Before date and may be withdrawn
 * after it):
 * - when the client is created, the pinned version: unknown or PLANNED is an error; DEPRECATED past its Not Before
 *   date is an error unless `allowExpiredApiVersion`; DEPRECATED before it is a warning.
 * - when a request is sent, the version it is sent with: past its Not Before date is a warning, once per operation
 *   and version, naming both and the date. The request is still sent.
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import { apiVersions, defaultApiVersion, scpService, versionSets, versionTable } from './generated/operations.js';

export type { ApiVersion } from './generated/operations.js';
export { apiVersions, defaultApiVersion };

export type VersionStatus = 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED';

export interface OperationVersion {
  version: string;
  status: VersionStatus;
  notBefore: string | null;
}

/**
 * The versions of one operation, by method and path template, newest first: the generated table lists only the
 * operations whose versions differ from the list most operations share (`versionSets[0]`).
 */
export function operationVersions(method: string, schemaPath: string): readonly OperationVersion[] {
  return versionSets[versionTable[`${method} ${schemaPath}`] ?? 0] ?? [];
}

export interface VersionCheck {
  /** warnings to show once, e.g. a deprecated version */
  warnings: string[];
}

/**
 * Validates a pinned version against every operation that documents it. Throws ConfigurationError for an unknown
 * version, a PLANNED one, or a DEPRECATED one past its Not Before date (unless allowExpired); warns for a DEPRECATED
 * one before that date. A version past its Not Before date is warned about when a request is sent with it.
 */
export function checkPinnedVersion(version: string, today: string, allowExpired: boolean): VersionCheck {
  if (!(apiVersions as readonly string[]).includes(version)) {
    throw new ConfigurationError(
      `scp: unknown apiVersion ${JSON.stringify(version)}; the spec documents ${apiVersions.join(', ')} (default ${defaultApiVersion})`,
      { option: 'apiVersion' },
    );
  }
  const warnings: string[] = [];
  for (const [index, versions] of versionSets.entries()) {
    const pinned = versions.find((v) => v.version === version);
    if (!pinned) continue;
    const operations = operationsOf(index);
    refuse(operations, pinned, versions, today, allowExpired);
    if (pinned.status === 'DEPRECATED' && !expired(pinned, today)) {
      warnings.push(
        `scp: apiVersion ${version} of ${operations} is DEPRECATED (Not Before ${pinned.notBefore ?? 'not set'})${instead(versions)}`,
      );
    }
  }
  return { warnings };
}

/** What one request is sent with, and the warning to show once for it, if any. */
export interface VersionChoice {
  /** the `Scp-Api-Version` header value; undefined for a path the spec does not have */
  header: string | undefined;
  /** `${METHOD /path} ${version}`: what "once" is counted by */
  key: string;
  /** the Not Before date of the version sent, when the spec documents one */
  notBefore: string | null;
  /** set when the version is past its Not Before date */
  warning: string | undefined;
}

/**
 * The version one request is sent with: the call's `apiVersion`, else the pinned version when the operation has it,
 * else the operation's newest CURRENT version. Throws ConfigurationError for a malformed call version, or one the
 * operation documents as PLANNED, or DEPRECATED past its Not Before date without allowExpired.
 */
export function chooseVersion(
  pinned: string,
  method: string,
  schemaPath: string,
  today: string,
  allowExpired: boolean,
  callVersion?: string,
): VersionChoice {
  const operation = `${method} ${schemaPath}`;
  const versions = operationVersions(method, schemaPath);
  if (callVersion !== undefined && !/^\d+\.\d+$/.test(callVersion)) {
    throw new ConfigurationError(
      `scp: apiVersion ${JSON.stringify(callVersion)} of ${operation} is not a version; ` +
        `expected major.minor, e.g. ${JSON.stringify(defaultApiVersion)}`,
      { option: 'apiVersion' },
    );
  }
  if (versions.length === 0) {
    const version = callVersion;
    return {
      header: version && `${scpService} ${version}`,
      key: `${operation} ${version}`,
      notBefore: null,
      warning: undefined,
    };
  }
  const wanted = callVersion ?? pinned;
  const documented =
    versions.find((v) => v.version === wanted) ??
    (callVersion === undefined
      ? (versions.find((v) => v.version === newestCurrent(versions)) ?? versions[0])
      : undefined);
  const version = documented?.version ?? wanted;
  if (callVersion !== undefined && documented) refuse(operation, documented, versions, today, allowExpired);
  let warning: string | undefined;
  if (documented && expired(documented, today)) {
    warning =
      documented.status === 'DEPRECATED'
        ? `scp: ${operation} is sent with ${scpService} ${version}, DEPRECATED and no longer supported since ` +
          `${documented.notBefore}${instead(versions)} (sent anyway: allowExpiredApiVersion is set)`
        : `scp: ${operation} is sent with ${scpService} ${version} (${documented.status}), whose Not Before date ` +
          `${documented.notBefore} has passed: the vendor may withdraw it. The request is still sent; ` +
          'pass apiVersion on the call to send a newer version.';
  } else if (callVersion !== undefined && documented?.status === 'DEPRECATED') {
    warning = `scp: apiVersion ${version} of ${operation} is DEPRECATED (Not Before ${documented.notBefore ?? 'not set'})${instead(versions)}`;
  }
  return {
    header: `${scpService} ${version}`,
    key: `${operation} ${version}`,
    notBefore: documented?.notBefore ?? null,
    warning,
  };
}

/** Names the operations that document `versionSets[index]`, for a message about all of them at once. */
function operationsOf(index: number): string {
  if (index !== 0) {
    const routes = Object.keys(versionTable).filter((route) => versionTable[route] === index);
    return routes.join(', ');
  }
  return Object.keys(versionTable).length === 0 ? 'every operation' : 'most operations';
}

function refuse(
  operation: string,
  v: OperationVersion,
  versions: readonly OperationVersion[],
  today: string,
  allowExpired: boolean,
): void {
  if (v.status === 'PLANNED') {
    throw new ConfigurationError(
      `scp: apiVersion ${v.version} of ${operation} is PLANNED and cannot be called yet${instead(versions)}`,
      { option: 'apiVersion' },
    );
  }
  if (v.status === 'DEPRECATED' && expired(v, today) && !allowExpired) {
    throw new ConfigurationError(
      `scp: apiVersion ${v.version} of ${operation} is DEPRECATED and no longer supported since ${v.notBefore}${instead(versions)} ` +
        '(or pass allowExpiredApiVersion: true to call it anyway)',
      { option: 'apiVersion' },
    );
  }
}

/** "Not Before" has arrived: on that date the version is already past it. */
function expired(v: OperationVersion, today: string): boolean {
  return v.notBefore !== null && v.notBefore <= today;
}

function instead(versions: readonly OperationVersion[]): string {
  const replacement = newestCurrent(versions);
  return replacement ? `; use ${replacement} instead` : '';
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
