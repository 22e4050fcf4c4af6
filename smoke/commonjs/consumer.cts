/**
 * A CommonJS project's view of the packages: `"type": "commonjs"` (npm init's default), compiled by TypeScript with
 * `module` node16 (so every import below becomes `require()`, and the types come from the packages' `.d.cts` files),
 * and run by Node, which `require()`s the ES modules (Node ≥ 20.19). Each client is called against the installed
 * @cloudspecs/mock; every check prints one line, any surprise throws.
 */
import { type IpAddress, Katapult } from '@cloudspecs/katapult-client';
import { Hostway } from '@cloudspecs/hostway-client';
import { type RunningMock, startMock } from '@cloudspecs/mock';
import { ValidationError } from '@cloudspecs/runtime';
import { Scp } from '@cloudspecs/scp-client';

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`smoke commonjs consumer: expected ${what}`);
  console.log(`  ✓ ${what}`);
}

/** Never called: type checks only. If the types had not resolved (`any`), these directives would be unused errors. */
export function typesAreThePackages(katapult: Katapult): void {
  // @ts-expect-error: a lookup takes exactly one of its keys
  void katapult.ipAddresses.create({ organization: { id: 'org_1', sub_domain: 'acme' }, network: { id: 'n' } });
  // @ts-expect-error: IpAddress has no field `addr`
  const wrong: IpAddress = { addr: '192.0.2.1' };
  void wrong;
}

async function main(): Promise<void> {
  check(typeof require === 'function' && typeof module === 'object', 'this file runs as CommonJS');
  const mocks: RunningMock[] = [];
  const mock = async (vendor: 'katapult' | 'hostway' | 'scp') => {
    const running = await startMock(vendor, { quiet: true });
    mocks.push(running);
    return running.url;
  };
  try {
    const katapult = new Katapult({ token: 'smoke-token', baseUrl: await mock('katapult') });
    const { ip_address } = await katapult.ipAddresses.create({
      organization: { sub_domain: 'acme' },
      network: { permalink: 'uk-lon-01-public' },
      version: 'ipv4',
    });
    check(
      typeof ip_address.address === 'string',
      `require('@cloudspecs/katapult-client'): ipAddresses.create → ${ip_address.address}`,
    );

    const refused = await katapult.ipAddresses
      .create(
        { organization: { sub_domain: 'acme' }, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
        { headers: { Prefer: 'code=422' } },
      )
      .catch((error: unknown) => error);
    // The ES module of the runtime, loaded with import(): the same module require() gave, so the same class.
    const imported = await import('@cloudspecs/runtime');
    check(
      refused instanceof ValidationError && imported.ValidationError === ValidationError,
      "a 422 throws the ValidationError that both require('@cloudspecs/runtime') and import() give (one copy)",
    );

    const hostway = new Hostway({ username: 'smoke', password: 'smoke-password', baseUrl: await mock('hostway') });
    const { flavors } = await hostway.flavors.list();
    check(Array.isArray(flavors), `require('@cloudspecs/hostway-client'): flavors.list → ${flavors.length} flavors`);

    const scp = new Scp({
      accessKey: 'smoke-access-key',
      secretKey: 'smoke-secret-key',
      apiVersion: '1.3',
      baseUrl: await mock('scp'),
    });
    const port = await scp.servers.createInterface({
      server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f',
      subnet_id: '78b2ee3f074145c580ab6abac4821f97',
    });
    check(
      typeof port.port_id === 'string',
      `require('@cloudspecs/scp-client'): servers.createInterface → ${port.port_id}`,
    );
  } finally {
    await Promise.all(mocks.map((running) => running.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
