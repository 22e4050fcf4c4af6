/**
 * Property: over random sequences of faults, methods and settings, every call ends in exactly one success or one
 * typed error (the one the retry rules predict), a POST/PATCH is executed at most once, and no secret shows up in any
 * error text, JSON form, inspect output or log line.
 */
import fc from 'fast-check';
import { inspect } from 'node:util';
import { expect, test } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  CloudspecsError,
  ConnectionError,
  type LogEntry,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ServerError,
  ServiceUnavailableError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';
import { connectionRefused, connectionReset, json, stallUntilAborted } from './support/fake-fetch.js';
import { TOKEN, katapultError, testClient } from './support/katapult-like.js';

const FAULTS = [
  'ok',
  'malformed-json',
  'html-200',
  '429',
  '503-service_unavailable',
  '503-no_available_addresses',
  '500',
  '502-html',
  '401-text-echoing-token',
  '404-echoing-token',
  '422',
  'reset',
  'reset-error-echoing-header',
  'refused',
  'stall',
  'hang-ignoring-signal',
] as const;
type Fault = (typeof FAULTS)[number];
const METHODS = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'] as const;
type Method = (typeof METHODS)[number];

/** The server said it did not act on the request, or never got it. Everything else may have been executed. */
const NOT_EXECUTED: readonly Fault[] = ['429', '503-service_unavailable', 'refused'];
const IDEMPOTENT: readonly Method[] = ['GET', 'PUT', 'DELETE'];
/** The README's retry rules, restated as the oracle. */
const RETRIED_FOR_IDEMPOTENT: readonly Fault[] = [
  ...NOT_EXECUTED,
  '500',
  '502-html',
  '503-no_available_addresses',
  'reset',
  'reset-error-echoing-header',
  'stall',
  'hang-ignoring-signal',
];

function isRetried(method: Method, fault: Fault): boolean {
  return IDEMPOTENT.includes(method) ? RETRIED_FOR_IDEMPOTENT.includes(fault) : NOT_EXECUTED.includes(fault);
}

const EXPECTED_ERROR: Record<Exclude<Fault, 'ok'>, new (...args: never[]) => CloudspecsError> = {
  'malformed-json': ResponseParseError,
  'html-200': ResponseParseError,
  '429': RateLimitError,
  '503-service_unavailable': ServiceUnavailableError,
  '503-no_available_addresses': ServiceUnavailableError,
  '500': ServerError,
  '502-html': ServerError,
  '401-text-echoing-token': AuthenticationError,
  '404-echoing-token': NotFoundError,
  '422': ValidationError,
  reset: ConnectionError,
  'reset-error-echoing-header': ConnectionError,
  refused: ConnectionError,
  stall: TimeoutError,
  'hang-ignoring-signal': TimeoutError,
};

const item = { id: 'it_1', name: 'a' };

