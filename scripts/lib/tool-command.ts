/**
 * The command line the spec tools share (`pnpm spec:compare`, `pnpm spec:drift`): `--json`, `--help`, `--root DIR`
 * (another checkout to read the registry and specs from; the tests use fixtures) and positionals. A usage error prints
 * the usage and exits 2, and so does a failure the tool did not expect, with its message: 2 is "could not run".
 */
import { parseArgs } from 'node:util';

export interface ToolArguments {
  positionals: string[];
  json: boolean;
  /** the checkout: `--root`, or this repository */
  root: string;
  /** where the user typed the command: pnpm runs scripts from the repository root, a relative path is meant from here */
  cwd: string;
}

export function runTool(name: string, usage: string, main: (args: ToolArguments) => Promise<number>): void {
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${name}: ${message(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    process.exitCode = 0;
    return;
  }
  main({
    positionals,
    json: values.json,
    root: values.root ?? new URL('../..', import.meta.url).pathname,
    cwd: process.env.INIT_CWD ?? process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name}: ${message(error)}`);
      process.exitCode = 2;
    },
  );
}

function parse() {
  return parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      root: { type: 'string' },
    },
    allowPositionals: true,
  });
}
