/**
 * The Katapult twin against the Prism mock (issue 19), on the same requests: the organization's address list, an
 * address by id, the zones, each with a token, answered and checked against the spec by both.
 *
 *   in process   `twin.fetch(request)`, what a test hands a client, against Prism's own in-process `request` (no
 *                HTTP; validation of request and answer on, as the mock runs it): requests a second, one at a time
 *   over HTTP    the CLI twin (`cloudspecs-mock katapult --twin --quiet`) against the CLI Prism mock
 *                (`cloudspecs-mock katapult --quiet`), each its own process, 16 requests in flight over keep-alive
 *   memory       a twin in a child process (`--expose-gc`) answers 100,000 requests (the reads above and a create
 *                and release of an address, so state comes and goes); its heap after a collection, every 10,000
 *
 * Budgets: the twin answers ≥ 5× the requests a second of Prism in process and over HTTP; its heap after 100,000
 * requests is within 4 MB of its heap after 10,000.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createTwin } from '@cloudspecs/mock/twin';
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { alternate, atMost, type Budget, median, medianRatio, ratio, type Section, table } from './measure.js';

const require = createRequire(import.meta.url);
const specFile = require.resolve('@cloudspecs/mock/specs/katapult.json');
const cli = fileURLToPath(new URL('../node_modules/@cloudspecs/mock/bin/cloudspecs-mock.js', import.meta.url));

/** The requests both answer, in turn: path and query as sent. */
export const REQUESTS = [
  '/organizations/organization/ip_addresses?organization%5Bsub_domain%5D=acme',
  '/ip_addresses/ip_address?ip_address%5Bid%5D=ip_dZLSaeCb7fF2aiK9',
  '/zones',
];
const headers = { authorization: 'Bearer bench-token-0123456789', accept: 'application/json' };
const SPEED_TARGET = 5;
const HEAP_GROWTH_MB = 4;
const IN_PROCESS = 600;
const OVER_HTTP = 1200;
const IN_FLIGHT = 16;

export async function twinVersusPrism(): Promise<Section> {
  const [inProcess, http, memory] = [await inProcessRates(), await httpRates(), await heapOver100k()];
  const rows = [
    ['in process (twin.fetch / Prism request)', rate(inProcess.twin), rate(inProcess.prism), ratio(inProcess.ratio)],
    [`over HTTP (CLI, ${IN_FLIGHT} in flight)`, rate(http.twin), rate(http.prism), ratio(http.ratio)],
  ];
  const budgets: Budget[] = [
    atLeast('twin in process, req/s ÷ Prism', inProcess.ratio, SPEED_TARGET),
    atLeast('twin over HTTP, req/s ÷ Prism mock', http.ratio, SPEED_TARGET),
    atMost('twin heap, 10,000 → 100,000 requests', memory.growthMb, HEAP_GROWTH_MB, (n) => `${n.toFixed(2)} MB`),
  ];
  return {
    title: 'Twin and Prism mock',
    method:
      'The same three Katapult reads (the organization’s address list, an address by id, the zones) answered by the ' +
      'Katapult twin and by Prism, both validating request and answer: in process (`twin.fetch` against Prism’s own ' +
      `\`request\`, ${IN_PROCESS} requests a round, one at a time) and over HTTP (each CLI in its own process, ` +
      `${OVER_HTTP} requests a round, ${IN_FLIGHT} in flight), alternating rounds; the ratio is the median of per-round ` +
      'ratios. Memory: a twin in a child (`--expose-gc`) answers 100,000 requests, reads and a create and release of ' +
      'an address, with its heap after a collection every 10,000.',
    tables: [
      table(['', 'twin req/s', 'Prism req/s', 'twin ÷ Prism'], rows),
      table(
        ['requests', ...memory.samples.map(([count]) => count.toLocaleString('en'))],
        [['heap after GC', ...memory.samples.map(([, bytes]) => `${(bytes / 1024 ** 2).toFixed(1)} MB`)]],
      ),
    ],
    budgets,
  };
}

