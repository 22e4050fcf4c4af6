/**
 * Whether the twin serves an operation from its state — a handler of its own, or a generic verb on a resource the
 * vendor module declares — or from the spec's examples. `pnpm generate` writes it into the table
 * (src/generated/<vendor>-twin.ts, via scripts/lib/twin-table.ts); the engine checks the table against it.
 */
import type { OperationRow, VendorTwin } from './types.js';

export function servedBy(
  row: Omit<OperationRow, 'served'>,
  vendor: Pick<VendorTwin, 'operations' | 'resources'>,
): 'stateful' | 'examples' {
  if (vendor.operations?.[row.operationId]) return 'stateful';
  if (row.verb !== 'action' && row.resource !== undefined && vendor.resources[row.resource]) return 'stateful';
  return 'examples';
}

/** A row as the vendor module corrects it (`corrections`), where the spec alone reads it wrong. */
export function corrected(
  row: Omit<OperationRow, 'served'>,
  vendor: Pick<VendorTwin, 'corrections'>,
): Omit<OperationRow, 'served'> {
  const correction = vendor.corrections?.[row.operationId];
  return correction ? { ...row, ...correction } : row;
}
