/**
 * Endpoint discovery (issue 23), against a local server: the identity service's catalog (`GET {authUrl}/endpoints`,
 * signed) is fetched once per client and each service's host chosen from it by service type and region; an explicit
 * endpoint wins; a catalog without the service is a ConfigurationError naming what was asked and what it offers.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError, NotFoundError } from '@cloudspecs/runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Scp } from '../src/index.js';

let server: Server;
let base: string;
const seen: { path: string; headers: IncomingMessage['headers'] }[] = [];
let catalog: { status: number; body: unknown } = { status: 200, body: { endpoints: [] } };

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    seen.push({ path, headers: request.headers });
    const answer =
      path === '/identity/endpoints'
        ? catalog
        : { status: 200, body: { vpcs: [], servers: [], security_groups: [], page: 0, size: 20, count: 0 } };
    response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const entry = (service_type: string, region: string, path: string) => ({
  region,
  service_type,
  service_name: service_type,
  url: `${base}/${path}`,
});

function scp(options: object = {}) {
  return new Scp({
    accessKey: 'a',
    secretKey: 's',
    accountId: 'acct-1',
    region: 'kr-east1',
    onWarning: () => {},
    discovery: { authUrl: `${base}/identity` },
    ...options,
  });
}

describe('SCP endpoint discovery', () => {
  it("fetches the catalog once, signed, and sends each service to its entry of the client's region", async () => {
    catalog = {
      status: 200,
      body: {
        endpoints: [
          entry('vpc', 'kr-west1', 'vpc-west'),
          entry('vpc', 'kr-east1', 'vpc-east'),
          entry('virtualserver', 'kr-east1', 'vs-east'),
          entry('security-group', 'kr-west1', 'sg-west'),
        ],
      },
    };
    const client = scp();
    await client.vpcs.list();
    await client.servers.list();
    // no entry of kr-east1: the default region's
    await client.securityGroups.list();
    await client.vpcs.list();
    expect(seen.map(({ path }) => path.replace(/\?.*/, ''))).toEqual([
      '/identity/endpoints',
      '/vpc-east/v1/vpcs',
      '/vs-east/v1/servers',
      '/sg-west/v1/security-groups',
      '/vpc-east/v1/vpcs',
    ]);
    const [request] = seen;
    expect(request?.headers['scp-signature']).toMatch(/\S/);
    expect(request?.headers['scp-accountid']).toBe('acct-1');
  });

  it('service types are configurable; an explicit endpoint wins and needs no catalog', async () => {
    catalog = { status: 200, body: { endpoints: [entry('network', 'kr-east1', 'net')] } };
    await scp({ discovery: { authUrl: `${base}/identity`, serviceTypes: { vpc: 'network' } } }).vpcs.list();
    await scp({ endpoints: { vpc: `${base}/explicit` } }).vpcs.list();
    expect(seen.map(({ path }) => path.replace(/\?.*/, ''))).toEqual([
      '/identity/endpoints',
      '/net/v1/vpcs',
      '/explicit/v1/vpcs',
    ]);
  });

  it('a catalog without the service: a ConfigurationError naming what was asked and what it offers, nothing sent to the service', async () => {
    catalog = {
      status: 200,
      body: { endpoints: [entry('compute', 'kr-east1', 'c'), entry('network', 'kr-west1', 'n')] },
    };
    const error = await scp()
      .vpcs.list()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      `scp: the endpoint catalog (GET ${base}/identity/endpoints) has no service_type "vpc", asked for the vpc service in region kr-east1; it offers compute (kr-east1), network (kr-west1). Set discovery.serviceTypes.vpc to the right one, or endpoints.vpc.`,
    );
    expect(seen.map(({ path }) => path)).toEqual(['/identity/endpoints']);
  });

  it('a failed catalog fails the call and is asked for again by the next one', async () => {
    catalog = { status: 404, body: { errors: [{ code: 'not_found', detail: 'no such path' }] } };
    const client = scp();
    await expect(client.vpcs.list()).rejects.toBeInstanceOf(NotFoundError);
    catalog = { status: 200, body: { endpoints: [entry('vpc', 'kr-east1', 'vpc-east')] } };
    await client.vpcs.list();
    expect(seen.map(({ path }) => path.replace(/\?.*/, ''))).toEqual([
      '/identity/endpoints',
      '/identity/endpoints',
      '/vpc-east/v1/vpcs',
    ]);
  });
});
