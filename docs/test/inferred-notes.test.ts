/** The reference's note on operations the spec infers from another source (x-departures category `inferred`). */
import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../src/code-samples.ts';
import { inferredNotes, renderInferredNote, withInferredNotes } from '../src/inferred-notes.ts';
import { bundledSpec, registeredSpecs } from './specs.ts';

const inferred = {
  category: 'inferred',
  at: 'operation',
  source: 'the OpenStack Compute API v2, "Delete server"',
  why: 'The vendor follows that API throughout.',
};

describe('inferred-operation notes', () => {
  it('withInferredNotes: an inferred operation opens with its note; others and the input stay as they are', () => {
    const document: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {
        '/servers/{id}': {
          delete: { operationId: 'deleteServer', description: 'Deletes the server.', 'x-departures': [inferred] },
          get: {
            operationId: 'getServer',
            description: 'Returns the server.',
            'x-departures': [{ category: 'status', at: 'status 404', why: 'x' }],
          },
        },
      },
    };
    const before = structuredClone(document);
    const noted = withInferredNotes(document) as { paths: Record<string, Record<string, { description: string }>> };
    expect(noted.paths['/servers/{id}']?.delete?.description).toBe(
      '> **Inferred operation.** The vendor follows that API throughout. Source: the OpenStack Compute API v2, "Delete server".\n\nDeletes the server.',
    );
    expect(noted.paths['/servers/{id}']?.get?.description).toBe('Returns the server.');
    expect(document).toEqual(before);
  });

  it('inferredNotes: only whole-operation inferred entries with a source and a reason count', () => {
    expect(inferredNotes({ 'x-departures': [inferred] })).toEqual([{ source: inferred.source, why: inferred.why }]);
    expect(inferredNotes({ 'x-departures': [{ ...inferred, at: 'response.200.body.name' }] })).toEqual([]);
    expect(inferredNotes({ 'x-departures': [{ ...inferred, source: undefined }] })).toEqual([]);
    expect(inferredNotes({})).toEqual([]);
    expect(renderInferredNote({ source: 's', why: 'w.' })).toBe('> **Inferred operation.** w. Source: s.');
  });

  it('hostway: server update and delete, in both URI forms, are the inferred operations, each naming OpenStack', async () => {
    const spec = registeredSpecs().find((candidate) => candidate.vendor === 'hostway');
    if (!spec) throw new Error('hostway is not registered');
    const document = (await bundledSpec(spec.specPath)) as { paths: Record<string, Record<string, unknown>> };
    const found: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const notes =
          typeof operation === 'object' && operation ? inferredNotes(operation as Record<string, unknown>) : [];
        for (const note of notes) {
          expect(note.source).toContain('OpenStack Compute API v2');
          found.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(found.sort()).toEqual([
      'DELETE /accounts/{accountId}/flexcloud/servers/{serverId}',
      'DELETE /servers/{serverId}',
      'PUT /accounts/{accountId}/flexcloud/servers/{serverId}',
      'PUT /servers/{serverId}',
    ]);
  });
});
