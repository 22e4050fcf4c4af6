/**
 * pnpm readmes [--check]
 *
 * Writes each published package's README.md from one template (scripts/package-readmes/template.md) and its LICENSE
 * from the repository's. The code in the READMEs is the files of examples/, which the root suite runs against the
 * mocks (scripts/test/examples.test.ts) and the smoke test (smoke/run.mjs) type-checks against the packed packages, so
 * a README example that stops compiling or working fails CI. The handwritten READMEs (the root one, the runtime's)
 * embed the same files where a `<!-- example: examples/<file> -->` line precedes a fenced block: this script rewrites
 * that block.
 * The errors, retries and timeouts text is taken from packages/runtime/README.md, the runtime's handwritten README,
 * which this script leaves as it is.
 *
 * The client packages are the vendors of the registry (redocly.yaml, scripts/lib/registry.ts): their package, factory,
 * name and credential options (with their environment variables) come from there; what only prose can say about a
 * vendor (its API, auth details, errors, waiting, versions) from `vendorText` below.
 *
 * A `## ` section of the template whose placeholders are all `null` for a package is left out of its README.
 * --check writes nothing and fails, naming the stale files, when a README or LICENSE differs from what it would write.
 * --root DIR works on another checkout (the registry test uses a scratch copy).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installInstructions, installMarkdown } from './lib/install.ts';
import { loadRegistry, type VendorEntry } from './lib/registry.ts';
import { className } from './lib/naming.ts';

const rootFlag = process.argv.indexOf('--root');
const root =
  rootFlag === -1 ? fileURLToPath(new URL('..', import.meta.url)) : resolve(process.argv[rootFlag + 1] ?? '.');
const registry = await loadRegistry(root);
const here = join(root, 'scripts', 'package-readmes');

/** Each twin's table (packages/mock/src/generated/<vendor>-twin.ts, written by `pnpm generate`): how much is stateful. */
interface TwinCount {
  vendor: string;
  name: string;
  stateful: number;
  total: number;
  fromExamples: string[];
}
const twins: TwinCount[] = [];
for (const entry of registry) {
  const table = join(root, 'packages', 'mock', 'src', 'generated', `${entry.vendor}-twin.ts`);
  if (!existsSync(table)) continue;
  const { operations } = (await import(pathToFileURL(table).href)) as {
    operations: readonly { operationId: string; served: string }[];
  };
  const fromExamples = operations.filter((row) => row.served !== 'stateful').map((row) => row.operationId);
  twins.push({
    vendor: entry.vendor,
    name: entry.name,
    stateful: operations.length - fromExamples.length,
    total: operations.length,
    fromExamples,
  });
}
const examplesDir = join(root, 'examples');
const command = 'pnpm readmes';

interface Manifest {
  name: string;
  description: string;
  engines?: { node?: string };
  repository?: { url?: string; directory?: string };
}

/** A placeholder's text, or null to leave its section out. */
type Sections = Record<string, string | null>;

interface PackageReadme {
  dir: string;
  /** false: the README is handwritten (only the LICENSE is written) */
  readme: boolean;
  sections?: (context: Context) => Sections;
}

interface Context {
  manifest: Manifest;
  /** https://github.com/owner/repo/blob/main */
  blob: string;
  /** where .github/workflows/docs.yml publishes site/: https://owner.github.io/repo */
  pages: string;
  /** the repository's page: https://github.com/owner/repo */
  repository: string;
  runtimeReadme: string;
}

const example = (name: string): string => {
  const path = join(examplesDir, name);
  if (!existsSync(path)) throw new Error(`package-readmes: no example ${relative(root, path)}`);
  return `\`\`\`ts\n${readFileSync(path, 'utf8').trimEnd()}\n\`\`\``;
};

/** READMEs written by hand that embed examples (`<!-- example: examples/<file> -->` before a fenced block). */
const handwritten = ['README.md', 'packages/runtime/README.md'];
const EMBEDDED = /^<!-- example: examples\/(\S+) -->\n```ts\n(?:[\s\S]*?\n)??```$/gm;

/** The markdown with the fenced block after each example marker replaced by the file as it is now. */
function embedExamples(markdown: string, source: string): string {
  for (const marker of markdown.matchAll(/^<!-- example: (.*) -->$/gm)) {
    const end = (marker.index ?? 0) + marker[0].length;
    if (!/^examples\/\S+$/.test(marker[1] ?? '') || !markdown.startsWith('\n```ts\n', end)) {
      throw new Error(
        `package-readmes: ${source}: "${marker[0]}" must name a file of examples/ and be followed by a \`\`\`ts block`,
      );
    }
  }
  return markdown.replace(EMBEDDED, (_, file: string) => `<!-- example: examples/${file} -->\n${example(file)}`);
}

/** The body of a `## heading` section of a README, without the heading. */
function section(markdown: string, heading: string, source: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) {
    throw new Error(`package-readmes: ${source} has no "## ${heading}" section, which the package READMEs include`);
  }
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

const runtimeSections = ({ runtimeReadme }: Context) => {
  const source = 'packages/runtime/README.md';
  return {
    errors: section(runtimeReadme, 'Errors', source),
    drift: section(runtimeReadme, 'Drift reports', source),
    retries: [
      section(runtimeReadme, 'Retries', source),
      '### Timeouts and cancellation',
      section(runtimeReadme, 'Timeouts and cancellation', source),
    ].join('\n\n'),
    rateLimits: section(runtimeReadme, 'Rate limits', source),
    traces: section(runtimeReadme, 'Traces', source),
  };
};

