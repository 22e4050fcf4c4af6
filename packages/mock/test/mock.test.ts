import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type RunningMock, specPath, startMock, type Vendor } from '../src/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('startMock', () => {
  it('startMock: serves the bundled spec on a free port and stops on close()', async () => {
    const mock = await startMock('katapult', { quiet: true });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await fetch(`${mock.url}/organizations/organization?organization%5Bid%5D=org_BZJ1SSjRnWm7X1bT`, {
      headers: { Authorization: 'Bearer test' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('sl-violations')).toBeNull();
    const body = (await ok.json()) as { organization: { id: string } };
    expect(body.organization.id).toMatch(/^org_/);
    await mock.close();
    await expect(fetch(`${mock.url}/organizations`)).rejects.toThrow();
  });

  it('startMock: unknown vendor and missing spec file are clear errors', async () => {
    // @ts-expect-error not a vendor
    await expect(startMock('acme')).rejects.toThrow(/unknown vendor 'acme'; expected one of hostway, katapult, scp/);
    await expect(startMock({ spec: '/nonexistent/openapi.yaml' })).rejects.toThrow(/spec file not found/);
    expect(specPath('scp')).toMatch(/specs\/scp\.json$/);
  });
});

describe('cloudspecs-mock CLI', () => {
  /** Starts the CLI on a free port, makes one request, stops it; returns its stdout and exit status. */
  async function runCli(extra: string[]): Promise<{ out: string; code: number | null }> {
    const child = spawn(process.execPath, [cli, 'hostway', '--port', '0', ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const response = await fetch(`${url}/flavors`, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.status).toBe(200);
    const unauthenticated = await fetch(`${url}/flavors`);
    expect(unauthenticated.status).toBe(401);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const code = await exit;
    return { out, code };
  }

  it('cloudspecs-mock: starts, prints one line per request, and exits cleanly on SIGTERM', async () => {
    const { out, code } = await runCli([]);
    expect(code).toBe(0);
    expect(out.split('\n').slice(1, 3)).toEqual([
      'hostway  GET /flavors → 200',
      'hostway  GET /flavors → 401 · The request does not carry the credentials the spec requires (its security schemes)',
    ]);
  });

  it('cloudspecs-mock --quiet: prints only the address', async () => {
    const { out, code } = await runCli(['--quiet']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([expect.stringMatching(/^cloudspecs-mock: hostway mock listening on /)]);
  });

  it('cloudspecs-mock: bad arguments exit 2 with the usage', async () => {
    const child = spawn(process.execPath, [cli, 'acme'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/name one vendor \(hostway, katapult, scp\)/);
    expect(err).toMatch(/usage: cloudspecs-mock/);
  });
});

/** A mock whose request lines are collected instead of printed. */
async function withMock(vendor: Vendor, run: (mock: RunningMock, lines: string[]) => Promise<void>): Promise<void> {
  const lines: string[] = [];
  const mock = await startMock(vendor, { log: (line) => lines.push(line) });
  try {
    await run(mock, lines);
  } finally {
    await mock.close();
  }
}

const katapultAuth = { Authorization: 'Bearer test' };
const hostwayAuth = { Authorization: 'Basic dXNlcjpwYXNz' };
const scpAuth = {
  'Scp-AccessKey': 'test',
  'Scp-Signature': 'test',
  'Scp-Timestamp': '1605290625682',
  'Scp-ClientType': 'Openapi',
};
const json = { 'Content-Type': 'application/json' };
const createIp = '/organizations/organization/ip_addresses';

describe("the mock answers in the vendor's documented error form", () => {
  it('katapult: a body missing a required property → 422 validation_error listing the violation', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}${createIp}`, {
        method: 'POST',
        headers: { ...katapultAuth, ...json },
        body: JSON.stringify({ organization: { sub_domain: 'acme' }, version: 'ipv4' }),
      });
      expect(response.status).toBe(422);
      expect(response.headers.get('x-api-schema')).toBe('json-error');
      expect(response.headers.get('sl-violations')).toMatch(/required property 'network'/);
      const body = (await response.json()) as { error: { code: string; detail: { errors: string[] } } };
      expect(body.error.code).toBe('validation_error');
      expect(body.error.detail.errors).toEqual(["Request body must have required property 'network'"]);
    });
  });

  it('katapult: a GET without its lookup → 422 validation_error naming the query parameter, not missing_api_token', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}/organizations/organization`, { headers: katapultAuth });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { code: string; detail: { errors: string[] } } };
      expect(body.error.code).toBe('validation_error');
      expect(body.error.detail.errors.join('\n')).toMatch(
        /query parameter organization must have required property 'id'/,
      );
    });
  });

  it("katapult: no token → 400 missing_api_token with x-api-schema, not Prism's 401", async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}/data_centers`);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-api-schema')).toBe('json-error');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('www-authenticate')).toBeNull();
      const body = (await response.json()) as { error: { code: string; detail: unknown } };
      expect(body.error).toMatchObject({ code: 'missing_api_token', detail: {} });
      expect(response.headers.get('sl-violations')).toMatch(/credentials the spec requires/);
    });
  });

  it('hostway: a body missing required properties → 400 computeFault whose message lists them', async () => {
    await withMock('hostway', async (mock) => {
      const response = await fetch(`${mock.url}/servers`, {
        method: 'POST',
        headers: { ...hostwayAuth, ...json },
        body: JSON.stringify({ server: { name: 'web01' } }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        computeFault: { message: string; code: number; details: string; errorid: string };
      };
      expect(body.computeFault.code).toBe(400);
      expect(body.computeFault.message).toMatch(/^Check your parameter: .*required property 'imageRef'/);
      expect(body.computeFault.message).toMatch(/required property 'flavorRef'/);
      expect(body.computeFault.errorid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
  });

  it('hostway: no credentials → 401 with a plain-text body, as Hostway documents', async () => {
    await withMock('hostway', async (mock) => {
      const response = await fetch(`${mock.url}/flavors`);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toMatch(/^401 Unauthorized/);
    });
  });

  it('scp: a body missing a required property → 400 with the list of validation failures (loc, msg, type_)', async () => {
    await withMock('scp', async (mock) => {
      const response = await fetch(`${mock.url}/v1/servers/s-1/server-type`, {
        method: 'POST',
        headers: { ...scpAuth, ...json },
        body: JSON.stringify({}),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as Array<{ loc: unknown[]; msg: string; type_: string }>;
      expect(body).toContainEqual({
        ctx: null,
        loc: ['body', 'server_type'],
        msg: "Request body must have required property 'server_type'",
        type_: 'value_error.missing',
      });
    });
  });

  it('scp: no signed headers → 401 with no body, as SCP documents', async () => {
    await withMock('scp', async (mock) => {
      const response = await fetch(`${mock.url}/v1/servers`);
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    });
  });

  it('a valid request with Prefer: code=422 still gets the documented example', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}${createIp}`, {
        method: 'POST',
        headers: { ...katapultAuth, ...json, Prefer: 'code=422' },
        body: JSON.stringify({
          organization: { sub_domain: 'acme' },
          network: { permalink: 'uk-lon-01-public' },
          version: 'ipv4',
        }),
      });
      expect(response.status).toBe(422);
      expect(response.headers.get('sl-violations')).toBeNull();
      const body = (await response.json()) as { error: { detail: { errors: string[] } } };
      expect(body.error.detail.errors).toEqual(['Label is too long (maximum is 255 characters)']);
    });
  });

  it('Prefer: code= that the operation does not document → 400 naming the documented statuses', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}/data_centers`, { headers: { ...katapultAuth, Prefer: 'code=418' } });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const body = (await response.json()) as { title: string };
      expect(body.title).toBe(
        'Prefer: code=418 is not documented for GET /data_centers; documented: 200, 400, 403, 429, 503',
      );
      expect(response.headers.get('sl-violations')).toMatch(/code=418 is not documented/);
    });
  });

  it('Prefer: example= that the response does not have → 400 naming its examples', async () => {
    await withMock('katapult', async (mock) => {
      const response = await fetch(`${mock.url}/data_centers`, {
        headers: { ...katapultAuth, Prefer: 'code=200, example=nope' },
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { title: string };
      expect(body.title).toMatch(/^Prefer: example=nope is not an example of GET \/data_centers 200; examples: \S+/);
    });
  });
});

describe('the line per request', () => {
  it('startMock: one line per request with method, path, status, code and violations', async () => {
    await withMock('katapult', async (mock, lines) => {
      await fetch(`${mock.url}/data_centers`, { headers: katapultAuth });
      await fetch(`${mock.url}${createIp}`, {
        method: 'POST',
        headers: { ...katapultAuth, ...json },
        body: JSON.stringify({ organization: { sub_domain: 'acme' }, version: 'ipv4' }),
      });
      expect(lines).toEqual([
        'katapult  GET /data_centers → 200',
        `katapult  POST ${createIp} → 422 validation_error · Request body must have required property 'network'`,
      ]);
    });
  });

  it('startMock: quiet prints nothing', async () => {
    const lines: string[] = [];
    const mock = await startMock('katapult', { quiet: true, log: (line) => lines.push(line) });
    try {
      expect((await fetch(`${mock.url}/data_centers`, { headers: katapultAuth })).status).toBe(200);
    } finally {
      await mock.close();
    }
    expect(lines).toEqual([]);
  });
});
