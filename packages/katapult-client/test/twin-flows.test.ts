/**
 * What users automate, through the resource layer against the Katapult twin (@cloudspecs/mock/twin): provision →
 * wait → use → tear down, a build that fails, a 429 storm the client's retries ride out, and a connection dropped on a
 * POST that the client does not repeat. In process (`fetch: twin.fetch`) and over HTTP (`baseUrl: twin.url`).
 */
import { createTwin, startTwin, type Twin } from '@cloudspecs/mock/twin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionError, Katapult, RateLimitError, WaitFailedError } from '../src/index.js';

const organization = { sub_domain: 'acme' };

/** Build a machine, wait for it, give it a new address, check it is seen everywhere, then tear it all down. */
async function provisionAndTearDown(katapult: Katapult, twin: Twin, wait: { intervalMs?: number } = {}) {
  const before = await katapult.virtualMachines.list({ organization });
  const build = await katapult.virtualMachines.build({
    organization,
    zone: { permalink: 'uk-lon-01-a' },
    package: { permalink: 'rock-3' },
    hostname: 'flow-01',
  });
  expect(build.virtual_machine_build.state).toBe('pending');
  const task = await katapult.tasks.wait(build.task, wait);
  expect(task.status).toBe('completed');
  const states: string[] = [];
  const built = await katapult.virtualMachines.waitForBuild(build.virtual_machine_build, {
    ...wait,
    onProgress: (progress) => states.push(progress.state),
  });
  expect(built.state).toBe('complete');
  const vm = built.virtual_machine;
  expect(vm).toMatchObject({ hostname: 'flow-01', state: 'started' });

  // use it: the list has it, its interface takes a new address, the address shows on the machine and in the list
  const after = await katapult.virtualMachines.list({ organization });
  expect(after.pagination.total).toBe((before.pagination.total ?? 0) + 1);
  const { virtual_machine_network_interfaces: interfaces } = await katapult.virtualMachineNetworkInterfaces.list({
    virtual_machine: { id: vm.id },
  });
  const vmnet = interfaces[0];
  if (!vmnet) throw new Error('the built machine has no interface');
  const { ip_address: ip } = await katapult.virtualMachineNetworkInterfaces.allocateNewIp({
    virtual_machine_network_interface: { id: vmnet.id },
    address_version: 'ipv4',
  });
  const { virtual_machine } = await katapult.virtualMachines.get({ virtual_machine: { id: vm.id } });
  expect(virtual_machine.ip_addresses.map((address) => address.id)).toEqual([ip.id]);
  const listed: string[] = [];
  for await (const item of katapult.ipAddresses.list({ organization, per_page: 3 })) listed.push(item.id);
  expect(listed).toContain(ip.id);

  // a power action and its wait
  const stop = await katapult.virtualMachines.stop({ virtual_machine: { id: vm.id } });
  await katapult.tasks.wait(stop.task, wait);
  expect((await katapult.virtualMachines.get({ virtual_machine: { id: vm.id } })).virtual_machine.state).toBe(
    'stopped',
  );

  // tear down: the address released, the machine to the trash and purged; both gone
  await katapult.ipAddresses.unallocate({ ip_address: { id: ip.id } });
  await katapult.ipAddresses.release({ ip_address: { id: ip.id } });
  const { trash_object } = await katapult.virtualMachines.delete({ virtual_machine: { id: vm.id } });
  expect(trash_object.object_id).toBe(vm.id);
  await katapult.trashObjects.purge({ trash_object: { id: trash_object.id } });
  await expect(katapult.virtualMachines.get({ virtual_machine: { id: vm.id } })).rejects.toMatchObject({
    status: 404,
    code: 'virtual_machine_not_found',
  });
  await expect(katapult.ipAddresses.get({ ip_address: { id: ip.id } })).rejects.toMatchObject({
    code: 'ip_address_not_found',
  });
  expect(twin.violations()).toEqual([]);
  return states;
}

