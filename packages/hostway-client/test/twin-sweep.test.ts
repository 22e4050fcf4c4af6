/**
 * Every operation of the Hostway twin, called with its spec example request (the contract sweep's own cases,
 * @cloudspecs/testkit) on a twin fresh from its seed world: each answers a status its operation documents, never a
 * 500 (an answer that broke the spec, or a handler that failed). Most succeed, since the examples name the seed
 * world's records; the rest are the documented refusals those requests meet (a volume already attached).
 */
import { fileURLToPath } from 'node:url';
import { createTwin } from '@cloudspecs/mock/twin';
import { contractCases } from '@cloudspecs/testkit';
import { describe, expect, it } from 'vitest';
import { createHostwayClient } from '../src/index.js';

const specFile = fileURLToPath(new URL('../../mock/specs/hostway.json', import.meta.url));
const twin = await createTwin('hostway', { clock: 'manual' });
type Call = (path: string, init: object) => Promise<{ response: Response }>;
const client = createHostwayClient({ username: 'test', password: 'test', fetch: twin.fetch }) as unknown as Record<
  string,
  Call
>;

/** The first runnable success case of each operation. */
const cases = contractCases(specFile).filter(
  (item, index, all) =>
    item.status < 300 &&
    item.missing === undefined &&
    all.findIndex((other) => other.operationId === item.operationId && other.status < 300) === index,
);

describe('Hostway twin: every operation with its example request', () => {
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

  it('every example request but attachVolume’s succeeds on the seed world (its volume is attached already: 409)', async () => {
    const refused: string[] = [];
    for (const item of cases) {
      twin.reset();
      const { response } = await (client[item.method] as Call)(item.path, {
        params: item.init.params,
        ...(item.init.body === undefined ? {} : { body: item.init.body }),
        parseAs: 'text',
      });
      if (response.status >= 300) refused.push(`${item.operationId} ${response.status}`);
    }
    expect(refused.sort()).toEqual(['attachVolume 409', 'attachVolumeForCurrentAccount 409']);
  });
});
