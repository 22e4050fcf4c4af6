/**
 * What the smoke test checks of the installed packages beyond the examples (examples/, type-checked beside this file):
 * things a user relies on without writing them down. Compiled under `moduleResolution` node16 and run against the
 * Prism mocks of the installed @cloudspecs/mock; every check prints one line, any surprise throws.
 */
import { createHostwayClient } from '@cloudspecs/hostway-client';
import { createKatapultClient, type DriftReport } from '@cloudspecs/katapult-client';
import { type RunningMock, startMock, type Vendor } from '@cloudspecs/mock';
import { ValidationError } from '@cloudspecs/runtime';
import { createScpClient } from '@cloudspecs/scp-client';

const mocks: RunningMock[] = [];
async function mock(vendor: Vendor): Promise<string> {
  const running = await startMock(vendor, { quiet: true });
  mocks.push(running);
  return running.url;
}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`smoke consumer: expected ${what}`);
  console.log(`  ✓ ${what}`);
}

try {
  // One copy of the runtime: the class a client throws is the one @cloudspecs/runtime exports.
  const katapultUrl = await mock('katapult');
  const katapult = createKatapultClient({ token: 'smoke-token', baseUrl: katapultUrl, throwOnError: true });
  const refused = await katapult
    .POST('/organizations/organization/ip_addresses', {
      body: { organization: { sub_domain: 'acme' }, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
      headers: { Prefer: 'code=422' },
    })
    .catch((error: unknown) => error);
  check(
    refused instanceof ValidationError && refused.status === 422,
    'a 422 throws the ValidationError of @cloudspecs/runtime',
  );

  // validate: the client imports its own ./validators entry from the installed package (no validators option), and
  // an answer that breaks the spec (here the mock's, with a number where the spec has a string) is reported.
  const reports: DriftReport[] = [];
  const checked = createKatapultClient({
    token: 'smoke-token',
    baseUrl: katapultUrl,
    validate: 'report',
    onDrift: (report) => reports.push(report),
    fetch: async (request) => {
      const answer = await fetch(request);
      const body = (await answer.json()) as { zones: { id: unknown }[] };
      for (const zone of body.zones) zone.id = 42;
      return new Response(JSON.stringify(body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
  await checked.GET('/zones', {});
  check(
    reports.length === 1 && reports[0]?.pointer === '/zones/*/id' && reports[0].seen === 'integer',
    `validate: 'report' loads the installed package's validators and reports a zone id that is not a string (${reports.map((r) => `${r.kind} ${r.pointer}`).join(', ')})`,
  );

  // SCP sends the pinned version, once per request, in its header.
  const sent: string[] = [];
  const scp = createScpClient({
    accessKey: 'smoke-access-key',
    secretKey: 'smoke-secret-key',
    apiVersion: '1.3',
    baseUrl: await mock('scp'),
    throwOnError: true,
    fetch: (request) => {
      sent.push(request.headers.get('Scp-Api-Version') ?? '(none)');
      return fetch(request);
    },
  });
  const { data: port } = await scp.POST('/v1/servers/{server_id}/interfaces', {
    params: { path: { server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' } },
    body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' },
  });
  check(
    scp.apiVersion === '1.3' && sent.join() === 'virtualserver 1.3' && typeof port.port_id === 'string',
    `SCP pinned to 1.3 sends one request with "Scp-Api-Version: virtualserver 1.3" (sent ${JSON.stringify(sent)})`,
  );

  // Hostway's accountId sends a short-form path to that account's long form.
  const paths: string[] = [];
  const hostway = createHostwayClient({
    username: 'smoke',
    password: 'smoke-password',
    accountId: 'smith1234',
    baseUrl: await mock('hostway'),
    throwOnError: true,
    fetch: (request) => {
      paths.push(new URL(request.url).pathname);
      return fetch(request);
    },
  });
  const created = await hostway.GET('/flavors/detail', {});
  check(
    created.response.status === 200 && paths.join() === '/accounts/smith1234/flexcloud/flavors/detail',
    `Hostway's accountId sends /flavors/detail as /accounts/smith1234/flexcloud/flavors/detail (sent ${paths.join()})`,
  );
} finally {
  await Promise.all(mocks.map((running) => running.close()));
}
