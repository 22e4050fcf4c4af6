import { specPath } from '@cloudspecs/mock';
import { type ContractClient, describeContract } from '@cloudspecs/testkit';
import { createHostwayClient } from '../src/index.js';

describeContract({
  vendor: 'hostway',
  specFile: specPath('hostway'),
  // The sweep calls operations by method and path taken from the spec at run time, so it uses the untyped view.
  client: (baseUrl) =>
    createHostwayClient({
      username: 'smith1234',
      password: 'hw-test-password',
      baseUrl,
      maxRetries: 0,
    }) as unknown as ContractClient,
});
