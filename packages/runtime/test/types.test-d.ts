import * as otel from '@opentelemetry/api';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type ApiClient,
  ApiError,
  type CommonClientOptions,
  type OpenTelemetryApi,
  type RateLimitHit,
  RateLimiter,
} from '../src/index.js';
import { type Authenticator, createApiClient, openTelemetryTracing, type VendorProfile } from '../src/vendor-kit.js';
import type { components, paths } from './support/fixture-paths.js';

type Item = components['schemas']['Item'];
type ErrorBody = components['schemas']['Error'];

declare const client: ApiClient<paths>;
declare const throwingClient: ApiClient<paths, true>;
declare const vendor: VendorProfile;
declare const auth: Authenticator;
declare const someBoolean: boolean;

describe('per-request options', () => {
  test('timeout, maxRetries and throwOnError are accepted next to openapi-fetch options', () => {
    void client.GET('/items/{id}', {
      params: { path: { id: 'it_1' }, query: { verbose: true } },
      timeout: 1_000,
      maxRetries: 0,
      throwOnError: false,
      signal: new AbortController().signal,
      headers: { 'x-trace': '1' },
    });
    void client.POST('/items', { body: { name: 'a' }, timeout: 5, maxRetries: 3 });
  });

  test('an unknown top-level key is rejected', () => {
    // @ts-expect-error `timeuot` is not an option
    void client.GET('/items/{id}', { params: { path: { id: 'it_1' } }, timeuot: 1_000 });
    // @ts-expect-error `retries` is not an option
    void client.GET('/ping', { retries: 1 });
  });

  test('an unknown key inside params is rejected', () => {
    // @ts-expect-error `idd` is not a path parameter
    void client.GET('/items/{id}', { params: { path: { id: 'it_1', idd: 'x' } } });
  });

  test('options of the wrong type are rejected', () => {
    // @ts-expect-error timeout is a number of ms
    void client.GET('/ping', { timeout: '5s' });
    // @ts-expect-error throwOnError is a boolean
    void client.GET('/ping', { throwOnError: 'yes' });
  });

  test('required parameters and bodies are still required', () => {
    // @ts-expect-error the path parameter `id` is required
    void client.GET('/items/{id}');
    // @ts-expect-error the body is required
    void client.POST('/items', {});
    // @ts-expect-error `name` must be a string
    void client.POST('/items', { body: { name: 1 } });
    // init may be left out when nothing is required
    void client.GET('/ping');
  });

  test('a method a path does not have is rejected', () => {
    // @ts-expect-error /ping has no POST
    void client.POST('/ping');
  });
});

describe('result types', () => {
  test('result style: data or the typed union of documented error bodies', async () => {
    const result = await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } });
    expectTypeOf(result.data).toEqualTypeOf<Item | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
    if (result.error) {
      expectTypeOf(result.error).toEqualTypeOf<ErrorBody>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<Item>();
    }
  });

  test('throwOnError: true per request: data is always present, error never', async () => {
    const result = await client.GET('/items/{id}', { params: { path: { id: 'it_1' } }, throwOnError: true });
    expectTypeOf(result.data).toEqualTypeOf<Item>();
    expectTypeOf(result.error).toEqualTypeOf<undefined>();
  });

  test('a client that throws by default: data present, unless a call says throwOnError: false', async () => {
    const thrown = await throwingClient.POST('/items', { body: { name: 'a' } });
    expectTypeOf(thrown.data).toEqualTypeOf<Item>();
    const returned = await throwingClient.POST('/items', { body: { name: 'a' }, throwOnError: false });
    expectTypeOf(returned.data).toEqualTypeOf<Item | undefined>();
    expectTypeOf(returned.error).toEqualTypeOf<ErrorBody | undefined>();
  });

  test('throwOnError as a boolean unknown at compile time keeps the union (sound either way)', async () => {
    const result = await throwingClient.GET('/ping', { throwOnError: someBoolean });
    expectTypeOf(result.data).toEqualTypeOf<{ ok: boolean } | undefined>();
  });

  test('parseAs still changes the data type', async () => {
    const text = await client.GET('/ping', { parseAs: 'text', throwOnError: true });
    expectTypeOf(text.data).toEqualTypeOf<string>();
    const blob = await client.GET('/ping', { parseAs: 'blob' });
    expectTypeOf(blob.data).toEqualTypeOf<Blob | undefined>();
  });

  test('request(method, path) is typed like the method shortcuts', async () => {
    const result = await client.request('get', '/items/{id}', { params: { path: { id: 'it_1' } }, throwOnError: true });
    expectTypeOf(result.data).toEqualTypeOf<Item>();
    // @ts-expect-error unknown key
    void client.request('get', '/ping', { bogus: 1 });
  });

  test('ApiError.from(result) gives the rich error of a non-2xx result', async () => {
    const result = await client.DELETE('/items/{id}', { params: { path: { id: 'it_1' } } });
    expectTypeOf(ApiError.from(result)).toEqualTypeOf<ApiError | undefined>();
  });

  test('ApiError.from(result) is ApiError, not undefined, once the result is known to be an error', async () => {
    const result = await client.DELETE('/items/{id}', { params: { path: { id: 'it_1' } } });
    if (result.error) {
      expectTypeOf(ApiError.from(result)).toEqualTypeOf<ApiError>();
      expectTypeOf(result.error).toEqualTypeOf<ErrorBody>();
    } else {
      expectTypeOf(ApiError.from(result)).toEqualTypeOf<ApiError | undefined>();
    }
  });

  test('what narrows a result: `error` (or `data`) does; `response.status` is a plain number and does not', async () => {
    const result = await client.DELETE('/items/{id}', { params: { path: { id: 'it_1' } } });
    expectTypeOf(result.response.status).toEqualTypeOf<number>();
    if (result.response.status === 404) {
      // Still either branch: the status says nothing to the compiler about which member of the union this is.
      expectTypeOf(result.error).toEqualTypeOf<ErrorBody | undefined>();
    }
    if (result.error !== undefined) {
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    }
  });
});

