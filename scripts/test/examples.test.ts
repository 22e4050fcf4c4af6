/** Every script in examples/ runs against the Prism mock of its vendor, so the examples never rot. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { type RunningMock, startMock, type Vendor } from '@cloudspecs/mock';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const mocks: RunningMock[] = [];
afterAll(() => Promise.all(mocks.map((mock) => mock.close())));

async function runExample(vendor: Vendor, env: Record<string, string>, script: string = vendor) {
  const mock = await startMock(vendor, { quiet: true });
  mocks.push(mock);
  const prefix = vendor.toUpperCase();
  // Asynchronously: the mock answers from this process, so its event loop must keep running.
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      tsx,
      [join(repo, 'examples', `${script}.ts`)],
      { encoding: 'utf8', env: { ...process.env, [`${prefix}_BASE_URL`]: mock.url, ...env }, timeout: 60_000 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('examples/ against the mocks', () => {
  it('examples/katapult.ts: create, allocate, list', async () => {
    const out = await runExample('katapult', { KATAPULT_API_TOKEN: 'example-token' });
    expect(out).toMatch(/^created 185\.199\.220\.27 \(ip_\w+\)$/m);
    expect(out).toMatch(/^allocated to .+: /m);
    expect(out).toMatch(/^\d+ IP address\(es\) in acme$/m);
  });

  it('examples/katapult-provision.ts: organization, zone, package, template, key; build and wait; new IP; tear down', async () => {
    const out = await runExample(
      'katapult',
      { KATAPULT_API_TOKEN: 'example-token', KATAPULT_POLL_MS: '10', KATAPULT_MOCK_FINISHED: '1' },
      'katapult-provision',
    );
    expect(out).toMatch(/^organization .+ \(acme\)$/m);
    expect(out).toMatch(/^zone .+ in .+$/m);
    expect(out).toMatch(/^package .+ \(\d+ CPU, \d+ GB\)$/m);
    expect(out).toMatch(/^disk template .+$/m);
    expect(out).toMatch(/^ssh key .+ \(key_\w+\)$/m);
    expect(out).toMatch(/^build vmbuild_\w+ is pending \(task task_\w+\)$/m);
    expect(out).toMatch(/^task task_\w+ completed$/m);
    expect(out).toMatch(/^virtual machine .+ \(vm_\w+\) is started$/m);
    expect(out).toMatch(/^allocated [\d.]+ \(ip_\w+\) to .+$/m);
    expect(out).toMatch(/^released [\d.]+$/m);
    expect(out).toMatch(/^deleted virtual machine vm_\w+ \(trash object trsh_\w+ purged\)$/m);
    expect(out).toMatch(/^removed ssh key key_\w+$/m);
  });

  it('examples/hostway.ts: create, wait until ACTIVE, allocate and associate a flexible IP', async () => {
    const out = await runExample('hostway', {
      HOSTWAY_USERNAME: 'smith1234',
      HOSTWAY_PASSWORD: 'example-password',
      HOSTWAY_POLL_MS: '10',
    });
    expect(out).toMatch(/^server 167 is BUILD; polling /m);
    expect(out).toMatch(/^server 167 is ACTIVE at /m);
    expect(out).toMatch(/^associated [\d.]+ with server 167$/m);
  });

  it('examples/hostway-provision.ts: zone, flavor, image; firewall group; server; bind, unbind and release an IP', async () => {
    const out = await runExample(
      'hostway',
      { HOSTWAY_USERNAME: 'smith1234', HOSTWAY_PASSWORD: 'example-password', HOSTWAY_POLL_MS: '10' },
      'hostway-provision',
    );
    expect(out).toMatch(/^zone AUS001 \(.+\)$/m);
    expect(out).toMatch(/^flavor Small \(512 MB, 10 GB\)$/m);
    expect(out).toMatch(/^image .+$/m);
    expect(out).toMatch(/^firewall group \w+ created$/m);
    expect(out).toMatch(/^server 167 is BUILD$/m);
    expect(out).toMatch(/^server 167 is ACTIVE$/m);
    // In this order: allocated, bound, unbound, released.
    const steps = ['allocated flexible IP', 'bound', 'unbound', 'released'].map((step) =>
      out.search(new RegExp(`^${step} [\\d.]+`, 'm')),
    );
    expect(steps.every((at) => at >= 0)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('examples/scp.ts: create an interface on 1.3, list interfaces', async () => {
    const out = await runExample('scp', { SCP_ACCESS_KEY: 'example-access', SCP_SECRET_KEY: 'example-secret' });
    expect(out).toMatch(/^created port [\w-]+ \(ACTIVE, mac [\da-f:]+\) with virtualserver 1\.3$/m);
    expect(out).toMatch(/^\d+ interface\(s\) on server /m);
  });

  it('examples/scp-provision.ts: pick type, image and key pair; create and wait; interface and static NAT; tear down', async () => {
    const out = await runExample(
      'scp',
      { SCP_ACCESS_KEY: 'example-access', SCP_SECRET_KEY: 'example-secret', SCP_POLL_MS: '10' },
      'scp-provision',
    );
    expect(out).toMatch(/^server type \S+ \(\d+ vCPU, \d+ MB\) of \d+$/m);
    expect(out).toMatch(/^image \S+ \([\w-]+\) of \d+$/m);
    expect(out).toMatch(/^key pair \S+ of \d+$/m);
    expect(out).toMatch(/^server [\w-]+ is ACTIVE$/m);
    expect(out).toMatch(/^public IP [\d.]+ bound to interface [\w-]+ \(NAT \w+, ACTIVE\)$/m);
    // Torn down innermost first.
    expect(out.indexOf('deleted NAT')).toBeGreaterThan(out.indexOf('public IP'));
    expect(out.indexOf('deleted interface')).toBeGreaterThan(out.indexOf('deleted NAT'));
    expect(out.indexOf('deleted server')).toBeGreaterThan(out.indexOf('deleted interface'));
  });
});
