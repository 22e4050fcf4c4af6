/**
 * 6. The three clients at their real size: `tsc --noEmit` of a consumer making 10 calls through each client package
 * as a user installs it (its built dist), compared with the figures of baseline.ts, taken before the specs grew to
 * the vendors' whole documented APIs. §3 compares each client's bundle and §5 each vendor's generation time with it.
 */
import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { before, TYPECHECK_BUDGET, type Vendor, VENDORS } from './baseline.js';
import { type Budget, ms, ratio, type SectionResult, table } from './report.js';
import { median } from './stats.js';
import { runTsc, type TscRun, writeRusagePreload } from './type-scaling.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = 3;

/** Ten calls over GET, POST, PATCH/PUT and DELETE of operations each spec has had from the start. */
const CALLS: Record<Vendor, string> = {
  katapult: `import { createKatapultClient } from '@cloudspecs/katapult-client';

const c = createKatapultClient({ token: 't' });
const organization = { sub_domain: 'acme' };
const virtual_machine = { id: 'vm_1' };
const r0 = await c.GET('/organizations');
const r1 = await c.GET('/organizations/organization', { params: { query: { organization } } });
const r2 = await c.GET('/data_centers');
const r3 = await c.GET('/organizations/organization/virtual_machines', { params: { query: { organization, page: 2 } } });
const r4 = await c.GET('/virtual_machines/virtual_machine', { params: { query: { virtual_machine } }, timeout: 5_000 });
const r5 = await c.POST('/virtual_machines/virtual_machine/start', { body: { virtual_machine } });
const r6 = await c.POST('/organizations/organization/ip_addresses', {
  body: { organization, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
});
const r7 = await c.PATCH('/ip_addresses/ip_address', { body: { ip_address: { id: 'ip_1' }, reverse_dns: 'a.example' } });
const r8 = await c.DELETE('/ip_addresses/ip_address', { body: { ip_address: { id: 'ip_1' } } });
const r9 = await c.GET('/tasks/task', { params: { query: { task: { id: 'task_1' } } } });
export const seen = [
  r0.data?.organizations[0]?.id, r1.data?.organization.name, r2.data?.data_centers.length,
  r3.data?.pagination.total, r4.data?.virtual_machine.name, r5.data?.task.id, r6.error?.error.code,
  r6.data?.ip_address.address, r7.data?.ip_address.reverse_dns, r8.response.status, r9.data?.task.status,
];
`,
  hostway: `import { createHostwayClient } from '@cloudspecs/hostway-client';

const c = createHostwayClient({ username: 'u', password: 'p' });
const path = { accountId: '10001' };
const r0 = await c.GET('/servers');
const r1 = await c.GET('/accounts/{accountId}/flexcloud/servers/detail', { params: { path } });
const r2 = await c.GET('/servers/{serverId}', { params: { path: { serverId: '167' } }, timeout: 5_000 });
const r3 = await c.GET('/flavors');
const r4 = await c.GET('/accounts/{accountId}/flexcloud/images', { params: { path } });
const r5 = await c.POST('/servers', {
  body: { server: { name: 'web01', imageRef: 'i', flavorRef: 'f', securityGroupRef: 's', zone: 'AUS001' } },
});
const r6 = await c.POST('/os-floating-ips', { body: { zone: 'AUS001' } });
const r7 = await c.POST('/servers/{serverId}/action', {
  params: { path: { serverId: '167' } },
  body: { addFloatingIp: { address: '10.0.0.1' } },
});
const r8 = await c.GET('/os-floating-ips/{ipAddress}', { params: { path: { ipAddress: '10.0.0.1' } } });
const r9 = await c.DELETE('/os-floating-ips/{ipAddress}', { params: { path: { ipAddress: '10.0.0.1' } } });
export const seen = [
  r0.data?.servers[0]?.id, r1.data?.servers.length, r2.data?.server.status, r3.data?.flavors.length,
  r4.data?.images.length, r5.data?.server.id, r6.data?.floating_ip.ip, r7.response.status,
  r8.data?.floating_ip, r9.response.status,
];
`,
  scp: `import { createScpClient } from '@cloudspecs/scp-client';

const c = createScpClient({ accessKey: 'a', secretKey: 's' });
const server = { server_id: 'srv' };
const r0 = await c.GET('/v1/servers');
const r1 = await c.GET('/v1/servers/{server_id}', { params: { path: server }, timeout: 5_000 });
const r2 = await c.POST('/v1/servers/{server_id}/start', { params: { path: server } });
const r3 = await c.POST('/v1/servers/{server_id}/stop', { params: { path: server } });
const r4 = await c.GET('/v1/servers/{server_id}/interfaces', { params: { path: server } });
const r5 = await c.POST('/v1/servers/{server_id}/interfaces', { params: { path: server }, body: { subnet_id: 'sn' } });
const r6 = await c.GET('/v1/servers/{server_id}/interfaces/{port_id}', { params: { path: { ...server, port_id: 'p' } } });
const r7 = await c.PUT('/v1/servers/{server_id}/interfaces/{port_id}', {
  params: { path: { ...server, port_id: 'p' } },
  body: { fixed_ip_address: '10.0.0.5' },
});
const r8 = await c.DELETE('/v1/servers/{server_id}/interfaces/{port_id}', { params: { path: { ...server, port_id: 'p' } } });
const r9 = await c.GET('/v1/servers/{server_id}/ips', { params: { path: server } });
export const seen = [
  r0.data?.servers.length, r1.data?.name, r2.response.status, r3.response.status, r4.data?.interfaces.length,
  r5.data?.port_id, r6.data, r7.response.status, r8.response.status, r9.error,
];
`,
};

