/**
 * pnpm spec:compare on the real specs: each registered spec compared with itself has no difference and only
 * well-formed departures; each single mutation of a copy is reported, in its category and at its location. (The
 * vendors' own documents are not part of the repository: a maintainer runs the command on them, README "Departures".)
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../lib/registry.ts';
import { loadOurSpec } from '../lib/spec-compare/load.ts';
import type { Obj, Report } from '../lib/spec-compare/model.ts';
import { compareDocuments } from '../lib/spec-compare/report.ts';

const repo = join(import.meta.dirname, '..', '..');
const specs = new Map<string, Obj>();

beforeAll(async () => {
  // a vendor's documents each on its own, as `pnpm spec:compare <vendor>@<document>` compares them
  for (const entry of await loadRegistry(repo)) {
    for (const document of entry.documents) {
      const key = document === entry.documents[0] ? entry.vendor : document.alias;
      specs.set(key, await loadOurSpec(repo, document.specPath));
    }
  }
}, 120_000);

function spec(vendor: string): Obj {
  const found = specs.get(vendor);
  if (!found) throw new Error(`no spec ${vendor} in the registry`);
  return found;
}

/** Every difference of a report, as `METHOD path | location | category[/aspect] | vendor | ours`. */
function differences(report: Report): string[] {
  return report.operations.flatMap((op) =>
    op.differences.map(
      (d) =>
        `${op.method} ${op.path} | ${d.at} | ${d.category}${d.aspect ? `/${d.aspect}` : ''} | ${d.vendor} | ${d.ours}`,
    ),
  );
}

/** Follows a path of keys into a document (a JSON pointer's steps, unescaped). */
function at(document: Obj, ...keys: string[]): Obj {
  let node: unknown = document;
  for (const key of keys) {
    node = (node as Record<string, unknown>)[key];
    if (typeof node !== 'object' || node === null) throw new Error(`no object at ${keys.join(' › ')}`);
  }
  return node as Obj;
}

/** The spec compared with a copy of itself changed by `mutate` (the copy plays the vendor's document). */
function mutated(vendor: string, mutate: (copy: Obj) => void): string[] {
  const copy = structuredClone(spec(vendor));
  mutate(copy);
  return differences(compareDocuments(spec(vendor), copy));
}

describe('the registered specs', () => {
  it('every spec compared with itself: no difference, and every x-departures entry well-formed', () => {
    expect([...specs.keys()].sort()).toEqual(['hostway', 'katapult', 'scp', 'scp@security-group', 'scp@vpc']);
    for (const [vendor, document] of specs) {
      const report = compareDocuments(document, structuredClone(document));
      expect(differences(report), vendor).toEqual([]);
      expect(report.invalidDepartures, vendor).toEqual([]);
    }
  });
});

