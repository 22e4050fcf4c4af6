import { specPath } from '@cloudspecs/mock';
import { type ContractClient, describeContract } from '@cloudspecs/testkit';
import { createScpClient } from '../src/index.js';

describeContract({
  vendor: 'scp',
  specFile: specPath('scp'),
  // The sweep calls operations by method and path taken from the spec at run time, so it uses the untyped view.
  client: (baseUrl) =>
    createScpClient({
      accessKey: 'scp-access',
      secretKey: 'scp-secret',
      baseUrl,
      maxRetries: 0,
    }) as unknown as ContractClient,
});
