import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { createApiClient, readCredential } from '../src/vendor-kit.js';
import { isLoopbackHost } from '../src/options.js';
import type { paths } from './support/fixture-paths.js';
import { fakeFetch, json } from './support/fake-fetch.js';
import { countingBearerAuth, katapultLike, testClient } from './support/katapult-like.js';

afterEach(() => vi.unstubAllEnvs());

const spec = { vendor: 'katapult', option: 'apiToken', env: 'KATAPULT_API_TOKEN' };

describe('readCredential', () => {
  test('the option value wins over the environment variable', () => {
    vi.stubEnv('KATAPULT_API_TOKEN', 'from-env');
    expect(readCredential({ ...spec, value: 'from-option' })).toBe('from-option');
  });

  test('without the option, the environment variable is used', () => {
    vi.stubEnv('KATAPULT_API_TOKEN', 'from-env');
    expect(readCredential({ ...spec, value: undefined })).toBe('from-env');
  });

  test('a blank option falls back to the environment variable', () => {
    vi.stubEnv('KATAPULT_API_TOKEN', 'from-env');
    expect(readCredential({ ...spec, value: '  ' })).toBe('from-env');
  });

  test('missing everywhere: ConfigurationError naming the option and the env var', () => {
    vi.stubEnv('KATAPULT_API_TOKEN', '');
    const error = (() => {
      try {
        readCredential({ ...spec, value: undefined });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      'katapult: missing credential: pass the "apiToken" option or set the KATAPULT_API_TOKEN environment variable.',
    );
    expect(error).toMatchObject({ option: 'apiToken' });
  });

  test('where there is no `process` (browsers), a missing option is a ConfigurationError, not a crash', () => {
    const saved = globalThis.process;
    try {
      Reflect.deleteProperty(globalThis, 'process');
      expect(() => readCredential({ ...spec, value: undefined })).toThrow(ConfigurationError);
      expect(readCredential({ ...spec, value: 'given' })).toBe('given');
    } finally {
      globalThis.process = saved;
    }
  });
});

describe('credentials over plain http', () => {
  const create = (baseUrl: string, allowInsecureHttp?: boolean) =>
    createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: 'https://api.example.test',
      auth: countingBearerAuth(),
      options: allowInsecureHttp === undefined ? { baseUrl } : { baseUrl, allowInsecureHttp },
    });

  test('http:// to a non-loopback host is refused when the client is created', () => {
    expect(() => create('http://api.example.test/core/v1')).toThrow(
      /^katapult: refusing to send credentials over plain http:\/\/ to api\.example\.test .*set allowInsecureHttp: true/,
    );
  });

  test('loopback hosts are allowed over http: 127.0.0.0/8, ::1, localhost', () => {
    for (const url of [
      'http://127.0.0.1:8080',
      'http://127.8.9.10',
      'http://[::1]:3000',
      'http://localhost',
      'http://api.localhost',
    ]) {
      expect(() => create(url), url).not.toThrow();
    }
  });

  test('lookalikes of loopback are not loopback', () => {
    for (const host of ['127.0.0.1.example.test', 'localhost.example.test', '[::2]', '128.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  test('allowInsecureHttp: true allows it', () => {
    expect(() => create('http://api.example.test', true)).not.toThrow();
  });

  test('a URL that is neither http nor https is refused', () => {
    expect(() => create('ftp://api.example.test')).toThrow(ConfigurationError);
    expect(() => create('api.example.test')).toThrow(/is not an absolute URL/);
  });

  test('a per-request http:// baseUrl is refused too, before anything is sent', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl: 'https://api.example.test', fetch: fake.fetch });
    await expect(client.GET('/ping', { baseUrl: 'http://evil.example.test' })).rejects.toThrow(ConfigurationError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('option values', () => {
  const create = (options: Record<string, unknown>) =>
    createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: 'https://api.example.test',
      auth: countingBearerAuth(),
      options,
    });

  test.each([
    ['timeout', -1],
    ['timeout', 0],
    ['timeout', Number.NaN],
    ['timeout', '5000'],
    ['timeout', 2 ** 31],
    ['maxRetries', -1],
    ['maxRetries', 1.5],
    ['maxRetries', Number.POSITIVE_INFINITY],
  ])('%s: %s is a ConfigurationError naming the option', (option, value) => {
    expect(() => create({ [option]: value })).toThrow(new RegExp(`^katapult: option "${option}" must be`));
  });

  test('logger.level must be a known level', () => {
    expect(() => create({ logger: { level: 'verbose' } })).toThrow(
      /"logger.level" must be one of debug, info, warn, error/,
    );
  });

  test('a bad per-request timeout is refused before anything is sent', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl: 'https://api.example.test', fetch: fake.fetch });
    await expect(client.GET('/ping', { timeout: -5 })).rejects.toThrow(/per-request option "timeout" must be/);
    expect(fake.requests).toHaveLength(0);
  });
});