describe('Katapult twin, in process (fetch: twin.fetch)', () => {
  let twin: Twin;
  let katapult: Katapult;
  beforeEach(async () => {
    twin = await createTwin('katapult', { clock: { mode: 'real', speed: 1_000 } });
    katapult = new Katapult({ token: 'test', fetch: twin.fetch });
  });

  it('provision → wait → use → tear down, the build seen only pending or building before it completes', async () => {
    const states = await provisionAndTearDown(katapult, twin, { intervalMs: 1 });
    expect(states.every((state) => state === 'pending' || state === 'building')).toBe(true);
  });

  it('a failed build: waitForBuild throws WaitFailedError with the state, and its task failed too', async () => {
    twin.failNext('virtual_machine_build');
    const build = await katapult.virtualMachines.build({
      organization,
      zone: { permalink: 'uk-lon-01-a' },
      package: { permalink: 'rock-3' },
    });
    const error = await katapult.virtualMachines
      .waitForBuild(build.virtual_machine_build, { intervalMs: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({ state: 'failed' });
    await expect(katapult.tasks.wait(build.task, { intervalMs: 1 })).rejects.toBeInstanceOf(WaitFailedError);
  });

  it('a 429 storm: two refusals, then the client retries through and the create happens once', async () => {
    twin.fault({ operationId: 'createIpAddress', status: 429, count: 2 });
    const before = twin.inspect('ip_address').length;
    const { ip_address } = await katapult.ipAddresses.create(
      { organization, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
      { maxRetries: 2 },
    );
    expect(ip_address.id).toMatch(/^ip_/);
    expect(twin.inspect('ip_address')).toHaveLength(before + 1);
    const posts = twin.requests().filter((request) => request.operationId === 'createIpAddress');
    expect(posts.map((request) => request.status)).toEqual([429, 429, 200]);
  });

  it('a storm longer than the retries: RateLimitError, code rate_limit_reached', async () => {
    twin.fault({ operationId: 'listZones', status: 429, count: 5 });
    await expect(katapult.zones.list(undefined, { maxRetries: 1 })).rejects.toBeInstanceOf(RateLimitError);
  });

  it('a dropped connection on a POST: ConnectionError, not repeated, and the twin created exactly one', async () => {
    twin.fault({ operationId: 'createIpAddress', drop: true });
    const before = twin.inspect('ip_address').length;
    const error = await katapult.ipAddresses
      .create({ organization, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' }, { maxRetries: 3 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(twin.inspect('ip_address')).toHaveLength(before + 1);
    expect(twin.requests().filter((request) => request.operationId === 'createIpAddress')).toHaveLength(1);
  });

  it('a dropped connection on a GET is retried, and the second attempt answers', async () => {
    twin.fault({ operationId: 'listZones', drop: true });
    const { zones } = await katapult.zones.list();
    expect(zones.length).toBeGreaterThan(0);
    expect(twin.requests().filter((request) => request.operationId === 'listZones')).toHaveLength(2);
  });
});

describe('Katapult twin under fake timers: the waits at their default intervals, in no real time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waitForBuild and tasks.wait with their defaults (5 s and 2 s between polls) finish as the twin clock passes', async () => {
    vi.useFakeTimers();
    const twin = await createTwin('katapult');
    const katapult = new Katapult({ token: 'test', fetch: twin.fetch });
    const build = await katapult.virtualMachines.build({
      organization,
      zone: { permalink: 'uk-lon-01-a' },
      package: { permalink: 'rock-3' },
    });
    const built = katapult.virtualMachines.waitForBuild(build.virtual_machine_build);
    const started = Date.now();
    await vi.runAllTimersAsync();
    const { virtual_machine } = await built;
    expect(virtual_machine.state).toBe('started');
    // the build takes 5 s of twin time: the wait's second poll, 5 s after the first, sees it complete
    expect(Date.now() - started).toBe(5_000);
  });
});

describe('Katapult twin over HTTP (baseUrl: twin.url)', () => {
  it('provision → wait → use → tear down, every request in the twin log', async () => {
    const lines: string[] = [];
    const twin = await startTwin('katapult', {
      clock: { mode: 'real', speed: 1_000 },
      log: (line) => lines.push(line),
    });
    try {
      const katapult = new Katapult({ token: 'test', baseUrl: twin.url });
      await provisionAndTearDown(katapult, twin, { intervalMs: 1 });
      expect(
        lines.some((line) =>
          line.startsWith('katapult twin  POST /organizations/organization/virtual_machines/build → 201'),
        ),
      ).toBe(true);
    } finally {
      await twin.close();
    }
  });

  it('a dropped connection over HTTP: the POST is not repeated and the twin holds the one it made', async () => {
    const twin = await startTwin('katapult', { quiet: true });
    try {
      const katapult = new Katapult({ token: 'test', baseUrl: twin.url });
      twin.fault({ operationId: 'createIpAddress', drop: true });
      const before = twin.inspect('ip_address').length;
      await expect(
        katapult.ipAddresses.create({ organization, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' }),
      ).rejects.toBeInstanceOf(ConnectionError);
      expect(twin.inspect('ip_address')).toHaveLength(before + 1);
    } finally {
      await twin.close();
    }
  });
});
