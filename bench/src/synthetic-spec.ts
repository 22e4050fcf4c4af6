/**
 * Synthetic OpenAPI 3.1 documents of any number of operations, shaped like the vendor specs: resources with list,
 * create, show, update and delete operations, a schema per resource, shared error responses and parameters.
 */

const KINDS = ['list', 'create', 'show', 'update', 'delete'] as const;
type Kind = (typeof KINDS)[number];

export interface SyntheticOperation {
  resource: number;
  kind: Kind;
}

function collectionPath(resource: number): string {
  return `/resources${resource}/items`;
}
function itemPath(resource: number): string {
  return `/resources${resource}/items/{item_id}`;
}

const errorResponses = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '404': { $ref: '#/components/responses/NotFound' },
  '429': { $ref: '#/components/responses/TooManyRequests' },
};

function resourceSchemas(resource: number): Record<string, unknown> {
  const name = `Resource${resource}`;
  return {
    [name]: {
      type: 'object',
      required: ['id', 'name', 'status', 'created_at'],
      properties: {
        id: { type: 'string', description: `Identifier of the ${name}.`, example: `r${resource}_8Hf2kLm` },
        name: { type: 'string', maxLength: 255 },
        status: { type: 'string', enum: ['building', 'active', 'stopped', 'deleted'] },
        created_at: { type: 'string', format: 'date-time' },
        size: { type: 'integer', minimum: 1 },
        tags: { type: 'array', items: { type: 'string' } },
        location: {
          type: 'object',
          properties: { region: { type: 'string' }, zone: { type: ['string', 'null'] } },
        },
      },
    },
    [`${name}Create`]: {
      type: 'object',
      required: ['name', 'size'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', maxLength: 255 },
        size: { type: 'integer', minimum: 1 },
        tags: { type: 'array', items: { type: 'string' } },
      },
    },
    [`${name}Update`]: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
    },
  };
}

function operation(resource: number, kind: Kind): [path: string, method: string, object: Record<string, unknown>] {
  const name = `Resource${resource}`;
  const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });
  const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
  const itemAnswer = json({ type: 'object', required: ['item'], properties: { item: ref(name) } });
  const common = { tags: [`resources${resource}`], summary: `${kind} ${name}` };
  switch (kind) {
    case 'list':
      return [
        collectionPath(resource),
        'get',
        {
          ...common,
          operationId: `list${name}`,
          parameters: [{ $ref: '#/components/parameters/Page' }, { $ref: '#/components/parameters/PerPage' }],
          responses: {
            '200': {
              description: 'A page of items.',
              ...json({
                type: 'object',
                required: ['items', 'pagination'],
                properties: {
                  items: { type: 'array', items: ref(name) },
                  pagination: ref('Pagination'),
                },
              }),
            },
            ...errorResponses,
          },
        },
      ];
    case 'create':
      return [
        collectionPath(resource),
        'post',
        {
          ...common,
          operationId: `create${name}`,
          requestBody: { required: true, ...json(ref(`${name}Create`)) },
          responses: {
            '201': { description: 'Created.', ...itemAnswer },
            '422': { $ref: '#/components/responses/Invalid' },
            ...errorResponses,
          },
        },
      ];
    case 'show':
      return [
        itemPath(resource),
        'get',
        {
          ...common,
          operationId: `show${name}`,
          parameters: [{ $ref: '#/components/parameters/ItemId' }],
          responses: { '200': { description: 'The item.', ...itemAnswer }, ...errorResponses },
        },
      ];
    case 'update':
      return [
        itemPath(resource),
        'patch',
        {
          ...common,
          operationId: `update${name}`,
          parameters: [{ $ref: '#/components/parameters/ItemId' }],
          requestBody: { required: true, ...json(ref(`${name}Update`)) },
          responses: { '200': { description: 'Updated.', ...itemAnswer }, ...errorResponses },
        },
      ];
    case 'delete':
      return [
        itemPath(resource),
        'delete',
        {
          ...common,
          operationId: `delete${name}`,
          parameters: [{ $ref: '#/components/parameters/ItemId' }],
          responses: { '204': { description: 'Deleted.' }, ...errorResponses },
        },
      ];
  }
}

export function operationsOf(count: number): SyntheticOperation[] {
  return Array.from({ length: count }, (_, i) => ({
    resource: Math.floor(i / KINDS.length),
    kind: KINDS[i % KINDS.length] as Kind,
  }));
}

