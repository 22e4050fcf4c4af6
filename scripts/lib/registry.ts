/**
 * The one list of vendors: the `apis` of redocly.yaml. Each entry names its spec (`root`, which Redocly reads) and,
 * in `x-` keys Redocly ignores, what the rest of the repository needs to know about the vendor:
 *
 *   katapult@v1:
 *     root: specs/katapult/openapi.yaml
 *     x-package: katapult-client            # packages/katapult-client, published as @cloudspecs/katapult-client
 *     x-name: Katapult                      # the vendor's name in prose (docs, READMEs)
 *     x-factory: createKatapultClient       # what the package exports to make a client
 *     x-pagination: page-number             # the runtime's pagination scheme(s) of its lists, if it has any: one, or a
 *                                           # list when its lists page in different ways (each list gets the one that
 *                                           # recognises it; an operation's own `x-pagination` settles a tie)
 *     x-api-versions: scp-api-version       # how operations are versioned, if they are (scripts/lib/api-versions.ts)
 *     x-credentials:                        # the factory's credential options, each read from a variable when not given
 *       - option: token
 *         env: KATAPULT_API_TOKEN
 *         description: an API token, …
 *     x-helpers:                            # hand-written helpers the resource layer puts next to its methods
 *       virtualMachines.waitForBuild: builds.ts#waitForBuild   # <namespace>.<method>: <module in src/>#<export>
 *
 * The `apis` key is `<vendor>@<document>`: the part before the `@` names the vendor (its class, its generated files),
 * the part after it the document (`scp@virtualserver`). A vendor of several documents (SCP: one per service, each on
 * its own host) has one entry per document, grouped by vendor into one VendorEntry: its first entry carries the
 * vendor's keys (`x-package`, `x-name`, …); a later one carries `root` and, if it has any, the `x-helpers` of its
 * operations, and nothing else (a vendor key there is refused, naming the entry that holds it). The generator merges
 * the documents into the vendor's one bundled spec (scripts/lib/merge-documents.ts).
 *
 * `x-test-fixtures` (top level) lists specs that are generated (types only) for tests but are no vendor.
 * Read by the generator (scripts/generate.ts), which emits the mock's vendor list from it, by the docs
 * (docs/src/build-site.ts), the package READMEs (scripts/package-readmes.ts), spec-compare, the bench and the demo.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { PAGINATION_SCHEMES, type PaginationSchemeName } from '../../packages/runtime/src/pagination-schemes.ts';

/** The names of the runtime's pagination schemes, from its registry (packages/runtime/src/pagination-schemes.ts). */
const SCHEME_NAMES: readonly string[] = Object.values(PAGINATION_SCHEMES).map((scheme) => scheme.name);

/**
 * The API-version schemes the generator knows (scripts/lib/api-versions.ts). `scp-api-version`: every operation lists
 * its versions in `x-scp-api-versions`, the document names its service in `x-scp-service`, and a call is sent with
 * `Scp-Api-Version: <service> <version>`.
 */
const API_VERSION_SCHEMES = ['scp-api-version'] as const;
export type ApiVersionScheme = (typeof API_VERSION_SCHEMES)[number];

/** One OpenAPI document of a vendor: one `apis` entry. */
export interface SpecDocument {
  /** the `apis` key, e.g. `scp@virtualserver` */
  alias: string;
  /** the part after the `@`, e.g. `virtualserver` (the whole key when it has no `@`) */
  name: string;
  /** the `root` of the entry, absolute */
  specPath: string;
}

export interface Credential {
  /** the factory's option, e.g. `token` */
  option: string;
  /** the environment variable read when the option is not given, e.g. `KATAPULT_API_TOKEN` */
  env: string;
  /** what to pass, in a README's words */
  description: string;
}

export interface VendorEntry {
  /** registry key before the `@`, e.g. `katapult` */
  vendor: string;
  /** the vendor's documents, in redocly.yaml's order; the generator lints and bundles each, and merges them */
  documents: SpecDocument[];
  /**
   * `alias` and `specPath` are its first document's (`katapult@v1`, …/specs/katapult/openapi.yaml): the vendor's
   * main document, whose `info` and `servers` the merged spec keeps.
   */
  alias: string;
  specPath: string;
  /** the folder under packages/, e.g. `katapult-client` */
  packageDirName: string;
  /** the npm name, `@cloudspecs/<x-package>` */
  packageName: string;
  packageDir: string;
  generatedDir: string;
  /** the vendor's name in prose, e.g. `Katapult` */
  name: string;
  /** the client factory the package exports, e.g. `createKatapultClient` */
  factory: string;
  credentials: Credential[];
  /** the runtime's pagination schemes its lists use (`x-pagination`), in the registry's order; undefined: no lists */
  pagination: readonly PaginationSchemeName[] | undefined;
  /** how its operations are versioned (`x-api-versions`), if they are */
  apiVersions: ApiVersionScheme | undefined;
  /** hand-written helpers put in a resource namespace (`x-helpers`), e.g. virtualMachines.waitForBuild */
  helpers: HelperEntry[];
}

