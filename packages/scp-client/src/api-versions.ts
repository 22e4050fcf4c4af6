/**
 * SCP API versions, from the spec's per-operation `x-scp-api-versions` (generated into operations.ts).
 *
 * A client pins one version. Each request is sent with that version when its operation has it, and otherwise with
 * the operation's newest CURRENT version (an operation documented only in 1.0 is called as 1.0 by a client pinned to
 * 1.3); a call's own `apiVersion` wins over both. The header names the operation's own service
 * (`Scp-Api-Version: vpc 1.0`), from the table of services (services.ts).
 *
 * Two kinds of check, both from the vendor's rules (a DEPRECATED version is no longer supported once its Not Before
 * date has arrived; a CURRENT or SUPPORTED one is only guaranteed until its Not Before date and may be withdrawn
 * after it):
 * - when the client is created, the pinned version: unknown or PLANNED is an error; DEPRECATED past its Not Before
 *   date is an error unless `allowExpiredApiVersion`; DEPRECATED before it is a warning.
 * - when a request is sent, the version it is sent with: past its Not Before date is a warning, and the request is
 *   still sent. Where the operation documents a newer version that is still guaranteed, the warning names it, once
 *   per operation and version: there is something to do. Where it does not (most operations are documented only as
 *   1.0), the caller can change nothing, so one warning says what it means, once per process (per `onWarning`).
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import { apiVersions, defaultApiVersion, versionSets, versionTable } from './generated/operations.js';
import { serviceOf } from './services.js';

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
  /**
   * What "once" is counted by: `${METHOD /path} ${version}` for a warning that names something to do, or
   * NOTHING_NEWER_KEY for the one that says there is nothing to do, said once for every operation.
   */
  key: string;
  /** the Not Before date of the version sent, when the spec documents one */
  notBefore: string | null;
  /** set when the version is past its Not Before date */
  warning: string | undefined;
}

/** The `key` of the one warning about versions past their date with nothing newer to move to. */
const NOTHING_NEWER_KEY = 'scp: sent past its Not Before date, nothing newer documented';

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
  // The version header names the operation's own service: `vpc 1.0`, `securitygroup 1.0`, `virtualserver 1.3`.
  const { scpService } = serviceOf(schemaPath);
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
  let nothingNewer = false;
  if (documented && expired(documented, today)) {
    const newer = newestGuaranteed(versions, version, today);
    if (documented.status === 'DEPRECATED') {
      warning =
        `scp: ${operation} is sent with ${scpService} ${version}, DEPRECATED and no longer supported since ` +
        `${documented.notBefore}${instead(versions)} (sent anyway: allowExpiredApiVersion is set)`;
    } else if (newer !== undefined) {
      warning =
        `scp: ${operation} is sent with ${scpService} ${version} (${documented.status}), whose Not Before date ` +
        `${documented.notBefore} has passed: the vendor may withdraw it. The request is still sent; to send ${newer}, ` +
        `which the spec documents for it, pass apiVersion: '${newer}' on the call or pin it on the client.`;
    } else {
      nothingNewer = true;
      warning =
        `scp: ${operation} is sent with ${scpService} ${version}, the newest version the spec documents for it, ` +
        `whose Not Before date ${documented.notBefore} has passed: the vendor no longer guarantees it and may ` +
        'withdraw it. There is no newer version to move to, so requests are sent with it as before and your code ' +
        'needs no change; a later @cloudspecs/scp-client sends a newer version once the vendor documents one. ' +
        'Said once, not for each operation in the same position.';
    }
  } else if (callVersion !== undefined && documented?.status === 'DEPRECATED') {
    warning = `scp: apiVersion ${version} of ${operation} is DEPRECATED (Not Before ${documented.notBefore ?? 'not set'})${instead(versions)}`;
  }
  return {
    header: `${scpService} ${version}`,
    key: nothingNewer ? NOTHING_NEWER_KEY : `${operation} ${version}`,
    notBefore: documented?.notBefore ?? null,
    warning,
  };
}

/** The newest version above `version` that is CURRENT or SUPPORTED and not past its own Not Before date. */
function newestGuaranteed(versions: readonly OperationVersion[], version: string, today: string): string | undefined {
  return versions
    .filter((v) => compare(v.version, version) > 0)
    .filter((v) => (v.status === 'CURRENT' || v.status === 'SUPPORTED') && !expired(v, today))
    .map((v) => v.version)
    .sort((a, b) => compare(b, a))[0];
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
