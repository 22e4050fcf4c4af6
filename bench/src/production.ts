/**
 * What the production options cost (issue 21): the Katapult seed POST sent by the client as it comes, with `tracing`
 * (the OpenTelemetry API with no SDK registered, then with an SDK recording every span), with a `rateLimiter` whose
 * limits are never reached, and with both — to the request section's local keep-alive server and to its fake `fetch`,
 * in the same rounds, as ratios to the client as it comes.
 */
import { createKatapultClient, openTelemetry, RateLimiter } from '@cloudspecs/katapult-client';
import * as api from '@opentelemetry/api';
import { BasicTracerProvider, NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { alternate, atMost, type Budget, median, medianRatio, ratio, type Section, table, µs } from './measure.js';
import { type Call, CLIENT, FLOOR, type FetchLike } from './peers.js';
import { answerServer, batch, callsFor, seedOf } from './requests.js';

/**
 * Each option's cost, as a ratio to the client without it, in the same rounds. Turned on with no SDK registered,
 * tracing must cost nothing measurable, and a limiter that never has to wait next to nothing; recording spans costs
 * what the SDK's spans cost (ids, attributes, timestamps: about a third of the client's own work on a fake `fetch`),
 * which over a socket must stay a small part of a request.
 */
const BUDGETS: Record<string, Partial<Record<Mode, number>>> = {
  'tracing, no SDK registered': { 'request, sequential': 1.05, 'request, 16 in flight': 1.05, 'client-only': 1.05 },
  'tracing, spans recorded': { 'request, sequential': 1.25, 'request, 16 in flight': 1.25 },
  'rate limiter, limits not reached': {
    'request, sequential': 1.05,
    'request, 16 in flight': 1.05,
    'client-only': 1.05,
  },
};
type Mode = 'request, sequential' | 'request, 16 in flight' | 'client-only';

type Options = Parameters<typeof createKatapultClient>[0];

/** The client's variants: what a user turns on. */
function variants(): Record<string, Options> {
  // No provider is registered with the API in the bench: `openTelemetry({ api })` alone gets the API's no-op tracer.
  const noSdk = openTelemetry({ api });
  // Spans recorded in full (attributes, events, status) and then dropped: the SDK's work without an exporter's.
  const recorded = openTelemetry({
    api,
    tracerProvider: new BasicTracerProvider({ spanProcessors: [new NoopSpanProcessor()] }),
  });
  // Limits far above what the bench sends: the cost of passing through the limiter, not of waiting in it.
  const limiter = () => new RateLimiter({ maxInFlight: 64, classes: { write: { maxPerInterval: 1_000_000 } } });
  return {
    'tracing, no SDK registered': { tracing: noSdk },
    'tracing, spans recorded': { tracing: recorded },
    'rate limiter, limits not reached': { rateLimiter: limiter() },
    'rate limiter and spans recorded': { rateLimiter: limiter(), tracing: recorded },
  };
}

export async function callsWith(origin: string, fetch?: FetchLike): Promise<Record<string, Call>> {
  const seed = seedOf('katapult');
  const { calls } = await callsFor(seed, origin, fetch);
  const path = '/organizations/organization/ip_addresses';
  const all: Record<string, Call> = { [FLOOR]: calls[FLOOR] as Call, [CLIENT]: calls[CLIENT] as Call };
  for (const [name, options] of Object.entries(variants())) {
    const client = createKatapultClient({ token: 'bench-token-0123456789', baseUrl: origin, fetch, ...options });
    all[name] = async () => {
      const { data, error } = await client.POST(path, seed.init as never);
      if (error !== undefined) throw new Error(`bench: the client with ${name} got an error answer`);
      return data;
    };
    const answer = JSON.stringify(await all[name]());
    if (answer !== seed.answer) throw new Error(`bench: the client with ${name} did not get the seed answer`);
  }
  return all;
}

export async function productionOptions(rounds = 14): Promise<Section> {
  const seed = seedOf('katapult');
  const { port, stop } = await answerServer([seed]);
  const rows: string[][] = [];
  const budgets: Budget[] = [];
  const names = [CLIENT, ...Object.keys(variants())];
  try {
    const server = await callsWith(`http://127.0.0.1:${port}`);
    const next: FetchLike = () =>
      new Promise((resolve) =>
        process.nextTick(() =>
          resolve(new Response(seed.answer, { status: seed.status, headers: { 'content-type': 'application/json' } })),
        ),
      );
    const fake = await callsWith('http://127.0.0.1:9', next);
    for (const [mode, calls, count, concurrency] of [
      ['request, sequential', server, 150, 1],
      ['request, 16 in flight', server, 400, 16],
      ['client-only', fake, 1000, 1],
    ] as const) {
      const batches = Object.fromEntries(
        Object.entries(calls).map(([name, call]) => [name, () => batch(call, count, concurrency)]),
      );
      const figures: Record<string, number[]> = await alternate(batches, rounds, 2);
      const per = (name: string) => µs((median(figures[name] ?? []) * 1000) / count);
      const vs = (name: string, base: string) => medianRatio(figures[name] ?? [], figures[base] ?? []);
      for (const name of names) {
        rows.push([
          mode,
          name === CLIENT ? 'none (the client as it comes)' : name,
          per(name),
          ratio(vs(name, FLOOR)),
          name === CLIENT ? '1.00×' : ratio(vs(name, CLIENT)),
        ]);
      }
      for (const [name, limits] of Object.entries(BUDGETS)) {
        const limit = limits[mode];
        if (limit === undefined) continue;
        budgets.push(
          atMost(`${mode}: katapult-client with ${name} ÷ without`, vs(name, CLIENT), limit, ratio, per(name)),
        );
      }
    }
  } finally {
    stop();
  }
  return {
    title: 'Production options: tracing and the rate limiter',
    method:
      "The Katapult seed POST sent by `createKatapultClient` as it comes and with each option a user turns on: `tracing: openTelemetry({ api })` with no OpenTelemetry SDK registered (the API's no-op tracer), `tracing` with the SDK's BasicTracerProvider recording every span (a NoopSpanProcessor drops them: the SDK's work without an exporter's), a `rateLimiter` whose limits the bench never reaches (maxInFlight 64, writes 1,000,000 a minute), and both. To the request section's keep-alive server (150 one at a time, 400 with 16 in flight) and to its fake `fetch` answering on the next tick (client-only: 1000 one at a time); " +
      `${rounds} rounds after 2 warm-up rounds, rotating order; ratios are medians of per-round ratios, to the floor (\`fetch\` with a timeout) and to the client as it comes.`,
    tables: [table(['mode', 'option', 'per call', '÷ floor', '÷ the client as it comes'], rows, 'llrrr')],
    budgets,
  };
}
