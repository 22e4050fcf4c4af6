#!/usr/bin/env node
/**
 * cloudspecs-mock <vendor> [--port N] [--host H] [--no-errors] [--quiet] — serve a vendor's Prism mock until
 * interrupted, printing one line per request (method, path, status, the vendor's error code, the violations) unless
 * --quiet.
 *
 * cloudspecs-mock <vendor> --twin [--port N] [--host H] [--speed N] [--seed N] [--rate-limit N] [--world FILE]
 * [--quiet] — serve the vendor's twin instead (state, lifecycles; its control API under /__twin). Each side is
 * loaded only when asked for: a twin starts without loading Prism.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { vendors } from './generated/vendors.js';

type Vendor = (typeof vendors)[number];

const usage = [
  `usage: cloudspecs-mock <${vendors.join('|')}> [--port 4010] [--host 127.0.0.1] [--no-errors] [--quiet]`,
  `       cloudspecs-mock <vendor> --twin [--port 4010] [--host 127.0.0.1] [--speed 1] [--seed 1] [--rate-limit N] [--world world.json] [--quiet]`,
].join('\n');

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`cloudspecs-mock: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const vendor = positionals[0];
  if (positionals.length !== 1 || !vendors.includes(vendor as Vendor)) {
    console.error(`cloudspecs-mock: name one vendor (${vendors.join(', ')})\n${usage}`);
    return 2;
  }
  const port = Number(values.port ?? '4010');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`cloudspecs-mock: --port must be an integer from 0 to 65535, got '${values.port}'\n${usage}`);
    return 2;
  }
  const twinOnly = (['speed', 'seed', 'rate-limit', 'world'] as const).filter((name) => values[name] !== undefined);
  if (!values.twin && twinOnly.length > 0) {
    console.error(`cloudspecs-mock: --${twinOnly[0]} is an option of the twin: add --twin\n${usage}`);
    return 2;
  }
  const stopOn = (close: () => Promise<void>) => {
    const stop = () => {
      void close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  };
  if (values.twin) return twin(vendor as Vendor, port, values, stopOn);

  const { startMock } = await import('./index.js');
  const mock = await startMock(vendor as Vendor, {
    port,
    ...(values.host ? { host: values.host } : {}),
    errors: !values['no-errors'],
    quiet: values.quiet,
  });
  console.log(`cloudspecs-mock: ${vendor} mock listening on ${mock.url} (Ctrl-C to stop)`);
  stopOn(mock.close);
  return 0;
}

async function twin(
  vendor: Vendor,
  port: number,
  values: ReturnType<typeof parse>['values'],
  stopOn: (close: () => Promise<void>) => void,
): Promise<number> {
  const { startTwin, twinVendors } = await import('./twin/index.js');
  if (!twinVendors.includes(vendor)) {
    console.error(
      `cloudspecs-mock: ${vendor} has no twin yet (twins: ${twinVendors.join(', ')}); without --twin it serves its Prism mock`,
    );
    return 2;
  }
  if (values['no-errors']) {
    console.error(
      'cloudspecs-mock: --no-errors is an option of the Prism mock; a twin never serves an answer that breaks the spec',
    );
    return 2;
  }
  const number = (name: 'speed' | 'seed' | 'rate-limit', check: (n: number) => boolean, what: string) => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!check(value)) throw new Error(`--${name} must be ${what}, got '${raw}'`);
    return value;
  };
  let speed: number | undefined;
  let seed: number | undefined;
  let limit: number | undefined;
  let world: unknown;
  try {
    speed = number('speed', (n) => Number.isFinite(n) && n > 0, 'a number above 0 (twin time per real time)');
    seed = number('seed', Number.isInteger, 'a whole number');
    limit = number('rate-limit', (n) => Number.isInteger(n) && n > 0, 'a whole number of requests a minute');
    if (values.world) world = JSON.parse(await readFile(values.world, 'utf8'));
  } catch (error) {
    console.error(`cloudspecs-mock: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const running = await startTwin(vendor, {
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(speed === undefined ? {} : { clock: { mode: 'real', speed } }),
    ...(seed === undefined ? {} : { seed }),
    ...(limit === undefined ? {} : { rateLimit: { limit } }),
    ...(world === undefined ? {} : { world: world as never }),
    quiet: values.quiet,
  });
  const stateful = running.operations.filter((row) => row.served === 'stateful').length;
  console.log(
    `cloudspecs-mock: ${vendor} twin listening on ${running.url} (${stateful}/${running.operations.length} operations stateful; control API ${running.url}/__twin; Ctrl-C to stop)`,
  );
  stopOn(running.close);
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'no-errors': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      twin: { type: 'boolean', default: false },
      speed: { type: 'string' },
      seed: { type: 'string' },
      'rate-limit': { type: 'string' },
      world: { type: 'string' },
    },
  });
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`cloudspecs-mock: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