const errorClassesNote =
  'The error classes are exported by this package (they are defined once, in `@cloudspecs/runtime`, which it ' +
  'depends on), so `instanceof` works whichever of the two you import them from.';

/** What the registry cannot say about a vendor, in the README's words. */
interface VendorText {
  api: string;
  /** after the table of credential options (from the registry): more rows (`| \`accountId\` (optional) | — |`), then prose */
  credentialsNote: string;
  firstCall: string;
  /** the path layer underneath, with an example: shown once, in one vendor's README */
  pathLayer: string | null;
  errors: string;
  waiting: string;
  versions: string | null;
}

const vendorText: Record<string, VendorText> = {
  katapult: {
    api: 'every operation of the Katapult core API v1 (virtual machines and their builds, disks, IP addresses, networks, security groups, DNS, load balancers, object storage, organizations, tasks, …)',
    credentialsNote: [
      '',
      'Sent as `Authorization: Bearer …`. The function form is called for every attempt, so a refreshed token is used',
      'as soon as it is returned.',
    ].join('\n'),
    firstCall: [
      example('katapult-first-call.ts'),
      '',
      'Lookups such as `organization` take exactly one of their keys (`{ id }` or `{ sub_domain }`): passing two does',
      'not compile. A method exists for every operation of the spec, named by namespace and action (the rule is in',
      '`specs/README.md`); every schema is a named type (`IpAddress`, `VirtualMachine`, …).',
    ].join('\n'),
    pathLayer: [
      'Under every resource method is an [openapi-fetch](https://openapi-ts.dev/openapi-fetch/) client called by path,',
      'for code that already speaks openapi-fetch or wants its result style (`{ data, error, response }`, `error`',
      "typed as the operation's documented error bodies). `new Katapult(options).client` is one (it throws); the",
      'factory makes one that returns results unless `throwOnError: true`. The other client packages have the same',
      '(`hostway.client`, `createHostwayClient`; `scp.client`, `createScpClient`).',
      '',
      example('katapult-path-style.ts'),
    ].join('\n'),
    errors: [
      'Katapult answers errors as `{ error: { code, description, detail } }`: the error classes take `code` and',
      "`message` from its `code` and `description` (in the path layer's result style, `error.error.code` is typed per",
      'operation). A 400 `missing_api_token` or `invalid_api_token` is an `AuthenticationError`; a 503',
      '`service_unavailable` was not executed, so it is retried even for a POST.',
      '',
      example('katapult-errors.ts'),
    ].join('\n'),
    waiting: [
      'A list method awaited is its first page, `pagination` included; iterated with `for await`, it is every item of',
      "every page (`page`/`per_page`, up to `total_pages`). `katapult.tasks.wait` polls a power action's queued task",
      'until it completes; `katapult.virtualMachines.waitForBuild` a build until it names its virtual machine.',
      '',
      example('katapult-waiting.ts'),
      '',
      "End to end, building a virtual machine and waiting for it: the build's task, then the build itself until it",
      'names its machine; then an address for it, and everything torn down again (run against the real API, it builds',
      'a real VM):',
      '',
      example('katapult-provision.ts'),
    ].join('\n'),
    versions: null,
  },
  hostway: {
    api: 'the Hostway FlexCloud API (servers, server actions, zones, firewall groups, volumes, flexible IPs, flavors, images)',
    credentialsNote: [
      '| `accountId` (optional) | — |',
      '',
      'Every call exists as `/accounts/{accountId}/flexcloud/…` and as a short form (`/servers`) acting on the account',
      'of the credentials. With `accountId`, short-form calls are sent to the long form of that account, so the account',
      'never depends on which one the credentials default to.',
    ].join('\n'),
    firstCall: [
      example('hostway-first-call.ts'),
      '',
      "`hostway.servers.waitForServer` takes the create call's `.withResponse()` (its `Location` header or `self`",
      'link), a server URL or `{ serverId }`, and polls through the client (its `baseUrl`, its credentials) until the',
      'server leaves BUILD: it resolves with the ACTIVE server, throws `WaitFailedError` for any other final status,',
      '`TimeoutError` after 30 minutes.',
      '',
      'Renaming and deleting a server (`hostway.servers.update({ serverId, server: { name } })`, answering the server;',
      '`hostway.servers.delete({ serverId })`, answering 204; `updateForAccount` and `deleteForAccount` in the long',
      "form) are inferred: Hostway's pages name them but no copy of their documentation survives, so they follow the",
      'OpenStack Compute API that FlexCloud follows everywhere else. The reference marks them; check them against your',
      'account before relying on them.',
    ].join('\n'),
    pathLayer: null,
    errors: [
      'Hostway answers OpenStack-style faults whose single key is the error code (`{ itemNotFound: { code, message } }`)',
      'and plain text for a 401; `code` is the fault name and `message` its message.',
      '',
      example('hostway-errors.ts'),
    ].join('\n'),
    waiting: [
      'A list method iterated with `for await` walks every page (`page`/`pageSize`, following the `next` link); paging',
      'is always explicit, so the API never answers 303. Waiting for a new server is `hostway.servers.waitForServer`,',
      'in the first call above.',
      '',
      example('hostway-waiting.ts'),
    ].join('\n'),
    versions: null,
  },
  scp: {
    api: "Samsung Cloud Platform's virtualserver API (servers, images, key pairs, volumes, snapshots, Auto-Scaling Groups, …; API versions 1.0–1.3), its vpc API (VPCs, subnets, ports, public IPs, gateways, NATs, peerings, …) and its security-group API (security groups and their rules), all on one client",
    credentialsNote: [
      '| `accountId` (optional; sent as `Scp-AccountId` and signed) | — |',
      '',
      'Every attempt is signed afresh with HMAC-SHA256 through Web Crypto (`Scp-AccessKey`, `Scp-Timestamp`,',
      '`Scp-ClientType`, `Scp-Signature`).',
      '',
      "Each operation goes to its own service's host, `https://<service>.<region>.<env>.samsungsdscloud.com`",
      '(`virtualserver`, `vpc`, `security-group`): `region` (`kr-west1`, …) and `env` (`s`, `g`, `e`) choose them.',
      "`endpoints: { vpc: 'https://…' }` names one service's host instead (a private endpoint, a proxy);",
      "`discovery: { authUrl }` finds the hosts `endpoints` does not name in the identity service's catalog",
      '(`GET {authUrl}/endpoints`, signed, fetched once per client), each by its `service_type` — by default the',
      "service's host name; the vendor does not document them, so `discovery.serviceTypes` sets them (a catalog",
      "without one is a `ConfigurationError` listing what it offers) — and by the client's region. `baseUrl` sends",
      'every service to one host (a mock serving all three).',
    ].join('\n'),
    firstCall: example('scp-first-call.ts'),
    pathLayer: null,
    errors: [
      'SCP answers a 400 as a validation list `[{ loc, msg, type_ }]` and other errors as `{ errors: [{ code, detail }] }`;',
      '`code` and `message` come from the first entry.',
      '',
      example('scp-errors.ts'),
    ].join('\n'),
    waiting: [
      "A list method iterated with `for await` walks every page on its service's scheme: `limit` and `marker` (the id",
      "of the last item of the previous page; a key pair's name) for virtualserver's lists and the VPCs, subnets,",
      'ports, public IPs and gateways; `page` (from 0) and `size` until `count` for the security groups, their rules,',
      'private NATs, transit gateways and peerings. Creating a server answers 202 with its id;',
      '`scp.servers.waitForServer` polls it until it is ACTIVE, and throws `WaitFailedError` when it is ERROR or',
      'DELETED (any other state, such as BUILD, is waited out). A new VPC or subnet is CREATING:',
      '`scp.vpcs.waitForVpc` and `scp.subnets.waitForSubnet` wait until it is ACTIVE, the same way.',
      '',
      example('scp-waiting.ts'),
    ].join('\n'),
    versions: [
      'The client pins one API version and sends it with every request as `Scp-Api-Version: <service> <version>`,',
      "naming the operation's own service: `virtualserver 1.3`, `vpc 1.0`, `securitygroup 1.0` (no hyphen).",
      'The default is the newest version that is CURRENT in the spec this release was generated from, so a new release',
      'of the client can move it: **pass `apiVersion` to pin the version your code was written against.** An operation',
      'that does not have the pinned version is sent with its own newest CURRENT version.',
      '',
      'Without the header the server uses its newest CURRENT version, which may be newer than the document the types',
      'come from, so the client always sends one.',
      '',
      'The client checks the pinned version against every operation that documents it when it is created:',
      '',
      '- DEPRECATED before its Not Before date: a warning naming the version to move to.',
      '- DEPRECATED past its Not Before date: a `ConfigurationError` naming the replacement, unless',
      '  `allowExpiredApiVersion: true`.',
      '- Unknown or PLANNED: a `ConfigurationError` listing the versions the spec documents.',
      '',
      'A CURRENT or SUPPORTED version is only guaranteed until its Not Before date; the vendor may withdraw it after.',
      'A request sent with a version past its date still goes out. Where the operation documents a newer version, a',
      'warning names it, once per operation and version. Where it does not, there is nothing to change, and one warning',
      'says so, once per process: most operations are documented only as `1.0` CURRENT, Not Before 2026-07-01, so this',
      'is the warning most programs see. Warnings go to `onWarning` (default `console.warn`), each at most once per',
      'function given.',
      '',
      "A call's own `apiVersion` wins over the client's choice: a documented version is checked like a pinned one, and",
      "one the spec does not document yet (`'1.4'`) is sent as it is, with the spec's types. To send one version with",
      "every call, set `headers: { 'Scp-Api-Version': 'virtualserver 1.4' }` on the client (no checks, no warnings;",
      'it goes with the calls of every service, so use such a client for one service only).',
      '',
      '`apiVersions`, `defaultApiVersion` and `operationVersions` are generated from the spec:',
      '',
      example('scp-versions.ts'),
    ].join('\n'),
  },
};

