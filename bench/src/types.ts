/**
 * Consumer type-check at each vendor's full size: `tsc --noEmit` of a file making 10 calls through a client package as
 * installed (its built dist). Path style against the figures before the breadth (≤ 2× the CPU time), and issue 15's:
 * the same 10 operations in resource style ≤ the path style.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { before, SCP_BEFORE_SERVICES, SCP_SERVICES_BUDGET, TYPECHECK_BUDGET } from './baseline.js';
import { alternate, atMost, type Budget, median, medianRatio, ms, ratio, type Section, table } from './measure.js';
import { type Vendor, VENDORS } from './vendors.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');
const run = promisify(execFile);

/** Ten calls over GET, POST, PATCH or PUT and DELETE; the same calls as the before figures were taken with. */
const PATH_CALLS: Record<Vendor, string> = {
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

/** Ten calls across SCP's three services on one client (issue 23): vpc, security-group and virtualserver. */
const SCP_SERVICES_CALLS = `import { createScpClient } from '@cloudspecs/scp-client';

const c = createScpClient({ accessKey: 'a', secretKey: 's' });
const server = { server_id: 'srv' };
const r0 = await c.GET('/v1/vpcs');
const r1 = await c.POST('/v1/vpcs', { body: { name: 'vpcweb', cidr: '10.0.0.0/16' } });
const r2 = await c.GET('/v1/subnets', { params: { query: { vpc_id: 'v' } }, timeout: 5_000 });
const r3 = await c.POST('/v1/subnets', { body: { name: 'sn', vpc_id: 'v', cidr: '10.0.1.0/24', type: 'GENERAL' } });
const r4 = await c.DELETE('/v1/subnets/{subnet_id}', { params: { path: { subnet_id: 's' } } });
const r5 = await c.GET('/v1/security-groups');
const r6 = await c.POST('/v1/security-group-rules', {
  body: { security_group_id: 'sg', direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
});
const r7 = await c.GET('/v1/servers');
const r8 = await c.POST('/v1/servers/{server_id}/interfaces', { params: { path: server }, body: { subnet_id: 'sn' } });
const r9 = await c.GET('/v1/servers/{server_id}', { params: { path: server } });
export const seen = [
  r0.data?.vpcs.length, r1.data?.vpc.id, r2.data?.subnets.length, r3.data?.subnet.id, r4.response.status,
  r5.data?.security_groups.length, r6.data?.security_group_rule.id, r7.data?.servers.length, r8.data?.port_id,
  r9.data?.name,
];
`;

/** The same ten operations through the resource layer (issue 15), as a user of `new <Vendor>` writes them. */
const RESOURCE_CALLS: Record<Vendor, string> = {
  katapult: `import { Katapult } from '@cloudspecs/katapult-client';

const k = new Katapult({ token: 't' });
const organization = { sub_domain: 'acme' };
const virtual_machine = { id: 'vm_1' };
const r0 = await k.organizations.list();
const r1 = await k.organizations.get({ organization });
const r2 = await k.dataCenters.list();
const r3 = await k.virtualMachines.list({ organization, page: 2 });
const r4 = await k.virtualMachines.get({ virtual_machine }, { timeout: 5_000 });
const r5 = await k.virtualMachines.start({ virtual_machine });
const r6 = await k.ipAddresses.create({ organization, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' });
const r7 = await k.ipAddresses.update({ ip_address: { id: 'ip_1' }, reverse_dns: 'a.example' });
const r8 = await k.ipAddresses.release({ ip_address: { id: 'ip_1' } }).withResponse();
const r9 = await k.tasks.get({ task: { id: 'task_1' } });
export const seen = [
  r0.organizations[0]?.id, r1.organization.name, r2.data_centers.length, r3.pagination.total,
  r4.virtual_machine.name, r5.task.id, r6.ip_address.address, r7.ip_address.reverse_dns, r8.response.status,
  r9.task.status,
];
`,
  hostway: `import { Hostway } from '@cloudspecs/hostway-client';

const h = new Hostway({ username: 'u', password: 'p' });
const r0 = await h.servers.list();
const r1 = await h.servers.listWithDetailsForAccount({ accountId: '10001' });
const r2 = await h.servers.get({ serverId: '167' }, { timeout: 5_000 });
const r3 = await h.flavors.list();
const r4 = await h.images.listForAccount({ accountId: '10001' });
const r5 = await h.servers.create({
  server: { name: 'web01', imageRef: 'i', flavorRef: 'f', securityGroupRef: 's', zone: 'AUS001' },
});
const r6 = await h.flexibleIps.allocate({ zone: 'AUS001' });
const r7 = await h.servers.performAction({ serverId: '167', addFloatingIp: { address: '10.0.0.1' } }).withResponse();
const r8 = await h.flexibleIps.get({ ipAddress: '10.0.0.1' });
const r9 = await h.flexibleIps.release({ ipAddress: '10.0.0.1' }).withResponse();
export const seen = [
  r0.servers[0]?.id, r1.servers.length, r2.server.status, r3.flavors.length, r4.images.length, r5.server.id,
  r6.floating_ip.ip, r7.response.status, r8.floating_ip, r9.response.status,
];
`,
  scp: `import { Scp } from '@cloudspecs/scp-client';

const s = new Scp({ accessKey: 'a', secretKey: 's' });
const server = { server_id: 'srv' };
const r0 = await s.servers.list();
const r1 = await s.servers.get(server, { timeout: 5_000 });
const r2 = await s.servers.start(server).withResponse();
const r3 = await s.servers.stop(server).withResponse();
const r4 = await s.servers.listInterfaces(server);
const r5 = await s.servers.createInterface({ ...server, subnet_id: 'sn' });
const r6 = await s.servers.getInterface({ ...server, port_id: 'p' });
const r7 = await s.servers.updateInterface({ ...server, port_id: 'p', fixed_ip_address: '10.0.0.5' }).withResponse();
const r8 = await s.servers.deleteInterface({ ...server, port_id: 'p' }).withResponse();
const r9 = await s.servers.listIps(server);
export const seen = [
  r0.servers.length, r1.name, r2.response.status, r3.response.status, r4.interfaces.length, r5.port_id, r6,
  r7.response.status, r8.response.status, r9,
];
`,
};

interface TscRun {
  cpuMs: number;
  checkMs: number;
  instantiations: number;
}

/** Makes the tsc child print its own CPU time when it exits (tsc calls process.exit). */
const RUSAGE = `process.on('exit', () => { const u = process.resourceUsage();
  process.stderr.write('\\nbench-cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n`;

async function runTsc(dir: string, project: string): Promise<TscRun> {
  const args = ['--require', join(dir, 'rusage.cjs'), tsc, '-p', join(dir, `tsconfig.${project}.json`)];
  const { stdout, stderr } = await run(process.execPath, [...args, '--extendedDiagnostics']).catch((error) => {
    const errors = String(error.stdout)
      .split('\n')
      .filter((line) => line.includes('error TS'));
    throw new Error(`bench: tsc failed on the ${project} consumer:\n${errors.slice(0, 3).join('\n')}`);
  });
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(stdout)?.[1]);
  return {
    cpuMs: Number(/bench-cpu (\d+)/.exec(stderr)?.[1]) / 1000,
    checkMs: field('Check time') * 1000,
    instantiations: field('Instantiations'),
  };
}

