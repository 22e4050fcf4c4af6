/**
 * A vendor of several documents (SCP: one per service, each on its own host) as the one document the rest of the
 * pipeline reads: one set of types, one resource layer, one mock, one twin. Pure.
 *
 * The first document is the base: its `info`, root `servers`, root `security` and root extensions stay. Every
 * document adds
 *   - its paths, each path item marked with where it comes from and goes to: `x-document` (its name in the registry,
 *     which the client's table of services and the docs read), the document's own `servers` where they are not the
 *     base's (OpenAPI lets a path item override the root's, so the docs and the client see the service's host) and,
 *     when the document has one, its `x-scp-service` (the name its version header sends);
 *   - its components: a name already there must name the same component (a shared file, as specs/scp/shared is);
 *   - its tags: a tag names a namespace of the resource layer, so a tag in two documents is refused.
 * Its root `x-departures` are not carried over: they say what differs from that document's own published document,
 * which `pnpm spec:compare <vendor>@<document>` compares that document with, bundled on its own.
 *
 * Any clash stops generation, naming both documents: a path (its parameter names do not tell two paths apart on the
 * wire), a component name given two components, a tag. Two operations with one resource name are refused further on,
 * by the naming (scripts/lib/naming.ts), naming both operations.
 */
import type { Json } from './json-pointer.ts';

export interface DocumentToMerge {
  /** the document's name in the registry (`vpc`), for errors */
  name: string;
  /** its spec, relative to the repository, for errors */
  label: string;
  document: Json;
}

const COMPONENT_KINDS = [
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
] as const;

export function mergeDocuments(documents: readonly DocumentToMerge[]): Json {
  const [base, ...rest] = documents;
  if (base === undefined) throw new Error('no document to merge');
  if (rest.length === 0) return base.document;
  const merged: Json = { ...base.document, paths: {}, components: {}, tags: [] };
  const paths = merged.paths as Record<string, Json>;
  const components = merged.components as Record<string, Record<string, unknown>>;
  const tags = merged.tags as Json[];
  const pathOwners = new Map<string, DocumentToMerge>();
  const tagOwners = new Map<string, DocumentToMerge>();
  const componentOwners = new Map<string, DocumentToMerge>();
  const rootServers = JSON.stringify(base.document.servers ?? null);
  for (const from of documents) {
    const { document } = from;
    const servers = document.servers;
    const service = document['x-scp-service'];
    for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
      const wire = path.replace(/\{[^}]+\}/g, '{}');
      const owner = pathOwners.get(wire);
      if (owner) {
        throw new Error(
          `${clash(owner, from)}: both have the path ${path} (on the wire, path parameter names do not count)`,
        );
      }
      pathOwners.set(wire, from);
      paths[path] = {
        ...item,
        'x-document': from.name,
        ...(from !== base && servers !== undefined && JSON.stringify(servers) !== rootServers ? { servers } : {}),
        ...(typeof service === 'string' ? { 'x-scp-service': service } : {}),
      };
    }
    for (const kind of COMPONENT_KINDS) {
      const given = ((document.components as Json | undefined)?.[kind] ?? {}) as Record<string, unknown>;
      for (const [name, component] of Object.entries(given)) {
        const held = components[kind]?.[name];
        if (held !== undefined && JSON.stringify(held) !== JSON.stringify(component)) {
          const owner = componentOwners.get(`${kind}.${name}`) ?? base;
          throw new Error(
            `${clash(owner, from)}: components.${kind}.${name} is a different component in each; one name, one component (a shared file, or a name of its own in one of them)`,
          );
        }
        components[kind] = { ...components[kind], [name]: component };
        if (held === undefined) componentOwners.set(`${kind}.${name}`, from);
      }
    }
    for (const tag of (document.tags ?? []) as Json[]) {
      const name = String(tag.name);
      const owner = tagOwners.get(name);
      if (owner)
        throw new Error(
          `${clash(owner, from)}: both declare the tag ${JSON.stringify(name)}, which names one namespace of the client`,
        );
      tagOwners.set(name, from);
      tags.push(tag);
    }
  }
  return merged;
}

function clash(first: DocumentToMerge, second: DocumentToMerge): string {
  return `${first.name} (${first.label}) and ${second.name} (${second.label}) cannot be merged`;
}
