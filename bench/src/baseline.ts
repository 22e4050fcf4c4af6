/**
 * The breadth budgets' "before": the three clients before their specs grew to the vendors' whole documented APIs
 * (issue 10: Katapult, issue 11: SCP and Hostway), measured once with this bench in a worktree of commit e43272c
 * (Katapult 26 operations, Hostway 24, SCP 13) on 2026-11-30 (type-check at 16:49Z, load 5–9; bundles at 15:31Z) on
 * the 2-core Intel Xeon, Node 20.20.2. Re-measure only when the machine the bench runs on changes.
 */
import type { Vendor } from './vendors.js';

/** Consumer type-check CPU time of the same 10 path-style calls may be at most this multiple of before. */
export const TYPECHECK_BUDGET = 2;
/** The client's own part of `{ create…Client }` may grow by at most this many bytes gzip'd. */
export const BUNDLE_GROWTH_BUDGET_BYTES = 1024;

export const before: {
  /** `{ createApiClient }` of @cloudspecs/runtime alone, gzip'd: tells the runtime's growth apart. */
  runtimeGzipBytes: number;
  vendors: Record<
    Vendor,
    { operations: number; typecheckCpuMs: number; instantiations: number; generateMs: number; bundleGzipBytes: number }
  >;
} = {
  runtimeGzipBytes: 9911,
  vendors: {
    katapult: {
      operations: 26,
      typecheckCpuMs: 2178,
      instantiations: 24_043,
      generateMs: 2393,
      bundleGzipBytes: 10_480,
    },
    hostway: {
      operations: 24,
      typecheckCpuMs: 1979,
      instantiations: 18_508,
      generateMs: 1182,
      bundleGzipBytes: 10_662,
    },
    scp: { operations: 13, typecheckCpuMs: 2075, instantiations: 18_219, generateMs: 1311, bundleGzipBytes: 12_260 },
  },
};

/**
 * SCP's services joining its client (issue 23): today's consumer type-check of the 10 path-style SCP calls below
 * (bench/src/types.ts), virtualserver alone at 111 operations, as bench/RESULTS.md of 2026-12-07T05:25Z measured it
 * (Intel/AMD 2 cores, load 11). Ten calls across the three services (198 operations) may instantiate at most
 * `SCP_SERVICES_BUDGET` times as many types: instantiations, because CPU time on a shared machine varies more than
 * the budget allows.
 */
export const SCP_BEFORE_SERVICES = { operations: 111, instantiations: 27_990 };
export const SCP_SERVICES_BUDGET = 1.3;
