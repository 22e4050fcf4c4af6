/**
 * What users automate, through the resource layer against the Hostway twin (@cloudspecs/mock/twin): provision →
 * wait → use → tear down, a build that fails, actions and their waits, a 429 storm the client's retries ride out,
 * and a connection dropped on a POST that the client does not repeat. In process (`fetch: twin.fetch`) and over HTTP
 * (`baseUrl: twin.url`), with the account in the path (`accountId`) and without it (the short URI form).
 */
import { createTwin, startTwin, type Twin } from '@cloudspecs/mock/twin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionError, Hostway, NotFoundError, RateLimitError, WaitFailedError } from '../src/index.js';

const credentials = { username: 'test', password: 'test' };
const selfLink = (resource: { links: readonly { href: string; rel: string }[] }) =>
  resource.links.find((l) => l.rel === 'self')?.href ?? '';

/** Pick, create a group and a server, wait, bind an address, attach a volume, reboot and resize, tear it all down. */
async function provisionAndTearDown(hostway: Hostway, twin: Twin, wait: { intervalMs?: number } = {}) {
  const zones = await hostway.zones.list();
  const zone = zones.smith1234?.[0];
  if (!zone) throw new Error('the seed account has no zone');
  const { flavors } = await hostway.flavors.listWithDetails({ minRam: 512 });
  const flavor = [...flavors].sort((a, b) => a.ram - b.ram)[0];
  const { images } = await hostway.images.listWithDetails({ zone: zone.zone, status: 'ACTIVE' });
  const image = images[0];
  if (!flavor || !image) throw new Error('the seed world has no flavor or image');

  const { securityGroup: group } = await hostway.securityGroups.create({
    securityGroup: { displayName: 'flow', description: 'the flow test' },
  });
  const { securityGroupRule: rule } = await hostway.securityGroups.createRule({
    securityGroupRule: { fromPort: 443, toPort: 443, protocol: 'TCP', cidr: '0.0.0.0/0', parentGroupId: group.id },
  });

  const build = await hostway.servers
    .create({
      server: {
        name: 'flow-01',
        imageRef: selfLink(image),
        flavorRef: selfLink(flavor),
        securityGroupRef: selfLink(group),
        zone: zone.zone,
      },
    })
    .withResponse();
  expect(build.response.status).toBe(202);
  expect(build.data.server).toMatchObject({ name: 'flow-01', status: 'BUILD', progress: 0 });
  const seen: string[] = [];
  const server = await hostway.servers.waitForServer(build, {
    ...wait,
    onProgress: ({ status, progress }) => seen.push(`${status} ${progress}`),
  });
  expect(server).toMatchObject({ id: build.data.server.id, status: 'ACTIVE', progress: 100 });
  expect(seen.every((step) => /^BUILD (0|50)$/.test(step))).toBe(true);

  // use it: listed (the plain list and every page of the detail list), in its group, an address and a volume on it
  expect((await hostway.servers.list()).servers.map((s) => s.id)).toContain(server.id);
  const paged: string[] = [];
  for await (const item of hostway.servers.listWithDetails({ pageSize: 1 })) paged.push(item.id);
  expect(paged).toContain(server.id);
  const inGroup = await hostway.securityGroups.get({ securityGroupId: group.id });
  expect(inGroup.securityGroup).toMatchObject({ servers: [server.id], rules: [{ id: rule.id, fromPort: '443' }] });

  const { floating_ip: ip } = await hostway.flexibleIps.allocate({ zone: zone.zone });
  await hostway.servers.performAction({ serverId: server.id, addFloatingIp: { address: ip.ip } });
  const withIp = await hostway.servers.get({ serverId: server.id });
  expect(withIp.server.addresses.public.map((address) => address.addr)).toContain(ip.ip);
  expect((await hostway.flexibleIps.get({ ipAddress: ip.ip })).floating_ip[0]?.instance_id).toBe(server.id);

  await hostway.volumes.attach({
    serverId: server.id,
    volumeAttachment: { volumeId: 'hbs2012May08_61EfdIZ3Y', device: '/dev/xvdc' },
  });
  const { volumeAttachments } = await hostway.volumes.listAttachments({ serverId: server.id });
  expect(volumeAttachments).toEqual([
    expect.objectContaining({ serverId: server.id, volumeId: 'hbs2012May08_61EfdIZ3Y', device: '/dev/xvdc' }),
  ]);

  // actions and their waits: a reboot, then a resize that lands on the larger flavor
  // (at the tests' speed an action may be over before the next request: its PROCESSING is the mock tests' to see)
  await hostway.servers.performAction({ serverId: server.id, reboot: { type: 'SOFT' } });
  expect((await hostway.servers.waitForServer({ serverId: server.id }, wait)).status).toBe('ACTIVE');
  await hostway.servers.performAction({ serverId: server.id, resize: { flavor: { id: '6' } } });
  const resized = await hostway.servers.waitForServer({ serverId: server.id }, wait);
  expect(String(resized.flavor.id)).toBe('6');

  // tear down: the address unbound and released, the volume detached, the server and the group deleted; all gone
  await hostway.servers.performAction({ serverId: server.id, removeFloatingIp: { address: ip.ip } });
  await hostway.flexibleIps.release({ ipAddress: ip.ip });
  await hostway.volumes.detach({ serverId: server.id, volumeId: 'hbs2012May08_61EfdIZ3Y' });
  await hostway.servers.delete({ serverId: server.id });
  await hostway.securityGroups.delete({ securityGroupId: group.id });
  const gone = hostway.servers.get({ serverId: server.id });
  await expect(gone).rejects.toBeInstanceOf(NotFoundError);
  await expect(gone).rejects.toMatchObject({ status: 404, code: 'itemNotFound' });
  await expect(hostway.flexibleIps.get({ ipAddress: ip.ip })).rejects.toMatchObject({ code: 'itemNotFound' });
  await expect(hostway.securityGroups.get({ securityGroupId: group.id })).rejects.toBeInstanceOf(NotFoundError);
  expect((await hostway.servers.list()).servers.map((s) => s.id)).not.toContain(server.id);
  expect(twin.violations()).toEqual([]);
}

