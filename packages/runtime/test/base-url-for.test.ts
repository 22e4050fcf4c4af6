/**
 * A vendor of several hosts (SCP: a host per service) gives the runtime `baseUrlFor`: each operation goes to the base
 * URL it names, checked like the client's own the first time it is used; a call's `baseUrl` still wins.
 */
import { describe, expect, test } from 'vitest';
import { createApiClient } from '../src/vendor-kit.js';
import { fakeFetch, json } from './support/fake-fetch.js';
import { countingBearerAuth, katapultLike } from './support/katapult-like.js';
import type { paths } from './support/fixture-paths.js';

function client(
  baseUrlFor: (schemaPath: string) => string | undefined | Promise<string | undefined>,
  fetch = fakeFetch(json(200, {})).fetch,
) {
  return createApiClient<paths>({
    vendor: katapultLike,
    defaultBaseUrl: 'https://main.example.test/v1',
    auth: countingBearerAuth(),
    options: { fetch, maxRetries: 0 },
    baseUrlFor,
  });
}

describe('baseUrlFor', () => {
  test("each operation goes to its own host; undefined is the client's own; a call's baseUrl wins", async () => {
    const fake = fakeFetch(json(200, {}));
    const c = client((path) => (path.startsWith('/items') ? 'https://other.example.test/api/' : undefined), fake.fetch);
    await c.GET('/items');
    await c.GET('/ping');
    await c.GET('/items', { baseUrl: 'https://call.example.test' });
    expect(fake.requests.map((request) => request.url)).toEqual([
      'https://other.example.test/api/items',
      'https://main.example.test/v1/ping',
      'https://call.example.test/items',
    ]);
  });

  test('a routed base URL over plain http to another host is refused before anything is sent, naming the operation', async () => {
    const fake = fakeFetch(json(200, {}));
    const c = client(() => 'http://plain.example.test', fake.fetch);
    await expect(c.GET('/items')).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringContaining('refusing to send credentials over plain http:// to plain.example.test'),
    });
    await expect(c.GET('/items')).rejects.toThrow(/the base URL of \/items|plain http/);
    expect(fake.requests).toEqual([]);
  });

  test('a promise of the base URL (a catalog being fetched) is waited for; its rejection fails the call unsent', async () => {
    const fake = fakeFetch(json(200, {}));
    let found = Promise.resolve<string | undefined>('https://found.example.test');
    const c = client(() => found, fake.fetch);
    await c.GET('/items');
    found = Promise.resolve(undefined);
    await c.GET('/ping');
    expect(fake.requests.map((request) => request.url)).toEqual([
      'https://found.example.test/items',
      'https://main.example.test/v1/ping',
    ]);
    found = Promise.reject(new Error('no catalog'));
    await expect(c.GET('/items')).rejects.toThrow('no catalog');
    expect(fake.requests).toHaveLength(2);
  });
});
