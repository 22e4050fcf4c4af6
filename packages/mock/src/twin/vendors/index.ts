/**
 * The vendors that have a twin: each a module of its own (the data and handlers the engine cannot read from the
 * spec) and its generated table of operations. A new twin is one line here (see README "Adding a vendor twin").
 */
import type { OperationRow, VendorTwin } from '../types.js';

export const twinModules = {
  hostway: async (): Promise<{ twin: VendorTwin; operations: readonly OperationRow[] }> => {
    const [module, table] = await Promise.all([import('./hostway.js'), import('../../generated/hostway-twin.js')]);
    return { twin: module.twin, operations: table.operations };
  },
  katapult: async (): Promise<{ twin: VendorTwin; operations: readonly OperationRow[] }> => {
    const [module, table] = await Promise.all([import('./katapult.js'), import('../../generated/katapult-twin.js')]);
    return { twin: module.twin, operations: table.operations };
  },
};