const serverBody = {
  server: {
    name: 'web01',
    imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/',
    flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1/',
    zone: 'AUS001',
  },
};

describe('Hostway twin, in process (fetch: twin.fetch)', () => {
  let twin: Twin;
  let hostway: Hostway;
  beforeEach(async () => {
    twin = await createTwin('hostway', { clock: { mode: 'real', speed: 1_000 } });
    hostway = new Hostway({ ...credentials, fetch: twin.fetch });
  });

  it('provision → wait → use → tear down, in the short URI form (the credentials’ account)', async () => {
    await provisionAndTearDown(hostway, twin, { intervalMs: 1 });
  });

  it('provision → wait → use → tear down, in the long form (accountId: every call names the account)', async () => {
    const forAccount = new Hostway({ ...credentials, accountId: 'smith1234', fetch: twin.fetch });
    await provisionAndTearDown(forAccount, twin, { intervalMs: 1 });
    const paths = twin.requests().map((request) => request.target);
    expect(paths.every((path) => path.startsWith('/accounts/smith1234/flexcloud/'))).toBe(true);
  });

  it('an account the twin does not hold: NotFoundError itemNotFound, nothing created', async () => {
    const stranger = new Hostway({ ...credentials, accountId: 'nobody', fetch: twin.fetch });
    await expect(stranger.servers.create(serverBody)).rejects.toMatchObject({ status: 404, code: 'itemNotFound' });
    expect(twin.inspect('server')).toHaveLength(3);
  });

  it('a failed build: waitForServer throws WaitFailedError with the state UNKNOWN', async () => {
    twin.failNext('server');
    const build = await hostway.servers.create(serverBody);
    const error = await hostway.servers.waitForServer(build, { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({ state: 'UNKNOWN' });
    // the failed server can be deleted
    await hostway.servers.delete({ serverId: build.server.id });
  });

  it('os-stop: waitForServer throws WaitFailedError STOPPED (it waits for ACTIVE); os-start, and it is ACTIVE again', async () => {
    await hostway.servers.performAction({ serverId: '167', 'os-stop': null });
    await expect(hostway.servers.waitForServer({ serverId: '167' }, { intervalMs: 1 })).rejects.toMatchObject({
      state: 'STOPPED',
    });
    await hostway.servers.performAction({ serverId: '167', 'os-start': null });
    expect((await hostway.servers.waitForServer({ serverId: '167' }, { intervalMs: 1 })).status).toBe('ACTIVE');
  });

  it('a 429 storm: two refusals, then the client retries through and the server is created once', async () => {
    twin.fault({ operationId: 'createServerForCurrentAccount', status: 429, count: 2 });
    const before = twin.inspect('server').length;
    const { server } = await hostway.servers.create(serverBody, { maxRetries: 2 });
    expect(server.status).toBe('BUILD');
    expect(twin.inspect('server')).toHaveLength(before + 1);
    const posts = twin.requests().filter((request) => request.operationId === 'createServerForCurrentAccount');
    expect(posts.map((request) => request.status)).toEqual([429, 429, 202]);
  });

  it('a storm longer than the retries: RateLimitError, code computeFault', async () => {
    twin.fault({ operationId: 'listFlavorsForCurrentAccount', status: 429, count: 5 });
    const error = await hostway.flavors.list(undefined, { maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'computeFault', attempts: 2 });
  });

  it('a dropped connection on a POST: ConnectionError, not repeated, and the twin created exactly one server', async () => {
    twin.fault({ operationId: 'createServerForCurrentAccount', drop: true });
    const before = twin.inspect('server').length;
    const error = await hostway.servers.create(serverBody, { maxRetries: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(twin.inspect('server')).toHaveLength(before + 1);
    expect(twin.requests().filter((request) => request.operationId === 'createServerForCurrentAccount')).toHaveLength(
      1,
    );
  });

  it('a dropped connection on a GET is retried, and the second attempt answers', async () => {
    twin.fault({ operationId: 'listFlavorsForCurrentAccount', drop: true });
    const { flavors } = await hostway.flavors.list();
    expect(flavors.length).toBeGreaterThan(0);
    expect(twin.requests().filter((request) => request.operationId === 'listFlavorsForCurrentAccount')).toHaveLength(2);
  });
});

describe('Hostway twin under fake timers: waitForServer at its default interval, in no real time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waitForServer with its defaults (5 s between polls) sees the server ACTIVE at its second poll', async () => {
    vi.useFakeTimers();
    const twin = await createTwin('hostway');
    const hostway = new Hostway({ ...credentials, fetch: twin.fetch });
    const build = await hostway.servers.create(serverBody).withResponse();
    const polls: string[] = [];
    const waiting = hostway.servers.waitForServer(build, {
      onProgress: ({ status, progress }) => polls.push(`${status} ${progress}`),
    });
    const started = Date.now();
    await vi.runAllTimersAsync();
    const server = await waiting;
    expect(server.status).toBe('ACTIVE');
    // the build takes 5 s of twin time: the second poll, 5 s after the first, sees it done
    expect(Date.now() - started).toBe(5_000);
    expect(polls).toEqual(['BUILD 0']);
  });
});

describe('Hostway twin over HTTP (baseUrl: twin.url)', () => {
  it('provision → wait → use → tear down, every request in the twin log', async () => {
    const lines: string[] = [];
    const twin = await startTwin('hostway', { clock: { mode: 'real', speed: 1_000 }, log: (line) => lines.push(line) });
    try {
      const hostway = new Hostway({ ...credentials, accountId: 'smith1234', baseUrl: twin.url });
      await provisionAndTearDown(hostway, twin, { intervalMs: 1 });
      expect(
        lines.some((line) => line.startsWith('hostway twin  POST /accounts/smith1234/flexcloud/servers → 202')),
      ).toBe(true);
    } finally {
      await twin.close();
    }
  });

  it('a dropped connection over HTTP: the POST is not repeated and the twin holds the server it made', async () => {
    const twin = await startTwin('hostway', { quiet: true });
    try {
      const hostway = new Hostway({ ...credentials, baseUrl: twin.url });
      twin.fault({ operationId: 'createServerForCurrentAccount', drop: true });
      const before = twin.inspect('server').length;
      await expect(hostway.servers.create(serverBody)).rejects.toBeInstanceOf(ConnectionError);
      expect(twin.inspect('server')).toHaveLength(before + 1);
    } finally {
      await twin.close();
    }
  });
});
