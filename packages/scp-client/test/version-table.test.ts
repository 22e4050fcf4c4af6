import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';

/** The bundled spec the generator writes (what the docs and the mock read too), not the generated table itself. */
const spec = JSON.parse(readFileSync(new URL('../../mock/specs/scp.json', import.meta.url), 'utf8')) as {
  paths: Record<
    string,
    Record<string, { 'x-scp-api-versions'?: { version: string; status: string; notBefore: unknown }[] }>
  >;
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

describe('the generated version table matches the spec', () => {
  it('operationVersions gives every operation exactly the versions its x-scp-api-versions lists', () => {
    const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] })),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const { method, path, operation } of operations) {
      const listed = (operation?.['x-scp-api-versions'] ?? []).map((v) => ({ ...v, notBefore: v.notBefore ?? null }));
      expect(main.operationVersions(method.toUpperCase(), path), `${method} ${path}`).toEqual(listed);
    }
  });

  it('the main entry carries no operation metadata, only what the client reads', () => {
    expect(Object.keys(main)).not.toContain('operationMetadata');
    expect(Object.keys(main)).toContain('defaultBaseUrl');
  });
});
