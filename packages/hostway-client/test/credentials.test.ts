/** Hostway credentials: basic auth from options or environment, never in an error or a log line. */
import { ConfigurationError, type LogEntry } from '@cloudspecs/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostwayClient, Hostway } from '../src/index.js';

const password = 'hw-s3cret-Pa55';
afterEach(() => vi.unstubAllEnvs());

describe('hostway credentials', () => {
  it("username/password: a string passed as the options says to write { username: '…', password: '…' }", () => {
    // @ts-expect-error: the options are an object
    expect(() => new Hostway(password)).toThrow(
      "hostway: the client options must be an object; got a string. Credentials are options in that object: { username: '…', password: '…' }.",
    );
    // @ts-expect-error: the same for the path layer's factory
    expect(() => createHostwayClient(password)).toThrow(/got a string\. Credentials are options in that object/);
  });

  it('username/password: missing ones name the option and the environment variable', () => {
    vi.stubEnv('HOSTWAY_USERNAME', undefined);
    vi.stubEnv('HOSTWAY_PASSWORD', undefined);
    expect(() => createHostwayClient({ password })).toThrow(/username.*HOSTWAY_USERNAME|HOSTWAY_USERNAME.*username/);
    expect(() => createHostwayClient({ username: 'smith1234' })).toThrow(
      /password.*HOSTWAY_PASSWORD|HOSTWAY_PASSWORD.*password/,
    );
  });

  it('username/password: from the environment, sent as HTTP basic', async () => {
    vi.stubEnv('HOSTWAY_USERNAME', 'smith1234');
    vi.stubEnv('HOSTWAY_PASSWORD', password);
    const seen: (string | null)[] = [];
    const hostway = createHostwayClient({
      baseUrl: 'http://127.0.0.1:9',
      fetch: async (request) => {
        seen.push(request.headers.get('Authorization'));
        return Response.json({ flavors: [] });
      },
    });
    await hostway.GET('/flavors');
    expect(seen).toEqual([`Basic ${Buffer.from(`smith1234:${password}`).toString('base64')}`]);
  });

  it('username: a colon cannot be sent in basic auth; accountId must be an id', () => {
    expect(() => createHostwayClient({ username: 'a:b', password })).toThrow(ConfigurationError);
    expect(() => createHostwayClient({ username: 'u', password, accountId: '../admin' })).toThrow(/accountId/);
  });

  it('redaction: the plain-text 401 echoing the Authorization header leaks neither password nor header', async () => {
    const entries: LogEntry[] = [];
    const hostway = createHostwayClient({
      username: 'smith1234',
      password,
      baseUrl: 'http://127.0.0.1:9',
      logger: { level: 'debug', sink: (entry) => entries.push(entry) },
      fetch: async (request) =>
        new Response(`401 Unauthorized: ${request.headers.get('Authorization')} was not accepted (${password})`, {
          status: 401,
          headers: { 'Content-Type': 'text/plain' },
        }),
    });
    const error = await hostway.GET('/flavors', { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuthenticationError', status: 401 });
    const header = Buffer.from(`smith1234:${password}`).toString('base64');
    for (const text of [String(error), JSON.stringify(error), ...entries.map((e) => JSON.stringify(e))]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(header);
    }
  });
});
