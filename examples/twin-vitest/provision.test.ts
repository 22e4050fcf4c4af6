import { ConnectionError, Katapult, WaitFailedError } from '@cloudspecs/katapult-client';
import { createTwin } from '@cloudspecs/mock/twin';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// One twin for the file, back to its seed world before each test: tests do not see each other's state.
const twin = await createTwin('katapult');
const katapult = new Katapult({ token: 'test', fetch: twin.fetch });
const organization = { sub_domain: 'acme' };
const where = { organization, zone: { permalink: 'uk-lon-01-a' }, package: { permalink: 'rock-3' } };

beforeEach(() => twin.reset());
afterEach(() => {
  vi.useRealTimers();
  // an answer that broke the spec was sent as a 500 and is kept here: none may have
  expect(twin.violations()).toEqual([]);
});

it('build a machine and wait for it: the default 5 s polls, in no real time', async () => {
  vi.useFakeTimers(); // the twin's clock follows the fake timers, so the build moves as the wait sleeps
  const build = await katapult.virtualMachines.build({ ...where, hostname: 'web-02' });
  const waiting = katapult.virtualMachines.waitForBuild(build.virtual_machine_build);
  await vi.runAllTimersAsync();
  const { virtual_machine } = await waiting;
  expect(virtual_machine).toMatchObject({ hostname: 'web-02', state: 'started' });
  const { virtual_machines } = await katapult.virtualMachines.list({ organization });
  expect(virtual_machines.map((vm) => vm.id)).toContain(virtual_machine.id);
});

it('a build that fails: WaitFailedError', async () => {
  vi.useFakeTimers();
  twin.failNext('virtual_machine_build'); // the next build ends `failed`
  const build = await katapult.virtualMachines.build(where);
  const waiting = katapult.virtualMachines.waitForBuild(build.virtual_machine_build);
  const failed = expect(waiting).rejects.toBeInstanceOf(WaitFailedError);
  await vi.runAllTimersAsync();
  await failed;
});

it('a connection dropped after the create: not retried, and the address exists once', async () => {
  twin.fault({ operationId: 'createIpAddress', drop: true });
  const before = twin.inspect('ip_address').length;
  const create = katapult.ipAddresses.create({
    organization,
    network: { permalink: 'uk-lon-01-public' },
    version: 'ipv4',
  });
  await expect(create).rejects.toBeInstanceOf(ConnectionError);
  expect(twin.inspect('ip_address')).toHaveLength(before + 1);
});
