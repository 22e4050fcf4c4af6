/**
 * The SCP twin's networking (packages/mock/src/twin/vendors/scp-network.ts), which the SCP twin switches on (issue
 * 23), served here from those two documents bundled on their own (specs/scp/vpc, specs/scp/security-group): each on
 * an engine with the SCP twin's forms
 * and the network module's resources, lifecycles and handlers, on the network world the virtualserver twin runs on.
 * VPCs and subnets CREATING → ACTIVE; subnets inside their VPC, not overlapping; ports taking a free address; public
 * IPs reserved from a pool; security groups and their rules; every operation with its example request answered as
 * the spec documents, never a 500.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../../packages/mock/src/twin/engine.ts';
import { corrected, servedBy } from '../../packages/mock/src/twin/served.ts';
import type { OperationRow, VendorTwin } from '../../packages/mock/src/twin/types.ts';
import { twin as scp } from '../../packages/mock/src/twin/vendors/scp.ts';
import { pageOf } from '../../packages/mock/src/twin/vendors/scp-forms.ts';
import { networkTwin, networkWorld } from '../../packages/mock/src/twin/vendors/scp-network.ts';
import { contractCases } from '../../packages/testkit/src/contract-cases.ts';
import { paginatedPaths } from '../lib/pagination-table.ts';
import { twinRows } from '../lib/twin-table.ts';

type Json = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the tests read answers of many shapes, each checked by its assertions
type Body = any;

const repo = join(import.meta.dirname, '..', '..');
const config = await loadConfig({ configPath: join(repo, 'redocly.yaml') });
const scratch = mkdtempSync(join(tmpdir(), 'scp-network-twin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The SCP twin with the network module turned on, as scp.ts will spread it. */
const vendor: VendorTwin = {
  ...scp,
  resources: networkTwin.resources,
  lifecycles: networkTwin.lifecycles,
  operations: networkTwin.operations,
  corrections: networkTwin.corrections,
  pathParents: networkTwin.pathParents,
  pagination: { page: pageOf(networkTwin.listForms) },
};

async function served(spec: string, service: string) {
  const result = await bundle({ ref: join(repo, spec), config });
  const document = result.bundle.parsed as Json;
  const rows: OperationRow[] = twinRows(document, spec, paginatedPaths(document, ['marker'], spec)).map((raw) => {
    const row = corrected(raw, vendor);
    return { ...row, served: servedBy(row, vendor) };
  });
  // the contract cases read a bundled file
  const file = join(scratch, `${service}.json`);
  writeFileSync(file, JSON.stringify(document));
  return { document, rows, service, cases: contractCases(file) };
}

const vpc = await served('specs/scp/vpc/openapi.yaml', 'vpc');
const securityGroup = await served('specs/scp/security-group/openapi.yaml', 'securitygroup');

const engineOf = (spec: typeof vpc) =>
  new Engine(vendor, spec.document, spec.rows, { clock: { mode: 'manual' }, world: networkWorld() });

function caller(engine: Engine, service: string) {
  return async (method: string, target: string, body?: unknown, version = `${service} 1.0`) => {
    const answer = await engine.handle({
      method,
      target,
      headers: {
        'scp-accesskey': 'test',
        'scp-signature': 'c2lnbmF0dXJl',
        'scp-timestamp': '1764494102000',
        'scp-clienttype': 'Openapi',
        'scp-api-version': version,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body)),
    });
    return { status: answer.status, body: answer.body === '' ? undefined : (JSON.parse(answer.body) as Body) };
  };
}

