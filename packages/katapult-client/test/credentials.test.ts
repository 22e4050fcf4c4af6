/** Katapult credentials: where they come from, where they may go, and that they never show up in errors or logs. */
import { ConfigurationError, type LogEntry } from '@cloudspecs/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKatapultClient, Katapult } from '../src/index.js';

const token = 'kt-live-9f8e7d6c5b4a';
afterEach(() => vi.unstubAllEnvs());

describe('katapult credentials', () => {
  it("token: the token string passed as the options says to write { token: '…' }, without showing the string", () => {
    const message = `katapult: the client options must be an object; got a string. Credentials are options in that object: { token: '…' }.`;
    // @ts-expect-error: the options are an object, not the token
    expect(() => new Katapult(token)).toThrow(new ConfigurationError(message, { option: 'options' }));
    // @ts-expect-error: the same for the path layer's factory
    expect(() => createKatapultClient(token)).toThrow(new ConfigurationError(message, { option: 'options' }));
    try {
      // @ts-expect-error: as above
      new Katapult(token);
    } catch (error) {
      expect(JSON.stringify(error)).not.toContain(token);
      expect(String((error as Error).stack)).not.toContain(token);
    }
  });

  it('token: a missing token names the option and the environment variable', () => {
    vi.stubEnv('KATAPULT_API_TOKEN', undefined);
    expect(() => createKatapultClient()).toThrow(ConfigurationError);
    expect(() => createKatapultClient()).toThrow(/token.*KATAPULT_API_TOKEN|KATAPULT_API_TOKEN.*token/);
  });

  it('token: read from KATAPULT_API_TOKEN when not passed, sent as a bearer token', async () => {
    vi.stubEnv('KATAPULT_API_TOKEN', token);
    const seen: (string | null)[] = [];
    const katapult = createKatapultClient({
      baseUrl: 'http://127.0.0.1:9',
      fetch: async (request) => {
        seen.push(request.headers.get('Authorization'));
        return Response.json({ organizations: [] });
      },
    });
    await katapult.GET('/organizations');
    expect(seen).toEqual([`Bearer ${token}`]);
  });

  it('token: a function is asked on every attempt, so a refreshed OAuth2 token is used by the retry', async () => {
    let n = 0;
    const seen: (string | null)[] = [];
    const katapult = createKatapultClient({
      token: async () => `oauth-access-${++n}`,
      baseUrl: 'http://127.0.0.1:9',
      fetch: async (request) => {
        seen.push(request.headers.get('Authorization'));
        return seen.length === 1
          ? Response.json({ error: { code: 'service_unavailable', description: 'later', detail: {} } }, { status: 503 })
          : Response.json({ organizations: [] });
      },
    });
    await katapult.GET('/organizations');
    expect(seen).toEqual(['Bearer oauth-access-1', 'Bearer oauth-access-2']);
  });

  it('allowInsecureHttp: credentials are refused over plain http to a non-loopback host', () => {
    expect(() => createKatapultClient({ token, baseUrl: 'http://api.katapult.example/core/v1' })).toThrow(
      ConfigurationError,
    );
    expect(() =>
      createKatapultClient({ token, baseUrl: 'http://api.katapult.example/core/v1', allowInsecureHttp: true }),
    ).not.toThrow();
    expect(() => createKatapultClient({ token, baseUrl: 'http://localhost:4010' })).not.toThrow();
  });

  it('redaction: a server echoing the token back does not put it in the error, its JSON or the log', async () => {
    const entries: LogEntry[] = [];
    const katapult = createKatapultClient({
      token,
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      logger: { level: 'debug', sink: (entry) => entries.push(entry) },
      fetch: async (request) =>
        Response.json(
          {
            error: {
              code: 'invalid_api_token',
              description: `The token ${request.headers.get('Authorization')} is not valid`,
              detail: { details: token },
            },
          },
          { status: 403 },
        ),
    });
    const error = await katapult.GET('/organizations', { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuthenticationError', status: 403, code: 'invalid_api_token' });
    const texts = [
      String(error),
      JSON.stringify(error),
      (error as Error).stack ?? '',
      JSON.stringify((error as { body: unknown }).body),
    ];
    texts.push(...entries.map((entry) => JSON.stringify(entry)));
    for (const text of texts) expect(text).not.toContain(token);
    expect(String(error)).toContain('[REDACTED]');
  });
});

describe('katapult: careless options (issue 12 #8, #13)', () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it.each([
    ['options', null],
    ['options', 'kt-token'],
    ['token', { token: 123 }],
    ['logger', { token, logger: null }],
  ])('createKatapultClient: %s = %j is a ConfigurationError naming the option', (option, options) => {
    const error = thrown(() => createKatapultClient(options as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ option });
  });

  it('token: a token ending in a newline is refused at creation, naming the option and never the value', () => {
    const error = thrown(() => createKatapultClient({ token: `${token}\n` }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ option: 'token' });
    expect(JSON.stringify(error)).not.toContain(token);
    expect(String(error)).not.toContain(token);
  });
});