describe('createApiClient', () => {
  test('infers a throwing client from options typed throwOnError: true', () => {
    const options = { throwOnError: true } as const;
    const throwing = createApiClient<paths, typeof options>({ vendor, auth, defaultBaseUrl: 'https://x', options });
    expectTypeOf(throwing).toEqualTypeOf<ApiClient<paths, true>>();
  });

  test('with only Paths given (as vendor packages may), the client is result-style', () => {
    const options: CommonClientOptions = { throwOnError: true };
    const plain = createApiClient<paths>({ vendor, auth, defaultBaseUrl: 'https://x', options });
    expectTypeOf(plain).toEqualTypeOf<ApiClient<paths, false>>();
  });

  test('a vendor wrapper can pass the literal through a generic', () => {
    function createVendorClient<const O extends CommonClientOptions & { token?: string }>(options: O) {
      return createApiClient<paths, O>({ vendor, auth, defaultBaseUrl: 'https://x', options });
    }
    expectTypeOf(createVendorClient({ token: 't', throwOnError: true })).toEqualTypeOf<ApiClient<paths, true>>();
    expectTypeOf(createVendorClient({ token: 't' })).toEqualTypeOf<ApiClient<paths, false>>();
  });

  test('ApiClientConfig rejects unknown keys', () => {
    // @ts-expect-error `retries` is not part of the config
    createApiClient<paths>({ vendor, auth, defaultBaseUrl: 'https://x', options: {}, retries: 1 });
  });
});

describe('rateLimiter and tracing options', () => {
  test('rateLimiter takes a RateLimiter; its settings alone do not compile', () => {
    const rateLimiter = new RateLimiter({
      maxInFlight: 4,
      classes: { write: { maxPerInterval: 60, intervalMs: 60_000 } },
      classify: ({ method, path }) => (method === 'GET' ? 'read' : path),
      onRateLimit: async (hit) => hit.retryCount < 3 && hit.retryAfterMs < 30_000,
    });
    expectTypeOf({ rateLimiter }).toMatchTypeOf<CommonClientOptions>();
    // @ts-expect-error the limits go to a RateLimiter, which clients can share
    const settings: CommonClientOptions = { rateLimiter: { maxInFlight: 4 } };
    void settings;
    // @ts-expect-error onRateLimit decides with a boolean
    new RateLimiter({ onRateLimit: () => 'yes' });
    expectTypeOf<RateLimitHit['requestClass']>().toEqualTypeOf<string>();
  });

  test("openTelemetry() takes the OpenTelemetry API as it is imported, and an SDK's tracer provider", () => {
    expectTypeOf({ tracing: openTelemetryTracing('katapult', { api: otel }) }).toMatchTypeOf<CommonClientOptions>();
    openTelemetryTracing('katapult', { api: otel, tracerProvider: new BasicTracerProvider() });
    expectTypeOf<typeof otel>().toMatchTypeOf<OpenTelemetryApi>();
    // @ts-expect-error the option is made by the client package's openTelemetry({ api })
    const bare: CommonClientOptions = { tracing: { api: otel } };
    void bare;
    // @ts-expect-error the API object goes under `api`
    openTelemetryTracing('katapult', otel);
  });
});
