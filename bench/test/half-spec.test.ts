/** The resource layer's slope is measured against the spec with half its operations (bundle.ts): what that spec is. */
import { describe, expect, it } from 'vitest';
import { halfTheOperations } from '../src/bundle.js';
import { bundledSpec, operationCount, VENDORS } from '../src/vendors.js';

const document = {
  openapi: '3.1.0',
  paths: {
    '/a': { parameters: [], get: { operationId: 'a0' }, post: { operationId: 'a1' } },
    '/b': { summary: 'b', get: { operationId: 'b2' } },
    '/c': { delete: { operationId: 'c3' } },
    '/d': { put: { operationId: 'd4' }, patch: { operationId: 'd5' } },
  },
};
const operationIds = (doc: typeof document) =>
  Object.values(doc.paths).flatMap((item) =>
    Object.values(item).flatMap((value) =>
      value && typeof value === 'object' && 'operationId' in value ? [value.operationId] : [],
    ),
  );

describe('halfTheOperations', () => {
  it('drops every other operation in document order, and the paths left without one', () => {
    const half = halfTheOperations(document, { method: 'get', path: '/nowhere' });
    expect(operationIds(half)).toEqual(['a0', 'b2', 'd4']);
    expect(Object.keys(half.paths)).toEqual(['/a', '/b', '/d']);
    expect(half.paths['/a'].parameters).toEqual([]);
  });

  it('keeps the operation the bench calls even where it falls to be dropped', () => {
    const half = halfTheOperations(document, { method: 'delete', path: '/c' });
    expect(operationIds(half)).toEqual(['a0', 'b2', 'c3', 'd4']);
  });

  it('leaves the document it was given as it was', () => {
    const before = structuredClone(document);
    halfTheOperations(document, { method: 'get', path: '/a' });
    expect(document).toEqual(before);
  });

  it.each(VENDORS)('%s: the half-size spec has about half the operations', (vendor) => {
    const full = bundledSpec(vendor);
    const half = halfTheOperations(full, { method: 'post', path: Object.keys(full.paths)[0] ?? '' });
    const [n, m] = [operationCount(vendor), operationCount(vendor, half)];
    expect(m).toBeGreaterThanOrEqual(Math.ceil(n / 2));
    expect(m).toBeLessThanOrEqual(Math.ceil(n / 2) + 1);
  });
});
