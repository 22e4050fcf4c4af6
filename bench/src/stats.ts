/**
 * Side-by-side measurement: every variant of a comparison runs in the same process, in alternating rounds whose order
 * rotates, after a warm-up. Figures are medians over rounds; a ratio is the median of the per-round ratios, so each
 * ratio compares two batches run moments apart rather than two averages taken minutes apart.
 */
import { performance } from 'node:perf_hooks';

export interface Variant {
  name: string;
  /** Runs `count` operations; resolves when all are done. */
  batch(count: number): Promise<void>;
}

export interface AlternateOptions {
  /** Recorded rounds; each runs one batch of every variant. */
  rounds: number;
  /** Operations per batch. */
  batchSize: number;
  /** Unrecorded rounds run first (JIT, connection pools, lazily imported keys). */
  warmupRounds: number;
}

/** Nanoseconds per operation of each variant, one figure per recorded round. */
export type RoundFigures = Map<string, number[]>;

export async function alternate(variants: Variant[], options: AlternateOptions): Promise<RoundFigures> {
  const figures: RoundFigures = new Map(variants.map((variant) => [variant.name, []]));
  const total = options.warmupRounds + options.rounds;
  for (let round = 0; round < total; round++) {
    for (let i = 0; i < variants.length; i++) {
      // Rotate the order so no variant always runs right after the same neighbour (or first after a pause).
      const variant = variants[(round + i) % variants.length] as Variant;
      const started = performance.now();
      await variant.batch(options.batchSize);
      const nsPerOp = ((performance.now() - started) * 1e6) / options.batchSize;
      if (round >= options.warmupRounds) figures.get(variant.name)?.push(nsPerOp);
    }
  }
  return figures;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median of the round-by-round ratios `variant / baseline`. */
export function medianRatio(figures: RoundFigures, variant: string, baseline: string): number {
  const a = figures.get(variant) ?? [];
  const b = figures.get(baseline) ?? [];
  return median(a.map((value, round) => value / (b[round] ?? Number.NaN)));
}

/** Interquartile spread of the per-round ratios, as a share of the median: how noisy the comparison was. */
export function ratioSpread(figures: RoundFigures, variant: string, baseline: string): number {
  const a = figures.get(variant) ?? [];
  const b = figures.get(baseline) ?? [];
  const ratios = a.map((value, round) => value / (b[round] ?? Number.NaN)).sort((x, y) => x - y);
  const q = (p: number) => ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))] as number;
  return (q(0.75) - q(0.25)) / median(ratios);
}

/** Runs `count` calls of `once`, `concurrency` at a time. */
export async function inFlight(count: number, concurrency: number, once: () => Promise<unknown>): Promise<void> {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      await once();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

export async function sequential(count: number, once: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i++) await once();
}
