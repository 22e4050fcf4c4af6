/**
 * The request pipeline's budgets (issue 22): each vendor's seed POST sent by `fetch` by hand, the peers (peers.ts) and
 * the cloudspecs client, side by side in the same rounds — to a local keep-alive server (request overhead), and to a
 * fake `fetch` answering on the next tick (client-only speed, openapi-fetch's own benchmark method).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHostwayClient } from '@cloudspecs/hostway-client';
import { createKatapultClient } from '@cloudspecs/katapult-client';
import { createScpClient } from '@cloudspecs/scp-client';
import { followRefs } from '../../scripts/lib/json-pointer.ts';
import { alternate, atMost, type Budget, median, medianRatio, ratio, type Section, µs } from './measure.js';
import { type Call, CLIENT, COLUMNS, FLOOR, type FetchLike, PEERS } from './peers.js';
import { bundledSpec, type Vendor, VENDORS } from './vendors.js';

/** Request overhead: per-request time ÷ the floor's (`fetch` with a per-call timeout), one at a time and 16 in flight. */
const REQUEST_BUDGET: Record<Vendor, number> = { katapult: 1.05, hostway: 1.05, scp: 1.15 };
/** Client-only: ops/s ÷ the fastest peer's that has a timeout and retries. */
const CLIENT_ONLY_BUDGET = 1;
const IN_FLIGHT = 16;

type Fetch = (request: Request) => Promise<Response>;
/** The one call the bench makes; its types are the packages' own tests' business. */
type PostClient = { POST(path: string, init: object): Promise<{ data?: unknown; error?: unknown }> };

/** Each vendor's seed operation, its credentials (sent only to 127.0.0.1) and its client with default options. */
export const SEEDS: Record<Vendor, { path: string; status: number; params: Record<string, string> }> = {
  katapult: { path: '/organizations/organization/ip_addresses', status: 200, params: {} },
  hostway: { path: '/servers', status: 202, params: {} },
  scp: { path: '/v1/servers/{server_id}/interfaces', status: 200, params: { server_id: 'srv-8b8ab4b8' } },
};
/** The credentials every client of the bench is made with (sent only to 127.0.0.1 or a fake fetch). */
export const CREDENTIALS = {
  katapult: { token: 'bench-token-0123456789' },
  hostway: { username: 'bench', password: 'bench-password' },
  scp: { accessKey: 'bench-access', secretKey: 'bench-secret' },
} as const satisfies Record<Vendor, Record<string, string>>;
const clients: Record<Vendor, (baseUrl: string, fetch?: Fetch) => unknown> = {
  katapult: (baseUrl, fetch) => createKatapultClient({ ...CREDENTIALS.katapult, baseUrl, fetch }),
  hostway: (baseUrl, fetch) => createHostwayClient({ ...CREDENTIALS.hostway, baseUrl, fetch }),
  scp: (baseUrl, fetch) => createScpClient({ ...CREDENTIALS.scp, baseUrl, fetch }),
};

export interface Seed {
  vendor: Vendor;
  /** The path with its parameters filled in (the clients' baseUrl is the server's origin). */
  url: string;
  init: { params: { path: Record<string, string> }; body: unknown };
  status: number;
  answer: string;
}

