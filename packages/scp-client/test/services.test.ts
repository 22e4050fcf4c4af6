/**
 * One client, three services (issue 23): each operation goes to its own service's host — an explicit endpoint, else
 * `https://<service>.<region>.<env>.samsungsdscloud.com` — and carries its own service's `Scp-Api-Version`; one
 * `baseUrl` sends them all to one host (a mock serving the three). Lists page by their service's scheme.
 */
import { describe, expect, it } from 'vitest';
import { Scp } from '../src/index.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/** A fake SCP answering every request with `answer(url)`, recording the URL and version header of each. */
function recording(answer: (url: URL) => unknown = () => ({})) {
  const sent: { url: string; version: string | null }[] = [];
  const fetch = async (request: Request) => {
    sent.push({ url: request.url, version: request.headers.get('Scp-Api-Version') });
    return json(answer(new URL(request.url)));
  };
  return { sent, fetch };
}

const quiet = { accessKey: 'a', secretKey: 's', onWarning: () => {} } as const;

describe('SCP services: host and version header per operation', () => {
  it('each service on its own documented host, with its own version header (vpc, securitygroup without a hyphen)', async () => {
    const { sent, fetch } = recording(() => ({
      vpcs: [],
      security_groups: [],
      servers: [],
      page: 0,
      size: 20,
      count: 0,
    }));
    const scp = new Scp({ ...quiet, fetch });
    await scp.vpcs.list();
    await scp.securityGroups.list();
    await scp.servers.list();
    expect(sent.map(({ url }) => url.replace(/\?.*/, ''))).toEqual([
      'https://vpc.kr-west1.e.samsungsdscloud.com/v1/vpcs',
      'https://security-group.kr-west1.e.samsungsdscloud.com/v1/security-groups',
      'https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/servers',
    ]);
    expect(sent.map(({ version }) => version)).toEqual(['vpc 1.0', 'securitygroup 1.0', 'virtualserver 1.0']);
  });

  it('region and env choose every service’s host; an explicit endpoint wins for its service alone', async () => {
    const { sent, fetch } = recording(() => ({ vpcs: [], subnets: [], servers: [] }));
    const scp = new Scp({
      ...quiet,
      fetch,
      region: 'kr-south1',
      env: 'g',
      endpoints: { vpc: 'https://vpc.internal.example/' },
    });
    await scp.vpcs.list();
    await scp.servers.list();
    expect(sent.map(({ url }) => url.replace(/\?.*/, ''))).toEqual([
      'https://vpc.internal.example/v1/vpcs',
      'https://virtualserver.kr-south1.g.samsungsdscloud.com/v1/servers',
    ]);
  });

  it('one baseUrl takes every service there, each still with its own version header', async () => {
    const { sent, fetch } = recording(() => ({ vpcs: [], servers: [] }));
    const scp = new Scp({ ...quiet, fetch, baseUrl: 'http://127.0.0.1:9' });
    await scp.vpcs.list();
    await scp.servers.list();
    expect(sent.map(({ url }) => new URL(url).origin)).toEqual(['http://127.0.0.1:9', 'http://127.0.0.1:9']);
    expect(sent.map(({ version }) => version)).toEqual(['vpc 1.0', 'virtualserver 1.0']);
  });

  it("a call's apiVersion is sent under the operation's own service", async () => {
    const { sent, fetch } = recording(() => ({ vpc: {} }));
    const scp = new Scp({ ...quiet, fetch });
    await scp.vpcs.get({ vpc_id: 'v1' }, { apiVersion: '1.0' });
    expect(sent[0]?.version).toBe('vpc 1.0');
  });

  it('an endpoint for a service the client does not have is a ConfigurationError naming the ones it has', async () => {
    expect(() => new Scp({ ...quiet, endpoints: { vpcs: 'https://x.example' } as never })).toThrow(
      'scp: "endpoints" names "vpcs", which is no service of this client; its services are virtualserver, vpc, security-group',
    );
    await expect(new Scp({ ...quiet, endpoints: { vpc: 'http://vpc.example' } }).vpcs.list()).rejects.toThrow(
      /refusing to send credentials over plain http:\/\/ to vpc\.example/,
    );
  });
});

describe('SCP lists, each on its service’s scheme', () => {
  it('keypairs.list pages past one page by name (key pairs have no id)', async () => {
    const names = ['k1', 'k2', 'k3'];
    const { sent, fetch } = recording((url) => {
      const marker = url.searchParams.get('marker');
      const start = marker ? names.indexOf(marker) + 1 : 0;
      const limit = Number(url.searchParams.get('limit'));
      return {
        keypairs: names
          .slice(start, start + limit)
          .map((name) => ({ name, fingerprint: 'f', public_key: 'p', type: 'ssh' })),
      };
    });
    const scp = new Scp({ ...quiet, fetch });
    const seen: string[] = [];
    for await (const keypair of scp.keypairs.list({ limit: 2 })) seen.push(keypair.name);
    expect(seen).toEqual(names);
    expect(sent.map(({ url }) => new URL(url).searchParams.get('marker'))).toEqual([null, 'k2']);
  });

  it('subnets.list pages by limit and marker (the subnet id)', async () => {
    const ids = ['s1', 's2', 's3'];
    const { sent, fetch } = recording((url) => {
      const marker = url.searchParams.get('marker');
      const start = marker ? ids.indexOf(marker) + 1 : 0;
      return { subnets: ids.slice(start, start + 2).map((id) => ({ id })) };
    });
    const scp = new Scp({ ...quiet, fetch });
    const seen: unknown[] = [];
    for await (const subnet of scp.subnets.list({ limit: 2, vpc_id: 'v1' })) seen.push(subnet.id);
    expect(seen).toEqual(ids);
    expect(sent.map(({ url }) => new URL(url).search)).toEqual(['?limit=2&vpc_id=v1', '?limit=2&vpc_id=v1&marker=s2']);
  });

  it('securityGroups.list pages by page (from 0) and size until count', async () => {
    const ids = ['g1', 'g2', 'g3'];
    const { sent, fetch } = recording((url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      return {
        security_groups: ids.slice(page * size, (page + 1) * size).map((id) => ({ id })),
        page,
        size,
        count: 3,
        sort: [],
      };
    });
    const scp = new Scp({ ...quiet, fetch });
    const seen: unknown[] = [];
    for await (const group of scp.securityGroups.list({ size: 2 })) seen.push(group.id);
    expect(seen).toEqual(ids);
    expect(sent.map(({ url }) => new URL(url).search)).toEqual(['?size=2&page=0', '?size=2&page=1']);
  });
});
