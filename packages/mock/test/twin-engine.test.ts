/**
 * The twin engine through the Katapult twin, by plain requests to `twin.fetch` (no client): state, validation and
 * refusals in the vendor's forms, answers checked against the spec, the clock and lifecycles, snapshots, faults,
 * the rate limit and the limits that keep a twin from growing or crashing. The flows through the resource client
 * are in packages/katapult-client/test/twin-flows.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTwin, type Twin } from '../src/twin/index.js';
import { twinCaller } from './support/twin-call.js';

const auth = { authorization: 'Bearer test' };
const organization = 'organization[sub_domain]=acme';

const call = twinCaller(auth);

const createIp = (twin: Twin, extra: Record<string, unknown> = {}) =>
  call(twin, 'POST', '/organizations/organization/ip_addresses', {
    organization: { sub_domain: 'acme' },
    network: { permalink: 'uk-lon-01-public' },
    version: 'ipv4',
    ...extra,
  });

let twin: Twin;
beforeEach(async () => {
  twin = await createTwin('katapult', { clock: 'manual' });
});

describe('twin: state', () => {
  it('createIpAddress: the new address is in the organization list, found by id and by address, gone after release', async () => {
    const before = await call(twin, 'GET', `/organizations/organization/ip_addresses?${organization}&per_page=100`);
    const created = await createIp(twin, { label: 'web' });
    expect(created.status).toBe(200);
    const ip = created.body.ip_address;
    expect(ip.id).toMatch(/^ip_[A-Za-z0-9]{16}$/);
    expect(ip.address).toMatch(/^185\.199\.220\.\d+$/);
    expect(ip.label).toBe('web');
    expect(ip.network.permalink).toBe('uk-lon-01-public');

    const after = await call(twin, 'GET', `/organizations/organization/ip_addresses?${organization}&per_page=100`);
    expect(after.body.pagination.total).toBe(before.body.pagination.total + 1);
    expect(after.body.ip_addresses.map((item: { id: string }) => item.id)).toContain(ip.id);
    // a list shows the summary: the full record's network is not in it
    expect(after.body.ip_addresses.find((item: { id: string }) => item.id === ip.id)).not.toHaveProperty('network');

    const byAddress = await call(twin, 'GET', `/ip_addresses/ip_address?ip_address[address]=${ip.address}`);
    expect(byAddress.body.ip_address.id).toBe(ip.id);
    const released = await call(twin, 'DELETE', '/ip_addresses/ip_address', { ip_address: { id: ip.id } });
    expect(released.status).toBe(200);
    const gone = await call(twin, 'GET', `/ip_addresses/ip_address?ip_address[id]=${ip.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('ip_address_not_found');
    expect(gone.headers.get('x-api-schema')).toBe('json-error');
  });

  it('lookups: every key the spec allows names the record (id, permalink, sub_domain, fqdn, address)', async () => {
    expect(
      (await call(twin, 'GET', '/organizations/organization?organization[sub_domain]=acme')).body.organization.id,
    ).toBe('org_BZJ1SSjRnWm7X1bT');
    expect((await call(twin, 'GET', '/networks/network?network[permalink]=uk-lon-01-public')).body.network.id).toBe(
      'net_5ZJyUvFi5GvLT3pQ',
    );
    const machine = await call(
      twin,
      'GET',
      '/virtual_machines/virtual_machine?virtual_machine[fqdn]=web-01.acme.kpult.net',
    );
    expect(machine.body.virtual_machine.id).toBe('vm_Rzqv3bBJhRr5wjyM');
    expect((await call(twin, 'GET', '/zones/zone?zone[permalink]=uk-lon-01-a')).status).toBe(200);
    const unknown = await call(twin, 'GET', '/organizations/organization?organization[sub_domain]=nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('organization_not_found');
  });

  it('pagination: page and per_page slice the list, with totals', async () => {
    for (let i = 0; i < 5; i++) await createIp(twin);
    const all = await call(twin, 'GET', `/organizations/organization/ip_addresses?${organization}&per_page=100`);
    const total = all.body.pagination.total as number;
    const second = await call(
      twin,
      'GET',
      `/organizations/organization/ip_addresses?${organization}&per_page=2&page=2`,
    );
    expect(second.body.pagination).toEqual({
      current_page: 2,
      total_pages: Math.ceil(total / 2),
      total,
      per_page: 2,
      large_set: false,
    });
    expect(second.body.ip_addresses.map((ip: { id: string }) => ip.id)).toEqual(
      all.body.ip_addresses.slice(2, 4).map((ip: { id: string }) => ip.id),
    );
  });

  it('relations: an address allocated to an interface shows on the interface and on the machine', async () => {
    const ip = (await createIp(twin)).body.ip_address;
    const allocated = await call(
      twin,
      'POST',
      '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip',
      {
        virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' },
        ip_address: { id: ip.id },
      },
    );
    expect(allocated.status).toBe(200);
    expect(allocated.body.virtual_machine_network_interface.ip_addresses).toContainEqual({
      id: ip.id,
      address: ip.address,
    });
    const machine = await call(
      twin,
      'GET',
      '/virtual_machines/virtual_machine?virtual_machine[id]=vm_Rzqv3bBJhRr5wjyM',
    );
    expect(machine.body.virtual_machine.ip_addresses.map((item: { id: string }) => item.id)).toContain(ip.id);
    const got = await call(twin, 'GET', `/ip_addresses/ip_address?ip_address[id]=${ip.id}`);
    expect(got.body.ip_address.allocation_id).toBe('vm_Rzqv3bBJhRr5wjyM');
    expect(got.body.allocation).toEqual({ id: 'vm_Rzqv3bBJhRr5wjyM', name: 'web-01' });

    await call(twin, 'POST', '/ip_addresses/ip_address/unallocate', { ip_address: { id: ip.id } });
    const after = await call(twin, 'GET', '/virtual_machines/virtual_machine?virtual_machine[id]=vm_Rzqv3bBJhRr5wjyM');
    expect(after.body.virtual_machine.ip_addresses.map((item: { id: string }) => item.id)).not.toContain(ip.id);
    const again = await call(twin, 'POST', '/ip_addresses/ip_address/unallocate', { ip_address: { id: ip.id } });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('no_allocation');
  });

  it('deleteVirtualMachine: the machine goes to the trash, restore brings it back, purge removes it for good', async () => {
    const machine = '/virtual_machines/virtual_machine?virtual_machine[id]=vm_Rzqv3bBJhRr5wjyM';
    const deleted = await call(twin, 'DELETE', '/virtual_machines/virtual_machine', {
      virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    expect(deleted.body.trash_object).toMatchObject({
      object_id: 'vm_Rzqv3bBJhRr5wjyM',
      object_type: 'VirtualMachine',
    });
    expect((await call(twin, 'GET', machine)).status).toBe(404);
    const trash = await call(twin, 'GET', `/organizations/organization/trash_objects?${organization}`);
    expect(trash.body.trash_objects.map((t: { id: string }) => t.id)).toContain(deleted.body.trash_object.id);
    await call(twin, 'POST', '/trash_objects/trash_object/restore', {
      trash_object: { object_id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    expect((await call(twin, 'GET', machine)).body.virtual_machine.id).toBe('vm_Rzqv3bBJhRr5wjyM');
    const again = await call(twin, 'DELETE', '/virtual_machines/virtual_machine', {
      virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    const purge = await call(twin, 'DELETE', '/trash_objects/trash_object', {
      trash_object: { id: again.body.trash_object.id },
    });
    expect(purge.body.task.name).toBe('Purge a trash object');
    expect(
      (await call(twin, 'GET', `/trash_objects/trash_object?trash_object[id]=${again.body.trash_object.id}`)).status,
    ).toBe(404);
    expect((await call(twin, 'GET', machine)).status).toBe(404);
  });

  it('update: changes what the request sets and keeps the rest', async () => {
    const ip = (await createIp(twin)).body.ip_address;
    const updated = await call(twin, 'PATCH', '/ip_addresses/ip_address', {
      ip_address: { id: ip.id },
      label: 'renamed',
    });
    expect(updated.body.ip_address).toMatchObject({ id: ip.id, label: 'renamed', address: ip.address });
  });

  it('ids: a new record has an id in the format of the spec example, the same each run with the same seed', async () => {
    const first = (await createIp(twin)).body.ip_address.id;
    const again = await createTwin('katapult', { clock: 'manual' });
    expect((await createIp(again)).body.ip_address.id).toBe(first);
    const other = await createTwin('katapult', { clock: 'manual', seed: 7 });
    expect((await createIp(other)).body.ip_address.id).not.toBe(first);
  });
});

describe('twin: the generated table', () => {
  it("at least 90 % of Katapult's 189 operations are served from the twin's state; the others are named", () => {
    const stateful = twin.operations.filter((row) => row.served === 'stateful');
    expect(twin.operations).toHaveLength(189);
    expect(stateful.length / twin.operations.length).toBeGreaterThanOrEqual(0.9);
    // the provisioning example's operations are all stateful
    for (const name of [
      'virtualMachines.build',
      'tasks.get',
      'virtualMachines.getBuild',
      'ipAddresses.release',
      'trashObjects.purge',
    ]) {
      expect(twin.operations.find((row) => row.name === name)?.served, name).toBe('stateful');
    }
    expect(twin.describe().operations).toEqual({ stateful: stateful.length, examples: 189 - stateful.length });
  });
});

describe('twin: the spec is the contract', () => {
  it('a request that breaks the spec: 422 validation_error listing the violations, and the sl-violations header', async () => {
    const refused = await call(twin, 'POST', '/organizations/organization/ip_addresses', {
      organization: { sub_domain: 'acme' },
      version: 'ipv5',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('validation_error');
    expect(refused.body.error.detail.errors).toContain("Request body must have required property 'network'");
    const violations = JSON.parse(refused.headers.get('sl-violations') ?? '[]');
    expect(violations.map((v: { location: string[] }) => v.location.join('.'))).toContain('request.body.version');
    expect(twin.inspect('ip_address').some((ip) => ip.label === undefined && ip.address === undefined)).toBe(false);
  });

  it('a request without a token: 400 missing_api_token, as the Prism mock answers it', async () => {
    const refused = await call(twin, 'GET', `/organizations/organization/ip_addresses?${organization}`, undefined, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('missing_api_token');
  });

  it('an answer that would break the spec is a 500 naming the operation and the violation, never served', async () => {
    // a world whose address lacks fields the spec requires
    const broken = await createTwin('katapult', {
      world: { ip_address: [{ id: 'ip_broken000000000', vip: false, $parents: { organization: 'org_x' } }] },
    });
    const answer = await call(broken, 'GET', '/ip_addresses/ip_address?ip_address[id]=ip_broken000000000');
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.title).toContain('getIpAddress (GET /ip_addresses/ip_address)');
    expect(answer.body.detail).toContain("must have required property 'address'");
    expect(broken.violations()).toHaveLength(1);
    expect(broken.violations()[0]?.operationId).toBe('getIpAddress');
  });

  it('an unknown route: 404 route_not_found in the Katapult envelope; a known path with another method too', async () => {
    const unknown = await call(twin, 'GET', '/no/such/route');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('route_not_found');
    const method = await call(twin, 'PUT', '/zones');
    expect(method.status).toBe(404);
    expect(method.body.error.description).toContain('GET');
  });

  it('the spec server path (/core/v1) reaches the same operations as the root', async () => {
    const answer = await call(twin, 'GET', '/core/v1/zones');
    expect(answer.status).toBe(200);
    expect(answer.body.zones[0].permalink).toBe('uk-lon-01-a');
  });
});

describe('twin: limits', () => {
  it('malformed JSON: 400 invalid_json, and the twin serves the next request', async () => {
    const answer = await call(twin, 'POST', '/organizations/organization/ip_addresses', '{"organization": ');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_json');
    expect((await call(twin, 'GET', '/zones')).status).toBe(200);
  });

  it('a body past maxBodyBytes: 413 without reading the rest', async () => {
    const small = await createTwin('katapult', { maxBodyBytes: 1024 });
    const answer = await call(small, 'POST', '/organizations/organization/ip_addresses', { label: 'x'.repeat(5000) });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('payload_too_large');
  });

  it('a flood of creates stops at the collection cap with 422 validation_error naming it, and the twin keeps serving', async () => {
    const capped = await createTwin('katapult', { maxRecords: 12 });
    const held = capped.inspect('ip_address').length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => createIp(capped)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(12 - held);
    const refused = answers.find((a) => a.status === 422);
    expect(refused?.body.error.detail.errors[0]).toContain('at most 12 ip address records');
    expect(capped.inspect('ip_address')).toHaveLength(12);
    expect((await call(capped, 'GET', '/zones')).status).toBe(200);
  });

  it('2,000 concurrent creates: every one answered, each stored once', async () => {
    const answers = await Promise.all(Array.from({ length: 2000 }, () => createIp(twin, { version: 'ipv6' })));
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
    const ids = new Set(answers.map((answer) => answer.body.ip_address.id));
    const addresses = new Set(answers.map((answer) => answer.body.ip_address.address));
    expect([ids.size, addresses.size]).toEqual([2000, 2000]);
    expect(twin.violations()).toEqual([]);
  });

  it('createIpAddress: a full /24 is 503 no_available_addresses, as Katapult answers', async () => {
    const answers = [];
    for (let i = 0; i < 260; i++) answers.push(await createIp(twin));
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(
      refused.every((answer) => answer.status === 503 && answer.body.error.code === 'no_available_addresses'),
    ).toBe(true);
    expect(new Set(twin.inspect('ip_address').map((ip) => ip.address)).size).toBe(twin.inspect('ip_address').length);
  });
});

describe('twin: time and lifecycles', () => {
  const task = async (id: string) => (await call(twin, 'GET', `/tasks/task?task[id]=${id}`)).body.task;
  const machine = async () =>
    (await call(twin, 'GET', '/virtual_machines/virtual_machine?virtual_machine[id]=vm_Rzqv3bBJhRr5wjyM')).body
      .virtual_machine;

  it('stopVirtualMachine: the task goes pending → running → completed on the twin clock, and the machine stopping → stopped', async () => {
    const stop = await call(twin, 'POST', '/virtual_machines/virtual_machine/stop', {
      virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    expect(stop.body.task).toMatchObject({ name: 'Stop virtual machine', status: 'pending' });
    expect((await machine()).state).toBe('stopping');
    twin.clock.advance(500);
    expect(await task(stop.body.task.id)).toMatchObject({ status: 'running', progress: 50, finished_at: null });
    twin.clock.advance(1500);
    const done = await task(stop.body.task.id);
    expect(done).toMatchObject({ status: 'completed', progress: 100 });
    expect(done.finished_at - done.created_at).toBe(2);
    expect((await machine()).state).toBe('stopped');

    const start = await call(twin, 'POST', '/virtual_machines/virtual_machine/start', {
      virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    expect((await machine()).state).toBe('starting');
    // a second power action while one runs: 406 task_queueing_error
    const busy = await call(twin, 'POST', '/virtual_machines/virtual_machine/reset', {
      virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    expect(busy.status).toBe(406);
    expect(busy.body.error.code).toBe('task_queueing_error');
    twin.clock.advance(10_000);
    expect((await task(start.body.task.id)).status).toBe('completed');
    expect((await machine()).state).toBe('started');
  });

  it('buildVirtualMachine: pending → building → complete, then the machine exists, started, with an interface', async () => {
    const build = await call(twin, 'POST', '/organizations/organization/virtual_machines/build', {
      organization: { sub_domain: 'acme' },
      zone: { permalink: 'uk-lon-01-a' },
      package: { permalink: 'rock-3' },
      hostname: 'built-01',
    });
    expect(build.status).toBe(201);
    const id = build.body.virtual_machine_build.id;
    const state = async () =>
      (await call(twin, 'GET', `/virtual_machines/builds/virtual_machine_build?virtual_machine_build[id]=${id}`)).body
        .virtual_machine_build;
    expect((await state()).state).toBe('pending');
    twin.clock.advance(1000);
    expect((await state()).state).toBe('building');
    expect((await task(build.body.task.id)).status).toBe('running');
    twin.clock.advance(4000);
    const complete = await state();
    expect(complete.state).toBe('complete');
    expect(complete.virtual_machine).toMatchObject({ hostname: 'built-01', state: 'started' });
    expect((await task(build.body.task.id)).status).toBe('completed');
    const vm = await call(
      twin,
      'GET',
      `/virtual_machines/virtual_machine?virtual_machine[id]=${complete.virtual_machine.id}`,
    );
    expect(vm.body.virtual_machine).toMatchObject({
      hostname: 'built-01',
      fqdn: 'built-01.acme.kpult.net',
      package: { permalink: 'rock-3' },
    });
    const interfaces = await call(
      twin,
      'GET',
      `/virtual_machines/virtual_machine/network_interfaces?virtual_machine[id]=${complete.virtual_machine.id}`,
    );
    expect(interfaces.body.virtual_machine_network_interfaces).toHaveLength(1);
    const list = await call(twin, 'GET', `/organizations/organization/virtual_machines?${organization}`);
    expect(list.body.virtual_machines.map((v: { id: string }) => v.id)).toContain(complete.virtual_machine.id);
  });

  it('failNext: the next build ends failed, its task failed, and no machine is made', async () => {
    twin.failNext('virtual_machine_build');
    const machines = twin.inspect('virtual_machine').length;
    const build = await call(twin, 'POST', '/organizations/organization/virtual_machines/build', {
      organization: { sub_domain: 'acme' },
      zone: { permalink: 'uk-lon-01-a' },
      package: { permalink: 'rock-3' },
    });
    twin.clock.advance(60_000);
    const failed = await call(
      twin,
      'GET',
      `/virtual_machines/builds/virtual_machine_build?virtual_machine_build[id]=${build.body.virtual_machine_build.id}`,
    );
    expect(failed.body.virtual_machine_build).toMatchObject({ state: 'failed', virtual_machine: null });
    expect((await task(build.body.task.id)).status).toBe('failed');
    expect(twin.inspect('virtual_machine')).toHaveLength(machines);
    expect(() => twin.failNext('zone')).toThrow(/zone has no lifecycle/);
  });

  it('real time at a speed: a minute of twin time a second', async () => {
    const fast = await createTwin('katapult', { clock: { mode: 'real', speed: 60_000 } });
    const stop = await call(fast, 'POST', '/virtual_machines/virtual_machine/stop', {
      virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const done = await call(fast, 'GET', `/tasks/task?task[id]=${stop.body.task.id}`);
    expect(done.body.task.status).toBe('completed');
  });
});

describe('twin: control', () => {
  it('snapshot and restore: back to what was held; reset: back to the seed world', async () => {
    const seeded = twin.inspect('ip_address').length;
    await createIp(twin);
    const snapshot = twin.snapshot();
    const later = (await createIp(twin)).body.ip_address.id;
    twin.restore(snapshot);
    expect(twin.inspect('ip_address')).toHaveLength(seeded + 1);
    expect(twin.get('ip_address', later)).toBeUndefined();
    // the restored twin makes the same next id again: its generator was in the snapshot
    expect((await createIp(twin)).body.ip_address.id).toBe(later);
    twin.reset();
    expect(twin.inspect('ip_address')).toHaveLength(seeded);
  });

  it('a fixture world replaces the seed: only its records are held, and reset returns to it', async () => {
    const world = { organization: twin.inspect('organization'), network: twin.inspect('network') };
    const fixture = await createTwin('katapult', { world });
    expect(fixture.describe().resources).toEqual({ network: 1, organization: 1 });
    await createIp(fixture);
    fixture.reset();
    expect(fixture.describe().resources).toEqual({ network: 1, organization: 1 });
    await expect(createTwin('katapult', { world: { planets: [] } })).rejects.toThrow(
      /planets is no resource of the katapult twin/,
    );
  });

  it('a stale generated table is refused, naming the command that fixes it', async () => {
    const { Engine } = await import('../src/twin/engine.js');
    const { twin: module } = await import('../src/twin/vendors/katapult.js');
    const { operations } = await import('../src/generated/katapult-twin.js');
    const document = JSON.parse(
      await import('node:fs/promises').then((fs) =>
        fs.readFile(new URL('../specs/katapult.json', import.meta.url), 'utf8'),
      ),
    );
    const stale = operations.map((row) =>
      row.operationId === 'getZone' ? { ...row, served: 'examples' as const } : row,
    );
    expect(() => new Engine(module, document, stale)).toThrow(/getZone is served examples.*run `pnpm generate`/);
  });
});

describe('twin: faults and the rate limit', () => {
  it('fault status: the documented example of that code for the next N matching requests, then normal answers', async () => {
    twin.fault({ operationId: 'createIpAddress', status: 503, code: 'no_available_addresses', count: 2 });
    const answers = [await createIp(twin), await createIp(twin), await createIp(twin)];
    expect(answers.map((answer) => answer.status)).toEqual([503, 503, 200]);
    expect(answers[0]?.body.error.code).toBe('no_available_addresses');
    expect(twin.faults()).toEqual([]);
  });

  it('fault status: a 5xx the operation does not document is sent bare; a 4xx it does not document is refused', async () => {
    twin.fault({ method: 'GET', path: '/zones', status: 502 });
    const answer = await call(twin, 'GET', '/zones');
    expect(answer.status).toBe(502);
    expect(() => twin.fault({ operationId: 'listZones', status: 418 })).toThrow(
      'twin fault: listZones does not document 418; it documents 200, 400, 403, 429, 503',
    );
    // a rule by path names no operation up front: the request it meets is a loud 500
    twin.fault({ path: '/zones', status: 418 });
    const refused = await call(twin, 'GET', '/zones');
    expect(refused.status).toBe(500);
    expect(refused.body.detail).toContain('listZones does not document 418');
    expect((await call(twin, 'GET', '/zones')).status).toBe(200);
  });

  it('fault drop: before, nothing is created; after, the create happened and its answer is lost', async () => {
    const held = twin.inspect('ip_address').length;
    twin.fault({ operationId: 'createIpAddress', drop: 'before' });
    await expect(createIp(twin)).rejects.toThrow(/fetch failed/);
    expect(twin.inspect('ip_address')).toHaveLength(held);
    twin.fault({ operationId: 'createIpAddress', drop: true });
    const error = await createIp(twin).catch((e: unknown) => e as TypeError & { cause: { code: string } });
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause: { code: string } }).cause.code).toBe('UND_ERR_SOCKET');
    expect(twin.inspect('ip_address')).toHaveLength(held + 1);
  });

  it('fault truncate: the headers arrive, the body fails half way', async () => {
    twin.fault({ operationId: 'listZones', truncate: true });
    const response = await twin.fetch('http://twin.test/zones', { headers: auth });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/terminated/);
  });

  it('fault latency: the answer waits; a caller that gives up first gets its abort', async () => {
    twin.fault({ operationId: 'listZones', latencyMs: 5_000 });
    const signal = AbortSignal.timeout(20);
    await expect(twin.fetch('http://twin.test/zones', { headers: auth, signal })).rejects.toThrow(/aborted|timeout/i);
  });

  it('rate limit: past the limit, 429 rate_limit_reached with total_permitted and no Retry-After (Katapult documents none)', async () => {
    twin.setRateLimit({ limit: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call(twin, 'GET', '/zones'));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]?.body.error).toEqual({
      code: 'rate_limit_reached',
      description: 'You have reached the rate limit for this type of request.',
      detail: { total_permitted: 3 },
    });
    expect(answers[3]?.headers.get('retry-after')).toBeNull();
    twin.setRateLimit(undefined);
    expect((await call(twin, 'GET', '/zones')).status).toBe(200);
  });
});

describe('twin: over HTTP', () => {
  it('startTwin: the API and the control API under /__twin on one port, a line per request', async () => {
    const { startTwin } = await import('../src/twin/index.js');
    const lines: string[] = [];
    const running = await startTwin('katapult', { log: (line) => lines.push(line) });
    try {
      const get = (path: string, init: RequestInit = {}) => fetch(`${running.url}${path}`, init);
      const zones = await get('/zones', { headers: auth });
      expect(zones.status).toBe(200);
      expect(lines).toContain('katapult twin  GET /zones → 200');
      const state = await (await get('/__twin')).json();
      expect(state).toMatchObject({ vendor: 'katapult', operations: { stateful: expect.any(Number) } });
      const clock = await get('/__twin/clock', { method: 'POST', body: JSON.stringify({ mode: 'manual' }) });
      expect((await clock.json()).mode).toBe('manual');
      const fault = await get('/__twin/faults', {
        method: 'POST',
        body: JSON.stringify({ path: '/zones', status: 503 }),
      });
      expect(fault.status).toBe(201);
      expect((await get('/zones', { headers: auth })).status).toBe(503);
      const ips = await (await get('/__twin/resources/ip_address')).json();
      expect(ips.length).toBeGreaterThan(0);
      expect((await get('/__twin/nothing')).status).toBe(404);
      // snapshot, change, restore; reset; failures and the rate limit
      const snapshot = await (await get('/__twin/snapshot')).text();
      await get('/organizations/organization/ip_addresses', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          organization: { sub_domain: 'acme' },
          network: { permalink: 'uk-lon-01-public' },
          version: 'ipv4',
        }),
      });
      const count = async () =>
        ((await (await get('/__twin')).json()) as { resources: { ip_address: number } }).resources.ip_address;
      const after = await count();
      expect((await get('/__twin/restore', { method: 'POST', body: snapshot })).status).toBe(200);
      expect(await count()).toBe(after - 1);
      expect(
        (await get('/__twin/failures', { method: 'POST', body: JSON.stringify({ resource: 'virtual_machine_build' }) }))
          .status,
      ).toBe(200);
      expect(
        (await get('/__twin/failures', { method: 'POST', body: JSON.stringify({ resource: 'zone' }) })).status,
      ).toBe(400);
      expect((await get('/__twin/rate-limit', { method: 'PUT', body: JSON.stringify({ limit: 1 }) })).status).toBe(200);
      await get('/__twin/faults', { method: 'DELETE' });
      await get('/zones', { headers: auth });
      expect((await get('/zones', { headers: auth })).status).toBe(429);
      expect((await get('/__twin/rate-limit', { method: 'DELETE' })).status).toBe(200);
      expect((await get('/zones', { headers: auth })).status).toBe(200);
      expect((await get('/__twin/reset', { method: 'POST' })).status).toBe(200);
      expect(await count()).toBe(after - 1);
      const bad = await get('/__twin/faults', { method: 'POST', body: JSON.stringify({ status: 200 }) });
      expect(bad.status).toBe(400);
      expect((await bad.json()).title).toContain('status must be an error status');
    } finally {
      await running.close();
    }
  });

  it('limits over HTTP: a huge body (declared or streamed) is 413 at once, malformed JSON 400, 1,000 requests at once all answered', async () => {
    const { startTwin } = await import('../src/twin/index.js');
    const running = await startTwin('katapult', { quiet: true });
    try {
      const url = `${running.url}/organizations/organization/ip_addresses`;
      const post = (body: BodyInit, extra: Record<string, string> = {}) =>
        fetch(url, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json', ...extra },
          body,
          duplex: 'half',
        } as RequestInit);
      const declared = await post('x'.repeat(3 * 1024 * 1024));
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
      // no Content-Length: the body is counted as it arrives and refused past the limit
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 48; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
          controller.close();
        },
      });
      expect((await post(chunks)).status).toBe(413);
      const malformed = await post('{"organization":');
      expect(malformed.status).toBe(400);
      const answers = await Promise.all(
        Array.from({ length: 1000 }, () => fetch(`${running.url}/zones`, { headers: auth }).then((r) => r.status)),
      );
      expect(answers.filter((status) => status !== 200)).toEqual([]);
      expect(running.violations()).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('no vendor path starts with the control prefix /__twin', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const vendor of ['hostway', 'katapult', 'scp']) {
      const document = JSON.parse(await readFile(new URL(`../specs/${vendor}.json`, import.meta.url), 'utf8'));
      expect(Object.keys(document.paths).filter((path) => path.startsWith('/__twin'))).toEqual([]);
    }
  });
});
