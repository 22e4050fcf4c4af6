/** The resource layer against the Prism mock: the contract's methods, a list across three pages, a typed error. */
import { ApiError, ConfigurationError, ValidationError } from '@cloudspecs/runtime';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';
import { type IpAddress, Katapult, type KatapultClient } from '../src/index.js';

const organization = { id: 'org_BZJ1SSjRnWm7X1bT' };
const requests: string[] = [];

/** A client of the mock that records what it sends, and asks the mock for the named example page of a page number. */
function katapult(options: { pages?: boolean } = {}) {
  return new Katapult({
    token: 'kt-test-token',
    baseUrl: inject('mockUrl'),
    maxRetries: 0,
    fetch: (request) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      if (options.pages) {
        const example = ['first-of-three', 'second-of-three', 'third-of-three'][
          Number(url.searchParams.get('page')) - 1
        ];
        if (example) request.headers.set('Prefer', `example=${example}`);
      }
      return fetch(request);
    },
  });
}

describe('the Katapult resource layer against the mock', () => {
  it('ipAddresses.create: one argument object in, the created address out, typed', async () => {
    const { ip_address } = await katapult().ipAddresses.create({
      organization,
      network: { id: 'net_5ZJyUvFi5GvLT3pQ' },
      version: 'ipv4',
    });
    expectTypeOf(ip_address).toEqualTypeOf<IpAddress>();
    expect(ip_address.id).toMatch(/^ip_/);
  });

  it('ipAddresses.create(...).withResponse(): the data with its Response', async () => {
    const { data, response } = await katapult()
      .ipAddresses.create({ organization, network: { id: 'net_5ZJyUvFi5GvLT3pQ' }, version: 'ipv4' })
      .withResponse();
    expect(response.status).toBe(200);
    expect(data.ip_address.address).toBeTypeOf('string');
  });

  it('ipAddresses.list, awaited: the first page as the API answers it', async () => {
    const page = await katapult().ipAddresses.list({ organization });
    expect(page.pagination.current_page).toBe(1);
    expect(page.ip_addresses.length).toBeGreaterThan(0);
  });

  it('ipAddresses.list, iterated: every address across three pages, one request a page', async () => {
    requests.length = 0;
    const ids: string[] = [];
    for await (const ip of katapult({ pages: true }).ipAddresses.list({ organization, per_page: 2 })) {
      ids.push(ip.id);
    }
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    const queries = requests.map((r) => new URL(r.slice(r.indexOf(' ') + 1), 'http://mock').searchParams);
    expect(queries.map((q) => q.get('page'))).toEqual(['1', '2', '3']);
    expect(queries.map((q) => [q.get('per_page'), q.get('organization[id]')])).toEqual(
      Array(3).fill(['2', organization.id]),
    );
  });

  it('virtualMachines.start: the power function sits with the virtual machines', async () => {
    requests.length = 0;
    const { task } = await katapult().virtualMachines.start({ virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' } });
    expect(task.id).toBeTypeOf('string');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^POST \S*\/virtual_machines\/virtual_machine\/start$/);
  });

  it('a documented error is thrown as the error class, typed by its code', async () => {
    const error = await katapult()
      .ipAddresses.create(
        { organization, network: { id: 'net_5ZJyUvFi5GvLT3pQ' }, version: 'ipv4' },
        { headers: { Prefer: 'code=422' } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).code).toBe('validation_error');
  });

  it('the path-style client is underneath, and it throws', async () => {
    const client: KatapultClient<true> = katapult().client;
    const { data } = await client.GET('/organizations/organization/ip_addresses', {
      params: { query: { organization } },
    });
    expect(data.pagination.current_page).toBe(1);
  });

  it('waits sit next to the operations they wait for', () => {
    const api = katapult();
    expect(api.virtualMachines.waitForBuild).toBeTypeOf('function');
    expect(api.tasks.wait).toBeTypeOf('function');
  });

  it('wrong arguments fail where the call is written, saying what to pass', () => {
    // @ts-expect-error the argument object, not a string
    expect(() => katapult().ipAddresses.get('ip_1')).toThrow(ConfigurationError);
  });

  it('round 2 #5: ipAddresses.release() and .unallocate() with no address are refused, nothing sent', () => {
    requests.length = 0;
    const api = katapult() as unknown as {
      ipAddresses: Record<'release' | 'unallocate', (params?: object) => unknown>;
    };
    for (const call of [() => api.ipAddresses.release(), () => api.ipAddresses.unallocate({})]) {
      expect(call).toThrow(ConfigurationError);
      expect(call).toThrow(/needs "ip_address", naming what it acts on/);
    }
    expect(requests).toHaveLength(0);
  });

  it('round 2 #5: ipAddresses.release({ ip_address }) names it in the query and the body', async () => {
    requests.length = 0;
    await katapult().ipAddresses.release({ ip_address: { address: '185.199.220.27' } });
    expect(requests).toEqual(['DELETE /ip_addresses/ip_address?ip_address[address]=185.199.220.27']);
  });

  it('round 2 #3: client options from JavaScript that no one reads are refused, naming the one meant', () => {
    const make = (options: object) => () => new Katapult({ token: 'kt-test-token', ...options } as never);
    expect(make({ timeOut: 5_000 })).toThrow(/the client does not take "timeOut" \(did you mean "timeout"\?\)/);
    expect(make({ retries: 3 })).toThrow(/did you mean "maxRetries"/);
    expect(make({ tokn: 'x' })).toThrow(/did you mean "token"/);
    expect(make({ maxRetries: 3 })).not.toThrow();
  });
});
