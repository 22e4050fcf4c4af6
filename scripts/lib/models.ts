/**
 * src/generated/models.ts: a named type for every schema of `components.schemas` (`IpAddress`, `VirtualMachine`) and,
 * per operation, its argument object and its data (`CreateIpAddressParams`, `CreateIpAddressResponse`).
 *
 * A type that is one object is emitted as an interface (`export interface IpAddress extends Schema<'IpAddress'> {}`),
 * so an editor shows its name rather than its expansion; anything else (a union, an array, `string`) as a type alias.
 * A schema whose name the package entry already exports for something else (the runtime's `ValidationError` class)
 * is exported as `<Name>Model`. Two models with one name fail generation.
 */
import { type Json, refResolver } from './json-pointer.ts';
import { pascalCase } from './naming.ts';
import { isPlainObjectSchema, type OperationShape } from './shapes.ts';

export interface ModelsInput {
  document: Json;
  label: string;
  shapes: readonly OperationShape[];
  /** names the package entry exports besides the models (runtime error classes, client types): a schema is renamed */
  reserved: ReadonlySet<string>;
}

export interface RenderedModels {
  contents: string;
  /** schema name → exported name, where they differ */
  renamed: Map<string, string>;
}

export function renderModels(banner: string, input: ModelsInput): RenderedModels {
  const resolve = refResolver(input.document, input.label);
  const schemas = ((input.document.components as Json | undefined)?.schemas ?? {}) as Json;
  const owners = new Map<string, string>();
  const claim = (name: string, owner: string) => {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) {
      throw new Error(`${input.label}: ${owner} would be exported as ${JSON.stringify(name)}, which is no identifier`);
    }
    const other = owners.get(name);
    if (other !== undefined) {
      throw new Error(
        `${input.label}: two models would be exported as ${name}: ${other} and ${owner}; rename the schema or the operation`,
      );
    }
    owners.set(name, owner);
  };

  const renamed = new Map<string, string>();
  const lines = [
    banner,
    '// Named types: every schema of the spec, and the argument object and data of every operation.',
    "import type { OperationData, OperationParams } from '@cloudspecs/runtime';",
    "import type { components, operations } from './schema.js';",
    '',
    "type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];",
    '',
  ];
  for (const [schemaName, raw] of Object.entries(schemas)) {
    const name = input.reserved.has(schemaName) ? `${schemaName}Model` : schemaName;
    if (name !== schemaName) renamed.set(schemaName, name);
    claim(name, `the schema ${schemaName}`);
    const schema = resolve(raw);
    const summary = firstSentence(schema?.title ?? schema?.description);
    lines.push(`/** ${summary ?? `The \`${schemaName}\` schema.`} */`);
    lines.push(
      isPlainObjectSchema(schema)
        ? `export interface ${name} extends Schema<${JSON.stringify(schemaName)}> {}`
        : `export type ${name} = Schema<${JSON.stringify(schemaName)}>;`,
    );
  }
  lines.push('');
  for (const shape of input.shapes) {
    const id = shape.name.operationId;
    const stem = pascalCase(id);
    const op = `operations[${JSON.stringify(id)}]`;
    const call = `${shape.name.namespace}.${shape.name.method}`;
    claim(`${stem}Params`, `the argument object of ${id}`);
    claim(`${stem}Response`, `the data of ${id}`);
    lines.push(
      `/** The argument object of \`${call}\` (${id}): path and query parameters and body fields. */`,
      shape.paramsPlain
        ? `export interface ${stem}Params extends OperationParams<${op}> {}`
        : `export type ${stem}Params = OperationParams<${op}>;`,
      `/** What \`${call}\` (${id}) resolves to. */`,
      shape.responsePlain
        ? `export interface ${stem}Response extends OperationData<${op}> {}`
        : `export type ${stem}Response = OperationData<${op}>;`,
    );
  }
  lines.push('');
  return { contents: lines.join('\n'), renamed };
}

/** The first sentence of a schema's title or description, on one line, for a one-line JSDoc. */
function firstSentence(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const line =
    text
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  if (sentence === '' || sentence.length > 200) return undefined;
  return sentence.replaceAll('*/', '*\\/');
}
