/** What the figures were measured on, and with which versions: absolute times mean nothing without it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

const require = createRequire(import.meta.url);

function versionOf(name: string): string {
  try {
    const file = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  load: string;
  versions: string;
}

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
    versions: ['openapi-fetch', 'axios', 'esbuild', 'typescript', 'openapi-typescript']
      .map((name) => `${name} ${versionOf(name)}`)
      .join(', '),
  };
}
