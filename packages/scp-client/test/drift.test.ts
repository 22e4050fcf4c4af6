/**
 * Drift reports from the SCP client, end to end: a server on a real socket answers a server's details with the
 * spec's own example broken (a wrong type, a missing required field, a new property), through the signed client.
 */
import { specPath } from '@cloudspecs/mock';
import { type AnsweringServer, answeringServer, contractCases } from '@cloudspecs/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScpClient, type DriftReport, DriftError, Scp } from '../src/index.js';

const example = contractCases(specPath('scp')).find((c) => c.operationId === 'showVirtualServer' && c.status === 200)
  ?.example as Record<string, unknown>;
const broken = structuredClone(example);
broken.locked = 'no'; // a boolean in the spec
delete broken.name; // required
broken.placement_hint = 'rack-b17'; // not in the spec

let server: AnsweringServer;
beforeAll(async () => {
  server = await answeringServer(200, broken);
});
afterAll(() => server.close());

const credentials = { accessKey: 'drift-access-key', secretKey: 'drift-secret-key-0d9e' };
const SERVER_ID = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';

describe('scp drift reports', () => {
  it('report mode, path style: each difference, without a value', async () => {
    const reports: DriftReport[] = [];
    const scp = createScpClient({
      ...credentials,
      baseUrl: server.origin,
      validate: 'report',
      onDrift: (r) => reports.push(r),
    });
    await scp.GET('/v1/servers/{server_id}', { params: { path: { server_id: SERVER_ID } } });
    expect(reports.map(({ pointer, kind }) => `${kind} ${pointer}`)).toEqual([
      'type /locked',
      'missing /name',
      'property /placement_hint',
    ]);
    expect(reports[0]).toMatchObject({
      vendor: 'scp',
      operationId: 'showVirtualServer',
      path: '/v1/servers/{server_id}',
    });
    const text = JSON.stringify(reports);
    for (const value of ['rack-b17', SERVER_ID, credentials.secretKey]) expect(text).not.toContain(value);
  });

  it('strict mode, resource layer: DriftError', async () => {
    const scp = new Scp({ ...credentials, baseUrl: server.origin, validate: 'strict' });
    await expect(scp.servers.get({ server_id: SERVER_ID })).rejects.toThrow(DriftError);
  });
});
