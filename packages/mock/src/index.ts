/**
 * Prism mock servers for the cloudspecs vendor APIs, started in this process from the bundled specs the clients were
 * generated from. Every request is validated against the spec; a violation of the request or of the response is
 * answered with an error status (Prism's `errors` mode) unless `errors: false`.
 *
 * Prism runs behind a small front server that makes the mock speak the vendor's language: a request that breaks the
 * spec gets the vendor's documented validation error listing the violations (not a canned example), a request
 * without credentials the vendor's documented answer to that, and an undocumented `Prefer: code=` or `example=` a
 * 400 that says what is documented. Prism's `sl-violations` header is kept on every answer.
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { requestLine } from './request-line.js';
import { type MockAnswer, type Violation, vendorErrorForms } from './vendor-errors.js';

export type { Violation } from './vendor-errors.js';
export { requestLine };

import { vendors } from './generated/vendors.js';

/** The vendors of the registry (redocly.yaml), generated into ./generated/vendors.ts by `pnpm generate`. */
export { vendors };
export type Vendor = (typeof vendors)[number];

export interface MockOptions {
  /** Port to listen on; default 0 (a free port chosen by the system). */
  port?: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Answer request and response violations with an error status; default true. */
  errors?: boolean;
  /** Log level of Prism's own logger; default 'silent'. */
  logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Print no line per request (the CLI's `--quiet`); default false. */
  quiet?: boolean;
  /**
   * Where the line per request goes (method, path, status, the vendor's error code and the violations); default
   * `console.log`. Never called when `quiet`.
   */
  log?: (line: string) => void;
}

export interface RunningMock {
  /** Base URL of the mock, e.g. http://127.0.0.1:40123 — pass it as `baseUrl` to a client. */
  url: string;
  vendor: Vendor | undefined;
  close(): Promise<void>;
}

/** The path of the bundled spec that `startMock(vendor)` serves. */
export function specPath(vendor: Vendor): string {
  return fileURLToPath(new URL(`../specs/${vendor}.json`, import.meta.url));
}

/**
 * Start a mock of one vendor API (`'katapult'`) or of any OpenAPI file (`{ spec: './openapi.yaml' }`).
 * Resolves once the server listens; `close()` stops it.
 */
export async function startMock(target: Vendor | { spec: string }, options: MockOptions = {}): Promise<RunningMock> {
  const vendor = typeof target === 'string' ? target : undefined;
  if (vendor !== undefined && !vendors.includes(vendor)) {
    throw new Error(`startMock: unknown vendor '${String(vendor)}'; expected one of ${vendors.join(', ')}`);
  }
  const document = vendor !== undefined ? specPath(vendor) : (target as { spec: string }).spec;
  if (!existsSync(document)) {
    throw new Error(`startMock: spec file not found: ${document}`);
  }
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`startMock: port must be an integer from 0 to 65535, got ${String(options.port)}`);
  }
  const host = options.host ?? '127.0.0.1';
  const operations = await getHttpOperationsFromSpec(document);
  const logger = createLogger('MOCK', { level: options.logLevel ?? 'silent' });
  const prism = createServer(operations, {
    cors: true,
    components: { logger },
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: options.errors ?? true,
      mock: { dynamic: false },
      isProxy: false,
      upstreamProxy: undefined,
    },
  });
  // Prism listens on a free loopback port of its own; the front server below is the mock's address.
  const prismUrl = (await prism.listen(0, '127.0.0.1')).replace(/\/$/, '');
  const name = vendor ?? 'mock';
  const log = options.quiet ? undefined : (options.log ?? ((line: string) => console.log(line)));
  const front = createHttpServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`cloudspecs-mock: the mock failed to answer: ${message}`);
      } else response.destroy();
      log?.(`${name}  ${request.method} ${request.url} → 500 (the mock failed: ${message})`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const target = request.url ?? '/';
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value === undefined || hopByHop.has(key)) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item);
    }
    const hasBody = chunks.length > 0 && method !== 'GET' && method !== 'HEAD';
    const answer = await fetch(`${prismUrl}${target}`, {
      method,
      headers,
      redirect: 'manual',
      ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
    });
    const prismBody = method === 'HEAD' ? '' : await answer.text();
    const violations = parseViolations(answer.headers.get('sl-violations'));
    const pathname = new URL(target, 'http://mock').pathname;
    const replacement = rewrite({
      vendor,
      status: answer.status,
      contentType: answer.headers.get('content-type'),
      body: prismBody,
      violations,
      prefer: [request.headers.prefer ?? []].flat().join(', ') || undefined,
      operation: findOperation(operations, method, pathname),
      method,
      pathname,
    });
    const outHeaders: Record<string, string> = {};
    answer.headers.forEach((value, key) => {
      if (!hopByHop.has(key) && key !== 'content-length' && key !== 'content-encoding') outHeaders[key] = value;
    });
    let status = answer.status;
    let body = prismBody;
    let shownViolations = violations;
    if (replacement) {
      status = replacement.answer.status;
      body = replacement.answer.body;
      for (const key of ['content-type', 'www-authenticate']) delete outHeaders[key];
      Object.assign(outHeaders, replacement.answer.headers);
      if (replacement.violations !== violations) {
        shownViolations = replacement.violations;
        outHeaders['sl-violations'] = JSON.stringify(replacement.violations);
      }
    }
    response.writeHead(status, { ...outHeaders, 'content-length': String(Buffer.byteLength(body)) });
    response.end(method === 'HEAD' ? undefined : body);
    log?.(requestLine(name, method, target, status, errorCode(vendor, status, body), shownViolations));
  }

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, host, () => {
      front.off('error', reject);
      resolve();
    });
  });
  const { port: boundPort } = front.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${boundPort}`,
    vendor,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        front.close((error) => (error ? reject(error) : resolve()));
        front.closeAllConnections();
      });
      await prism.close();
    },
  };
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'proxy-connection',
  'te',
  'trailer',
  'expect',
]);

/** The part of a Prism operation the front server reads. */
interface Operation {
  method: string;
  path: string;
  responses: ReadonlyArray<{
    code: string;
    contents?: ReadonlyArray<{ mediaType: string; examples?: ReadonlyArray<{ key: string }> }>;
  }>;
}

function findOperation(operations: readonly Operation[], method: string, pathname: string): Operation | undefined {
  const lower = method.toLowerCase();
  const candidates = operations.filter((operation) => operation.method === lower);
  // A literal path wins over a template (`/servers/detail` over `/servers/{id}`), as in Prism's router.
  return (
    candidates.find((operation) => operation.path === pathname) ??
    candidates.find((operation) => templatePattern(operation.path).test(pathname))
  );
}

function templatePattern(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is Violation =>
        typeof item === 'object' && item !== null && Array.isArray(item.location) && typeof item.message === 'string',
    );
  } catch {
    return []; // Prism cuts an over-long header ("Too many violations! …"); its answer is passed on unchanged.
  }
}

interface PrismAnswer {
  vendor: Vendor | undefined;
  status: number;
  contentType: string | null;
  body: string;
  violations: Violation[];
  prefer: string | undefined;
  operation: Operation | undefined;
  method: string;
  pathname: string;
}

/** Prism's own problem+json answers carry a `type` under this prefix. */
const prismProblem = 'https://stoplight.io/prism/errors#';

function problemType(answer: PrismAnswer): string | undefined {
  if (!answer.contentType?.includes('problem+json')) return undefined;
  try {
    const type = (JSON.parse(answer.body) as { type?: unknown }).type;
    return typeof type === 'string' && type.startsWith(prismProblem) ? type.slice(prismProblem.length) : undefined;
  } catch {
    return undefined;
  }
}

/** The answer the mock sends instead of Prism's, and the violations it reports, or undefined to pass Prism's on. */
function rewrite(answer: PrismAnswer): { answer: MockAnswer; violations: Violation[] } | undefined {
  const forms = answer.vendor === undefined ? undefined : vendorErrorForms[answer.vendor];
  const type = problemType(answer);
  // Without a documented 401 Prism answers its own problem+json; with one, that example and a violation of the
  // security requirement in `sl-violations`.
  const missingCredentials =
    type === 'UNAUTHORIZED' ||
    answer.violations.some((violation) => violation.code === 401 && violation.location.join('.') === 'request');
  if (missingCredentials) {
    if (!forms) return undefined;
    const violations = [
      ...answer.violations.filter((violation) => violation.code !== 401),
      {
        location: ['request', 'header'],
        severity: 'Error',
        code: 401,
        message: 'The request does not carry the credentials the spec requires (its security schemes)',
      },
    ];
    return { answer: forms.missingCredentials(), violations };
  }
  // A Prefer that names no documented answer makes Prism fail (NOT_FOUND, or UNKNOWN after it tried a default).
  if (type !== undefined && answer.prefer !== undefined) {
    const violation = undocumentedPreference(answer);
    if (violation) {
      const body = {
        type: 'urn:cloudspecs-mock:undocumented-preference',
        title: violation.message,
        status: 400,
        detail:
          'The Prefer header asks the mock for an answer the spec does not document. Ask for a documented one, or send no Prefer header.',
      };
      return {
        answer: { status: 400, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify(body) },
        violations: [...answer.violations, violation],
      };
    }
  }
  const requestErrors = answer.violations.filter(
    (violation) => violation.location[0] === 'request' && violation.severity === 'Error',
  );
  if (forms && answer.status >= 400 && requestErrors.length > 0) {
    return { answer: forms.invalidRequest(requestErrors), violations: answer.violations };
  }
  return undefined;
}

/** `Prefer: code=418` or `example=nope` that the operation does not document, described with what it does document. */
function undocumentedPreference(answer: PrismAnswer): Violation | undefined {
  const prefer = Object.fromEntries(
    (answer.prefer ?? '')
      .split(',')
      .map((part) => part.trim().split('='))
      .map(([key, value]) => [key?.trim().toLowerCase() ?? '', value?.trim() ?? '']),
  );
  const operation = answer.operation;
  const where = `${answer.method} ${operation?.path ?? answer.pathname}`;
  const location = ['request', 'header', 'prefer'];
  const codes = operation?.responses.map((response) => response.code) ?? [];
  if (prefer.code !== undefined && !codes.includes(prefer.code)) {
    return {
      location,
      severity: 'Error',
      code: 'undocumented-status',
      message: `Prefer: code=${prefer.code} is not documented for ${where}; documented: ${codes.join(', ') || 'none'}`,
    };
  }
  if (prefer.example !== undefined) {
    const responses =
      prefer.code === undefined
        ? (operation?.responses ?? [])
        : (operation?.responses.filter((response) => response.code === prefer.code) ?? []);
    const examples = responses.flatMap((response) =>
      (response.contents ?? []).flatMap((content) => (content.examples ?? []).map((example) => example.key)),
    );
    if (!examples.includes(prefer.example)) {
      const scope = prefer.code === undefined ? where : `${where} ${prefer.code}`;
      return {
        location,
        severity: 'Error',
        code: 'undocumented-example',
        message: `Prefer: example=${prefer.example} is not an example of ${scope}; examples: ${[...new Set(examples)].join(', ') || 'none'}`,
      };
    }
  }
  return undefined;
}

/** The vendor's error code of an error answer, for the request line: Katapult `error.code`, Hostway's fault name. */
function errorCode(vendor: Vendor | undefined, status: number, body: string): string | undefined {
  if (status < 400 || vendor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  if (vendor === 'katapult') {
    const code = (parsed as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : undefined;
  }
  if (vendor === 'hostway') {
    const keys = Object.keys(parsed);
    return keys.length === 1 && !Array.isArray(parsed) ? keys[0] : undefined;
  }
  const first: unknown = Array.isArray(parsed) ? parsed[0] : (parsed as { errors?: unknown[] }).errors?.[0];
  const code =
    (first as { code?: unknown; type_?: unknown } | undefined)?.code ?? (first as { type_?: unknown })?.type_;
  return typeof code === 'string' ? code : undefined;
}
