/**
 * 5. Whole pipeline: a cold `pnpm generate` for every vendor (a fresh child process), then `turbo run build` twice;
 * the second must replay every task from the cache.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { before, VENDORS } from './baseline.js';
import { type Budget, type SectionResult, ms, table } from './report.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const quietEnv = {
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
};

interface Run {
  code: number | null;
  output: string;
  ms: number;
}

function run(command: string, args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, ...quietEnv, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: performance.now() - started }));
  });
}

function tail(output: string, lines = 15): string {
  return output.trim().split('\n').slice(-lines).join('\n');
}

export async function pipeline(): Promise<SectionResult> {
  const startedAt = performance.now();
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  const notes: string[] = [];

  const generate = await run('pnpm', ['generate']);
  if (generate.code !== 0) throw new Error(`bench: \`pnpm generate\` failed:\n${tail(generate.output)}`);
  const vendorLines = generate.output.split('\n').filter((line) => / lint ok · /.test(line));
  rows.push(['`pnpm generate` (cold, all vendors)', ms(generate.ms), vendorLines.map((l) => l.trim()).join('<br>')]);
  // Each vendor's line ends with its own time: "katapult  lint ok · 26 operations · 3 files, 0 changed · 550 ms".
  const byVendor = VENDORS.map((vendor) => {
    const line = vendorLines.find((l) => l.trim().startsWith(`${vendor} `)) ?? '';
    const [, operations = '?', took = 'NaN'] = /· (\d+) operations · .* · (\d+) ms/.exec(line) ?? [];
    const then = before.vendors[vendor];
    return [vendor, `${then.operations} → ${operations}`, `${ms(then.generateMs)} → ${ms(Number(took))}`];
  });

  const turboArgs = ['exec', 'turbo', 'run', 'build', '--output-logs=hash-only'];
  const first = await run('pnpm', turboArgs);
  if (first.code !== 0) throw new Error(`bench: \`turbo run build\` failed:\n${tail(first.output)}`);
  const second = await run('pnpm', turboArgs);
  if (second.code !== 0) throw new Error(`bench: second \`turbo run build\` failed:\n${tail(second.output)}`);
  const summary = (output: string) => /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  const [firstCached, firstTotal] = (summary(first.output) ?? []).slice(1).map(Number);
  const [cached, total] = (summary(second.output) ?? []).slice(1).map(Number);
  const missed = [...second.output.matchAll(/^(\S+): cache miss, executing/gm)].map((match) => match[1]);
  rows.push([
    '`turbo run build` (first, fills the cache)',
    ms(first.ms),
    firstCached === undefined ? 'no summary line' : `${firstCached} cached, ${firstTotal} total`,
  ]);
  rows.push([
    '`turbo run build` (second)',
    ms(second.ms),
    cached === undefined
      ? 'no summary line'
      : `${cached} cached, ${total} total${missed.length > 0 ? ` — missed: ${missed.join(', ')}` : ''}`,
  ]);
  const fullHit = cached !== undefined && cached === total;
  budgets.push({
    name: 'second `turbo run build` is a full cache hit',
    limit: 'N cached, N total',
    actual: cached === undefined ? 'no summary' : `${cached} cached, ${total} total`,
    pass: fullHit,
    ...(missed.length > 0 ? { note: `missed: ${missed.join(', ')}` } : {}),
  });
  if (!fullHit) notes.push(`Second build output:\n\n\`\`\`\n${tail(second.output, 30)}\n\`\`\`\n`);

  return {
    title: '5. Whole pipeline',
    method: [
      '`pnpm generate` (lint, openapi-typescript, metadata and bundled spec for every vendor in redocly.yaml) timed as',
      'a child process from spawn to exit, so Node start-up and module loading are included. Then `pnpm exec turbo run',
      'build` twice in a row, each a child process; the first brings the cache up to date, the second should replay',
      'every task from it. "Before" is bench/src/baseline.ts (§6 says when and where it was measured).',
    ].join(' '),
    tables: [
      table(['step', 'wall time', 'result'], rows, ['l', 'r', 'l']),
      table(['vendor', 'operations before → now', 'generation before → now (its part of `pnpm generate`)'], byVendor),
    ],
    budgets,
    notes,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
