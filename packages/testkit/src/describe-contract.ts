/**
 * The contract suite of one vendor: every operation × documented status is called through the vendor's client against
 * the Prism mock (`Prefer: code=NNN`). A case passes when the status is the documented one, Prism reports no violation
 * of the request or of its response (`sl-violations`), and the body the client parsed equals the documented example.
 */
import { describe, expect, inject, it } from 'vitest';
import { type ContractCase, contractCases } from './contract-cases.ts';

/** The part of an openapi-fetch client the suite needs: a call by method and path. */
export interface ContractClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export function describeContract(options: {
  vendor: string;
  specFile: string;
  /** builds the vendor's client for the mock's base URL */
  client: (baseUrl: string) => ContractClient;
}): ContractCase[] {
  const cases = contractCases(options.specFile);
  const label = (c: ContractCase) =>
    `${c.operationId}: ${c.status}${c.exampleName ? ` ${c.exampleName}` : ''}${c.requestExample ? ` (request ${c.requestExample})` : ''}`;

  describe(`${options.vendor} contract (Prism mock of the spec)`, () => {
    it.each(cases.map((c) => [label(c), c] as const))('%s', async (_, c) => {
      expect(c.missing, `${label(c)} cannot be built from the spec`).toBeUndefined();
      const client = options.client(inject('mockUrl'));
      const { data, error, response } = await client.request(c.method, c.path, {
        ...c.init,
        headers: { Prefer: `code=${c.status}${c.exampleName ? `, example=${c.exampleName}` : ''}` },
        redirect: 'manual',
        parseAs: c.mediaType === undefined || c.mediaType.includes('json') ? 'json' : 'text',
      });
      expect(response.headers.get('sl-violations'), 'Prism reported a violation').toBeNull();
      expect(response.status).toBe(c.status);
      const body = response.ok ? data : error;
      if (c.mediaType === undefined) expect(body ?? undefined).toBeUndefined();
      else expect(body).toEqual(c.example);
    });

    it('covers every documented operation × status pair', () => {
      const untestable = cases.filter((c) => c.missing !== undefined).map((c) => `${label(c)} (${c.missing})`);
      const operations = new Set(cases.map((c) => c.operationId));
      const pairs = new Set(cases.map((c) => `${c.operationId} ${c.status}`));
      const untestedPairs = new Set(
        cases.filter((c) => c.missing !== undefined).map((c) => `${c.operationId} ${c.status}`),
      );
      console.info(
        `${options.vendor} contract coverage: ${pairs.size - untestedPairs.size}/${pairs.size} operation × status pairs ` +
          `(${operations.size} operations, ${cases.length} documented bodies)`,
      );
      expect(untestable).toEqual([]);
      expect(cases.length).toBeGreaterThan(0);
    });
  });
  return cases;
}
