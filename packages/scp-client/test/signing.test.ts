/**
 * Signatures checked against vectors computed outside this code, with:
 *   printf '%s%s%s%s%s%s' "$METHOD" "$URL" "$TIMESTAMP" "$ACCESS_KEY" "$ACCOUNT_ID" Openapi \
 *     | openssl dgst -sha256 -hmac scp-secret-for-tests -binary | base64
 */
import { describe, expect, it } from 'vitest';
import { createScpClient } from '../src/index.js';

const accessKey = '2sd2gg=2agbdSD26svcD';
const secretKey = 'scp-secret-for-tests';
const timestamp = 1605290625682;

async function captureHeaders(
  call: (client: ReturnType<typeof createScpClient>) => Promise<unknown>,
  accountId?: string,
) {
  const requests: Request[] = [];
  const client = createScpClient({
    accessKey,
    secretKey,
    ...(accountId ? { accountId } : {}),
    region: 'kr-west1',
    env: 'e',
    maxRetries: 0,
    onWarning: () => {},
    fetch: async (request) => {
      requests.push(request);
      return new Response('{"interfaces":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  });
  const realNow = Date.now;
  Date.now = () => timestamp;
  try {
    await call(client);
  } finally {
    Date.now = realNow;
  }
  expect(requests).toHaveLength(1);
  return requests[0] as Request;
}

describe('SCP request signing', () => {
  it('signs method + full URL with query + timestamp + access key + client type (openssl vector)', async () => {
    const request = await captureHeaders((scp) =>
      scp.POST('/v1/servers/{server_id}/interfaces', {
        params: { path: { server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' } },
        body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' },
        querySerializer: () => 'limit=10&marker=a%2Fb',
      }),
    );
    expect(request.url).toBe(
      'https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/servers/2a9be312-5d4b-4bc8-b2ae-35100fa9241f/interfaces?limit=10&marker=a%2Fb',
    );
    expect(request.headers.get('Scp-Signature')).toBe('9PP+HbMcj/7oIqS40DWWPAOGIxHuXhcd68xUq8Zlj6E=');
    expect(request.headers.get('Scp-AccessKey')).toBe(accessKey);
    expect(request.headers.get('Scp-Timestamp')).toBe(String(timestamp));
    expect(request.headers.get('Scp-ClientType')).toBe('Openapi');
    expect(request.headers.get('Scp-AccountId')).toBeNull();
  });

  it('includes the account id, and signs the query exactly as encoded on the wire (openssl vector)', async () => {
    const request = await captureHeaders(
      (scp) => scp.GET('/v1/servers', { params: { query: { name: 'web server', limit: 2 } } }),
      'acct-42',
    );
    expect(request.url).toBe(
      'https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/servers?name=web%20server&limit=2',
    );
    expect(request.headers.get('Scp-AccountId')).toBe('acct-42');
    expect(request.headers.get('Scp-Signature')).toBe('RDdxZhzbuiZEp0ovgJtNgFWPM6qApSrbB5YULjL4vsQ=');
  });
});

describe('SCP signing implementations', () => {
  it('signs the same with Web Crypto (browsers, Deno, Bun) as with Node’s HMAC (openssl vector)', async () => {
    const { scpSigner } = await import('../src/signing.js');
    const url =
      'https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/servers/2a9be312-5d4b-4bc8-b2ae-35100fa9241f/interfaces?limit=10&marker=a%2Fb';
    for (const implementation of ['auto', 'webcrypto'] as const) {
      const request = new Request(url, { method: 'POST' });
      await scpSigner({ accessKey, secretKey }, () => timestamp, implementation).apply(request);
      expect(request.headers.get('Scp-Signature'), implementation).toBe('9PP+HbMcj/7oIqS40DWWPAOGIxHuXhcd68xUq8Zlj6E=');
    }
  });
});
