import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { specPath, startMock } from '../src/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('startMock', () => {
  it('startMock: serves the bundled spec on a free port and stops on close()', async () => {
    const mock = await startMock('katapult');
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

  it('startMock: a request that breaks the spec is refused with the violation named', async () => {
    const mock = await startMock('katapult');
    try {
      const response = await fetch(`${mock.url}/organizations/organization/ip_addresses`, {
        method: 'POST',
        headers: { Authorization: 'Bearer test', 'Content-Type': 'application/json' },
        body: JSON.stringify({ organization: { id: 'org_1', sub_domain: 'acme' } }),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('sl-violations')).toMatch(/network|oneOf|organization/);
    } finally {
      await mock.close();
    }
  });

  it('startMock: unknown vendor and missing spec file are clear errors', async () => {
    // @ts-expect-error not a vendor
    await expect(startMock('acme')).rejects.toThrow(/unknown vendor 'acme'; expected one of hostway, katapult, scp/);
    await expect(startMock({ spec: '/nonexistent/openapi.yaml' })).rejects.toThrow(/spec file not found/);
    expect(specPath('scp')).toMatch(/specs\/scp\.json$/);
  });
});

describe('cloudspecs-mock CLI', () => {
  it('cloudspecs-mock: starts, answers, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, 'hostway', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const response = await fetch(`${url}/flavors`, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
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
