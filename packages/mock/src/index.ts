/**
 * Prism mock servers for the cloudspecs vendor APIs, started in this process from the bundled specs the clients were
 * generated from. Every request is validated against the spec; a violation of the request or of the response is
 * answered with an error status (Prism's `errors` mode) unless `errors: false`.
 *
 * Prism runs behind a small front server that makes the mock speak the vendor's language: a request that breaks the
 * spec gets the vendor's documented validation error listing the violations (not a canned example), a request
 * without credentials the vendor's documented answer to that, and an undocumented `Prefer: code=` or `example=` a
 * 400 that says what is documented. What no operation can take is refused in the vendor's form too, before Prism sees
 * it or instead of Prism's own problem+json: an unknown path or method, a request target that is not a path of this
 * server (`OPTIONS *`, a proxy's absolute URL), a method fetch cannot send on (TRACE), a body over Prism's 10 MiB
 * (never buffered past it) and malformed JSON. Prism's `sl-violations` header is kept on every answer, and the
 * mock's own refusals add theirs.
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { requestLine } from './request-line.js';
import {
  badRequestTarget,
  malformedJson,
  methodNotAllowed,
  type MockAnswer,
  notFound,
  payloadTooLarge,
  type Violation,
  vendorErrorForms,
} from './vendor-errors.js';

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
   * `console.log`. Never called when `quiet`. An exception it throws is reported once (a process warning) and the
   * mock goes on answering.
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
  const log = options.quiet ? undefined : guardedLog(options.log ?? ((line: string) => console.log(line)));
  let boundPort = 0;
  const front = createHttpServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // Never Prism's internal address in what the client or the log sees.
      const message = (error instanceof Error ? error.message : String(error)).replaceAll(prismUrl, '');
      try {
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`cloudspecs-mock: the mock failed to answer: ${message}`);
        } else response.destroy();
      } catch {
        response.destroy();
      }
      log?.(`${name}  ${request.method} ${request.url} → 500 (the mock failed: ${message})`);
    });
  });

  /** Sends one of the mock's own answers, and logs it with its violation. */
  function answerWith(
    request: IncomingMessage,
    response: ServerResponse,
    answer: MockAnswer,
    violation: Violation,
  ): void {
    const method = request.method ?? 'GET';
    const violations = [violation];
    response.writeHead(answer.status, {
      ...answer.headers,
      'sl-violations': violationsHeader(violations),
      'content-length': String(Buffer.byteLength(answer.body)),
    });
    response.end(method === 'HEAD' ? undefined : answer.body);
    log?.(
      requestLine(
        name,
        method,
        request.url ?? '',
        answer.status,
        errorCode(vendor, answer.status, answer.body),
        violations,
      ),
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const target = originForm(request.url ?? '/', { host, port: boundPort });
    if (target === undefined) {
      const answer = badRequestTarget(vendor, { method, target: request.url ?? '' });
      request.resume();
      answerWith(request, response, answer, {
        location: ['request'],
        severity: 'Error',
        code: 400,
        message: 'The request target is not a path of this server (origin-form /...): the mock is not a proxy',
      });
      return;
    }
    const pathname = new URL(target, 'http://mock').pathname;
    if (UNSENDABLE_METHODS.has(method.toUpperCase())) {
      request.resume();
      const allow = allowedMethods(operations, pathname);
      const answer =
        allow.length === 0
          ? notFound(vendor, { method, path: pathname })
          : methodNotAllowed(vendor, { method, path: pathname, allow });
      answerWith(request, response, answer, {
        location: ['request'],
        severity: 'Error',
        code: answer.status,
        message: `No operation of the spec is ${method} ${pathname}`,
      });
      return;
    }
    const read = await readBody(request, MAX_BODY_BYTES);
    if (read === 'too-large') {
      // The rest of the body is read and dropped by Node after this answer, and the connection closed.
      answerWith(request, response, payloadTooLarge(vendor, MAX_BODY_BYTES), {
        location: ['request', 'body'],
        severity: 'Error',
        code: 413,
        message: `The request body is larger than the ${MAX_BODY_BYTES} bytes the mock reads (Prism's limit)`,
      });
      return;
    }
    const hasBody = read.length > 0 && method !== 'GET' && method !== 'HEAD';
    const parseFailure = hasBody ? jsonParseFailure(request.headers['content-type'], read) : undefined;
    if (parseFailure !== undefined) {
      answerWith(request, response, malformedJson(vendor, parseFailure), {
        location: ['request', 'body'],
        severity: 'Error',
        code: 'invalid-json',
        message: `The request body is not valid JSON: ${parseFailure}`,
      });
      return;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value === undefined || hopByHop.has(key)) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item);
    }
    const answer = await fetch(`${prismUrl}${target}`, {
      method,
      headers,
      redirect: 'manual',
      ...(hasBody ? { body: read } : {}),
    });
    const prismBody = method === 'HEAD' ? '' : await answer.text();
    const violations = parseViolations(answer.headers.get('sl-violations'));
    const replacement = rewrite({
      vendor,
      status: answer.status,
      contentType: answer.headers.get('content-type'),
      body: prismBody,
      violations,
      prefer: [request.headers.prefer ?? []].flat().join(', ') || undefined,
      operation: findOperation(operations, method, pathname),
      allow: allowedMethods(operations, pathname),
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
        outHeaders['sl-violations'] = violationsHeader(replacement.violations);
      }
    }
    response.writeHead(status, { ...outHeaders, 'content-length': String(Buffer.byteLength(body)) });
    response.end(method === 'HEAD' ? undefined : body);
    log?.(requestLine(name, method, request.url ?? target, status, errorCode(vendor, status, body), shownViolations));
  }

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, host, () => {
      front.off('error', reject);
      resolve();
    });
  });
  boundPort = (front.address() as AddressInfo).port;
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

