/**
 * The twin sweep of one vendor: every operation of its twin called through the vendor's client with its spec example
 * request (the contract suite's own cases), on a twin fresh from its seed world. Each answers a status its operation
 * documents, never a 500 (an answer that broke the spec, or a handler that failed). What the seed world refuses differs
 * per vendor: each client's test says it, with `send`.
 */
import type { Twin } from '@cloudspecs/mock/twin';
import { describe, expect, it } from 'vitest';
import { type ContractCase, contractCases } from './contract-cases.ts';

type Call = (path: string, init: object) => Promise<{ response: Response }>;

export interface TwinSweep {
  /** The first runnable success case of each operation. */
  cases: ContractCase[];
  /** Calls the case's operation on the twin as it is (reset it first for a fresh seed world), its body as text. */
  send(item: ContractCase): Promise<Response>;
}

export function describeTwinSweep(
  options: {
    /** The title of the suite: `Katapult twin`. */
    title: string;
    specFile: string;
    twin: Twin;
    /** The vendor's client, its `fetch` the twin's. */
    client: object;
  },
  /** The vendor's own cases, declared inside the suite. */
  more: (sweep: TwinSweep) => void,
): void {
  const { twin } = options;
  const client = options.client as Record<string, Call | undefined>;
  const cases = contractCases(options.specFile).filter(
    (item, index, all) =>
      item.status < 300 &&
      item.missing === undefined &&
      all.findIndex((other) => other.operationId === item.operationId && other.status < 300) === index,
  );
  const send = async (item: ContractCase): Promise<Response> => {
    const call = client[item.method];
    if (!call) throw new Error(`no ${item.method} on the client`);
    const { response } = await call(item.path, {
      params: item.init.params,
      ...(item.init.body === undefined ? {} : { body: item.init.body }),
      parseAs: 'text',
    });
    return response;
  };

  describe(`${options.title}: every operation with its example request`, () => {
    it('the sweep covers every operation of the spec', () => {
      expect(new Set(cases.map((item) => item.operationId)).size).toBe(twin.operations.length);
    });

    it.each(cases.map((item) => [item.operationId, item] as const))(
      '%s: a documented answer, never a 500',
      async (_, item) => {
        twin.reset();
        const response = await send(item);
        const documented = twin.operations.find((row) => row.operationId === item.operationId);
        expect(documented, `${item.operationId} is in the twin's table`).toBeDefined();
        expect(twin.violations()).toEqual([]);
        expect(response.status).not.toBe(500);
      },
    );

    more({ cases, send });
  });
}
