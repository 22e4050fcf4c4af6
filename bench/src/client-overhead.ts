/**
 * 2. Client-only overhead: the method of openapi-fetch's own benchmark — a fake `fetch` that answers on the next tick
 * with a small JSON body — so the figures are the client's own work per call (building, signing, checking, parsing).
 */
import { performance } from 'node:perf_hooks';
import { type Call, checkAnswer, cloudspecsCall, openapiFetchCall, type Transport } from './contenders.js';
import { profileLoop } from './profile.js';
import { type Budget, type SectionResult, µs, opsPerSecond, ratio, table } from './report.js';
import { type SeedOperation, seedOperations, type Vendor } from './seed-operations.js';
import { alternate, median, medianRatio, ratioSpread, sequential } from './stats.js';
import { stepCosts } from './step-costs.js';

export const CLIENT_ONLY_BUDGET = 0.7;

export interface ClientOverheadSettings {
  rounds: number;
  warmupRounds: number;
  batch: number;
}

export const defaultClientSettings: ClientOverheadSettings = { rounds: 12, warmupRounds: 2, batch: 1000 };

const ORIGIN = 'http://127.0.0.1:9';

/** Answers at once (next tick, like openapi-fetch's benchmark), with the seed's status, headers and example JSON. */
export function immediateFetch(seed: SeedOperation): Transport {
  const text = JSON.stringify(seed.answer);
  const headers = { 'content-type': 'application/json', ...seed.answerHeaders };
  return () =>
    new Promise((resolve) => process.nextTick(() => resolve(new Response(text, { status: seed.status, headers }))));
}

/** The variants, by name, for each vendor: plain openapi-fetch and the cloudspecs client on the same fake fetch. */
export async function clientOnlyCalls(): Promise<Map<string, { vendor: Vendor; call: Call; seed: SeedOperation }>> {
  const seeds = seedOperations();
  const calls = new Map<string, { vendor: Vendor; call: Call; seed: SeedOperation }>();
  for (const vendor of Object.keys(seeds) as Vendor[]) {
    const seed = seeds[vendor];
    const fetch = immediateFetch(seed);
    // The headers the client would send, so openapi-fetch builds the same request.
    let headers: Record<string, string> = {};
    await cloudspecsCall(seed, ORIGIN, async (request) => {
      headers = Object.fromEntries([...request.headers].filter(([name]) => name !== 'content-length'));
      return fetch(request);
    })();
    calls.set(`openapi-fetch (${vendor})`, { vendor, seed, call: openapiFetchCall(seed, ORIGIN, headers, fetch) });
    calls.set(`${vendor}-client`, { vendor, seed, call: cloudspecsCall(seed, ORIGIN, fetch) });
  }
  return calls;
}

export async function clientOverhead(settings = defaultClientSettings): Promise<SectionResult> {
  const startedAt = performance.now();
  const calls = await clientOnlyCalls();
  for (const [name, { vendor, call, seed }] of calls) checkAnswer(vendor, name, await call(), seed.answer);
  const figures = await alternate(
    [...calls].map(([name, { call }]) => ({ name, batch: (count: number) => sequential(count, call) })),
    { rounds: settings.rounds, warmupRounds: settings.warmupRounds, batchSize: settings.batch },
  );
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  for (const [name, { vendor }] of calls) {
    const baseline = `openapi-fetch (${vendor})`;
    const nsPerOp = median(figures.get(name) ?? []);
    // ops/s ratio = inverse of the time ratio
    const speed = 1 / medianRatio(figures, name, baseline);
    rows.push([
      name,
      opsPerSecond(nsPerOp),
      µs(nsPerOp),
      name === baseline ? '1.00×' : ratio(speed),
      name === baseline ? '—' : `±${(ratioSpread(figures, name, baseline) * 50).toFixed(1)}%`,
    ]);
    if (name !== baseline) {
      budgets.push({
        name: `client-only ops/s: ${name} vs openapi-fetch`,
        limit: `≥ ${ratio(CLIENT_ONLY_BUDGET)}`,
        actual: ratio(speed),
        pass: speed >= CLIENT_ONLY_BUDGET,
        note: 'profile and step costs in §2',
      });
    }
  }
  const profiled = ['openapi-fetch (katapult)', 'katapult-client', 'scp-client'];
  const profileTable = await selfTimeBySource(
    profiled.map((name) => [name, calls.get(name)?.call as Call, median(figures.get(name) ?? [])]),
    PROFILED_CALLS,
  );
  return {
    title: '2. Client-only overhead (fake fetch answering at once)',
    method: [
      "openapi-fetch's own benchmark method: `fetch` is a function resolving on the next tick with a new Response of",
      "the seed operation's example JSON, so nothing but the client's work is timed. Each cloudspecs client (default",
      'options: auth or signing, retry policy, timeout, response checks) and plain openapi-fetch making the same',
      `request with the same headers run side by side: ${settings.rounds} recorded rounds after ${settings.warmupRounds}`,
      `warm-up rounds of ${settings.batch} sequential calls per variant, rotating order. ops/s from the median round;`,
      'the ratio is the median of per-round ops/s ratios against openapi-fetch making the same call.',
    ].join(' '),
    tables: [table(['variant', 'ops/s', 'per call', 'vs openapi-fetch', '±'], rows)],
    notes: [
      `Where the time goes — CPU profile (V8 sampling profiler, ${PROFILED_CALLS} calls each): self time by source, as a share of`,
      'the samples scaled to the unprofiled time per call above:',
      '',
      profileTable,
      '',
      'The steps behind those figures, each timed alone in alternating rounds (a row marked "on top of the row above"',
      "shows its cost beyond that row's). The request body's path is timed up to its being read, as a real `fetch` reads",
      'it; the fake fetch above never reads it, so the request-overhead figures (§1) pay more of it than these (§2):',
      '',
      await stepCosts(),
      '',
    ],
    budgets,
    seconds: (performance.now() - startedAt) / 1000,
  };
}

const PROFILED_CALLS = 3000;

/**
 * A table of self time per call by source file for each profiled variant, the sources that matter most first. The
 * profiler slows what it samples, so each variant's shares are scaled to its unprofiled time per call.
 */
async function selfTimeBySource(variants: [string, Call, number][], count: number): Promise<string> {
  const perVariant = new Map<string, Map<string, number>>();
  for (const [name, call, nsPerCall] of variants) {
    await sequential(count / 2, call); // warm
    const profile = await profileLoop(() => sequential(count, call));
    const bySource = new Map<string, number>();
    for (const file of profile.byFile) {
      const source = file.where.replace(/^node:internal\/(deps\/)?/, 'node:');
      bySource.set(source, (bySource.get(source) ?? 0) + (file.share * nsPerCall) / 1000);
    }
    perVariant.set(name, bySource);
  }
  const sources = new Map<string, number>();
  for (const bySource of perVariant.values()) {
    for (const [source, us] of bySource) sources.set(source, Math.max(sources.get(source) ?? 0, us));
  }
  const shown = [...sources]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 16)
    .map(([source]) => source);
  const cell = (name: string, source: string) => `${(perVariant.get(name)?.get(source) ?? 0).toFixed(1)}`;
  const rows = shown.map((source) => [source, ...variants.map(([name]) => cell(name, source))]);
  rows.push(['**all (µs per call, unprofiled)**', ...variants.map(([, , ns]) => `**${(ns / 1000).toFixed(1)}**`)]);
  return table(['source (self time, µs per call)', ...variants.map(([name]) => name)], rows);
}
