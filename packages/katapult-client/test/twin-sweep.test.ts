/**
 * Every operation of the Katapult twin, called with its spec example request (the contract sweep's own cases,
 * @cloudspecs/testkit) on a twin fresh from its seed world: each answers a status its operation documents, never a
 * 500 (an answer that broke the spec, or a handler that failed). Most succeed, since the examples name the seed
 * world's records; the rest are the documented refusals those requests meet (an address already allocated).
 */
import { fileURLToPath } from 'node:url';
import { createTwin } from '@cloudspecs/mock/twin';
import { contractCases } from '@cloudspecs/testkit';
import { describe, expect, it } from 'vitest';
import { createKatapultClient } from '../src/index.js';

const specFile = fileURLToPath(new URL('../../mock/specs/katapult.json', import.meta.url));
const twin = await createTwin('katapult', { clock: 'manual' });
type Call = (path: string, init: object) => Promise<{ response: Response }>;
const client = createKatapultClient({ token: 'test', fetch: twin.fetch }) as unknown as Record<string, Call>;

/** The first runnable success case of each operation. */
const cases = contractCases(specFile).filter(
  (item, index, all) =>
    item.status < 300 &&
    item.missing === undefined &&
    all.findIndex((other) => other.operationId === item.operationId && other.status < 300) === index,
);

describe('Katapult twin: every operation with its example request', () => {
  it('the sweep covers every operation of the spec', () => {
    expect(new Set(cases.map((item) => item.operationId)).size).toBe(twin.operations.length);
  });

  it.each(cases.map((item) => [item.operationId, item] as const))(
    '%s: a documented answer, never a 500',
    async (_, item) => {
      twin.reset();
      const call = client[item.method];
      if (!call) throw new Error(`no ${item.method} on the client`);
      const { response } = await call(item.path, {
        params: item.init.params,
        ...(item.init.body === undefined ? {} : { body: item.init.body }),
        parseAs: 'text',
      });
      const documented = twin.operations.find((row) => row.operationId === item.operationId);
      expect(documented, `${item.operationId} is in the twin's table`).toBeDefined();
      expect(twin.violations()).toEqual([]);
      expect(response.status).not.toBe(500);
    },
  );

  it('most example requests succeed on the seed world (at least 170 of 189)', async () => {
    let succeeded = 0;
    for (const item of cases) {
      twin.reset();
      const { response } = await (client[item.method] as Call)(item.path, {
        params: item.init.params,
        ...(item.init.body === undefined ? {} : { body: item.init.body }),
        parseAs: 'text',
      });
      if (response.status < 300) succeeded += 1;
    }
    expect(succeeded).toBeGreaterThanOrEqual(170);
  });
});
