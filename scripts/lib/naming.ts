/**
 * The resource layer's names: every operation of a spec as `<namespace>.<method>` (`katapult.ipAddresses.create`).
 * One convention for every vendor, documented in specs/README.md ("Resource names"), with two spec extensions where it
 * reads badly:
 *
 *   namespace  the tag's `x-resource` (on the tag object in `tags:`) if set, else the tag name in camelCase
 *              (`IP addresses` → ipAddresses, `auto-scaling-groups` → autoScalingGroups)
 *   method     the operation's `x-method` if set, else derived from the operationId:
 *                1. the first word is the verb; `show` reads `get`
 *                2. the rest is searched for the namespace's noun, plural or singular (`IpAddresses`, `IpAddress`), or
 *                   for the noun's last two or more words (`NetworkInterface` in `virtualMachineNetworkInterfaces`)
 *                3. found: the words before it are a qualifier and are dropped (`listOrganizationIpAddresses` → list,
 *                   `lockVirtualServer` in `servers` → lock), unless they end with a preposition, which keeps what
 *                   precedes it (`allocateIpToVirtualMachine` → allocateIp); the words after it stay
 *                   (`getVirtualMachineBuild` in `virtualMachines` → getBuild)
 *                4. not found: the verb and the rest as they are (`invalidateLinkedWebSession`)
 *                5. a trailing `ForCurrent…` is dropped before all this: it names the caller's own scope, which is
 *                   what a call acts on unless told otherwise (Hostway's `createServerForCurrentAccount` → create)
 *
 * Two operations with one name fail generation, naming both: give one an `x-method`.
 *
 * The rest of the naming the generated code and the docs share sits here too: a vendor's class (`Katapult`, from the
 * registry key), an operation's type names (`CreateIpAddressParams`), and the singular of a resource noun (which the
 * twins' table reads resources by, scripts/lib/twin-table.ts).
 * Pure and synchronous, for the generator and the docs: it reads a bundled document (paths inline, as
 * packages/mock/specs/<vendor>.json).
 */
import { HTTP_METHODS, type HttpMethod } from '../../packages/runtime/src/http-methods.ts';

/** One operation's place in the resource layer. */
export interface ResourceName {
  operationId: string;
  /** the namespace on the client, e.g. `ipAddresses` */
  namespace: string;
  /** the method in the namespace, e.g. `create` */
  method: string;
  /** the HTTP method, lower case, e.g. `post` */
  httpMethod: HttpMethod;
  path: string;
  /** the operation's tag */
  tag: string;
}

interface TagObject {
  name?: unknown;
  'x-resource'?: unknown;
}

interface NamedOperation {
  operationId?: unknown;
  tags?: unknown;
  'x-method'?: unknown;
}

/** The subset of an OpenAPI document the names are read from. */
export interface NamingDocument {
  tags?: readonly TagObject[];
  paths?: Record<string, unknown>;
}

const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
/** Names an instance already has: a namespace of that name would hide it. `then` would make it a thenable. */
const RESERVED_NAMESPACES = new Set(['client', 'constructor', 'prototype', '__proto__', 'then']);
const RESERVED_METHODS = new Set(['constructor', 'prototype', '__proto__', 'then']);
/** A qualifier ending in one of these is kept, without it: `allocateIpToVirtualMachine` → allocateIp. */
const PREPOSITIONS = new Set(['to', 'from', 'for', 'by', 'on', 'in', 'into', 'of', 'with', 'at']);

/**
 * Every operation of `document` with its resource name, in the spec's order (paths, then methods in HTTP order).
 * Throws on a name clash (naming both operations), a malformed `x-resource`/`x-method`, or an operation without an
 * operationId or a tag. `label` names the spec in errors.
 */
export function resourceNames(document: NamingDocument, label = 'spec'): ResourceName[] {
  const namespaces = tagNamespaces(document, label);
  const names: ResourceName[] = [];
  const seen = new Map<string, ResourceName>();
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = (rawItem ?? {}) as Record<string, unknown>;
    for (const httpMethod of HTTP_METHODS) {
      const operation = item[httpMethod] as NamedOperation | undefined;
      if (!operation) continue;
      const where = `${label}: ${httpMethod.toUpperCase()} ${path}`;
      const { operationId } = operation;
      if (typeof operationId !== 'string' || operationId === '') throw new Error(`${where} has no operationId`);
      const tag = Array.isArray(operation.tags) ? operation.tags[0] : undefined;
      if (typeof tag !== 'string') throw new Error(`${where} (${operationId}) has no tag: its tag names its namespace`);
      const namespace = namespaces.get(tag) ?? namespaceOf(tag);
      if (RESERVED_NAMESPACES.has(namespace)) {
        throw new Error(
          `${label}: tag ${JSON.stringify(tag)} names the namespace \`${namespace}\`, which the client object already has: give the tag an \`x-resource\``,
        );
      }
      const override = operation['x-method'];
      if (override !== undefined && (typeof override !== 'string' || !IDENTIFIER.test(override))) {
        throw new Error(
          `${where} (${operationId}): x-method must be a camelCase name, got ${JSON.stringify(override)}`,
        );
      }
      const method = override ?? methodOf(operationId, namespace);
      if (RESERVED_METHODS.has(method)) {
        throw new Error(`${where} (${operationId}): \`${method}\` cannot be a method name: give it an \`x-method\``);
      }
      const name: ResourceName = { operationId, namespace, method, httpMethod, path, tag };
      const key = `${namespace}.${method}`;
      const other = seen.get(key);
      if (other) {
        throw new Error(
          `${label}: ${key} would name two operations, ${describe(other)} and ${describe(name)}: give one of them an \`x-method\` (or its tag an \`x-resource\`)`,
        );
      }
      seen.set(key, name);
      names.push(name);
    }
  }
  return names;
}