/**
 * The link to the package's CHANGELOG.md, only once there is one: changesets writes it at the first release, and a
 * link to a file that is not in the tarball is a dead link on npm.
 */
function changelog(dir: string): string {
  return existsSync(join(root, 'packages', dir, 'CHANGELOG.md')) ? '[CHANGELOG](./CHANGELOG.md) · ' : '';
}

/** The table of credential options from the registry, then the vendor's own note. */
function credentialsTable(entry: VendorEntry, note: string): string {
  return [
    '| option | environment variable used when the option is not given |',
    '| --- | --- |',
    ...entry.credentials.map(({ option, env, description }) => `| \`${option}\`: ${description} | \`${env}\` |`),
    note,
  ].join('\n');
}

function clientSections(entry: VendorEntry) {
  const text = vendorText[entry.vendor];
  if (!text) {
    throw new Error(
      `package-readmes: redocly.yaml registers ${entry.vendor}, but scripts/package-readmes.ts has no README text for it: add \`${entry.vendor}\` to vendorText (api, credentialsNote, firstCall, pathLayer, errors, waiting, versions)`,
    );
  }
  const v = { ...text, vendor: entry.vendor, factory: entry.factory, resources: className(entry.vendor) };
  const key = entry.packageDirName;
  return (context: Context): Sections => {
    const specs = entry.documents.map((document) => relative(root, document.specPath));
    const links = specs.map((spec) => `[\`${spec}\`](${context.blob}/${spec})`);
    const runtime = runtimeSections(context);
    return {
      intro: [
        specs.length === 1
          ? `A typed client for ${v.api}, generated from the OpenAPI document ${links[0]}.`
          : `A typed client for ${v.api}, generated from the OpenAPI documents ${links.slice(0, -1).join(', ')} and ${links.at(-1)}.`,
        `\`new ${v.resources}(options)\` has a method per operation, whose one argument object (path, query and body`,
        `fields together), result and named models are typed from ${specs.length === 1 ? 'that document' : 'those documents'}: a wrong key, a missing parameter or`,
        'a wrong body does not compile. Calls resolve to the data and throw typed errors; lists page themselves; waits',
        `sit next to the operations they wait for. Underneath is an [openapi-fetch](https://openapi-ts.dev/openapi-fetch/)`,
        `client called by path (\`${v.factory}\`). Retries, timeouts, typed errors, redacted logging, polling and`,
        'pagination come from [`@cloudspecs/runtime`](https://www.npmjs.com/package/@cloudspecs/runtime).',
      ].join('\n'),
      install: installMarkdown(
        installInstructions(root, [{ name: context.manifest.name, dir: key }], context.repository),
      ),
      mainExport: v.resources,
      credentials: [
        credentialsTable(entry, v.credentialsNote),
        '',
        'A missing credential is a `ConfigurationError` when the client is created, naming the option and the variable.',
        'Credentials are never sent over plain `http://` to a host other than loopback unless `allowInsecureHttp: true`,',
        'and never appear in an error message, a serialised error or a log line.',
      ].join('\n'),
      firstCall: v.firstCall,
      pathLayer: v.pathLayer,
      errors: [v.errors, errorClassesNote, runtime.errors].join('\n\n'),
      retries: runtime.retries,
      rateLimits: runtime.rateLimits,
      traces: runtime.traces,
      waiting: v.waiting,
      drift: runtime.drift,
      versions: v.versions,
      testing: [
        `[\`@cloudspecs/mock\`](https://www.npmjs.com/package/@cloudspecs/mock) serves this API's OpenAPI document with`,
        `Prism: \`const mock = await startMock('${v.vendor}')\`, then \`new ${v.resources}({ …, baseUrl: mock.url })\`. Its`,
        'README has a vitest setup. Requests and responses are checked against the document, and the `Prefer` header',
        'picks a documented answer (`Prefer: code=404`), so your error handling can be tested too. Unit tests can pass',
        'their own `fetch` option instead.',
        ...(twins.some((twin) => twin.vendor === v.vendor)
          ? [
              '',
              `For flows over time — provision, wait, use, tear down — \`@cloudspecs/mock/twin\` has a twin of this API:`,
              `\`const twin = await createTwin('${v.vendor}')\`, then \`new ${v.resources}({ …, fetch: twin.fetch })\`. It keeps`,
              'what your calls create, moves builds and tasks along on a clock your test controls, and can be made to fail',
              '(a build that fails, a 429, a dropped connection); its README\'s "Testing your code against a twin"',
              'has a vitest example.',
            ]
          : []),
      ].join('\n'),
      twin: null,
      cli: null,
      addingTwin: null,
      reference: [
        ...(specs.length === 1
          ? [
              `- [API reference](${context.pages}/${v.vendor}/): every operation, parameter, response and example, built from`,
              `  ${links[0]}, the OpenAPI document this client is typed from.`,
            ]
          : entry.documents.map(
              (document, index) =>
                `- [API reference: ${document.name}](${context.pages}/${index === 0 ? v.vendor : `${v.vendor}-${document.name}`}/): every operation, parameter, response and example of ${links[index]}.`,
            )),
        `- [\`@cloudspecs/runtime\`](${context.blob}/packages/runtime/README.md): options, errors, retries, timeouts,`,
        '  rate limits, traces, logging, polling and pagination in full.',
        `- ${changelog(key)}[how a spec change becomes a release](${context.blob}/CONTRIBUTING.md#releasing)`,
      ].join('\n'),
    };
  };
}

