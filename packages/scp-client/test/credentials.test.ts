/** SCP credentials: keys from options or environment, re-signed per attempt, never in an error or a log line. */
import type { LogEntry } from '@cloudspecs/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScpClient, Scp } from '../src/index.js';

const accessKey = 'AK-live-0123456789';
const secretKey = 'SK-live-abcdefghij';
afterEach(() => vi.unstubAllEnvs());

describe('scp credentials', () => {
  it("accessKey/secretKey: a string passed as the options says to write { accessKey: '…', secretKey: '…' }", () => {
    // @ts-expect-error: the options are an object
    expect(() => new Scp(secretKey)).toThrow(
      "scp: the client options must be an object; got a string. Credentials are options in that object: { accessKey: '…', secretKey: '…' }.",
    );
    // @ts-expect-error: the same for the path layer's factory
    expect(() => createScpClient(secretKey)).toThrow(/got a string\. Credentials are options in that object/);
  });

  it('accessKey/secretKey: missing ones name the option and the environment variable', () => {
    vi.stubEnv('SCP_ACCESS_KEY', undefined);
    vi.stubEnv('SCP_SECRET_KEY', undefined);
    expect(() => createScpClient({ secretKey })).toThrow(/accessKey.*SCP_ACCESS_KEY|SCP_ACCESS_KEY.*accessKey/);
    expect(() => createScpClient({ accessKey })).toThrow(/secretKey.*SCP_SECRET_KEY|SCP_SECRET_KEY.*secretKey/);
  });

  it('region/env: unknown values are configuration errors', () => {
    // @ts-expect-error not a region of the spec
    expect(() => createScpClient({ accessKey, secretKey, region: 'mars-1' })).toThrow(/unknown region "mars-1"/);
  });

  it('signing: a retry is signed again with a new timestamp', async () => {
    vi.stubEnv('SCP_ACCESS_KEY', accessKey);
    vi.stubEnv('SCP_SECRET_KEY', secretKey);
    const seen: string[] = [];
    let now = 1_700_000_000_000;
    const realNow = Date.now;
    Date.now = () => (now += 1_000);
    try {
      const scp = createScpClient({
        baseUrl: 'http://127.0.0.1:9',
        onWarning: () => {},
        fetch: async (request) => {
          seen.push(`${request.headers.get('Scp-Timestamp')} ${request.headers.get('Scp-Signature')}`);
          return seen.length === 1 ? new Response(null, { status: 502 }) : Response.json({ servers: [] });
        },
      });
      await scp.GET('/v1/servers');
    } finally {
      Date.now = realNow;
    }
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(2);
  });

  it('redaction: keys and signatures echoed by the server stay out of errors and logs', async () => {
    const entries: LogEntry[] = [];
    const signatures: string[] = [];
    const scp = createScpClient({
      accessKey,
      secretKey,
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      onWarning: () => {},
      logger: { level: 'debug', sink: (entry) => entries.push(entry) },
      fetch: async (request) => {
        const signature = request.headers.get('Scp-Signature') ?? '';
        signatures.push(signature);
        return Response.json(
          {
            errors: [
              { code: 'scp-auth.invalid', detail: `bad signature ${signature} for ${accessKey} / ${secretKey}` },
            ],
          },
          { status: 401 },
        );
      },
    });
    const error = await scp.GET('/v1/servers', { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuthenticationError', code: 'scp-auth.invalid' });
    for (const text of [String(error), JSON.stringify(error), ...entries.map((e) => JSON.stringify(e))]) {
      for (const secret of [accessKey, secretKey, ...signatures]) expect(text).not.toContain(secret);
    }
  });
});