/** The body and answer are the first examples of the operation in the bundled spec (`pnpm generate` writes it). */
export function seedOf(vendor: Vendor): Seed {
  const { path, status, params } = SEEDS[vendor];
  const spec = bundledSpec(vendor);
  const example = (holder: unknown) => {
    const resolved = followRefs(spec, holder, `packages/mock/specs/${vendor}.json`).node as {
      content: Record<string, { example?: unknown; examples: Record<string, { value: unknown }> }>;
    };
    const json = resolved.content['application/json'];
    if (json === undefined) throw new Error(`bench: the ${vendor} seed has no application/json content`);
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

/**
 * Every column's way of sending the seed, in COLUMNS order, each checked to get the seed's answer, and the headers the
 * client sent (auth, SCP's signature), which the peers send as they are; `fetch` is the client-only section's fake.
 */
export async function callsFor(
  seed: Seed,
  origin: string,
  fetch?: FetchLike,
): Promise<{ calls: Record<string, Call>; headers: Record<string, string> }> {
  const client = clients[seed.vendor](origin, fetch) as PostClient;
  let headers: Record<string, string> = {};
  const capturing = clients[seed.vendor](origin, async (request) => {
    headers = Object.fromEntries([...request.headers].filter(([name]) => name !== 'content-length'));
    return new Response(seed.answer, { status: seed.status, headers: { 'content-type': 'application/json' } });
  }) as PostClient;
  const { path, params } = SEEDS[seed.vendor];
  await capturing.POST(path, seed.init);
  const call = { origin, path, params, url: seed.url, body: seed.init.body, headers };
  const calls: Record<string, Call> = Object.fromEntries(PEERS.map((peer) => [peer.name, peer.make(call, fetch)]));
  calls[CLIENT] = async () => {
    const { data, error } = await client.POST(path, seed.init);
    if (error !== undefined) throw new Error(`bench: the ${seed.vendor} client got an error answer`);
    return data;
  };
  for (const [name, call] of Object.entries(calls)) {
    const answer = JSON.stringify(await call());
    if (answer !== seed.answer)
      throw new Error(`bench: ${name} (${seed.vendor}) did not get the seed answer: ${answer}`);
  }
  return { calls, headers };
}

export async function batch(call: Call, count: number, concurrency: number): Promise<undefined> {
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

/** The peers the client must be faster than: every column but `fetch` by hand and the client. */
const RIVALS = PEERS.filter((peer) => !peer.byHand);

/**
 * A row of the peers table from each column's batch times: time per call, and its ratio to the floor's in the same
 * rounds; and what the budgets read: a column's ratio to the floor, and the peer the client comes closest to.
 */
function timedRow(label: string, figures: Record<string, number[]>, count: number) {
  const vsFloor = (name: string) => medianRatio(figures[name] ?? [], figures[FLOOR] ?? []);
  const per = (name: string) => µs((median(figures[name] ?? []) * 1000) / count);
  const row = [
    label,
    ...COLUMNS.map((name) => (name === FLOOR ? per(name) : `${per(name)} (${ratio(vsFloor(name))})`)),
  ];
  /** The peer the client comes closest to (or loses most to): the largest client ÷ peer time ratio. */
  const closest = RIVALS.map((peer) => ({
    peer,
    ratio: medianRatio(figures[CLIENT] ?? [], figures[peer.name] ?? []),
  })).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { row, vsFloor, closest };
}

/** The keep-alive server answering the seeds, in a forked child; `stop` ends it. */
export async function answerServer(seeds: readonly Seed[]): Promise<{ port: number; stop: () => void }> {
  const json = { 'content-type': 'application/json' };
  const routes = Object.fromEntries(seeds.map((s) => [s.url, { status: s.status, headers: json, text: s.answer }]));
  const server = fork(fileURLToPath(new URL('./answer-server.ts', import.meta.url)), [], { stdio: 'inherit' });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('message', (message) => resolve(message as number));
    server.once('exit', (code) => reject(new Error(`bench: the answer server exited (${code})`)));
    server.send(routes);
  });
  return { port, stop: () => server.disconnect() };
}

export async function requestOverhead(rounds = 14): Promise<Section> {
  const seeds = VENDORS.map(seedOf);
  const { port, stop } = await answerServer(seeds);
  const rows: string[][] = [];
  const budgets: Budget[] = [];
  try {
    for (const seed of seeds) {
      const { calls } = await callsFor(seed, `http://127.0.0.1:${port}`);
      const client = `${seed.vendor}-client`;
      for (const [mode, count, concurrency] of [
        ['sequential', 150, 1],
        [`${IN_FLIGHT} in flight`, 400, IN_FLIGHT],
      ] as const) {
        const batches = Object.entries(calls).map(([name, call]) => [name, () => batch(call, count, concurrency)]);
        const figures: Record<string, number[]> = await alternate(Object.fromEntries(batches), rounds, 2);
        const { row, vsFloor, closest } = timedRow(`request, ${mode}: ${seed.vendor}`, figures, count);
        rows.push(row);
        budgets.push(
          atMost(
            `request overhead, ${mode}: ${client} ÷ fetch with a timeout`,
            vsFloor(CLIENT),
            REQUEST_BUDGET[seed.vendor],
            ratio,
            `raw fetch ${ratio(vsFloor('fetch'))}`,
          ),
          {
            name: `request overhead, ${mode}: ${client} ÷ its closest peer`,
            limit: '< 1.00×',
            actual: ratio(closest.ratio),
            pass: closest.ratio < 1,
            note: `${closest.peer.name}, ${ratio(vsFloor(closest.peer.name))} the floor`,
          },
        );
      }
    }
  } finally {
    stop();
  }
  return {
    title: 'Request overhead (local keep-alive server)',
    method:
      "Each vendor's seed POST (body and answer from the spec's first examples) to a keep-alive node:http server on " +
      '127.0.0.1 in a forked child (so its work does not share the client’s event loop and core), sent by every ' +
      'column of the peers table with the same URL, body and headers (the client’s, auth and SCP’s signature ' +
      'included), each client with a 60 s timeout and 2 retries where it has them (axios through its Node http ' +
      `adapter). ${rounds} rounds after 2 warm-up rounds, each one batch of every column in rotating order (150 ` +
      `requests one at a time, or 400 with ${IN_FLIGHT} in flight); time per request: median batch time ÷ requests; ` +
      'ratios: medians of per-round ratios, to the floor (`fetch` with `AbortSignal.timeout`) or, for "closest peer", ' +
      'the client’s time to each peer’s, the largest shown.',
    tables: [],
    peerRows: rows,
    budgets,
  };
}

export async function clientOnly(rounds = 12, count = 1000): Promise<Section> {
  const variants: Record<string, () => Promise<undefined>> = {};
  for (const seed of VENDORS.map(seedOf)) {
    const headers = { 'content-type': 'application/json' };
    const fetch: FetchLike = () =>
      new Promise((resolve) =>
        process.nextTick(() => resolve(new Response(seed.answer, { status: seed.status, headers }))),
      );
    const { calls } = await callsFor(seed, 'http://127.0.0.1:9', fetch);
    for (const [name, call] of Object.entries(calls))
      variants[`${name} (${seed.vendor})`] = () => batch(call, count, 1);
  }
  const figures = await alternate(variants, rounds, 2);
  const rows: string[][] = [];
  const budgets: Budget[] = [];
  const withRetries = PEERS.filter((peer) => peer.timeoutAndRetries);
  for (const vendor of VENDORS) {
    const own = Object.fromEntries(COLUMNS.map((name) => [name, figures[`${name} (${vendor})`] ?? []]));
    rows.push(timedRow(`client-only, per call: ${vendor}`, own, count).row);
    // ops/s ratio: the peer's time ÷ the client's, in the same round; the fastest peer gives the smallest.
    const speeds = withRetries.map((peer) => ({ peer, speed: medianRatio(own[peer.name] ?? [], own[CLIENT] ?? []) }));
    const fastest = speeds.reduce((a, b) => (b.speed < a.speed ? b : a));
    budgets.push({
      name: `client-only ops/s: ${vendor}-client ÷ the fastest peer with a timeout and retries`,
      limit: `≥ ${ratio(CLIENT_ONLY_BUDGET)}`,
      actual: ratio(fastest.speed),
      pass: fastest.speed >= CLIENT_ONLY_BUDGET,
      note: fastest.peer.name,
    });
  }
  return {
    title: 'Client-only speed (fake fetch)',
    method:
      "openapi-fetch's own benchmark method: every column is given a `fetch` resolving on the next tick with the " +
      "seed's example answer, so only the clients' work is timed (axios through its fetch adapter). The cloudspecs " +
      'client runs with every feature its defaults turn on (auth or signing, retry policy, per-attempt timeout, ' +
      'response-size cap, redirect rule, error checks); the peers as in the request rows. ' +
      `${rounds} rounds of ${count} sequential calls per column and vendor after 2 warm-up rounds, rotating order; ` +
      'time ratios to the floor as above; the budget: ops/s ratio = the peer’s time ÷ the client’s (median of ' +
      'per-round ratios), for the fastest of the peers with a timeout and retries (' +
      `${withRetries.map((peer) => peer.name).join(', ')}).`,
    tables: [],
    peerRows: rows,
    budgets,
  };
}
