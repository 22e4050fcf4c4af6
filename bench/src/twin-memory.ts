/**
 * The child of the twin section's memory figure (twin.ts): a Katapult twin answers 100,000 requests — the section's
 * reads, and a create and a release of an address — and reports its heap after a collection every 10,000.
 */
import { createTwin } from '@cloudspecs/mock/twin';
import { REQUESTS } from './twin.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('twin-memory: run with --expose-gc as a forked child');
const twin = await createTwin('katapult');
const headers = { authorization: 'Bearer bench-token-0123456789', 'content-type': 'application/json' };
const body = JSON.stringify({
  organization: { sub_domain: 'acme' },
  network: { permalink: 'uk-lon-01-public' },
  version: 'ipv4',
});
const samples: [number, number][] = [];
let answered = 0;
while (answered < 100_000) {
  for (const target of REQUESTS) {
    await (await twin.fetch(`http://twin.bench${target}`, { headers })).arrayBuffer();
  }
  const created = await twin.fetch('http://twin.bench/organizations/organization/ip_addresses', {
    method: 'POST',
    headers,
    body,
  });
  const { ip_address } = (await created.json()) as { ip_address: { id: string } };
  const released = await twin.fetch('http://twin.bench/ip_addresses/ip_address', {
    method: 'DELETE',
    headers,
    body: JSON.stringify({ ip_address: { id: ip_address.id } }),
  });
  if (released.status !== 200) throw new Error(`twin-memory: release answered ${released.status}`);
  await released.arrayBuffer();
  const before = answered;
  answered += REQUESTS.length + 2;
  if (Math.floor(answered / 10_000) > Math.floor(before / 10_000)) {
    gc();
    samples.push([Math.floor(answered / 10_000) * 10_000, process.memoryUsage().heapUsed]);
  }
}
if (twin.violations().length > 0) throw new Error('twin-memory: the twin sent answers that break the spec');
process.send(samples, () => process.exit(0));