const mockSections = (context: Context): Sections => ({
  intro: [
    `Prism mock servers of the cloudspecs vendor APIs (${registry.map((entry) => entry.name).join(', ')}), for testing your own code without`,
    'credentials or network. `startMock` runs Prism in your process from the bundled OpenAPI document the clients are',
    'generated from: every request is validated against it, and a request that breaks it is refused the way the',
    "vendor documents a refusal, listing what was wrong (Katapult's `422 validation_error` with `detail.errors`,",
    "Hostway's `computeFault`, SCP's list of `{ loc, msg, type_ }`). The violations also travel in the",
    "`sl-violations` response header, and a cloudspecs client's error carries them as `error.violations`.",
    '',
    "What no operation can take is refused in the same forms, never with Prism's own `application/problem+json`:",
    '',
    '| request | Katapult | Hostway | SCP |',
    '| --- | --- | --- | --- |',
    '| an unknown path | 404 `route_not_found` | 404 `itemNotFound` | 404, no body |',
    '| a method the path does not take (and TRACE) | 404 `route_not_found` (Katapult routes by both) | 405 `computeFault`, `Allow` | 405, no body, `Allow` |',
    '| malformed JSON | 400 `invalid_json_body` | 400 `computeFault` | 400 `[{ loc: ["body"], type_: "value_error.jsondecode" }]` |',
    "| a body over 10 MiB (Prism's limit; never buffered past it) | 413 `payload_too_large` | 413 `computeFault` | 413, no body |",
    '| a target that is not a path of the mock (`OPTIONS *`, a proxy\'s absolute URL) | 400 `invalid_request_target` | 400 `computeFault` | 400 `[{ loc: ["path"] }]` |',
    '',
    'A mock of your own spec (`{ spec }`) answers these with an `application/problem+json` of its own.',
    '',
    'For what a mock that forgets every request cannot test — provision, wait, use, tear down; bulk work under a rate',
    `limit; recovery from a failed build — it has vendor **twins** (${twins.map((twin) => twin.name).join(', ')} today):`,
    'mocks that keep what requests create, move builds and tasks through their states on a clock your test controls,',
    'can be made to fail, and check every answer against the same document before sending it',
    '(`@cloudspecs/mock/twin`, below).',
  ].join('\n'),
  install: installMarkdown(
    installInstructions(root, [{ name: context.manifest.name, dir: 'mock', dev: true }], context.repository),
  ),
  mainExport: 'startMock',
  credentials: null,
  pathLayer: null,
  firstCall: [
    example('mock-first-call.ts'),
    '',
    '`startMock(vendor, { port, host, errors, quiet, log, logLevel })`: `port` 0 (the default) picks a free port;',
    '`errors: false` serves answers that break the spec instead of an error status; one line per request (method,',
    'path, status, the error code and the violations) goes to `console.log` unless `quiet: true`, or to',
    '`log: (line) => …` (an exception it throws is reported once, as a process warning, and never stops the mock);',
    "`logLevel` is Prism's own (default `'silent'`).",
    'Requests must carry credentials of the right kind (any value): a client created with test credentials does.',
  ].join('\n'),
  errors: null,
  retries: null,
  rateLimits: null,
  traces: null,
  waiting: null,
  drift: null,
  versions: null,
  testing: [
    'One mock for the whole test run, started by a vitest `globalSetup` and handed to the tests with `provide` /',
    '`inject`:',
    '',
    '`vitest.config.ts`',
    '',
    example('mock-vitest/vitest.config.ts'),
    '',
    '`mock-setup.ts`',
    '',
    example('mock-vitest/mock-setup.ts'),
    '',
    '`ip-addresses.test.ts`',
    '',
    example('mock-vitest/ip-addresses.test.ts'),
    '',
    'The `Prefer` header picks one of the answers the spec documents: `Prefer: code=422`, or',
    '`Prefer: code=503, example=no_available_addresses` for a named example.',
  ].join('\n'),
  twin: twinSection(),
  addingTwin: addingTwinSection(),
  cli: [
    '```sh',
    `npx cloudspecs-mock katapult --port 4010            # ${registry.map((entry) => entry.vendor).join(' | ')}`,
    'npx cloudspecs-mock hostway --host 0.0.0.0 --no-errors --quiet',
    '```',
    '',
    'It prints `cloudspecs-mock: katapult mock listening on http://127.0.0.1:4010`, then one line per request',
    "(`katapult  POST /organizations/organization/ip_addresses → 422 validation_error · Request body must have required property 'network'`)",
    'unless `--quiet`, and serves until Ctrl-C or SIGTERM. A wrong vendor or option exits with status 2 and the',
    'usage line. A `Prefer` status or example the operation does not document is answered 400, listing the',
    'documented ones.',
    '',
    "With `--twin` it serves the vendor's twin instead, and its control API under `/__twin`:",
    '',
    '```sh',
    'npx cloudspecs-mock katapult --twin --port 4010                 # a line per request, as above',
    'npx cloudspecs-mock katapult --twin --speed 60 --rate-limit 300 --world world.json',
    'curl -X POST localhost:4010/__twin/failures -d \'{"resource": "virtual_machine_build"}\'   # the next build fails',
    'npx cloudspecs-mock hostway --twin --port 4011                  # Hostway\'s; failures: {"resource": "server"}',
    'npx cloudspecs-mock scp --twin --port 4012                      # SCP\'s; failures: {"resource": "server"}',
    'curl -X POST localhost:4010/__twin/reset                        # back to the seed world',
    '```',
    '',
    '`--speed` runs twin time that many times faster than real time, `--seed` changes the ids and addresses it makes,',
    '`--rate-limit N` refuses past N requests a minute as the vendor does, `--world` starts from a JSON file of records',
    '(what `GET /__twin/snapshot` returns has them under `store`). A vendor without a twin exits with status 2.',
  ].join('\n'),
  reference: [
    '- The bundled OpenAPI documents ship in the package as `@cloudspecs/mock/specs/<vendor>.json`;',
    "  `specPath('katapult')` returns the file's path.",
    `- [Prism's documentation](https://docs.stoplight.io/docs/prism) for how it picks answers and validates.`,
    `- ${changelog('mock')}[source](${context.blob}/packages/mock)`,
  ].join('\n'),
});

