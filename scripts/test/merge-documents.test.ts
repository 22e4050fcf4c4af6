/**
 * A vendor of several documents (SCP's services) is generated from one merged document: paths, components and tags
 * of each, every path item marked with its document, its service's servers and version-header name; a clash stops
 * generation naming both documents. The client's table of services comes from those marks.
 */
import { describe, expect, it } from 'vitest';
import { mergeDocuments } from '../lib/merge-documents.ts';
import { renderOperationsModule } from '../lib/operations.ts';

type Json = Record<string, unknown>;

const op = (operationId: string, tag: string) => ({ get: { operationId, tags: [tag], responses: {} } });
const doc = (service: string, paths: Json, extra: Json = {}): Json => ({
  openapi: '3.1.0',
  info: { title: service, version: '1.0' },
  servers: [{ url: `https://${service}.example.test` }],
  'x-scp-service': service.replace('-', ''),
  tags: [{ name: `${service}-tag` }],
  paths,
  components: { schemas: { Shared: { type: 'string' } } },
  ...extra,
});
const main = {
  name: 'main',
  label: 'specs/main.yaml',
  document: doc('main', { '/v1/things': op('listThings', 'main-tag') }),
};
const other = {
  name: 'other-one',
  label: 'specs/other.yaml',
  document: doc('other-one', { '/v1/others/{other_id}': op('getOther', 'other-one-tag') }),
};

describe('mergeDocuments', () => {
  it("keeps the first document's info and servers; marks each path item with its document, servers and service", () => {
    const merged = mergeDocuments([main, other]);
    expect(merged.info).toEqual({ title: 'main', version: '1.0' });
    expect(merged.servers).toEqual([{ url: 'https://main.example.test' }]);
    const paths = merged.paths as Record<string, Json>;
    expect(paths['/v1/things']).toMatchObject({ 'x-document': 'main', 'x-scp-service': 'main' });
    expect(paths['/v1/things']).not.toHaveProperty('servers');
    expect(paths['/v1/others/{other_id}']).toMatchObject({
      'x-document': 'other-one',
      'x-scp-service': 'otherone',
      servers: [{ url: 'https://other-one.example.test' }],
    });
    expect((merged.tags as Json[]).map((tag) => tag.name)).toEqual(['main-tag', 'other-one-tag']);
    expect((merged.components as Json).schemas).toEqual({ Shared: { type: 'string' } });
  });

  it('one document alone is left as it is', () => {
    expect(mergeDocuments([main])).toBe(main.document);
  });

  it('refuses a path in two documents (whatever its parameters are called), a component named twice differently, a tag twice', () => {
    const samePath = { ...other, document: doc('other-one', { '/v1/things': op('listOthers', 'other-one-tag') }) };
    expect(() => mergeDocuments([main, samePath])).toThrow(
      'main (specs/main.yaml) and other-one (specs/other.yaml) cannot be merged: both have the path /v1/things',
    );
    const renamed = {
      ...main,
      document: doc('main', { '/v1/others/{id}': op('x', 'main-tag') }),
    };
    expect(() => mergeDocuments([renamed, other])).toThrow('both have the path /v1/others/{other_id}');
    const schema = {
      ...other,
      document: doc('other-one', {}, { components: { schemas: { Shared: { type: 'integer' } } } }),
    };
    expect(() => mergeDocuments([main, schema])).toThrow(
      'cannot be merged: components.schemas.Shared is a different component in each',
    );
    const tag = { ...other, document: doc('other-one', {}, { tags: [{ name: 'main-tag' }] }) };
    expect(() => mergeDocuments([main, tag])).toThrow('both declare the tag "main-tag"');
  });
});

describe("operations.ts: the vendor's services", () => {
  // without versions: the services table alone (the root's x-scp-service would ask for the registry's scheme)
  const render = (documents: (typeof main)[]) => {
    const { 'x-scp-service': _, ...document } = mergeDocuments(documents);
    return renderOperationsModule('', {
      entry: { credentials: [], apiVersions: undefined },
      document,
      operations: [],
      label: 'specs',
    });
  };

  it('a service per document with its host and version-header name; the paths not of the first, by prefix', () => {
    const rendered = render([main, other]);
    expect(rendered).toContain(
      '  { document: "main", url: "https://main.example.test", scpService: "main" },\n  { document: "other-one", url: "https://other-one.example.test", scpService: "otherone" },\n',
    );
    expect(rendered).toContain(
      'export const servicePrefixes: Readonly<Record<string, number>> = {\n  "/v1/others": 1,\n};',
    );
    expect(render([main])).not.toContain('services');
  });

  it('two documents whose paths start alike cannot be told apart: refused, naming both', () => {
    const alike = { ...other, document: doc('other-one', { '/v1/things/{id}/more': op('more', 'other-one-tag') }) };
    expect(() => render([main, alike])).toThrow(
      'specs: /v1/things (main) and /v1/things/{id}/more (other-one) start alike (/v1/things), so a request cannot tell their services apart',
    );
  });
});
