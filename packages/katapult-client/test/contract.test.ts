import { specPath } from '@cloudspecs/mock';
import { type ContractClient, describeContract } from '@cloudspecs/testkit';
import { createKatapultClient } from '../src/index.js';

describeContract({
  vendor: 'katapult',
  specFile: specPath('katapult'),
  // The sweep calls operations by method and path taken from the spec at run time, so it uses the untyped view.
  client: (baseUrl) =>
    createKatapultClient({ token: 'kt-test-token', baseUrl, maxRetries: 0 }) as unknown as ContractClient,
});
