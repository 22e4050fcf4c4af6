/**
 * The one set of examples (examples/) and how each runs against the mocks: the root suite runs every one of them
 * (scripts/test/examples.test.ts), `pnpm demo` (what `npm start` ends with) runs each vendor's first call, the
 * package READMEs, the root README and the docs site's guide embed them (scripts/package-readmes.ts), and the smoke
 * test type-checks them against the packed packages (smoke/run.mjs).
 *
 * An example is a plain script a user could run: credentials from the environment, and `baseUrl` from
 * `<VENDOR>_BASE_URL` (unset: the real API). A vendor with a twin (@cloudspecs/mock/twin) runs its examples against
 * it, reset to its seed world before each: the twin answers from what the example did, so a wait sees its build
 * complete and a deleted thing is gone, with nothing added to the requests. A vendor without one runs them against
 * its Prism mock, where `prefer` asks for one of the documented answers of a call (Prism's `Prefer` header) through
 * a small front server, so that a wait sees its task complete and an error example meets its error.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type RunningMock, startMock, type Vendor } from '@cloudspecs/mock';
import { type RunningTwin, startTwin, twinVendors } from '@cloudspecs/mock/twin';
import { loadRegistry } from './registry.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const examplesDir = join(repoRoot, 'examples');

export interface Example {
  /** the file under examples/ */
  file: string;
  /** the vendor whose twin, or else mock, it runs against (its URL in `<VENDOR>_BASE_URL`); none: it starts its own */
  vendor?: Vendor;
  /**
   * For a vendor without a twin: `[method, pattern of path and query, Prefer value]`, the documented answer the mock
   * gives that call; first match. A twin needs none (the suite refuses one).
   */
  prefer?: readonly (readonly [string, RegExp, string])[];
  /** more environment variables */
  env?: Record<string, string>;
}

const fast = { KATAPULT_POLL_MS: '10', HOSTWAY_POLL_MS: '10', SCP_POLL_MS: '10' };

export const examples: readonly Example[] = [
  { file: 'katapult-first-call.ts', vendor: 'katapult' },
  { file: 'katapult-errors.ts', vendor: 'katapult' },
  { file: 'katapult-waiting.ts', vendor: 'katapult' },
  { file: 'katapult-path-style.ts', vendor: 'katapult' },
  { file: 'katapult-rate-limits.ts', vendor: 'katapult' },
  { file: 'katapult-tracing.ts', vendor: 'katapult' },
  { file: 'katapult-provision.ts', vendor: 'katapult', env: fast },
  { file: 'katapult-drift-reports.ts', vendor: 'katapult' },
  { file: 'hostway-first-call.ts', vendor: 'hostway', env: fast },
  { file: 'hostway-errors.ts', vendor: 'hostway' },
  { file: 'hostway-waiting.ts', vendor: 'hostway' },
  { file: 'hostway-provision.ts', vendor: 'hostway', env: fast },
  { file: 'scp-first-call.ts', vendor: 'scp' },
  { file: 'scp-errors.ts', vendor: 'scp' },
  { file: 'scp-waiting.ts', vendor: 'scp', env: fast },
  { file: 'scp-versions.ts', vendor: 'scp' },
  { file: 'scp-provision.ts', vendor: 'scp', env: fast },
  { file: 'mock-first-call.ts' },
  { file: 'twin-first-call.ts' },
];

/** Whether a vendor's examples run against its twin. */
export function hasTwin(vendor: Vendor): boolean {
  return (twinVendors as readonly string[]).includes(vendor);
}

/** Twins of the suite run 20 times faster than real time (a build takes 0.25 s); `examples/README.md` runs at 1. */
const twinSpeed = 20;

export interface ExampleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ExampleMocks {
  run(example: Example): Promise<ExampleRun>;
  close(): Promise<void>;
}

/**
 * One twin or mock per vendor, started on first use. A twin is reset to its seed world before each example; against
 * a mock, each example gets its own front server for its `prefer` answers.
 */
export function exampleMocks(): ExampleMocks {
  const mocks = new Map<Vendor, Promise<RunningMock>>();
  const twins = new Map<Vendor, Promise<RunningTwin>>();
  const credentials = loadRegistry(repoRoot).then((registry) =>
    Object.fromEntries(
      registry.flatMap((entry) => entry.credentials.map(({ env, option }) => [env, `example-${option}`] as const)),
    ),
  );
  return {
    async run(example) {
      const env: Record<string, string | undefined> = { ...process.env, ...(await credentials), ...example.env };
      let front: Server | undefined;
      if (example.vendor && hasTwin(example.vendor)) {
        if (example.prefer)
          throw new Error(`${example.file}: ${example.vendor} has a twin, which takes no prefer answers`);
        let twin = twins.get(example.vendor);
        if (!twin) {
          twin = startTwin(example.vendor, { quiet: true, clock: { mode: 'real', speed: twinSpeed } });
          twins.set(example.vendor, twin);
        }
        const running = await twin;
        running.reset();
        env[`${example.vendor.toUpperCase()}_BASE_URL`] = running.url;
      } else if (example.vendor) {
        let mock = mocks.get(example.vendor);
        if (!mock) {
          mock = startMock(example.vendor, { quiet: true });
          mocks.set(example.vendor, mock);
        }
        front = await preferring((await mock).url, example.prefer ?? []);
        env[`${example.vendor.toUpperCase()}_BASE_URL`] = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
      }
      try {
        return await runScript(join(examplesDir, example.file), env);
      } finally {
        await new Promise((resolve) => (front ? front.close(resolve) : resolve(undefined)));
      }
    },
    async close() {
      await Promise.all([...mocks.values(), ...twins.values()].map(async (server) => (await server).close()));
    },
  };
}

/** Runs a script with tsx, asynchronously: the mocks answer from this process, whose event loop must keep running. */
function runScript(path: string, env: Record<string, string | undefined>): Promise<ExampleRun> {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    const child = execFile(tsx, [path], { encoding: 'utf8', env, timeout: 60_000 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** A front server that passes every request to `target`, adding `Prefer` to the calls `prefer` names. */
async function preferring(target: string, prefer: NonNullable<Example['prefer']>): Promise<Server> {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', target);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (name === 'host' || name === 'connection' || name === 'content-length' || value === undefined) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const called = decodeURIComponent(url.pathname + url.search);
      const rule = prefer.find(([method, pattern]) => method === request.method && pattern.test(called));
      if (rule) headers.set('Prefer', rule[2]);
      const body = await readAll(request);
      const answer = await fetch(url, {
        method: request.method ?? 'GET',
        headers,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
        redirect: 'manual',
      });
      const out = Buffer.from(await answer.arrayBuffer());
      const outHeaders: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) {
          outHeaders[name] = value;
        }
      });
      response.writeHead(answer.status, outHeaders).end(out);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(`example front server: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