export async function typeCheck(rounds = 4): Promise<Section> {
  const dir = await mkdtemp(join(tmpdir(), 'cloudspecs-bench-types-'));
  try {
    await writeFile(join(dir, 'rusage.cjs'), RUSAGE);
    await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    await mkdir(join(dir, 'node_modules', '@cloudspecs'), { recursive: true });
    const projects: string[] = [];
    for (const vendor of VENDORS) {
      const pkg = `${vendor}-client`;
      await symlink(join(repoRoot, 'packages', pkg), join(dir, 'node_modules', '@cloudspecs', pkg), 'dir');
      for (const [style, source] of [
        ['path', PATH_CALLS[vendor]],
        ['resource', RESOURCE_CALLS[vendor]],
        ...(vendor === 'scp' ? ([['services', SCP_SERVICES_CALLS]] as const) : []),
      ] as const) {
        const project = `${vendor}-${style}`;
        await writeFile(join(dir, `${project}.ts`), source);
        const compilerOptions = {
          noEmit: true,
          types: [],
          declaration: false,
          declarationMap: false,
          sourceMap: false,
        };
        const tsconfig = { extends: join(repoRoot, 'tsconfig.base.json'), compilerOptions, files: [`${project}.ts`] };
        await writeFile(join(dir, `tsconfig.${project}.json`), JSON.stringify(tsconfig));
        projects.push(project);
      }
    }
    const runs = new Map<string, TscRun[]>(projects.map((project) => [project, []]));
    await alternate(
      Object.fromEntries(
        projects.map((project) => [
          project,
          async () => {
            const run = await runTsc(dir, project);
            runs.get(project)?.push(run);
            return run.cpuMs;
          },
        ]),
      ),
      rounds,
    );
    const rows: (string | number)[][] = [];
    const budgets: Budget[] = [];
    // The warm-up round's run is the first of each list: left out of the figures.
    const of = (project: string) => (runs.get(project) ?? []).slice(1);
    const cpu = (project: string) => of(project).map((run) => run.cpuMs);
    for (const vendor of VENDORS) {
      const then = before.vendors[vendor];
      for (const style of vendor === 'scp'
        ? (['path', 'resource', 'services'] as const)
        : (['path', 'resource'] as const)) {
        const project = `${vendor}-${style}`;
        const check = median(of(project).map((run) => run.checkMs));
        const instantiations = median(of(project).map((run) => run.instantiations));
        rows.push([vendor, style, ms(median(cpu(project))), ms(check), instantiations.toLocaleString('en-US')]);
      }
      budgets.push(
        atMost(
          `type-check of 10 path-style calls, ${vendor}-client: tsc CPU time ÷ before (${then.operations} operations)`,
          median(cpu(`${vendor}-path`)) / then.typecheckCpuMs,
          TYPECHECK_BUDGET,
          ratio,
          `before ${ms(then.typecheckCpuMs)}, ${then.instantiations.toLocaleString('en-US')} instantiations`,
        ),
      );
      budgets.push(
        atMost(
          `type-check of the same 10 calls in resource style ÷ path style, ${vendor}-client: tsc CPU time`,
          medianRatio(cpu(`${vendor}-resource`), cpu(`${vendor}-path`)),
          1,
          ratio,
        ),
      );
    }
    budgets.push(
      atMost(
        `type-check of 10 path-style calls across SCP's three services (issue 23): instantiations ÷ virtualserver's 10 calls before they joined (${SCP_BEFORE_SERVICES.operations} operations)`,
        median(of('scp-services').map((run) => run.instantiations)) / SCP_BEFORE_SERVICES.instantiations,
        SCP_SERVICES_BUDGET,
        ratio,
        `before ${SCP_BEFORE_SERVICES.instantiations.toLocaleString('en-US')} instantiations`,
      ),
    );
    return {
      title: 'Consumer type-check (10 calls, full API size)',
      method:
        '`tsc --noEmit --extendedDiagnostics` (tsconfig extending tsconfig.base.json) of a file making 10 calls ' +
        '(GET, POST, PATCH or PUT, DELETE; bench/src/types.ts; for SCP also 10 across its three services) through each client package as installed (its built ' +
        `dist), a child process per run; ${rounds} rounds after a warm-up round, rotating order, medians. Budgeted: ` +
        'tsc CPU time (user + system; on a shared machine wall time mostly measures the wait for a core), against ' +
        'bench/src/baseline.ts for the path style, and as the median per-round ratio for resource ÷ path style.',
      tables: [table(['vendor', 'style', 'tsc CPU', 'check time', 'instantiations'], rows, 'll')],
      budgets,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
