/** Vitest global setup: one Prism mock of the package's vendor for the whole run, on a free port. */
import { startMock, type Vendor } from '@cloudspecs/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export function mockServerSetup(vendor: Vendor) {
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    // Quiet: the contract sweep makes hundreds of requests; a failing test names its violations itself.
    const mock = await startMock(vendor, { quiet: true });
    project.provide('mockUrl', mock.url);
    return () => mock.close();
  };
}