/** `x-helpers`: `<namespace>.<method>: <module>.ts#<export>` — a function of src/<module>.ts taking the client first. */
export interface HelperEntry {
  namespace: string;
  method: string;
  /** the module under the package's src/, without extension, e.g. `builds` */
  module: string;
  /** the function it exports, e.g. `waitForBuild` */
  exportName: string;
}

/** A spec generated for tests only (types into `out`), e.g. the runtime's fixture API. */
export interface FixtureEntry {
  name: string;
  specPath: string;
  /** folder the types are written to, as `schema.ts` beside a README.md */
  outDir: string;
}

interface RawConfig {
  apis?: Record<string, Record<string, unknown>>;
  'x-test-fixtures'?: Record<string, { root?: unknown; out?: unknown }>;
}

async function readConfig(root: string): Promise<RawConfig> {
  return parse(await readFile(join(root, 'redocly.yaml'), 'utf8')) as RawConfig;
}

export async function loadRegistry(root: string): Promise<VendorEntry[]> {
  const config = await readConfig(root);
  const apis = Object.entries(config.apis ?? {});
  if (apis.length === 0) throw new Error('redocly.yaml has no `apis` entries: nothing to generate');
  const entries: VendorEntry[] = [];
  for (const [alias, api] of apis) {
    const vendor = alias.split('@')[0] ?? alias;
    const first = entries.find((earlier) => earlier.vendor === vendor);
    if (first) joinDocument(root, first, alias, api);
    else entries.push(vendorEntry(root, alias, api));
  }
  return entries;
}

/** The keys only a vendor's first entry may carry: what is said once of the vendor. */
const VENDOR_KEYS = ['x-package', 'x-name', 'x-factory', 'x-pagination', 'x-api-versions', 'x-credentials'];

/** A later document of a vendor: its `root`, and the helpers of its operations. */
function joinDocument(root: string, vendor: VendorEntry, alias: string, api: Record<string, unknown>): void {
  const where = `redocly.yaml: apis.${alias}`;
  const misplaced = VENDOR_KEYS.filter((key) => key in api);
  if (misplaced.length > 0) {
    throw new Error(
      `${where} is a second document of ${vendor.vendor}: ${misplaced.map((key) => `\`${key}\``).join(', ')} ${misplaced.length === 1 ? 'is' : 'are'} said once, on apis.${vendor.alias}; leave this entry \`root\` and its own \`x-helpers\``,
    );
  }
  if (typeof api.root !== 'string' || !/\S/.test(api.root)) {
    throw new Error(`${where}: \`root\` must be the path of its spec, got ${JSON.stringify(api.root)}`);
  }
  const name = alias.slice(alias.indexOf('@') + 1);
  if (!alias.includes('@') || vendor.documents.some((document) => document.name === name)) {
    throw new Error(`${where}: a vendor's documents are keyed <vendor>@<document>, each document named once`);
  }
  vendor.documents.push({ alias, name, specPath: join(root, api.root) });
  vendor.helpers.push(...helperEntries(where, api['x-helpers']));
}

/** `x-helpers` of one entry: `<namespace>.<method>: <module>.ts#<export>` each. */
function helperEntries(where: string, raw: unknown = {}): HelperEntry[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${where}: \`x-helpers\` must map <namespace>.<method> to <module>.ts#<export>`);
  }
  return Object.entries(raw as Record<string, unknown>).map(([key, value]): HelperEntry => {
    const name = /^([a-z][A-Za-z0-9]*)\.([a-z][A-Za-z0-9]*)$/.exec(key);
    const target = typeof value === 'string' ? /^([a-z][a-z0-9-]*)\.ts#([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(value) : null;
    if (!name?.[1] || !name[2] || !target?.[1] || !target[2]) {
      throw new Error(
        `${where}: x-helpers.${key} must be \`<namespace>.<method>: <module>.ts#<export>\` (e.g. \`servers.waitForServer: wait-for-server.ts#waitForServer\`), got ${JSON.stringify(value)}`,
      );
    }
    return { namespace: name[1], method: name[2], module: target[1], exportName: target[2] };
  });
}

