import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import { operationMetadata } from '../src/operations.js';

describe('operation metadata lives at @cloudspecs/scp-client/operations', () => {
  it('the subpath has every operation with its method and path', () => {
    expect(Object.keys(operationMetadata).length).toBeGreaterThan(0);
    for (const op of Object.values(operationMetadata)) expect(op.path).toMatch(/^\//);
  });

  it('the main entry does not carry it, so apps importing the client do not ship it', () => {
    expect(Object.keys(main)).not.toContain('operationMetadata');
    expect(Object.keys(main)).toContain('defaultBaseUrl');
  });
});

describe('the client reads versions from the compact table, not from operationMetadata', () => {
  it('operationVersions gives every operation exactly the versions its metadata lists', () => {
    const entries = Object.values(operationMetadata);
    expect(entries.length).toBeGreaterThan(10);
    for (const op of entries) expect(main.operationVersions(op.method, op.path)).toEqual(op.apiVersions);
  });
});
