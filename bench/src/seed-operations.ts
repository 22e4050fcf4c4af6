/**
 * The three seed operations the request benchmarks send, with the request body and the success answer taken from the
 * first example of each in the bundled spec (packages/mock/specs/<vendor>.json, written by `pnpm generate`).
 */
import { readFileSync } from 'node:fs';

export type Vendor = 'katapult' | 'hostway' | 'scp';

export interface SeedOperation {
  vendor: Vendor;
  operationId: string;
  method: 'POST';
  /** The path template, as passed to the typed client. */
  schemaPath: string;
  /** The path with its parameters filled in, as sent. */
  urlPath: string;
  /** The prefix of the vendor's base URL path (Katapult's `/core/v1`). */
  basePath: string;
  pathParams: Record<string, string>;
  status: number;
  requestBody: Record<string, unknown>;
  answer: unknown;
  answerHeaders: Record<string, string>;
}

interface Spec {
  paths: Record<string, Record<string, OperationObject>>;
  components?: Record<string, Record<string, unknown>>;
}
interface OperationObject {
  operationId: string;
  requestBody?: Ref<MediaContainer>;
  responses: Record<string, Ref<MediaContainer & { headers?: Record<string, { example?: unknown }> }>>;
}
type Ref<T> = T | { $ref: string };
interface MediaContainer {
  content?: Record<string, { example?: unknown; examples?: Record<string, { value?: unknown }> }>;
}

const specsDir = new URL('../../packages/mock/specs/', import.meta.url);

function resolve<T>(spec: Spec, value: Ref<T> | undefined): T | undefined {
  if (value && typeof value === 'object' && '$ref' in value) {
    return value.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as T;
  }
  return value;
}

function firstExample(media: MediaContainer | undefined, what: string): unknown {
  const json = media?.content?.['application/json'];
  if (json?.example !== undefined) return json.example;
  const first = Object.values(json?.examples ?? {})[0];
  if (first?.value === undefined) throw new Error(`bench: the bundled spec has no JSON example for ${what}`);
  return first.value;
}

function seed(
  vendor: Vendor,
  schemaPath: string,
  status: number,
  basePath: string,
  pathParams: Record<string, string> = {},
): SeedOperation {
  const file = new URL(`${vendor}.json`, specsDir);
  let spec: Spec;
  try {
    spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  } catch (error) {
    throw new Error(`bench: cannot read the bundled spec ${file.pathname}; run \`pnpm generate\` first`, {
      cause: error,
    });
  }
  const operation = spec.paths[schemaPath]?.post;
  if (!operation) throw new Error(`bench: ${vendor} spec has no POST ${schemaPath}`);
  const response = resolve(spec, operation.responses[String(status)]);
  const answerHeaders: Record<string, string> = {};
  for (const [name, header] of Object.entries(response?.headers ?? {})) {
    if (typeof header.example === 'string') answerHeaders[name] = header.example;
  }
  return {
    vendor,
    operationId: operation.operationId,
    method: 'POST',
    schemaPath,
    urlPath: schemaPath.replace(/\{(\w+)\}/g, (_, name: string) => pathParams[name] ?? ''),
    basePath,
    pathParams,
    status,
    requestBody: firstExample(resolve(spec, operation.requestBody), `${vendor} POST ${schemaPath}`) as Record<
      string,
      unknown
    >,
    answer: firstExample(response, `${vendor} POST ${schemaPath} ${status}`),
    answerHeaders,
  };
}

export function seedOperations(): Record<Vendor, SeedOperation> {
  return {
    katapult: seed('katapult', '/organizations/organization/ip_addresses', 200, '/core/v1'),
    hostway: seed('hostway', '/servers', 202, ''),
    scp: seed('scp', '/v1/servers/{server_id}/interfaces', 200, '', {
      server_id: '8b8ab4b8-5e6a-4d6f-9c3a-6c1e1c3c7f10',
    }),
  };
}

/** Credentials the benchmark clients are created with (sent only to 127.0.0.1). */
export const benchCredentials = {
  katapult: { token: 'bench-katapult-token-0123456789' },
  hostway: { username: 'bench-user', password: 'bench-password-0123456789' },
  scp: { accessKey: 'bench-access-key-0123456789', secretKey: 'bench-secret-key-0123456789' },
} as const;