/** The mock README's "Testing your code against a twin". */
function twinSection(): string {
  const counts = twins.map(
    (twin) =>
      `| ${twin.name} | ${twin.stateful} of ${twin.total} (${((twin.stateful / twin.total) * 100).toFixed(1)} %) | ${twin.fromExamples.map((id) => `\`${id}\``).join(', ') || 'none'} |`,
  );
  const without = registry.filter((entry) => !twins.some((twin) => twin.vendor === entry.vendor));
  return [
    "`createTwin(vendor, options)` makes a twin in your process: `twin.fetch` is the client's `fetch` option, no port",
    'and no network. `startTwin(vendor, options)` serves it over HTTP too (`twin.url` is a `baseUrl`, for code that',
    'takes one and for tests in other languages), with a line per request.',
    '',
    example('twin-first-call.ts'),
    '',
    "A twin answers from its state: a create stores the resource (ids and generated fields in the vendor's formats),",
    'get and list return it (paged and filtered as the vendor pages and filters), update changes it, delete removes',
    "it, after which it is the vendor's not-found. Every lookup the spec allows works (Katapult: `id`, `permalink`,",
    "`sub_domain`, `fqdn`, `address`, …; Hostway: both URI forms, one state, the long form's account checked; SCP:",
    'path ids, key pairs by name), and relations hold (Katapult: an address allocated to an interface shows on the',
    'interface and on the machine; Hostway: a flexible IP bound to a server shows in its `addresses`, an attached volume',
    "in the server's attachments; SCP: an interface created on a server shows in its list, a public IP bound to it on",
    "the interface, an attached volume on the server, an Auto-Scaling Group's servers in its list). Its world is built",
    "from the spec's own examples (Katapult: the organization `acme`, its data centers, zones, network, package, disk",
    'template, a machine and its addresses; Hostway: the account `smith1234`, its zones, flavors, images, firewall',
    'groups and rules, servers, flexible IPs and volumes; SCP: the server `web-01` with its volumes, image, key pairs,',
    'server types, snapshot, Auto-Scaling Group and launch configuration, on the VPC, subnet, ports, public IPs and',
    'security groups of the vpc and security-group examples) and can be replaced by yours (`world`). Every request is',
    'validated as the Prism mock validates it (SCP: the signed headers must be there, any signature is accepted;',
    '`Scp-Api-Version` picks among the versions the operation documents), and every answer before',
    'it is sent: one that would break the spec is a 500 naming the operation and the violation, kept in',
    '`twin.violations()`, never served.',
    '',
    "| twin | operations served from its state | from the spec's examples |",
    '| --- | --- | --- |',
    ...counts,
    '',
    ...(without.length > 0
      ? [
          `${without.map((entry) => entry.name).join(' and ')} ${without.length === 1 ? 'has' : 'have'} no twin yet: \`startMock\` serves ${without.length === 1 ? 'it' : 'them'}.`,
          '',
        ]
      : []),
    'In vitest, one twin for a test file, reset before each test; under fake timers the waits of the clients run at',
    "their default intervals (5 s between build checks) in no real time, since the twin's clock follows them:",
    '',
    '`provision.test.ts`',
    '',
    example('twin-vitest/provision.test.ts'),
    '',
    '| option of `createTwin` / `startTwin` | default | |',
    '| --- | --- | --- |',
    "| `clock` | `'real'` | `'manual'`: still until `twin.clock.advance(ms)`; `{ mode: 'real', speed: 60 }`: a minute a second |",
    '| `seed` | `1` | the ids and addresses a twin makes repeat from run to run for a seed |',
    '| `world` | the spec\'s examples | records by resource key, each may name its `$parents` (`{ organization: "org_…" }`) |',
    "| `rateLimit` | none | `{ limit, windowMs }`: past it, the vendor's 429 (Katapult `rate_limit_reached`; Hostway, which documents no rate limit, a `computeFault`; SCP, which documents none either, a bare 429; no `Retry-After`: none documents one) |",
    "| `maxRecords` | 10 000 | a collection's cap: a create past it is the vendor's 4xx naming it (Katapult `422 validation_error`, Hostway `403 forbidden`, SCP its 400 list with `value_error.quota`; SCP's quotas, as its quota sets show them, come first) |",
    '| `maxBodyBytes` | 1 MiB | a larger body is refused (413) without being read |',
    '| `quiet`, `log` | `startTwin` prints a line per request | `log: (line) => …` sends it elsewhere |',
    '| `port`, `host` (`startTwin`) | 0 (a free port), 127.0.0.1 | |',
    '',
    "**Time.** In real time (the default) the lifecycles take what the clients' waits poll for. Katapult: a task is",
    '`pending` 0.5 s then `running` 1.5 s, a build `pending` 1 s then `building` 4 s, a power action as long as its',
    'task. Hostway: a server is `BUILD` 5 s (progress 0, then 50 half way), then `ACTIVE`; reboot, `os-stop` and',
    '`os-start` are `PROCESSING` 2 s, a resize 4 s (Hostway documents no `VERIFY_RESIZE` to confirm). SCP: a server',
    'is `BUILD` 4 s, then `ACTIVE`; stop and start pass `STOPPING`/`STARTING` 2 s, a reboot `REBOOT` 2 s or',
    '`HARD_REBOOT` 3 s, a rebuild `REBUILD` 4 s, a new server type `RESIZE` 3 s, a delete `DELETING` 2 s before the',
    'server is gone; a volume is `creating` 2 s, `attaching` or `detaching` 1 s, `extending` 2 s; a snapshot',
    '`creating` 2 s; an image `queued` 1 s and `saving` 2 s. So a wait with its default interval ends at its second',
    'poll and a twin started from the CLI answers an unmodified example in seconds. `twin.clock.advance(ms)` moves a',
    'manual clock; real mode reads `Date.now()`, so `vi.useFakeTimers()` drives it.',
    '',
    '**Controls.** `twin.reset(world?)`, `snapshot()` / `restore(snapshot)`, `inspect(resource)`, `get(resource, id)`,',
    "`failNext(resource, count)` (Katapult's next builds or tasks end `failed`, `failNext('server')` Hostway's next",
    "server build or action `UNKNOWN` and SCP's next server build or rebuild `ERROR`; SCP's `volume`, `snapshot` and",
    '`image` too), `fault(rule)` for the next `count` requests matching `operationId` or `method`',
    'and `path`: `status` (its documented example, or the one with `code`; any 5xx; a 429 where none is documented is',
    "the rate limit's answer), `latencyMs`, `drop` (the connection closes; `'before'` the twin acts on the request or,",
    'by default, after), `truncate` (half the body, then the connection closes); `setRateLimit(…)`, `requests()`,',
    '`describe()`. Over HTTP the same under `/__twin` (`GET /__twin`, `POST /__twin/reset`, `GET /__twin/snapshot`,',
    '`POST /__twin/restore`, `GET /__twin/resources/<resource>`, `POST /__twin/clock`, `POST /__twin/faults`,',
    '`POST /__twin/failures`, `PUT /__twin/rate-limit`, `GET /__twin/requests`); no vendor path starts with it.',
  ].join('\n');
}

