#!/usr/bin/env node
/**
 * cloudspecs-mock <vendor> [--port N] [--host H] [--no-errors] [--quiet] — serve a vendor's mock until interrupted,
 * printing one line per request (method, path, status, the vendor's error code, the violations) unless --quiet.
 */
import { parseArgs } from 'node:util';
import { startMock, type Vendor, vendors } from './index.js';

const usage = `usage: cloudspecs-mock <${vendors.join('|')}> [--port 4010] [--host 127.0.0.1] [--no-errors] [--quiet]`;

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
  const mock = await startMock(vendor as Vendor, {
    port,
    ...(values.host ? { host: values.host } : {}),
    errors: !values['no-errors'],
    quiet: values.quiet,
  });
  console.log(`cloudspecs-mock: ${vendor} mock listening on ${mock.url} (Ctrl-C to stop)`);
  const stop = () => {
    void mock.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