describe('katapult: single mutations are reported', () => {
  const schemas = (copy: Obj) => at(copy, 'components', 'schemas');

  it('a format the copy drops: format', () => {
    const found = mutated('katapult', (copy) => {
      delete at(schemas(copy), 'DiskBackupPolicy', 'properties', 'total_size').format;
    });
    expect(found).toContain(
      'GET /disk_backup_policies/disk_backup_policy | response.200.body.disk_backup_policy.total_size | format | no format | float',
    );
    expect(new Set(found.map((line) => line.split(' | ')[2]))).toEqual(new Set(['format']));
  });

  it('a list where we answer one object: type', () => {
    const found = mutated('katapult', (copy) => {
      const body = at(
        copy,
        'paths',
        '/certificates/certificate',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
        'schema',
      );
      const properties = at(body, 'properties');
      properties.certificate = { type: 'array', items: properties.certificate };
    });
    expect(found).toEqual(['GET /certificates/certificate | response.200.body.certificate | type | array | object']);
  });

  it('an error detail the copy closes: error-body (additional-properties)', () => {
    const found = mutated('katapult', (copy) => {
      at(schemas(copy), 'EmptyErrorDetail').additionalProperties = false;
    });
    expect(found).toContain(
      'GET /certificates/certificate | response.404.body(certificate_not_found).error.detail | error-body/additional-properties | closed | open',
    );
    expect(new Set(found.map((line) => line.split(' | ')[2]))).toEqual(new Set(['error-body/additional-properties']));
  });

  it('a `{}` answer the copy closes: additional-properties (ours is open, as the vendor leaves it)', () => {
    const found = mutated('katapult', (copy) => {
      at(schemas(copy), 'EmptyObject').additionalProperties = false;
    });
    expect(found).toEqual([
      'POST /address_lists/address_list/entries/bulk | response.200.body | additional-properties | closed | open',
      'DELETE /ip_addresses/ip_address | response.200.body | additional-properties | closed | open',
      'POST /ip_addresses/ip_address/unallocate | response.200.body | additional-properties | closed | open',
    ]);
  });

  it('an error field of another type: error-body (type), per code', () => {
    const found = mutated('katapult', (copy) => {
      const detail = at(schemas(copy), 'ValidationError', 'properties', 'error', 'properties', 'detail');
      at(detail, 'properties', 'errors').items = { type: 'integer' };
    });
    expect(found).toContain(
      'POST /organizations/organization/ip_addresses | response.422.body(validation_error).error.detail.errors[] | error-body/type | integer | string',
    );
  });

  it('an error code the copy leaves out: error-code', () => {
    const found = mutated('katapult', (copy) => {
      const schema = at(
        copy,
        'components',
        'responses',
        'ServiceUnavailableOrNoAddresses',
        'content',
        'application/json',
        'schema',
      );
      const branches = schema.oneOf as unknown[];
      schema.oneOf = branches.slice(0, 1);
    });
    expect(found).toContain(
      'POST /organizations/organization/ip_addresses | status 503 error no_available_addresses | error-code | absent | documented',
    );
  });

  it('a response header, a content type, a security scope, a constraint and a presence the copy changes', () => {
    expect(
      mutated('katapult', (copy) => {
        delete at(copy, 'components', 'responses', 'RateLimitReached').headers;
      }),
    ).toContain(
      'POST /organizations/organization/ip_addresses | response.429.header.x-api-schema | header | absent | string, required',
    );
    expect(
      mutated('katapult', (copy) => {
        const content = at(copy, 'paths', '/certificates/certificate', 'get', 'responses', '200', 'content');
        content['text/plain'] = { schema: { type: 'string' } };
      }),
    ).toEqual([
      'GET /certificates/certificate | response.200.content | content-type | application/json, text/plain | application/json',
    ]);
    expect(
      mutated('katapult', (copy) => {
        at(copy, 'paths', '/organizations/organization/ip_addresses', 'post').security = [
          { ApiToken: ['ip_addresses:write'] },
        ];
      }),
    ).toEqual([
      'POST /organizations/organization/ip_addresses | security | security | http bearer; http bearer scopes ip_addresses:write | http bearer | oauth2; http bearer scopes ip_addresses; oauth2 scopes api.katapult.io/core/v1/ip_addresses',
    ]);
    expect(
      mutated('katapult', (copy) => {
        at(copy, 'components', 'parameters', 'PerPage', 'schema').maximum = 200;
      }),
    ).toContain(
      'GET /organizations/organization/ip_addresses | request.query.per_page | constraint | maximum 200 | no maximum',
    );
    expect(
      mutated('katapult', (copy) => {
        const ip = at(schemas(copy), 'IpAddress');
        ip.required = (ip.required as string[]).filter((name) => name !== 'reverse_dns');
      }),
    ).toContain(
      'POST /organizations/organization/ip_addresses | response.200.body.ip_address.reverse_dns | required | optional | required',
    );
  });
});

describe('scp: single mutations are reported', () => {
  it('a server name longer than ours allows: constraint', () => {
    const found = mutated('scp', (copy) => {
      at(copy, 'components', 'schemas', 'ServerCreateRequest', 'properties', 'name').maxLength = 64;
    });
    expect(found).toEqual(['POST /v1/servers | request.body.name | constraint | maxLength 64 | maxLength 63']);
  });

  it('a 400 body with another item type: error-body (type)', () => {
    const found = mutated('scp', (copy) => {
      at(copy, 'components', 'schemas', 'ValidationErrorModel', 'properties', 'msg').type = 'integer';
    });
    expect(found).toContain('POST /v1/servers | response.400.body[].msg | error-body/type | integer | string');
  });

  it('an API version whose state differs: api-version', () => {
    const copy = structuredClone(spec('scp'));
    const operation = at(copy, 'paths', '/v1/servers', 'post');
    // A vendor document names one version per operation, as the published one does.
    Object.assign(operation, { 'x-api-version': '1.0', 'x-api-status': 'DEPRECATED', 'x-not-before': '2026-07-01' });
    expect(differences(compareDocuments(spec('scp'), copy))).toEqual([
      'POST /v1/servers | api-version 1.0 | api-version | DEPRECATED, not before 2026-07-01 | CURRENT, not before 2026-07-01',
    ]);
  });
});