/** The mock README's "Adding a vendor twin": what the next twin's author reads. */
function addingTwinSection(): string {
  return [
    'A twin is the engine (`src/twin/`: routing, validation, store, clock, lifecycles, faults, rate limit, control API,',
    'the generic verbs) and, per vendor, a table and a module:',
    '',
    '1. **The table** is generated: `pnpm generate` writes `src/generated/<vendor>-twin.ts` for every vendor with a',
    '   module, one row per operation with its `verb` (list, get, create, update, delete, or action), the `resource` it',
    "   acts on and the `key` of the answer that holds it, its `lookups` (Katapult's `organization[sub_domain]`) and",
    '   path parameters, and whether it is `stateful` or served from examples. The names come from the resource',
    "   layer's own (`scripts/lib/twin-table.ts`: `ipAddresses.list` is a list of `ip_address`); where the spec alone",
    "   reads an operation wrong, the module's `corrections` say so (`{ getObjectStorageAccessKey: { verb: 'get',",
    "   resource: 'object_storage_access_key' } }`). Look at the rows first: they say what the generic verbs will do.",
    '2. **The module**, `src/twin/vendors/<vendor>.ts`, exports `twin: VendorTwin` (`src/twin/types.ts`, documented',
    '   field by field), mostly data:',
    '   - `resources`: every resource the twin keeps, by its key; `{}` is enough for the generic verbs. Hooks where the',
    '     vendor does more: `onCreate` (generated fields: an address, a fingerprint), `view` (relations computed when',
    "     shown), `filter` (list filters beyond the parent lookups), `onDelete` (Katapult's trash), `extras`,",
    "     `newId` (default: the format of the create example's id — `ip_` and 16 characters, a UUID, digits).",
    "   - `lifecycles`: a state table per resource (`moving: { BUILD: { afterMs: 5000, next: 'ACTIVE', fail: 'ERROR' } }`,",
    "     `events` for actions, `onEnter` for effects); time and failures (`failNext`) are the engine's.",
    '   - `fields(context)`: what a create or update sets (Katapult: `properties`, else the body without its lookups;',
    '     Hostway: `body.server`; SCP: the body itself); `aliases` for lookups named otherwise than their resource.',
    "   - `scope(context)`: the parents every request implies besides its lookups (Hostway's account: named by the long",
    "     form's path, else the credentials' one); lists, creates and lookups keep to them.",
    "   - `pathParents`: path parameters that name a parent (SCP's `auto_scaling_group_id` → `auto_scaling_group`): the",
    '     generic verbs under `/…/{auto_scaling_group_id}/policies` keep to that group; handlers look parents up by name.',
    '   - `notFound(context, lookup)`: the answer to a lookup that names nothing held where the operation documents no',
    "     404 (SCP's volume operations: their 400 list naming the path parameter); `context.notFound(name)` in handlers.",
    "   - `admit(context)`: a check of every request before its operation (SCP's `Scp-Api-Version` against the",
    "     operation's `x-scp-api-versions`, read from `context.spec.extensions`; `context.spec.statuses` says what it",
    '     documents).',
    "   - `pagination.page(query, items, context)`: the vendor's scheme (Katapult `page`/`per_page` with `pagination`;",
    "     Hostway `links` that repeat the request's path, and its 303s; SCP `limit`/`marker`, `offset`, `page`/`size`,",
    '     `with_count` where a list takes it, `sort`).',
    '   - `errors`: its forms for an unknown route, a method the path lacks, malformed JSON, a body too large, its rate',
    '     limit; `retryAfter` only where the vendor documents `Retry-After`; `collectionFull` for the cap (a status',
    "     the operation documents, or the vendor's form marked `own` where it documents none: Hostway's 403).",
    '   - `operations`: a handler per operation no generic verb serves (an action: `start`, `allocateIp`), given',
    "     `lookup(name)`, `show(resource, record)`, `answer(properties)` (the operation's example with them replaced),",
    "     `twin.fail(status, code)` (the operation's documented example of that code), `twin.raise` / `twin.enter`",
    '     (lifecycles), `twin.maxRecords(resource)` (the cap a handler that creates keeps) and the store.',
    "   - `seed(source)`: the world (default: `source.fromExamples()`, every object with an id the spec's examples",
    '     show, merged by id, with the parents its lists name); change what it returns where the examples disagree.',
    "3. **Register it** in `src/twin/vendors/index.ts` (one line), run `pnpm generate`, then the vendor's flow tests",
    "   (`packages/<vendor>-client/test/twin-flows.test.ts`, like Katapult's, Hostway's and SCP's) and its examples:",
    "   `scripts/lib/examples.ts` runs a vendor's examples against its twin once it has one, and refuses `prefer`",
    '   answers for it.',
    '',
    'The engine refuses a stale table (a row whose `served` the module no longer matches: "run `pnpm generate`"), and',
    'every answer goes through the spec: an answer a hook gets wrong is a 500 in your test, naming the operation and',
    "the violation, not a quiet lie. `packages/katapult-client/test/twin-sweep.test.ts` (and Hostway's and SCP's beside",
    "their clients) calls every operation with its spec example request; a sweep like it finds most of a new module's",
    "gaps in one run (SCP's also lists the example requests its seed world must refuse, and why).",
  ].join('\n');
}