/**
 * What the generated files say they come from: the vendor's spec, or its specs joined with `, ` (a vendor of several
 * documents), relative to the repository.
 */
export function specLabel(root: string, entry: Pick<VendorEntry, 'documents'>): string {
  return entry.documents.map((document) => relative(root, document.specPath)).join(', ');
}

export async function loadFixtures(root: string): Promise<FixtureEntry[]> {
  const config = await readConfig(root);
  return Object.entries(config['x-test-fixtures'] ?? {}).map(([name, fixture]) => {
    const where = `redocly.yaml: x-test-fixtures.${name}`;
    if (typeof fixture?.root !== 'string') throw new Error(`${where} has no \`root\` (the path of its spec)`);
    if (typeof fixture.out !== 'string') throw new Error(`${where} has no \`out\` (the folder its types go to)`);
    return { name, specPath: join(root, fixture.root), outDir: join(root, fixture.out) };
  });
}

function vendorEntry(root: string, alias: string, api: Record<string, unknown>): VendorEntry {
  const [vendor = alias, documentName = alias] = alias.split('@');
  const where = `redocly.yaml: apis.${alias}`;
  const text = (key: string, pattern: RegExp, what: string): string => {
    const value = api[key];
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new Error(`${where}: \`${key}\` must be ${what}, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  const specRoot = text('root', /\S/, 'the path of its spec');
  const packageDirName = text('x-package', /^[a-z0-9][a-z0-9-]*$/, 'the folder under packages/ (e.g. katapult-client)');
  const name = text('x-name', /\S/, "the vendor's name in prose (e.g. Katapult)");
  const factory = text(
    'x-factory',
    /^create[A-Z][A-Za-z0-9]*Client$/,
    'the factory the package exports (create<Vendor>Client)',
  );
  const rawPagination = api['x-pagination'];
  const pagination =
    rawPagination === undefined ? undefined : Array.isArray(rawPagination) ? rawPagination : [rawPagination];
  if (pagination?.length === 0 || pagination?.some((name) => !SCHEME_NAMES.includes(name))) {
    throw new Error(
      `${where}: \`x-pagination\` must be one of ${SCHEME_NAMES.join(', ')} (the runtime's schemes), or a list of them, got ${JSON.stringify(rawPagination)}`,
    );
  }
  const apiVersions = api['x-api-versions'];
  if (apiVersions !== undefined && !API_VERSION_SCHEMES.includes(apiVersions as ApiVersionScheme)) {
    throw new Error(
      `${where}: \`x-api-versions\` must be one of ${API_VERSION_SCHEMES.join(', ')} (scripts/lib/api-versions.ts), got ${JSON.stringify(apiVersions)}`,
    );
  }
  const rawCredentials = api['x-credentials'];
  if (!Array.isArray(rawCredentials) || rawCredentials.length === 0) {
    throw new Error(
      `${where}: \`x-credentials\` must list the factory's credential options ({ option, env, description })`,
    );
  }
  const credentials = rawCredentials.map((raw: unknown, index): Credential => {
    const { option, env, description } = (raw ?? {}) as Record<string, unknown>;
    if (typeof option !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(option)) {
      throw new Error(
        `${where}: x-credentials[${index}].option must be a camelCase option name, got ${JSON.stringify(option)}`,
      );
    }
    if (typeof env !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(env)) {
      throw new Error(
        `${where}: x-credentials[${index}].env must be an environment variable name (A_Z), got ${JSON.stringify(env)}`,
      );
    }
    if (typeof description !== 'string' || description.trim() === '') {
      throw new Error(`${where}: x-credentials[${index}].description must say what to pass as \`${option}\``);
    }
    return { option, env, description };
  });
  const packageDir = join(root, 'packages', packageDirName);
  const helpers = helperEntries(where, api['x-helpers']);
  const specPath = join(root, specRoot);
  return {
    vendor,
    documents: [{ alias, name: documentName, specPath }],
    alias,
    specPath,
    packageDirName,
    packageName: `@cloudspecs/${packageDirName}`,
    packageDir,
    generatedDir: join(packageDir, 'src', 'generated'),
    name,
    factory,
    credentials,
    pagination: pagination as PaginationSchemeName[] | undefined,
    apiVersions: apiVersions as ApiVersionScheme | undefined,
    helpers,
  };
}
