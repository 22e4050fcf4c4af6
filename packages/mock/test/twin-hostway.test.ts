/**
 * The Hostway twin by plain requests to `twin.fetch` (no client): its state in both URI forms, the server's
 * lifecycle and actions with the refusals each action's page documents, flexible IPs in a server's addresses,
 * firewall groups and rules, volume attachments, Hostway's pagination (`links`, 303), its accounts, and its error
 * forms. The flows through the resource client are in packages/hostway-client/test/twin-flows.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTwin, type Twin } from '../src/twin/index.js';
import { twinCaller } from './support/twin-call.js';

const auth = { authorization: `Basic ${Buffer.from('user:secret').toString('base64')}` };
const API = 'https://api.hostway.com/accounts/smith1234/flexcloud';

const call = twinCaller(auth);

const newServer = (name = 'web01', extra: Record<string, unknown> = {}) => ({
  server: {
    name,
    imageRef: `${API}/images/test_public_image/`,
    flavorRef: `${API}/flavors/1/`,
    securityGroupRef: `${API}/os-security-groups/group2012Nov02_jD6NX8BsK/`,
    zone: 'AUS001',
    ...extra,
  },
});

/** Creates a server and moves the clock past its build: ACTIVE. */
async function activeServer(twin: Twin, name = 'web01'): Promise<string> {
  const created = await call(twin, 'POST', '/servers', newServer(name));
  twin.clock.advance(5_000);
  return created.body.server.id as string;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

let twin: Twin;
beforeEach(async () => {
  twin = await createTwin('hostway', { clock: 'manual' });
});

describe('Hostway twin: servers', () => {
  it('createServer: 202 BUILD with its Location, the same server in both URI forms, progress 0 → 50 → ACTIVE', async () => {
    const created = await call(twin, 'POST', '/servers', newServer());
    expect(created.status).toBe(202);
    const server = created.body.server;
    expect(server).toMatchObject({ id: '168', name: 'web01', status: 'BUILD', progress: 0, hostId: '', created: '' });
    expect(server.adminPass).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(created.headers.get('location')).toBe(`${API}/servers/168/`);
    expect(server.links).toEqual([{ href: `${API}/servers/168/`, rel: 'self' }]);
    expect(server.image).toMatchObject({ id: 'test_public_image', name: 'CentOS 5 Plesk' });
    expect(server.flavor).toMatchObject({ id: '1', name: 'Small' });
    expect(server.accessIPv4).toBe(server.addresses.public[0].addr);

    const long = await call(twin, 'GET', '/accounts/smith1234/flexcloud/servers/168');
    const short = await call(twin, 'GET', '/servers/168');
    expect(long.body).toEqual(short.body);
    expect(short.body.server).not.toHaveProperty('adminPass');

    twin.clock.advance(2_500);
    expect((await call(twin, 'GET', '/servers/168')).body.server).toMatchObject({ status: 'BUILD', progress: 50 });
    twin.clock.advance(2_500);
    const active = (await call(twin, 'GET', '/servers/168')).body.server;
    expect(active).toMatchObject({ status: 'ACTIVE', progress: 100 });
    expect(active.hostId).toMatch(/^host\d{3}-aus001\.hyperv\.hostway$/);
    expect(active.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(twin.violations()).toEqual([]);
  });

  it('listServers: a building server only under status=BUILD; ACTIVE, it is in the default list of both forms', async () => {
    await call(twin, 'POST', '/servers', newServer());
    expect(ids((await call(twin, 'GET', '/servers')).body.servers)).not.toContain('168');
    expect(ids((await call(twin, 'GET', '/servers?status=BUILD')).body.servers)).toEqual(['168']);
    twin.clock.advance(5_000);
    const short = await call(twin, 'GET', '/servers');
    const long = await call(twin, 'GET', '/accounts/smith1234/flexcloud/servers');
    expect(ids(short.body.servers)).toEqual(['167', 'test_server_0001', 'test_server_0002', '168']);
    expect(long.body).toEqual(short.body);
    // the plain list shows the summary, the detail list the whole server
    expect(Object.keys(short.body.servers[3]).sort()).toEqual(['id', 'links', 'zone']);
    const detail = await call(twin, 'GET', '/servers/detail?name=web01');
    expect(detail.body.servers).toHaveLength(1);
    expect(detail.body.servers[0]).toMatchObject({ id: '168', status: 'ACTIVE', name: 'web01' });
  });

  it('listServers filters: name, status, image (its URL), zone and region', async () => {
    const image = encodeURIComponent(`${API}/images/20GB_Ubuntu%2010.10%20x64%20R1soft/`);
    expect(ids((await call(twin, 'GET', `/servers?image=${image}`)).body.servers)).toEqual([
      'test_server_0001',
      'test_server_0002',
    ]);
    expect(ids((await call(twin, 'GET', '/servers?name=web-backend')).body.servers)).toEqual(['test_server_0002']);
    expect((await call(twin, 'GET', '/servers?zone=USOTE-2012-TAMPA')).body.servers).toEqual([]);
    expect((await call(twin, 'GET', '/servers?region=aus001.austin')).body.servers).toHaveLength(3);
    expect((await call(twin, 'GET', '/servers?status=STOPPED')).body.servers).toEqual([]);
  });

  it('createServer: the admin password asked for is the one answered', async () => {
    const created = await call(twin, 'POST', '/servers', newServer('web02', { adminPass: 'Initial-Passw0rd' }));
    expect(created.body.server.adminPass).toBe('Initial-Passw0rd');
    expect(twin.get('server', created.body.server.id)).not.toHaveProperty('adminPass');
  });

  it('createServer: a reference to nothing held is 400 computeFault naming it, and nothing is created', async () => {
    const refused = [
      newServer('x', { imageRef: `${API}/images/fake_image_id` }),
      newServer('x', { flavorRef: `${API}/flavors/99/` }),
      newServer('x', { securityGroupRef: `${API}/os-security-groups/nogroup/` }),
      newServer('x', { zone: 'NOWHERE' }),
      newServer('x', { imageRef: `${API}/images/133/` }),
    ];
    const messages: string[] = [];
    for (const body of refused) {
      const answer = await call(twin, 'POST', '/servers', body);
      expect(answer.status).toBe(400);
      messages.push(answer.body.computeFault.message);
    }
    expect(messages).toEqual([
      'Bad imageRef',
      'Bad flavorRef',
      'Bad securityGroupRef',
      'Bad zone: NOWHERE is no zone of account smith1234',
      'Bad imageRef: image 133 is SAVING',
    ]);
    expect(twin.inspect('server')).toHaveLength(3);
    expect(twin.violations()).toEqual([]);
  });

  it('updateServer renames; deleteServer removes it: itemNotFound in both forms, its flexible IP unbound, its volume detached', async () => {
    const id = await activeServer(twin);
    const renamed = await call(twin, 'PUT', `/accounts/smith1234/flexcloud/servers/${id}`, {
      server: { name: 'web01-renamed' },
    });
    expect(renamed.body.server).toMatchObject({ id, name: 'web01-renamed', status: 'ACTIVE' });
    await call(twin, 'POST', `/servers/${id}/action`, { addFloatingIp: { address: '203.0.113.25' } });
    await call(twin, 'POST', `/servers/${id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: 'hbs2012May08_61EfdIZ3Y', device: '/dev/xvdc' },
    });

    const deleted = await call(twin, 'DELETE', `/servers/${id}`);
    expect(deleted).toMatchObject({ status: 204, body: undefined });
    for (const target of [`/servers/${id}`, `/accounts/smith1234/flexcloud/servers/${id}`]) {
      const gone = await call(twin, 'GET', target);
      expect(gone.status).toBe(404);
      expect(gone.body.itemNotFound).toMatchObject({ code: 404, message: 'Resource not found' });
    }
    expect((await call(twin, 'GET', '/os-floating-ips/203.0.113.25')).body.floating_ip[0].instance_id).toBeNull();
    expect((await call(twin, 'GET', '/volumes/hbs2012May08_61EfdIZ3Y')).body.volume.attachments).toEqual([]);
    expect((await call(twin, 'DELETE', `/servers/${id}`)).status).toBe(404);
  });

  it('deleteServer while it builds: 409 conflict, and the server stays', async () => {
    const created = await call(twin, 'POST', '/servers', newServer());
    const refused = await call(twin, 'DELETE', `/servers/${created.body.server.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.conflict.message).toBe('Other status change in progress.');
    expect(twin.get('server', created.body.server.id)).toBeDefined();
  });

  it('server ids: the next number, never one handed out before (a deleted server’s id is not reused)', async () => {
    const first = await activeServer(twin);
    await call(twin, 'DELETE', `/servers/${first}`);
    const second = (await call(twin, 'POST', '/servers', newServer('again'))).body.server.id;
    expect([first, second]).toEqual(['168', '169']);
  });
});

describe('Hostway twin: server actions', () => {
  const act = (id: string, body: unknown) => call(twin, 'POST', `/servers/${id}/action`, body);
  const status = async (id: string) => (await call(twin, 'GET', `/servers/${id}`)).body.server.status;

  it('reboot: PROCESSING for 2 s, then ACTIVE; a second reboot meanwhile is 409 Already rebooting', async () => {
    expect(await act('167', { reboot: { type: 'SOFT' } })).toMatchObject({ status: 202, body: undefined });
    expect(await status('167')).toBe('PROCESSING');
    const again = await act('167', { reboot: { type: 'HARD' } });
    expect(again.status).toBe(409);
    expect(again.body.conflict.message).toBe('Already rebooting.');
    expect((await act('167', { 'os-stop': null })).body.conflict.message).toBe('Other status change in progress.');
    twin.clock.advance(2_000);
    expect(await status('167')).toBe('ACTIVE');
  });

  it('os-stop then os-start: ACTIVE → PROCESSING → STOPPED → PROCESSING → ACTIVE; each from the wrong state is 400', async () => {
    expect((await act('167', { 'os-start': null })).body.computeFault.message).toBe(
      'An error occurred: server 167 is ACTIVE.',
    );
    await act('167', { 'os-stop': null });
    twin.clock.advance(2_000);
    expect(await status('167')).toBe('STOPPED');
    expect((await call(twin, 'GET', '/servers?status=STOPPED')).body.servers.map((s: { id: string }) => s.id)).toEqual([
      '167',
    ]);
    expect((await act('167', { 'os-stop': {} })).status).toBe(400);
    expect((await act('167', { reboot: { type: 'HARD' } })).status).toBe(400);
    await act('167', { 'os-start': null });
    expect(await status('167')).toBe('PROCESSING');
    twin.clock.advance(2_000);
    expect(await status('167')).toBe('ACTIVE');
  });

  it('resize: PROCESSING for 4 s, then ACTIVE with the new flavor; same flavor 400, unknown flavor 404, stopped 403', async () => {
    expect((await act('167', { resize: { flavor: { id: '1' } } })).body.computeFault.message).toBe(
      'Server already uses this flavor.',
    );
    expect((await act('167', { resize: { flavor: { id: '99' } } })).body).toHaveProperty('itemNotFound');
    expect((await act('167', { resize: { flavor: { id: '6' } } })).status).toBe(202);
    twin.clock.advance(3_999);
    expect((await call(twin, 'GET', '/servers/167')).body.server).toMatchObject({
      status: 'PROCESSING',
      flavor: { id: '1' },
    });
    twin.clock.advance(1);
    expect((await call(twin, 'GET', '/servers/167')).body.server).toMatchObject({
      status: 'ACTIVE',
      flavor: { id: '6', name: 'Extra Large' },
    });
    await act('167', { 'os-stop': null });
    twin.clock.advance(2_000);
    const stopped = await act('167', { resize: { flavor: { id: '3' } } });
    expect(stopped.status).toBe(403);
    expect(stopped.body.forbidden.message).toBe('This server cannot be resized.');
  });

  it('an unknown server: 404 itemNotFound for a status change, 400 Server Not Found for the flexible IP actions', async () => {
    expect((await act('999', { reboot: { type: 'HARD' } })).status).toBe(404);
    const bind = await act('999', { addFloatingIp: { address: '203.0.113.25' } });
    expect(bind.status).toBe(400);
    expect(bind.body.computeFault.message).toBe('Server Not Found.');
  });

  it('failNext(server): the next build ends UNKNOWN; actions on it are 405; it can be deleted', async () => {
    twin.failNext('server');
    const created = await call(twin, 'POST', '/servers', newServer());
    const id = created.body.server.id;
    twin.clock.advance(5_000);
    expect(await status(id)).toBe('UNKNOWN');
    const refused = await act(id, { reboot: { type: 'HARD' } });
    expect(refused.status).toBe(405);
    expect(refused.body.computeFault.message).toContain('not supported');
    expect((await call(twin, 'DELETE', `/servers/${id}`)).status).toBe(204);
    // the failure was for one server: the next builds
    const next = await activeServer(twin, 'next');
    expect(await status(next)).toBe('ACTIVE');
  });
});

describe('Hostway twin: flexible IPs', () => {
  it('allocate → listed → bound: in the server’s addresses and its instance_id → unbound → released: itemNotFound', async () => {
    const id = await activeServer(twin);
    const allocated = await call(twin, 'POST', '/accounts/smith1234/flexcloud/os-floating-ips', { zone: 'AUS001' });
    expect(allocated.status).toBe(202);
    const ip = allocated.body.floating_ip;
    expect(ip).toMatchObject({ instance_id: null, fixed_ip: null, pool: 'default' });
    expect(ip.links).toEqual([{ href: `${API}/os-floating-ips/${ip.ip}/`, rel: 'self' }]);
    expect((await call(twin, 'GET', '/os-floating-ips')).body.floating_ips.map((i: { ip: string }) => i.ip)).toContain(
      ip.ip,
    );

    expect((await call(twin, 'POST', `/servers/${id}/action`, { addFloatingIp: { address: ip.ip } })).status).toBe(202);
    const bound = (await call(twin, 'GET', `/servers/${id}`)).body.server;
    expect(bound.addresses.public.map((a: { addr: string }) => a.addr)).toEqual([bound.accessIPv4, ip.ip]);
    expect((await call(twin, 'GET', `/os-floating-ips/${ip.ip}`)).body).toEqual({
      floating_ip: [{ ...ip, instance_id: id }],
    });

    await call(twin, 'POST', `/servers/${id}/action`, { removeFloatingIp: { address: ip.ip } });
    expect((await call(twin, 'GET', `/servers/${id}`)).body.server.addresses.public).toHaveLength(1);
    expect(await call(twin, 'DELETE', `/os-floating-ips/${ip.ip}`)).toMatchObject({ status: 202, body: undefined });
    const gone = await call(twin, 'GET', `/accounts/smith1234/flexcloud/os-floating-ips/${ip.ip}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toHaveProperty('itemNotFound');
  });

  it('binding refused as the pages say: another server’s address 403, before the build 409, not bound here 409, unknown 404', async () => {
    await call(twin, 'POST', '/servers/167/action', { addFloatingIp: { address: '203.0.113.25' } });
    const other = await activeServer(twin);
    const taken = await call(twin, 'POST', `/servers/${other}/action`, { addFloatingIp: { address: '203.0.113.25' } });
    expect(taken.status).toBe(403);
    expect(taken.body.forbidden.message).toBe(
      'The IP address specified is already assigned to another resource instance.',
    );
    const notHere = await call(twin, 'POST', `/servers/${other}/action`, {
      removeFloatingIp: { address: '203.0.113.25' },
    });
    expect(notHere.body.conflict.message).toBe('Invalid IP address.');
    const unknown = await call(twin, 'POST', `/servers/${other}/action`, { addFloatingIp: { address: '192.0.2.99' } });
    expect(unknown.status).toBe(404);
    const building = (await call(twin, 'POST', '/servers', newServer('b'))).body.server.id;
    const early = await call(twin, 'POST', `/servers/${building}/action`, {
      addFloatingIp: { address: '203.0.113.26' },
    });
    expect(early.status).toBe(409);
    expect(early.body.conflict.message).toBe('Server not provisioned.');
  });
});

describe('Hostway twin: firewall groups, volumes, flavors, images, zones', () => {
  it('a group and its rules: the rule shows in the group (strings in the single-group call, numbers in lists), its servers too', async () => {
    const group = (
      await call(twin, 'POST', '/os-security-groups', {
        securityGroup: { displayName: 'web servers', description: 'HTTP and HTTPS' },
      })
    ).body.securityGroup;
    expect(group.id).toMatch(/^group\d{4}[A-Z][a-z]{2}\d{2}_[A-Za-z0-9]{9}$/);
    expect(group).toMatchObject({ accountNumber: 'smith1234', rules: [], servers: [] });
    const rule = await call(twin, 'POST', '/os-security-group-rules', {
      securityGroupRule: { fromPort: 443, toPort: 443, protocol: 'TCP', cidr: '0.0.0.0/0', parentGroupId: group.id },
    });
    expect(rule.status).toBe(201);
    expect(rule.body.securityGroupRule).toMatchObject({ id: '170', parentGroupId: group.id, fromPort: 443 });
    const created = await call(
      twin,
      'POST',
      '/servers',
      newServer('web', {
        securityGroupRef: `${API}/os-security-groups/${group.id}/`,
      }),
    );
    const single = (await call(twin, 'GET', `/os-security-groups/${group.id}`)).body.securityGroup;
    expect(single.rules).toEqual([{ id: '170', fromPort: '443', toPort: '443', protocol: 'TCP', cidr: '0.0.0.0/0' }]);
    expect(single.servers).toEqual([created.body.server.id]);
    const listed = (await call(twin, 'GET', '/os-security-groups')).body.securityGroups;
    expect(listed.find((g: { id: string }) => g.id === group.id).rules[0].fromPort).toBe(443);

    expect((await call(twin, 'DELETE', '/os-security-group-rules/170')).status).toBe(204);
    expect((await call(twin, 'GET', `/os-security-groups/${group.id}`)).body.securityGroup.rules).toEqual([]);
    expect((await call(twin, 'DELETE', `/os-security-groups/${group.id}`)).status).toBe(204);
    expect((await call(twin, 'GET', `/os-security-groups/${group.id}`)).status).toBe(404);
    // the server no longer names a group that is gone
    expect((await call(twin, 'GET', `/servers/${created.body.server.id}`)).body.server).not.toHaveProperty(
      'securityGroup',
    );
  });

  it('a rule for a group the account lacks, or with fromPort above toPort: 400 Bad securityGroupRule', async () => {
    const rule = (parentGroupId: string, fromPort: number) => ({
      securityGroupRule: { fromPort, toPort: 80, protocol: 'TCP', cidr: '0.0.0.0/0', parentGroupId },
    });
    const unknown = await call(twin, 'POST', '/os-security-group-rules', rule('nogroup', 80));
    expect(unknown.status).toBe(400);
    expect(unknown.body.computeFault.message).toContain('Bad securityGroupRule');
    const backwards = await call(twin, 'POST', '/os-security-group-rules', rule('group2012Nov02_jD6NX8BsK', 90));
    expect(backwards.body.computeFault.message).toBe('Bad securityGroupRule: fromPort is above toPort');
  });

  it('volumes: attached shows on the server and the volume; attached twice 409; detached; an attachment not there 404', async () => {
    const id = await activeServer(twin);
    const attach = { volumeAttachment: { volumeId: 'hbs2012May08_61EfdIZ3Y', device: '/dev/xvdc' } };
    expect(await call(twin, 'POST', `/servers/${id}/os-volume_attachments`, attach)).toMatchObject({
      status: 200,
      body: undefined,
    });
    const attachment = { id: '2', serverId: id, volumeId: 'hbs2012May08_61EfdIZ3Y', device: '/dev/xvdc' };
    expect((await call(twin, 'GET', `/servers/${id}/os-volume_attachments`)).body.volumeAttachments).toEqual([
      attachment,
    ]);
    expect((await call(twin, 'GET', '/volumes/hbs2012May08_61EfdIZ3Y')).body.volume.attachments).toEqual([attachment]);
    const attached = await call(twin, 'GET', `/servers/${id}/os-volume_attachments/hbs2012May08_61EfdIZ3Y`);
    expect(attached.body.volume.id).toBe('hbs2012May08_61EfdIZ3Y');
    const twice = await call(twin, 'POST', `/servers/${id}/os-volume_attachments`, attach);
    expect(twice.status).toBe(409);
    expect(twice.body.conflict).toMatchObject({ message: 'VolumeAlreadyAttached' });
    expect((await call(twin, 'DELETE', `/servers/${id}/os-volume_attachments/hbs2012May08_61EfdIZ3Y`)).status).toBe(
      204,
    );
    expect((await call(twin, 'GET', `/servers/${id}/os-volume_attachments`)).body.volumeAttachments).toEqual([]);
    expect((await call(twin, 'DELETE', `/servers/${id}/os-volume_attachments/hbs2012May08_61EfdIZ3Y`)).status).toBe(
      404,
    );
    expect((await call(twin, 'DELETE', '/volumes/hbs2012May08_61EfdIZ3Y')).status).toBe(204);
    expect((await call(twin, 'GET', '/volumes/hbs2012May08_61EfdIZ3Y')).status).toBe(404);
  });

  it('flavors and images: the list filters (minRam, minDisk; name, status, type, zone)', async () => {
    const flavors = async (query: string) =>
      ids((await call(twin, 'GET', `/flavors/detail?${query}`)).body.flavors).sort();
    expect(await flavors('minRam=1000')).toEqual(['3', '6']);
    expect(await flavors('minDisk=50')).toEqual(['6']);
    const images = async (query: string) => ids((await call(twin, 'GET', `/images/detail?${query}`)).body.images);
    expect(await images('status=SAVING')).toEqual(['133']);
    expect(await images('type=SERVER')).toEqual(['133']);
    expect(await images('zone=USOTE-2012-TAMPA&status=ACTIVE')).toEqual([
      'test_public_image',
      '20GB_Ubuntu 10.10 x64 R1soft',
    ]);
    expect(await images('name=CentOS%205%20Plesk')).toEqual(['test_public_image']);
    expect((await call(twin, 'GET', '/images/20GB_Ubuntu%2010.10%20x64%20R1soft')).body.image.status).toBe('ACTIVE');
  });

  it('zones: keyed by the account number, in both forms', async () => {
    const short = await call(twin, 'GET', '/zone');
    expect(short.body).toEqual({
      smith1234: [
        { zone: 'AUS001', location: 'aus001.austin' },
        { zone: 'USOTE-2012-TAMPA', location: 'ote.2012.tampa' },
      ],
    });
    expect((await call(twin, 'GET', '/accounts/smith1234/flexcloud/zone')).body).toEqual(short.body);
  });
});

describe('Hostway twin: pagination and accounts', () => {
  it('page and pageSize: the slice with its self, previous, first, next and last links; past the last page 303 to the first', async () => {
    const second = await call(twin, 'GET', '/servers/detail?status=ACTIVE&page=2&pageSize=1');
    expect(ids(second.body.servers)).toEqual(['test_server_0001']);
    expect(second.body.links).toEqual([
      { rel: 'self', href: '/servers/detail?status=ACTIVE&page=2&pageSize=1' },
      { rel: 'previous', href: '/servers/detail?status=ACTIVE&page=1&pageSize=1' },
      { rel: 'first', href: '/servers/detail?status=ACTIVE&page=1&pageSize=1' },
      { rel: 'next', href: '/servers/detail?status=ACTIVE&page=3&pageSize=1' },
      { rel: 'last', href: '/servers/detail?status=ACTIVE&page=3&pageSize=1' },
    ]);
    const last = await call(twin, 'GET', '/servers/detail?status=ACTIVE&page=3&pageSize=1');
    expect(last.body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'previous', 'first']);
    const past = await call(twin, 'GET', '/servers/detail?status=ACTIVE&page=4&pageSize=1');
    expect(past.status).toBe(303);
    expect(past.headers.get('location')).toBe('/servers/detail?status=ACTIVE&page=1&pageSize=1');
  });

  it('an unpaged list of more than 100: 303 to its first page of 100; paged, it is all there', async () => {
    for (let i = 0; i < 100; i++) await call(twin, 'POST', '/os-floating-ips');
    const whole = await call(twin, 'GET', '/accounts/smith1234/flexcloud/os-floating-ips');
    expect(whole.status).toBe(303);
    expect(whole.headers.get('location')).toBe('/accounts/smith1234/flexcloud/os-floating-ips?page=1&pageSize=100');
    const page2 = await call(twin, 'GET', '/accounts/smith1234/flexcloud/os-floating-ips?page=2&pageSize=100');
    expect(page2.body.floating_ips).toHaveLength(2);
    expect(twin.violations()).toEqual([]);
  });

  it('an account number the twin does not hold: itemNotFound in the long form', async () => {
    for (const target of ['/accounts/nobody/flexcloud/servers', '/accounts/nobody/flexcloud/zone']) {
      const answer = await call(twin, 'GET', target);
      expect(answer.status).toBe(404);
      expect(answer.body).toHaveProperty('itemNotFound');
    }
    expect((await call(twin, 'POST', '/accounts/nobody/flexcloud/servers', newServer())).status).toBe(404);
    expect(twin.inspect('server')).toHaveLength(3);
  });

  it('a world of two accounts: each account’s servers apart, the short form is the first account', async () => {
    const world = twin.snapshot().store;
    const records = (resource: string) =>
      (world[resource] ?? []).map(({ record, parents }) => ({ ...record, $parents: parents }));
    twin.reset({
      account: [{ id: 'smith1234' }, { id: 'jones42' }],
      zone: [
        { id: 'smith1234/AUS001', zone: 'AUS001', location: 'aus001.austin', $parents: { account: 'smith1234' } },
        { id: 'jones42/AUS001', zone: 'AUS001', location: 'aus001.austin', $parents: { account: 'jones42' } },
      ],
      image: records('image'),
      flavor: records('flavor'),
      securityGroup: records('securityGroup'),
    });
    const theirs = await call(
      twin,
      'POST',
      '/accounts/jones42/flexcloud/servers',
      newServer('theirs', {
        securityGroupRef: undefined,
      }),
    );
    expect(theirs.status).toBe(202);
    expect(theirs.body.server.userId).toBe('jones42');
    twin.clock.advance(5_000);
    expect(ids((await call(twin, 'GET', '/accounts/jones42/flexcloud/servers')).body.servers)).toEqual([
      theirs.body.server.id,
    ]);
    expect((await call(twin, 'GET', '/servers')).body.servers).toEqual([]);
    expect((await call(twin, 'GET', `/servers/${theirs.body.server.id}`)).status).toBe(404);
    expect((await call(twin, 'GET', '/accounts/jones42/flexcloud/zone')).body).toEqual({
      jones42: [{ zone: 'AUS001', location: 'aus001.austin' }],
    });
  });

  it('a world of the user’s without accounts or zones: any account number is its one account, a server goes where it is asked', async () => {
    const store = twin.snapshot().store;
    const records = (resource: string) => (store[resource] ?? []).map(({ record }) => record);
    twin.reset({ image: records('image').map(({ zones: _, ...image }) => image), flavor: records('flavor') });
    const created = await call(
      twin,
      'POST',
      '/accounts/anyone/flexcloud/servers',
      newServer('bare', {
        securityGroupRef: undefined,
        zone: 'MARS001',
      }),
    );
    expect(created.status).toBe(202);
    expect(created.body.server).toMatchObject({ zone: 'MARS001' });
    expect(created.body.server).not.toHaveProperty('securityGroup');
    twin.clock.advance(5_000);
    expect(ids((await call(twin, 'GET', '/servers')).body.servers)).toEqual([created.body.server.id]);
    expect(twin.violations()).toEqual([]);
  });
});

describe('Hostway twin: its refusals', () => {
  it('unknown route 404 itemNotFound, a method the path lacks 405 computeFault with Allow', async () => {
    const unknown = await call(twin, 'GET', '/no/such/thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.message).toBe('No resource answers GET /no/such/thing.');
    const wrongMethod = await call(twin, 'PATCH', '/servers/167');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, PUT, DELETE');
    expect(wrongMethod.body.computeFault.code).toBe(405);
  });

  it('malformed JSON 400 computeFault, a body past maxBodyBytes 413 computeFault, and the twin keeps serving', async () => {
    const small = await createTwin('hostway', { clock: 'manual', maxBodyBytes: 1024 });
    const malformed = await call(small, 'POST', '/servers', '{"server": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.computeFault.message).toMatch(/^The request body is not valid JSON/);
    const huge = await call(small, 'POST', '/servers', { server: { name: 'x'.repeat(2048) } });
    expect(huge.status).toBe(413);
    expect(huge.body.computeFault.code).toBe(413);
    expect((await call(small, 'GET', '/servers')).status).toBe(200);
  });

  it('a request that breaks the spec: 400 computeFault with the violations; no credentials: 401 in plain text', async () => {
    const invalid = await call(twin, 'POST', '/servers', { server: { name: 'x' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.computeFault.message).toContain("must have required property 'imageRef'");
    expect(invalid.headers.get('sl-violations')).toContain('imageRef');
    const anonymous = await call(twin, 'GET', '/servers', undefined, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toBe('text/plain');
    expect(anonymous.body).toMatch(/^401 Unauthorized/);
  });

  it('rate limit: past it, 429 computeFault without Retry-After (Hostway documents none)', async () => {
    twin.setRateLimit({ limit: 2, windowMs: 60_000 });
    await call(twin, 'GET', '/servers');
    await call(twin, 'GET', '/servers');
    const limited = await call(twin, 'GET', '/servers');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.body.computeFault).toMatchObject({ code: 429, message: expect.stringContaining('2 requests') });
  });

  it('a 429 fault on createServer, which documents none: the rate-limit answer, and nothing created', async () => {
    twin.fault({ operationId: 'createServer', status: 429 });
    const limited = await call(twin, 'POST', '/accounts/smith1234/flexcloud/servers', newServer());
    expect(limited.status).toBe(429);
    expect(limited.body).toHaveProperty('computeFault');
    expect(twin.inspect('server')).toHaveLength(3);
    expect(() => twin.fault({ operationId: 'createServer', status: 418 })).toThrow(/does not document 418/);
  });

  it('the collection cap: a create past it is 403 forbidden naming it, even where the call documents no 4xx', async () => {
    const capped = await createTwin('hostway', { clock: 'manual', maxRecords: 4 });
    expect((await call(capped, 'POST', '/servers', newServer())).status).toBe(202);
    const refused = await call(capped, 'POST', '/servers', newServer());
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden.message).toContain('at most 4 server records');
    // allocating documents only 202 and 401 in the short form: the cap answers in the vendor's form all the same
    for (let i = 0; i < 2; i++) expect((await call(capped, 'POST', '/os-floating-ips')).status).toBe(202);
    const full = await call(capped, 'POST', '/os-floating-ips');
    expect(full.status).toBe(403);
    expect(full.body.forbidden.message).toContain('floating_ip');
    expect(capped.violations()).toEqual([]);
    expect((await call(capped, 'GET', '/servers?status=BUILD')).status).toBe(200);
  });
});

describe('Hostway twin: table and world', () => {
  it('every one of its 66 operations is served from its state, the provisioning example’s among them', () => {
    expect(twin.operations).toHaveLength(66);
    expect(twin.operations.filter((row) => row.served !== 'stateful')).toEqual([]);
  });

  it('the seed world is the spec’s examples: account smith1234, zones, flavors, images, groups and rules, servers, IPs, volumes', () => {
    expect(twin.describe().resources).toEqual({
      account: 1,
      flavor: 3,
      floating_ip: 2,
      image: 3,
      securityGroup: 2,
      securityGroupRule: 2,
      server: 3,
      volume: 2,
      zone: 2,
    });
    expect(twin.get('server', '167')).toMatchObject({
      status: 'ACTIVE',
      securityGroup: { id: 'group2012Nov02_jD6NX8BsK' },
    });
    expect(twin.get('server', 'test_server_0001')).not.toHaveProperty('securityGroup');
  });
});
