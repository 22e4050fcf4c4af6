/**
 * The request pipeline the runtime owns: the URL and headers it builds with openapi-fetch's serializers, the
 * `fetch(url, init)` it sends each attempt with, what authenticators are given, and openapi-fetch's middleware
 * protocol (onRequest in order before credentials, onResponse and onError in reverse order, once per call).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Middleware } from 'openapi-fetch';
import { bearerAuth } from '../src/auth.js';
import { createApiClient } from '../src/client.js';
import { ApiError, ConnectionError, NotFoundError } from '../src/index.js';
import type { Authenticator } from '../src/vendor.js';
import type { paths } from './support/fixture-paths.js';
import { connectionRefused, connectionReset, fakeFetch, json } from './support/fake-fetch.js';
import { TOKEN, katapultLike, testClient } from './support/katapult-like.js';

const baseUrl = 'https://api.example.test/core/v1';
const item = { id: 'it_1', name: 'a' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('middleware (openapi-fetch protocol)', () => {
  test('onRequest runs in order before credentials; onResponse in reverse order, once, on the final answer', async () => {
    const fake = fakeFetch(json(503, {}), json(200, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const calls: string[] = [];
    const first: Middleware = {
      onRequest: ({ request, schemaPath, params }) => {
        calls.push(`first.onRequest ${request.method} ${schemaPath} ${JSON.stringify(params.path)}`);
        expect(request.headers.get('authorization')).toBeNull();
        request.headers.set('X-Trace', 't-1');
      },
      onResponse: ({ response }) => {
        calls.push(`first.onResponse ${response.status}`);
      },
    };
    const second: Middleware = {
      onRequest: ({ request }) => {
        calls.push(`second.onRequest ${request.headers.get('x-trace')}`);
      },
      onResponse: async ({ response }) => {
        calls.push(`second.onResponse ${JSON.stringify(await response.clone().json())}`);
      },
    };
    client.use(first, second);
    const result = await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } });
    expect(result.data).toEqual(item);
    expect(calls).toEqual([
      'first.onRequest GET /items/{id} {"id":"it_1"}',
      'second.onRequest t-1',
      'second.onResponse {"id":"it_1","name":"a"}',
      'first.onResponse 200',
    ]);
    // Both attempts carry the middleware's header and the credentials.
    expect(fake.requests.map((r) => [r.headers.get('x-trace'), r.headers.get('authorization')])).toEqual([
      ['t-1', `Bearer ${TOKEN}`],
      ['t-1', `Bearer ${TOKEN}`],
    ]);
  });

  test('the Request a middleware holds never gets the credentials, also from an authenticator that signs once', async () => {
    const fake = fakeFetch(json(503, {}), json(200, item));
    const client = createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: baseUrl,
      auth: bearerAuth(TOKEN, { vendor: 'katapult', option: 'token' }),
      options: { fetch: fake.fetch },
      retryPolicy: { sleep: async () => {}, random: () => 0 },
    });
    const seen: (string | null)[] = [];
    client.use({ onResponse: ({ request }) => void seen.push(request.headers.get('authorization')) });
    await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } });
    expect(seen).toEqual([null]);
    expect(fake.requests.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  test("onResponse may replace the response: the result is read from the middleware's", async () => {
    const fake = fakeFetch(json(200, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    client.use({ onResponse: () => json(200, { id: 'it_2', name: 'b' }) });
    expect((await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } })).data).toEqual({
      id: 'it_2',
      name: 'b',
    });
  });

  test("a call's own middleware runs after the client's", async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const order: string[] = [];
    client.use({ onRequest: () => void order.push('client') });
    await client.GET('/ping', { middleware: [{ onRequest: () => void order.push('call') }] });
    expect(order).toEqual(['client', 'call']);
  });

  test('onRequest returning a Response answers the call: nothing is sent, onResponse is not called', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const onResponse = vi.fn();
    client.use({ onRequest: () => json(200, { cached: true }), onResponse });
    expect((await client.GET('/ping')).data).toEqual({ cached: true });
    expect(fake.requests).toHaveLength(0);
    expect(onResponse).not.toHaveBeenCalled();
  });

  test('onRequest returning a new Request: its URL, headers and body are sent, on every attempt', async () => {
    const fake = fakeFetch(connectionReset(), json(200, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    client.use({
      onRequest: ({ request }) =>
        new Request(`${request.url}?via=middleware`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-replaced': 'yes' },
          body: '{"name":"replaced"}',
        }),
    });
    await client.PUT('/items/{id}', { params: { path: { id: 'it_1' } }, body: { name: 'a' } });
    expect(fake.requests).toHaveLength(2);
    for (const sent of fake.requests) {
      expect(sent.url).toBe(`${baseUrl}/items/it_1?via=middleware`);
      expect(sent.body).toBe('{"name":"replaced"}');
      expect(sent.headers.get('x-replaced')).toBe('yes');
      expect(sent.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    }
  });

  test("onError sees the runtime's error after its retries; a Response it returns is the result", async () => {
    const fake = fakeFetch(connectionRefused());
    const { client } = testClient({ baseUrl, fetch: fake.fetch, maxRetries: 1 });
    const seen: unknown[] = [];
    const onResponse = vi.fn();
    client.use({
      onError: ({ error }) => {
        seen.push(error);
        return json(200, { fallback: true });
      },
      onResponse,
    });
    expect((await client.GET('/ping')).data).toEqual({ fallback: true });
    expect(fake.requests).toHaveLength(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(ConnectionError);
    expect(onResponse).toHaveBeenCalledTimes(1);
  });

  test('onError returning an Error replaces the error thrown; returning nothing keeps it', async () => {
    const fake = fakeFetch(connectionRefused());
    const { client } = testClient({ baseUrl, fetch: fake.fetch, maxRetries: 0 });
    client.use({ onError: () => undefined });
    await expect(client.GET('/ping')).rejects.toBeInstanceOf(ConnectionError);
    const replaced = new Error('replaced by middleware');
    await expect(client.GET('/ping', { middleware: [{ onError: () => replaced }] })).rejects.toBe(replaced);
  });

  test('use() refuses what is not middleware; a middleware returning something else is an Error', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    expect(() => client.use({} as Middleware)).toThrow(/Middleware must be an object/);
    const wrong = { onRequest: () => 42 } as unknown as Middleware;
    await expect(client.GET('/ping', { middleware: [wrong] })).rejects.toThrow(/onRequest: must return/);
  });

  test('with middleware, a non-2xx is still the typed error (and thrown with throwOnError)', async () => {
    const fake = fakeFetch(json(404, { error: { code: 'item_not_found', description: 'no such item' } }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    client.use({ onResponse: () => undefined });
    const result = await client.GET('/items/{id}', { params: { path: { id: 'x' } } });
    expect(result.error).toEqual({ error: { code: 'item_not_found', description: 'no such item' } });
    await expect(
      client.GET('/items/{id}', { params: { path: { id: 'x' } }, throwOnError: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('what is sent', () => {
  test('the global fetch is given the URL and an init (no Request built), with the body on every attempt', async () => {
    const sent: { input: unknown; method: string | undefined; body: unknown; auth: string | null }[] = [];
    let calls = 0;
    vi.stubGlobal('fetch', async (input: unknown, init: RequestInit) => {
      sent.push({ input, method: init.method, body: init.body, auth: new Headers(init.headers).get('authorization') });
      if (++calls === 1) throw connectionReset();
      return json(200, item);
    });
    const { client } = testClient({ baseUrl });
    const result = await client.PUT('/items/{id}', { params: { path: { id: 'it_1' } }, body: { name: 'a' } });
    expect(result.data).toEqual(item);
    expect(sent).toEqual([
      { input: `${baseUrl}/items/it_1`, method: 'PUT', body: '{"name":"a"}', auth: `Bearer ${TOKEN}` },
      { input: `${baseUrl}/items/it_1`, method: 'PUT', body: '{"name":"a"}', auth: `Bearer ${TOKEN}` },
    ]);
  });

  test('the authenticator gets each attempt with its own headers, and the URL exactly as sent', async () => {
    const fake = fakeFetch(json(500, {}), json(200, item));
    const seen: { method: string; url: string }[] = [];
    const appending: Authenticator = {
      apply(request) {
        seen.push({ method: request.method, url: request.url });
        request.headers.append('X-Signature', `sig-${seen.length}`);
      },
      secrets: () => [],
    };
    const client = createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: baseUrl,
      auth: appending,
      options: { fetch: fake.fetch },
      retryPolicy: { sleep: async () => {}, random: () => 0 },
    });
    // A quote is left as is by the query serializer and percent-encoded by the URL parser, as fetch sends it.
    await client.GET('/items/{id}', { params: { path: { id: 'it_1' } }, querySerializer: () => "q=o'brien" });
    const url = `${baseUrl}/items/it_1?q=o%27brien`;
    expect(seen).toEqual([
      { method: 'GET', url },
      { method: 'GET', url },
    ]);
    expect(fake.requests.map((r) => [r.url, r.headers.get('x-signature')])).toEqual([
      [url, 'sig-1'],
      [url, 'sig-2'],
    ]);
  });

  test('headers: vendor defaults < client headers < call headers < header parameters; null removes', async () => {
    const fake = fakeFetch(json(201, item));
    const { client } = testClient(
      { baseUrl, fetch: fake.fetch, headers: { 'X-Client': 'client', 'X-Drop': 'client' } },
      { requestHeaders: () => ({ 'X-Client': 'vendor', 'X-Vendor': 'vendor' }) },
    );
    await client.POST('/items', {
      body: { name: 'a' },
      headers: { 'X-Drop': null, 'X-Call': 'call' } as unknown as Record<string, string>,
    });
    const headers = fake.requests[0]?.headers;
    expect(headers?.get('x-vendor')).toBe('vendor');
    expect(headers?.get('x-client')).toBe('client');
    expect(headers?.get('x-call')).toBe('call');
    expect(headers?.has('x-drop')).toBe(false);
    expect(headers?.get('content-type')).toBe('application/json');
  });

  test('a form Content-Type makes the default body serializer send the body url-encoded', async () => {
    const fake = fakeFetch(json(201, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    await client.POST('/items', {
      body: { name: 'a b' },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(fake.requests[0]?.body).toBe('name=a+b');
    expect(fake.requests[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });
});

describe('parseAs', () => {
  const bytes = '{"id":"it_1","name":"a"}';
  test.each([false, true])('text, arrayBuffer and blob give the body (with middleware: %s)', async (withMiddleware) => {
    const fake = fakeFetch(new Response(bytes, { status: 200, headers: { 'content-type': 'application/json' } }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    if (withMiddleware) client.use({ onResponse: () => undefined });
    const path = { params: { path: { id: 'it_1' } } };
    expect((await client.GET('/items/{id}', { ...path, parseAs: 'text' })).data).toBe(bytes);
    const buffer = (await client.GET('/items/{id}', { ...path, parseAs: 'arrayBuffer' })).data;
    expect(new TextDecoder().decode(buffer)).toBe(bytes);
    const blob = (await client.GET('/items/{id}', { ...path, parseAs: 'blob' })).data;
    expect(blob?.type).toBe('application/json');
    expect(await blob?.text()).toBe(bytes);
  });

  test('a 204 has no data in any mode', async () => {
    const fake = fakeFetch(new Response(null, { status: 204 }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    for (const parseAs of ['json', 'text', 'arrayBuffer', 'blob', 'stream'] as const) {
      expect((await client.DELETE('/items/{id}', { params: { path: { id: 'it_1' } }, parseAs })).data).toBeUndefined();
    }
  });
});

describe('error bodies', () => {
  // openapi-fetch 0.17.0 gave an empty error body as '' (JSON.parse failed, the text was kept); its main branch gives
  // `undefined` since its fix for proxies that strip Content-Length (openapi-ts/openapi-typescript#2605), as it does
  // for a 204 or `Content-Length: 0`. The runtime follows: one reading of an error body, whatever the headers.
  test.each([false, true])(
    'a 500 with an empty, unlabelled body: error is undefined (with middleware: %s)',
    async (withMiddleware) => {
      const fake = fakeFetch(new Response('', { status: 500 }));
      const { client } = testClient({ baseUrl, fetch: fake.fetch, maxRetries: 0 });
      if (withMiddleware) client.use({ onResponse: () => undefined });
      const result = await client.GET('/ping');
      expect(result.response.status).toBe(500);
      expect('error' in result).toBe(true);
      expect(result.error).toBeUndefined();
      expect(ApiError.from(result)?.body).toBeUndefined();
    },
  );

  test('a 404 whose body is text: error is the text; JSON: the parsed body', async () => {
    const fake = fakeFetch(new Response('no such item', { status: 404 }), json(404, { error: { code: 'gone' } }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    expect((await client.GET('/ping')).error).toBe('no such item');
    expect((await client.GET('/ping')).error).toEqual({ error: { code: 'gone' } });
  });
});

describe('the URL sent', () => {
  // A URL on the client's base whose path the parser would not change is sent without parsing it again; any other is
  // parsed and sent as the parser writes it. Either way fetch and the authenticator get the parsed form.
  test.each([
    '/items/it_1',
    '/items/a%20b?x=1&y=%2F',
    "/items/it_1?q=o'brien",
    '/items/a b',
    '/items/../other',
    '/items/%2e%2e/other',
    '/items/.hidden',
    '/items/x#fragment',
    '/items/\u00e9t\u00e9',
    '/items/a\\b',
  ])('%s is sent and signed as the URL parser writes it', async (path) => {
    const fake = fakeFetch(json(200, item));
    const signed: string[] = [];
    const recording: Authenticator = { apply: (request) => void signed.push(request.url), secrets: () => [] };
    const client = createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: baseUrl,
      auth: recording,
      options: { fetch: fake.fetch },
    });
    await client.GET('/items/{id}', {
      params: { path: { id: 'it_1' } },
      pathSerializer: (url) => url.replace('/items/{id}', path),
    });
    const parsed = new URL(`${baseUrl}${path}`).href;
    expect(signed).toEqual([parsed]);
    expect(fake.requests[0]?.url).toBe(parsed);
  });
});
