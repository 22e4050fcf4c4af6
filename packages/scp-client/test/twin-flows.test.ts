/**
 * What users automate, through the resource layer against the SCP twin (@cloudspecs/mock/twin): provision → wait →
 * use → tear down (a server on a subnet, an interface with a public IP bound to it, a volume attached, stopped and
 * started, then everything removed), a server that fails to build, a 429 storm the client's retries ride out, the
 * twin's own rate limit, and a connection dropped on a POST that the client does not repeat. In process
 * (`fetch: twin.fetch`) and over HTTP (`baseUrl: twin.url`).
 */
import { createTwin, startTwin, type Twin } from '@cloudspecs/mock/twin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  NotFoundError,
  RateLimitError,
  Scp,
  type ScpOptions,
  ValidationError,
  WaitFailedError,
} from '../src/index.js';

/** The subnet and the reserved public IP of the twin's world (the vpc examples' `subnetweb`, `182.197.61.82`). */
const subnet_id = '78b2ee3f074145c580ab6abac4821f97';
const publicip_id = 'a7c3e1f9b5d24e6a8c0e2f4a6b8d0c1e';

const credentials = { accessKey: 'test-access-key', secretKey: 'test-secret-key', onWarning: () => {} };
const client = (options: ScpOptions) => new Scp({ ...credentials, ...options });

