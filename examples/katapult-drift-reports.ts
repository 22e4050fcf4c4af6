/**
 * Drift reports: the client checks every answer against the spec and says where the two differ, without failing the
 * call. Collected one JSON object a line, the reports are what `pnpm spec:drift` reads in a clone of cloudspecs.
 *
 *   KATAPULT_API_TOKEN=… npx tsx examples/katapult-drift-reports.ts
 */
import { appendFileSync } from 'node:fs';
import { type DriftReport, Katapult } from '@cloudspecs/katapult-client';

const reports: DriftReport[] = [];
const katapult = new Katapult({
  baseUrl: process.env.KATAPULT_BASE_URL,
  validate: 'report', // 'strict': a 2xx body the spec does not allow throws DriftError instead
  onDrift: (report) => reports.push(report), // once per difference and client; never a value of the body
});

const { data_centers } = await katapult.dataCenters.list();
const { pagination } = await katapult.ipAddresses.list({ organization: { sub_domain: 'acme' } });
console.log(`${data_centers.length} data centers, ${pagination.total} addresses: ${reports.length} drift report(s)`);
for (const { operationId, status, pointer, kind, expected, seen } of reports) {
  console.log(`${operationId} ${status} ${pointer}: ${kind}, ${expected} expected, ${seen} seen`);
}
if (reports.length > 0) {
  appendFileSync('drift-reports.jsonl', reports.map((report) => `${JSON.stringify(report)}\n`).join(''));
}