/** Prism's own limit on a request body (micri's `'10mb'`): the mock reads no more than this. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Methods `fetch` refuses to send (so the mock cannot hand them to Prism) and no API here documents. */
const UNSENDABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * The request target as a path: origin-form (`/servers?x=1`) as it is; absolute-form naming this server
 * (`http://127.0.0.1:4010/servers`, which RFC 9112 says a server must accept) as its path; anything else (`*`, an
 * absolute URL of another host sent to the mock as a proxy) `undefined`.
 */
function originForm(target: string, self: { host: string; port: number }): string | undefined {
  if (target.startsWith('/')) return target;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  const ownHosts = [self.host, 'localhost', '127.0.0.1', '[::1]', `[${self.host}]`];
  const sameServer =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.port === String(self.port) &&
    ownHosts.includes(url.hostname);
  return sameServer ? `${url.pathname}${url.search}` : undefined;
}

/**
 * Reads a request body up to `limit` bytes; past it, `'too-large'` at once, and the rest is read and dropped as it
 * arrives (never buffered: a 120 MB upload no longer grows the process by as much).
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer> | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    let over = Number.isFinite(declared) && declared > limit;
    if (over) resolve('too-large');
    const chunks: Buffer[] = [];
    let total = 0;
    request.on('data', (chunk: Buffer) => {
      if (over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => {
      if (!over) resolve(Buffer.concat(chunks, total));
    });
    request.once('error', reject);
  });
}

/** For a body labelled JSON (as Prism reads it: `application/json` or `application/*+json`), why it does not parse. */
function jsonParseFailure(contentType: string | undefined, body: Buffer): string | undefined {
  if (!/^\s*application\/(?:[\w.!#$&^-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '')) return undefined;
  try {
    JSON.parse(body.toString('utf8'));
    return undefined;
  } catch (error) {
    // V8 quotes a piece of the body; the position is what helps, and the body may hold anything.
    const text = error instanceof Error ? error.message : String(error);
    return text.replace(/,?\s*"[\s\S]*"(\.\.\.)?\s+is not valid JSON/, ' (the body is not valid JSON)');
  }
}

/**
 * The `sl-violations` header: the violations as JSON, every character past ASCII escaped (`\u00e9`), since a header
 * carries Latin-1 only and a violation may quote the request (a parser's message, a path).
 */
function violationsHeader(violations: readonly Violation[]): string {
  return JSON.stringify(violations).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A `log` function that cannot break the mock: an exception it throws is reported once, as a process warning, and the
 * request it was logging is answered all the same (an unhandled rejection on every request would end a test run).
 */
function guardedLog(log: (line: string) => void): (line: string) => void {
  let reported = false;
  return (line) => {
    try {
      log(line);
    } catch (error) {
      if (reported) return;
      reported = true;
      const message = error instanceof Error ? error.message : String(error);
      process.emitWarning(
        `cloudspecs-mock: the log function threw (${message}); the mock goes on answering and reports no further failure of it.`,
        { code: 'CLOUDSPECS_MOCK_LOG_FAILED' },
      );
    }
  };
}

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

/** The methods the spec documents for a path (upper case), for `Allow`; none when no operation has the path. */
function allowedMethods(operations: readonly Operation[], pathname: string): string[] {
  const methods = operations
    .filter((operation) => operation.path === pathname || templatePattern(operation.path).test(pathname))
    .map((operation) => operation.method.toUpperCase());
  return [...new Set(methods)];
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
  /** The methods the spec documents for the path. */
  allow: string[];
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
  // No operation has this path, or not this method: the vendor's not-found (Prism's router answers before anything
  // else is looked at, a Prefer header included).
  if (type === 'NO_PATH_MATCHED_ERROR' || type === 'NO_METHOD_MATCHED_ERROR') {
    const request = { method: answer.method, path: answer.pathname };
    const reply =
      type === 'NO_PATH_MATCHED_ERROR' || answer.allow.length === 0
        ? notFound(answer.vendor, request)
        : methodNotAllowed(answer.vendor, { ...request, allow: answer.allow });
    const violation = {
      location: ['request'],
      severity: 'Error',
      code: reply.status,
      message: `No operation of the spec is ${answer.method} ${answer.pathname}`,
    };
    return { answer: reply, violations: [...answer.violations, violation] };
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
