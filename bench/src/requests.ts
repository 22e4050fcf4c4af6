/**
 * The request pipeline's budgets (issue 14 §1): each vendor's seed POST sent by raw `fetch`, plain openapi-fetch and
 * the cloudspecs client, side by side — to a local keep-alive server (request overhead), and to a fake `fetch`
 * answering on the next tick (client-only ops/s, openapi-fetch's own benchmark method).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHostwayClient } from '@cloudspecs/hostway-client';
import { createKatapultClient } from '@cloudspecs/katapult-client';
import { createScpClient } from '@cloudspecs/scp-client';
import createClient from 'openapi-fetch';
import { alternate, atMost, type Budget, median, medianRatio, ratio, type Section, table, µs } from './measure.js';
import { bundledSpec, type Vendor, VENDORS } from './vendors.js';

/** Request overhead: per-request time ÷ raw fetch's, one at a time and 16 in flight. */
const REQUEST_BUDGET: Record<Vendor, number> = { katapult: 1.1, hostway: 1.1, scp: 1.2 };
/** Client-only: ops/s ÷ plain openapi-fetch's. */
const CLIENT_ONLY_BUDGET = 1;
const IN_FLIGHT = 16;

type Fetch = (request: Request) => Promise<Response>;
/** The one call the bench makes; its types are the packages' own tests' business. */
type PostClient = { POST(path: string, init: object): Promise<{ data?: unknown; error?: unknown }> };

/** Each vendor's seed operation, its credentials (sent only to 127.0.0.1) and its client with default options. */
const SEEDS: Record<Vendor, { path: string; status: number; params: Record<string, string> }> = {
  katapult: { path: '/organizations/organization/ip_addresses', status: 200, params: {} },
  hostway: { path: '/servers', status: 202, params: {} },
  scp: { path: '/v1/servers/{server_id}/interfaces', status: 200, params: { server_id: 'srv-8b8ab4b8' } },
};
const clients: Record<Vendor, (baseUrl: string, fetch?: Fetch) => unknown> = {
  katapult: (baseUrl, fetch) => createKatapultClient({ token: 'bench-token-0123456789', baseUrl, fetch }),
  hostway: (baseUrl, fetch) => createHostwayClient({ username: 'bench', password: 'bench-password', baseUrl, fetch }),
  scp: (baseUrl, fetch) => createScpClient({ accessKey: 'bench-access', secretKey: 'bench-secret', baseUrl, fetch }),
};

interface Seed {
  vendor: Vendor;
  /** The path with its parameters filled in (the clients' baseUrl is the server's origin). */
  url: string;
  init: { params: { path: Record<string, string> }; body: unknown };
  status: number;
  answer: string;
}

/** The body and answer are the first examples of the operation in the bundled spec (`pnpm generate` writes it). */
function seedOf(vendor: Vendor): Seed {
  const { path, status, params } = SEEDS[vendor];
  const spec = bundledSpec(vendor);
  const example = (media: { $ref?: string }) => {
    const resolved = media.$ref
      ? media.$ref
          .slice(2)
          .split('/')
          .reduce((at, key) => at[key], spec)
      : media;
    const json = resolved.content['application/json'];
    return json.example ?? Object.values<{ value: unknown }>(json.examples)[0]?.value;
  };
  const operation = spec.paths[path].post;
  return {
    vendor,
    url: path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? ''),
    init: { params: { path: params }, body: example(operation.requestBody) },
    status,
    answer: JSON.stringify(example(operation.responses[status])),
  };
}

type Call = () => Promise<unknown>;

/** The three ways of sending the seed; the baselines send the headers the client sent (auth, SCP's signature). */
async function callsFor(seed: Seed, origin: string, fetch?: Fetch): Promise<Record<string, Call>> {
  const checked = (name: string, post: () => Promise<{ data?: unknown; error?: unknown }>) => async () => {
    const { data, error } = await post();
    if (error !== undefined) throw new Error(`bench: ${name} (${seed.vendor}) got an error answer`);
    return data;
  };
  const client = clients[seed.vendor](origin, fetch) as PostClient;
  let headers: Record<string, string> = {};
  const capturing = clients[seed.vendor](origin, async (request) => {
    headers = Object.fromEntries([...request.headers].filter(([name]) => name !== 'content-length'));
    return new Response(seed.answer, { status: seed.status, headers: { 'content-type': 'application/json' } });
  }) as PostClient;
  await capturing.POST(SEEDS[seed.vendor].path, seed.init);
  const plain = createClient({ baseUrl: origin, headers, ...(fetch && { fetch }) }) as unknown as PostClient;
  const calls: Record<string, Call> = {};
  if (!fetch) {
    // `fetch` by hand, the floor: no Request object built first.
    const url = `${origin}${seed.url}`;
    const body = JSON.stringify(seed.init.body);
    calls.fetch = async () => (await globalThis.fetch(url, { method: 'POST', headers, body })).json();
  }
  calls['openapi-fetch'] = checked('openapi-fetch', () => plain.POST(SEEDS[seed.vendor].path, seed.init));
  calls[`${seed.vendor}-client`] = checked('client', () => client.POST(SEEDS[seed.vendor].path, seed.init));
  for (const [name, call] of Object.entries(calls)) {
    if (JSON.stringify(await call()) !== seed.answer) throw new Error(`bench: ${name} did not get the seed answer`);
  }
  return calls;
}

