/**
 * 4. Generation and type-check scaling, on synthetic specs of 10 to 5,000 operations written to a temporary folder:
 * openapi-typescript generation (programmatic, as scripts/lib/generation.ts runs it) and `tsc --noEmit` of a consumer
 * calling 10 operations through @cloudspecs/runtime's `createApiClient`.
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { type Budget, type SectionResult, ms, ratio, table } from './report.js';
import { median } from './stats.js';
import { type ConsumerFlavour, consumerSource, syntheticSpec } from './synthetic-spec.js';

export const SIZES = [10, 100, 1000, 5000] as const;
/** Where the references (plain openapi-fetch, types only) are type-checked too: the two sizes the budget compares. */
const REFERENCE_SIZES = [100, 5000] as const;
const REFERENCES: ConsumerFlavour[] = ['openapi-fetch', 'types-only'];
/** Generation time per operation at 5,000 operations may be at most this multiple of that at 1,000. */
export const GENERATION_GROWTH_BUDGET = 1.5;
/** Consumer type-check time at 5,000 operations may be at most this multiple of that at 100. */
export const TYPECHECK_GROWTH_BUDGET = 3;

export interface ScalingSettings {
  /** Generation runs per size (alternating sizes), after one unrecorded warm-up generation. */
  generationRounds: number;
  /** tsc runs per size (alternating sizes). */
  typecheckRounds: number;
}

export const defaultScalingSettings: ScalingSettings = { generationRounds: 3, typecheckRounds: 4 };

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

export interface TscRun {
  wallMs: number;
  /** User + system CPU time of the tsc process: unlike wall time, not inflated by waiting for a core. */
  cpuMs: number;
  maxRssBytes: number;
  checkMs: number;
  instantiations: number;
}

/** Prints the child's own peak resident memory when it exits (tsc calls process.exit). */
const RUSAGE_PRELOAD = `process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write('\\nbench-rusage ' + JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }) + '\\n');
});
`;

/** Writes the preload that makes a tsc child report its peak memory and CPU time; returns its path. */
export async function writeRusagePreload(dir: string): Promise<string> {
  const file = join(dir, 'rusage.cjs');
  await writeFile(file, RUSAGE_PRELOAD);
  return file;
}

/** Runs `tsc -p <dir>/tsconfig.<project>.json --extendedDiagnostics` in a child process and reads its figures. */
export async function runTsc(dir: string, flavour: string, preload: string): Promise<TscRun> {
  const tsc = require.resolve('typescript/lib/tsc.js');
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const project = join(dir, `tsconfig.${flavour}.json`);
      const child = spawn(process.execPath, ['--require', preload, tsc, '-p', project, '--extendedDiagnostics'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk;
      });
      child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
    },
  );
  const wallMs = performance.now() - started;
  if (code !== 0) {
    const errors = stdout
      .split('\n')
      .filter((line) => line.includes('error TS'))
      .slice(0, 5);
    throw new Error(
      `bench: tsc failed on ${flavour} consumer in ${dir}:\n${errors.join('\n') || stdout.slice(0, 2000)}`,
    );
  }
  const field = (name: string) => new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(stdout)?.[1];
  const found = /bench-rusage (\{.*\})/.exec(stderr)?.[1];
  const rusage = found ? (JSON.parse(found) as { maxRSS: number; cpu: number }) : undefined;
  return {
    wallMs,
    // resourceUsage(): maxRSS in kilobytes, CPU times in microseconds
    cpuMs: rusage ? rusage.cpu / 1000 : Number.NaN,
    maxRssBytes: rusage ? rusage.maxRSS * 1024 : Number.NaN,
    checkMs: Number(field('Check time') ?? Number.NaN) * 1000,
    instantiations: Number(field('Instantiations') ?? Number.NaN),
  };
}

async function generate(specFile: string): Promise<{ ms: number; source: string }> {
  const started = performance.now();
  const ast = await openapiTS(pathToFileURL(specFile), { alphabetize: false });
  const source = astToString(ast);
  return { ms: performance.now() - started, source };
}