const rate = (perSecond: number) => Math.round(perSecond).toLocaleString('en');

function atLeast(name: string, value: number, limit: number): Budget {
  return { name, limit: `≥ ${ratio(limit)}`, actual: ratio(value), pass: value >= limit };
}

async function inProcessRates(): Promise<{ twin: number; prism: number; ratio: number }> {
  const twin = await createTwin('katapult');
  const operations = await getHttpOperationsFromSpec(specFile);
  const prism = createInstance(
    {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: true,
      mock: { dynamic: false },
      upstreamProxy: undefined,
      isProxy: false,
    },
    { logger: createLogger('BENCH', { level: 'silent' }) },
  );
  const inputs = REQUESTS.map((target) => {
    const url = new URL(target, 'http://twin.bench');
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = value;
    return { method: 'get' as const, url: { path: url.pathname, query }, headers };
  });
  const run = {
    twin: async () => {
      for (let i = 0; i < IN_PROCESS; i++) {
        const response = await twin.fetch(`http://twin.bench${REQUESTS[i % REQUESTS.length]}`, { headers });
        if (response.status !== 200) throw new Error(`bench: the twin answered ${response.status}`);
        await response.text();
      }
      return undefined;
    },
    prism: async () => {
      for (let i = 0; i < IN_PROCESS; i++) {
        const result = await prism.request(inputs[i % inputs.length] as never, operations)();
        if (result._tag !== 'Right' || result.right.output.statusCode !== 200) throw new Error('bench: Prism refused');
      }
      return undefined;
    },
  };
  const times = await alternate(run, 5);
  if (twin.violations().length > 0) throw new Error('bench: the twin sent answers that break the spec');
  return {
    twin: (IN_PROCESS / median(times.twin)) * 1000,
    prism: (IN_PROCESS / median(times.prism)) * 1000,
    ratio: medianRatio(times.prism, times.twin),
  };
}

/** A CLI on a free port; resolves with its URL and the child to stop. */
async function startCli(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, 'katapult', '--port', '0', '--quiet', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`bench: cloudspecs-mock exited with ${code}: ${out}`)));
  });
  return { url, child };
}

async function httpRates(): Promise<{ twin: number; prism: number; ratio: number }> {
  const [twin, prism] = [await startCli(['--twin']), await startCli([])];
  const drive = (base: string) => async () => {
    let next = 0;
    const worker = async () => {
      while (next < OVER_HTTP) {
        const target = REQUESTS[next++ % REQUESTS.length];
        const response = await fetch(`${base}${target}`, { headers });
        if (response.status !== 200) throw new Error(`bench: ${base} answered ${response.status}`);
        await response.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    return undefined;
  };
  try {
    const times = await alternate({ twin: drive(twin.url), prism: drive(prism.url) }, 5);
    return {
      twin: (OVER_HTTP / median(times.twin)) * 1000,
      prism: (OVER_HTTP / median(times.prism)) * 1000,
      ratio: medianRatio(times.prism, times.twin),
    };
  } finally {
    twin.child.kill('SIGTERM');
    prism.child.kill('SIGTERM');
  }
}

/** The memory child: `[requests answered, heap bytes after GC]` every 10,000 requests up to 100,000. */
async function heapOver100k(): Promise<{ samples: [number, number][]; growthMb: number }> {
  const child = fork(fileURLToPath(new URL('./twin-memory.ts', import.meta.url)), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const samples = await new Promise<[number, number][]>((resolve, reject) => {
    child.once('message', (message) => resolve(message as [number, number][]));
    child.once('exit', (code) => reject(new Error(`bench: the memory child exited with ${code}`)));
  });
  const first = samples[0]?.[1] ?? 0;
  const last = samples.at(-1)?.[1] ?? 0;
  return { samples, growthMb: (last - first) / 1024 ** 2 };
}