const packages: PackageReadme[] = [
  { dir: 'runtime', readme: false },
  ...registry.map((entry) => ({ dir: entry.packageDirName, readme: true, sections: clientSections(entry) })),
  { dir: 'mock', readme: true, sections: mockSections },
];

function render(template: string, context: Context, sections: Sections): string {
  const { manifest } = context;
  const node = manifest.engines?.node?.replace(/^>=\s*/, '');
  if (!node) throw new Error(`package-readmes: ${manifest.name} has no engines.node`);
  const values: Sections = {
    name: manifest.name,
    description: manifest.description,
    node,
    otherRuntimes: manifest.name === '@cloudspecs/mock' ? '' : ', browsers, Deno and Bun (web-standard APIs only)',
    ...sections,
  };
  // Split before every `## ` heading; a block all of whose placeholders are null is left out.
  const blocks = template.split(/\n(?=## )/);
  const kept = blocks.filter((block) => {
    const names = [...block.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string);
    for (const name of names) {
      if (!(name in values)) throw new Error(`package-readmes: the template uses {{${name}}}, which is not defined`);
    }
    return names.length === 0 || names.some((name) => values[name] !== null);
  });
  return `${kept
    .join('\n')
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Links from the package's `repository.url`, the one place the repository's address is written. */
function repositoryLinks(manifest: Manifest): { blob: string; pages: string; repository: string } {
  const url = manifest.repository?.url;
  const match = url && /github\.com[/:]([^/]+)\/([^/.]+)(?:\.git)?$/.exec(url);
  if (!match) throw new Error(`package-readmes: ${manifest.name} has no GitHub repository.url (got ${String(url)})`);
  const [, owner, repo] = match;
  return {
    repository: `https://github.com/${owner}/${repo}`,
    blob: `https://github.com/${owner}/${repo}/blob/main`,
    pages: `https://${owner?.toLowerCase()}.github.io/${repo}`,
  };
}

const check = process.argv.includes('--check');
const template = readFileSync(join(here, 'template.md'), 'utf8');
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
// With its examples as they are now: the package READMEs copy its sections, examples included, in the same run.
const runtimeReadme = embedExamples(
  readFileSync(join(root, 'packages', 'runtime', 'README.md'), 'utf8'),
  'packages/runtime/README.md',
);
const stale: string[] = [];
const written: string[] = [];

for (const pkg of packages) {
  const dir = join(root, 'packages', pkg.dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const outputs: [string, string][] = [[join(dir, 'LICENSE'), license]];
  if (pkg.readme && pkg.sections) {
    const context = { manifest, ...repositoryLinks(manifest), runtimeReadme };
    outputs.push([join(dir, 'README.md'), render(template, context, pkg.sections(context))]);
  }
  for (const [path, contents] of outputs) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === contents) continue;
    if (check) stale.push(relative(root, path));
    else {
      writeFileSync(path, contents);
      written.push(relative(root, path));
    }
  }
}

// The handwritten READMEs: only their embedded examples are rewritten.
for (const path of handwritten.map((file) => join(root, file)).filter((file) => existsSync(file))) {
  const current = readFileSync(path, 'utf8');
  const contents = embedExamples(current, relative(root, path));
  if (current === contents) continue;
  if (check) stale.push(relative(root, path));
  else {
    writeFileSync(path, contents);
    written.push(relative(root, path));
  }
}

if (check && stale.length > 0) {
  console.error(`package-readmes: out of date: ${stale.join(', ')}\nRun \`${command}\` and commit the result.`);
  process.exit(1);
}
console.log(
  check
    ? `package-readmes: ${packages.length} packages up to date`
    : `package-readmes: ${written.length ? `wrote ${written.join(', ')}` : 'nothing to change'}`,
);