export async function typeScaling(settings = defaultScalingSettings): Promise<SectionResult> {
  const startedAt = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'cloudspecs-bench-'));
  try {
    const preload = await writeRusagePreload(work);
    // One consumer project per size; @cloudspecs/runtime is linked in as it would be installed.
    const dirs = new Map<number, string>();
    const openapiFetchDir = realpathSync(fileURLToPath(new URL('../node_modules/openapi-fetch', import.meta.url)));
    for (const size of SIZES) {
      const dir = join(work, `ops-${size}`);
      dirs.set(size, dir);
      await mkdir(join(dir, 'node_modules', '@cloudspecs'), { recursive: true });
      await symlink(join(repoRoot, 'packages', 'runtime'), join(dir, 'node_modules', '@cloudspecs', 'runtime'), 'dir');
      await symlink(openapiFetchDir, join(dir, 'node_modules', 'openapi-fetch'), 'dir');
      await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
      await writeFile(join(dir, 'spec.json'), JSON.stringify(syntheticSpec(size), null, 2));
      for (const flavour of ['runtime', ...REFERENCES] as ConsumerFlavour[]) {
        await writeFile(join(dir, `${flavour}.ts`), consumerSource(size, flavour));
        await writeFile(
          join(dir, `tsconfig.${flavour}.json`),
          JSON.stringify(
            {
              extends: join(repoRoot, 'tsconfig.base.json'),
              compilerOptions: { noEmit: true, types: [], declaration: false, declarationMap: false, sourceMap: false },
              files: [`${flavour}.ts`],
            },
            null,
            2,
          ),
        );
      }
    }

    // Generation, in this process: a warm-up, then rounds over every size in rotating order.
    await generate(join(dirs.get(100) as string, 'spec.json'));
    const generation = new Map<number, number[]>(SIZES.map((size) => [size, []]));
    const schemaBytes = new Map<number, number>();
    for (let round = 0; round < settings.generationRounds; round++) {
      for (let i = 0; i < SIZES.length; i++) {
        const size = SIZES[(round + i) % SIZES.length] as number;
        const dir = dirs.get(size) as string;
        const { ms: took, source } = await generate(join(dir, 'spec.json'));
        generation.get(size)?.push(took);
        if (!schemaBytes.has(size)) {
          // Shipped as declarations: the consumer sees the package's .d.ts (and skipLibCheck skips checking it).
          await writeFile(join(dir, 'schema.d.ts'), source);
          schemaBytes.set(size, Buffer.byteLength(source));
        }
      }
    }

    // Type-check, one tsc process at a time (two would share the two cores), rotating sizes. The first tsc of a run is
    // slower (files not yet in the page cache, code not yet compiled by V8's cache): one unrecorded warm-up.
    await runTsc(dirs.get(100) as string, 'runtime', preload);
    const jobs: { size: number; flavour: ConsumerFlavour }[] = [
      ...SIZES.map((size) => ({ size, flavour: 'runtime' as const })),
      ...REFERENCES.flatMap((flavour) => REFERENCE_SIZES.map((size) => ({ size, flavour }))),
    ];
    const typecheck = new Map<string, TscRun[]>(jobs.map((job) => [`${job.flavour}@${job.size}`, []]));
    for (let round = 0; round < settings.typecheckRounds; round++) {
      for (let i = 0; i < jobs.length; i++) {
        const job = jobs[(round + i) % jobs.length] as (typeof jobs)[number];
        const run = await runTsc(dirs.get(job.size) as string, job.flavour, preload);
        typecheck.get(`${job.flavour}@${job.size}`)?.push(run);
      }
    }

    const genMs = (size: number) => median(generation.get(size) ?? []);
    const perOpUs = (size: number) => (genMs(size) * 1000) / size;
    const runs = (size: number, flavour: ConsumerFlavour = 'runtime') => typecheck.get(`${flavour}@${size}`) ?? [];
    const tscMedian = (size: number, key: keyof TscRun, flavour: ConsumerFlavour = 'runtime') =>
      median(runs(size, flavour).map((run) => run[key]));
    /** Median over rounds of the wall-time ratio of two sizes type-checked in the same round. */
    const growth = (size: number, base: number, flavour: ConsumerFlavour = 'runtime') => {
      const baseRuns = runs(base, flavour);
      return median(runs(size, flavour).map((run, round) => run.wallMs / (baseRuns[round]?.wallMs ?? Number.NaN)));
    };
    const referenceRows = (['runtime', ...REFERENCES] as ConsumerFlavour[]).map((flavour) => [
      {
        runtime: '`createApiClient<paths>` (@cloudspecs/runtime), 10 calls',
        'openapi-fetch': '`createClient<paths>` (plain openapi-fetch), the same 10 calls',
        'types-only': 'no client, no call: `keyof paths` only',
      }[flavour],
      ...REFERENCE_SIZES.map((size) => ms(tscMedian(size, 'wallMs', flavour))),
      ratio(growth(5000, 100, flavour)),
      ...REFERENCE_SIZES.map((size) => ms(tscMedian(size, 'checkMs', flavour))),
      ...REFERENCE_SIZES.map((size) => tscMedian(size, 'instantiations', flavour).toLocaleString('en-US')),
    ]);
    const rows = SIZES.map((size, index) => {
      const previous = SIZES[index - 1];
      const perOpGrowth = previous === undefined ? '—' : ratio(perOpUs(size) / perOpUs(previous));
      return [
        size.toLocaleString('en-US'),
        `${(((schemaBytes.get(size) ?? 0) / 1024) | 0).toLocaleString('en-US')} kB`,
        ms(genMs(size)),
        `${perOpUs(size).toFixed(0)} µs`,
        perOpGrowth,
        ms(tscMedian(size, 'wallMs')),
        size === 100 ? '1.00×' : ratio(growth(size, 100)),
        ms(tscMedian(size, 'cpuMs')),
        ms(tscMedian(size, 'checkMs')),
        `${Math.round(tscMedian(size, 'maxRssBytes') / 1024 ** 2)} MB`,
        tscMedian(size, 'instantiations').toLocaleString('en-US'),
      ];
    });

    const generationGrowth = perOpUs(5000) / perOpUs(1000);
    const typecheckGrowth = growth(5000, 100);
    const budgets: Budget[] = [
      {
        name: 'generation grows at most linearly: time per operation at 5,000 ÷ at 1,000',
        limit: `≤ ${ratio(GENERATION_GROWTH_BUDGET)}`,
        actual: ratio(generationGrowth),
        pass: generationGrowth <= GENERATION_GROWTH_BUDGET,
      },
      {
        name: 'consumer type-check: tsc wall time at 5,000 operations ÷ at 100',
        limit: `≤ ${ratio(TYPECHECK_GROWTH_BUDGET)}`,
        actual: ratio(typecheckGrowth),
        pass: typecheckGrowth <= TYPECHECK_GROWTH_BUDGET,
        note: `plain openapi-fetch: ${ratio(growth(5000, 100, 'openapi-fetch'))}; loading the types alone: ${ratio(growth(5000, 100, 'types-only'))}`,
      },
    ];
    return {
      title: '4. Generation and type-check scaling (synthetic specs)',
      method: [
        'Synthetic OpenAPI 3.1 specs (bench/src/synthetic-spec.ts: resources with list/create/show/update/delete,',
        'a schema per resource, shared error responses and parameters) of 10, 100, 1,000 and 5,000 operations, written',
        'as JSON to a temporary folder. Generation: `openapiTS(url) + astToString` in the bench process, as',
        `scripts/lib/generation.ts runs it; one warm-up, then ${settings.generationRounds} rounds over the sizes in`,
        'rotating order, median. Growth = time per operation ÷ that of the previous size (1.00× is linear); the rule:',
        `per-operation time at 5,000 ≤ ${GENERATION_GROWTH_BUDGET}× that at 1,000. Type-check: \`tsc --noEmit\``,
        '(tsconfig extending tsconfig.base.json) of a consumer calling 10 operations of every kind through',
        '`createApiClient<paths>` with the generated types as the package ships them (schema.d.ts); a child process',
        `per run, one warm-up, ${settings.typecheckRounds} rounds in rotating order. Budgeted: the wall time of the tsc`,
        'process (start to exit) as the median of per-round ratios 5,000 ÷ 100. Also shown: its CPU time (user +',
        "system; above wall time when V8's background GC threads work), tsc's own check time and instantiation count",
        "(--extendedDiagnostics), and the child's peak RSS (process.resourceUsage() at exit).",
        'The second table type-checks two references at 100 and 5,000',
        'operations in the same rounds: the same calls through plain openapi-fetch, and a module that only loads the',
        'types (the floor: reading and binding schema.d.ts).',
      ].join(' '),
      tables: [
        table(
          [
            'operations',
            'schema.d.ts',
            'generate',
            'per operation',
            'per-op growth',
            'tsc wall',
            'wall vs 100 ops',
            'tsc CPU',
            'tsc check',
            'tsc peak RSS',
            'instantiations',
          ],
          rows,
        ),
        table(
          [
            'consumer (tsc --noEmit)',
            'wall @100',
            'wall @5,000',
            '5,000 ÷ 100',
            'check @100',
            'check @5,000',
            'instantiations @100',
            'instantiations @5,000',
          ],
          referenceRows,
        ),
      ],
      budgets,
      seconds: (performance.now() - startedAt) / 1000,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