describe('the network module on the vpc document', () => {
  it('serves every operation of the vpc document from its state but the private NATs and their addresses, which the SCP twin keeps (scp.ts)', () => {
    const core = vpc.rows.filter((row) => /^\/v1\/(vpcs|subnets|ports|publicips)/.test(row.path));
    expect(core).toHaveLength(24);
    expect(core.filter((row) => row.served !== 'stateful')).toEqual([]);
    expect(vpc.rows.filter((row) => row.served !== 'stateful').map((row) => row.operationId)).toEqual([
      'listPrivateNats',
      'createPrivateNat',
      'showPrivateNat',
      'deletePrivateNat',
      'listPrivateNatIps',
      'createPrivateNatIp',
      'deletePrivateNatIp',
    ]);
    expect(vpc.rows.filter((row) => row.served === 'stateful')).toHaveLength(68);
  });

  it('a VPC: CREATING, then ACTIVE 2 s later; its subnet inside it, CREATING then ACTIVE; overlaps refused', async () => {
    const engine = engineOf(vpc);
    const call = caller(engine, 'vpc');
    const made = await call('POST', '/v1/vpcs', { name: 'vpc-app', cidr: '10.20.0.0/16' });
    expect(made.status).toBe(201);
    expect(made.body.vpc).toMatchObject({ name: 'vpc-app', cidr: '10.20.0.0/16', state: 'CREATING' });
    const id = made.body.vpc.id;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    // a subnet waits for its VPC: the create refuses one that is CREATING (no 409 documented: its 400)
    const early = await call('POST', '/v1/subnets', { name: 'app', cidr: '10.20.1.0/24', type: 'GENERAL', vpc_id: id });
    expect(early.status).toBe(400);
    engine.clock.advance(2_000);
    expect((await call('GET', `/v1/vpcs/${id}`)).body.vpc.state).toBe('ACTIVE');
    const overlap = await call('POST', '/v1/vpcs', { name: 'vpc-clash', cidr: '10.20.128.0/17' });
    expect(overlap.body[0].msg).toBe('10.20.128.0/17 overlaps VPC vpc-app (10.20.0.0/16)');
    const availability = await call('GET', '/v1/vpcs/vpc-cidr-availabilities?cidr=10.21.0.0/16');
    expect(availability.body.vpc_cidr_availability).toMatchObject({ available: true, cidr: '10.21.0.0/16' });

    const subnet = (
      await call('POST', '/v1/subnets', { name: 'app', cidr: '10.20.1.0/24', type: 'GENERAL', vpc_id: id })
    ).body.subnet;
    expect(subnet).toMatchObject({ state: 'CREATING', gateway_ip_address: '10.20.1.1', vpc_name: 'vpc-app' });
    expect(subnet.allocation_pools).toEqual([{ start: '10.20.1.2', end: '10.20.1.254' }]);
    const outside = await call('POST', '/v1/subnets', {
      name: 'out',
      cidr: '10.30.1.0/24',
      type: 'GENERAL',
      vpc_id: id,
    });
    expect(outside.body[0].msg).toBe('10.30.1.0/24 is not inside VPC vpc-app (10.20.0.0/16)');
    engine.clock.advance(2_000);
    const listed = await call('GET', `/v1/subnets?vpc_id=${id}&with_count=true`);
    expect(listed.body.count).toBe(1);
    expect(listed.body.subnets[0]).toMatchObject({ id: subnet.id, state: 'ACTIVE' });

    // a VPC with a subnet is not deleted (409); the subnet goes over time, then the VPC at once
    expect((await call('DELETE', `/v1/vpcs/${id}`)).status).toBe(409);
    expect((await call('DELETE', `/v1/subnets/${subnet.id}`)).status).toBe(202);
    expect((await call('GET', `/v1/subnets/${subnet.id}`)).body.subnet.state).toBe('DELETING');
    engine.clock.advance(2_000);
    expect((await call('GET', `/v1/subnets/${subnet.id}`)).status).toBe(404);
    expect((await call('DELETE', `/v1/vpcs/${id}`)).status).toBe(204);
    expect((await call('GET', `/v1/vpcs/${id}`)).status).toBe(404);
    expect(engine.violations()).toEqual([]);
  });

  it('failNext: the next VPC ends ERROR', async () => {
    const engine = engineOf(vpc);
    const call = caller(engine, 'vpc');
    engine.lifecycles.fail('vpc', 1);
    const id = (await call('POST', '/v1/vpcs', { name: 'vpc-doomed', cidr: '10.40.0.0/16' })).body.vpc.id;
    engine.clock.advance(2_000);
    expect((await call('GET', `/v1/vpcs/${id}`)).body.vpc.state).toBe('ERROR');
  });

  it('ports take a free address of their subnet; public IPs are reserved from the pool; both refuse what is taken', async () => {
    const engine = engineOf(vpc);
    const call = caller(engine, 'vpc');
    const subnet = '78b2ee3f074145c580ab6abac4821f97';
    const port = (
      await call('POST', '/v1/ports', {
        name: 'spare',
        subnet_id: subnet,
        security_groups: ['1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f'],
      })
    ).body.port;
    // .1 is the gateway, .2 web-01's, .7 the spare port of the seed
    expect(port).toMatchObject({
      fixed_ip_address: '192.169.3.3',
      state: 'DOWN',
      security_groups: [{ name: 'sg-web' }],
    });
    const taken = await call('POST', '/v1/ports', { name: 'dup', subnet_id: subnet, fixed_ip_address: '192.169.3.2' });
    expect(taken.body[0].msg).toBe('192.169.3.2 is in use in subnet subnetweb');
    const check = await call(
      'GET',
      `/v1/ports/port-ip-availabilities?subnet_id=${subnet}&fixed_ip_address=192.169.3.2`,
    );
    expect(check.body.port_ip_availabilities[0]).toMatchObject({ available: false });
    expect((await call('DELETE', '/v1/ports/f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc')).status).toBe(409);
    expect((await call('DELETE', `/v1/ports/${port.id}`)).status).toBe(204);

    const ip = (await call('POST', '/v1/publicips', { type: 'IGW', description: 'for app' })).body.publicip;
    expect(ip).toMatchObject({ state: 'RESERVED', ip_address: '182.197.61.1', attached_resource_id: null });
    const reserved = await call('GET', '/v1/publicips?state=RESERVED&with_count=true');
    expect(reserved.body.count).toBe(2);
    expect((await call('DELETE', '/v1/publicips/615fa9cd5cff486c9de679b3ce63e601')).status).toBe(400);
  });

  it('the service is named in the version header: vpc 1.0 served, another service refused by the spec', async () => {
    const call = caller(engineOf(vpc), 'vpc');
    expect((await call('GET', '/v1/vpcs', undefined, 'vpc 1.0')).status).toBe(200);
    expect((await call('GET', '/v1/vpcs', undefined, 'virtualserver 1.0')).status).toBe(400);
  });
});