async function batch(call: Call, count: number, concurrency: number): Promise<undefined> {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return undefined;
}

export async function requestOverhead(rounds = 14): Promise<Section> {
  const seeds = VENDORS.map(seedOf);
  const json = { 'content-type': 'application/json' };
  const routes = Object.fromEntries(seeds.map((s) => [s.url, { status: s.status, headers: json, text: s.answer }]));
  const server = fork(fileURLToPath(new URL('./answer-server.ts', import.meta.url)), [], { stdio: 'inherit' });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('message', (message) => resolve(message as number));
    server.once('exit', (code) => reject(new Error(`bench: the answer server exited (${code})`)));
    server.send(routes);
  });
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  try {
    for (const seed of seeds) {
      const calls = await callsFor(seed, `http://127.0.0.1:${port}`);
      const client = `${seed.vendor}-client`;
      for (const [mode, count, concurrency] of [
        ['sequential', 150, 1],
        [`${IN_FLIGHT} in flight`, 400, IN_FLIGHT],
      ] as const) {
        const batches = Object.entries(calls).map(([name, call]) => [name, () => batch(call, count, concurrency)]);
        const figures: Record<string, number[]> = await alternate(Object.fromEntries(batches), rounds, 2);
        const per = (name: string) => µs((median(figures[name] ?? []) * 1000) / count);
        const vsFetch = (name: string) => medianRatio(figures[name] ?? [], figures.fetch ?? []);
        const cell = (name: string) => `${per(name)} (${ratio(vsFetch(name))})`;
        rows.push([seed.vendor, mode, per('fetch'), cell('openapi-fetch'), cell(client)]);
        const note = `plain openapi-fetch ${ratio(vsFetch('openapi-fetch'))}`;
        const name = `request overhead, ${mode}: ${client} ÷ raw fetch`;
        budgets.push(atMost(name, vsFetch(client), REQUEST_BUDGET[seed.vendor], ratio, note));
      }
    }
  } finally {
    server.disconnect();
  }
  return {
    title: 'Request overhead (local keep-alive server)',
    method:
      "Each vendor's seed POST (body and answer from the spec's first examples) to a keep-alive node:http server on " +
      '127.0.0.1 in a forked child (so its work does not share the client’s event loop and core): raw `fetch`, plain ' +
      'openapi-fetch and the client with its default options, all sending the same URL, body and headers. ' +
      `${rounds} rounds after 2 warm-up rounds, each one batch of every variant in rotating order (150 requests one ` +
      `at a time, or 400 with ${IN_FLIGHT} in flight); time per request: median batch time ÷ requests; ratios: ` +
      'medians of per-round ratios.',
    tables: [table(['vendor', 'mode', 'raw fetch', 'openapi-fetch (÷ fetch)', 'client (÷ fetch)'], rows, 'll')],
    budgets,
  };
}

export async function clientOnly(rounds = 12, count = 1000): Promise<Section> {
  const variants: Record<string, () => Promise<undefined>> = {};
  for (const seed of VENDORS.map(seedOf)) {
    const headers = { 'content-type': 'application/json' };
    const fetch: Fetch = () =>
      new Promise((resolve) =>
        process.nextTick(() => resolve(new Response(seed.answer, { status: seed.status, headers }))),
      );
    const calls = await callsFor(seed, 'http://127.0.0.1:9', fetch);
    variants[`openapi-fetch (${seed.vendor})`] = () => batch(calls['openapi-fetch'] as Call, count, 1);
    variants[`${seed.vendor}-client`] = () => batch(calls[`${seed.vendor}-client`] as Call, count, 1);
  }
  const figures = await alternate(variants, rounds, 2);
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  for (const vendor of VENDORS) {
    const plain = figures[`openapi-fetch (${vendor})`] ?? [];
    const client = figures[`${vendor}-client`] ?? [];
    const speed = 1 / medianRatio(client, plain);
    rows.push([vendor, µs((median(plain) * 1000) / count), µs((median(client) * 1000) / count), ratio(speed)]);
    budgets.push({
      name: `client-only ops/s: ${vendor}-client ÷ plain openapi-fetch`,
      limit: `≥ ${ratio(CLIENT_ONLY_BUDGET)}`,
      actual: ratio(speed),
      pass: speed >= CLIENT_ONLY_BUDGET,
    });
  }
  return {
    title: 'Client-only overhead (fake fetch)',
    method:
      "openapi-fetch's own benchmark method: both clients are given a `fetch` resolving on the next tick with the " +
      "seed's example answer, so only the clients' work is timed. The cloudspecs client runs with every feature its " +
      'defaults turn on (auth or signing, retry policy, per-attempt timeout, response-size cap, redirect rule, error ' +
      `checks); openapi-fetch sends the same headers. ${rounds} rounds of ${count} sequential calls per variant after ` +
      '2 warm-up rounds, rotating order; ops/s ratio = 1 ÷ the median per-round time ratio.',
    tables: [table(['vendor', 'openapi-fetch per call', 'client per call', 'client ops/s ÷ openapi-fetch'], rows)],
    budgets,
  };
}