const PACKAGE_DIRS: Record<Vendor, string> = {
  katapult: 'katapult-client',
  hostway: 'hostway-client',
  scp: 'scp-client',
};

export async function vendorClients(): Promise<SectionResult> {
  const startedAt = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'cloudspecs-bench-vendors-'));
  try {
    const preload = await writeRusagePreload(work);
    await mkdir(join(work, 'node_modules', '@cloudspecs'), { recursive: true });
    await writeFile(join(work, 'package.json'), '{ "type": "module", "private": true }\n');
    for (const vendor of VENDORS) {
      const pkg = realpathSync(join(repoRoot, 'packages', PACKAGE_DIRS[vendor]));
      await symlink(pkg, join(work, 'node_modules', '@cloudspecs', PACKAGE_DIRS[vendor]), 'dir');
      await writeFile(join(work, `${vendor}.ts`), CALLS[vendor]);
      await writeFile(
        join(work, `tsconfig.${vendor}.json`),
        JSON.stringify({
          extends: join(repoRoot, 'tsconfig.base.json'),
          compilerOptions: { noEmit: true, types: [], declaration: false, declarationMap: false, sourceMap: false },
          files: [`${vendor}.ts`],
        }),
      );
    }
    await runTsc(work, VENDORS[0], preload); // warm-up: page cache, V8 code cache
    const runs = new Map<Vendor, TscRun[]>(VENDORS.map((vendor) => [vendor, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < VENDORS.length; i++) {
        const vendor = VENDORS[(round + i) % VENDORS.length] as Vendor;
        runs.get(vendor)?.push(await runTsc(work, vendor, preload));
      }
    }

    const rows: (string | number)[][] = [];
    const budgets: Budget[] = [];
    for (const vendor of VENDORS) {
      const then = before.vendors[vendor];
      const of = (key: keyof TscRun) => median((runs.get(vendor) ?? []).map((run) => run[key]));
      const growth = of('cpuMs') / then.typecheckCpuMs;
      rows.push([
        vendor,
        ms(then.typecheckCpuMs),
        ms(of('cpuMs')),
        ratio(growth),
        `${ms(then.typecheckWallMs)} → ${ms(of('wallMs'))}`,
        `${ms(then.typecheckCheckMs)} → ${ms(of('checkMs'))}`,
        `${then.instantiations.toLocaleString('en-US')} → ${of('instantiations').toLocaleString('en-US')}`,
      ]);
      budgets.push({
        name: `consumer type-check, 10 calls through ${vendor}-client: tsc CPU time ÷ before (${then.operations} operations)`,
        limit: `≤ ${ratio(TYPECHECK_BUDGET)}`,
        actual: ratio(growth),
        pass: growth <= TYPECHECK_BUDGET,
      });
    }
    return {
      title: '6. The clients at their real size, before and after',
      method: [
        '`tsc --noEmit` (tsconfig extending tsconfig.base.json) of a consumer making the same 10 calls (GET, POST,',
        'PATCH or PUT, DELETE; source in bench/src/vendor-clients.ts) through each client package as installed (its',
        `built dist), a child process per run, one warm-up, ${ROUNDS} rounds in rotating order, medians. "Before" is`,
        `bench/src/baseline.ts: ${before.what}, measured ${before.date} on ${before.machine} with \`${before.command}\`.`,
        'Budgeted: tsc CPU time (user + system) ≤ 2× before: on a shared machine the wall time mostly measures the',
        'wait for a core (1.5–3× the CPU time while the baseline was taken), and the instantiation count, which',
        'depends on nothing but the types, shows the same growth. Bundle growth and generation time are in §3 and §5.',
      ].join(' '),
      tables: [
        table(
          ['client', 'tsc CPU before', 'tsc CPU now', 'now ÷ before', 'tsc wall', 'tsc check', 'instantiations'],
          rows,
        ),
      ],
      budgets,
      seconds: (performance.now() - startedAt) / 1000,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
