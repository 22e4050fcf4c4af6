/**
 * The figures the scale budgets are checked against: the three clients as they were before their specs grew to the
 * vendors' whole documented APIs (issue 10: Katapult, issue 11: SCP and Hostway). Measured once with this bench, in a
 * worktree of the commit named below; `pnpm bench` shows them beside today's figures in RESULTS.md (§3, §5, §6).
 * Re-measure and edit only when the machine the bench runs on changes.
 */
export const VENDORS = ['katapult', 'hostway', 'scp'] as const;
export type Vendor = (typeof VENDORS)[number];

/** Consumer type-check time may be at most this multiple of the figure before. */
export const TYPECHECK_BUDGET = 2;
/** `{ create…Client }` may grow by at most this many bytes gzip'd. */
export const BUNDLE_GROWTH_BUDGET_BYTES = 1024;

export interface VendorBaseline {
  operations: number;
  /** §6: medians of the 10-call consumer's tsc run */
  typecheckWallMs: number;
  typecheckCpuMs: number;
  typecheckCheckMs: number;
  instantiations: number;
  /** §5: the vendor's time in a cold `pnpm generate` */
  generateMs: number;
  /** §3: `{ create…Client }` bundled, minified, gzip level 9 */
  bundleGzipBytes: number;
}

export const before: {
  what: string;
  date: string;
  machine: string;
  command: string;
  /** §3's reference row: `{ createApiClient }` of @cloudspecs/runtime alone, gzip'd, to tell its growth apart */
  runtimeGzipBytes: number;
  vendors: Record<Vendor, VendorBaseline>;
} = {
  what: 'the three specs at commit e43272c (Katapult 26 operations, Hostway 24, SCP 13), in a git worktree',
  date: '2026-11-30T16:49Z (bundle sizes at 15:31Z: they do not depend on load)',
  machine: 'Intel(R) Xeon(R) Processor, 2 cores (nproc 2), Node v20.20.2, load average 5.4–9.1 (other work running)',
  command: 'pnpm bench --only pipeline,bundle,vendors',
  runtimeGzipBytes: 9911,
  vendors: {
    katapult: {
      operations: 26,
      typecheckWallMs: 3461,
      typecheckCpuMs: 2178,
      typecheckCheckMs: 1140,
      instantiations: 24_043,
      generateMs: 2393,
      bundleGzipBytes: 10_480,
    },
    hostway: {
      operations: 24,
      typecheckWallMs: 3253,
      typecheckCpuMs: 1979,
      typecheckCheckMs: 1020,
      instantiations: 18_508,
      generateMs: 1182,
      bundleGzipBytes: 10_662,
    },
    scp: {
      operations: 13,
      typecheckWallMs: 3180,
      typecheckCpuMs: 2075,
      typecheckCheckMs: 790,
      instantiations: 18_219,
      generateMs: 1311,
      bundleGzipBytes: 12_260,
    },
  },
};
