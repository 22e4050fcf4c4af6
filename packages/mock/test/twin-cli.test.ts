/** `cloudspecs-mock <vendor> --twin`: the twin from a shell, as the README shows it. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vendors } from '../src/generated/vendors.js';
import { twinVendors } from '../src/twin/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs the CLI with `args`; resolves with its output and exit status once it exits. */
function run(args: string[]): Promise<{ out: string; err: string; code: number | null }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ out, err, code })));
}

/** Starts `cloudspecs-mock <args>` with a twin; resolves once it says where it listens. */
async function startTwin(
  args: string[],
): Promise<{ url: string; out: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /twin listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
  });
  return {
    url,
    out: () => out,
    /** SIGTERM; resolves with the exit status */
    stop: () => {
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exit;
    },
  };
}

describe('cloudspecs-mock --twin', () => {
  it('cloudspecs-mock katapult --twin: serves the twin and its control API, a line per request, exits on SIGTERM', async () => {
    const twin = await startTwin(['katapult', '--twin', '--port', '0', '--speed', '10']);
    const { url } = twin;
    expect(twin.out()).toMatch(
      /^cloudspecs-mock: katapult twin listening on http:\/\/127\.0\.0\.1:\d+ \(\d+\/189 operations stateful; control API http:\/\/127\.0\.0\.1:\d+\/__twin; Ctrl-C to stop\)$/m,
    );
    const created = await fetch(`${url}/organizations/organization/ip_addresses`, {
      method: 'POST',
      headers: { authorization: 'Bearer test', 'content-type': 'application/json' },
      body: JSON.stringify({
        organization: { sub_domain: 'acme' },
        network: { permalink: 'uk-lon-01-public' },
        version: 'ipv4',
      }),
    });
    expect(created.status).toBe(200);
    const control = (await (await fetch(`${url}/__twin`)).json()) as { clock: { speed: number } };
    expect(control.clock.speed).toBe(10);
    expect(await twin.stop()).toBe(0);
    expect(twin.out()).toContain('katapult twin  POST /organizations/organization/ip_addresses → 200');
  });

  it('cloudspecs-mock hostway --twin: its twin, 66/66 operations stateful, a server created and logged', async () => {
    const twin = await startTwin(['hostway', '--twin', '--port', '0', '--speed', '10']);
    const { url } = twin;
    expect(twin.out()).toMatch(/^cloudspecs-mock: hostway twin listening on \S+ \(66\/66 operations stateful; /m);
    const created = await fetch(`${url}/accounts/smith1234/flexcloud/servers`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('u:p').toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        server: {
          name: 'cli',
          imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/',
          flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1/',
        },
      }),
    });
    expect(created.status).toBe(202);
    expect(await twin.stop()).toBe(0);
    expect(twin.out()).toContain('hostway twin  POST /accounts/smith1234/flexcloud/servers → 202');
  });

  it('cloudspecs-mock scp --twin: its twin, 198/198 operations stateful, a signed request answered and logged', async () => {
    const twin = await startTwin(['scp', '--twin', '--port', '0', '--quiet']);
    const { url } = twin;
    expect(twin.out()).toMatch(/^cloudspecs-mock: scp twin listening on \S+ \(198\/198 operations stateful; /m);
    // any signature: a twin, like the Prism mock, checks that the signed headers are there, not their values
    const signed = {
      'Scp-AccessKey': 'test',
      'Scp-Signature': 'c2lnbmF0dXJl',
      'Scp-Timestamp': String(Date.now()),
      'Scp-ClientType': 'Openapi',
    };
    const listed = await fetch(`${url}/v1/servers`, { headers: signed });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { servers: { name: string }[] }).servers.map((s) => s.name)).toEqual(['web-01']);
    expect((await fetch(`${url}/v1/servers`)).status).toBe(401);
    expect(await twin.stop()).toBe(0);
  });

  // every vendor may have a twin one day: then there is no such vendor left to ask for
  const withoutTwin = vendors.filter((vendor) => !twinVendors.includes(vendor));
  it.skipIf(withoutTwin.length === 0)(
    `cloudspecs-mock ${withoutTwin[0]} --twin: a vendor without a twin exits 2, saying so`,
    async () => {
      const { err, code } = await run([withoutTwin[0] as string, '--twin', '--port', '0']);
      expect(code).toBe(2);
      expect(err).toContain(
        `${withoutTwin[0]} has no twin yet (twins: ${twinVendors.join(', ')}); without --twin it serves its Prism mock`,
      );
    },
  );

  it('a twin option without --twin, or a bad value, exits 2 with the usage', async () => {
    const without = await run(['katapult', '--speed', '5']);
    expect(without.code).toBe(2);
    expect(without.err).toContain('--speed is an option of the twin: add --twin');
    const bad = await run(['katapult', '--twin', '--speed', 'fast']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--speed must be a number above 0/);
    expect(bad.err).toMatch(/usage: cloudspecs-mock/);
  });
});