async function answer(fault: Fault, request: Request): Promise<Response> {
  switch (fault) {
    case 'ok':
      return json(200, item);
    case 'malformed-json':
      return new Response(`{"id": "it_1", "token": "${TOKEN}`, {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'html-200':
      return new Response(`<html><title>Sign in</title><p>${TOKEN}</p></html>`, {
        status: 200,
        headers: { 'content-type': 'text/html' },
      });
    case '429':
      return json(429, katapultError('rate_limit_reached'), { 'retry-after': '0' });
    case '503-service_unavailable':
      return json(503, katapultError('service_unavailable'));
    case '503-no_available_addresses':
      return json(503, katapultError('no_available_addresses'));
    case '500':
      return json(500, katapultError('internal_error'));
    case '502-html':
      return new Response('<html><title>502 Bad Gateway</title></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      });
    case '401-text-echoing-token':
      return new Response(`Invalid credentials: Bearer ${TOKEN}`, {
        status: 401,
        headers: { 'content-type': 'text/plain' },
      });
    case '404-echoing-token':
      return json(404, katapultError('item_not_found', `nothing for token ${TOKEN}`));
    case '422':
      return json(422, katapultError('validation_error'));
    case 'reset':
      throw connectionReset();
    case 'reset-error-echoing-header':
      throw new TypeError('fetch failed', {
        cause: new Error(`socket closed while sending ${request.headers.get('authorization')}`),
      });
    case 'refused':
      throw connectionRefused();
    case 'stall':
      return stallUntilAborted(request);
    case 'hang-ignoring-signal':
      return new Promise<Response>(() => {});
  }
}

const scenario = fc.record({
  method: fc.constantFrom(...METHODS),
  faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 4 }),
  maxRetries: fc.integer({ min: 0, max: 3 }),
  throwOnError: fc.boolean(),
  secretInQuery: fc.boolean(),
});

test('random fault sequences: one typed outcome, POST/PATCH executed at most once, no secret in any text', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async ({ method, faults, maxRetries, throwOnError, secretInQuery }) => {
      let attempts = 0;
      let executed = 0;
      const logs: LogEntry[] = [];
      const { client } = testClient({
        baseUrl: 'https://api.example.test/core/v1',
        maxRetries,
        throwOnError,
        timeout: 10,
        logger: { level: 'debug', sink: (entry) => logs.push(entry) },
        fetch: async (request) => {
          const fault = faults[attempts++] ?? 'ok';
          if (fault === 'refused') return answer(fault, request);
          if (method !== 'GET' && method !== 'DELETE') expect(await request.text()).toBe('{"name":"a"}');
          if (!NOT_EXECUTED.includes(fault)) executed++;
          return answer(fault, request);
        },
      });

      // The oracle: which attempt ends the call, and how.
      let expectedAttempts = 0;
      let finalFault: Fault = 'ok';
      for (;;) {
        finalFault = faults[expectedAttempts] ?? 'ok';
        expectedAttempts++;
        if (!(isRetried(method, finalFault) && expectedAttempts <= maxRetries)) break;
      }

      const query = secretInQuery ? { querySerializer: () => `api_token=${TOKEN}` } : {};
      const path = { params: { path: { id: 'it_1' } }, ...query };
      const body = { body: { name: 'a' } };
      const call = {
        GET: () => client.GET('/items/{id}', path),
        PUT: () => client.PUT('/items/{id}', { ...path, ...body }),
        DELETE: () => client.DELETE('/items/{id}', path),
        POST: () => client.POST('/items', { ...query, ...body }),
        PATCH: () => client.PATCH('/items/{id}', { ...path, ...body }),
      }[method];

      let outcome: { ok: true } | { error: CloudspecsError };
      try {
        const result = await call();
        if (result.response.ok) {
          expect(result.error).toBeUndefined();
          expect(result.data).toEqual(item);
          outcome = { ok: true };
        } else {
          expect(throwOnError).toBe(false);
          expect(result.error).toBeDefined();
          const error = ApiError.from(result);
          expect(error).toBeInstanceOf(ApiError);
          outcome = { error: error as ApiError };
        }
      } catch (error) {
        expect(error).toBeInstanceOf(CloudspecsError);
        outcome = { error: error as CloudspecsError };
      }

      expect(attempts).toBe(expectedAttempts);
      if (method === 'POST' || method === 'PATCH') expect(executed).toBeLessThanOrEqual(1);
      if (finalFault === 'ok') {
        expect(outcome).toEqual({ ok: true });
      } else {
        expect('error' in outcome && outcome.error).toBeInstanceOf(EXPECTED_ERROR[finalFault]);
      }
      if ('error' in outcome) {
        const { error } = outcome;
        for (const text of [
          error.message,
          String(error),
          error.stack ?? '',
          JSON.stringify(error),
          inspect(error, { depth: 10 }),
        ]) {
          expect(text).not.toContain(TOKEN);
        }
      }
      expect(JSON.stringify(logs)).not.toContain(TOKEN);
    }),
    { numRuns: 200 },
  );
  // 200 runs are bounded work; the default 5 s is too short only on a loaded two-core machine.
}, 60_000);
