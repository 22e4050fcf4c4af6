/**
 * 1. Request overhead: POST the seed operations to a local keep-alive server (a child process; see answer-server.ts),
 * one at a time and 16 in flight, with raw fetch, plain openapi-fetch, each cloudspecs client and axios, side by side.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  axiosCall,
  type Call,
  capturedHeaders,
  checkAnswer,
  cloudspecsCall,
  openapiFetchCall,
  rawFetchCall,
} from './contenders.js';
import { type Budget, type SectionResult, µs, ratio, table } from './report.js';
import { seedOperations, type Vendor } from './seed-operations.js';
import { alternate, inFlight, median, medianRatio, ratioSpread, sequential } from './stats.js';

export const CONCURRENCY = 16;

/** Per-request budget of each client against raw fetch. */
export const REQUEST_BUDGETS: Record<Vendor, number> = { katapult: 1.1, hostway: 1.1, scp: 1.25 };

export interface RequestOverheadSettings {
  rounds: number;
  warmupRounds: number;
  sequentialBatch: number;
  concurrentBatch: number;
}

export const defaultRequestSettings: RequestOverheadSettings = {
  rounds: 16,
  warmupRounds: 2,
  sequentialBatch: 150,
  concurrentBatch: 400,
};

async function startAnswerServer(): Promise<{ origin: string; child: ChildProcess }> {
  const file = fileURLToPath(new URL('./answer-server.ts', import.meta.url));
  // The child inherits the bench's execArgv (tsx's loader), so it can run the TypeScript file.
  const child = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`bench: the answer server exited (${code}) before listening`)));
  });
  return { origin: `http://127.0.0.1:${port}`, child };
}

function stopAnswerServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.disconnect(); // the server exits when its channel closes
  });
}

export async function requestOverhead(settings = defaultRequestSettings): Promise<SectionResult> {
  const startedAt = performance.now();
  const seeds = seedOperations();
  const { origin, child } = await startAnswerServer();
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  try {
    for (const vendor of Object.keys(seeds) as Vendor[]) {
      const seed = seeds[vendor];
      const headers = await capturedHeaders(seed, origin);
      const calls: Record<string, Call> = {
        fetch: rawFetchCall(seed, origin, headers),
        'openapi-fetch': openapiFetchCall(seed, origin, headers),
        [`${vendor}-client`]: cloudspecsCall(seed, origin),
        axios: axiosCall(seed, origin, headers),
      };
      for (const [name, call] of Object.entries(calls)) checkAnswer(vendor, name, await call(), seed.answer);

      for (const mode of ['sequential', `${CONCURRENCY} in flight`] as const) {
        const concurrent = mode !== 'sequential';
        const figures = await alternate(
          Object.entries(calls).map(([name, call]) => ({
            name,
            batch: (count: number) => (concurrent ? inFlight(count, CONCURRENCY, call) : sequential(count, call)),
          })),
          {
            rounds: settings.rounds,
            warmupRounds: settings.warmupRounds,
            batchSize: concurrent ? settings.concurrentBatch : settings.sequentialBatch,
          },
        );
        for (const name of Object.keys(calls)) {
          const spread = ratioSpread(figures, name, 'fetch');
          rows.push([
            vendor,
            mode,
            name,
            µs(median(figures.get(name) ?? [])),
            ratio(medianRatio(figures, name, 'fetch')),
            name === 'fetch' ? '—' : `±${(spread * 50).toFixed(1)}%`,
            name === 'axios' ? '—' : ratio(medianRatio(figures, name, 'axios')),
          ]);
        }
        const client = `${vendor}-client`;
        const vsFetch = medianRatio(figures, client, 'fetch');
        budgets.push({
          name: `request overhead, ${mode}: ${client} vs raw fetch`,
          limit: `≤ ${ratio(REQUEST_BUDGETS[vendor])}`,
          actual: ratio(vsFetch),
          pass: vsFetch <= REQUEST_BUDGETS[vendor],
          note: `plain openapi-fetch: ${ratio(medianRatio(figures, 'openapi-fetch', 'fetch'))}; per-call costs in §2`,
        });
        const vsAxios = medianRatio(figures, client, 'axios');
        budgets.push({
          name: `request overhead, ${mode}: ${client} faster than axios`,
          limit: '< 1.00×',
          actual: ratio(vsAxios),
          pass: vsAxios < 1,
          note: `raw fetch itself: ${ratio(medianRatio(figures, 'fetch', 'axios'))} axios`,
        });
      }
    }
  } finally {
    await stopAnswerServer(child);
  }
  return {
    title: '1. Request overhead (local keep-alive node:http server)',
    method: [
      `POST of each vendor's seed operation to a keep-alive node:http server on 127.0.0.1 in a child process (so the`,
      `server's work does not share the client's event loop and core; it answers the spec's example JSON).`,
      `All four variants send the same URL, body and headers. ${settings.rounds} recorded rounds after`,
      `${settings.warmupRounds} warm-up rounds; each round runs one batch of every variant in rotating order`,
      `(${settings.sequentialBatch} requests one at a time, or ${settings.concurrentBatch} requests ${CONCURRENCY} in flight).`,
      'Time per request is the median over rounds of batch time ÷ requests; ratios are medians of per-round ratios;',
      '± is half the interquartile range of the per-round ratio vs fetch.',
    ].join(' '),
    tables: [
      table(['vendor', 'mode', 'variant', 'per request', 'vs fetch', '±', 'vs axios'], rows, [
        'l',
        'l',
        'l',
        'r',
        'r',
        'r',
        'r',
      ]),
    ],
    budgets,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
