/** The resource layer's types: what compiles, what does not, and the names a result shows. */
import type { ApiPromise, ListPromise } from '@cloudspecs/runtime';
import { describe, expectTypeOf, test } from 'vitest';
import type {
  BuildTarget,
  CreateIpAddressParams,
  CreateIpAddressResponse,
  IpAddress,
  IpAddressSummary,
  Katapult,
  ListOrganizationIpAddressesResponse,
} from '../src/index.js';

declare const katapult: Katapult;
declare const started: Awaited<ReturnType<Katapult['virtualMachines']['start']>>;
declare const built: Awaited<ReturnType<Katapult['virtualMachines']['build']>>;
declare const KatapultClass: typeof import('../src/index.js').Katapult;
const organization = { id: 'org_1' };
const network = { id: 'net_1' };

describe('resource calls', () => {
  test('one argument object, typed from the spec; results and params have names', () => {
    expectTypeOf(katapult.ipAddresses.create).parameter(0).toEqualTypeOf<CreateIpAddressParams>();
    expectTypeOf(katapult.ipAddresses.create).returns.toEqualTypeOf<ApiPromise<CreateIpAddressResponse>>();
    expectTypeOf<CreateIpAddressResponse['ip_address']>().toMatchTypeOf<IpAddress>();
  });

  test('a wrong body, a missing field, an unknown key, two keys of one lookup: compile errors', () => {
    // @ts-expect-error two keys in the organization lookup
    void katapult.ipAddresses.create({ organization: { id: 'org_1', sub_domain: 'acme' }, network, version: 'ipv4' });
    // @ts-expect-error a version the spec does not list
    void katapult.ipAddresses.create({ organization, network, version: 'ipv5' });
    // @ts-expect-error a misspelt field
    void katapult.ipAddresses.create({ organization, netwrk: network, version: 'ipv4' });
    // @ts-expect-error the organization is required
    void katapult.ipAddresses.create({ network, version: 'ipv4' });
    // @ts-expect-error the argument object is required when a field is
    void katapult.ipAddresses.create();
  });

  test('round 2 #5: release and unallocate must name the address (in the query or the body, one lookup)', () => {
    // @ts-expect-error no argument: a destructive call that names no address
    void katapult.ipAddresses.release();
    // @ts-expect-error an argument without the address
    void katapult.ipAddresses.release({});
    // @ts-expect-error a lookup with no key
    void katapult.ipAddresses.unallocate({ ip_address: {} });
    // @ts-expect-error two keys of one lookup
    void katapult.ipAddresses.unallocate({ ip_address: { id: 'ip_1', address: '185.199.220.27' } });
    void katapult.ipAddresses.release({ ip_address: { id: 'ip_1' } });
    void katapult.ipAddresses.unallocate({ ip_address: { address: '185.199.220.27' } });
  });

  test('the options: timeout, maxRetries, signal, headers; nothing else', () => {
    void katapult.ipAddresses.create(
      { organization, network, version: 'ipv4' },
      { timeout: 5_000, maxRetries: 0, signal: AbortSignal.timeout(1), headers: { 'x-trace': '1' } },
    );
    // @ts-expect-error an unknown option
    void katapult.ipAddresses.create({ organization, network, version: 'ipv4' }, { timeuot: 5_000 });
  });

  test('a list is awaitable (the first page) and async-iterable (the items)', () => {
    expectTypeOf(katapult.ipAddresses.list({ organization })).toEqualTypeOf<
      ListPromise<ListOrganizationIpAddressesResponse, IpAddressSummary>
    >();
    expectTypeOf(katapult.ipAddresses.list({ organization })).toMatchTypeOf<AsyncIterable<IpAddressSummary>>();
    expectTypeOf(katapult.ipAddresses.list({ organization })).toMatchTypeOf<
      PromiseLike<ListOrganizationIpAddressesResponse>
    >();
  });

  test('withResponse gives the data and the Response', () => {
    expectTypeOf(katapult.ipAddresses.create({ organization, network, version: 'ipv4' }).withResponse()).toEqualTypeOf<
      Promise<{ data: CreateIpAddressResponse; response: Response }>
    >();
  });

  test('the options of new Katapult(): those of createKatapultClient, but throwOnError', () => {
    // (type-checked only: this file is never run)
    void new KatapultClass({ token: 't', timeout: 1_000 });
    // @ts-expect-error the resource client always throws
    void new KatapultClass({ throwOnError: false });
  });

  test('waits sit next to the operations: virtualMachines.waitForBuild takes the build', () => {
    expectTypeOf(katapult.virtualMachines.waitForBuild).parameter(0).toEqualTypeOf<BuildTarget>();
    expectTypeOf(katapult.virtualMachines.start).toBeFunction();
  });

  test('round 2 #10: a wait takes the whole answer of the call that started it', () => {
    void katapult.tasks.wait(started);
    void katapult.tasks.wait(started.task);
    void katapult.virtualMachines.waitForBuild(built);
    void katapult.virtualMachines.waitForBuild(built.virtual_machine_build);
    // @ts-expect-error an answer that holds no task
    void katapult.tasks.wait({});
  });
});
