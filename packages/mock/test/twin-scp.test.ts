/**
 * The SCP twin (virtualserver) by plain requests to `twin.fetch`, on a manual clock: SCP's signed headers, its
 * refusals (a 404 or 405 without a body, its 400 list, the collection cap and the quotas), its lists (limit and
 * marker, with_count, page and size, filters, sort), the lifecycles of servers, volumes, snapshots and images, the
 * relations that hold (ports, public IPs, volumes and security groups on a server; Auto-Scaling Groups and their
 * servers), and the Scp-Api-Version rule. The flows through the client are in
 * packages/scp-client/test/twin-flows.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTwin, type Twin } from '../src/twin/index.js';
import { twinCaller } from './support/twin-call.js';

const signed = {
  'scp-accesskey': 'test-access-key',
  'scp-signature': 'c2lnbmF0dXJl',
  'scp-timestamp': '1764494102000',
  'scp-clienttype': 'Openapi',
};
const web01 = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
const subnet = '78b2ee3f074145c580ab6abac4821f97';
const image = '6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13';
const dataVolume = '3f500f00-ed80-4566-a057-e31760226f9a';
const group = '52613bd852b04b39adcb15a8364d856d';
const vpcWeb = '8a463aa4b1dc4f279c3f53b94dc45e74';
const vpcDb = 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f';
const webToDb = 'c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f';
const hub = 'e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b';

// biome-ignore lint/suspicious/noExplicitAny: the tests read answers of many shapes, each checked by its assertions
type Body = any;

const call = twinCaller(signed);

const newServer = (twin: Twin, extra: Record<string, unknown> = {}) =>
  call(twin, 'POST', '/v1/servers', {
    name: 'web-02',
    image_id: image,
    server_type_id: 's1v2m4',
    keypair_name: 'deploy-key',
    networks: [{ subnet_id: subnet }],
    ...extra,
  });

let twin: Twin;
beforeEach(async () => {
  twin = await createTwin('scp', { clock: 'manual' });
});

describe('SCP twin: signed requests and refusals in SCP forms', () => {
  it('a request without the signed headers the spec requires is 401 without a body; any signature is accepted', async () => {
    const { 'scp-signature': _, ...unsigned } = signed;
    const refused = await call(twin, 'GET', '/v1/servers', undefined, unsigned);
    expect(refused.status).toBe(401);
    expect(refused.body).toBeUndefined();
    expect(refused.headers.get('sl-violations')).toMatch(/credentials/);
    expect((await call(twin, 'GET', '/v1/servers', undefined, { ...signed, 'scp-signature': 'anything' })).status).toBe(
      200,
    );
  });

  it('an unknown route is 404 and a method the path lacks 405 with Allow, both without a body, as SCP answers', async () => {
    const unknown = await call(twin, 'GET', '/v1/nothing');
    expect([unknown.status, unknown.body]).toEqual([404, undefined]);
    const method = await call(twin, 'PATCH', `/v1/servers/${web01}`);
    expect([method.status, method.body]).toEqual([405, undefined]);
    expect(method.headers.get('allow')).toBe('GET, PUT, DELETE');
  });

  it("malformed JSON is SCP's 400 list at body (value_error.jsondecode); a body past maxBodyBytes is 413 without a body", async () => {
    const malformed = await call(twin, 'PUT', `/v1/servers/${web01}`, '{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual([expect.objectContaining({ loc: ['body'], type_: 'value_error.jsondecode' })]);
    const small = await createTwin('scp', { clock: 'manual', maxBodyBytes: 64 });
    const large = await call(small, 'PUT', `/v1/servers/${web01}`, { name: 'x'.repeat(100) });
    expect([large.status, large.body]).toEqual([413, undefined]);
    expect((await call(twin, 'GET', `/v1/servers/${web01}`)).status).toBe(200);
  });

  it('a request that breaks the spec is the 400 list naming the field, with the violations header', async () => {
    const answer = await call(twin, 'POST', '/v1/servers', { name: 'web-02', image_id: image });
    expect(answer.status).toBe(400);
    expect(answer.body).toContainEqual(
      expect.objectContaining({ loc: ['body', 'keypair_name'], type_: 'value_error.missing' }),
    );
    expect(answer.headers.get('sl-violations')).toContain('keypair_name');
  });

  it("a server id that is no id is SCP's 400 'invalid server id'; an unknown one its 404; a deleted volume its 400", async () => {
    expect((await call(twin, 'GET', '/v1/servers/web-01')).body).toEqual([
      { loc: ['path', 'server_id'], msg: 'invalid server id', type_: 'value_error' },
    ]);
    const unknown = await call(twin, 'GET', '/v1/servers/00000000-0000-4000-8000-000000000000');
    expect([unknown.status, unknown.body]).toEqual([404, undefined]);
    // SCP documents no 404 for volumes: the 400 list names the path parameter
    const volume = await call(twin, 'GET', '/v1/volumes/00000000-0000-4000-8000-000000000000');
    expect(volume.status).toBe(400);
    expect(volume.body[0]).toMatchObject({ loc: ['path', 'volume_id'], type_: 'value_error.not_found' });
  });

  it('a flood of creates stops at the collection cap (400 value_error.quota naming it) and the twin keeps serving', async () => {
    const capped = await createTwin('scp', { clock: 'manual', maxRecords: 4 });
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) answers.push((await call(capped, 'POST', '/v1/keypairs', { name: `key-${i}` })).status);
    expect(answers).toEqual([201, 201, 400, 400]);
    const refused = await call(capped, 'POST', '/v1/keypairs', { name: 'one-more' });
    expect(refused.body[0].msg).toBe('The twin holds at most 4 keypair records; delete some or reset the twin');
    expect((await call(capped, 'GET', '/v1/keypairs')).body.keypairs).toHaveLength(4);
  });

  it("servers past the account's quota are Nova's 403; the quota sets count what the account holds", async () => {
    const before = (await call(twin, 'GET', '/v1/quota-sets')).body;
    expect(before.instances).toEqual({ limit: 50, in_use: 1, reserved: 0 });
    expect((await newServer(twin, { max_count: 10 })).status).toBe(202);
    const after = (await call(twin, 'GET', '/v1/quota-sets')).body;
    expect(after.instances.in_use).toBe(11);
    expect(after.cores.in_use).toBe(before.cores.in_use + 20);
    expect(after.ram.in_use).toBe(before.ram.in_use + 40_960);
    for (let i = 0; i < 3; i++) await newServer(twin, { max_count: 10 });
    expect((await newServer(twin, { max_count: 10 })).status).toBe(403);
    expect((await newServer(twin, { max_count: 9 })).status).toBe(202);
    const volumes = (await call(twin, 'GET', '/v1/volumes/quota-sets')).body;
    // web-01's boot and data volumes, and a boot volume for each of the 49 new servers
    expect(volumes.volumes.in_use).toBe(2 + 49);
  });
});

describe('SCP twin: lists', () => {
  it('limit and marker page the list; a marker not in it is a 400; with_count counts only when asked', async () => {
    for (let i = 0; i < 3; i++) await newServer(twin, { name: `page-${i}` });
    const all = (await call(twin, 'GET', '/v1/servers')).body.servers.map((s: Body) => s.id);
    expect(all).toHaveLength(4);
    const first = (await call(twin, 'GET', '/v1/servers?limit=2')).body.servers.map((s: Body) => s.id);
    const second = (await call(twin, 'GET', `/v1/servers?limit=2&marker=${first[1]}`)).body.servers.map(
      (s: Body) => s.id,
    );
    expect([...first, ...second]).toEqual(all);
    expect((await call(twin, 'GET', '/v1/servers?marker=nothing')).body[0]).toMatchObject({ loc: ['query', 'marker'] });
    expect((await call(twin, 'GET', '/v1/volumes')).body).not.toHaveProperty('count');
    expect((await call(twin, 'GET', '/v1/volumes?with_count=true&limit=1')).body).toMatchObject({ count: 5 });
    expect((await call(twin, 'GET', '/v1/volumes?with_count=true&limit=1')).body.volumes).toHaveLength(1);
  });

  it('the documented filters narrow the list: servers by state, address and server type; server types by min_ram', async () => {
    await newServer(twin, { name: 'other', server_type_id: 's1v1m2' });
    const ids = async (target: string) =>
      (await call(twin, 'GET', target)).body.servers.map((s: Body) => s.name).sort();
    expect(await ids('/v1/servers?state=BUILD')).toEqual(['other']);
    expect(await ids('/v1/servers?ip=192.169.3.2')).toEqual(['web-01']);
    expect(await ids('/v1/servers?server_type_id=s1v1m2')).toEqual(['other', 'web-01']);
    const types = (await call(twin, 'GET', '/v1/server-types?min_ram=4096')).body.server_types.map((t: Body) => t.id);
    expect(types.sort()).toEqual(['s1v2m4', 's1v4m8']);
    const sorted = (await call(twin, 'GET', '/v1/server-types?sort=ram:desc')).body.server_types.map((t: Body) => t.id);
    expect(sorted).toEqual(['s1v4m8', 's1v2m4', 's1v1m2']);
  });

  it('Auto-Scaling Group lists carry count always; schedules page by page and size', async () => {
    expect((await call(twin, 'GET', '/v1/auto-scaling-groups')).body.count).toBe(1);
    const schedules = (await call(twin, 'GET', `/v1/auto-scaling-groups/${group}/schedules?page=0&size=5`)).body;
    expect(schedules).toMatchObject({ count: 1, page: 0, size: 5 });
    expect(schedules.schedules).toHaveLength(1);
    expect(
      (await call(twin, 'GET', `/v1/auto-scaling-groups/${group}/schedules?page=1&size=5`)).body.schedules,
    ).toEqual([]);
  });
});

describe('SCP twin: lifecycles on the twin clock', () => {
  it('a server: BUILD for 4 s, then ACTIVE; stop → STOPPING → SHUTOFF; a resize of a stopped server leaves it SHUTOFF', async () => {
    const id = (await newServer(twin)).body.servers[0].id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const state = async () => (await call(twin, 'GET', `/v1/servers/${id}`)).body.state;
    expect(await state()).toBe('BUILD');
    twin.clock.advance(3_999);
    expect(await state()).toBe('BUILD');
    twin.clock.advance(1);
    expect(await state()).toBe('ACTIVE');
    expect((await call(twin, 'POST', `/v1/servers/${id}/start`)).status).toBe(409);
    expect((await call(twin, 'POST', `/v1/servers/${id}/stop`)).status).toBe(202);
    expect(await state()).toBe('STOPPING');
    twin.clock.advance(2_000);
    expect(await state()).toBe('SHUTOFF');
    expect((await call(twin, 'GET', `/v1/servers/${id}/interfaces`)).body.interfaces[0].port_state).toBe('DOWN');
    expect((await call(twin, 'POST', `/v1/servers/${id}/server-type`, { server_type: 's1v4m8' })).status).toBe(202);
    expect(await state()).toBe('RESIZE');
    twin.clock.advance(3_000);
    const resized = (await call(twin, 'GET', `/v1/servers/${id}`)).body;
    expect([resized.state, resized.server_type.id]).toEqual(['SHUTOFF', 's1v4m8']);
    expect((await call(twin, 'POST', `/v1/servers/${id}/reboot`, { reboot_type: 'HARD' })).status).toBe(202);
    expect(await state()).toBe('HARD_REBOOT');
    twin.clock.advance(3_000);
    expect(await state()).toBe('ACTIVE');
  });

  it('a locked server refuses actions with 409 until it is unlocked', async () => {
    expect((await call(twin, 'POST', `/v1/servers/${web01}/lock`)).status).toBe(202);
    expect((await call(twin, 'GET', `/v1/servers/${web01}`)).body.locked).toBe(true);
    expect((await call(twin, 'POST', `/v1/servers/${web01}/stop`)).status).toBe(409);
    expect((await call(twin, 'DELETE', `/v1/servers/${web01}`)).status).toBe(409);
    await call(twin, 'POST', `/v1/servers/${web01}/unlock`);
    expect((await call(twin, 'POST', `/v1/servers/${web01}/stop`)).status).toBe(202);
  });

  it('failNext: the next server ends ERROR, the next volume error, the next image killed', async () => {
    twin.failNext('volume');
    const volume = (await call(twin, 'POST', '/v1/volumes', { name: 'v', size: 10 })).body.id;
    twin.failNext('server');
    twin.failNext('image');
    const id = (await newServer(twin)).body.servers[0].id;
    const made = (await call(twin, 'POST', `/v1/servers/${web01}/images`, { image_name: 'golden' })).body.image_id;
    twin.clock.advance(5_000);
    expect((await call(twin, 'GET', `/v1/servers/${id}`)).body.state).toBe('ERROR');
    expect((await call(twin, 'GET', `/v1/volumes/${volume}`)).body.state).toBe('error');
    expect((await call(twin, 'GET', `/v1/images/${made}`)).body.status).toBe('killed');
  });

  it('a volume: creating → available; attached (attaching → in-use, on the server); extended; detached; deleted', async () => {
    const volume = (await call(twin, 'POST', '/v1/volumes', { name: 'data-2', size: 20 })).body;
    expect(volume).toMatchObject({ state: 'creating', size: 20, volume_type: 'SSD', servers: [] });
    expect(volume.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    twin.clock.advance(2_000);
    const show = async () => (await call(twin, 'GET', `/v1/volumes/${volume.id}`)).body;
    expect((await show()).state).toBe('available');
    const attached = await call(twin, 'POST', `/v1/volumes/${volume.id}/servers`, { server_id: web01 });
    expect(attached.body).toEqual({
      delete_on_termination: false,
      device: '/dev/vdc',
      server_id: web01,
      volume_id: volume.id,
    });
    expect((await show()).state).toBe('attaching');
    twin.clock.advance(1_000);
    expect((await show()).state).toBe('in-use');
    const onServer = (await call(twin, 'GET', `/v1/servers/${web01}`)).body.volumes.map((v: Body) => v.id);
    expect(onServer).toContain(volume.id);
    expect((await call(twin, 'PUT', `/v1/volumes/${volume.id}/size`, { size: 40 })).body).toMatchObject({
      state: 'extending',
      size: 40,
    });
    twin.clock.advance(2_000);
    expect((await show()).state).toBe('in-use');
    expect((await call(twin, 'DELETE', `/v1/volumes/${volume.id}`)).status).toBe(409);
    await call(twin, 'DELETE', `/v1/volumes/${volume.id}/servers/${web01}`);
    twin.clock.advance(1_000);
    expect((await show()).state).toBe('available');
    expect((await call(twin, 'DELETE', `/v1/volumes/${volume.id}`)).status).toBe(202);
    expect((await show()).state).toBe('deleting');
    twin.clock.advance(1_000);
    expect((await call(twin, 'GET', `/v1/volumes/${volume.id}`)).status).toBe(400);
  });

  it('a snapshot: creating → available; a volume from it; deleted over time', async () => {
    const refused = await call(twin, 'POST', '/v1/snapshots', { name: 'nightly', volume_id: dataVolume });
    expect(refused.body[0]).toMatchObject({ loc: ['body', 'force'] });
    const made = (await call(twin, 'POST', '/v1/snapshots', { name: 'nightly', volume_id: dataVolume, force: true }))
      .body;
    expect(made).toMatchObject({ status: 'creating', size: 200, volume_id: dataVolume });
    expect(made.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    twin.clock.advance(2_000);
    expect((await call(twin, 'GET', `/v1/snapshots/${made.id}`)).body.status).toBe('available');
    const listed = (await call(twin, 'GET', `/v1/snapshots?volume_id=${dataVolume}`)).body.snapshots;
    expect(listed.map((s: Body) => s.id)).toContain(made.id);
    const volume = await call(twin, 'POST', '/v1/volumes', { name: 'restored', size: 200, snapshot_id: made.id });
    expect(volume.body.snapshot_id).toBe(made.id);
    expect((await call(twin, 'DELETE', `/v1/snapshots/${made.id}`)).status).toBe(202);
    twin.clock.advance(1_000);
    expect((await call(twin, 'GET', `/v1/snapshots/${made.id}`)).status).toBe(400);
  });

  it('an image: queued → saving → active, with its size, and among the pending images only until then', async () => {
    const made = (
      await call(twin, 'POST', '/v1/images', {
        name: 'alma-9',
        os_distro: 'alma',
        url: 'https://object-store.kr-west1.e.samsungsdscloud.com/images/alma-9.qcow2',
        min_disk: 20,
      })
    ).body;
    expect(made).toMatchObject({ status: 'queued', name: 'alma-9', visibility: 'private', size: null });
    expect((await call(twin, 'GET', '/v1/pending-images')).body.images.map((i: Body) => i.id)).toContain(made.id);
    twin.clock.advance(1_000);
    expect((await call(twin, 'GET', `/v1/images/${made.id}`)).body.status).toBe('saving');
    twin.clock.advance(2_000);
    const active = (await call(twin, 'GET', `/v1/images/${made.id}`)).body;
    expect(active.status).toBe('active');
    expect(active.size).toBeGreaterThan(0);
    expect((await call(twin, 'GET', '/v1/pending-images')).body.images.map((i: Body) => i.id)).not.toContain(made.id);
  });
});

describe('SCP twin: relations', () => {
  it('a server is made of what it names: a port in its subnet, a boot volume, its security groups, its server group', async () => {
    const serverGroup = (await call(twin, 'POST', '/v1/server-groups', { name: 'web', policy: 'anti-affinity' })).body;
    expect(serverGroup.members).toEqual([]);
    const id = (
      await newServer(twin, {
        security_groups: ['9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5a'],
        server_group_id: serverGroup.id,
        networks: [{ subnet_id: subnet, fixed_ip: '192.169.3.50' }],
      })
    ).body.servers[0].id;
    const shown = (await call(twin, 'GET', `/v1/servers/${id}`)).body;
    expect(shown.addresses).toEqual([
      { subnet_name: 'subnetweb', ip_addresses: [{ ip_address: '192.169.3.50', version: 4 }] },
    ]);
    expect(shown.security_groups).toEqual([{ name: 'sg-db' }]);
    expect(shown.volumes).toEqual([{ id: expect.any(String), delete_on_termination: true }]);
    expect((await call(twin, 'GET', `/v1/server-groups/${serverGroup.id}`)).body.members).toEqual([id]);
    // the address is taken: another server cannot have it
    expect((await newServer(twin, { networks: [{ subnet_id: subnet, fixed_ip: '192.169.3.50' }] })).status).toBe(409);
    // an unknown subnet, image or key pair is the create's 404
    expect((await newServer(twin, { networks: [{ subnet_id: '0'.repeat(32) }] })).status).toBe(404);
    expect((await newServer(twin, { keypair_name: 'nobody' })).status).toBe(404);
  });

  it("a server's security groups: attached, listed with their ingress rules, detached", async () => {
    const attached = await call(twin, 'POST', `/v1/servers/${web01}/security-groups`, {
      security_group_id: '9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5a',
    });
    expect(attached.status).toBe(202);
    const { security_groups } = (await call(twin, 'GET', `/v1/servers/${web01}/security-groups`)).body;
    expect(security_groups.map((g: Body) => g.name)).toEqual(['sg-web', 'sg-db']);
    expect(security_groups[0].rules.map((r: Body) => `${r.ip_protocol} ${r.from_port} ${r.ip_range.cidr}`)).toEqual([
      'tcp 443 0.0.0.0/0',
      'tcp 22 203.0.113.0/24',
    ]);
    await call(twin, 'DELETE', `/v1/servers/${web01}/security-groups/9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5a`);
    expect((await call(twin, 'GET', `/v1/servers/${web01}`)).body.security_groups).toEqual([{ name: 'sg-web' }]);
  });

  it('a deleted server takes its own ports and boot volume with it and lets go of its data volume and public IP', async () => {
    expect((await call(twin, 'DELETE', `/v1/servers/${web01}`)).status).toBe(202);
    expect((await call(twin, 'GET', `/v1/servers/${web01}`)).body.state).toBe('DELETING');
    twin.clock.advance(2_000);
    expect((await call(twin, 'GET', `/v1/servers/${web01}`)).status).toBe(404);
    expect(twin.get('volume', '9b3d7e21-4c5a-4f60-8e1d-2a3b4c5d6e7f')).toBeUndefined();
    expect(twin.get('volume', dataVolume)).toMatchObject({ state: 'available', servers: [] });
    expect(twin.get('publicip', '615fa9cd5cff486c9de679b3ce63e601')).toMatchObject({ state: 'RESERVED' });
    // the seed's port was made by the network service, not by the server: it stays, detached
    expect(twin.get('port', 'f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc')).toMatchObject({
      state: 'DOWN',
      attached_resource_id: '',
    });
  });

  it('an Auto-Scaling Group builds its servers from its launch configuration and scales them with its counts', async () => {
    const servers = async () =>
      (await call(twin, 'GET', `/v1/auto-scaling-groups/${group}/virtual-servers`)).body.servers.filter(
        (s: Body) => s.state !== 'DELETING',
      );
    expect(await servers()).toEqual([]);
    const scaled = await call(twin, 'PUT', `/v1/auto-scaling-groups/${group}/server-count`, {
      min_server_count: 1,
      desired_server_count: 3,
      max_server_count: 4,
    });
    expect(scaled.body).toMatchObject({ desired_server_count: 3, total_server_count: 3 });
    const built = await servers();
    expect(built.map((s: Body) => s.name)).toEqual([
      expect.stringMatching(/^web-[0-9a-f]{4}$/),
      expect.stringMatching(/^web-[0-9a-f]{4}$/),
      expect.stringMatching(/^web-[0-9a-f]{4}$/),
    ]);
    expect(built[0]).toMatchObject({
      auto_scaling_group_id: group,
      launch_configuration_id: 'b5aea5a675fc4f6b9e0fcd1288354c5f',
      lb_linked_state: 'ACTIVE',
    });
    expect(built[0].server_type.id).toBe('s1v2m4');
    expect(
      (await call(twin, 'GET', '/v1/launch-configurations/b5aea5a675fc4f6b9e0fcd1288354c5f')).body
        .auto_scaling_group_count,
    ).toBe(1);
    expect(
      (await call(twin, 'PUT', `/v1/auto-scaling-groups/${group}/server-count`, { desired_server_count: 9 })).status,
    ).toBe(400);
    await call(twin, 'PUT', `/v1/auto-scaling-groups/${group}/server-count`, { desired_server_count: 1 });
    expect(await servers()).toHaveLength(1);
    expect((await call(twin, 'DELETE', `/v1/auto-scaling-groups/${group}`)).status).toBe(204);
    twin.clock.advance(2_000);
    expect(twin.inspect('server').filter((s) => s.auto_scaling_group_id === group)).toEqual([]);
    // its policies went with it (SCP documents no 404 for the list: its 400 names the group)
    expect((await call(twin, 'GET', `/v1/auto-scaling-groups/${group}/policies`)).status).toBe(400);
  });

  it("an Auto-Scaling Group's policies live under it: made there, listed there, not found under another", async () => {
    const other = (
      await call(twin, 'POST', '/v1/auto-scaling-groups', {
        name: 'asg-batch',
        launch_configuration_id: 'b5aea5a675fc4f6b9e0fcd1288354c5f',
        subnet_ids: [subnet],
        server_name_prefix: 'batch',
        min_server_count: 0,
        desired_server_count: 0,
        max_server_count: 2,
        desired_server_count_editable: true,
      })
    ).body;
    expect(other.id).toMatch(/^[0-9a-f]{32}$/);
    const policy = (
      await call(twin, 'POST', `/v1/auto-scaling-groups/${other.id}/policies`, {
        name: 'mem-high',
        comparison_operator: 'gt',
        cooldown_seconds: 60,
        evaluation_minutes: 5,
        metric_method: 'MAX',
        metric_type: 'MEMORY',
        scale_method: 'AMOUNT',
        scale_type: 'SCALE_OUT',
        scale_value: 1,
        threshold: 80,
      })
    ).body;
    const names = async (id: string) =>
      (await call(twin, 'GET', `/v1/auto-scaling-groups/${id}/policies`)).body.policies.map((p: Body) => p.name);
    expect(await names(other.id)).toEqual(['mem-high']);
    expect(await names(group)).toEqual(['cpu-high']);
    expect((await call(twin, 'GET', `/v1/auto-scaling-groups/${group}/policies/${policy.id}`)).status).toBe(404);
    expect((await call(twin, 'GET', `/v1/auto-scaling-groups/${other.id}/policies/${policy.id}`)).body.threshold).toBe(
      80,
    );
  });

  it('an image shared with an account: members after sharing, accepted by it', async () => {
    expect((await call(twin, 'POST', `/v1/images/${image}/members`, { member_id: 'acct-2' })).status).toBe(409);
    expect((await call(twin, 'POST', `/v1/images/${image}/share`)).status).toBe(202);
    const member = await call(twin, 'POST', `/v1/images/${image}/members`, { member_id: 'acct-2' });
    expect(member.body).toMatchObject({ image_id: image, member_id: 'acct-2', status: 'pending' });
    await call(twin, 'PUT', `/v1/images/${image}/members/acct-2`, { status: 'accepted' });
    expect((await call(twin, 'GET', `/v1/images/${image}/members`)).body.members).toEqual([
      expect.objectContaining({ member_id: 'acct-2', status: 'accepted' }),
    ]);
  });

  it('a key pair made by the twin: an Ed25519 key whose private half is shown once, the same for a seed', async () => {
    const made = (await call(twin, 'POST', '/v1/keypairs', { name: 'ci' })).body;
    expect(made.public_key).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]+=* ci$/);
    expect(made.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(made.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const shown = (await call(twin, 'GET', '/v1/keypairs/ci')).body;
    expect(shown).toMatchObject({ name: 'ci', fingerprint: made.fingerprint, id: 4188 });
    expect(shown).not.toHaveProperty('private_key');
    const again = await createTwin('scp', { clock: 'manual' });
    expect((await call(again, 'POST', '/v1/keypairs', { name: 'ci' })).body.public_key).toBe(made.public_key);
    const own = await call(twin, 'POST', '/v1/keypairs', { name: 'mine', public_key: 'ssh-rsa not-a-key' });
    expect(own.body[0]).toMatchObject({ loc: ['body', 'public_key'] });
  });
});

describe('SCP twin: Scp-Api-Version', () => {
  const version = (value: string) => ({ ...signed, 'scp-api-version': value });
  const createInterface = (value: string) =>
    call(twin, 'POST', `/v1/servers/${web01}/interfaces`, { subnet_id: subnet }, version(value));

  it('a version the operation documents is served unless DEPRECATED past its Not Before date', async () => {
    expect((await createInterface('virtualserver 1.3')).status).toBe(200);
    expect((await createInterface('virtualserver 1.2')).status).toBe(200); // SUPPORTED until 2026-08-31
    const expired = await createInterface('virtualserver 1.0');
    expect(expired.status).toBe(400);
    expect(expired.body[0]).toMatchObject({ loc: ['header', 'Scp-Api-Version'] });
    expect(expired.body[0].msg).toBe(
      'virtualserver 1.0 of this operation is DEPRECATED and no longer supported since 2025-12-31; it supports virtualserver 1.3 (CURRENT), virtualserver 1.2 (SUPPORTED)',
    );
  });

  it("the twin's date decides: before its Not Before date a DEPRECATED version is still served", async () => {
    const early = await createTwin('scp', { clock: { mode: 'manual', start: Date.parse('2026-05-01T00:00:00Z') } });
    const answer = await call(
      early,
      'POST',
      `/v1/servers/${web01}/interfaces`,
      { subnet_id: subnet },
      version('virtualserver 1.1'),
    );
    expect(answer.status).toBe(200);
  });

  it('a version newer than the document is served as its newest; an older one, or another service, is refused', async () => {
    expect((await call(twin, 'GET', '/v1/servers', undefined, version('virtualserver 1.4'))).status).toBe(200);
    const old = await call(twin, 'GET', '/v1/servers', undefined, version('virtualserver 0.9'));
    expect(old.body[0].msg).toBe(
      'virtualserver 0.9 is not a version of this operation; it supports virtualserver 1.0 (CURRENT)',
    );
    expect((await call(twin, 'GET', '/v1/servers', undefined, version('vpc 1.0'))).status).toBe(400);
  });
});

describe('SCP twin: the vpc and security-group services on the same twin (issue 23)', () => {
  it('an internet gateway: one per VPC, ACTIVE with its VPC named, listed by VPC, updated, deleted', async () => {
    const vpc = await call(twin, 'POST', '/v1/vpcs', { name: 'vpcedge', cidr: '10.40.0.0/16', tags: [] });
    expect(vpc.status).toBe(201);
    const vpcId = vpc.body.vpc.id;
    twin.clock.advance(2_000);
    const created = await call(twin, 'POST', '/v1/internet-gateways', { type: 'IGW', vpc_id: vpcId });
    expect(created.status).toBe(202);
    const gateway = created.body.internet_gateway;
    expect(gateway).toMatchObject({ state: 'ACTIVE', type: 'IGW', vpc_id: vpcId, vpc_name: 'vpcedge' });
    // a second one for the same VPC is refused (no 409 documented: its 400)
    expect((await call(twin, 'POST', '/v1/internet-gateways', { type: 'IGW', vpc_id: vpcId })).status).toBe(400);
    const listed = await call(twin, 'GET', `/v1/internet-gateways?vpc_id=${vpcId}`);
    expect(listed.body.internet_gateways.map((g: Body) => g.id)).toEqual([gateway.id]);
    const set = await call(twin, 'PUT', `/v1/internet-gateways/${gateway.id}`, { description: 'edge' });
    expect(set.status).toBe(200);
    expect((await call(twin, 'GET', `/v1/internet-gateways/${gateway.id}`)).body.internet_gateway.description).toBe(
      'edge',
    );
    expect((await call(twin, 'DELETE', `/v1/internet-gateways/${gateway.id}`)).status).toBe(202);
    expect((await call(twin, 'GET', `/v1/internet-gateways/${gateway.id}`)).status).toBe(404);
    expect(twin.violations()).toEqual([]);
  });

  it('a NAT gateway holds its public IP (ATTACHED, NAT_GW) until it is deleted; an IP held already is refused', async () => {
    const reserved = 'a7c3e1f9b5d24e6a8c0e2f4a6b8d0c1e';
    expect((await call(twin, 'GET', `/v1/publicips/${reserved}`)).body.publicip.state).toBe('RESERVED');
    const created = await call(twin, 'POST', '/v1/nat-gateways', { subnet_id: subnet, publicip_id: reserved });
    expect(created.status).toBe(202);
    const gateway = created.body.nat_gateway;
    expect(gateway).toMatchObject({
      state: 'ACTIVE',
      subnet_id: subnet,
      subnet_name: 'subnetweb',
      vpc_name: 'vpc-web',
    });
    const held = (await call(twin, 'GET', `/v1/publicips/${reserved}`)).body.publicip;
    expect(held).toMatchObject({
      state: 'ATTACHED',
      attached_resource_type: 'NAT_GW',
      attached_resource_id: gateway.id,
    });
    expect(gateway.nat_gateway_ip_address).toBe(held.ip_address);
    const again = await call(twin, 'POST', '/v1/nat-gateways', { subnet_id: subnet, publicip_id: reserved });
    expect(again.status).toBe(400);
    expect((await call(twin, 'DELETE', `/v1/nat-gateways/${gateway.id}`)).status).toBe(202);
    expect((await call(twin, 'GET', `/v1/publicips/${reserved}`)).body.publicip.state).toBe('RESERVED');
    expect(twin.violations()).toEqual([]);
  });

  it('a VPC peering: CREATING for 2 s, then ACTIVE; listed, shown, changed; its routing rule; DELETING, then 404', async () => {
    const vpc = await call(twin, 'POST', '/v1/vpcs', { name: 'vpcedge', cidr: '10.40.0.0/16', tags: [] });
    const edge = vpc.body.vpc.id;
    twin.clock.advance(2_000);
    const created = await call(twin, 'POST', '/v1/vpc-peerings', {
      name: 'edgetodb',
      requester_vpc_id: edge,
      approver_vpc_id: vpcDb,
    });
    expect(created.status).toBe(202);
    const peering = created.body.vpc_peering;
    expect(peering).toMatchObject({
      state: 'CREATING',
      account_type: 'SAME',
      requester_vpc_name: 'vpcedge',
      approver_vpc_name: 'vpc-db',
    });
    // a rule waits for the peering to be ACTIVE (no 409 documented: its 400)
    const early = await call(twin, 'POST', `/v1/vpc-peerings/${peering.id}/routing-rules`, {
      destination_cidr: '192.170.0.0/16',
      destination_vpc_type: 'APPROVER_VPC',
    });
    expect(early.status).toBe(400);
    twin.clock.advance(2_000);
    const listed = await call(twin, 'GET', `/v1/vpc-peerings?requester_vpc_id=${edge}`);
    expect(listed.body).toMatchObject({ count: 1, page: 0, size: 20 });
    expect(listed.body.vpc_peerings.map((p: Body) => [p.id, p.state])).toEqual([[peering.id, 'ACTIVE']]);
    const set = await call(twin, 'PUT', `/v1/vpc-peerings/${peering.id}`, { description: 'edge to db' });
    expect(set.status).toBe(200);
    expect((await call(twin, 'GET', `/v1/vpc-peerings/${peering.id}`)).body.vpc_peering.description).toBe('edge to db');

    // a routing rule: only a range inside the VPC it goes to, once
    const check = await call(
      twin,
      'GET',
      `/v1/vpc-peerings/${peering.id}/routing-rules/destination-cidr-availabilities?destination_vpc_type=APPROVER_VPC&destination_cidr=10.0.0.0/16`,
    );
    expect(check.body.destination_cidr_availabilities[0]).toMatchObject({ available: false });
    const rule = await call(twin, 'POST', `/v1/vpc-peerings/${peering.id}/routing-rules`, {
      destination_cidr: '192.170.0.0/16',
      destination_vpc_type: 'APPROVER_VPC',
    });
    expect(rule.status).toBe(202);
    expect(rule.body.vpc_peering_rule).toMatchObject({
      state: 'CREATING',
      source_vpc_id: edge,
      destination_vpc_id: vpcDb,
      vpc_peering_id: peering.id,
    });
    twin.clock.advance(2_000);
    const rules = await call(twin, 'GET', `/v1/vpc-peerings/${peering.id}/routing-rules`);
    expect(rules.body.vpc_peering_rules.map((r: Body) => [r.id, r.state])).toEqual([
      [rule.body.vpc_peering_rule.id, 'ACTIVE'],
    ]);
    // the seed's peering keeps its own rule apart
    expect((await call(twin, 'GET', `/v1/vpc-peerings/${webToDb}/routing-rules`)).body.count).toBe(1);
    const ruleId = rule.body.vpc_peering_rule.id;
    expect((await call(twin, 'DELETE', `/v1/vpc-peerings/${webToDb}/routing-rules/${ruleId}`)).status).toBe(404);

    // a VPC that is in a peering cannot be deleted
    expect((await call(twin, 'DELETE', `/v1/vpcs/${edge}`)).status).toBe(409);
    expect((await call(twin, 'DELETE', `/v1/vpc-peerings/${peering.id}`)).status).toBe(202);
    expect((await call(twin, 'GET', `/v1/vpc-peerings/${peering.id}`)).body.vpc_peering.state).toBe('DELETING');
    twin.clock.advance(2_000);
    expect((await call(twin, 'GET', `/v1/vpc-peerings/${peering.id}`)).status).toBe(404);
    expect(twin.inspect('vpc_peering_rule').map((r) => r.id)).not.toContain(ruleId);
    expect((await call(twin, 'DELETE', `/v1/vpcs/${edge}`)).status).toBe(204);
    expect(twin.violations()).toEqual([]);
  });

  it('a VPC peering joins two VPCs the account holds, once, and never overlapping ranges', async () => {
    const unknown = await call(twin, 'POST', '/v1/vpc-peerings', {
      name: 'nowhere',
      requester_vpc_id: vpcWeb,
      approver_vpc_id: '0123456789abcdef0123456789abcdef',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body[0]).toMatchObject({ loc: ['body', 'approver_vpc_id'], type_: 'value_error.not_found' });
    // vpc-web and vpc-db are peered already (the seed's webtodb), in either direction
    const again = await call(twin, 'POST', '/v1/vpc-peerings', {
      name: 'dbtoweb',
      requester_vpc_id: vpcDb,
      approver_vpc_id: vpcWeb,
    });
    expect(again.status).toBe(400);
    const overlapping = await call(twin, 'POST', '/v1/vpcs', { name: 'vpcwide', cidr: '192.168.0.0/14', tags: [] });
    expect(overlapping.status).toBe(400); // VPCs never overlap, so a peering's ranges cannot either
    const check = await call(twin, 'GET', `/v1/vpc-peerings/peering-availabilities?requester_vpc_id=${vpcWeb}`);
    expect(check.body).toMatchObject({
      count: 1,
      vpc_peering_availability: [{ approver_vpc_id: vpcDb, available: false }],
    });
    expect(twin.violations()).toEqual([]);
  });

  it('a transit gateway: CREATING → ACTIVE; VPCs connect to it, its rules route their ranges; refused while connected', async () => {
    const created = await call(twin, 'POST', '/v1/transit-gateways', { name: 'tgwedge', description: 'edge' });
    expect(created.status).toBe(202);
    const gateway = created.body.transit_gateway;
    expect(gateway).toMatchObject({ state: 'CREATING', name: 'tgwedge', account_id: expect.any(String) });
    twin.clock.advance(2_000);
    const listed = await call(twin, 'GET', '/v1/transit-gateways?state=ACTIVE&size=1&page=1');
    expect(listed.body).toMatchObject({ count: 2, page: 1, size: 1 });
    const all = await call(twin, 'GET', '/v1/transit-gateways?name=tgwedge');
    expect(all.body.transit_gateways.map((g: Body) => [g.id, g.state])).toEqual([[gateway.id, 'ACTIVE']]);
    expect((await call(twin, 'PUT', `/v1/transit-gateways/${gateway.id}`, { description: 'hub' })).status).toBe(200);
    expect((await call(twin, 'GET', `/v1/transit-gateways/${gateway.id}`)).body.transit_gateway.description).toBe(
      'hub',
    );

    // a VPC connects once; a rule needs its connection ACTIVE and a range inside the VPC
    const base = `/v1/transit-gateways/${gateway.id}`;
    const connected = await call(twin, 'POST', `${base}/vpc-connections`, { vpc_id: vpcDb });
    expect(connected.status).toBe(202);
    const connection = connected.body.transit_gateway_vpc_connection;
    expect(connection).toMatchObject({
      state: 'CREATING',
      vpc_id: vpcDb,
      vpc_name: 'vpc-db',
      transit_gateway_id: gateway.id,
    });
    expect((await call(twin, 'POST', `${base}/vpc-connections`, { vpc_id: vpcDb })).status).toBe(400);
    const toDb = { destination_cidr: '192.170.0.0/16', destination_type: 'VPC', tgw_connection_vpc_id: vpcDb };
    expect((await call(twin, 'POST', `${base}/routing-rules`, toDb)).status).toBe(400); // still CREATING
    twin.clock.advance(2_000);
    const outside = await call(
      twin,
      'GET',
      `${base}/routing-rules/destination-cidr-availabilities?connected_vpc_id=${vpcDb}&destination_type=VPC&destination_cidr=10.9.0.0/16`,
    );
    expect(outside.body.destination_cidr_availabilities[0]).toMatchObject({ available: false });
    const rule = await call(twin, 'POST', `${base}/routing-rules`, toDb);
    expect(rule.status).toBe(202);
    expect(rule.body.transit_gateway_rule).toMatchObject({
      state: 'CREATING',
      source_type: 'TGW',
      source_resource_id: gateway.id,
      destination_resource_id: vpcDb,
      tgw_connection_vpc_name: 'vpc-db',
    });
    twin.clock.advance(2_000);
    const rules = await call(twin, 'GET', `${base}/routing-rules?destination_type=VPC`);
    expect(rules.body.transit_gateway_rules.map((r: Body) => [r.id, r.state])).toEqual([
      [rule.body.transit_gateway_rule.id, 'ACTIVE'],
    ]);
    const connections = await call(twin, 'GET', `${base}/vpc-connections`);
    expect(connections.body.transit_gateway_vpc_connections.map((c: Body) => c.id)).toEqual([connection.id]);

    // connected, neither the gateway nor the VPC can be deleted (the spec's 409)
    expect((await call(twin, 'DELETE', base)).status).toBe(409);
    const spare = await call(twin, 'POST', '/v1/vpcs', { name: 'vpcspare', cidr: '10.50.0.0/16', tags: [] });
    twin.clock.advance(2_000);
    await call(twin, 'POST', `${base}/vpc-connections`, { vpc_id: spare.body.vpc.id });
    twin.clock.advance(2_000);
    expect((await call(twin, 'DELETE', `/v1/vpcs/${spare.body.vpc.id}`)).status).toBe(409);

    // disconnecting takes the VPC's rules with it; then the gateway goes, DELETING, then 404
    expect((await call(twin, 'DELETE', `${base}/vpc-connections/${connection.id}`)).status).toBe(202);
    const spareConnection = (await call(twin, 'GET', `${base}/vpc-connections?vpc_name=vpcspare`)).body
      .transit_gateway_vpc_connections[0];
    expect((await call(twin, 'DELETE', `${base}/vpc-connections/${spareConnection.id}`)).status).toBe(202);
    expect((await call(twin, 'GET', `${base}/routing-rules`)).body.transit_gateway_rules[0].state).toBe('DELETING');
    twin.clock.advance(2_000);
    expect((await call(twin, 'GET', `${base}/routing-rules`)).body.count).toBe(0);
    expect((await call(twin, 'DELETE', base)).status).toBe(202);
    twin.clock.advance(2_000);
    expect((await call(twin, 'GET', base)).status).toBe(404);
    // the seed's hub keeps its own connections and rule
    expect((await call(twin, 'GET', `/v1/transit-gateways/${hub}/vpc-connections`)).body.count).toBe(2);
    expect(twin.violations()).toEqual([]);
  });

  it('a VPC endpoint: at a free address of a VPC_ENDPOINT subnet, one per service and VPC; CREATING → ACTIVE → DELETING → 404', async () => {
    const vpc = await call(twin, 'POST', '/v1/vpcs', { name: 'vpcedge', cidr: '10.40.0.0/16', tags: [] });
    const edge = vpc.body.vpc.id;
    twin.clock.advance(2_000);
    const made = await call(twin, 'POST', '/v1/subnets', {
      name: 'subnetedgeep',
      cidr: '10.40.9.0/28',
      type: 'VPC_ENDPOINT',
      vpc_id: edge,
    });
    const subnetId = made.body.subnet.id;
    twin.clock.advance(2_000);
    const services = await call(twin, 'GET', '/v1/vpc-endpoints/connectable-resources?resource_type=FS');
    const [service] = services.body.vpc_endpoint_connectable_resources;
    expect(service).toMatchObject({ resource_type: 'FS' });
    const request = { name: 'vpcefs', vpc_id: edge, subnet_id: subnetId, endpoint_ip_address: '10.40.9.5', ...service };
    const created = await call(twin, 'POST', '/v1/vpc-endpoints', request);
    expect(created.status).toBe(202);
    const endpoint = created.body.vpc_endpoint;
    expect(endpoint).toMatchObject({ state: 'CREATING', subnet_name: 'subnetedgeep', vpc_name: 'vpcedge' });
    // being made, it cannot be deleted yet (the spec's 409)
    expect((await call(twin, 'DELETE', `/v1/vpc-endpoints/${endpoint.id}`)).status).toBe(409);
    // its address is held in the subnet; the VPC has an endpoint for that service
    const address = await call(
      twin,
      'GET',
      `/v1/vpc-endpoints/vpc-endpoint-ip-availabilities?subnet_id=${subnetId}&endpoint_ip_address=10.40.9.5`,
    );
    expect(address.body.vpc_endpoint_ip_availability).toMatchObject({ available: false });
    const again = await call(twin, 'POST', '/v1/vpc-endpoints', { ...request, endpoint_ip_address: '10.40.9.6' });
    expect(again.status).toBe(400);
    expect(again.body[0]).toMatchObject({ loc: ['body', 'resource_key'] });
    twin.clock.advance(2_000);
    const listed = await call(twin, 'GET', `/v1/vpc-endpoints?vpc_id=${edge}&with_count=true`);
    expect(listed.body.count).toBe(1);
    expect(listed.body.vpc_endpoints.map((e: Body) => [e.id, e.state])).toEqual([[endpoint.id, 'ACTIVE']]);
    const set = await call(twin, 'PUT', `/v1/vpc-endpoints/${endpoint.id}`, { description: 'shares' });
    expect(set.body.vpc_endpoint.description).toBe('shares');
    expect((await call(twin, 'GET', `/v1/vpc-endpoints/${endpoint.id}`)).body.vpc_endpoint.description).toBe('shares');
    // its subnet and VPC are refused while it is there
    expect((await call(twin, 'DELETE', `/v1/subnets/${subnetId}`)).status).toBe(409);
    expect((await call(twin, 'DELETE', `/v1/vpcs/${edge}`)).status).toBe(409);
    expect((await call(twin, 'DELETE', `/v1/vpc-endpoints/${endpoint.id}`)).status).toBe(202);
    expect((await call(twin, 'GET', `/v1/vpc-endpoints/${endpoint.id}`)).body.vpc_endpoint.state).toBe('DELETING');
    twin.clock.advance(2_000);
    expect((await call(twin, 'GET', `/v1/vpc-endpoints/${endpoint.id}`)).status).toBe(404);
    expect((await call(twin, 'DELETE', `/v1/subnets/${subnetId}`)).status).toBe(202);
    expect(twin.violations()).toEqual([]);
  });

  it('a VPC endpoint sits in a VPC_ENDPOINT subnet of its own VPC, at an address in it', async () => {
    const endpoints = '5b0e9d8c7a6f4e3d2c1b0a9f8e7d6c5b';
    const request = {
      name: 'vpcescr',
      vpc_id: vpcWeb,
      subnet_id: subnet, // subnetweb is GENERAL
      endpoint_ip_address: '192.169.3.40',
      resource_type: 'SCR',
      resource_key: 'container-registry.private.kr-west1.e.samsungsdscloud.com',
      resource_info: 'Container Registry kr-west1',
    };
    const general = await call(twin, 'POST', '/v1/vpc-endpoints', request);
    expect([general.status, general.body[0]?.loc]).toEqual([400, ['body', 'subnet_id']]);
    const elsewhere = await call(twin, 'POST', '/v1/vpc-endpoints', {
      ...request,
      subnet_id: endpoints,
      vpc_id: vpcDb,
    });
    expect([elsewhere.status, elsewhere.body[0]?.loc]).toEqual([400, ['body', 'subnet_id']]);
    const outside = await call(twin, 'POST', '/v1/vpc-endpoints', { ...request, subnet_id: endpoints });
    expect([outside.status, outside.body[0]?.loc]).toEqual([400, ['body', 'endpoint_ip_address']]);
    const taken = await call(twin, 'POST', '/v1/vpc-endpoints', {
      ...request,
      subnet_id: endpoints,
      endpoint_ip_address: '192.169.4.10', // vpce-obs's
    });
    expect([taken.status, taken.body[0]?.loc]).toEqual([400, ['body', 'endpoint_ip_address']]);
    const made = await call(twin, 'POST', '/v1/vpc-endpoints', {
      ...request,
      subnet_id: endpoints,
      endpoint_ip_address: '192.169.4.11',
    });
    expect(made.status).toBe(202);
    expect(twin.violations()).toEqual([]);
  });

  it('the limits showMaxCount reports are the ones a create meets: a sixth VPC, a fourth subnet in a VPC', async () => {
    const limit = async (name: string) =>
      (await call(twin, 'GET', `/v1/vpcs/check-max-count?config_name=${name}`)).body.max_count;
    expect(await limit('VPC.PROJECT.MAX')).toBe(5);
    expect(await limit('SUBNET.VPC.MAX')).toBe(3);
    // vpc-web holds two subnets: one more, then the limit
    const third = await call(twin, 'POST', '/v1/subnets', {
      name: 'subnetapp',
      cidr: '192.169.5.0/24',
      type: 'GENERAL',
      vpc_id: vpcWeb,
    });
    expect(third.status).toBe(202);
    const fourth = await call(twin, 'POST', '/v1/subnets', {
      name: 'subnetjobs',
      cidr: '192.169.6.0/24',
      type: 'GENERAL',
      vpc_id: vpcWeb,
    });
    expect(fourth.status).toBe(400);
    expect(fourth.body[0]).toMatchObject({
      type_: 'value_error.quota',
      msg: expect.stringContaining('SUBNET.VPC.MAX'),
    });
    for (const n of [1, 2, 3]) {
      const made = await call(twin, 'POST', '/v1/vpcs', { name: `vpcmore${n}`, cidr: `10.${n}.0.0/16`, tags: [] });
      expect(made.status).toBe(201);
    }
    const sixth = await call(twin, 'POST', '/v1/vpcs', { name: 'vpcmore4', cidr: '10.4.0.0/16', tags: [] });
    expect(sixth.body[0]).toMatchObject({
      type_: 'value_error.quota',
      msg: expect.stringContaining('VPC.PROJECT.MAX'),
    });
    expect(twin.violations()).toEqual([]);
  });

  it('internet gateway lookups follow the state: the VPCs without one, the kinds a create takes', async () => {
    const types = await call(twin, 'GET', '/v1/internet-gateways/creatable-types');
    expect(types.body.creatable_types).toEqual(['IGW', 'GGW']);
    const before = await call(twin, 'GET', '/v1/internet-gateways/creatable-vpcs');
    expect(before.body.creatable_vpcs).toEqual([{ vpc_id: vpcDb, vpc_name: 'vpc-db' }]); // vpc-web has one
    const sigw = await call(twin, 'POST', '/v1/internet-gateways', { type: 'SIGW', vpc_id: vpcDb });
    expect([sigw.status, sigw.body[0]?.loc]).toEqual([400, ['body', 'type']]);
    expect((await call(twin, 'POST', '/v1/internet-gateways', { type: 'GGW', vpc_id: vpcDb })).status).toBe(202);
    const after = await call(twin, 'GET', `/v1/internet-gateways/creatable-vpcs?vpc_id=${vpcDb}`);
    expect(after.body.creatable_vpcs).toEqual([]);
    expect(twin.violations()).toEqual([]);
  });

  it('a private NAT: its description changed; a range checked against the other private NATs of its Direct Connect', async () => {
    const nat = 'd2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a';
    const office = '6a7b8c9d0e1f4a2b3c4d5e6f7a8b9c0d';
    const set = await call(twin, 'PUT', `/v1/private-nats/${nat}`, { description: 'head office' });
    expect(set.status).toBe(200);
    expect(set.body.private_nat).toMatchObject({ id: nat, description: 'head office', name: 'pnat-office' });
    expect((await call(twin, 'GET', `/v1/private-nats/${nat}`)).body.private_nat.description).toBe('head office');
    expect((await call(twin, 'PUT', '/v1/private-nats/0123456789abcdef0123456789abcdef', {})).status).toBe(404);
    const check = (cidr: string, connect = office) =>
      call(twin, 'GET', `/v1/private-nats/private-nat-cidr-availabilities?direct_connect_id=${connect}&cidr=${cidr}`);
    expect((await check('10.100.0.0/29')).body.private_nat_cidr_availability).toMatchObject({ available: false });
    expect((await check('10.100.0.16/28')).body.private_nat_cidr_availability).toMatchObject({ available: true });
    const other = await check('10.100.0.0/29', '0123456789abcdef0123456789abcdef');
    expect(other.body.private_nat_cidr_availability).toMatchObject({ available: true });
    expect(twin.violations()).toEqual([]);
  });
});
