/**
 * Prism mock servers for the cloudspecs vendor APIs, started in this process from the bundled specs the clients were
 * generated from. Every request is validated against the spec; a violation of the request or of the response is
 * answered with an error status (Prism's `errors` mode) unless `errors: false`.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';

export const vendors = ['hostway', 'katapult', 'scp'] as const;
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
  const server = createServer(operations, {
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
  const address = await server.listen(port, host);
  return {
    url: address.replace(/\/$/, ''),
    vendor,
    close: () => server.close(),
  };
}