/** Polls `check` until it holds (the twin's clock runs 1,000× real time in these tests). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`never: ${what}`);
}

/** Create a server, wait for it, give it an interface, a public IP and a volume, stop and start it, tear it down. */
async function provisionAndTearDown(scp: Scp, twin: Twin) {
  const before = await scp.servers.list({ limit: 100 });
  const { server_types } = await scp.serverTypes.list({ limit: 20 });
  const type = server_types.find((candidate) => candidate.id === 's1v2m4');
  const { images } = await scp.images.list({ visibility: 'private' });
  const image = images.find((candidate) => candidate.status === 'active');
  const { keypairs } = await scp.keypairs.list();
  if (!type || !image || !keypairs[0]) throw new Error('the seed world lacks a server type, an image or a key pair');

  const created = await scp.servers.create({
    name: 'flow-01',
    server_type_id: type.id,
    image_id: image.id,
    keypair_name: keypairs[0].name,
    networks: [{ subnet_id }],
  });
  const states: string[] = [];
  const server = await scp.servers.waitForServer(created, {
    intervalMs: 1,
    onProgress: ({ state }) => states.push(state),
  });
  const server_id = server.id;
  expect(server).toMatchObject({
    name: 'flow-01',
    state: 'ACTIVE',
    keypair_name: keypairs[0].name,
    image_id: image.id,
  });
  expect(server.server_type).toMatchObject({ id: 's1v2m4', vcpus: 2, ram: 4096 });
  expect(server.vpc_id).toBe('8a463aa4b1dc4f279c3f53b94dc45e74');
  expect(server.addresses?.[0]).toMatchObject({ subnet_name: 'subnetweb' });
  expect(server.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  expect(states.every((state) => state === 'BUILD')).toBe(true);

  // the list has it: every page of one server, by marker
  const listed: string[] = [];
  for await (const item of scp.servers.list({ limit: 1 })) listed.push(item.id);
  expect(listed).toHaveLength(before.servers.length + 1);
  expect(listed).toContain(server_id);
  expect((await scp.servers.list({ state: 'ACTIVE', name: 'flow-01' })).servers.map((s) => s.id)).toEqual([server_id]);

  // an interface created on the server shows in its list; a public IP bound to it shows on it
  const port = await scp.servers.createInterface({ server_id, subnet_id });
  const port_id = port.port_id;
  expect(port).toMatchObject({ port_state: 'ACTIVE', subnet_id });
  expect(port.mac_addr).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  const { interfaces } = await scp.servers.listInterfaces({ server_id });
  expect(interfaces.map((item) => item.port_id)).toEqual([expect.any(String), port_id]);
  await scp.servers.createInterfaceNat({ server_id, port_id, publicip_id });
  const shown = await scp.servers.getInterface({ server_id, port_id });
  const nat = shown.interfaces[0]?.static_nat;
  expect(nat).toMatchObject({ external_ip_address: '182.197.61.82', publicip_id, state: 'ACTIVE' });
  expect(twin.get('publicip', publicip_id)).toMatchObject({ state: 'ATTACHED', attached_resource_id: server_id });
  const { addresses } = await scp.servers.listIps({ server_id });
  expect(addresses[0]?.ip_addresses.map((ip) => ip.ip_address)).toEqual([
    server.addresses?.[0]?.ip_addresses[0]?.ip_address,
    port.fixed_ips[0]?.ip_address,
  ]);

  // a volume: creating, then available; attached, in use and on the server
  const volume = await scp.volumes.create({ name: 'flow-data', size: 50 });
  const volume_id = volume.id;
  expect(volume.state).toBe('creating');
  await until(async () => (await scp.volumes.get({ volume_id })).state === 'available', 'the volume is available');
  const attachment = await scp.servers.createVolume({ server_id, volume_id });
  expect(attachment).toMatchObject({ device: '/dev/vdb', server_id, volume_id });
  await until(async () => (await scp.volumes.get({ volume_id })).state === 'in-use', 'the volume is in use');
  expect((await scp.servers.get({ server_id })).volumes.map((v) => v.id)).toContain(volume_id);
  expect((await scp.volumes.get({ volume_id })).servers).toEqual([
    { id: server_id, device: '/dev/vdb', attached_at: expect.any(String) },
  ]);

  // stop and start
  await scp.servers.stop({ server_id });
  await until(async () => (await scp.servers.get({ server_id })).state === 'SHUTOFF', 'the server is SHUTOFF');
  await scp.servers.start({ server_id });
  await scp.servers.waitForServer(server_id, { intervalMs: 1 });

  // tear down, innermost first: the public IP reserved again, the interface gone, the volume detached and deleted
  await scp.servers.deleteInterfaceNat({ server_id, port_id, nat_id: String(nat?.id) });
  expect(twin.get('publicip', publicip_id)).toMatchObject({ state: 'RESERVED', attached_resource_id: null });
  await scp.servers.deleteInterface({ server_id, port_id });
  expect((await scp.servers.listInterfaces({ server_id })).interfaces.map((item) => item.port_id)).not.toContain(
    port_id,
  );
  await scp.servers.deleteVolume({ server_id, volume_id });
  await until(async () => (await scp.volumes.get({ volume_id })).state === 'available', 'the volume is detached');
  await scp.volumes.delete({ volume_id });
  // SCP documents no 404 for a volume: a deleted one is its 400, naming the path parameter
  await until(
    () =>
      scp.volumes.get({ volume_id }).then(
        () => false,
        (error: unknown) => error instanceof ValidationError,
      ),
    'the volume is gone',
  );
  // deleting takes 2 s of twin time: in real time, the server is seen DELETING before it is gone
  twin.clock.set({ speed: 1 });
  await scp.servers.delete({ server_id });
  expect((await scp.servers.get({ server_id })).state).toBe('DELETING');
  twin.clock.advance(2_000);
  await until(
    () =>
      scp.servers.get({ server_id }).then(
        () => false,
        (error: unknown) => error instanceof NotFoundError,
      ),
    'the server is gone',
  );
  expect((await scp.servers.list({ limit: 100 })).servers.map((s) => s.id)).not.toContain(server_id);
  // its boot volume went with it; its own port too
  expect(twin.inspect('port').filter((p) => p.attached_resource_id === server_id)).toEqual([]);
  expect(twin.violations()).toEqual([]);
}

describe('SCP twin, in process (fetch: twin.fetch)', () => {
  let twin: Twin;
  let scp: Scp;
  beforeEach(async () => {
    twin = await createTwin('scp', { clock: { mode: 'real', speed: 1_000 } });
    scp = client({ fetch: twin.fetch });
  });

  it('provision → wait → use → tear down: interface, public IP, volume, power, each seen where it belongs', async () => {
    await provisionAndTearDown(scp, twin);
  });

  it('a server that fails to build: waitForServer throws WaitFailedError with ERROR, and the server can be deleted', async () => {
    twin.failNext('server');
    const created = await scp.servers.create({
      name: 'doomed',
      server_type_id: 's1v1m2',
      image_id: '6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13',
      keypair_name: 'deploy-key',
      networks: [{ subnet_id }],
    });
    const error = await scp.servers.waitForServer(created, { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({ state: 'ERROR' });
    const server_id = String(created.servers[0]?.id);
    twin.clock.set({ speed: 1 });
    await scp.servers.delete({ server_id });
    expect((await scp.servers.get({ server_id })).state).toBe('DELETING');
  });

  it('a 429 storm: two refusals, then the client retries through and the server is created once', async () => {
    twin.fault({ operationId: 'createVirtualServer', status: 429, count: 2 });
    const before = twin.inspect('server').length;
    const { servers } = await scp.servers.create(
      {
        name: 'stormy',
        server_type_id: 's1v1m2',
        image_id: '6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13',
        keypair_name: 'deploy-key',
        networks: [{ subnet_id }],
      },
      { maxRetries: 2 },
    );
    expect(servers[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(twin.inspect('server')).toHaveLength(before + 1);
    const posts = twin.requests().filter((request) => request.operationId === 'createVirtualServer');
    expect(posts.map((request) => request.status)).toEqual([429, 429, 202]);
  });

  it("the twin's rate limit: past it SCP's bare 429, no Retry-After (SCP documents none): RateLimitError", async () => {
    twin.setRateLimit({ limit: 2, windowMs: 60_000 });
    await scp.serverTypes.list();
    await scp.serverTypes.list();
    const error = await scp.serverTypes.list(undefined, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: undefined });
  });

  it('a dropped connection on a POST: ConnectionError, not repeated, and the twin created exactly one server', async () => {
    twin.fault({ operationId: 'createVirtualServer', drop: true });
    const before = twin.inspect('server').length;
    const error = await scp.servers
      .create(
        {
          name: 'dropped',
          server_type_id: 's1v1m2',
          image_id: '6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13',
          keypair_name: 'deploy-key',
          networks: [{ subnet_id }],
        },
        { maxRetries: 3 },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(twin.inspect('server')).toHaveLength(before + 1);
    expect(twin.requests().filter((request) => request.operationId === 'createVirtualServer')).toHaveLength(1);
  });

  it('a dropped connection on a GET is retried, and the second attempt answers', async () => {
    twin.fault({ operationId: 'listServerTypes', drop: true });
    const { server_types } = await scp.serverTypes.list();
    expect(server_types.length).toBeGreaterThan(0);
    expect(twin.requests().filter((request) => request.operationId === 'listServerTypes')).toHaveLength(2);
  });

  it('API versions: the client pinned to 1.3 is served; an expired version sent anyway is refused as SCP refuses it', async () => {
    const server_id = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
    const pinned = client({ fetch: twin.fetch, apiVersion: '1.3' });
    const port = await pinned.servers.createInterface({ server_id, subnet_id });
    expect(port.port_state).toBe('ACTIVE');
    const old = client({ fetch: twin.fetch, apiVersion: '1.3', allowExpiredApiVersion: true });
    const error = await old.servers
      .createInterface({ server_id, subnet_id }, { apiVersion: '1.1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(String((error as ValidationError).message)).toMatch(
      /virtualserver 1\.1 of this operation is DEPRECATED and no longer supported since 2026-05-31/,
    );
    expect(twin.requests().at(-1)?.status).toBe(400);
  });
});

describe('SCP twin under fake timers: waitForServer at its default interval, in no real time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waitForServer with its defaults (5 s between polls) sees the server ACTIVE at its second poll', async () => {
    vi.useFakeTimers();
    const twin = await createTwin('scp');
    const scp = client({ fetch: twin.fetch });
    const created = await scp.servers.create({
      name: 'patient',
      server_type_id: 's1v1m2',
      image_id: '6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13',
      keypair_name: 'deploy-key',
      networks: [{ subnet_id }],
    });
    const started = Date.now();
    const waiting = scp.servers.waitForServer(created);
    await vi.runAllTimersAsync();
    const server = await waiting;
    expect(server.state).toBe('ACTIVE');
    // BUILD takes 4 s of twin time: the wait's second poll, 5 s after the first, sees it ACTIVE
    expect(Date.now() - started).toBe(5_000);
  });
});

describe('SCP twin over HTTP (baseUrl: twin.url)', () => {
  it('provision → wait → use → tear down, every request in the twin log', async () => {
    const lines: string[] = [];
    const twin = await startTwin('scp', { clock: { mode: 'real', speed: 1_000 }, log: (line) => lines.push(line) });
    try {
      await provisionAndTearDown(client({ baseUrl: twin.url }), twin);
      expect(lines.some((line) => line.startsWith('scp twin  POST /v1/servers → 202'))).toBe(true);
    } finally {
      await twin.close();
    }
  });

  it('a dropped connection over HTTP: the POST is not repeated and the twin holds the one it made', async () => {
    const twin = await startTwin('scp', { quiet: true });
    try {
      const scp = client({ baseUrl: twin.url });
      twin.fault({ operationId: 'createKeypair', drop: true });
      const before = twin.inspect('keypair').length;
      await expect(scp.keypairs.create({ name: 'dropped-key' })).rejects.toBeInstanceOf(ConnectionError);
      expect(twin.inspect('keypair')).toHaveLength(before + 1);
    } finally {
      await twin.close();
    }
  });
});
