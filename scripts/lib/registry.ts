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
 * the part after it the document (`scp@virtualserver`). Each vendor has one document today; one `apis` entry per
 * document, grouped by vendor, is how SCP's other services (specs/scp/vpc, specs/scp/security-group) are to join it
 * (issue 23), so a second entry of one vendor is refused until the generator merges documents.
 *
 * `x-test-fixtures` (top level) lists specs that are generated (types only) for tests but are no vendor.
 * Read by the generator (scripts/generate.ts), which emits the mock's vendor list from it, by the docs
 * (docs/src/build-site.ts), the package READMEs (scripts/package-readmes.ts), spec-compare, the bench and the demo.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  /** the vendor's documents: one today (see above); the generator lints and bundles each */
  documents: SpecDocument[];
  /**
   * `alias` and `specPath` are its one document's (`katapult@v1`, …/specs/katapult/openapi.yaml): what the readers of
   * "the vendor's spec" take (spec-compare, the READMEs, the docs' tests) while a vendor has one.
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
  const entries = apis.map(([alias, api]) => vendorEntry(root, alias, api));
  for (const [index, entry] of entries.entries()) {
    const other = entries.slice(0, index).find((earlier) => earlier.vendor === entry.vendor);
    if (other) {
      throw new Error(
        `redocly.yaml: apis.${other.alias} and apis.${entry.alias} are two documents of ${entry.vendor}; a vendor of several documents is not generated yet (issue 23): give it one`,
      );
    }
  }
  return entries;
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
  const rawHelpers = api['x-helpers'] ?? {};
  if (typeof rawHelpers !== 'object' || rawHelpers === null || Array.isArray(rawHelpers)) {
    throw new Error(`${where}: \`x-helpers\` must map <namespace>.<method> to <module>.ts#<export>`);
  }
  const helpers = Object.entries(rawHelpers as Record<string, unknown>).map(([key, value]): HelperEntry => {
    const name = /^([a-z][A-Za-z0-9]*)\.([a-z][A-Za-z0-9]*)$/.exec(key);
    const target = typeof value === 'string' ? /^([a-z][a-z0-9-]*)\.ts#([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(value) : null;
    if (!name?.[1] || !name[2] || !target?.[1] || !target[2]) {
      throw new Error(
        `${where}: x-helpers.${key} must be \`<namespace>.<method>: <module>.ts#<export>\` (e.g. \`servers.waitForServer: wait-for-server.ts#waitForServer\`), got ${JSON.stringify(value)}`,
      );
    }
    return { namespace: name[1], method: name[2], module: target[1], exportName: target[2] };
  });
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