describe('the network module on the security-group document', () => {
  it('serves all 12 operations from its state', () => {
    expect(securityGroup.rows.filter((row) => row.served !== 'stateful').map((row) => row.operationId)).toEqual([]);
  });

  it('a security group and its rules: counted on the group, a duplicate refused, the bulk all or nothing, gone with it', async () => {
    const engine = engineOf(securityGroup);
    const call = caller(engine, 'securitygroup');
    const group = (await call('POST', '/v1/security-groups', { name: 'sg-app', description: 'app servers' })).body
      .security_group;
    expect(group).toMatchObject({ name: 'sg-app', state: 'ACTIVE', rule_count: 0, loggable: false });
    const rule = {
      security_group_id: group.id,
      direction: 'ingress',
      protocol: 'tcp',
      port_range_min: 8080,
      port_range_max: 8080,
      remote_group_id: '1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f',
    };
    const made = (await call('POST', '/v1/security-group-rules', rule)).body.security_group_rule;
    expect(made).toMatchObject({ remote_group_name: 'sg-web', remote_ip_prefix: null, ethertype: 'IPv4' });
    expect((await call('POST', '/v1/security-group-rules', rule)).status).toBe(409);
    const bulk = await call('POST', '/v1/security-group-rules/bulk', {
      security_group_id: group.id,
      security_group_rules: [
        { direction: 'egress', protocol: null },
        { direction: 'ingress', protocol: 'tcp', port_range_min: 443, port_range_max: 22 },
      ],
    });
    expect(bulk.status).toBe(400);
    expect((await call('GET', `/v1/security-groups/${group.id}`)).body.security_group.rule_count).toBe(1);
    await call('POST', '/v1/security-group-rules/bulk', {
      security_group_id: group.id,
      security_group_rules: [{ direction: 'egress', protocol: null }],
    });
    const rules = await call('GET', `/v1/security-group-rules?security_group_id=${group.id}&page=0&size=1`);
    expect(rules.body).toMatchObject({ count: 2 });
    expect(rules.body.security_group_rules).toHaveLength(1);
    expect((await call('GET', '/v1/security-groups/metrics/quotas')).body.security_groups.used).toBe(3);
    expect((await call('DELETE', `/v1/security-groups/${group.id}`)).status).toBe(204);
    expect(engine.store.all('security_group_rule').filter((r) => r.security_group_id === group.id)).toEqual([]);
    expect(engine.violations()).toEqual([]);
  });
});

describe.each([vpc, securityGroup])('every operation of the $service document with its example request', (spec) => {
  const cases = spec.cases.filter(
    (item, index, all) =>
      item.status < 300 &&
      item.missing === undefined &&
      all.findIndex((other) => other.operationId === item.operationId && other.status < 300) === index,
  );

  it.each(cases.map((item) => [item.operationId, item] as const))(
    '%s: a documented answer, never a 500',
    async (_, item) => {
      const engine = engineOf(spec);
      const path = item.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
        encodeURIComponent(String(item.init.params.path?.[name] ?? '')),
      );
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(item.init.params.query ?? {})) {
        for (const one of Array.isArray(value) ? value : [value]) query.append(name, String(one));
      }
      const target = `${path}${query.size > 0 ? `?${query}` : ''}`;
      const answer = await caller(engine, spec.service)(item.method.toUpperCase(), target, item.init.body);
      expect(engine.violations().map((record) => record.note)).toEqual([]);
      expect(answer.status).not.toBe(500);
    },
  );
});
