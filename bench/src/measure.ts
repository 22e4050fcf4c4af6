/**
 * Side-by-side measurement and its reporting. Every variant of a comparison runs in alternating rounds whose order
 * rotates, after a warm-up; a figure is the median over rounds and a ratio the median of per-round ratios, so each
 * ratio compares two batches run moments apart rather than two averages taken minutes apart.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Budget {
  name: string;
  /** The limit as shown, e.g. "≤ 1.10×". */
  limit: string;
  /** The measured figure as shown. */
  actual: string;
  pass: boolean;
  /** A reference figure shown beside the result. */
  note?: string;
}

export interface Section {
  title: string;
  /** How it was measured, in a few sentences. */
  method: string;
  tables: string[];
  /** Its rows of the one table against the peers (peers.ts COLUMNS, after a first cell naming the row). */
  peerRows?: string[][];
  budgets: Budget[];
}

/**
 * Runs `rounds` recorded rounds (after `warmup` unrecorded ones) of every variant. A variant's figure for a round is
 * what it resolves to (e.g. a child's own timing), or its wall time in milliseconds when it resolves to nothing.
 */
export async function alternate<K extends string>(
  variants: Record<K, () => Promise<number | undefined>>,
  rounds: number,
  warmup = 1,
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const figures = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      // Rotate the order so no variant always runs right after the same neighbour (or first after a pause).
      const name = names[(round + i) % names.length] as K;
      const started = performance.now();
      const figure = await variants[name]();
      if (round >= warmup) figures[name].push(figure ?? performance.now() - started);
    }
  }
  return figures;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median of the round-by-round ratios `a / b`. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, round) => value / (b[round] ?? Number.NaN)));
}

/** A Markdown table; `align` has an `l` or `r` per column (default: the first left, the others right). */
export function table(header: string[], rows: (string | number)[][], align = 'l'): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  const rule = header.map((_, i) => ((align[i] ?? 'r') === 'l' ? ':---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const µs = (value: number) => `${value.toFixed(1)} µs`;
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

/** A budget on a ratio or an amount that must stay at or below `limit`. */
export function atMost(name: string, value: number, limit: number, show: (n: number) => string, note?: string): Budget {
  return { name, limit: `≤ ${show(limit)}`, actual: show(value), pass: value <= limit, ...(note ? { note } : {}) };
}

export function budgetTable(budgets: Budget[]): string {
  const result = (b: Budget) => `${b.pass ? 'pass' : '**FAIL**'}${b.note ? ` — ${b.note}` : ''}`;
  const rows = budgets.map((b) => [b.name, b.limit, b.actual, result(b)]);
  return table(['budget', 'limit', 'measured', 'result'], rows, 'lrrl');
}

const require = createRequire(import.meta.url);
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/** What the figures were measured on: absolute times mean nothing without it. */
export function machine(): string {
  const tools = ['openapi-fetch', 'esbuild', 'typescript'].map((name) => `${name} ${versionOf(name)}`).join(', ');
  return [
    `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores,`,
    `${(totalmem() / 1024 ** 3).toFixed(1)} GiB, ${type()} ${release()}, Node ${process.version}, ${tools};`,
    `load average at start ${load()}`,
  ].join(' ');
}

/** The 1, 5 and 15 minute load averages: on a shared machine they say how far to trust absolute times. */
export const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