function describe(name: ResourceName): string {
  return `${name.operationId} (${name.httpMethod.toUpperCase()} ${name.path})`;
}

/** tag name → its `x-resource`, checked. */
function tagNamespaces(document: NamingDocument, label: string): Map<string, string> {
  const namespaces = new Map<string, string>();
  for (const tag of document.tags ?? []) {
    const resource = tag['x-resource'];
    if (resource === undefined || typeof tag.name !== 'string') continue;
    if (typeof resource !== 'string' || !IDENTIFIER.test(resource)) {
      throw new Error(
        `${label}: tag ${JSON.stringify(tag.name)}: x-resource must be a camelCase name, got ${JSON.stringify(resource)}`,
      );
    }
    namespaces.set(tag.name, resource);
  }
  return namespaces;
}

/** A tag name in camelCase: `IP addresses` → ipAddresses, `DNS zones` → dnsZones, `auto-scaling-groups` → autoScalingGroups. */
export function namespaceOf(tag: string): string {
  const words = tag.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) throw new Error(`tag ${JSON.stringify(tag)} has no letters to name a namespace with`);
  return camel(words.map((word) => word.toLowerCase()));
}

/** The method the convention derives from an operationId in a namespace (no `x-method`). */
export function methodOf(operationId: string, namespace: string): string {
  const [first = operationId, ...all] = words(operationId);
  // `…ForCurrentAccount`: the caller's own scope, what a call acts on when nothing says otherwise.
  const current = all.findIndex((word, i) => word === 'For' && all[i + 1] === 'Current');
  const object = current === -1 ? all : all.slice(0, current);
  const verb = first.toLowerCase() === 'show' ? 'get' : first.toLowerCase();
  const match = findNoun(
    object.map((word) => word.toLowerCase()),
    nounForms(namespace),
  );
  if (!match) return camel([verb, ...object]);
  let before = object.slice(0, match.at);
  const after = object.slice(match.at + match.length);
  const last = before.at(-1);
  if (last !== undefined && PREPOSITIONS.has(last.toLowerCase())) before = before.slice(0, -1);
  else before = [];
  return camel([verb, ...before, ...after]);
}

/** The words of a camelCase or PascalCase identifier: `listOrganizationIpAddresses` → list Organization Ip Addresses. */
function words(identifier: string): string[] {
  return identifier.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [identifier];
}

function camel(parts: string[]): string {
  return parts
    .map((part, index) => {
      const lower = part.toLowerCase();
      return index === 0 ? lower : `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
    })
    .join('');
}

/**
 * The word sequences that name a namespace's resource, longest first: the noun in plural and singular, then its last
 * two or more words (so `NetworkInterface` names `virtualMachineNetworkInterfaces`).
 */
function nounForms(namespace: string): string[][] {
  const plural = words(namespace).map((word) => word.toLowerCase());
  const one = [...plural.slice(0, -1), singular(plural.at(-1) ?? '')];
  const forms: string[][] = [];
  for (let start = 0; start < plural.length; start++) {
    if (start > 0 && plural.length - start < 2) break;
    forms.push(plural.slice(start), one.slice(start));
  }
  return forms;
}

/** `ip_addresses` → `ip_address`, `policies` → `policy`, `entries` → `entry`; a word not ending in s is kept. */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The first (longest) noun form found in the words, at its leftmost place. */
function findNoun(object: string[], forms: string[][]): { at: number; length: number } | undefined {
  for (const form of forms) {
    for (let at = 0; at + form.length <= object.length; at++) {
      if (form.every((word, i) => object[at + i] === word)) return { at, length: form.length };
    }
  }
  return undefined;
}

/** `listOrganizationIpAddresses` → ListOrganizationIpAddresses, `open-stack` → OpenStack: each word capitalised, joined. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join('');
}

/** `open-stack` → openStack: what a sample holds a vendor's client in. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return `${pascal.charAt(0).toLowerCase()}${pascal.slice(1)}`;
}

/**
 * A vendor's class, named after its registry key (`katapult` → Katapult): the resource client (`new Katapult()`) and
 * the prefix of its types (`KatapultClient`, `KatapultOptions`).
 */
export function className(vendor: string): string {
  return pascalCase(vendor);
}
