import { startMock } from '@cloudspecs/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    katapultUrl: string;
  }
}

// One mock for the whole run, on a free port; its URL goes to the tests through `inject`.
export default async function setup(project: TestProject) {
  const mock = await startMock('katapult');
  project.provide('katapultUrl', mock.url);
  return () => mock.close();
}
