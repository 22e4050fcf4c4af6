/** The generic credential schemes every vendor shares: bearer (static or refreshing) and HTTP basic. */
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { basicAuth, bearerAuth } from '../src/vendor-kit.js';

const source = { vendor: 'acme', option: 'token' };

async function authorization(auth: { apply(request: Request): void | Promise<void> }): Promise<string | null> {
  const request = new Request('https://api.example.test/things');
  await auth.apply(request);
  return request.headers.get('authorization');
}

describe('bearerAuth', () => {
  test('static token: every attempt carries it, and it is the secret', async () => {
    const auth = bearerAuth('tok-1', source);
    expect(await authorization(auth)).toBe('Bearer tok-1');
    expect(await authorization(auth)).toBe('Bearer tok-1');
    expect(auth.secrets()).toEqual(['tok-1']);
  });

  test('token function: asked on every attempt; every token handed out stays a secret', async () => {
    const tokens = ['tok-1', 'tok-2'];
    let calls = 0;
    const auth = bearerAuth(async () => tokens[Math.min(calls++, 1)] as string, source);
    expect(auth.secrets()).toEqual([]);
    expect(await authorization(auth)).toBe('Bearer tok-1');
    expect(await authorization(auth)).toBe('Bearer tok-2');
    expect(await authorization(auth)).toBe('Bearer tok-2');
    expect(calls).toBe(3);
    expect([...auth.secrets()].sort()).toEqual(['tok-1', 'tok-2']);
  });

  test('token function: keeps the last 16 tokens, not every token ever issued', async () => {
    let n = 0;
    const auth = bearerAuth(() => `tok-${n++}`, source);
    for (let i = 0; i < 20; i++) await authorization(auth);
    expect(auth.secrets()).toHaveLength(16);
    expect(auth.secrets()).toContain('tok-19');
    expect(auth.secrets()).not.toContain('tok-3');
  });

  test.each([[''], [undefined], [42]])(
    'token function returning %j: ConfigurationError naming vendor and option',
    async (value) => {
      const auth = bearerAuth(() => value as unknown as string, source);
      const error = await Promise.resolve(auth.apply(new Request('https://api.example.test/'))).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ option: 'token' });
      expect((error as Error).message).toBe(
        'acme: the `token` function returned no token; it must return a non-empty string',
      );
    },
  );
});

describe('basicAuth', () => {
  test('the pair is sent base64 of its UTF-8 bytes; password, header and encoded pair are secrets', async () => {
    const auth = basicAuth('ünïcode', 'p@ss', { vendor: 'acme' });
    const encoded = Buffer.from('ünïcode:p@ss', 'utf8').toString('base64');
    expect(await authorization(auth)).toBe(`Basic ${encoded}`);
    expect(auth.secrets()).toEqual(['p@ss', `Basic ${encoded}`, encoded]);
  });

  test('a user name with ":" is refused: basic authentication separates on it', () => {
    const error = (() => {
      try {
        basicAuth('a:b', 'pw', { vendor: 'acme' });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      option: 'username',
      message: 'acme: `username` cannot contain ":" (HTTP basic authentication separates on it)',
    });
  });
});
