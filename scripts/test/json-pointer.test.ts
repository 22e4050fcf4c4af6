/** The one `$ref` resolver (scripts/lib/json-pointer.ts): RFC 6901 in a URI fragment, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { followRefs, pointerTarget, refResolver } from '../lib/json-pointer.ts';

const document = {
  paths: { '/ip_addresses/{id}': { get: { operationId: 'getIpAddress' } } },
  components: {
    schemas: {
      IpAddress: { type: 'object' },
      'Ip Address': { $ref: '#/components/schemas/IpAddress' },
      'a~b': { type: 'string' },
      Alias: { $ref: '#/components/schemas/Ip%20Address' },
      Loop: { $ref: '#/components/schemas/Pool' },
      Pool: { $ref: '#/components/schemas/Loop' },
      Never: false,
    },
    parameters: { list: [{ name: 'page' }, { name: 'per_page' }] },
  },
};

describe('json-pointer', () => {
  it('pointerTarget: ~1 reads /, ~0 reads ~, a step is percent-decoded first, # is the document', () => {
    expect(pointerTarget(document, '#/paths/~1ip_addresses~1{id}/get', 'spec')).toEqual({
      operationId: 'getIpAddress',
    });
    expect(pointerTarget(document, '#/components/schemas/a~0b', 'spec')).toEqual({ type: 'string' });
    expect(pointerTarget(document, '#/components/schemas/Ip%20Address', 'spec')).toEqual({
      $ref: '#/components/schemas/IpAddress',
    });
    expect(pointerTarget(document, '#', 'spec')).toBe(document);
  });

  it('pointerTarget: an array step is an index; an inherited name, a missing key or index does not resolve', () => {
    expect(pointerTarget(document, '#/components/parameters/list/1', 'spec')).toEqual({ name: 'per_page' });
    expect(() => pointerTarget(document, '#/components/parameters/list/2', 'spec')).toThrow(
      'spec: $ref #/components/parameters/list/2 does not resolve',
    );
    expect(() => pointerTarget(document, '#/components/parameters/list/01', 'spec')).toThrow('does not resolve');
    expect(() => pointerTarget(document, '#/components/schemas/toString', 'spec')).toThrow(
      'spec: $ref #/components/schemas/toString does not resolve',
    );
  });

  it('pointerTarget: a $ref into another file, or a fragment that is no pointer, is refused', () => {
    expect(() => pointerTarget(document, 'components/Ip.yaml#/Ip', 'spec')).toThrow(
      'spec: $ref components/Ip.yaml#/Ip is not local: bundle the document first (npx @redocly/cli bundle)',
    );
    expect(() => pointerTarget(document, '#IpAddress', 'spec')).toThrow('spec: $ref #IpAddress is no JSON pointer');
  });

  it('followRefs: a chain of $refs to its end, with every $ref passed; a value that is no $ref is itself', () => {
    expect(followRefs(document, { $ref: '#/components/schemas/Alias' }, 'spec')).toEqual({
      node: { type: 'object' },
      refs: ['#/components/schemas/Alias', '#/components/schemas/Ip%20Address', '#/components/schemas/IpAddress'],
    });
    expect(followRefs(document, 'text', 'spec')).toEqual({ node: 'text', refs: [] });
  });

  it('followRefs: a chain that comes back to a $ref it passed is a cycle', () => {
    expect(() => followRefs(document, { $ref: '#/components/schemas/Loop' }, 'spec')).toThrow(
      'spec: $ref cycle with nothing in between at #/components/schemas/Loop',
    );
  });

  it('refResolver: the target when it is an object, undefined for anything else (the schema false, a missing value)', () => {
    const resolve = refResolver(document, 'spec');
    expect(resolve({ $ref: '#/components/schemas/Ip%20Address' })).toEqual({ type: 'object' });
    expect(resolve({ $ref: '#/components/schemas/Never' })).toBeUndefined();
    expect(resolve(undefined)).toBeUndefined();
  });
});
