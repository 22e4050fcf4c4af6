/**
 * Drift reports from the Hostway client, end to end: a server on a real socket answers a server's details with the
 * spec's own example broken in four ways. `Server` is two schemas in one (`allOf`: ServerBase and the image and
 * flavor), so this also shows that a property one of them declares is never new to the other.
 */
import { specPath } from '@cloudspecs/mock';
import { type AnsweringServer, answeringServer, contractCases } from '@cloudspecs/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostwayClient, type DriftReport, DriftError, Hostway } from '../src/index.js';

const example = contractCases(specPath('hostway')).find(
  (c) => c.operationId === 'getServerForCurrentAccount' && c.status === 200,
)?.example as { server: Record<string, unknown> };
const NEW_STATUS = 'HIBERNATING-7a1';
const broken = structuredClone(example);
broken.server.status = NEW_STATUS; // not a ServerStatus
broken.server.progress = 'done'; // an integer in the spec
delete broken.server.userId; // required by ServerBase
broken.server.maintenanceWindow = { starts: 'Sunday' }; // declared by neither schema

let server: AnsweringServer;
beforeAll(async () => {
  server = await answeringServer(200, broken);
});
afterAll(() => server.close());

const credentials = { username: 'drift-user', password: 'drift-password-5be1' };

describe('hostway drift reports', () => {
  it("report mode, path style: the four differences, image and flavor (declared by Server's second schema) not among them", async () => {
    const reports: DriftReport[] = [];
    const hostway = createHostwayClient({
      ...credentials,
      baseUrl: server.origin,
      validate: 'report',
      onDrift: (r) => reports.push(r),
    });
    await hostway.GET('/servers/{serverId}', { params: { path: { serverId: '167' } } });
    // The undeclared property is looked for once, against what both schemas declare: before their own checks.
    expect(reports.map(({ pointer, kind, severity }) => `${kind} ${pointer} ${severity}`)).toEqual([
      'property /server/maintenanceWindow new',
      'enum /server/status new',
      'type /server/progress error',
      'missing /server/userId error',
    ]);
    expect(reports[0]).toMatchObject({
      vendor: 'hostway',
      operationId: 'getServerForCurrentAccount',
      method: 'GET',
      path: '/servers/{serverId}',
      status: 200,
    });
    const text = JSON.stringify(reports);
    for (const value of [NEW_STATUS, 'Sunday', '167', credentials.password]) expect(text).not.toContain(value);
  });

  it('strict mode, resource layer: DriftError', async () => {
    const hostway = new Hostway({ ...credentials, baseUrl: server.origin, validate: 'strict' });
    const error = await hostway.servers.get({ serverId: '167' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriftError);
    expect((error as DriftError).reports.map((r) => r.pointer)).toEqual([
      '/server/status',
      '/server/progress',
      '/server/userId',
    ]);
  });
});