export function syntheticSpec(count: number): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {
    Pagination: {
      type: 'object',
      required: ['page', 'per_page', 'total'],
      properties: { page: { type: 'integer' }, per_page: { type: 'integer' }, total: { type: 'integer' } },
    },
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'description'],
          properties: { code: { type: 'string' }, description: { type: 'string' }, detail: {} },
        },
      },
    },
  };
  for (const { resource, kind } of operationsOf(count)) {
    const [path, method, object] = operation(resource, kind);
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[method] = object;
    if (kind === 'list') Object.assign(schemas, resourceSchemas(resource));
  }
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  return {
    openapi: '3.1.0',
    info: { title: `Synthetic API of ${count} operations`, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com/v1' }],
    paths,
    components: {
      schemas,
      parameters: {
        ItemId: { name: 'item_id', in: 'path', required: true, schema: { type: 'string' } },
        Page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        PerPage: { name: 'per_page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } },
      },
      responses: {
        BadRequest: errorResponse('The request is malformed.'),
        NotFound: errorResponse('No such item.'),
        TooManyRequests: errorResponse('Rate limited.'),
        Invalid: errorResponse('The body is invalid.'),
      },
    },
  };
}

export type ConsumerFlavour = 'runtime' | 'openapi-fetch' | 'types-only';

/**
 * A consumer module calling 10 operations spread over the spec (every kind of operation, resources from first to last)
 * through `createApiClient` from @cloudspecs/runtime, using what each returns. The references: the same calls through
 * plain openapi-fetch's `createClient<paths>`, and a module that only names `keyof paths` (loading the types, no call).
 */
export function consumerSource(count: number, flavour: ConsumerFlavour = 'runtime'): string {
  if (flavour === 'types-only') {
    return "import type { paths } from './schema.js';\n\nexport type Path = keyof paths;\n";
  }
  const resources = Math.ceil(count / KINDS.length);
  const calls: string[] = [];
  for (let i = 0; i < 10; i++) {
    const kind = KINDS[i % KINDS.length] as Kind;
    let resource = Math.floor((i * resources) / 10);
    // the last resource may lack the later kinds
    while (resource * KINDS.length + KINDS.indexOf(kind) >= count) resource -= 1;
    const collection = collectionPath(resource);
    const item = itemPath(resource);
    const id = `{ path: { item_id: 'r${resource}_1' } }`;
    switch (kind) {
      case 'list':
        calls.push(
          `  const r${i} = await client.GET('${collection}', { params: { query: { page: 1, per_page: 50 } } });`,
          `  if (r${i}.data) use(r${i}.data.items[0]?.name, r${i}.data.pagination.total);`,
        );
        break;
      case 'create':
        calls.push(
          `  const r${i} = await client.POST('${collection}', { body: { name: 'web01', size: 2, tags: ['a'] } });`,
          `  if (r${i}.data) use(r${i}.data.item.id); else use(r${i}.error?.error.code);`,
        );
        break;
      case 'show':
        calls.push(
          `  const r${i} = await client.GET('${item}', { params: ${id}${flavour === 'runtime' ? ', timeout: 5_000' : ''} });`,
          `  if (r${i}.data) use(r${i}.data.item.status, r${i}.data.item.location?.zone);`,
        );
        break;
      case 'update':
        calls.push(
          `  const r${i} = await client.PATCH('${item}', { params: ${id}, body: { name: 'web02' } });`,
          `  if (r${i}.data) use(r${i}.data.item.tags?.length);`,
        );
        break;
      case 'delete':
        calls.push(
          `  const r${i} = await client.DELETE('${item}', { params: ${id} });`,
          `  use(r${i}.response.status);`,
        );
        break;
    }
  }
  const client =
    flavour === 'runtime'
      ? [
          "import { createApiClient } from '@cloudspecs/runtime/vendor-kit';",
          "import type { paths } from './schema.js';",
          '',
          'const client = createApiClient<paths>({',
          "  vendor: { name: 'synthetic', errorCode: () => undefined, errorMessage: () => undefined },",
          "  defaultBaseUrl: 'https://api.example.com/v1',",
          "  auth: { apply: (request) => request.headers.set('Authorization', 'Bearer t'), secrets: () => [] },",
          '  options: {},',
          '});',
        ]
      : [
          "import createClient from 'openapi-fetch';",
          "import type { paths } from './schema.js';",
          '',
          "const client = createClient<paths>({ baseUrl: 'https://api.example.com/v1' });",
        ];
  return [
    ...client,
    '',
    'declare function use(...values: unknown[]): void;',
    '',
    'export async function run(): Promise<void> {',
    ...calls,
    '}',
    '',
  ].join('\n');
}
