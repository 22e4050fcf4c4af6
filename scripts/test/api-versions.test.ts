/**
 * Per-operation API versions (scripts/lib/api-versions.ts): what the registry's `x-api-versions: scp-api-version`
 * writes into operations.ts, and the refusals when the registry entry and the document disagree.
 */
import { describe, expect, it } from 'vitest';
import { renderApiVersions } from '../lib/api-versions.ts';
import { resourceNames } from '../lib/naming.ts';

const current = { version: '1.1', status: 'CURRENT', notBefore: null };
const older = { version: '1.0', status: 'DEPRECATED', notBefore: '2025-12-31' };

function spec(root: Record<string, unknown>, versions: Record<string, unknown[] | undefined>) {
  const operation = (operationId: string) => ({
    operationId,
    tags: ['Things'],
    ...(versions[operationId] ? { 'x-scp-api-versions': versions[operationId] } : {}),
  });
  const document = {
    ...root,
    paths: {
      '/things': { get: operation('listThings'), post: operation('createThing') },
      '/things/{id}': { delete: operation('deleteThing') },
    },
  };
  return { document, names: resourceNames(document, 'things.yaml') };
}

describe('api versions', () => {
  it('scp-api-version: the service, every version oldest first, the newest CURRENT, and only the odd lists by route', () => {
    const { document, names } = spec(
      { 'x-scp-service': 'things' },
      { listThings: [current, older], createThing: [current, older], deleteThing: [older] },
    );
    const lines = renderApiVersions('scp-api-version', document, names, 'things.yaml').join('\n');
    expect(lines).toContain('export const scpService = "things";');
    expect(lines).toContain('export const apiVersions = ["1.0","1.1"] as const;');
    expect(lines).toContain('export const defaultApiVersion: ApiVersion = "1.1";');
    expect(lines).toContain(`  ${JSON.stringify([current, older])},\n  ${JSON.stringify([older])},\n];`);
    expect(lines).toContain(
      'export const versionTable: Readonly<Record<string, number>> = {\n  "DELETE /things/{id}": 1,\n};',
    );
  });

  it('no scheme in the registry: nothing is written, and a document that carries versions anyway is refused', () => {
    expect(renderApiVersions(undefined, spec({}, {}).document, spec({}, {}).names, 'things.yaml')).toEqual([]);
    const versioned = spec({}, { createThing: [current] });
    expect(() => renderApiVersions(undefined, versioned.document, versioned.names, 'things.yaml')).toThrow(
      'things.yaml: createThing lists x-scp-api-versions, but its redocly.yaml entry has no `x-api-versions: scp-api-version` to send them',
    );
    const named = spec({ 'x-scp-service': 'things' }, {});
    expect(() => renderApiVersions(undefined, named.document, named.names, 'things.yaml')).toThrow(
      'things.yaml: names an x-scp-service, but its redocly.yaml entry has no `x-api-versions: scp-api-version`',
    );
  });

  it('scp-api-version: a document without its service, without a CURRENT version, or with a malformed date is refused', () => {
    const unnamed = spec({}, { listThings: [current] });
    expect(() => renderApiVersions('scp-api-version', unnamed.document, unnamed.names, 'things.yaml')).toThrow(
      "things.yaml: x-api-versions scp-api-version needs the service's name in `x-scp-service` at the root",
    );
    const stale = spec({ 'x-scp-service': 'things' }, { listThings: [older] });
    expect(() => renderApiVersions('scp-api-version', stale.document, stale.names, 'things.yaml')).toThrow(
      'things.yaml: x-scp-api-versions: no operation has a CURRENT version',
    );
    const dated = spec({ 'x-scp-service': 'things' }, { listThings: [{ ...current, notBefore: '31.12.2025' }] });
    expect(() => renderApiVersions('scp-api-version', dated.document, dated.names, 'things.yaml')).toThrow(
      'things.yaml: listThings x-scp-api-versions 1.1: notBefore must be YYYY-MM-DD or null',
    );
  });
});
